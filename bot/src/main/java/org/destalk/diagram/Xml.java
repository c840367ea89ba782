package org.destalk.diagram;

/** Escapes content for SVG text and attribute values, so any label leaves the document well-formed. */
final class Xml {

    private Xml() {
    }

    /**
     * Escapes the five markup characters and replaces what XML 1.0 cannot hold at all (control
     * characters, lone surrogates, U+FFFE and U+FFFF) with a space: such content is a typo, and a
     * drawing that does not parse would hide every other node.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(point -> {
            switch (point) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (allowed(point)) {
                        out.appendCodePoint(point);
                    } else {
                        out.append(' ');
                    }
                }
            }
        });
        return out.toString();
    }

    /** The Char production of XML 1.0, without tab and line breaks: labels are single lines. */
    private static boolean allowed(int point) {
        return point >= 0x20 && point <= 0xD7FF || point >= 0xE000 && point <= 0xFFFD || point >= 0x10000 && point <= 0x10FFFF;
    }
}
