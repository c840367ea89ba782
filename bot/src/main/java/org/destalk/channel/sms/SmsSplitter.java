package org.destalk.channel.sms;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.destalk.dialog.SmsText;

/**
 * Splits a long text into SMS messages of at most {@code maxSegments} segments each, at the most natural
 * boundary that fits: a blank line, then a line break, then the end of a sentence, then a space. Each
 * part is measured in the encoding it needs on its own, so an accent in one part does not shrink the rest.
 */
final class SmsSplitter {

    private static final List<Pattern> BOUNDARIES = List.of(
            Pattern.compile("\n\n"), Pattern.compile("\n"), Pattern.compile("(?<=[.!?;:])\\s+"), Pattern.compile(" "));

    private final int maxSegments;
    private final String reserve;

    /** @param reserve text every part must leave room for (a "(2/3)" marker line) */
    SmsSplitter(int maxSegments, String reserve) {
        this.maxSegments = maxSegments;
        this.reserve = reserve;
    }

    boolean fits(String text) {
        return SmsText.segments(text) <= maxSegments;
    }

    private boolean partFits(String text) {
        return fits(reserve + text);
    }

    List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        split(text.strip(), 0, parts);
        return parts;
    }

    private void split(String text, int level, List<String> parts) {
        if (text.isEmpty()) {
            return;
        }
        if (partFits(text)) {
            parts.add(text);
            return;
        }
        if (level >= BOUNDARIES.size()) {
            hardCut(text, parts);
            return;
        }
        String current = "";
        for (String piece : BOUNDARIES.get(level).split(text)) {
            String joined = current.isEmpty() ? piece : current + separator(level) + piece;
            if (partFits(joined)) {
                current = joined;
            } else {
                if (!current.isEmpty()) {
                    parts.add(current.strip());
                }
                if (partFits(piece)) {
                    current = piece;
                } else {
                    split(piece.strip(), level + 1, parts);
                    current = "";
                }
            }
        }
        if (!current.isBlank()) {
            parts.add(current.strip());
        }
    }

    /** A word longer than a whole budget (a very long link): cut it where it must be cut. */
    private void hardCut(String text, List<String> parts) {
        int limit = SmsText.multiSegmentLimit(SmsText.isGsm7(text)) * maxSegments - reserve.length() - 2;
        for (int start = 0; start < text.length(); start += limit) {
            parts.add(text.substring(start, Math.min(text.length(), start + limit)));
        }
    }

    private static String separator(int level) {
        return switch (level) {
            case 0 -> "\n\n";
            case 1 -> "\n";
            default -> " ";
        };
    }
}
