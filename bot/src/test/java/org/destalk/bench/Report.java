package org.destalk.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures of one benchmark run, each beside its target, as a Markdown table. */
final class Report {

    private record Row(String measure, String result, String target, Boolean met) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void add(String measure, String result, String target, Boolean met) {
        rows.add(new Row(measure, result, target, met));
    }

    void note(String note) {
        notes.add(note);
    }

    void latency(LoadDriver.Result run, String target, Double maxP99Millis) {
        Boolean met = maxP99Millis == null ? null : run.p99() / 1e6 < maxP99Millis && run.errors() == 0 && run.deferred() == 0;
        add(run.name(), String.format(Locale.ROOT, "p50 %.2f ms, p99 %.2f ms, max %.1f ms (%d requests, %d errors%s)", run.p50() / 1e6,
                run.p99() / 1e6, run.max() / 1e6, run.requests(), run.errors(), deferred(run)), target, met);
    }

    void throughput(LoadDriver.Result run, String target, Double atLeast) {
        Boolean met = atLeast == null ? null : run.perSecond() >= atLeast && run.errors() == 0;
        add(run.name(), String.format(Locale.ROOT, "%.0f answered/s, p50 %.2f ms, p99 %.2f ms, bot CPU %.0f µs an answer (%s; %d errors%s)",
                run.perSecond(), run.p50() / 1e6, run.p99() / 1e6, run.cpuMicrosPerAnswer(), cpuParts(run), run.errors(), deferred(run)), target, met);
    }

    /**
     * What a turn costs against the trivial endpoint, two ways: by the bot's own CPU time per answer,
     * and by answers a second, where the load driver and the fake Telegram and Twilio share the two
     * cores with the bot and so are charged to it too.
     */
    void costRatios(LoadDriver.Result ping, LoadDriver.Result turn, String channel) {
        double byCpu = turn.cpuMicrosPerAnswer() / ping.cpuMicrosPerAnswer();
        double byThroughput = ping.perSecond() / turn.perSecond();
        add("Cost of a " + channel + " turn ÷ cost of the trivial endpoint, bot CPU per answer (same run)",
                String.format(Locale.ROOT, "%.2f", byCpu), "≤ 2", byCpu <= 2);
        add("Cost of a " + channel + " turn ÷ cost of the trivial endpoint, answers a second (same run)",
                String.format(Locale.ROOT, "%.2f", byThroughput), "≤ 2", byThroughput <= 2);
        if (turn.botCpu().sending() > 0) {
            // The turn ends with the reply queued; sending it is the outbox's work, after the answer.
            double toQueued = (turn.cpuMicrosPerAnswer() - turn.sendingMicrosPerAnswer()) / ping.cpuMicrosPerAnswer();
            add("Cost of a " + channel + " turn up to the reply queued (sending threads left out) ÷ cost of the trivial endpoint, bot CPU",
                    String.format(Locale.ROOT, "%.2f", toQueued), "≤ 2", toQueued <= 2);
        }
    }

    /**
     * What a Twilio webhook costs before its turn begins: the HTTP exchange, reading the form and checking
     * the signature. Twilio's validator signs the URL with and without its port for every request, so a
     * forged one costs what a real one does up to there; a turn's cost beyond this ratio is the turn's own.
     */
    void exchangeRatio(LoadDriver.Result ping, LoadDriver.Result forged) {
        add("Cost of a forged Twilio webhook refused ÷ cost of the trivial endpoint, bot CPU per answer (same run)",
                String.format(Locale.ROOT, "%.2f", forged.cpuMicrosPerAnswer() / ping.cpuMicrosPerAnswer()), "", null);
    }

    private static String cpuParts(LoadDriver.Result run) {
        String parts = String.format(Locale.ROOT, "JIT compiling %.1f µs, garbage collection %.1f µs", run.compilingMicrosPerAnswer(),
                run.collectingMicrosPerAnswer());
        return run.botCpu().sending() == 0 ? parts : String.format(Locale.ROOT, "sending the reply %.0f µs, ", run.sendingMicrosPerAnswer()) + parts;
    }

    private static String deferred(LoadDriver.Result run) {
        return run.deferred() == 0 ? "" : String.format(Locale.ROOT, ", %d deferred with 503 while replies queued", run.deferred());
    }

    String markdown(String machine) {
        StringBuilder out = new StringBuilder();
        out.append("Measured on ").append(LocalDate.now()).append(", ").append(machine).append(".\n\n");
        out.append("| Measure | Result | Target | Met |\n|---|---|---|---|\n");
        for (Row row : rows) {
            String met = row.met() == null ? "" : row.met() ? "yes" : "**no**";
            out.append("| ").append(row.measure()).append(" | ").append(row.result()).append(" | ").append(row.target()).append(" | ")
                    .append(met).append(" |\n");
        }
        notes.forEach(note -> out.append("\n").append(note).append("\n"));
        return out.toString();
    }

    void publish(PrintStream console, Path file, String machine) throws IOException {
        String text = markdown(machine);
        console.println(text);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text);
        console.println("Written to " + file);
    }
}
