package org.destalk.nlp;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code destalk-bot.jar nlp-eval FILE... [--models DIR]}: trains from the team's data and scores the
 * result on TSV files of {@code lang intent danger text} lines.
 */
public final class NlpEvalCommand {

    private NlpEvalCommand() {
    }

    public static int run(List<Path> files, Path models, PrintStream out) throws IOException {
        List<String> problems = new ArrayList<>();
        List<Example> examples = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                out.println(file + ": no such file. Usage: nlp-eval FILE...");
                return 2;
            }
            examples.addAll(Example.read(file, problems));
        }
        problems.forEach(out::println);
        NlpModels nlp = NlpModels.at(models, NlpModels.LANGUAGES);
        Understander understander = nlp.understander(Classifier.Parameters.DEFAULT, NlpModels.LANGUAGES);
        EvalReport.print(Evaluation.of(understander, examples), out);
        return problems.isEmpty() ? 0 : 1;
    }
}
