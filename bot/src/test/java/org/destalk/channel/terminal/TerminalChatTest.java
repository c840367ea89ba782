package org.destalk.channel.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.destalk.channel.Inbound;
import org.destalk.support.Bots;
import org.destalk.support.ScriptedUnderstander;
import org.junit.jupiter.api.Test;

/** The terminal chat with its input piped, one message per line, as a script would run it. */
class TerminalChatTest {

    private final Bots bot = Bots.shipped(new ScriptedUnderstander());

    private String chat(String input) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new TerminalChat(bot.conversations, new Inbound.Hints("en", null), true)
                .run(new BufferedReader(new StringReader(input)), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void showsOptionsAsTheNumberedListAnSmsUserSees() throws Exception {
        String transcript = chat("1\n");
        assertTrue(transcript.contains("What would you like to do?\n\n1 Check my phone\n2 Stay safe\n3 Find support near me"), transcript);
        assertTrue(transcript.contains("Reply with a number."));
        assertTrue(transcript.contains("> 1"), "piped input is echoed so the output reads as a transcript");
        assertTrue(transcript.contains("Let's look at this together"));
    }

    @Test
    void quickExitEndsTheChatAtOnceAndWipesTheSession() throws Exception {
        String transcript = chat("2\nexit\n1\n");
        assertTrue(transcript.endsWith("[chat closed and forgotten]\n"), transcript);
        assertFalse(transcript.contains("> 1"), "nothing after exit is read");
        assertTrue(bot.store.load(Bots.keys().session(TerminalChat.CHANNEL, "local")).isEmpty());
    }

    @Test
    void theEndOfInputEndsTheChat() throws Exception {
        String transcript = chat("");
        assertEquals(1, transcript.split("What would you like to do\\?", -1).length - 1);
    }
}
