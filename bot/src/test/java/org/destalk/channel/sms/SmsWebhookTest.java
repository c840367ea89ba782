package org.destalk.channel.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.destalk.app.BotApplication;
import org.destalk.dialog.Command;
import org.destalk.dialog.SmsText;
import org.destalk.session.SessionKeys;
import org.destalk.session.SessionStore;
import org.destalk.support.Contents;
import org.destalk.support.TwilioSigner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The SMS channel through the real controller, with Twilio's REST API played by WireMock. */
@SpringBootTest(classes = BotApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "bot.sms.twilio.account-sid=" + SmsPerson.ACCOUNT,
        "bot.sms.twilio.auth-token=" + SmsPerson.TOKEN,
        "bot.sms.twilio.public-url=" + SmsPerson.PUBLIC_URL,
        "bot.sms.twilio.status-url=" + SmsPerson.STATUS_URL,
        "bot.sms.twilio.from=+15005550006",
        "bot.sms.twilio.retry-base=20ms"})
class SmsWebhookTest {

    private static final WireMockServer TWILIO = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private static final String MESSAGE_RECORD = "/2010-04-01/Accounts/" + SmsPerson.ACCOUNT + "/Messages/(SM[0-9a-f]{32})\\.json";

    static {
        TWILIO.start();
    }

    @DynamicPropertySource
    static void twilioApi(DynamicPropertyRegistry registry) {
        registry.add("bot.sms.twilio.api-url", () -> "http://localhost:" + TWILIO.port());
    }

    @LocalServerPort
    int port;
    @Autowired
    SessionStore store;
    @Autowired
    SessionKeys keys;

    /** Each person gets a number of their own: sessions and opt-outs live as long as the server. */
    private static final java.util.concurrent.atomic.AtomicInteger NUMBERS = new java.util.concurrent.atomic.AtomicInteger(1000);

    @BeforeEach
    void freshTwilio() {
        TWILIO.resetAll();
        TWILIO.stubFor(delete(urlPathMatching(MESSAGE_RECORD)).willReturn(aResponse().withStatus(204)));
    }

    @AfterAll
    static void stop() {
        TWILIO.stop();
    }

    private SmsPerson person() {
        return new SmsPerson(port, "+4477009" + NUMBERS.incrementAndGet());
    }

    @Test
    void aSignedMessageIsAnsweredWithTwimlAndTheNumberSuggestsTheCountry() throws Exception {
        SmsPerson person = new SmsPerson(port, "+34600" + NUMBERS.incrementAndGet() + "00");
        List<String> sms = person.texts("ok"); // no language of its own: the number decides
        assertEquals("200", person.lastStatusCode);
        assertTrue(sms.get(0).startsWith("Hola, soy Robin"), "a short message from a +34 number is taken as Spanish: " + sms.get(0));
        assertTrue(sms.get(sms.size() - 1).contains("\n1 Revisar mi teléfono\n2 "), sms.get(sms.size() - 1));
        sms.forEach(part -> assertTrue(SmsText.segments(part) <= 3));
        assertEquals("ES", store.load(keys.session("sms", person.number)).orElseThrow().session().state().country(),
                "a +34 number suggests Spain");
    }

    @Test
    void forgedRequestsAreRefusedWithoutSideEffects() throws Exception {
        SmsPerson person = person();
        Map<String, String> form = person.form("hello", SmsPerson.newSid());
        String good = TwilioSigner.sign(SmsPerson.TOKEN, SmsPerson.PUBLIC_URL, form);
        assertEquals(403, person.post("/sms/twilio", form, null).statusCode(), "no signature");
        assertEquals(403, person.post("/sms/twilio", form, good.substring(1) + "A").statusCode(), "wrong signature");
        assertEquals(403, person.post("/sms/twilio", form, TwilioSigner.sign(SmsPerson.TOKEN, "http://localhost:" + port + "/sms/twilio", form))
                .statusCode(), "signed for the internal URL, not the public one Twilio called");
        Map<String, String> tampered = person.form("hello, changed", form.get("MessageSid"));
        assertEquals(403, person.post("/sms/twilio", tampered, good).statusCode(), "body changed after signing");
        assertEquals(403, person.post("/sms/twilio", form, TwilioSigner.sign("another-token", SmsPerson.PUBLIC_URL, form)).statusCode());
        assertTrue(store.load(keys.session("sms", person.number)).isEmpty());
        assertTrue(TWILIO.getAllServeEvents().stream().noneMatch(event -> event.getRequest().getUrl().contains(form.get("MessageSid"))));
    }

    @Test
    void theSignatureCoversTheQueryStringOfThePublicUrl() throws Exception {
        SmsPerson person = person();
        Map<String, String> form = person.form("hello", SmsPerson.newSid());
        String signature = TwilioSigner.sign(SmsPerson.TOKEN, SmsPerson.PUBLIC_URL + "?campaign=a&x=1", form);
        assertEquals(200, person.post("/sms/twilio?campaign=a&x=1", form, signature).statusCode());
        assertEquals(403, person.post("/sms/twilio?campaign=b&x=1", form, signature).statusCode());
    }

    @Test
    void aRedeliveredMessageSidIsHandledOnce() throws Exception {
        SmsPerson person = person();
        String sid = SmsPerson.newSid();
        assertFalse(person.texts("hello", sid).isEmpty());
        assertEquals(List.of(), person.texts("hello", sid));
    }

    @Test
    void quickExitDeletesExactlyTheRecordsOfTheConversation() throws Exception {
        SmsPerson person = person();
        person.texts("hello");
        String firstReply = SmsPerson.newSid();
        assertEquals(204, person.status(firstReply, "sent"));
        assertEquals(204, person.status(firstReply, "delivered"));
        person.texts("2");
        String secondReply = SmsPerson.newSid();
        person.status(secondReply, "delivered");
        assertEquals(List.of(), person.texts("SALIR"), "nothing is sent after an exit");

        Set<String> expected = new TreeSet<>(List.of(person.inboundSids.get(0), firstReply, person.inboundSids.get(1), secondReply,
                person.inboundSids.get(2)));
        assertEquals(expected, deletedSids(expected.size()));
        assertTrue(store.load(keys.session("sms", person.number)).isEmpty());

        String late = SmsPerson.newSid();
        person.status(late, "delivered");
        expected.add(late);
        assertEquals(expected, deletedSids(expected.size()), "a reply still on its way when the person left is deleted too");
    }

    @Test
    void everyQuickExitWordOfEveryLanguageEndsTheConversation() throws Exception {
        for (Command command : Contents.shipped().dialogs().settings().commands()) {
            if (command.action() != Command.Action.QUICK_EXIT) {
                continue;
            }
            List<String> words = new ArrayList<>(command.slashes());
            command.words().values().forEach(words::addAll);
            for (String word : words) {
                SmsPerson person = person();
                person.texts("hello");
                assertEquals(List.of(), person.texts(word.toUpperCase()), word);
                assertTrue(store.load(keys.session("sms", person.number)).isEmpty(), word);
            }
        }
    }

    @Test
    void stopWipesAndSilencesUntilStartAndHelpStillAnswers() throws Exception {
        SmsPerson person = person();
        person.texts("hello");
        assertEquals(List.of(), person.texts("STOP"));
        assertTrue(store.load(keys.session("sms", person.number)).isEmpty());
        assertEquals(List.of(), person.texts("hello again"), "nothing is sent after STOP");
        String help = String.join("\n", person.texts("HELP"));
        assertTrue(help.contains("EXIT") && help.contains("999"), "HELP is answered even after STOP: " + help);
        List<String> back = person.texts("START");
        assertTrue(back.get(0).startsWith("Hi, I'm Robin"), back.get(0));
        assertFalse(person.texts("1").isEmpty(), "after START the conversation goes on");
    }

    @Test
    void theThreeJourneysCanBeWalkedByText() throws Exception {
        SmsPerson checker = person();
        checker.texts("hello");
        List<String> last = List.of();
        for (String answer : List.of("1", "1", "1", "2", "2", "2", "3", "2", "2", "2", "2", "2")) {
            last = checker.texts(answer);
        }
        assertTrue(String.join("\n", last).contains("Thank you for going through this."), String.join("\n", last));

        SmsPerson safe = person();
        safe.texts("hello");
        safe.texts("2");
        List<String> tips = safe.texts("1");
        assertTrue(tips.get(0).startsWith("Think about your safety first."), tips.get(0));

        SmsPerson helped = new SmsPerson(port, "+3538612" + NUMBERS.incrementAndGet());
        helped.texts("hello");
        List<String> lines = helped.texts("3");
        assertTrue(String.join("\n", lines).contains("Women's Aid"), "an Irish number gets Irish lines: " + lines);
        lines.forEach(part -> assertTrue(SmsText.segments(part) <= 3, part));
    }

    private Set<String> deletedSids(int expected) throws InterruptedException {
        Set<String> sids = new TreeSet<>();
        for (int tries = 0; tries < 200; tries++) {
            sids.clear();
            TWILIO.findAll(deleteRequestedFor(urlPathMatching(MESSAGE_RECORD)))
                    .forEach(request -> sids.add(request.getUrl().replaceAll(".*/Messages/(SM[0-9a-f]+)\\.json.*", "$1")));
            if (sids.size() >= expected) {
                break;
            }
            Thread.sleep(20);
        }
        return sids;
    }
}
