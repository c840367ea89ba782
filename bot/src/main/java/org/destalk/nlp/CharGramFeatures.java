package org.destalk.nlp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Character trigrams inside each word (with word boundaries), plus a constant bias feature. People type
 * fast, with typos and without accents; trigrams still match most of a misspelt word where whole-word
 * features see nothing.
 */
public final class CharGramFeatures implements FeatureGenerator {

    private static final int SIZE = 3;

    /**
     * Every document also gets one constant feature, so the model learns how common each category is.
     * Without it, a message made only of unseen words scores every category alike, and for the danger
     * tiers that means two chances in three of "danger" for "hullo" or "Spain".
     */
    static final String BIAS = "bias";

    @Override
    public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>();
        features.add(BIAS);
        for (String word : text) {
            String padded = "<" + word + ">";
            for (int i = 0; i + SIZE <= padded.length(); i++) {
                features.add("c=" + padded.substring(i, i + SIZE));
            }
        }
        return features;
    }
}
