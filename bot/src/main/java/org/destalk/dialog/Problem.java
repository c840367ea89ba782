package org.destalk.dialog;

/**
 * One thing wrong with the content, told so that a coordinator can fix it without help: where it is,
 * which YAML path, which rule, what is wrong, and what to do.
 */
public record Problem(Severity severity, Position position, String path, String rule, String message, String fix) {

    public enum Severity { ERROR, WARNING }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The one-line form used by the validate command, logs and the admin API. */
    public String describe() {
        String where = position + (path.isEmpty() ? "" : " " + path);
        String advice = fix.isEmpty() ? "" : " Fix: " + fix;
        return where + ": " + severity.name().toLowerCase() + " [" + rule + "] " + message + advice;
    }
}
