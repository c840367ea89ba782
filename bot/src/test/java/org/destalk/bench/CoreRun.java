package org.destalk.bench;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

/** Runs {@link CoreBenchmarks} with JMH and adds p50 and p99 per call to the report. */
final class CoreRun {

    /** Targets per benchmark method, in microseconds at p99; absent where the brief sets none. */
    private static final Map<String, Double> P99_TARGETS = Map.of("readOneMessage", 1000.0);
    private static final Map<String, String> NAMES = Map.of("engineTurnOnAButton", "Engine turn, a button tapped",
            "engineTurnOnUnderstoodText", "Engine turn, text already understood", "readOneMessage",
            "Reading one message (language, intent, danger)");

    private final Report report;

    CoreRun(Report report) {
        this.report = report;
    }

    void run() throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder().include(CoreBenchmarks.class.getName() + "\\.").build()).run();
        for (RunResult result : results) {
            String method = result.getParams().getBenchmark().substring(CoreBenchmarks.class.getName().length() + 1);
            Statistics statistics = result.getPrimaryResult().getStatistics();
            double p99 = statistics.getPercentile(99);
            Double target = P99_TARGETS.get(method);
            report.add(NAMES.getOrDefault(method, method) + " (JMH)", String.format(Locale.ROOT, "p50 %.1f µs, p99 %.1f µs (%d samples)",
                    statistics.getPercentile(50), p99, statistics.getN()), target == null ? "" : "p99 < 1 ms", target == null ? null : p99 < target);
        }
    }
}
