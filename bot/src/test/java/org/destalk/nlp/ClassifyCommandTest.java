package org.destalk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.destalk.support.Repo;
import org.junit.jupiter.api.Test;

class ClassifyCommandTest {

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    private List<JsonNode> classify(String language, String input) throws IOException {
        int status = ClassifyCommand.run(Repo.nlpModels(), language, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(output, true, StandardCharsets.UTF_8));
        assertThat(status).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : output.toString(StandardCharsets.UTF_8).split("\n")) {
            lines.add(new ObjectMapper().readTree(line));
        }
        return lines;
    }

    @Test
    void printsOneJsonObjectPerLineWithEveryField() throws IOException {
        List<JsonNode> lines = classify(null, "he is outside my door right now\ncreo que mi ex lee mis mensajes\n");

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("text").asText()).isEqualTo("he is outside my door right now");
        assertThat(lines.get(0).get("language").asText()).isEqualTo("en");
        assertThat(lines.get(0).get("intent").asText()).isEqualTo("danger");
        assertThat(lines.get(0).get("danger").asText()).isEqualTo("imminent");
        assertThat(lines.get(1).get("language").asText()).isEqualTo("es");
        assertThat(lines.get(1).get("intent").asText()).isEqualTo("check_phone");
        assertThat(lines.get(1).get("danger").asText()).isEqualTo("none");
        assertThat(lines.get(1).get("confidence").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void awkwardLinesStillGiveValidJson() throws IOException {
        List<JsonNode> lines = classify("en", "\n\"quoted\" \\ back\u0007slash\n\u202Eright to left\n");

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).get("intent").asText()).isEqualTo("other");
        assertThat(lines.get(1).get("text").asText()).isEqualTo("\"quoted\" \\ back\u0007slash");
        assertThat(lines.get(2).get("danger").asText()).isEqualTo("none");
    }

    @Test
    void anUnknownLanguageIsRefusedWithTheChoices() throws IOException {
        int status = ClassifyCommand.run(Repo.nlpModels(), "xx", new ByteArrayInputStream(new byte[0]), new PrintStream(output, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(2);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("Unknown language xx").contains("en, es, it, de, fr, pt");
    }
}
