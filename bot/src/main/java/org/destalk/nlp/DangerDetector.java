package org.destalk.nlp;

import java.util.List;

/**
 * Lexicon plus classifiers, tuned for recall: a danger phrase that no look-alike overlaps always counts;
 * otherwise two classifiers vote, each with a low threshold, because missing danger costs far more than
 * a needless look at the emergency number. The tier model knows how danger is worded; the intent model
 * sees it as one of twelve things a person may want, and catches what reads like nothing else.
 */
public final class DangerDetector {

    /** Probability of danger (high risk plus imminent) from which the tier model alone raises the alarm. */
    public static final double TIER_THRESHOLD = 0.5;
    /** Probability of the danger intent from which the intent model alone raises the alarm. */
    public static final double INTENT_THRESHOLD = 0.4;
    /** The same, when the message holds a look-alike of a danger phrase. */
    public static final double LOOK_ALIKE_INTENT_THRESHOLD = 0.8;

    private final DangerLexicon lexicon;
    private final BlendedClassifier tiers;

    public DangerDetector(DangerLexicon lexicon, BlendedClassifier tiers) {
        this.lexicon = lexicon;
        this.tiers = tiers;
    }

    /**
     * @param tokens         the message's words with its language's SMS spellings expanded, their
     *                       features shared with the intent model
     * @param foldedTokens   the same words before expansion, so a phrase written either way matches
     * @param language       the message's language, for the tier model
     * @param dangerIntent   the intent model's probability that the message is about danger
     */
    Reading.DangerTier detect(Document tokens, List<String> foldedTokens, String language, double dangerIntent) {
        DangerLexicon.Match expanded = lexicon.match(tokens.words());
        DangerLexicon.Match folded = lexicon.match(foldedTokens);
        Reading.DangerTier fromLexicon = max(expanded.tier(), folded.tier());
        if (fromLexicon != Reading.DangerTier.NONE) {
            return fromLexicon;
        }
        if (!typedAWord(foldedTokens) || !tiers.knowsAWordOf(tokens)) {
            // A stray letter or keyboard mashing gives the classifiers nothing to read, and what they
            // return then is their prior, which leans to danger: half of all random letter strings
            // raised the alarm. They are asked only about a message with a word of two letters or
            // more as typed (so "w", read as "with", is not one) and a word they were trained on.
            return Reading.DangerTier.NONE;
        }
        TierOdds odds = TierOdds.of(tiers.rank(tokens, language));
        if (expanded.lookAlike() || folded.lookAlike()) {
            // The classifiers, blind to word order, mostly saw the danger words of "he never hit me":
            // after a look-alike only a near-certain intent model still raises the alarm.
            return dangerIntent >= LOOK_ALIKE_INTENT_THRESHOLD ? odds.likelier() : Reading.DangerTier.NONE;
        }
        boolean alarm = odds.danger() >= TIER_THRESHOLD || dangerIntent >= INTENT_THRESHOLD;
        return alarm ? odds.likelier() : Reading.DangerTier.NONE;
    }

    private static boolean typedAWord(List<String> foldedTokens) {
        return foldedTokens.stream().anyMatch(token -> token.length() > 1);
    }

    /** The tier model's probabilities of the two danger tiers. */
    private record TierOdds(double imminent, double highRisk) {

        static TierOdds of(List<Classifier.Scored> ranked) {
            double imminent = 0;
            double highRisk = 0;
            for (Classifier.Scored scored : ranked) {
                if (scored.category().equals("imminent")) {
                    imminent = scored.confidence();
                } else if (scored.category().equals("high_risk")) {
                    highRisk = scored.confidence();
                }
            }
            return new TierOdds(imminent, highRisk);
        }

        double danger() {
            return imminent + highRisk;
        }

        /** When in doubt, imminent: the emergency number first is the safer mistake. */
        Reading.DangerTier likelier() {
            return imminent >= highRisk ? Reading.DangerTier.IMMINENT : Reading.DangerTier.HIGH_RISK;
        }
    }

    private static Reading.DangerTier max(Reading.DangerTier a, Reading.DangerTier b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
