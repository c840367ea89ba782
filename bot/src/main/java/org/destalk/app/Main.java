package org.destalk.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.destalk.coordinator.ValidateCommand;
import org.destalk.nlp.NlpEvalCommand;

/**
 * Entry point of destalk-bot.jar. With no command it serves the bot; the other commands run without
 * starting a web server.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws IOException {
        String command = args.length == 0 ? "serve" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        Arguments arguments = new Arguments(rest);
        switch (command) {
            case "serve" -> BotApplication.run(rest);
            case "validate" -> System.exit(ValidateCommand.run(rest, System.out));
            case "chat" -> System.exit(LocalChat.run(rest, System.out));
            case "nlp-eval" -> System.exit(NlpEvalCommand.run(arguments.plain().stream().map(Path::of).toList(),
                    Path.of(arguments.value("--models", "nlp-models")), System.out));
            default -> {
                System.err.println("Unknown command. Use: serve | chat | validate [DIR] | nlp-eval FILE");
                System.exit(2);
            }
        }
    }
}
