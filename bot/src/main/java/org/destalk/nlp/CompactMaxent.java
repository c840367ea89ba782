package org.destalk.nlp;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A read-only copy of a trained OpenNLP maxent model in a few flat arrays. OpenNLP keeps five objects
 * per feature (name, its bytes, map entry, context, parameters); the bot's sixteen models have about
 * 400,000 features, so two million objects and a third of the heap, which the garbage collector walked
 * on every marking cycle while the bot was busy. Evaluation does OpenNLP's arithmetic in OpenNLP's
 * order, so the probabilities are the same to the last bit ({@code CompactMaxentTest}). Read-only after
 * construction, so one copy serves every thread.
 */
final class CompactMaxent {

    private final String[] outcomes;
    /** Every feature's name, end to end. */
    private final char[] names;
    /**
     * For feature i, {@code starts[2i]} is where its name starts in {@link #names} and {@code starts[2i + 1]}
     * where its weights start; the next feature's starts end them. Side by side, so one cache line serves both.
     */
    private final int[] starts;
    /** Open addressing, in pairs: a name's hash code and the feature index + 1 (0 for an empty slot). */
    private final int[] slots;
    /**
     * Feature i adds {@code weights[j]} to outcome {@code weightOutcomes[j]} for each j in its range. Outcome
     * numbers fit in 16 bits: the largest model, the language detector's, has 103 outcomes.
     */
    private final short[] weightOutcomes;
    private final double[] weights;
    private final double uniformLogPrior;

    CompactMaxent(String[] outcomes, char[] names, int[] starts, int[] slots, short[] weightOutcomes, double[] weights) {
        this.outcomes = outcomes;
        this.names = names;
        this.starts = starts;
        this.slots = slots;
        this.weightOutcomes = weightOutcomes;
        this.weights = weights;
        this.uniformLogPrior = StrictMath.log(1.0 / outcomes.length); // where OpenNLP's UniformPrior starts every outcome
    }

    /** Copies a GIS model (the kind OpenNLP's maxent training and its language detector produce). */
    static CompactMaxent of(MaxentModel model) {
        return copy(model, outcome -> true);
    }

    /**
     * Copies only what a GIS model knows of some of its outcomes; features with no weight for any of
     * them are left out. The copy's probabilities are the model's given that the outcome is one of these
     * (the same up to rounding: the model's own, divided by their sum over these outcomes).
     */
    static CompactMaxent of(MaxentModel model, Set<String> keptOutcomes) {
        return copy(model, keptOutcomes::contains);
    }

    private static CompactMaxent copy(MaxentModel model, Predicate<String> kept) {
        if (!(model instanceof GISModel gis)) {
            throw new IllegalArgumentException("Only GIS maxent models can be compacted, not " + model.getClass().getSimpleName());
        }
        Object[] parts = gis.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> features = (Map<String, Context>) parts[1];
        String[] outcomes = (String[]) parts[2];
        if (outcomes.length > Short.MAX_VALUE) {
            throw new IllegalArgumentException("A model with " + outcomes.length + " outcomes is too large to compact");
        }
        return MaxentLayout.copy(features, outcomes, kept);
    }

    /** Probabilities of the outcomes, by outcome number, given the features. */
    double[] eval(String[] context) {
        return eval(context, (float[]) null);
    }

    /** Probabilities of the outcomes given the features and, when not null, each feature's value (a count). */
    double[] eval(String[] context, float[] values) {
        int[] features = new int[context.length];
        for (int i = 0; i < context.length; i++) {
            features[i] = indexOf(context[i]);
        }
        return evalIndexes(features, values);
    }

    /**
     * Probabilities of the outcomes given features already looked up with {@link #indexOf(char[], int, int)}
     * (-1 for one the model does not know), in the order given, which the sums follow.
     */
    double[] evalIndexes(int[] features) {
        return evalIndexes(features, null);
    }

    private double[] evalIndexes(int[] features, float[] values) {
        double[] scores = new double[outcomes.length];
        Arrays.fill(scores, uniformLogPrior);
        for (int i = 0; i < features.length; i++) {
            int index = features[i];
            if (index >= 0) {
                double value = values == null ? 1 : values[i];
                for (int j = starts[2 * index + 1], end = starts[2 * index + 3]; j < end; j++) {
                    scores[weightOutcomes[j]] += weights[j] * value;
                }
            }
        }
        double total = 0;
        for (int i = 0; i < scores.length; i++) {
            scores[i] = StrictMath.exp(scores[i]); // OpenNLP uses StrictMath, and so must a bit-for-bit copy
            total += scores[i];
        }
        for (int i = 0; i < scores.length; i++) {
            scores[i] /= total;
        }
        return scores;
    }

    int outcomeCount() {
        return outcomes.length;
    }

    String getOutcome(int index) {
        return outcomes[index];
    }

    /** Whether training saw this feature (with any weight kept). */
    boolean knows(String feature) {
        return indexOf(feature) >= 0;
    }

    private int indexOf(String feature) {
        return find(feature.hashCode(), feature, null, 0, feature.length());
    }

    /**
     * The feature named by {@code length} chars of {@code chars} from {@code from}, or -1: what the
     * lookup by name finds, with no string made for the name (a message has hundreds of such names).
     */
    int indexOf(char[] chars, int from, int length) {
        int hash = 0;
        for (int i = from; i < from + length; i++) {
            hash = 31 * hash + chars[i]; // String.hashCode's sum, which the slots hold
        }
        return find(hash, null, chars, from, length);
    }

    /** The feature whose name is {@code text}, or when that is null the chars given. */
    private int find(int hash, String text, char[] chars, int from, int length) {
        int mask = slots.length / 2 - 1;
        for (int slot = spread(hash) & mask; slots[2 * slot + 1] != 0; slot = (slot + 1) & mask) {
            int index = slots[2 * slot + 1] - 1;
            if (slots[2 * slot] == hash && nameEquals(index, text, chars, from, length)) {
                return index;
            }
        }
        return -1;
    }

    private boolean nameEquals(int index, String text, char[] chars, int from, int length) {
        int start = starts[2 * index];
        if (starts[2 * index + 2] - start != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text != null ? text.charAt(from + i) : chars[from + i];
            if (names[start + i] != c) {
                return false;
            }
        }
        return true;
    }

    /** Mixes the high bits of a hash code into the low ones that pick a slot. */
    static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
