package org.destalk.conversation;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A golden conversation (dialogs/tests/*.yml): what the person sends, step by step, and what the bot
 * answered the last time the file was accepted. Reads and writes the same layout.
 */
record GoldenFile(String about, String channel, String language, String country, List<Step> steps) {

    /** One message from the person and the bot's answer to it. */
    record Step(String send, Map<String, Object> understood, Answer answer) {
    }

    /** What the bot answered: its messages, the options of the last one, where the conversation rests, how it ended. */
    record Answer(List<String> messages, List<String> options, String at, String ending) {
    }

    @SuppressWarnings("unchecked")
    static GoldenFile read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            List<Step> steps = new ArrayList<>();
            for (Map<String, Object> step : (List<Map<String, Object>>) root.get("steps")) {
                Map<String, Object> understood = (Map<String, Object>) step.get("understood");
                Answer answer = step.containsKey("reply") || step.containsKey("at") || step.containsKey("ended")
                        ? new Answer((List<String>) step.getOrDefault("reply", List.of()), (List<String>) step.getOrDefault("options", List.of()),
                        (String) step.get("at"), (String) step.get("ended"))
                        : null;
                steps.add(new Step(String.valueOf(step.get("send")), understood, answer));
            }
            return new GoldenFile((String) root.get("about"), (String) root.getOrDefault("channel", "terminal"),
                    (String) root.get("language"), (String) root.get("country"), steps);
        }
    }

    void write(Path file) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("# Golden conversation. Edit `about`, the settings and the `send` lines; the rest is written by\n")
           .append("# `mvn test -Dgolden.update=true` (see dialogs/README.md).\n");
        out.append("about: ").append(quote(about)).append('\n');
        out.append("channel: ").append(channel).append('\n');
        if (language != null) {
            out.append("language: ").append(language).append('\n');
        }
        if (country != null) {
            out.append("country: ").append(country).append('\n');
        }
        out.append("steps:\n");
        for (Step step : steps) {
            out.append("  - send: ").append(quote(step.send())).append('\n');
            if (step.understood() != null) {
                out.append("    understood: ").append(flow(step.understood())).append('\n');
            }
            Answer answer = step.answer();
            if (!answer.messages().isEmpty()) {
                out.append("    reply:\n");
                for (String message : answer.messages()) {
                    out.append("      - |-\n");
                    message.lines().forEach(line -> out.append(line.isEmpty() ? "" : "        " + line).append('\n'));
                }
            }
            if (!answer.options().isEmpty()) {
                out.append("    options: [").append(String.join(", ", answer.options().stream().map(GoldenFile::quote).toList())).append("]\n");
            }
            if (answer.at() != null) {
                out.append("    at: ").append(answer.at()).append('\n');
            }
            if (answer.ending() != null) {
                out.append("    ended: ").append(answer.ending()).append('\n');
            }
        }
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    }

    private static String flow(Map<String, Object> map) {
        Map<String, Object> ordered = new LinkedHashMap<>(map);
        List<String> parts = new ArrayList<>();
        ordered.forEach((key, value) -> parts.add(key + ": " + value));
        return "{" + String.join(", ", parts) + "}";
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
