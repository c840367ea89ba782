package org.destalk.dialog;

import java.util.List;

/**
 * One answer to a question: shown as a button on Telegram and as a numbered line on SMS; also chosen
 * by typing its label, or by free text whose intent is listed. A hidden option is reachable by intent
 * only, for answers people type but that need no button.
 */
public record Option(String id, MessageRef label, List<String> intents, boolean hidden, Effects effects,
                     Target next, Position position) {
}
