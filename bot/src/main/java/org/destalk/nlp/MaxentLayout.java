package org.destalk.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import opennlp.tools.ml.model.Context;

/** Lays a model's features out in {@link CompactMaxent}'s arrays: the copying, kept apart from the lookups. */
final class MaxentLayout {

    private MaxentLayout() {
    }

    /** The features with any weight for a kept outcome, and those weights, outcomes renumbered among the kept. */
    static CompactMaxent copy(Map<String, Context> features, String[] outcomes, Predicate<String> kept) {
        int[] renumbered = new int[outcomes.length];
        List<String> keptOutcomes = new ArrayList<>();
        for (int outcome = 0; outcome < outcomes.length; outcome++) {
            renumbered[outcome] = kept.test(outcomes[outcome]) ? keptOutcomes.size() : -1;
            if (renumbered[outcome] >= 0) {
                keptOutcomes.add(outcomes[outcome]);
            }
        }
        String[] featureNames = features.entrySet().stream().filter(feature -> keptWeights(feature.getValue(), renumbered) > 0)
                .map(Map.Entry::getKey).toArray(String[]::new);
        int count = featureNames.length;
        int[] starts = new int[2 * (count + 1)];
        for (int i = 0; i < count; i++) {
            starts[2 * i + 2] = starts[2 * i] + featureNames[i].length();
            starts[2 * i + 3] = starts[2 * i + 1] + keptWeights(features.get(featureNames[i]), renumbered);
        }
        char[] names = new char[starts[2 * count]];
        short[] weightOutcomes = new short[starts[2 * count + 1]];
        double[] weights = new double[weightOutcomes.length];
        int capacity = Integer.highestOneBit(Math.max(1, count) * 2) * 2; // at most half full: probes stay short
        int[] slots = new int[2 * capacity];
        for (int i = 0; i < count; i++) {
            featureNames[i].getChars(0, featureNames[i].length(), names, starts[2 * i]);
            Context context = features.get(featureNames[i]);
            int j = starts[2 * i + 1];
            for (int k = 0; k < context.getOutcomes().length; k++) {
                int outcome = renumbered[context.getOutcomes()[k]];
                if (outcome >= 0) {
                    weightOutcomes[j] = (short) outcome;
                    weights[j++] = context.getParameters()[k];
                }
            }
            int hash = featureNames[i].hashCode();
            int slot = CompactMaxent.spread(hash) & (capacity - 1);
            while (slots[2 * slot + 1] != 0) {
                slot = (slot + 1) & (capacity - 1);
            }
            slots[2 * slot] = hash;
            slots[2 * slot + 1] = i + 1;
        }
        return new CompactMaxent(keptOutcomes.toArray(String[]::new), names, starts, slots, weightOutcomes, weights);
    }

    private static int keptWeights(Context context, int[] renumbered) {
        int kept = 0;
        for (int outcome : context.getOutcomes()) {
            if (renumbered[outcome] >= 0) {
                kept++;
            }
        }
        return kept;
    }
}
