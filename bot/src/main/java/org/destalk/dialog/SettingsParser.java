package org.destalk.dialog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads dialogs/settings.yml. */
public final class SettingsParser {

    private static final List<String> TOP_KEYS = List.of("version", "languages", "default_language", "start", "menu",
            "interrupts", "routes", "limits", "commands", "alarming_words", "choice_words", "number_words", "reply_words",
            "language_words");
    private static final List<String> COMMAND_KEYS = List.of("action", "target", "say", "commands", "words");
    private static final String SETTINGS = "settings";

    private SettingsParser() {
    }

    public static Settings parse(YNode root) {
        if (!root.isMap()) {
            root.entries();
            return null;
        }
        root.allowOnly(TOP_KEYS);
        Integer version = DialogParser.version(root);
        YNode languagesNode = root.require("languages", "add `languages: [en]`.");
        YNode defaultNode = root.require("default_language", "add `default_language: en`.");
        YNode startNode = root.require("start", "add `start: menu.start`.");
        YNode menuNode = root.require("menu", "add `menu: menu.start`.");
        if (version == null || languagesNode == null || defaultNode == null || startNode == null || menuNode == null) {
            return null;
        }
        List<String> languages = languagesNode.texts();
        String defaultLanguage = defaultNode.text();
        if (defaultLanguage != null && !languages.contains(defaultLanguage)) {
            root.problems().error(defaultNode, "unknown-language", "The default language '" + defaultLanguage + "' is not declared.",
                    "add it to `languages`.");
        }
        return new Settings(List.copyOf(languages), defaultLanguage, target(startNode), target(menuNode),
                targets(root.get("interrupts")), targets(root.get("routes")), commands(root.get("commands")),
                limits(root.get("limits")), words(root.get("alarming_words")), words(root.get("choice_words")),
                WordSettings.numberWords(root.get("number_words"), languages), WordSettings.replyWords(root.get("reply_words"), languages),
                WordSettings.languageWords(root.get("language_words"), languages), root.position(), sections(root));
    }

    private static Map<String, Position> sections(YNode root) {
        Map<String, Position> sections = new LinkedHashMap<>();
        root.entries().forEach((key, value) -> sections.put(key, value.position()));
        return Collections.unmodifiableMap(sections);
    }

    private static Map<String, Target> targets(YNode node) {
        Map<String, Target> targets = new LinkedHashMap<>();
        if (node != null) {
            node.entries().forEach((name, value) -> {
                Target target = target(value);
                if (target != null) {
                    targets.put(name, target);
                }
            });
        }
        return Collections.unmodifiableMap(targets);
    }

    private static List<Command> commands(YNode node) {
        List<Command> commands = new ArrayList<>();
        if (node == null) {
            return commands;
        }
        for (Map.Entry<String, YNode> entry : node.entries().entrySet()) {
            Command command = command(entry.getKey(), entry.getValue());
            if (command != null) {
                commands.add(command);
            }
        }
        return List.copyOf(commands);
    }

    private static Command command(String name, YNode node) {
        node.allowOnly(COMMAND_KEYS);
        YNode actionNode = node.require("action", "add `action:` (quick_exit, goto, restart, visit or say).");
        if (actionNode == null || actionNode.text() == null) {
            return null;
        }
        Command.Action action = action(actionNode);
        if (action == null) {
            return null;
        }
        Target target = null;
        if (action == Command.Action.GOTO || action == Command.Action.VISIT) {
            YNode targetNode = node.require("target", "add `target: <dialog.node>`.");
            target = targetNode == null ? null : target(targetNode);
        }
        MessageRef say = null;
        if (action == Command.Action.SAY) {
            YNode sayNode = node.require("say", "add `say: <message key>`.");
            say = sayNode == null || sayNode.text() == null ? null : new MessageRef(sayNode.text(), sayNode.position());
        }
        List<String> slashes = node.get("commands") == null ? List.of() : node.get("commands").texts();
        return new Command(name, action, target, say, slashes, words(node.get("words")), node.position());
    }

    private static Command.Action action(YNode node) {
        String written = node.text();
        try {
            return Command.Action.valueOf(written.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> names = List.of("quick_exit", "goto", "restart", "visit", "say");
            node.problems().error(node, "unknown-action", "'" + written + "' is not a command action.",
                    Suggestions.didYouMean(written, names, "use one of: " + String.join(", ", names) + "."));
            return null;
        }
    }

    private static Map<String, List<String>> words(YNode node) {
        Map<String, List<String>> words = new LinkedHashMap<>();
        if (node != null) {
            node.entries().forEach((language, list) -> words.put(language, List.copyOf(list.texts())));
        }
        return Collections.unmodifiableMap(words);
    }

    private static Settings.Limits limits(YNode node) {
        if (node == null) {
            return Settings.Limits.DEFAULT;
        }
        node.allowOnly(List.of("option_label", "sms_segments"));
        YNode label = node.get("option_label");
        YNode segments = node.get("sms_segments");
        Integer labelLimit = label == null ? null : label.integer();
        Integer segmentLimit = segments == null ? null : segments.integer();
        return new Settings.Limits(labelLimit == null ? Settings.Limits.DEFAULT.optionLabel() : labelLimit,
                segmentLimit == null ? Settings.Limits.DEFAULT.smsSegments() : segmentLimit);
    }

    /** Settings are not inside a dialog, so their targets must name one: {@code dialog.node}. */
    private static Target target(YNode node) {
        String written = node.text();
        if (written == null) {
            return null;
        }
        if (!written.contains(".")) {
            node.problems().error(node, "unknown-target", "'" + written + "' must name a dialog and a node.",
                    "write it as dialog.node, e.g. menu.start.");
            return null;
        }
        return Target.parse(written.trim(), SETTINGS, node.position());
    }
}
