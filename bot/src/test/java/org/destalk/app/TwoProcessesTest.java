package org.destalk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.destalk.channel.Inbound;
import org.destalk.channel.Outbound;
import org.destalk.conversation.ConversationService;
import org.destalk.session.SessionKeys;
import org.destalk.session.SessionStore;
import org.destalk.support.RedisFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two bot processes (two application contexts) on one Redis, as behind a load balancer: a conversation
 * alternating between them continues correctly, and messages arriving at both at once lose nothing.
 */
class TwoProcessesTest {

    private static RedisFixture redis;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoBots() {
        redis = RedisFixture.embedded();
        first = start();
        second = start();
    }

    @AfterAll
    static void stop() {
        first.close();
        second.close();
        redis.close();
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(BotApplication.class).run("--server.port=0", "--bot.session.store=redis",
                "--bot.session.redis.url=" + redis.url(), "--bot.session.key-secret=a-secret-both-processes-share");
    }

    private static Outbound send(ConfigurableApplicationContext bot, String person, String text, String messageId) {
        return bot.getBean(ConversationService.class)
                .handle(new Inbound("telegram", person, Inbound.Kind.TEXT, text, new Inbound.Hints("en", "IE"), messageId, null));
    }

    private static String position(String person) {
        SessionStore store = first.getBean(SessionStore.class);
        return store.load(first.getBean(SessionKeys.class).session("telegram", person)).orElseThrow().session().state().position();
    }

    @Test
    void aConversationContinuesWhicheverProcessGetsTheNextMessage() {
        String person = "5001";
        send(first, person, "/start", "1");
        send(second, person, "1", "2");
        assertEquals("check.start", position(person));
        send(first, person, "1", "3");
        send(second, person, "yes", "4");
        assertEquals("check.location", position(person));
        Outbound exit = send(first, person, "EXIT", "5");
        assertTrue(exit.quickExit());
        assertEquals(List.of("1", "2", "3", "4", "5"), exit.cleanup(), "every message id, whichever process saw it");
    }

    @Test
    void simultaneousMessagesAtBothProcessesLoseNothing() throws Exception {
        String person = "5002";
        send(first, person, "/start", "m0");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Outbound>> answers = new ArrayList<>();
        try {
            for (int i = 1; i <= 16; i++) {
                ConfigurableApplicationContext bot = i % 2 == 0 ? first : second;
                String id = "m" + i;
                answers.add(pool.submit(() -> send(bot, person, "menu", id)));
            }
            for (Future<Outbound> answer : answers) {
                assertTrue(!answer.get().messages().isEmpty(), "every message gets its answer");
            }
        } finally {
            pool.shutdownNow();
        }
        SessionStore store = second.getBean(SessionStore.class);
        var session = store.load(second.getBean(SessionKeys.class).session("telegram", person)).orElseThrow();
        assertEquals(17, session.session().trail().size(), "no update overwrote another: " + session.session().trail());
        assertEquals(17, session.version(), "one version per turn");
        assertEquals("menu.start", session.session().state().position());
    }
}
