package org.destalk.nlp;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/** Prints an {@link Evaluation} as the plain-text report of the nlp-eval command. */
public final class EvalReport {

    private EvalReport() {
    }

    public static void print(Evaluation evaluation, PrintStream out) {
        out.println("Intent accuracy (in a conversation, and cold: first message, language unknown); language of 3+ words,");
        out.println("cold: best guess right, and noticed (confident and right, as a language offer needs) or mistaken");
        out.println("(confident and wrong); danger recall and false-positive rate:");
        out.printf(Locale.ROOT, "%-6s %7s %9s %9s %9s %9s %9s %9s %9s%n", "lang", "n", "intent", "cold", "language", "noticed", "mistaken",
                "recall", "fp-rate");
        for (Map.Entry<String, Evaluation.Tally> entry : evaluation.byLanguage().entrySet()) {
            row(out, entry.getKey(), entry.getValue());
        }
        row(out, "all", evaluation.overall());
        out.println();
        out.println("Per intent:");
        out.printf(Locale.ROOT, "%-15s %9s %9s%n", "intent", "precision", "recall");
        for (String intent : evaluation.intents()) {
            out.printf(Locale.ROOT, "%-15s %9s %9s%n", intent, percent(evaluation.precision(intent)), percent(evaluation.recall(intent)));
        }
        out.println();
        out.println("Confusion matrix (rows: expected, columns: predicted):");
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-15s", ""));
        for (String intent : evaluation.intents()) {
            header.append(String.format(Locale.ROOT, " %5s", abbreviate(intent)));
        }
        out.println(header);
        for (String expected : evaluation.intents()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-15s", expected));
            for (String predicted : evaluation.intents()) {
                line.append(String.format(Locale.ROOT, " %5d", evaluation.confusion(expected, predicted)));
            }
            out.println(line);
        }
    }

    private static void row(PrintStream out, String label, Evaluation.Tally tally) {
        out.printf(Locale.ROOT, "%-6s %7d %9s %9s %9s %9s %9s %9s %9s%n", label, tally.total(), percent(tally.intentAccuracy()),
                percent(tally.coldIntentAccuracy()), percent(tally.languageAccuracy()), percent(tally.languageNoticed()),
                percent(tally.languageMistaken()), percent(tally.dangerRecall()), percent(tally.falsePositiveRate()));
    }

    static String percent(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f%%", value * 100);
    }

    private static String abbreviate(String intent) {
        return intent.length() <= 5 ? intent : intent.substring(0, 5);
    }
}
