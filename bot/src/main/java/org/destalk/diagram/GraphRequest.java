package org.destalk.diagram;

import java.nio.file.Path;

/** What a graph command line asks for. Parsing fails with a message that says what is wrong. */
record GraphRequest(Format format, Path dialogs, String dialog, boolean help) {

    static final String DEFAULT_DIALOGS = "dialogs";

    static GraphRequest parse(String[] args) {
        Format format = Format.MERMAID;
        Path dialogs = Path.of(DEFAULT_DIALOGS);
        String dialog = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                return new GraphRequest(format, dialogs, dialog, true);
            } else if (arg.equals("--format")) {
                format = format(value(args, ++i, arg));
            } else if (arg.equals("--dialogs")) {
                dialogs = Path.of(value(args, ++i, arg));
            } else if (arg.startsWith("-")) {
                throw new IllegalArgumentException("Unknown option '" + arg + "'.");
            } else if (dialog != null) {
                throw new IllegalArgumentException("One dialog at a time, or none for all: '" + dialog + "' and '" + arg + "' were given.");
            } else {
                dialog = arg;
            }
        }
        return new GraphRequest(format, dialogs, dialog, false);
    }

    private static Format format(String name) {
        return Format.named(name).orElseThrow(() -> new IllegalArgumentException("Unknown format '" + name + "': use mermaid, dot or svg."));
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value.");
        }
        return args[index];
    }
}
