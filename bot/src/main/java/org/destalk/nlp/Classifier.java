package org.destalk.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
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
    }

    static {
        // OpenNLP instantiates feature generators by class name and only from packages it allows.
        ExtensionLoader.registerAllowedPackage(CharGramFeatures.class.getPackageName());
    }

    private final ThreadLocal<DocumentCategorizerME> categorizers;
    private final DoccatModel model;

    private Classifier(DoccatModel model) {
        this.model = model;
        this.categorizers = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
    }

    /** Writes the trained model, so that a later start can load it instead of training again. */
    public void write(OutputStream out) throws IOException {
        model.serialize(out);
    }

    public static Classifier read(InputStream in) throws IOException {
        return new Classifier(new DoccatModel(in));
    }

    public static Classifier train(List<DocumentSample> samples, Parameters parameters) {
        TrainingParameters training = TrainingParameters.defaultParams();
        training.put(TrainingParameters.ALGORITHM_PARAM, parameters.algorithm());
        training.put(TrainingParameters.ITERATIONS_PARAM, parameters.iterations());
        training.put(TrainingParameters.CUTOFF_PARAM, parameters.cutoff());
        try {
            FeatureGenerator[] features = {new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2), new CharGramFeatures()};
            DoccatModel model = DocumentCategorizerME.train("und", new CollectionObjectStream<>(samples), training, new DoccatFactory(features));
            return new Classifier(model);
        } catch (IOException e) {
            throw new IllegalStateException("Training from in-memory samples cannot fail on I/O", e);
        }
    }

    /** Categories with their probabilities, best first. */
    public List<Scored> rank(List<String> tokens) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        DocumentCategorizerME categorizer = categorizers.get();
        double[] probabilities = categorizer.categorize(tokens.toArray(String[]::new));
        List<Scored> ranked = new ArrayList<>(probabilities.length);
        for (int i = 0; i < probabilities.length; i++) {
            ranked.add(new Scored(categorizer.getCategory(i), probabilities[i]));
        }
        ranked.sort(Comparator.comparingDouble(Scored::confidence).reversed());
        return ranked;
    }
}
