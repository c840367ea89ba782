package org.destalk.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.destalk.dialog.Ask;
import org.destalk.dialog.DialogBundle;
import org.destalk.dialog.Option;
import org.destalk.dialog.TextFold;

/** Options chosen by typing their label, whole or its beginning, in the person's language or the default one. */
final class Labels {

    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019]");

    private final DialogBundle dialogs;
    /** By language, then by message key: the label's folded forms (see {@link #labelForms}). */
    private final Map<String, Map<String, List<String>>> foldedLabels = new ConcurrentHashMap<>();

    Labels(DialogBundle dialogs) {
        this.dialogs = dialogs;
    }

    /**
     * Typing a label (in the person's language or the default one) chooses it, with or without its
     * apostrophes: "lets start" is "Let's start".
     */
    Option exact(Ask ask, String folded, String language) {
        for (Option option : ask.visibleOptions()) {
            if (isLabel(folded, option, language) || isLabel(folded, option, dialogs.settings().defaultLanguage())) {
                return option;
            }
        }
        return null;
    }

    private boolean isLabel(String folded, Option option, String language) {
        return labelForms(option, language).contains(folded);
    }

    /**
     * The one visible option whose label begins with the typed words ("next" for "Next tip", "find
     * support" for "Find support near me"); null when none does or several do, or when no typed word
     * has three letters. Read after danger and after confident intents, like any free text.
     */
    Option byStart(Ask ask, String folded, String language) {
        if (Arrays.stream(folded.split(" ")).noneMatch(word -> word.length() >= 3)) {
            return null;
        }
        Option found = null;
        for (Option option : ask.visibleOptions()) {
            boolean begins = Stream.concat(labelForms(option, language).stream(), labelForms(option, dialogs.settings().defaultLanguage()).stream())
                    .anyMatch(label -> label.startsWith(folded) && (label.length() == folded.length() || label.charAt(folded.length()) == ' '));
            if (begins && found != null) {
                return null;
            }
            found = begins ? option : found;
        }
        return found;
    }

    /**
     * A label folded as typed text is, with and without its apostrophes ("Let's start": "let s start",
     * "lets start"). Folded once per language and label, since every typed message is compared with them.
     * The apostrophes are dropped here and not in {@link TextFold}, which also feeds language
     * understanding, where an elision must stay a word of its own ("j'ai", "l'app").
     */
    private List<String> labelForms(Option option, String language) {
        return foldedLabels.computeIfAbsent(language, any -> new ConcurrentHashMap<>())
                .computeIfAbsent(option.label().key(), key -> foldedForms(dialogs.catalog(language).text(key)));
    }

    private static List<String> foldedForms(String label) {
        if (label == null) {
            return List.of();
        }
        boolean apostrophes = label.indexOf('\'') >= 0 || label.indexOf('\u2019') >= 0;
        return apostrophes ? List.of(TextFold.fold(label), TextFold.fold(APOSTROPHES.matcher(label).replaceAll(""))) : List.of(TextFold.fold(label));
    }
}
