package org.destalk.channel.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.destalk.app.BotApplication;
import org.destalk.support.Fuzz;
import org.destalk.support.LogCapture;
import org.destalk.support.TwilioSigner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.xml.sax.InputSource;

/**
 * Random and malformed Twilio forms through the real webhook (QuickTheories, bounded in examples and
 * time): signed ones get valid TwiML or a 400, forged ones a 403; never a server error, and none of
 * the text in the logs.
 */
class SmsBadInputTest {

    private static final Set<Integer> CALM = Set.of(200, 400);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static WireMockServer twilio;
    private static ConfigurableApplicationContext bot;
    private static LogCapture logs;

    @BeforeAll
    static void start() {
        twilio = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        twilio.start();
        twilio.stubFor(any(urlPathMatching(".*")).willReturn(aResponse().withStatus(204)));
        bot = new SpringApplicationBuilder(BotApplication.class).run("--server.port=0", "--bot.sms.twilio.account-sid=" + SmsPerson.ACCOUNT,
                "--bot.sms.twilio.auth-token=" + SmsPerson.TOKEN, "--bot.sms.twilio.public-url=" + SmsPerson.PUBLIC_URL,
                "--bot.sms.twilio.status-url=" + SmsPerson.STATUS_URL, "--bot.sms.twilio.from=+15005550006",
                "--bot.sms.twilio.api-url=http://localhost:" + twilio.port(), "--bot.limits.messages-per-minute=100000");
        logs = new LogCapture();
    }

    @AfterAll
    static void stop() {
        if (logs == null) {
            twilio.stop(); // the bot did not start; its own error is the one to read
            return;
        }
        try {
            assertThat(logs.lines()).noneMatch(line -> line.contains(Fuzz.MARK));
            assertThat(logs.failures()).isEmpty();
        } finally {
            logs.close();
            bot.close();
            twilio.stop();
        }
    }

    @Test
    void signedFormsOfAnyShapeGetValidTwiml() {
        qt().withExamples(150).withTestingTime(30, TimeUnit.SECONDS).forAll(forms()).checkAssert(form -> {
            HttpResponse<String> response = post(form, TwilioSigner.sign(SmsPerson.TOKEN, SmsPerson.PUBLIC_URL, form));
            assertThat(response.statusCode()).isIn(CALM);
            if (response.statusCode() == 200) {
                assertWellFormedXml(response.body());
            }
        });
    }

    @Test
    void formsWithoutTheRightSignatureAreRefused() {
        qt().withExamples(60).withTestingTime(20, TimeUnit.SECONDS).forAll(forms(), signatures()).checkAssert((form, signature) -> {
            assertThat(post(form, signature).statusCode()).isEqualTo(403);
            assertThat(post("/sms/twilio/status", form, signature).statusCode()).isEqualTo(403);
        });
    }

    @Test
    void anyBytesAreRefusedCalmly() {
        qt().withExamples(60).withTestingTime(20, TimeUnit.SECONDS)
                .forAll(Generate.byteArrays(Generate.range(0, 2000), Generate.range(-128, 127).map(Integer::byteValue)))
                .checkAssert(body -> assertThat(postRaw(body, "any-signature").statusCode()).isIn(Set.of(400, 403)));
    }

    @Test
    void theConversationCarriesOnAfterAnyText() {
        qt().withExamples(30).withTestingTime(30, TimeUnit.SECONDS).forAll(texts(), numbers()).checkAssert((text, number) -> {
            SmsPerson person = new SmsPerson(port(), number);
            assertThat(texts(person, text)).isNotNull();
            assertThat(person.lastStatusCode).isEqualTo("200");
            assertThat(texts(person, "menu")).as("the next message is still answered").isNotEmpty();
        });
    }

    @Test
    void aBodyThatIsNotUtf8IsRefusedWithoutQuotingIt() throws Exception {
        Map<String, String> form = person().form("caf\uFFFD( " + Fuzz.MARK, SmsPerson.newSid());
        String encoded = "AccountSid=" + SmsPerson.ACCOUNT + "&MessageSid=" + form.get("MessageSid") + "&SmsSid=" + form.get("SmsSid")
                + "&From=%2B447700900111&To=%2B15005550006&NumMedia=0&Body=caf%C3%28+" + Fuzz.MARK;
        form.put("From", "+447700900111");
        HttpResponse<String> response = postRaw(encoded.getBytes(UTF_8), TwilioSigner.sign(SmsPerson.TOKEN, SmsPerson.PUBLIC_URL, form));
        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void aBodyOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        Map<String, String> form = person().form("x".repeat(70_000) + Fuzz.MARK, SmsPerson.newSid());
        HttpResponse<String> response = person().post("/sms/twilio", form, TwilioSigner.sign(SmsPerson.TOKEN, SmsPerson.PUBLIC_URL, form));
        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void aBodyOfUnknownLengthIsRefused() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port() + "/sms/twilio"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream("Body=hi".getBytes(UTF_8)))).build();
        assertThat(HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(411);
    }

    /** Twilio joins a long SMS into one body of at most 1,600 characters. */
    private static Gen<String> texts() {
        return Fuzz.texts(1600);
    }

    private static Gen<String> numbers() {
        return Generate.range(100_000, 999_999).map(n -> "+44770" + n);
    }

    /** Header-safe characters only: the HTTP client itself refuses control characters in headers. */
    private static Gen<String> signatures() {
        return Generate.oneOf(Fuzz.from("ABCXYZabcxyz0189+/=", 40), Generate.constant("AAAAAAAAAAAAAAAAAAAAAAAAAAA="));
    }

    /** Twilio's fields, some missing, some replaced by noise, and fields Twilio never sends. */
    private static Gen<Map<String, String>> forms() {
        Gen<String> fields = Generate.pick(List.of("AccountSid", "MessageSid", "SmsSid", "From", "To", "Body", "NumMedia", "OptOutType",
                "MessageStatus", "Unknown" + Fuzz.MARK));
        Gen<String> noise = Generate.oneOf(texts(), Generate.pick(List.of("", "+", "SM", "-1", "99999999999999999999")));
        return texts().zip(numbers(), lists().of(fields).ofSizeBetween(0, 3), lists().of(noise).ofSizeBetween(3, 3),
                Generate.pick(List.of(true, false)), SmsBadInputTest::form);
    }

    private static Map<String, String> form(String body, String number, List<String> broken, List<String> noise, boolean dropBroken) {
        Map<String, String> form = new LinkedHashMap<>(new SmsPerson(0, number).form(body, SmsPerson.newSid()));
        for (int i = 0; i < broken.size(); i++) {
            if (dropBroken) {
                form.remove(broken.get(i));
            } else {
                form.put(broken.get(i), noise.get(i));
            }
        }
        return form;
    }

    private static void assertWellFormedXml(String twiml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            assertThat(factory.newDocumentBuilder().parse(new InputSource(new StringReader(twiml))).getDocumentElement().getTagName())
                    .isEqualTo("Response");
        } catch (Exception notXml) {
            throw new AssertionError("The answer is not well-formed TwiML", notXml);
        }
    }

    private static HttpResponse<String> post(Map<String, String> form, String signature) {
        return post("/sms/twilio", form, signature);
    }

    private static HttpResponse<String> post(String path, Map<String, String> form, String signature) {
        try {
            return person().post(path, form, signature);
        } catch (Exception e) {
            throw new AssertionError("the bot did not answer", e);
        }
    }

    private static List<String> texts(SmsPerson person, String text) {
        try {
            return person.texts(text);
        } catch (Exception e) {
            throw new AssertionError("the bot did not answer", e);
        }
    }

    private static HttpResponse<String> postRaw(byte[] body, String signature) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port() + "/sms/twilio"))
                .header("Content-Type", "application/x-www-form-urlencoded").header(SmsWebhookController.SIGNATURE, signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError("the bot did not answer", e);
        }
    }

    private static SmsPerson person() {
        return new SmsPerson(port(), "+447700900111");
    }

    private static int port() {
        return ((WebServerApplicationContext) bot).getWebServer().getPort();
    }
}
