package org.destalk.channel.sms;

import java.util.ArrayList;
import java.util.List;
import org.destalk.channel.Outbound;
import org.destalk.dialog.SmsText;

/**
 * Lays out a turn's messages as SMS: options as a numbered list, the reply hint where it still fits,
 * typographic characters replaced so GSM-7 is kept where the language allows, and anything longer than
 * the segment budget split into several messages. A continued message starts with "(2/3)" on its own
 * line, so what shows on a lock screen is never the middle of a text about support services.
 */
final class SmsComposer {

    /** The widest marker a part may get, "(9/9)" and its line break. */
    private static final String MARKER_ROOM = "(9/9)\n";

    private final int maxSegments;
    private final SmsSplitter splitter;

    SmsComposer(int maxSegments) {
        this.maxSegments = maxSegments;
        this.splitter = new SmsSplitter(maxSegments, MARKER_ROOM);
    }

    /** @param hint the reply hint in the conversation's language ("Reply with a number."), or null */
    List<String> compose(List<Outbound.Message> messages, String hint) {
        List<String> sms = new ArrayList<>();
        for (Outbound.Message message : messages) {
            List<String> labels = message.buttons().stream().map(Outbound.Button::label).toList();
            String text = SmsText.plain(SmsText.numbered(SmsText.plain(message.text()), labels, hint, maxSegments));
            sms.addAll(splitter.fits(text) ? List.of(text) : numberParts(splitter.split(text)));
        }
        return sms;
    }

    private List<String> numberParts(List<String> parts) {
        List<String> numbered = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            String marked = i == 0 ? part : "(" + (i + 1) + "/" + parts.size() + ")\n" + part;
            numbered.add(marked);
        }
        return numbered;
    }
}
