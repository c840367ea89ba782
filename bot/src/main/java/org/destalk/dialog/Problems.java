package org.destalk.dialog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem found while loading and checking, so that all are reported at once. */
public final class Problems {

    private final List<Problem> found = new ArrayList<>();

    public void error(YNode at, String rule, String message, String fix) {
        error(at.position(), rule, message, fix);
    }

    public void warning(YNode at, String rule, String message, String fix) {
        warning(at.position(), rule, message, fix);
    }

    public void error(Position at, String rule, String message, String fix) {
        add(Problem.Severity.ERROR, at, at.path(), rule, message, fix);
    }

    public void warning(Position at, String rule, String message, String fix) {
        add(Problem.Severity.WARNING, at, at.path(), rule, message, fix);
    }

    public void add(Problem.Severity severity, Position position, String path, String rule, String message, String fix) {
        found.add(new Problem(severity, position, path, rule, message, fix == null ? "" : fix));
    }

    public void addAll(List<Problem> problems) {
        found.addAll(problems);
    }

    public boolean hasErrors() {
        return found.stream().anyMatch(Problem::isError);
    }

    public long errorCount() {
        return found.stream().filter(Problem::isError).count();
    }

    public long warningCount() {
        return found.size() - errorCount();
    }

    /** Sorted by file, line and column, errors before warnings at the same place. */
    public List<Problem> list() {
        List<Problem> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing((Problem p) -> p.position().file())
                .thenComparingInt(p -> p.position().line())
                .thenComparingInt(p -> p.position().column())
                .thenComparing(Problem::severity));
        return sorted;
    }

    public String summary() {
        return errorCount() + " error(s), " + warningCount() + " warning(s)";
    }
}
