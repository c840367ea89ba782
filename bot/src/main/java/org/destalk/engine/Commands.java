package org.destalk.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.destalk.dialog.Command;
import org.destalk.dialog.Settings;
import org.destalk.dialog.TextFold;

/**
 * Matches typed text against global commands: the whole message, folded, must equal one of the words
 * of any language or a slash command. Exact and deterministic, so quick exit never depends on a model.
 */
final class Commands {

    private final Map<String, Command> byWord = new HashMap<>();

    Commands(Settings settings) {
        // Quick exit is indexed first so that it wins any clash the checker did not already reject.
        List<Command> ordered = settings.commands().stream()
                .sorted((a, b) -> Boolean.compare(b.action() == Command.Action.QUICK_EXIT, a.action() == Command.Action.QUICK_EXIT))
                .toList();
        for (Command command : ordered) {
            command.slashes().forEach(slash -> byWord.putIfAbsent(slash.toLowerCase(), command));
            command.words().values().forEach(words -> words.forEach(word -> byWord.putIfAbsent(TextFold.fold(word), command)));
        }
    }

    Command match(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip().toLowerCase();
        if (trimmed.startsWith("/")) {
            int at = trimmed.indexOf('@');
            int space = trimmed.indexOf(' ');
            int end = at > 0 ? at : space > 0 ? space : trimmed.length();
            Command slash = byWord.get(trimmed.substring(0, end));
            if (slash != null) {
                return slash;
            }
        }
        return byWord.get(TextFold.fold(text));
    }
}
