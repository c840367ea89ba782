package org.destalk.nlp;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.destalk.dialog.Vocabulary;

/** Scores an understander on labelled examples: intents, languages and danger, per language. */
public final class Evaluation {

    /** Counts for one language (or all). */
    public static final class Tally {
        int total;
        int intentsRight;
        int coldIntentsRight;
        int longTotal;
        int languageRight;
        int languageNoticed;
        int languageMistaken;
        int danger;
        int dangerFound;
        int safe;
        int falseAlarms;

        public double intentAccuracy() {
            return ratio(intentsRight, total);
        }

        /** Intents read with no idea of the language, as for the first message of a conversation. */
        public double coldIntentAccuracy() {
            return ratio(coldIntentsRight, total);
        }

        public double languageAccuracy() {
            return ratio(languageRight, longTotal);
        }

        /**
         * Messages of three words or more whose language is recognised confidently, as needed to offer
         * it, or to answer danger in it, mid-conversation in another language.
         */
        public double languageNoticed() {
            return ratio(languageNoticed, longTotal);
        }

        /** Messages of three words or more confidently taken for another language than their own. */
        public double languageMistaken() {
            return ratio(languageMistaken, longTotal);
        }

        public double dangerRecall() {
            return ratio(dangerFound, danger);
        }

        public double falsePositiveRate() {
            return ratio(falseAlarms, safe);
        }

        public int total() {
            return total;
        }
    }

    private final Map<String, Tally> byLanguage = new TreeMap<>();
    private final Tally overall = new Tally();
    /** confusion.get(expected).get(predicted) = count */
    private final Map<String, Map<String, Integer>> confusion = new TreeMap<>();

    /**
     * Intents and danger are scored as the bot meets messages mid-conversation, where the conversation's
     * language is the prior; languages are scored cold, with no prior, and so is a second intent column.
     */
    public static Evaluation of(Understander understander, List<Example> examples) {
        Evaluation evaluation = new Evaluation();
        for (Example example : examples) {
            evaluation.add(example, understander.read(example.text(), example.language(), null, null),
                    understander.read(example.text(), null, null, null));
        }
        return evaluation;
    }

    void add(Example example, Reading reading, Reading cold) {
        String predicted = best(reading);
        boolean coldRight = best(cold).equals(example.intent());
        confusion.computeIfAbsent(example.intent(), k -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
        boolean longMessage = TextNormaliser.fold(example.text()).split(" ").length >= 3;
        for (Tally tally : List.of(overall, byLanguage.computeIfAbsent(example.language(), k -> new Tally()))) {
            tally.total++;
            tally.intentsRight += predicted.equals(example.intent()) ? 1 : 0;
            tally.coldIntentsRight += coldRight ? 1 : 0;
            if (longMessage) {
                tally.longTotal++;
                boolean languageRight = example.language().equals(cold.language());
                tally.languageRight += languageRight ? 1 : 0;
                tally.languageNoticed += languageRight && cold.languageConfident() ? 1 : 0;
                tally.languageMistaken += !languageRight && cold.languageConfident() ? 1 : 0;
            }
            boolean flagged = reading.danger() != Reading.DangerTier.NONE;
            if (example.isDanger()) {
                tally.danger++;
                tally.dangerFound += flagged ? 1 : 0;
            } else {
                tally.safe++;
                tally.falseAlarms += flagged ? 1 : 0;
            }
        }
    }

    private static String best(Reading reading) {
        return reading.intents().isEmpty() ? "other" : reading.intents().get(0).intent();
    }

    public Tally overall() {
        return overall;
    }

    public Map<String, Tally> byLanguage() {
        return byLanguage;
    }

    public double precision(String intent) {
        int predicted = 0;
        for (Map<String, Integer> row : confusion.values()) {
            predicted += row.getOrDefault(intent, 0);
        }
        return ratio(confusion.getOrDefault(intent, Map.of()).getOrDefault(intent, 0), predicted);
    }

    public double recall(String intent) {
        Map<String, Integer> row = confusion.getOrDefault(intent, Map.of());
        int total = row.values().stream().mapToInt(Integer::intValue).sum();
        return ratio(row.getOrDefault(intent, 0), total);
    }

    public int confusion(String expected, String predicted) {
        return confusion.getOrDefault(expected, Map.of()).getOrDefault(predicted, 0);
    }

    public List<String> intents() {
        return Vocabulary.INTENTS;
    }

    static double ratio(int part, int whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }
}
