package org.destalk.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.destalk.channel.Inbound;
import org.destalk.channel.Outbound;
import org.destalk.dialog.Command;
import org.destalk.engine.Content;
import org.destalk.session.SessionKeys;
import org.destalk.support.Bots;
import org.destalk.support.Contents;
import org.destalk.support.ScriptedUnderstander;
import org.destalk.support.ShippedNodes;
import org.junit.jupiter.api.Test;

/**
 * Non-negotiable 2: from every question of every dialog, every quick-exit word of every language (and
 * /exit) ends the conversation at once and leaves nothing in the store.
 */
class QuickExitEverywhereTest {

    @Test
    void everyQuickExitWordEndsEveryQuestionAndLeavesNothing() {
        Content content = Contents.shipped();
        List<String> words = exitWords(content);
        assertTrue(words.contains("/exit"));
        int checked = 0;
        for (String node : ShippedNodes.questions(content)) {
            for (String word : words) {
                Bots bot = Bots.shipped(new ScriptedUnderstander());
                ShippedNodes.walkTo(bot, content, node);
                Outbound outbound = bot.conversations.handle(Inbound.text("telegram", ShippedNodes.SENDER, word));
                assertTrue(outbound.quickExit(), node + " / " + word);
                assertEquals(List.of(), outbound.messages(), "nothing is said after an exit: " + node + " / " + word);
                assertTrue(bot.store.load(Bots.keys().session("telegram", ShippedNodes.SENDER)).isEmpty(), node + " / " + word);
                checked++;
            }
        }
        assertTrue(checked > 100, "walked " + checked + " node/word pairs");
    }

    static List<String> exitWords(Content content) {
        List<String> words = new ArrayList<>();
        for (Command command : content.dialogs().settings().commands()) {
            if (command.action() == Command.Action.QUICK_EXIT) {
                words.addAll(command.slashes());
                command.words().values().forEach(words::addAll);
            }
        }
        return words;
    }

    @Test
    void theSessionKeyIsNotTheChatId() {
        String key = new SessionKeys(Bots.SECRET).session("telegram", ShippedNodes.SENDER);
        assertTrue(!key.contains(ShippedNodes.SENDER));
    }
}
