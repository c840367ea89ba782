package org.destalk.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

/**
 * OpenNLP's pretrained language detector (103 languages, from the opennlp-models-langdetect artifact),
 * asked only about the languages the bot speaks. It reads what OpenNLP's {@code LanguageDetectorME}
 * reads, the distinct character 1- to 3-grams of the normalised, lower-cased text, and evaluates a
 * {@link CompactMaxent} copy of the model that keeps only the spoken languages: 77,000 of its 1.27
 * million weights to hold, and a sixteenth of the sums per message. {@code PretrainedLanguagesTest}
 * holds both to OpenNLP's own detector.
 */
final class PretrainedLanguages {

    static final String RESOURCE = "/langdetect-183.bin";
    /** The model's codes (ISO 639-3) for the bot's languages (ISO 639-1). */
    private static final Map<String, String> ISO_639_3 = Map.of("en", "eng", "es", "spa", "it", "ita", "de", "deu", "fr", "fra", "pt", "por");
    /** The normalisers OpenNLP's {@code LanguageDetectorFactory} gives its context generator, in its order. */
    private static final CharSequenceNormalizer NORMALISER = new AggregateCharSequenceNormalizer(EmojiCharSequenceNormalizer.getInstance(),
            UrlCharSequenceNormalizer.getInstance(), TwitterCharSequenceNormalizer.getInstance(), NumberCharSequenceNormalizer.getInstance(),
            ShrinkCharSequenceNormalizer.getInstance());
    private static final int LONGEST_GRAM = 3;

    private final CompactMaxent model;
    /** The bot's code for each of the compact model's outcomes. */
    private final String[] languages;

    PretrainedLanguages(LanguageDetectorModel model, Collection<String> spoken) {
        Map<String, String> byModelCode = new HashMap<>();
        spoken.stream().filter(ISO_639_3::containsKey).forEach(language -> byModelCode.put(ISO_639_3.get(language), language));
        this.model = CompactMaxent.of(model.getMaxentModel(), byModelCode.keySet());
        this.languages = new String[this.model.outcomeCount()];
        Arrays.setAll(languages, outcome -> byModelCode.get(this.model.getOutcome(outcome)));
    }

    /** Reads the model from the classpath (about half a second) and keeps what it knows of {@code spoken}. */
    static PretrainedLanguages load(Collection<String> spoken) throws IOException {
        try (InputStream in = PretrainedLanguages.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE.substring(1) + " is not on the classpath");
            }
            return new PretrainedLanguages(new LanguageDetectorModel(in), spoken);
        }
    }

    /**
     * Each spoken language the model knows, with its probability among them (they add up to one), in
     * a new map the caller may change.
     */
    Map<String, Double> predict(CharSequence text) {
        long[] grams = grams(text);
        int[] features = new int[grams.length];
        char[] gram = new char[LONGEST_GRAM];
        for (int i = 0; i < grams.length; i++) {
            features[i] = model.indexOf(gram, 0, unpack(grams[i], gram));
        }
        double[] probabilities = model.evalIndexes(features);
        Map<String, Double> byLanguage = new HashMap<>();
        for (int outcome = 0; outcome < probabilities.length; outcome++) {
            byLanguage.put(languages[outcome], probabilities[outcome]);
        }
        return byLanguage;
    }

    /**
     * The distinct character n-grams the model reads, as OpenNLP's context generator makes them, each
     * packed into a long (its length, then up to three chars of 16 bits): repeats are found by sorting
     * numbers, and no gram ever becomes a string.
     */
    static long[] grams(CharSequence text) {
        char[] chars = lowerCase(NORMALISER.normalize(text));
        long[] keys = new long[LONGEST_GRAM * chars.length];
        int count = 0;
        for (int length = 1; length <= LONGEST_GRAM; length++) {
            for (int start = 0; start + length <= chars.length; start++) {
                long key = length;
                for (int i = start; i < start + length; i++) {
                    key = key << Character.SIZE | chars[i];
                }
                keys[count++] = key;
            }
        }
        Arrays.sort(keys, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                keys[distinct++] = keys[i];
            }
        }
        return Arrays.copyOf(keys, distinct);
    }

    /** A packed gram's chars, written to the start of {@code into}; returns how many. */
    static int unpack(long key, char[] into) {
        int length = key >= 3L << 3 * Character.SIZE ? 3 : key >= 2L << 2 * Character.SIZE ? 2 : 1; // the length sits above the chars
        for (int i = length - 1; i >= 0; i--, key >>>= Character.SIZE) {
            into[i] = (char) key;
        }
        return length;
    }

    /**
     * Lower case code point by code point into as many chars as the text has, as OpenNLP's
     * {@code StringUtil.toLowerCaseCharBuffer} does.
     */
    private static char[] lowerCase(CharSequence text) {
        char[] lower = new char[text.length()];
        for (int i = 0, at = 0; i < text.length(); ) {
            int codePoint = Character.codePointAt(text, i);
            i += Character.charCount(codePoint);
            at += Character.toChars(Character.toLowerCase(codePoint), lower, at);
        }
        return lower;
    }
}
