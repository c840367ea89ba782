package org.destalk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.destalk.coordinator.ContentRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The server starts on config/application.yml with the shipped dialogs, and reports itself healthy. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BotApplicationTest {

    @LocalServerPort
    int port;

    @Autowired
    ContentRegistry registry;

    @Autowired
    BotProperties properties;

    @Test
    void startsWithTheRepositoryConfigurationAndIsHealthy() throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"UP\""), health.body());
        assertEquals("Robin", properties.name());
        assertTrue(registry.content().dialogs().dialogs().containsKey("check"));
    }
}
