package org.destalk.nlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.destalk.dialog.Vocabulary;

/**
 * Reads free text in three steps that share one normalisation: the language (with priors), the intent
 * (see {@link BlendedClassifier}), and the danger tier, which both the lexicon and the intent model
 * feed.
 */
public final class NlpUnderstander implements Understander {

    private final TextNormaliser normaliser;
    private final LanguageGuesser languages;
    private final BlendedClassifier intents;
    private final DangerDetector danger;

    public NlpUnderstander(TextNormaliser normaliser, LanguageGuesser languages, BlendedClassifier intents, DangerDetector danger) {
        this.normaliser = normaliser;
        this.languages = languages;
        this.intents = intents;
        this.danger = danger;
    }

    @Override
    public Reading read(String text, String currentLanguage, String hintLanguage, String hintCountry) {
        String prior = currentLanguage != null ? currentLanguage : hintLanguage != null ? hintLanguage : CountryLanguages.of(hintCountry);
        String foldedText = TextNormaliser.fold(text);
        List<String> folded = normaliser.words(foldedText, null);
        LanguageGuesser.Guess guess = languages.guess(text, folded, prior);
        String language = guess.language();
        Document document = new Document(normaliser.words(foldedText, language));
        double dangerIntent = 0;
        List<Reading.IntentScore> ranked = new ArrayList<>();
        for (Classifier.Scored intent : intents.rank(document, language)) {
            if (intent.category().equals("danger")) {
                dangerIntent = intent.confidence();
            }
            if (Vocabulary.INTENTS.contains(intent.category())) {
                ranked.add(new Reading.IntentScore(intent.category(), intent.confidence()));
            }
        }
        return new Reading(language, guess.confident(), Collections.unmodifiableList(ranked), danger.detect(document, folded, language, dangerIntent));
    }
}
