package org.destalk.nlp;

import java.util.List;
import org.destalk.dialog.Vocabulary;

/**
 * Reads free text in three steps that share one normalisation: the language (with priors), the intent
 * (one model for all six languages, so a short "sí" in an English conversation still means yes), and
 * the danger tier.
 */
public final class NlpUnderstander implements Understander {

    private final TextNormaliser normaliser;
    private final LanguageGuesser languages;
    private final Classifier intents;
    private final DangerDetector danger;

    public NlpUnderstander(TextNormaliser normaliser, LanguageGuesser languages, Classifier intents, DangerDetector danger) {
        this.normaliser = normaliser;
        this.languages = languages;
        this.intents = intents;
        this.danger = danger;
    }

    @Override
    public Reading read(String text, String currentLanguage, String hintLanguage, String hintCountry) {
        String prior = currentLanguage != null ? currentLanguage : hintLanguage != null ? hintLanguage : CountryLanguages.of(hintCountry);
        LanguageGuesser.Guess guess = languages.guess(text, prior);
        String language = guess.language();
        List<String> tokens = normaliser.tokens(text, language);
        List<String> folded = normaliser.tokens(text, null);
        List<Reading.IntentScore> ranked = intents.rank(tokens).stream()
                .filter(scored -> Vocabulary.INTENTS.contains(scored.category()))
                .map(scored -> new Reading.IntentScore(scored.category(), scored.confidence()))
                .toList();
        return new Reading(language, guess.confident(), ranked, danger.detect(tokens, folded));
    }
}
