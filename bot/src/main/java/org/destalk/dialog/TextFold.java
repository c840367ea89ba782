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
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("")
                .replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("œ", "oe")
                .toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(plain).replaceAll(" ").trim();
    }
}
