package org.destalk.dialog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks global commands, interrupts and routes: quick exit exists in every declared language, no word
 * belongs to two commands, both danger tiers have a handler, and routes name real intents.
 */
final class CommandRules {

    private final DialogBundle bundle;
    private final Problems problems;
    private final Settings settings;

    CommandRules(DialogBundle bundle, Problems problems) {
        this.bundle = bundle;
        this.problems = problems;
        this.settings = bundle.settings();
    }

    void check() {
        checkQuickExit();
        checkWords();
        for (String tier : Vocabulary.INTERRUPTS) {
            if (!settings.interrupts().containsKey(tier)) {
                problems.error(settings.section("interrupts"), "missing-interrupt", "No node handles the '" + tier + "' danger tier.",
                        "add `" + tier + ": <dialog.node>` under `interrupts`.");
            }
        }
        settings.interrupts().forEach((tier, target) -> {
            if (!Vocabulary.INTERRUPTS.contains(tier)) {
                problems.error(target.position(), "unknown-key", "'" + tier + "' is not a danger tier.",
                        Suggestions.didYouMean(tier, Vocabulary.INTERRUPTS, "use imminent or high_risk."));
            }
        });
        settings.routes().forEach((intent, target) -> {
            if (!Vocabulary.INTENTS.contains(intent)) {
                problems.error(target.position(), "unknown-intent", "'" + intent + "' is not an intent the bot recognises.",
                        Suggestions.didYouMean(intent, Vocabulary.INTENTS, "use one of: " + String.join(", ", Vocabulary.INTENTS) + "."));
            }
        });
    }

    private void checkQuickExit() {
        List<Command> exits = settings.commands().stream().filter(command -> command.action() == Command.Action.QUICK_EXIT).toList();
        if (exits.isEmpty()) {
            problems.error(settings.section("commands"), "missing-quick-exit", "There is no quick-exit command.",
                    "add a command with `action: quick_exit`, `/exit` and words in every language.");
            return;
        }
        for (Command exit : exits) {
            if (!exit.slashes().contains("/exit")) {
                problems.error(exit.position(), "missing-quick-exit", "Quick exit must answer to /exit.", "add /exit to its `commands`.");
            }
            for (String language : settings.languages()) {
                if (exit.words().getOrDefault(language, List.of()).isEmpty()) {
                    problems.error(exit.position(), "missing-quick-exit", "Quick exit has no words in '" + language + "'.",
                            "add `" + language + ": [...]` under its `words`.");
                }
            }
        }
    }

    private void checkWords() {
        Map<String, String> owner = new HashMap<>();
        for (Command command : settings.commands()) {
            for (String slash : command.slashes()) {
                claim(owner, slash.toLowerCase(), command);
            }
            command.words().forEach((language, words) -> {
                if (!settings.languages().contains(language) && command.action() != Command.Action.QUICK_EXIT) {
                    problems.warning(command.position(), "undeclared-language", "Command '" + command.name() + "' has words for undeclared language '"
                            + language + "'.", "declare the language or remove the words.");
                }
                words.forEach(word -> claim(owner, TextFold.fold(word), command));
            });
        }
        checkShadowedLabels(owner);
    }

    private void claim(Map<String, String> owner, String word, Command command) {
        String previous = owner.putIfAbsent(word, command.name());
        if (previous != null && !previous.equals(command.name())) {
            problems.error(command.position(), "duplicate-word", "'" + word + "' belongs to both '" + previous + "' and '" + command.name() + "'.",
                    "keep it in one command only.");
        }
    }

    /** A label equal to a command word can never be chosen by typing it, because commands come first. */
    private void checkShadowedLabels(Map<String, String> owner) {
        for (Dialog dialog : bundle.dialogs().values()) {
            for (Node node : dialog.nodes().values()) {
                if (!(node instanceof Ask ask)) {
                    continue;
                }
                for (Option option : ask.options()) {
                    for (Catalog catalog : bundle.catalogs().values()) {
                        String label = catalog.text(option.label().key());
                        String command = label == null ? null : owner.get(TextFold.fold(label));
                        if (command != null && !isSameAction(command, option)) {
                            problems.warning(option.position(), "command-shadows-option", "Typing '" + label + "' runs the '" + command
                                    + "' command instead of choosing this option.", "reword the label, or rely on its number and button.");
                        }
                    }
                }
            }
        }
    }

    /** A "Main menu" option that goes where the menu command goes is not shadowed in any way that matters. */
    private boolean isSameAction(String commandName, Option option) {
        Command command = settings.command(commandName);
        return command != null && command.target() != null && command.target().toString().equals(option.next().toString());
    }
}
