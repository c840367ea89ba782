package org.destalk.channel.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.output.StatusOutput;
import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.CommandType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.destalk.app.BotApplication;
import org.destalk.session.SessionKeys;
import org.destalk.support.LogCapture;
import org.destalk.support.RedisFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * SMS with sessions in Redis: the channel works unchanged, a Redis that is down or slow still gets
 * every message answered (never a 5xx to Twilio), the bot recovers by itself, and after a quick exit
 * nothing of the person is left in Redis.
 */
@SpringBootTest(classes = BotApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "bot.session.store=redis",
        "bot.session.redis.timeout=300ms",
        "bot.session.key-secret=redis-sms-test-secret",
        "bot.sms.twilio.account-sid=" + SmsPerson.ACCOUNT,
        "bot.sms.twilio.auth-token=" + SmsPerson.TOKEN,
        "bot.sms.twilio.public-url=" + SmsPerson.PUBLIC_URL,
        "bot.sms.twilio.status-url=" + SmsPerson.STATUS_URL,
        "bot.sms.twilio.api-url=http://127.0.0.1:9",
        "bot.sms.twilio.attempts=1"})
class SmsWithRedisTest {

    private static final RedisFixture REDIS = RedisFixture.embedded();

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        registry.add("bot.session.redis.url", REDIS::url);
    }

    @LocalServerPort
    int port;
    @Autowired
    SessionKeys keys;

    @AfterAll
    static void stop() {
        REDIS.close();
    }

    @Test
    void aRedisOutageAndASlowRedisStillGetAnAnswerAndTheBotRecovers() throws Exception {
        SmsPerson person = new SmsPerson(port, "+447700900111");
        assertTrue(person.texts("hello").get(0).startsWith("Hi, I'm Robin"));
        assertTrue(health().contains("\"UP\""));

        REDIS.stop();
        List<String> duringOutage = person.texts("1");
        assertEquals("200", person.lastStatusCode);
        assertTrue(duringOutage.get(0).startsWith("Sorry, I can't remember our conversation") && duringOutage.get(0).contains("999"),
                "an apology with the UK emergency number: " + duringOutage);
        assertTrue(duringOutage.get(duringOutage.size() - 1).contains("1 Check my phone"), "and the menu");
        assertTrue(health().contains("\"DOWN\""));

        REDIS.restart();
        Thread slow = new Thread(() -> debugSleep(1.5));
        slow.start();
        Thread.sleep(200);
        List<String> whileSlow = person.texts("2");
        assertEquals("200", person.lastStatusCode);
        assertTrue(whileSlow.get(0).startsWith("Sorry, I can't remember"), "a slow Redis is treated as down: " + whileSlow);
        slow.join();

        List<String> recovered = List.of();
        for (int tries = 0; tries < 30 && (recovered.isEmpty() || recovered.get(0).startsWith("Sorry")); tries++) {
            recovered = person.texts("hello again");
            Thread.sleep(100);
        }
        assertTrue(recovered.get(0).startsWith("Hi, I'm Robin"), "the bot recovered by itself: " + recovered);
    }

    @Test
    void afterAQuickExitNothingOfThePersonIsLeftInRedisAndNothingPrivateIsLogged() throws Exception {
        SmsPerson person = new SmsPerson(port, "+447700900222");
        try (LogCapture logs = new LogCapture()) {
            person.texts("hello");
            person.texts("my husband Kevin reads my texts");
            person.texts("2");
            assertEquals(List.of(), person.texts("EXIT"));
            for (String line : logs.lines()) {
                for (String secret : List.of("Kevin", "7700900222", SmsPerson.TOKEN)) {
                    assertFalse(line.contains(secret), "a log line contains '" + secret + "': " + line);
                }
            }
        }
        String sessionKey = keys.session("sms", person.number);
        try (RedisClient client = RedisClient.create(REDIS.url()); StatefulRedisConnection<String, String> redis = client.connect()) {
            List<String> all = redis.sync().keys("*");
            for (String key : all) {
                assertFalse(key.contains(sessionKey), "a key of the person is left: " + key);
                assertFalse(key.contains("7700900222"), key);
            }
        }
    }

    private String health() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Blocks the single-threaded Redis server for a while, as a slow or overloaded Redis would. */
    private static void debugSleep(double seconds) {
        try (RedisClient client = RedisClient.create(REDIS.url()); StatefulRedisConnection<String, String> redis = client.connect()) {
            redis.sync().dispatch(CommandType.DEBUG, new StatusOutput<>(StringCodec.UTF8),
                    new CommandArgs<>(StringCodec.UTF8).add("SLEEP").add(Double.toString(seconds)));
        }
    }
}
