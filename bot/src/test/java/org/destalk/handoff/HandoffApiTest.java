package org.destalk.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.destalk.app.BotApplication;
import org.destalk.channel.Inbound;
import org.destalk.channel.Outbound;
import org.destalk.conversation.ConversationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The helplines' API end to end: create a code, redeem it on Telegram or by SMS, exactly once, and ask its status. */
@SpringBootTest(classes = BotApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "bot.handoff.helplines[0].id=ie-womens-aid",
        "bot.handoff.helplines[0].token=" + HandoffApiTest.TOKEN,
        "bot.handoff.telegram-bot=robin_bot",
        "bot.handoff.sms-number=+353 1 555 0100"})
class HandoffApiTest {

    static final String TOKEN = "token-of-the-irish-helpline-0123";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    ConversationService conversations;

    private HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode create(String body) throws Exception {
        HttpResponse<String> response = call("POST", "/api/handoffs", TOKEN, body);
        assertEquals(201, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    @Test
    void aCodeOpensTheChosenJourneyOnTelegramExactlyOnce() throws Exception {
        JsonNode card = create("{\"journey\":\"safety\",\"language\":\"de\",\"country\":\"AT\"}");
        assertEquals("pending", status(card));
        String code = card.path("code").asText();
        assertEquals("https://t.me/robin_bot?start=" + code.replace("-", ""), card.path("telegramLink").asText());
        assertEquals("Schicken Sie den Code " + code + " per SMS an +353 1 555 0100.", card.path("sms").path("instructions").asText());
        assertEquals(card.path("telegramLink").asText(), decode(card.path("qr").path("png").asText()), "the QR code opens the link");

        Outbound opened = conversations.handle(new Inbound("telegram", "70001", Inbound.Kind.START, code.replace("-", ""),
                new Inbound.Hints("en", null), "1", "u1"));
        String all = String.join("\n", opened.messages().stream().map(Outbound.Message::text).toList());
        assertTrue(all.contains("ENDE"), "in German, with how to leave: " + all);
        assertEquals("used", status(card));

        Outbound again = conversations.handle(new Inbound("telegram", "70002", Inbound.Kind.START, code.replace("-", ""),
                new Inbound.Hints("en", null), "1", "u2"));
        assertTrue(again.messages().get(0).text().startsWith("Hi, I'm Robin"), "a used code gets the ordinary greeting");
    }

    @Test
    void aCodeTextedBySmsOpensTheJourneyInItsLanguageAndCountry() throws Exception {
        JsonNode card = create("{\"node\":\"help.lines\",\"language\":\"es\",\"country\":\"IE\"}");
        Outbound opened = conversations.handle(Inbound.text("sms", "+353861110000", card.path("code").asText().toLowerCase()));
        String all = String.join("\n", opened.messages().stream().map(Outbound.Message::text).toList());
        assertTrue(all.contains("SALIR") && all.contains("Women's Aid"), all);
    }

    @Test
    void theApiRefusesWhatItShould() throws Exception {
        assertEquals(401, call("POST", "/api/handoffs", null, "{\"journey\":\"check\",\"language\":\"en\"}").statusCode());
        assertEquals(401, call("POST", "/api/handoffs", TOKEN + "x", "{\"journey\":\"check\",\"language\":\"en\"}").statusCode());
        HttpResponse<String> bad = call("POST", "/api/handoffs", TOKEN, "{\"journey\":\"nope\",\"language\":\"en\"}");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("journey must be one of"), bad.body());
        assertEquals(404, call("GET", "/api/handoffs/h_000000", TOKEN, null).statusCode());
        assertEquals(401, call("GET", "/api/handoffs/h_000000", null, null).statusCode());
    }

    @SuppressWarnings("unchecked")
    @Test
    void theOpenApiDescriptionIsServedAndNamesBothOperations() throws Exception {
        HttpResponse<String> response = call("GET", "/api/openapi.yaml", null, null);
        assertEquals(200, response.statusCode());
        Map<String, Object> api = new Yaml(new SafeConstructor(new LoaderOptions())).load(response.body());
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) api.get("paths");
        assertTrue(paths.get("/api/handoffs").containsKey("post"));
        assertTrue(paths.get("/api/handoffs/{id}").containsKey("get"));
        assertEquals(List.of("en", "es", "it", "de", "fr", "pt"),
                ((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) api.get("components"))
                        .get("schemas")).get("Request")).get("properties")).entrySet().stream()
                        .filter(entry -> entry.getKey().equals("language")).map(entry -> ((Map<String, Object>) entry.getValue()).get("enum"))
                        .findFirst().orElseThrow());
    }

    private String status(JsonNode card) throws Exception {
        HttpResponse<String> response = call("GET", "/api/handoffs/" + card.path("id").asText(), TOKEN, null);
        assertEquals(200, response.statusCode());
        return JSON.readTree(response.body()).path("status").asText();
    }

    static String decode(String pngDataUrl) throws Exception {
        byte[] png = Base64.getDecoder().decode(pngDataUrl.substring(pngDataUrl.indexOf(',') + 1));
        return decode(ImageIO.read(new ByteArrayInputStream(png)));
    }

    static String decode(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }
}
