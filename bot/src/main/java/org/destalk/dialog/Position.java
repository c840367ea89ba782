package org.destalk.dialog;

/** Where something was written: file, 1-based line and column, and its YAML path (e.g. nodes.intro.say). */
public record Position(String file, int line, int column, String path) {

    public static Position of(String file) {
        return new Position(file, 1, 1, "");
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
