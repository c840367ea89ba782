package org.destalk.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.destalk.channel.Outbound;
import org.destalk.channel.sms.SmsPreview;
import org.destalk.conversation.Previews;
import org.destalk.dialog.SmsText;

/**
 * One preview turn as the page shows it: each message as Telegram shows it (text and buttons) beside
 * the SMS it becomes (numbered options, split where too long), with the segments each SMS costs.
 */
final class PreviewJson {

    private PreviewJson() {
    }

    static Map<String, Object> of(String id, Previews.Step step, String smsHint, int maxSegments) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("at", step.at());
        json.put("ended", step.at() == null);
        json.put("language", step.outbound().language());
        List<Map<String, Object>> messages = new ArrayList<>();
        List<Outbound.Message> all = step.outbound().messages();
        for (int i = 0; i < all.size(); i++) {
            Outbound.Message message = all.get(i);
            boolean last = i == all.size() - 1;
            messages.add(message(message, SmsPreview.compose(List.of(message), last ? smsHint : null, maxSegments)));
        }
        json.put("messages", messages);
        return json;
    }

    private static Map<String, Object> message(Outbound.Message message, List<String> sms) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("text", message.text());
        json.put("buttons", message.buttons().stream().map(button -> Map.of("id", button.id(), "label", button.label())).toList());
        json.put("sms", sms.stream().map(PreviewJson::sms).toList());
        return json;
    }

    private static Map<String, Object> sms(String text) {
        return Map.of("text", text, "segments", SmsText.segments(text), "encoding", SmsText.isGsm7(text) ? "GSM-7" : "UCS-2");
    }
}
