package org.destalk.dialog;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which message keys the content needs in every language: what the dialogs say and label, what the
 * commands say, the route labels of clarifying questions, and the bot's own system messages. The checker
 * and the translation coverage report both ask this class, so they can never disagree on "needed".
 */
public final class MessageUses {

    private final Map<String, MessageRef> needed = new LinkedHashMap<>();
    private final Set<String> spoken = new HashSet<>();
    private final boolean allDialogsRead;

    private MessageUses(DialogBundle bundle) {
        this.allDialogsRead = bundle.unreadable().isEmpty();
        collectDialogs(bundle);
        collectSettings(bundle.settings());
    }

    public static MessageUses of(DialogBundle bundle) {
        return new MessageUses(bundle);
    }

    /** The needed keys, in the order they are first referred to. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(needed.keySet());
    }

    /** The needed keys a catalog has no text for. */
    public List<String> missing(Catalog catalog) {
        return needed.keySet().stream().filter(key -> catalog.text(key) == null).toList();
    }

    /**
     * The texts of a catalog that nothing uses. None while a dialog file could not be read: it may well
     * use them, and calling them unused would invite deleting texts that are needed.
     */
    public List<Catalog.Text> unused(Catalog catalog) {
        if (!allDialogsRead) {
            return List.of();
        }
        return catalog.texts().values().stream().filter(text -> !needed.containsKey(text.key())).toList();
    }

    /** Where each needed key is first referred to, for problems that point at the reference. */
    Collection<MessageRef> references() {
        return needed.values();
    }

    /** Whether a key can open a message, so its first line shows on a lock screen. */
    boolean spoken(String key) {
        return spoken.contains(key);
    }

    private void collectDialogs(DialogBundle bundle) {
        for (Dialog dialog : bundle.dialogs().values()) {
            for (Node node : dialog.nodes().values()) {
                node.say().forEach(ref -> need(ref, true));
                if (node instanceof Ask ask) {
                    ask.options().forEach(option -> need(option.label(), false));
                }
            }
        }
    }

    private void collectSettings(Settings settings) {
        settings.commands().stream().map(Command::say).filter(ref -> ref != null).forEach(ref -> need(ref, true));
        for (String key : Vocabulary.SYSTEM_MESSAGES) {
            // directory labels are fragments inside a line, never the start of a message
            need(new MessageRef(key, settings.position()), !key.startsWith("directory."));
        }
        // Clarifying questions name a route by this label when no option of the question leads there.
        settings.routes().forEach((intent, target) -> need(new MessageRef("routes." + intent, target.position()), false));
    }

    private void need(MessageRef ref, boolean opensMessage) {
        needed.putIfAbsent(ref.key(), ref);
        if (opensMessage) {
            spoken.add(ref.key());
        }
    }
}
