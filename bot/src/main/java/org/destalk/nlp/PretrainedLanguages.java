package org.destalk.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorContextGenerator;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * OpenNLP's pretrained language detector (103 languages, from the opennlp-models-langdetect artifact),
 * evaluated on a {@link CompactMaxent} copy of its model: the original keeps 150,000 features as 700,000
 * small objects. Prediction follows OpenNLP's {@code LanguageDetectorME} step for step (character
 * n-grams, counted, as feature values), so the confidences are the same to the last bit.
 */
final class PretrainedLanguages {

    static final String RESOURCE = "/langdetect-183.bin";

    /** Stateless (a fresh n-gram count per call), so every thread shares it, as the compact model. */
    private final LanguageDetectorContextGenerator grams;
    private final CompactMaxent model;

    PretrainedLanguages(LanguageDetectorModel model) {
        this.grams = model.getFactory().getContextGenerator();
        this.model = CompactMaxent.of(model.getMaxentModel());
    }

    /** Reads the model from the classpath (about half a second). */
    static PretrainedLanguages load() throws IOException {
        try (InputStream in = PretrainedLanguages.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE.substring(1) + " is not on the classpath");
            }
            return new PretrainedLanguages(new LanguageDetectorModel(in));
        }
    }

    /** Every language the model knows with its probability, likeliest first. */
    Language[] predict(CharSequence text) {
        // Counted in a HashMap with get and put, as OpenNLP does: the map's iteration order is the order the
        // scores are summed in, and computeIfAbsent would put colliding n-grams in another order.
        Map<CharSequence, int[]> counts = new HashMap<>();
        for (CharSequence gram : grams.getContext(text)) {
            int[] count = counts.get(gram);
            if (count == null) {
                counts.put(gram, new int[] {1});
            } else {
                count[0]++;
            }
        }
        String[] features = new String[counts.size()];
        float[] values = new float[counts.size()];
        int i = 0;
        for (Map.Entry<CharSequence, int[]> count : counts.entrySet()) {
            features[i] = count.getKey().toString();
            values[i++] = count.getValue()[0];
        }
        double[] probabilities = model.eval(features, values);
        Language[] languages = new Language[probabilities.length];
        for (int outcome = 0; outcome < probabilities.length; outcome++) {
            languages[outcome] = new Language(model.getOutcome(outcome), probabilities[outcome]);
        }
        Arrays.sort(languages, (a, b) -> Double.compare(b.getConfidence(), a.getConfidence()));
        return languages;
    }
}
