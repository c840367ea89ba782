package org.destalk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.destalk.app.BotApplication;
import org.destalk.coordinator.DialogPublisher;
import org.destalk.support.DialogsCopy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The coordinators' API through HTTP: token, status, checking uploads without publishing, and reloading. */
@SpringBootTest(classes = BotApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "bot.admin.token=" + AdminApiTest.TOKEN)
class AdminApiTest {

    static final String TOKEN = "coordinators-token-0123456789";
    private static final DialogsCopy DIALOGS = DialogsCopy.ofShipped();
    private static final String ORIGINAL = DIALOGS.read("messages/en.yml");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void dialogs(DynamicPropertyRegistry registry) {
        registry.add("bot.paths.dialogs", DIALOGS.root::toString);
    }

    @LocalServerPort
    int port;
    @Autowired
    DialogPublisher publisher;

    @AfterEach
    void restore() {
        DIALOGS.write("messages/en.yml", ORIGINAL);
        publisher.reload();
    }

    @Test
    void everyCallNeedsTheToken() throws Exception {
        for (String token : new String[] {null, "wrong-token-wrong-token-wrong", TOKEN + "x", TOKEN.substring(1)}) {
            HttpResponse<String> response = call("GET", "/admin/dialogs", null, token);
            assertThat(response.statusCode()).as(String.valueOf(token)).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
            assertThat(call("POST", "/admin/dialogs/reload", "{}", token).statusCode()).isEqualTo(401);
            assertThat(call("POST", "/admin/dialogs/validate", "{}", token).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void theStatusNamesTheVersionBeingServed() throws Exception {
        JsonNode status = json(call("GET", "/admin/dialogs", null, TOKEN));
        assertThat(status.path("version").asText()).isEqualTo(publisher.registry().content().checksum()).hasSize(12);
        assertThat(status.path("published").asBoolean()).isTrue();
        assertThat(status.path("errors").asInt()).isZero();
        assertThat(status.path("dialogs").toString()).contains("menu", "check", "safety");
        assertThat(status.path("languages")).hasSize(6);
    }

    @Test
    void uploadedFilesAreCheckedWithEverythingElseAndNothingIsPublished() throws Exception {
        String version = publisher.status().version();
        String broken = ORIGINAL.replace("Let's look at this together, one step at a time.", "Spyware check: let's look at this together.");
        JsonNode result = json(call("POST", "/admin/dialogs/validate", upload("messages/en.yml", broken), TOKEN));

        assertThat(result.path("valid").asBoolean()).isFalse();
        JsonNode problem = result.path("problems").get(0);
        assertThat(problem.path("file").asText()).isEqualTo("messages/en.yml");
        assertThat(problem.path("line").asInt()).isPositive();
        assertThat(problem.path("column").asInt()).isPositive();
        assertThat(problem.path("rule").asText()).isNotBlank();
        assertThat(problem.path("fix").asText()).isNotBlank();
        assertThat(result.path("coverage")).hasSize(6);
        assertThat(publisher.status().version()).as("nothing published").isEqualTo(version);
        assertThat(DIALOGS.read("messages/en.yml")).as("nothing written").isEqualTo(ORIGINAL);

        JsonNode fine = json(call("POST", "/admin/dialogs/validate", upload("messages/en.yml", ORIGINAL.replace("one step at a time", "step by step")), TOKEN));
        assertThat(fine.path("valid").asBoolean()).isTrue();
    }

    @Test
    void anUploadOutsideTheDialogsIsRefusedPlainly() throws Exception {
        HttpResponse<String> response = call("POST", "/admin/dialogs/validate", upload("../config/application.yml", "x: 1"), TOKEN);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("not a dialogs file path");
        assertThat(call("POST", "/admin/dialogs/validate", "{\"files\": {}}", TOKEN).statusCode()).isEqualTo(400);
    }

    @Test
    void reloadPublishesValidFilesAndRefusesBrokenOnes() throws Exception {
        String version = publisher.status().version();
        DIALOGS.write("messages/en.yml", ORIGINAL.replace("messages:\n", "messages:\n  broken: [\n"));
        HttpResponse<String> refused = call("POST", "/admin/dialogs/reload", "{}", TOKEN);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(json(refused).path("problems").get(0).path("text").asText()).startsWith("messages/en.yml:");
        assertThat(publisher.registry().content().checksum()).isEqualTo(version);

        DIALOGS.write("messages/en.yml", ORIGINAL.replace("one step at a time", "step by step"));
        HttpResponse<String> published = call("POST", "/admin/dialogs/reload", "{}", TOKEN);
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(json(published).path("version").asText()).isNotEqualTo(version).isEqualTo(publisher.registry().content().checksum());
    }

    @Test
    void theAdminBodyLimitIsLargerButStillALimit() throws Exception {
        String big = ORIGINAL + "\n# " + "x".repeat(200_000) + "\n";
        assertThat(call("POST", "/admin/dialogs/validate", upload("messages/en.yml", big), TOKEN).statusCode()).isEqualTo(200);
        String huge = "x".repeat(3_000_000);
        assertThat(call("POST", "/admin/dialogs/validate", upload("messages/en.yml", huge), TOKEN).statusCode()).isEqualTo(413);
    }

    private static String upload(String path, String text) throws Exception {
        return JSON.writeValueAsString(Map.of("files", Map.of(path, text)));
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> call(String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
