package org.destalk.diagram;

import java.util.List;
import org.destalk.dialog.Catalog;
import org.destalk.dialog.DialogBundle;
import org.destalk.dialog.MessageRef;

/**
 * The words a coordinator reads on a diagram: English texts (or the default language's when there is
 * no English), shortened so that boxes and edges stay small.
 */
final class Texts {

    static final int LABEL_LIMIT = 30;
    /** Node texts may run to three lines of a box: enough to tell apart questions that open alike ("Next one:"). */
    static final int OPENING_LIMIT = 72;
    static final String ELLIPSIS = "…";
    /** One language for every drawing, so two drawings compare; English, or the default language without it. */
    static final String READING_LANGUAGE = "en";

    private final Catalog catalog;

    Texts(DialogBundle bundle) {
        this.catalog = bundle.catalog(READING_LANGUAGE);
    }

    /** The text of a message key, or the key itself when no translation exists (content with errors). */
    String label(MessageRef message) {
        return shorten(firstLine(text(message.key())), LABEL_LIMIT);
    }

    /** The opening words of what a node says first, all its lines, or nothing for a node that says nothing. */
    String opening(List<MessageRef> say) {
        return say.isEmpty() ? "" : shorten(text(say.get(0).key()), OPENING_LIMIT);
    }

    private String text(String key) {
        String text = catalog == null ? null : catalog.text(key);
        return text == null ? key : text;
    }

    private static String firstLine(String text) {
        String trimmed = text.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline);
    }

    /** Collapses white space and cuts at a code point boundary, so no emoji or accent is split. */
    static String shorten(String text, int limit) {
        String single = text.replaceAll("\\s+", " ").strip();
        if (single.codePointCount(0, single.length()) <= limit) {
            return single;
        }
        int end = single.offsetByCodePoints(0, limit - 1);
        return single.substring(0, end).stripTrailing() + ELLIPSIS;
    }
}
