package org.destalk.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.destalk.nlp.Reading;
import org.destalk.nlp.Understander;

/**
 * A fake for dialog tests: texts are understood exactly as scripted (or as "~intent"), anything else as
 * nothing. Keeps dialog tests independent of how the real models are trained.
 */
public final class ScriptedUnderstander implements Understander {

    /** Text written "~intent" is read as that intent with high confidence, to script free text briefly. */
    public static final String INTENT_PREFIX = "~";
    /** Text written "!imminent" or "!high_risk" is read as danger of that tier. */
    public static final String DANGER_PREFIX = "!";

    private final Map<String, Reading> script = new HashMap<>();

    public ScriptedUnderstander intent(String text, String intent, double confidence) {
        script.put(text, new Reading(null, false, List.of(new Reading.IntentScore(intent, confidence)), Reading.DangerTier.NONE));
        return this;
    }

    public ScriptedUnderstander danger(String text, Reading.DangerTier tier) {
        script.put(text, new Reading(null, false, List.of(new Reading.IntentScore("danger", 0.9)), tier));
        return this;
    }

    public ScriptedUnderstander language(String text, String language) {
        script.put(text, new Reading(language, true, List.of(), Reading.DangerTier.NONE));
        return this;
    }

    public ScriptedUnderstander reading(String text, Reading reading) {
        script.put(text, reading);
        return this;
    }

    @Override
    public Reading read(String text, String currentLanguage, String hintLanguage, String hintCountry) {
        if (text.startsWith(DANGER_PREFIX) && !script.containsKey(text)) {
            Reading.DangerTier tier = Reading.DangerTier.valueOf(text.substring(1).toUpperCase(java.util.Locale.ROOT));
            return new Reading(null, false, List.of(new Reading.IntentScore("danger", 0.95)), tier);
        }
        if (text.startsWith(INTENT_PREFIX) && !script.containsKey(text)) {
            return new Reading(null, false, List.of(new Reading.IntentScore(text.substring(1), 0.95)), Reading.DangerTier.NONE);
        }
        return script.getOrDefault(text, Reading.NOTHING);
    }
}
