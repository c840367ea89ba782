package org.destalk.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.destalk.channel.Inbound;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.destalk.channel.terminal.TerminalChat;
import org.destalk.conversation.ConversationService;
import org.destalk.coordinator.ContentLoader;
import org.destalk.dialog.Problem;
import org.destalk.engine.Engine;
import org.destalk.session.MemorySessionStore;
import org.destalk.session.SessionKeys;

/**
 * {@code destalk-bot.jar chat [--dialogs DIR] [--language xx] [--country CC]}: talk to the bot in a
 * terminal, with no account and no token. Reads one message per line, so it can be piped.
 */
final class LocalChat {

    private LocalChat() {
    }

    static int run(String[] args, PrintStream out) throws IOException {
        Arguments arguments = new Arguments(args);
        Path dialogs = Path.of(arguments.value("--dialogs", "dialogs"));
        ContentLoader.Result loaded = new ContentLoader(Clock.systemUTC()).load(dialogs);
        if (!loaded.published()) {
            loaded.problems().list().stream().filter(Problem::isError).forEach(problem -> out.println(problem.describe()));
            out.println("The dialogs in " + dialogs + " have errors; run `validate " + dialogs + "` for details.");
            return 1;
        }
        Engine engine = new Engine(loaded.content(), arguments.value("--bot-name", Parts.DEFAULT_BOT_NAME));
        MemorySessionStore store = new MemorySessionStore(Duration.ofMinutes(30), 10, Clock.systemUTC());
        var conversations = Parts.conversations(() -> engine, store, SessionKeys.random(),
                Parts.understander(Path.of(arguments.value("--nlp", "nlp-models")), loaded.content()), Parts.noCodes(),
                new SimpleMeterRegistry(), ConversationService.Limits.DEFAULT);
        Inbound.Hints hints = new Inbound.Hints(arguments.value("--language", null), arguments.value("--country", null));
        boolean interactive = System.console() != null;
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        new TerminalChat(conversations, hints, !interactive).run(in, out);
        return 0;
    }
}
