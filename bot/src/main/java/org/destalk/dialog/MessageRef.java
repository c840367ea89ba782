package org.destalk.dialog;

/** A reference to a message key, translated in dialogs/messages/&lt;lang&gt;.yml. */
public record MessageRef(String key, Position position) {
}
