package org.destalk.nlp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.ext.ExtensionLoader;

/**
 * An OpenNLP document categorizer over normalised words: used for intents and for danger tiers.
 * Training is deterministic (same data in the same order gives the same model).
 */
public final class Classifier {

    /** The training parameters, also written to the manifest. */
    public record Parameters(String algorithm, int iterations, int cutoff) {
        public static final Parameters DEFAULT = new Parameters("MAXENT", 150, 0);
    }

    public record Scored(String category, double confidence) {

        /** Highest confidence first; a sort keeps ties in the order they came. */
        static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble(Scored::confidence).reversed();
    }

    static {
        // OpenNLP instantiates feature generators by class name and only from packages it allows.
        ExtensionLoader.registerAllowedPackage(CharGramFeatures.class.getPackageName());
    }

    /** How OpenNLP's BagOfWordsFeatureGenerator names a whole word. */
    private static final String WHOLE_WORD = "bow=";

    /** OpenNLP's own form of the model, kept for {@link #write}; a byte array costs the collector nothing to walk. */
    private final byte[] serialized;
    /** Stateless, so that every thread shares it (no categorizer per thread). */
    private final CompactMaxent model;

    private Classifier(byte[] serialized, DoccatModel model) {
        List<Class<?>> generators = Arrays.stream(model.getFactory().getFeatureGenerators()).<Class<?>>map(Object::getClass).toList();
        if (!generators.equals(Document.GENERATORS)) {
            throw new IllegalArgumentException("The model uses features " + generators + ", not the bot's " + Document.GENERATORS);
        }
        this.serialized = serialized;
        this.model = CompactMaxent.of(model.getMaxentModel());
    }

    /** Writes the trained model, so that a later start can load it instead of training again. */
    public void write(OutputStream out) throws IOException {
        out.write(serialized);
    }

    public static Classifier read(byte[] serialized) throws IOException {
        return new Classifier(serialized.clone(), new DoccatModel(new ByteArrayInputStream(serialized)));
    }

    public static Classifier train(List<DocumentSample> samples, Parameters parameters) {
        TrainingParameters training = TrainingParameters.defaultParams();
        training.put(TrainingParameters.ALGORITHM_PARAM, parameters.algorithm());
        training.put(TrainingParameters.ITERATIONS_PARAM, parameters.iterations());
        training.put(TrainingParameters.CUTOFF_PARAM, parameters.cutoff());
        try {
            DoccatModel model = DocumentCategorizerME.train("und", new CollectionObjectStream<>(samples), training, new DoccatFactory(Document.makers()));
            ByteArrayOutputStream serialized = new ByteArrayOutputStream();
            model.serialize(serialized);
            return new Classifier(serialized.toByteArray(), model);
        } catch (IOException e) {
            throw new IllegalStateException("Training from in-memory samples cannot fail on I/O", e);
        }
    }

    /**
     * Whether any of the document's words of two letters or more was a whole word of the training data
     * (OpenNLP's bag-of-words feature). Single letters are left out: tokenising "j'ai" or "it's" leaves
     * them in the data, but alone they say nothing.
     */
    boolean knowsAWordOf(Document document) {
        for (String word : document.words()) {
            if (word.length() > 1 && model.knows(WHOLE_WORD + word)) {
                return true;
            }
        }
        return false;
    }

    /** Categories with their probabilities, best first. */
    public List<Scored> rank(List<String> tokens) {
        return rank(new Document(tokens));
    }

    /** The same, for words whose features other models may already have made. */
    List<Scored> rank(Document document) {
        if (document.isEmpty()) {
            return List.of();
        }
        double[] probabilities = model.eval(document.features());
        List<Scored> ranked = new ArrayList<>(probabilities.length);
        for (int i = 0; i < probabilities.length; i++) {
            ranked.add(new Scored(model.getOutcome(i), probabilities[i]));
        }
        ranked.sort(Scored.BEST_FIRST);
        return ranked;
    }
}
