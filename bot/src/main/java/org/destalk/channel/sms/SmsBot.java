package org.destalk.channel.sms;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.destalk.channel.Conversations;
import org.destalk.channel.Inbound;
import org.destalk.channel.Marks;
import org.destalk.channel.Outbound;

/**
 * The SMS adapter: carrier keywords first (STOP also wipes the conversation, and nothing more is sent
 * until START), then the conversation, then the reply laid out as SMS and sent as TwiML (or through the
 * REST API). Message SIDs are remembered only to delete the records.
 */
public final class SmsBot {

    static final String CHANNEL = "sms";
    static final String OPTED_OUT = "optout";
    private static final Duration OPT_OUT_MEMORY = Duration.ofDays(3650);
    private static final Set<String> FINAL = Set.of("delivered", "undelivered", "failed", "received", "read");

    private final Conversations conversations;
    private final Marks marks;
    private final SmsSettings settings;
    private final TwilioRecords records;
    private final TwilioSender sender;
    private final SmsComposer composer;

    public SmsBot(Conversations conversations, Marks marks, SmsSettings settings, TwilioRecords records, TwilioSender sender) {
        this.conversations = conversations;
        this.marks = marks;
        this.settings = settings;
        this.records = records;
        this.sender = sender;
        this.composer = new SmsComposer(settings.maxSegments());
    }

    /** Handles one inbound SMS (form fields of Twilio's webhook) and returns the TwiML answer. */
    public String inbound(Map<String, String> form) {
        String from = form.get("From");
        String sid = form.get("MessageSid");
        String body = form.getOrDefault("Body", "");
        if (from == null || from.isBlank()) {
            return twiml(List.of());
        }
        Keywords keyword = Keywords.of(body);
        if (marks.has(OPTED_OUT, CHANNEL, from)) {
            if (keyword == Keywords.START) {
                marks.clear(OPTED_OUT, CHANNEL, from);
                return converse(from, "/start", sid);
            }
            return keyword == Keywords.HELP ? converse(from, "/help", sid) : twiml(List.of());
        }
        return switch (keyword) {
            case STOP -> {
                marks.set(OPTED_OUT, CHANNEL, from, OPT_OUT_MEMORY);
                yield converse(from, "/exit", sid);
            }
            case HELP -> converse(from, "/help", sid);
            default -> converse(from, body, sid);
        };
    }

    private String converse(String from, String text, String sid) {
        Outbound outbound = conversations.handle(new Inbound(CHANNEL, from, Inbound.Kind.TEXT, text, Inbound.Hints.NONE, sid, sid));
        if (outbound.quickExit()) {
            List<String> cleanup = new ArrayList<>(outbound.cleanup());
            records.delete(cleanup);
            return twiml(List.of());
        }
        if (settings.deleteRecords() == SmsSettings.DeleteRecords.ALWAYS && sid != null) {
            records.delete(List.of(sid));
        }
        String hint = outbound.messages().isEmpty() ? null : conversations.systemText("sms.reply_hint", outbound.language());
        List<String> sms = composer.compose(outbound.messages(), hint);
        if (settings.replies() == SmsSettings.Replies.REST && sender != null) {
            sender.send(from, sms, created -> remember(from, created));
            return twiml(List.of());
        }
        return twiml(sms);
    }

    /**
     * A delivery status: the SID of a message the bot sent is remembered for a later quick exit. Once
     * final, the record is deleted if every exchange is deleted, or if there is no conversation any more
     * (the person left while it was on its way): nothing is kept to remember who left.
     */
    public void status(Map<String, String> form) {
        String sid = form.get("MessageSid");
        String to = form.get("To");
        String status = form.getOrDefault("MessageStatus", "");
        if (sid == null || to == null) {
            return;
        }
        boolean conversing = conversations.inConversation(CHANNEL, to);
        if (conversing) {
            remember(to, sid);
        }
        if (FINAL.contains(status) && (!conversing || settings.deleteRecords() == SmsSettings.DeleteRecords.ALWAYS)) {
            records.delete(List.of(sid));
        }
    }

    private void remember(String to, String sid) {
        conversations.sent(CHANNEL, to, List.of(sid));
    }

    private String twiml(List<String> sms) {
        return Twiml.messages(sms, settings.statusUrl());
    }
}
