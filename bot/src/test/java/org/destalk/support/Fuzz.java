package org.destalk.support;

import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Text people and attackers may send: any code point, control and direction characters, right to
 * left scripts, emoji floods, and sizes up to the longest Telegram message. Every text ends with
 * {@link #MARK}, so a test can prove that none of it reached the logs.
 */
public final class Fuzz {

    public static final String MARK = "QZXMARK";
    private static final String CONTROLS = "\u0000\u0001\u0007\u0008\t\n\u000b\u000c\r\u001b\u001f\u007f\u200b\u200e\u200f\u202e\ufeff";

    private Fuzz() {
    }

    public static Gen<String> texts() {
        return texts(4000);
    }

    /** Texts of at most {@code maxLength} characters before the mark (an SMS body is at most 1,600). */
    public static Gen<String> texts(int maxLength) {
        Gen<String> anything = strings().allPossible().ofLengthBetween(0, Math.min(300, maxLength));
        Gen<String> controls = from(CONTROLS, 50);
        Gen<String> rightToLeft = strings().betweenCodePoints(0x0590, 0x06ff).ofLengthBetween(1, 200);
        Gen<String> emojiFlood = Generate.range(1, maxLength / 5).map("\uD83D\uDE00\u200D\uD83D\uDD25"::repeat);
        Gen<String> longest = strings().betweenCodePoints('a', 'z').ofLength(maxLength);
        Gen<String> words = Generate.pick(List.of("exit", "/start", "/start ABCD2345", "menu", "1", "99", "", " ", "\n", "help", "/language xx"));
        return Generate.oneOf(anything, controls, rightToLeft, emojiFlood, longest, words).map(text -> text + " " + MARK);
    }

    /** Strings of up to {@code maxLength} characters drawn from {@code alphabet}. */
    public static Gen<String> from(String alphabet, int maxLength) {
        List<Character> characters = alphabet.chars().mapToObj(c -> (char) c).toList();
        return lists().of(Generate.pick(characters)).ofSizeBetween(0, maxLength)
                .map(picked -> picked.stream().map(String::valueOf).collect(Collectors.joining()));
    }
}
