package org.destalk.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads {@code --name value} pairs, {@code --flag}s that take no value, and plain words from a command line. */
final class Arguments {

    /** Options that stand alone; every other --name takes the next argument as its value. */
    private static final Set<String> FLAGS = Set.of("--manifest");

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

    boolean flag(String name) {
        return List.of(args).contains(name);
    }

    /** Every argument that is neither a --name nor its value. */
    List<String> plain() {
        List<String> plain = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (FLAGS.contains(args[i])) {
                continue;
            }
            if (args[i].startsWith("--")) {
                i++;
            } else {
                plain.add(args[i]);
            }
        }
        return plain;
    }
}
