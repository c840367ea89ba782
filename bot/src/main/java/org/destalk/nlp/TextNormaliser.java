package org.destalk.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.destalk.dialog.TextFold;

/**
 * The normalisation all three readers share: case, accents, punctuation, letters repeated for emphasis
 * ("heeelp"), a few emoji that carry meaning, and common SMS spellings of the message's language.
 */
public final class TextNormaliser {

    private static final Pattern REPEATS = Pattern.compile("(\\p{L})\\1{2,}");
    private static final Map<String, String> EMOJI = Map.of(
            "\uD83C\uDD98", " sos ", // SOS button
            "\uD83D\uDC4D", " ok ", // thumbs up
            "\uD83D\uDC4E", " no ", // thumbs down
            "\uD83D\uDE4F", " thanks ", // folded hands
            "\u2764", " thanks "); // heart

    private final SpellingMaps spelling;

    public TextNormaliser(SpellingMaps spelling) {
        this.spelling = spelling;
    }

    /** Lower case, no accents, no punctuation, no emphasis repeats; language-neutral. */
    public static String fold(String text) {
        String withEmoji = text;
        if (!isAscii(text)) {
            for (Map.Entry<String, String> emoji : EMOJI.entrySet()) {
                withEmoji = withEmoji.replace(emoji.getKey(), emoji.getValue());
            }
        }
        String folded = TextFold.fold(withEmoji).replace('/', ' ').replace('+', ' ').replace('*', ' ').replace('#', ' ');
        return mayRepeat(folded) ? REPEATS.matcher(folded).replaceAll("$1").trim() : folded.trim();
    }

    /** Folded words with the SMS spellings of {@code language} expanded (when known). */
    public List<String> tokens(String text, String language) {
        return words(fold(text), language);
    }

    /** The words of an already {@link #fold folded} text, with the SMS spellings of {@code language} expanded (when known). */
    List<String> words(String folded, String language) {
        List<String> tokens = new ArrayList<>();
        if (folded.isEmpty()) {
            return tokens;
        }
        for (String word : folded.split(" ")) {
            String expanded = spelling.expand(language, word);
            if (expanded == null) {
                tokens.add(word);
            } else {
                for (String part : expanded.split(" ")) {
                    tokens.add(part);
                }
            }
        }
        return tokens;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a letter may be repeated three times: a quick scan that spares most messages the
     * regular expression. A letter beyond the BMP repeats as alternating surrogates, so any surrogate
     * counts as a maybe.
     */
    private static boolean mayRepeat(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c) || i >= 2 && c == text.charAt(i - 1) && c == text.charAt(i - 2)) {
                return true;
            }
        }
        return false;
    }
}
