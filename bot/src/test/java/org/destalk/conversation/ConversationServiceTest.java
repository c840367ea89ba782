package org.destalk.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.destalk.channel.Inbound;
import org.destalk.channel.Outbound;
import org.destalk.session.Arrival;
import org.destalk.session.Session;
import org.destalk.session.SessionStore;
import org.destalk.session.StoreUnavailableException;
import org.destalk.session.Versioned;
import org.destalk.support.Bots;
import org.destalk.support.Contents;
import org.destalk.support.ScriptedUnderstander;
import org.junit.jupiter.api.Test;

class ConversationServiceTest {

    private static final String PERSON = "+34600111222";

    private final Bots bot = Bots.shipped(new ScriptedUnderstander());

    private Outbound send(String text, String messageId, String deliveryId) {
        return bot.conversations.handle(new Inbound("sms", PERSON, Inbound.Kind.TEXT, text, new Inbound.Hints(null, "ES"), messageId, deliveryId));
    }

    private Session stored() {
        return bot.store.load(Bots.keys().session("sms", PERSON)).orElseThrow().session();
    }

    @Test
    void aRedeliveredMessageIsHandledOnce() {
        assertFalse(send("/start", "SM1", "SM1").messages().isEmpty());
        assertEquals(List.of(), send("/start", "SM1", "SM1").messages());
        assertEquals(1.0, bot.meters.counter("destalk.deliveries.duplicate").count());
    }

    @Test
    void quickExitReturnsEveryMessageIdOfTheConversationAndForgetsThem() {
        send("/start", "in-1", null);
        bot.conversations.sent("sms", PERSON, List.of("out-1", "out-2"));
        send("1", "in-2", null);
        assertEquals(List.of("in-1", "out-1", "out-2", "in-2"), stored().trail());

        Outbound exit = send("salir", "in-3", null);
        assertTrue(exit.quickExit());
        assertEquals(List.of("in-1", "out-1", "out-2", "in-2", "in-3"), exit.cleanup());
        assertTrue(bot.store.load(Bots.keys().session("sms", PERSON)).isEmpty());
    }

    @Test
    void theCountryHintOfANewConversationIsUsed() {
        send("/start", null, null);
        assertEquals("ES", stored().state().country());
    }

    @Test
    void oneSenderFloodingIsIgnoredAfterTheLimitWithoutAffectingOthers() {
        Bots limited = new Bots(Contents.shipped(), new ScriptedUnderstander(), Bots.memoryStore(), StartCodes.NONE,
                new ConversationService.Limits(Duration.ofHours(1), 5));
        for (int i = 0; i < 5; i++) {
            assertFalse(limited.conversations.handle(Inbound.text("telegram", "flooder", "menu")).messages().isEmpty());
        }
        assertTrue(limited.conversations.handle(Inbound.text("telegram", "flooder", "menu")).messages().isEmpty());
        assertFalse(limited.conversations.handle(Inbound.text("telegram", "someone-else", "menu")).messages().isEmpty());
    }

    @Test
    void aQuickExitGetsThroughEvenOverTheRateLimit() {
        Bots limited = new Bots(Contents.shipped(), new ScriptedUnderstander(), Bots.memoryStore(), StartCodes.NONE,
                new ConversationService.Limits(Duration.ofHours(1), 2));
        for (int i = 0; i < 4; i++) {
            limited.conversations.handle(Inbound.text("telegram", "flooder", "menu"));
        }
        assertTrue(limited.conversations.handle(Inbound.text("telegram", "flooder", "menu")).messages().isEmpty(), "held back");

        assertTrue(limited.conversations.handle(Inbound.text("telegram", "flooder", "SALIR")).quickExit());
        assertTrue(limited.store.load(Bots.keys().session("telegram", "flooder")).isEmpty(), "the conversation is gone");
    }

    @Test
    void aHandOffCodeOpensItsJourneyInItsLanguageAndCountry() {
        StartCodes codes = new StartCodes() {
            @Override
            public Optional<Plan> redeem(String code, String senderKey) {
                return "ABCD-2345".equals(code) ? Optional.of(new Plan("help.lines", "en", "IE")) : Optional.empty();
            }

            @Override
            public boolean looksLikeCode(String text) {
                return text.matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
            }
        };
        Bots withCodes = new Bots(Contents.shipped(), new ScriptedUnderstander(), Bots.memoryStore(), codes, ConversationService.Limits.DEFAULT);
        Outbound outbound = withCodes.conversations.handle(Inbound.text("sms", PERSON, "ABCD-2345"));
        assertTrue(outbound.messages().get(0).text().contains("EXIT"), "how to leave comes first");
        assertTrue(outbound.messages().get(1).text().contains("Women's Aid"), outbound.messages().get(1).text());
        assertEquals(1.0, withCodes.meters.counter("destalk.handoffs.redeemed").count());
    }

    @Test
    void whenTheStoreIsDownTheBotStillAnswersWithTheEmergencyNumber() {
        Bots down = new Bots(Contents.shipped(), new ScriptedUnderstander(), new BrokenStore());
        Outbound outbound = down.conversations.handle(new Inbound("sms", PERSON, Inbound.Kind.TEXT, "hello", new Inbound.Hints("en", "ES"), null, null));
        assertTrue(outbound.messages().get(0).text().contains("112"), outbound.messages().get(0).text());
        assertFalse(outbound.messages().get(outbound.messages().size() - 1).buttons().isEmpty(), "the menu follows");
    }

    /** A store whose server is unreachable. */
    static final class BrokenStore implements SessionStore {
        private static StoreUnavailableException down() {
            return new StoreUnavailableException("unreachable", null);
        }

        public Optional<Versioned> load(String key) {
            throw down();
        }

        public boolean save(String key, Session session, long expectedVersion) {
            throw down();
        }

        public void delete(String key) {
            throw down();
        }

        public Arrival arrive(String key, String delivery, Duration deliveryMemory, Duration window) {
            throw down();
        }

        public long countCodeAttempts(String key, Duration window) {
            throw down();
        }

        public boolean putMarker(String marker, Duration ttl) {
            throw down();
        }

        public boolean hasMarker(String marker) {
            throw down();
        }

        public void removeMarker(String marker) {
            throw down();
        }

        public long count(String counter, Duration window) {
            throw down();
        }

        public void putValue(String key, String value, Duration ttl) {
            throw down();
        }

        public Optional<String> getValue(String key) {
            throw down();
        }

        public Optional<String> takeValue(String key) {
            throw down();
        }
    }
}
