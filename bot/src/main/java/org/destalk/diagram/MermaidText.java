package org.destalk.diagram;

/**
 * Escapes content for a quoted Mermaid label. Mermaid reads {@code #code;} as a character, so every
 * character that could end the label, start a comment, an entity or HTML is written that way.
 */
final class MermaidText {

    private static final String SPECIAL = "\"#<>&|%`";

    private MermaidText() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(point -> {
            if (Character.isISOControl(point)) {
                out.append(' ');
            } else if (SPECIAL.indexOf(point) >= 0) {
                out.append('#').append(point).append(';');
            } else {
                out.appendCodePoint(point);
            }
        });
        return out.toString();
    }
}
