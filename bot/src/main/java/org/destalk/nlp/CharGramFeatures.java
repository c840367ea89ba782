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

    /** What every trigram feature's name starts with. */
    static final String PREFIX = "c=";
    private static final char START = '<';
    private static final char END = '>';

    /**
     * The trigrams of "&lt;word&gt;", each named {@code c=} and its three chars. Each name is made in one
     * go rather than by cutting and joining strings: the intent and danger models ask for these on
     * every message, and the pieces were a fifth of what reading a message allocated.
     */
    @Override
    public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>();
        features.add(BIAS);
        char[] name = new char[PREFIX.length() + SIZE];
        PREFIX.getChars(0, PREFIX.length(), name, 0);
        for (String word : text) {
            int padded = word.length() + 2;
            for (int i = 0; i + SIZE <= padded; i++) {
                for (int k = 0; k < SIZE; k++) {
                    name[PREFIX.length() + k] = paddedChar(word, i + k);
                }
                features.add(new String(name));
            }
        }
        return features;
    }

    /** The char at {@code at} in the word with a start mark before it and an end mark after it. */
    private static char paddedChar(String word, int at) {
        return at == 0 ? START : at == word.length() + 1 ? END : word.charAt(at - 1);
    }
}
