package org.destalk.nlp;

import java.util.List;

/**
 * What language understanding made of one message. Holds no text.
 *
 * @param language          ISO 639-1 code of the detected language, or null
 * @param languageConfident whether the detection is firm enough to offer a switch
 * @param intents           intents with confidences, best first
 */
public record Reading(String language, boolean languageConfident, List<IntentScore> intents, DangerTier danger) {

    public static final Reading NOTHING = new Reading(null, false, List.of(), DangerTier.NONE);

    public record IntentScore(String intent, double confidence) {
    }

    public enum DangerTier { NONE, HIGH_RISK, IMMINENT }
}
