package org.destalk.dialog;

/**
 * Where a conversation goes next: a node of the same dialog ({@code intro}), a node of another dialog
 * ({@code help.country}), or {@code back} (the question the person was at before a command or an
 * interruption took them elsewhere).
 */
public record Target(String dialog, String node, Position position) {

    public static final String BACK = "back";

    /** Resolves the written form against the dialog it appears in. */
    public static Target parse(String written, String currentDialog, Position position) {
        if (BACK.equals(written)) {
            return new Target(null, BACK, position);
        }
        int dot = written.indexOf('.');
        if (dot < 0) {
            return new Target(currentDialog, written, position);
        }
        return new Target(written.substring(0, dot), written.substring(dot + 1), position);
    }

    public boolean isBack() {
        return dialog == null && BACK.equals(node);
    }

    @Override
    public String toString() {
        return isBack() ? BACK : dialog + "." + node;
    }
}
