package org.destalk.channel.sms;

import java.util.List;
import org.destalk.channel.Outbound;

/** How a turn's messages look as SMS, laid out exactly as the SMS channel sends them, for the admin preview. */
public final class SmsPreview {

    private SmsPreview() {
    }

    /** @param hint the reply hint in the conversation's language, or null */
    public static List<String> compose(List<Outbound.Message> messages, String hint, int maxSegments) {
        return new SmsComposer(maxSegments).compose(messages, hint);
    }
}
