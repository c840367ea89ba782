package org.destalk.channel.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.destalk.app.BotApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Replies through the REST API, and every exchange deleted once delivered. Twilio answering 5xx: a
 * create is repeated only when Twilio surely did not take it (503), never after a 500.
 */
@SpringBootTest(classes = BotApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "bot.sms.twilio.account-sid=" + SmsPerson.ACCOUNT,
        "bot.sms.twilio.auth-token=" + SmsPerson.TOKEN,
        "bot.sms.twilio.public-url=" + SmsPerson.PUBLIC_URL,
        "bot.sms.twilio.status-url=" + SmsPerson.STATUS_URL,
        "bot.sms.twilio.from=+15005550006",
        "bot.sms.twilio.replies=rest",
        "bot.sms.twilio.delete-records=always",
        "bot.sms.twilio.retry-base=20ms"})
class SmsRestModeTest {

    private static final WireMockServer TWILIO = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private static final String CREATE = "/2010-04-01/Accounts/" + SmsPerson.ACCOUNT + "/Messages.json";
    private static final String RECORD = "/2010-04-01/Accounts/" + SmsPerson.ACCOUNT + "/Messages/SM[0-9a-f]{32}\\.json";

    static {
        TWILIO.start();
    }

    @DynamicPropertySource
    static void twilioApi(DynamicPropertyRegistry registry) {
        registry.add("bot.sms.twilio.api-url", () -> "http://localhost:" + TWILIO.port());
    }

    @LocalServerPort
    int port;

    @BeforeEach
    void fresh() {
        TWILIO.resetAll();
        TWILIO.stubFor(delete(urlPathMatching(RECORD)).willReturn(aResponse().withStatus(204)));
    }

    @AfterAll
    static void stop() {
        TWILIO.stop();
    }

    private static String created(String sid) {
        return "{\"sid\":\"" + sid + "\",\"account_sid\":\"" + SmsPerson.ACCOUNT + "\",\"status\":\"queued\",\"direction\":\"outbound-api\","
                + "\"api_version\":\"2010-04-01\",\"num_segments\":\"1\",\"to\":\"+447700900999\",\"from\":\"+15005550006\",\"body\":\"x\"}";
    }

    @Test
    void a503IsRetriedAndTheMessageIsCreatedOnce() throws Exception {
        TWILIO.stubFor(post(urlPathEqualTo(CREATE)).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withBody("{\"code\":20503,\"message\":\"busy\",\"status\":503}")).willSetStateTo("ok"));
        TWILIO.stubFor(post(urlPathEqualTo(CREATE)).inScenario("busy").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(created(SmsPerson.newSid()))));
        SmsPerson person = new SmsPerson(port, "+447700900991");
        assertEquals(List.of(), person.texts("hello"), "the answer goes through the REST API, not the webhook");
        waitFor(() -> TWILIO.countRequestsMatching(postRequestedFor(urlPathEqualTo(CREATE)).build()).getCount() >= 4);
        Thread.sleep(200);
        List<String> bodies = TWILIO.findAll(postRequestedFor(urlPathEqualTo(CREATE))).stream()
                .map(request -> request.getBodyAsString()).toList();
        assertEquals(4, bodies.size(), "three messages, the first of them tried twice");
        assertEquals(bodies.get(0), bodies.get(1), "the retry is the same message");
        assertEquals(3, new java.util.HashSet<>(bodies).size(), "and no message was created twice");
    }

    @Test
    void a500IsNotRepeatedBecauseTheMessageMayExist() throws Exception {
        TWILIO.stubFor(post(urlPathEqualTo(CREATE)).willReturn(aResponse().withStatus(500).withBody("{\"code\":20500,\"message\":\"err\",\"status\":500}")));
        SmsPerson person = new SmsPerson(port, "+447700900992");
        person.texts("hello");
        waitFor(() -> TWILIO.countRequestsMatching(postRequestedFor(urlPathEqualTo(CREATE)).build()).getCount() >= 1);
        Thread.sleep(300);
        assertEquals(1, TWILIO.countRequestsMatching(postRequestedFor(urlPathEqualTo(CREATE)).build()).getCount());
    }

    @Test
    void everyExchangeIsDeletedOnceDelivered() throws Exception {
        String reply = SmsPerson.newSid();
        TWILIO.stubFor(post(urlPathEqualTo(CREATE))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(created(reply))));
        SmsPerson person = new SmsPerson(port, "+447700900993");
        person.texts("hello");
        String inbound = person.inboundSids.get(0);
        waitFor(() -> deleted(inbound));
        assertEquals(204, person.status(reply, "sent"));
        Thread.sleep(100);
        assertTrue(!deleted(reply), "not before it is delivered");
        person.status(reply, "delivered");
        waitFor(() -> deleted(reply));
    }

    private static boolean deleted(String sid) {
        return TWILIO.countRequestsMatching(deleteRequestedFor(urlPathMatching(".*/Messages/" + sid + "\\.json")).build()).getCount() > 0;
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 250 && !condition.getAsBoolean(); i++) {
            Thread.sleep(20);
        }
        assertTrue(condition.getAsBoolean(), "timed out");
    }
}
