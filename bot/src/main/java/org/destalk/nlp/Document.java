package org.destalk.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.InvalidFormatException;

/**
 * A message's words and their features, made once: a turn asks four models (intents and danger tiers,
 * each shared and own-language) about the same words, and making the features was a large part of
 * each. Every model the bot trains uses the same {@link #GENERATORS}; {@link Classifier} refuses others.
 */
final class Document {

    private static final FeatureGenerator[] MAKERS = makers();
    /** The generators' classes, as a model read from a file names them. */
    static final List<Class<?>> GENERATORS = Arrays.stream(MAKERS).<Class<?>>map(Object::getClass).toList();

    private final List<String> words;
    /** Made on first use: a message the danger lexicon settles never needs the tier models' features. */
    private String[] features;

    Document(List<String> words) {
        this.words = List.copyOf(words);
    }

    List<String> words() {
        return words;
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** The features in OpenNLP's order: each generator's in turn. Callers must not change the array. */
    String[] features() {
        if (features == null) {
            String[] text = words.toArray(String[]::new);
            List<String> all = new ArrayList<>();
            for (FeatureGenerator maker : MAKERS) {
                all.addAll(maker.extractFeatures(text, Map.of()));
            }
            features = all.toArray(String[]::new);
        }
        return features;
    }

    /**
     * Whole words, pairs of neighbouring words, and character trigrams, as OpenNLP's categorizer makes
     * them: new ones, as training needs them; the ones in use here are stateless and shared.
     */
    static FeatureGenerator[] makers() {
        try {
            return new FeatureGenerator[] {new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2), new CharGramFeatures()};
        } catch (InvalidFormatException impossible) {
            throw new IllegalStateException("Word pairs are a valid n-gram range", impossible);
        }
    }
}
