package org.destalk.channel.terminal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import org.destalk.channel.Conversations;
import org.destalk.channel.Inbound;
import org.destalk.channel.Outbound;
import org.destalk.dialog.SmsText;

/**
 * The terminal channel: one line typed (or piped) is one message; options are shown as a numbered list,
 * exactly as an SMS user sees them. Quick exit ends the chat at once.
 */
public final class TerminalChat {

    public static final String CHANNEL = "terminal";
    private static final String SENDER = "local";

    private final Conversations conversations;
    private final Inbound.Hints hints;
    private final boolean echo;

    /** @param echo print each input line, so that a piped session reads as a transcript */
    public TerminalChat(Conversations conversations, Inbound.Hints hints, boolean echo) {
        this.conversations = conversations;
        this.hints = hints;
        this.echo = echo;
    }

    /** Runs until quick exit, the end of a dialog, or the end of input. */
    public void run(BufferedReader in, PrintStream out) throws IOException {
        if (show(send("/start"), out)) {
            return;
        }
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            if (echo) {
                out.println("> " + line);
                out.println();
            }
            if (show(send(line), out)) {
                return;
            }
        }
    }

    private Outbound send(String text) {
        return conversations.handle(new Inbound(CHANNEL, SENDER, Inbound.Kind.TEXT, text, hints, null, null));
    }

    /** Prints the messages; returns true when the conversation is over. */
    private boolean show(Outbound outbound, PrintStream out) {
        if (outbound.quickExit()) {
            out.println("[chat closed and forgotten]");
            return true;
        }
        for (Outbound.Message message : outbound.messages()) {
            List<String> labels = message.buttons().stream().map(Outbound.Button::label).toList();
            String hint = labels.isEmpty() ? null : conversations.systemText("sms.reply_hint", outbound.language());
            out.println(SmsText.numbered(message.text(), labels, hint, Integer.MAX_VALUE));
            out.println();
        }
        return outbound.ending() == Outbound.Ending.FINISHED;
    }
}
