package org.destalk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Models are the same whether trained now, read from the jar or read from the cache. */
class TrainedModelsTest {

    @TempDir
    Path folder;

    private NlpModels data;

    @BeforeEach
    void smallData() throws IOException {
        Files.createDirectories(folder.resolve("train"));
        StringBuilder lines = new StringBuilder("lang\tintent\tdanger\ttext\n");
        for (int i = 0; i < 5; i++) {
            lines.append("en\tgreeting\tnone\thello there ").append(i).append('\n');
            lines.append("en\tdanger\timminent\the is at the door ").append(i).append('\n');
            lines.append("es\tgreeting\tnone\thola que tal ").append(i).append('\n');
            lines.append("es\tdanger\thigh_risk\tme amenazo de muerte ").append(i).append('\n');
        }
        Files.writeString(folder.resolve("train/en.tsv"), lines.toString());
        data = NlpModels.at(folder, NlpModels.LANGUAGES);
    }

    private TrainedModels train() throws IOException {
        return TrainedModels.train(data, Classifier.Parameters.DEFAULT, data.checksum(Classifier.Parameters.DEFAULT));
    }

    private static byte[] bytes(TrainedModels models) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        models.write(out);
        return out.toByteArray();
    }

    /** OpenNLP stamps its model files with the time, so sameness is checked on what the models say. */
    @Test
    void trainingIsDeterministic() throws IOException {
        TrainedModels first = train();
        TrainedModels second = train();

        for (List<String> words : List.of(List.of("hello", "there"), List.of("he", "is", "at", "the", "door"), List.of("me", "amenazo"))) {
            assertThat(second.intents().rank(words, "en")).isEqualTo(first.intents().rank(words, "en"));
            assertThat(second.danger().rank(words, "es")).isEqualTo(first.danger().rank(words, "es"));
            assertThat(second.languages().rank(words)).isEqualTo(first.languages().rank(words));
        }
    }

    @Test
    void modelsReadBackClassifyAsTheyDidWhenTrained() throws IOException {
        TrainedModels trained = train();
        TrainedModels read = TrainedModels.read(new ByteArrayInputStream(bytes(trained)), trained.checksum());

        List<String> words = List.of("he", "is", "at", "the", "door");
        assertThat(read.intents().rank(words, "en")).isEqualTo(trained.intents().rank(words, "en"));
        assertThat(read.danger().rank(words, "es")).isEqualTo(trained.danger().rank(words, "es"));
        assertThat(read.languages().rank(words)).isEqualTo(trained.languages().rank(words));
    }

    @Test
    void modelsOfOtherDataAreNeverRead() throws IOException {
        TrainedModels trained = train();

        assertThat(TrainedModels.read(new ByteArrayInputStream(bytes(trained)), "0000000000000000")).isNull();
    }

    @Test
    void anyChangeToTheDataChangesTheChecksum() throws IOException {
        String before = data.checksum(Classifier.Parameters.DEFAULT);
        Files.writeString(folder.resolve("train/en.tsv"), "en\tyes\tnone\tyep\n", java.nio.file.StandardOpenOption.APPEND);

        assertThat(data.checksum(Classifier.Parameters.DEFAULT)).isNotEqualTo(before);
        assertThat(data.checksum(new Classifier.Parameters("MAXENT", 10, 0))).isNotEqualTo(data.checksum(Classifier.Parameters.DEFAULT));
    }
}
