package org.reeplanner.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publishers the fact sheet names by abbreviation or site, spelled out for citations ("IEA" → International
 * Energy Agency, "defense.gov" → U.S. Department of Defense); names already spelled out stand for themselves.
 */
final class Publishers {
    private static final String[][] NAMES = {
        {"\\bUSGS\\b|\\bMCS ?20\\d\\d|\\bOFR \\d", "U.S. Geological Survey"},
        {"\\bIEA\\b|\\bGCMO", "International Energy Agency"},
        {"McKinsey", "McKinsey & Company"},
        {"\\bArgus\\b", "Argus Media"},
        {"Adamas", "Adamas Intelligence"},
        {"S&P Global", "S&P Global Market Intelligence"},
        {"\\bSMM\\b", "Shanghai Metals Market"},
        {"(?i)chin(a|ese) customs", "General Administration of Customs of China"},
        {"\\bLynas\\b", "Lynas Rare Earths"},
        {"\\bMP\\b", "MP Materials"},
        {"\\bSEC\\b", "U.S. Securities and Exchange Commission"},
        {"\\bIluka\\b", "Iluka Resources"},
        {"White House", "The White House"},
        {"\\bMETI\\b", "Japan Ministry of Economy, Trade and Industry"},
        {"\\bMIIT\\b", "China Ministry of Industry and Information Technology"},
        {"defense\\.gov|\\bDoD\\b", "U.S. Department of Defense"},
        {"DOJ/FTC", "U.S. Department of Justice and Federal Trade Commission"},
        {"\\bJRC\\b", "European Commission Joint Research Centre"},
        {"\\bEU\\b", "European Commission"},
        {"\\bWRI\\b", "World Resources Institute"},
        {"\\bUNEP\\b", "UN Environment Programme, International Resource Panel"},
        {"\\bREEx\\b|rareearthexchanges", "Rare Earth Exchanges"},
        {"wa\\.gov\\.au", "Government of Western Australia"},
        {"industry\\.gov\\.au", "Australian Department of Industry, Science and Resources"},
        {"Stanford GSB", "Stanford Graduate School of Business"},
        {"Aeronautical Sciences", "Journal of the Aeronautical Sciences"},
        {"PLoS ONE", "PLoS ONE"},
        {"\\bWSJ\\b", "The Wall Street Journal"},
        {"miningweekly", "Mining Weekly"},
        {"metaltechnews", "Metal Tech News"},
        {"magneticsmag", "Magnetics Magazine"},
        {"Roskill|Fastmarkets|Reuters|Bloomberg|Japan Metal Bulletin|PR Newswire|CNBC|IDTechEx|Project Blue", null},
    };

    private static final Pattern[] PATTERNS = new Pattern[NAMES.length];

    static {
        for (int i = 0; i < NAMES.length; i++) {
            PATTERNS[i] = Pattern.compile(NAMES[i][0]);
        }
    }

    private Publishers() {
    }

    /** The publisher named earliest in {@code text}, spelled out, or null when it names none this list knows. */
    static String earliest(String text) {
        String best = null;
        int at = Integer.MAX_VALUE;
        for (int i = 0; i < NAMES.length; i++) {
            Matcher m = PATTERNS[i].matcher(text);
            if (m.find() && m.start() < at) {
                at = m.start();
                best = NAMES[i][1] != null ? NAMES[i][1] : m.group();
            }
        }
        return best;
    }
}
