package org.destalk.coordinator;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.destalk.dialog.Problem;

/**
 * {@code destalk-bot.jar validate [DIR]}: checks the content and prints every problem, one per line, then
 * the translation coverage of each language, then a summary. Exits 0 only when there are no errors and no
 * declared language lacks a key, so it can guard a commit or a CI job.
 */
public final class ValidateCommand {

    private ValidateCommand() {
    }

    public static int run(String[] args, PrintStream out) {
        Path root = Path.of(args.length > 0 ? args[0] : "dialogs");
        if (!Files.isDirectory(root)) {
            out.println(root + ": not a folder. Usage: validate [DIR]");
            return 2;
        }
        ContentLoader.Result result = new ContentLoader(Clock.systemUTC()).load(root);
        for (Problem problem : result.problems().list()) {
            out.println(root + "/" + problem.describe());
        }
        TranslationCoverage coverage = TranslationCoverage.of(result);
        coverage.lines().forEach(out::println);
        boolean valid = result.published() && coverage.complete();
        out.println(result.problems().summary() + (valid ? "; content is valid." : "; content is NOT valid."));
        return valid ? 0 : 1;
    }
}
