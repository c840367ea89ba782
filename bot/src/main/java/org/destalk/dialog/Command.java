package org.destalk.dialog;

import java.util.List;
import java.util.Map;

/**
 * A global command, applied at every node before anything else: typed exactly as one of its words (in
 * any language) or slash commands. Exact matching keeps quick exit deterministic; no guess is involved.
 */
public record Command(String name, Action action, Target target, MessageRef say, List<String> slashes,
                      Map<String, List<String>> words, Position position) {

    public enum Action {
        /** Wipe the session at once and say nothing more. */
        QUICK_EXIT,
        /** Go to the target. */
        GOTO,
        /** Forget the answers so far and go to the start. */
        RESTART,
        /** Go to the target, remembering the question to come back to with {@code next: back}. */
        VISIT,
        /** Say a message, then ask the current question again. */
        SAY
    }
}
