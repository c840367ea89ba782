package org.destalk.diagram;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import org.destalk.coordinator.ContentLoader;
import org.destalk.dialog.Problem;

/**
 * {@code destalk-bot.jar graph [--format mermaid|dot|svg] [--dialogs DIR] [DIALOG]}: prints a drawing
 * of the dialogs, loaded and checked exactly as the bot loads them, so a coordinator sees what will run.
 */
public final class GraphCommand {

    static final String USAGE = String.join("\n",
            "Usage: graph [--format mermaid|dot|svg] [--dialogs DIR] [DIALOG]",
            "Draws the dialogs: their nodes, the options and branches between them (with the branch conditions),",
            "the jumps between dialogs, and in a legend what works from every node (quick exit, menu, restart,",
            "language, help, danger).",
            "  --format mermaid  Mermaid flowchart text (the default); GitHub, GitLab and mermaid.live draw it.",
            "  --format dot      Graphviz DOT text, for example for `dot -Tpng -o dialogs.png`.",
            "  --format svg      a finished SVG picture; nothing else needs to be installed.",
            "  --dialogs DIR     the content folder (default: dialogs).",
            "  DIALOG            the id of one dialog, for example check. Without it, every dialog is drawn in",
            "                    one drawing; in SVG the dialogs are stacked top to bottom in one picture.",
            "The drawing is printed as UTF-8, for example: graph --format svg check > check.svg",
            "Exit status: 0 drawn; 1 the content has errors (see validate); 2 wrong usage or unknown dialog.");

    private GraphCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        GraphRequest request;
        try {
            request = GraphRequest.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (request.help()) {
            print(out, USAGE + "\n");
            return 0;
        }
        return draw(request, out, err);
    }

    private static int draw(GraphRequest request, PrintStream out, PrintStream err) {
        if (!Files.isDirectory(request.dialogs())) {
            err.println(request.dialogs() + ": not a folder. Use --dialogs DIR to name the content folder.");
            return 2;
        }
        ContentLoader.Result loaded = new ContentLoader(Clock.systemUTC()).load(request.dialogs());
        if (!loaded.published()) {
            loaded.problems().list().stream().filter(Problem::isError).forEach(problem -> err.println(problem.describe()));
            err.println("The dialogs in " + request.dialogs() + " have errors; run `validate " + request.dialogs() + "` for details.");
            return 1;
        }
        if (request.dialog() != null && !Diagrams.dialogs(loaded.content()).contains(request.dialog())) {
            err.println("Unknown dialog '" + request.dialog() + "'. Dialogs: " + String.join(", ", Diagrams.dialogs(loaded.content())) + ".");
            return 2;
        }
        print(out, Diagrams.draw(loaded.content(), request.dialog(), request.format()));
        return 0;
    }

    /** As bytes: the platform's default charset may not be UTF-8, and content is in six languages. */
    private static void print(PrintStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
