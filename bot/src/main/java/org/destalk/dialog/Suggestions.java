package org.destalk.dialog;

import java.util.Collection;

/** "Did you mean ...?" for names a coordinator mistyped. */
public final class Suggestions {

    private Suggestions() {
    }

    /** Suggests the closest known name when it is close enough, otherwise returns the fallback advice. */
    public static String didYouMean(String typed, Collection<String> known, String fallback) {
        String best = closest(typed, known);
        return best == null ? fallback : "did you mean '" + best + "'?";
    }

    public static String closest(String typed, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(typed.toLowerCase(), candidate.toLowerCase());
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int tolerated = Math.max(1, typed.length() / 3);
        return bestDistance <= tolerated ? best : null;
    }

    /** Levenshtein distance with two rows. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
