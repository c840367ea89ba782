package org.destalk.engine;

import java.util.List;

/**
 * What language understanding made of free text: its language (and whether that guess is firm), the
 * intents ranked by confidence, and the danger tier. The text itself is not part of it.
 */
public record Understanding(String language, boolean languageConfident, List<Scored> intents, Danger danger) {

    public static final Understanding NOTHING = new Understanding(null, false, List.of(), Danger.NONE);

    public record Scored(String intent, double confidence) {
    }

    public String topIntent() {
        return intents.isEmpty() ? null : intents.get(0).intent();
    }

    public double topConfidence() {
        return intents.isEmpty() ? 0 : intents.get(0).confidence();
    }
}
