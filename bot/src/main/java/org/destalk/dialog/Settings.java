package org.destalk.dialog;

import java.util.List;
import java.util.Map;

/**
 * The settings that apply to all dialogs: declared languages, where conversations start, where danger
 * interrupts go, which intents route where from any question, global commands, content limits, and
 * the words people write around an option's number ("option 2", "2 please"), numbers written as
 * words ("two") and short replies that stand for an intent ("y", "ok"), folded.
 */
public record Settings(List<String> languages, String defaultLanguage, Target start, Target menu,
                       Map<String, Target> interrupts, Map<String, Target> routes, List<Command> commands,
                       Limits limits, Map<String, List<String>> alarmingWords, Map<String, List<String>> choiceWords,
                       Map<String, Map<String, Integer>> numberWords, Map<String, Map<String, String>> replyWords,
                       Map<String, String> languageWords, Position position,
                       Map<String, Position> sections) {

    /** Limits that keep content usable on SMS. */
    public record Limits(int optionLabel, int smsSegments) {
        public static final Limits DEFAULT = new Limits(30, 3);
    }

    /** Where a top-level key is written (e.g. `interrupts`), or the file's start when it is absent. */
    public Position section(String key) {
        return sections.getOrDefault(key, position);
    }

    public Command command(String name) {
        return commands.stream().filter(command -> command.name().equals(name)).findFirst().orElse(null);
    }
}
