package org.destalk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.destalk.app.BotApplication;
import org.destalk.dialog.SmsText;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The preview runs each input on both channels, so the SMS side is what an SMS user really gets. */
@SpringBootTest(classes = BotApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "bot.admin.token=" + AdminPreviewTest.TOKEN)
class AdminPreviewTest {

    static final String TOKEN = "coordinators-preview-token-7";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Test
    void supportLinesShowTheCompactSmsLayoutBesideTelegrams() throws Exception {
        JsonNode start = preview(Map.of("language", "en"));
        assertThat(start.path("at").asText()).isEqualTo("menu.start");
        String id = start.path("id").asText();
        String findSupport = null;
        for (JsonNode button : start.path("messages").get(start.path("messages").size() - 1).path("buttons")) {
            if (button.path("label").asText().startsWith("Find support")) {
                findSupport = button.path("id").asText();
            }
        }
        assertThat(findSupport).isNotNull();
        preview(Map.of("id", id, "choice", findSupport));

        JsonNode lines = preview(Map.of("id", id, "text", "Spain"));
        boolean differs = false;
        for (JsonNode message : lines.path("messages")) {
            String sms = String.join("\n", message.path("sms").findValuesAsText("text"));
            differs |= !sms.isEmpty() && !sms.contains(SmsText.plain(message.path("text").asText()));
            message.path("sms").forEach(part -> assertThat(part.path("segments").asInt()).isBetween(1, 3));
        }
        assertThat(differs).as("the directory is laid out for SMS on the SMS side").isTrue();
    }

    private JsonNode preview(Map<String, String> fields) throws Exception {
        Map<String, String> body = new LinkedHashMap<>(fields);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/preview"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
