package org.destalk.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.destalk.coordinator.ValidateCommand;
import org.destalk.diagram.GraphCommand;
import org.destalk.nlp.ClassifyCommand;
import org.destalk.nlp.NlpEvalCommand;
import org.destalk.nlp.NlpTrainCommand;

/**
 * Entry point of destalk-bot.jar. With no command, or settings only (--name=value), it serves the
 * bot; the other commands run without starting a web server.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws IOException {
        // Settings alone (java -jar destalk-bot.jar --server.port=9000) mean serve with those settings.
        boolean serveWithSettings = args.length == 0 || args[0].startsWith("--");
        String command = serveWithSettings ? "serve" : args[0];
        String[] rest = serveWithSettings ? args : Arrays.copyOfRange(args, 1, args.length);
        Arguments arguments = new Arguments(rest);
        Path models = Path.of(arguments.value("--models", "nlp-models"));
        switch (command) {
            case "serve" -> BotApplication.run(rest);
            case "validate" -> System.exit(ValidateCommand.run(rest, System.out));
            case "graph" -> System.exit(GraphCommand.run(rest, System.out, System.err));
            case "chat" -> System.exit(LocalChat.run(rest, System.out));
            case "nlp-train" -> {
                String out = arguments.value("--out", null);
                System.exit(NlpTrainCommand.run(models, out == null ? null : Path.of(out), arguments.flag("--manifest"), System.out));
            }
            case "nlp-eval" -> System.exit(NlpEvalCommand.run(arguments.plain().stream().map(Path::of).toList(), models, System.out));
            case "classify" -> System.exit(ClassifyCommand.run(models, arguments.value("--language", null), System.in, System.out));
            default -> {
                System.err.println("Unknown command. Use: serve | chat | validate [DIR] | graph [--format mermaid|dot|svg] [DIALOG] | classify [--language LANG] "
                        + "| nlp-train [--manifest] [--out FILE] | nlp-eval FILE...");
                System.exit(2);
            }
        }
    }
}
