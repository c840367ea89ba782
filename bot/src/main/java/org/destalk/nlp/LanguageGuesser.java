package org.destalk.nlp;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Detects the language of chat messages. OpenNLP's pretrained model, restricted to the languages the
 * bot speaks, is averaged with a small classifier trained on the team's own chat examples: the first
 * knows languages broadly, the second knows how people write to this bot ("xq", "vc", no accents). On
 * fewer than three words neither is reliable, so a prior (the conversation's language, the channel's
 * hint) is kept; a guess counts as confident only with a clear lead.
 */
public final class LanguageGuesser {

    public record Guess(String language, boolean confident) {
    }

    private static final int MIN_WORDS = 3;
    /** The averaged probability at which the best language is confident whatever the others score. */
    static final double CONFIDENT = 0.6;
    /**
     * Below {@link #CONFIDENT}, the best language is still confident from this probability on when it
     * scores {@link #CLEAR_LEAD} times the next one: the pretrained model spreads its probability
     * thinly over languages that share words, so a clear Portuguese sentence may average only 0.57.
     * On the evaluation and holdout sets this rule is never confidently wrong.
     */
    static final double LEADING = 0.5;
    static final double CLEAR_LEAD = 3;

    private final PretrainedLanguages pretrained;
    private final Classifier chatLanguages;
    private final List<String> supported;

    LanguageGuesser(PretrainedLanguages pretrained, Classifier chatLanguages, List<String> supported) {
        this.pretrained = pretrained;
        this.chatLanguages = chatLanguages;
        this.supported = List.copyOf(supported);
    }

    /** Loads the pretrained model from the opennlp-models-langdetect artifact (about half a second). */
    public static LanguageGuesser load(Classifier chatLanguages, List<String> supported) throws IOException {
        return new LanguageGuesser(PretrainedLanguages.load(supported), chatLanguages, supported);
    }

    /** @param prior the language to keep when the text is too short or unclear (may be null) */
    public Guess guess(String text, List<String> foldedWords, String prior) {
        if (foldedWords.size() < MIN_WORDS || supported.size() == 1) {
            return new Guess(supported.size() == 1 ? supported.get(0) : prior, false);
        }
        Map<String, Double> scores = pretrained(text);
        for (Classifier.Scored scored : chatLanguages.rank(foldedWords)) {
            if (supported.contains(scored.category())) {
                scores.merge(scored.category(), scored.confidence() / 2, Double::sum);
            }
        }
        Map.Entry<String, Double> best = scores.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(null);
        if (best == null) {
            return new Guess(prior, false);
        }
        if (!isClear(best.getValue(), secondBest(scores, best.getKey()))) {
            // unsure: the language already in use wins; with none, the best guess is still better than nothing
            return new Guess(prior != null ? prior : best.getKey(), false);
        }
        return new Guess(best.getKey(), true);
    }

    private static boolean isClear(double best, double second) {
        return best >= CONFIDENT || best >= LEADING && best >= CLEAR_LEAD * second;
    }

    private static double secondBest(Map<String, Double> scores, String best) {
        return scores.entrySet().stream().filter(score -> !score.getKey().equals(best)).mapToDouble(Map.Entry::getValue).max().orElse(0);
    }

    /** OpenNLP's probabilities of the supported languages, scaled to add up to one half. */
    private Map<String, Double> pretrained(String text) {
        Map<String, Double> scores = pretrained.predict(text);
        scores.replaceAll((language, probability) -> probability / 2);
        return scores;
    }
}
