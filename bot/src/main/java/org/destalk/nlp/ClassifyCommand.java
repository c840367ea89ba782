package org.destalk.nlp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code destalk-bot.jar classify [--language LANG] [--models DIR]}: reads one message per line and
 * prints one JSON object per line with what the bot understood. Without {@code --language} every line
 * is read as the first message of a conversation; with it, as a message in a conversation in LANG.
 */
public final class ClassifyCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ClassifyCommand() {
    }

    public static int run(Path models, String language, InputStream in, PrintStream out) throws IOException {
        if (language != null && !NlpModels.LANGUAGES.contains(language)) {
            out.println("Unknown language " + language + ". Use one of " + String.join(", ", NlpModels.LANGUAGES));
            return 2;
        }
        Understander understander = NlpModels.at(models, NlpModels.LANGUAGES).understander(Classifier.Parameters.DEFAULT, NlpModels.LANGUAGES);
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            out.println(JSON.writeValueAsString(json(line, understander.read(line, language, null, null))));
        }
        out.flush();
        return 0;
    }

    static ObjectNode json(String text, Reading reading) {
        ObjectNode node = JSON.createObjectNode();
        node.put("text", text);
        node.put("language", reading.language());
        Reading.IntentScore best = reading.intents().isEmpty() ? null : reading.intents().get(0);
        node.put("intent", best == null ? "other" : best.intent());
        node.put("confidence", best == null ? 0.0 : Math.round(best.confidence() * 1000) / 1000.0);
        node.put("danger", reading.danger().name().toLowerCase(Locale.ROOT));
        return node;
    }
}
