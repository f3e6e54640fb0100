package org.reeplanner.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Everything the command line prints passes through here, so text from files and arguments (a scenario name, a
 * lever id, a file name) cannot drive the terminal: control characters, bidirectional overrides and unpaired
 * surrogates are shown escaped ({@code \u001b}), never sent raw. Line feeds and tabs pass.
 */
final class TerminalText extends FilterWriter {
    private char pendingHigh;

    private TerminalText(Writer out) {
        super(out);
    }

    /** A print writer that escapes what it prints and then writes to {@code out}. */
    static PrintWriter escaping(PrintWriter out) {
        return new PrintWriter(new TerminalText(out), true);
    }

    /** {@code text} with every character a terminal would act on escaped. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                b.append(c).append(text.charAt(++i));
            } else {
                append(b, c);
            }
        }
        return b.toString();
    }

    private static void append(StringBuilder b, char c) {
        if (unsafe(c)) {
            b.append(String.format("\\u%04x", (int) c));
        } else {
            b.append(c);
        }
    }

    private static boolean unsafe(char c) {
        return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f) || Character.isSurrogate(c)
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069') || c == '\u200e'
                || c == '\u200f' || c == '\u061c';
    }

    @Override
    public void write(int c) throws IOException {
        write(new char[] {(char) c}, 0, 1);
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        write(new String(cbuf, off, len), 0, len);
    }

    /** Surrogate pairs may be split across calls: a high surrogate waits for the next character. */
    @Override
    public void write(String str, int off, int len) throws IOException {
        StringBuilder b = new StringBuilder(len + 8);
        if (pendingHigh != 0) {
            b.append(pendingHigh);
            pendingHigh = 0;
        }
        b.append(str, off, off + len);
        if (b.length() > 0 && Character.isHighSurrogate(b.charAt(b.length() - 1))) {
            pendingHigh = b.charAt(b.length() - 1);
            b.setLength(b.length() - 1);
        }
        out.write(escape(b.toString()));
    }

    @Override
    public void flush() throws IOException {
        if (pendingHigh != 0) {
            out.write(escape(String.valueOf(pendingHigh)));
            pendingHigh = 0;
        }
        out.flush();
    }
}
