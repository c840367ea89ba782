package org.destalk.app;

/** Reads {@code --name value} pairs and plain words from a command line. */
final class Arguments {

    private final String[] args;

    Arguments(String[] args) {
        this.args = args.clone();
    }

    String value(String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    /** Every argument that is neither a --name nor its value. */
    java.util.List<String> plain() {
        java.util.List<String> plain = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                i++;
            } else {
                plain.add(args[i]);
            }
        }
        return plain;
    }

    /** The first argument that is neither a --name nor its value. */
    String firstPlain(String fallback) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                i++;
            } else {
                return args[i];
            }
        }
        return fallback;
    }
}
