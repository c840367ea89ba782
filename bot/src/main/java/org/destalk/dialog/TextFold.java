package org.destalk.dialog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for exact matching of commands, labels and country names: lower case, no accents, no
 * punctuation, single spaces. "¡Salir!" and "salir" are the same word; "EXIT " and "exit" too.
 */
public final class TextFold {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}/+*#]+");

    private TextFold() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String ascii = foldAscii(text);
        return ascii != null ? ascii : foldAnyText(text);
    }

    /** The general fold: decomposition, marks dropped, ligatures spelt out, every run of non-word characters one space. */
    static String foldAnyText(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        // lower case first, so that capitals are spelt out too ("Øre" as "ore", not "øre")
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("œ", "oe");
        return NOT_WORD.matcher(plain).replaceAll(" ").trim();
    }

    /**
     * The same fold in one pass, for text that is all ASCII, where decomposition changes nothing. A
     * turn folds its message and the labels on offer several times, and the general fold's normaliser
     * and regular expressions were a tenth of the bot's own work in an SMS turn. Null for other text.
     */
    static String foldAscii(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            if (!isAsciiWordChar(c)) {
                gap = true;
                continue;
            }
            if (gap && !folded.isEmpty()) {
                folded.append(' ');
            }
            gap = false;
            folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return folded.toString();
    }

    private static boolean isAsciiWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '/' || c == '+' || c == '*' || c == '#';
    }
}
