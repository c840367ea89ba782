package org.destalk.handoff;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Hand-off codes: eight characters from an alphabet without look-alikes (no 0/O, 1/I/L), written
 * ABCD-2345 to read out over the phone. 31^8 (about 8.5 * 10^11) codes and a few attempts an hour per
 * sender make guessing hopeless. Every code has a digit and a letter, so an ordinary word never looks
 * like one.
 */
final class HandoffCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 8;
    private static final Pattern TYPED = Pattern.compile("[" + ALPHABET + "]{4}[- ]?[" + ALPHABET + "]{4}");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*[2-9].*");
    private static final Pattern HAS_LETTER = Pattern.compile(".*[A-Z].*");

    private final SecureRandom random = new SecureRandom();

    String next() {
        String code;
        do {
            StringBuilder out = new StringBuilder(LENGTH);
            for (int i = 0; i < LENGTH; i++) {
                out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            code = out.toString();
        } while (!HAS_DIGIT.matcher(code).matches() || !HAS_LETTER.matcher(code).matches());
        return code;
    }

    static String readable(String code) {
        return code.substring(0, 4) + "-" + code.substring(4);
    }

    /** The code as typed ("abcd 2345", "ABCD-2345") without separators, upper case; null if it is not one. */
    static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String upper = typed.strip().toUpperCase(Locale.ROOT);
        if (!TYPED.matcher(upper).matches()) {
            return null;
        }
        String code = upper.replace("-", "").replace(" ", "");
        return HAS_DIGIT.matcher(code).matches() && HAS_LETTER.matcher(code).matches() ? code : null;
    }
}
