package org.destalk.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.destalk.dialog.Command;
import org.destalk.dialog.Settings;
import org.destalk.dialog.Target;

/**
 * The side box of every diagram: global commands and danger interrupts work from every node, so
 * drawing them as edges would bury the dialog; they are listed once with where they lead.
 */
final class Legend {

    static final String TITLE = "From every node";
    private static final int TRIGGER_LIMIT = 34;

    private Legend() {
    }

    static List<LegendEntry> entries(Settings settings, Texts texts) {
        List<LegendEntry> entries = new ArrayList<>();
        for (Command command : settings.commands()) {
            entries.add(new LegendEntry(title(command.name()), trigger(command, settings), effect(command, settings, texts)));
        }
        for (Map.Entry<String, Target> interrupt : settings.interrupts().entrySet()) {
            entries.add(new LegendEntry("Danger (" + interrupt.getKey().replace('_', ' ') + ")",
                    "a message signalling danger", interrupt.getValue() + ", then back"));
        }
        return entries;
    }

    private static String title(String name) {
        String spaced = name.replace('_', ' ');
        return spaced.isEmpty() ? spaced : spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
    }

    /** The slash commands and the reading language's words, as a person would type them. */
    private static String trigger(Command command, Settings settings) {
        List<String> typed = new ArrayList<>(command.slashes());
        List<String> words = command.words().get(Texts.READING_LANGUAGE);
        typed.addAll(words != null ? words : command.words().getOrDefault(settings.defaultLanguage(), List.of()));
        return Texts.shorten(String.join(", ", typed), TRIGGER_LIMIT);
    }

    private static String effect(Command command, Settings settings, Texts texts) {
        return switch (command.action()) {
            case QUICK_EXIT -> "wipes the session at once";
            case GOTO -> String.valueOf(command.target());
            case RESTART -> "forgets the answers, " + settings.start();
            case VISIT -> command.target() + ", then back";
            case SAY -> "says “" + texts.label(command.say()) + "”, asks again";
        };
    }
}
