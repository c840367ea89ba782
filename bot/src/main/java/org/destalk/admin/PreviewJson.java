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
 * the same turn on the SMS channel (numbered options, split where too long, the compact directory
 * layout), with the segments each SMS costs.
 */
final class PreviewJson {

    private PreviewJson() {
    }

    /** @param telegram the turn on Telegram; {@code sms} the same input on the SMS channel */
    static Map<String, Object> of(String id, Previews.Step telegram, Previews.Step sms, String smsHint, int maxSegments) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("at", telegram.at());
        json.put("ended", telegram.at() == null);
        json.put("language", telegram.outbound().language());
        List<Outbound.Message> shown = telegram.outbound().messages();
        List<Outbound.Message> texted = sms.outbound().messages();
        List<Map<String, Object>> messages = new ArrayList<>();
        for (int i = 0; i < Math.max(shown.size(), texted.size()); i++) {
            Outbound.Message message = i < shown.size() ? shown.get(i) : new Outbound.Message("", List.of());
            List<Outbound.Message> asSms = i < texted.size() ? List.of(texted.get(i)) : List.of();
            boolean last = i == texted.size() - 1;
            messages.add(message(message, SmsPreview.compose(asSms, last ? smsHint : null, maxSegments)));
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
