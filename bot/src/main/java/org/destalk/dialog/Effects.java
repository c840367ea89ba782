package org.destalk.dialog;

import java.util.List;
import java.util.Map;

/**
 * What choosing an option records for later conditions: scores to add, flags to raise, the language
 * or country to use, or a reset of all answers. Nothing a person typed is ever recorded.
 */
public record Effects(Map<String, Integer> scores, List<String> flags, String language, String country, boolean reset) {

    public static final Effects NONE = new Effects(Map.of(), List.of(), null, null, false);

    public boolean isEmpty() {
        return scores.isEmpty() && flags.isEmpty() && language == null && country == null && !reset;
    }
}
