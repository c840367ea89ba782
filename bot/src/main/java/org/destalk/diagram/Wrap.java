package org.destalk.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a label into lines of at most a number of characters, at spaces where it can. SVG has no text
 * flow, so the boxes are sized from these lines; counting code points keeps emoji and accents whole.
 */
final class Wrap {

    private Wrap() {
    }

    /** At most {@code maxLines} lines; text that does not fit ends the last line with an ellipsis. */
    static List<String> lines(String text, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        String rest = text.replaceAll("\\s+", " ").strip();
        while (!rest.isEmpty()) {
            if (lines.size() == maxLines - 1) {
                lines.add(Texts.shorten(rest, width));
                break;
            }
            int cut = cut(rest, width);
            lines.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        return lines;
    }

    /** Where the first line ends: after the last space that fits, or mid-word when one word is too long. */
    private static int cut(String text, int width) {
        if (text.codePointCount(0, text.length()) <= width) {
            return text.length();
        }
        int limit = text.offsetByCodePoints(0, width);
        int space = text.lastIndexOf(' ', limit);
        return space > 0 ? space : limit;
    }

    static int length(String line) {
        return line.codePointCount(0, line.length());
    }
}
