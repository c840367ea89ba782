package org.destalk.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.destalk.conversation.StartCodes;
import org.destalk.session.MemorySessionStore;
import org.destalk.support.Bots;
import org.destalk.support.Contents;
import org.destalk.support.MutableClock;
import org.junit.jupiter.api.Test;

class HandoffServiceTest {

    private static final String TOKEN = "a-helpline-token-of-some-length";

    private final MutableClock clock = new MutableClock();
    private final MemorySessionStore store = new MemorySessionStore(Duration.ofMinutes(30), 1000, clock);
    private final HandoffService service = new HandoffService(store, Bots.keys(), Contents::shipped,
            new HandoffSettings(Map.of(TOKEN, "ie-line", "another-helpline-token-0000", "other"), Duration.ofHours(24), "robin_bot",
                    "+353 1 555 0100", 3, 60), clock);

    @Test
    void aCodeOpensItsJourneyExactlyOnce() {
        HandoffService.Created created = service.create("ie-line", new HandoffService.Request("safety", null, "es", "IE"));
        assertTrue(created.code().matches("[" + HandoffCodes.ALPHABET + "]{4}-[" + HandoffCodes.ALPHABET + "]{4}"), created.code());
        assertEquals(Optional.of(HandoffService.Status.PENDING), service.status("ie-line", created.id()));

        Optional<StartCodes.Plan> plan = service.redeem(created.code().toLowerCase().replace("-", " "), "s:person");
        assertEquals(Optional.of(new StartCodes.Plan("safety.start", "es", "IE")), plan);
        assertEquals(Optional.empty(), service.redeem(created.code(), "s:someone-else"), "single use");
        assertEquals(Optional.of(HandoffService.Status.USED), service.status("ie-line", created.id()));
    }

    @Test
    void anExpiredCodeOpensNothingAndReportsExpired() {
        HandoffService.Created created = service.create("ie-line", new HandoffService.Request(null, "help.lines", "en", "IE"));
        clock.advance(Duration.ofHours(25));
        assertEquals(Optional.of(HandoffService.Status.EXPIRED), service.status("ie-line", created.id()));
        assertEquals(Optional.empty(), service.redeem(created.code(), "s:late"));
    }

    @Test
    void aHelplineSeesOnlyItsOwnCodes() {
        HandoffService.Created created = service.create("ie-line", new HandoffService.Request("check", null, "en", null));
        assertEquals(Optional.empty(), service.status("other", created.id()));
        assertEquals(Optional.empty(), service.status("ie-line", "h_unknown"));
    }

    @Test
    void guessingIsCutOffAfterAFewAttemptsEvenForARightCode() {
        HandoffService.Created created = service.create("ie-line", new HandoffService.Request("check", null, "en", null));
        for (int i = 0; i < 3; i++) {
            assertEquals(Optional.empty(), service.redeem("ABCD-234" + (i + 5), "s:guesser"));
        }
        assertEquals(Optional.empty(), service.redeem(created.code(), "s:guesser"), "over the limit");
        assertTrue(service.redeem(created.code(), "s:someone").isPresent(), "another sender is not affected, and the code was not used up");
    }

    @Test
    void codesAreStoredOnlyUnderTheirHash() {
        HandoffService.Created created = service.create("ie-line", new HandoffService.Request("check", null, "en", null));
        String bare = created.code().replace("-", "");
        assertTrue(store.getValue(Bots.keys().marker("handoff", "code", bare)).isPresent());
        assertFalse(store.getValue(bare).isPresent());
    }

    @Test
    void requestsTheBotCannotOpenAreRefusedWithAReason() {
        assertThrows(HandoffService.InvalidRequest.class, () -> service.create("ie-line", new HandoffService.Request("nope", null, "en", null)));
        assertThrows(HandoffService.InvalidRequest.class, () -> service.create("ie-line", new HandoffService.Request(null, "help.nope", "en", null)));
        assertThrows(HandoffService.InvalidRequest.class, () -> service.create("ie-line", new HandoffService.Request("check", null, "nl", null)));
        assertThrows(HandoffService.InvalidRequest.class, () -> service.create("ie-line", new HandoffService.Request("check", null, "en", "XY")));
    }

    @Test
    void tokensAreRecognisedAndNothingElseIs() {
        assertEquals(Optional.of("ie-line"), service.helpline(TOKEN));
        assertEquals(Optional.empty(), service.helpline(TOKEN + "x"));
        assertEquals(Optional.empty(), service.helpline(""));
        assertEquals(Optional.empty(), service.helpline(null));
    }

    @Test
    void ordinaryWordsNeverLookLikeCodes() {
        assertTrue(service.looksLikeCode("abcd-2345"));
        assertTrue(service.looksLikeCode("ABCD 2345"));
        assertFalse(service.looksLikeCode("STRENGTH"), "no digit");
        assertFalse(service.looksLikeCode("22334455"), "no letter");
        assertFalse(service.looksLikeCode("ABCD-2O45"), "O is not in the alphabet");
        assertNull(HandoffCodes.normalise("hello there"));
    }

    @Test
    void theCardHasALinkSmsWordingInTheLanguageAndAQrCode() {
        HandoffService.Created created = service.create("ie-line", new HandoffService.Request("check", null, "es", "IE"));
        HandoffCard card = HandoffCard.of(created, service.settings(), Contents.shipped());
        assertEquals("https://t.me/robin_bot?start=" + created.code().replace("-", ""), card.telegramLink());
        assertEquals("Envía el código " + created.code() + " por SMS al +353 1 555 0100.", card.sms().instructions());
        assertTrue(card.qr().png().startsWith("data:image/png;base64,"));
        assertTrue(card.qr().svg().startsWith("<svg"));
        assertEquals(card.telegramLink(), card.qr().encodes());
    }
}
