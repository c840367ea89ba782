package org.destalk.nlp;

import java.util.List;

/**
 * Lexicon plus classifier, tuned for recall: a danger phrase that no look-alike overlaps always counts;
 * otherwise the classifier decides with a low threshold, because missing danger costs far more than a
 * needless look at the emergency number.
 */
public final class DangerDetector {

    /** Probability of danger (high risk plus imminent) from which the classifier alone raises the alarm. */
    public static final double THRESHOLD = 0.35;

    private final DangerLexicon lexicon;
    private final Classifier tiers;

    public DangerDetector(DangerLexicon lexicon, Classifier tiers) {
        this.lexicon = lexicon;
        this.tiers = tiers;
    }

    /**
     * @param tokens         the message's words with its language's SMS spellings expanded
     * @param foldedTokens   the same words before expansion, so a phrase written either way matches
     */
    public Reading.DangerTier detect(List<String> tokens, List<String> foldedTokens) {
        Reading.DangerTier fromLexicon = max(lexicon.match(tokens), lexicon.match(foldedTokens));
        if (fromLexicon != Reading.DangerTier.NONE) {
            return fromLexicon;
        }
        double imminent = 0;
        double highRisk = 0;
        for (Classifier.Scored scored : tiers.rank(tokens)) {
            if (scored.category().equals("imminent")) {
                imminent = scored.confidence();
            } else if (scored.category().equals("high_risk")) {
                highRisk = scored.confidence();
            }
        }
        if (imminent + highRisk < THRESHOLD) {
            return Reading.DangerTier.NONE;
        }
        return imminent >= highRisk ? Reading.DangerTier.IMMINENT : Reading.DangerTier.HIGH_RISK;
    }

    private static Reading.DangerTier max(Reading.DangerTier a, Reading.DangerTier b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
