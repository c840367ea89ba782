package org.destalk.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;

class ClassifierTest {

    private static final List<DocumentSample> SAMPLES = List.of(
            new DocumentSample("yes", new String[] {"yes", "please"}), new DocumentSample("yes", new String[] {"ok", "sure"}),
            new DocumentSample("no", new String[] {"no", "thanks"}), new DocumentSample("no", new String[] {"not", "now"}));

    @Test
    void aModelMadeWithOtherFeaturesIsRefusedRatherThanFedTheWrongOnes() throws IOException {
        TrainingParameters training = TrainingParameters.defaultParams();
        training.put(TrainingParameters.CUTOFF_PARAM, 0);
        DoccatModel wordsOnly = DocumentCategorizerME.train("und", new CollectionObjectStream<>(SAMPLES), training,
                new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator()}));
        ByteArrayOutputStream serialized = new ByteArrayOutputStream();
        wordsOnly.serialize(serialized);

        assertThatThrownBy(() -> Classifier.read(serialized.toByteArray())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BagOfWordsFeatureGenerator]").hasMessageContaining("CharGramFeatures");
    }

    @Test
    void sharedFeaturesScoreAsTheWordsDo() {
        Classifier classifier = Classifier.train(SAMPLES, Classifier.Parameters.DEFAULT);
        Document document = new Document(List.of("ok", "please"));

        assertThat(classifier.rank(document)).isEqualTo(classifier.rank(List.of("ok", "please")));
        assertThat(classifier.rank(document)).as("asked twice, the document's features are reused unchanged")
                .isEqualTo(classifier.rank(List.of("ok", "please")));
        assertThat(classifier.rank(document).get(0).category()).isEqualTo("yes");
        assertThat(classifier.rank(new Document(List.of()))).isEmpty();
    }
}
