package org.reeplanner.io.xlsx;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Collects the text of {@code <t>} elements (not of phonetic runs) until {@link #element} takes it. */
abstract class TextCollector extends DefaultHandler {
    private final StringBuilder text = new StringBuilder();
    private boolean inText;
    private int phonetic;

    @Override
    public void startElement(String uri, String local, String qName, Attributes a) throws SAXException {
        if ("rPh".equals(local)) {
            phonetic++;
        } else if ("t".equals(local) && phonetic == 0) {
            inText = true;
        }
        start(local, a);
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
        if ("rPh".equals(local)) {
            phonetic--;
        } else if ("t".equals(local)) {
            inText = false;
        }
        element(local);
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText) {
            text.append(ch, start, length);
        }
        chars(ch, start, length);
    }

    void start(String local, Attributes a) throws SAXException {
    }

    void chars(char[] ch, int start, int length) {
    }

    abstract void element(String local) throws SAXException;

    /** The text collected so far; the collector starts again. */
    String text() {
        String t = text.toString();
        text.setLength(0);
        return t;
    }
}
