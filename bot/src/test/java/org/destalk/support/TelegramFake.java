package org.destalk.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * WireMock standing in for the Telegram Bot API. Method names are matched case-insensitively (the
 * client writes sendmessage but deleteMessages); sent messages get increasing ids from 1001.
 */
public final class TelegramFake implements AutoCloseable {

    public static final String TOKEN = "123456:TEST-TOKEN";
    private static final ObjectMapper JSON = new ObjectMapper();

    public final WireMockServer server;
    private final AtomicInteger nextMessageId = new AtomicInteger(1001);

    public TelegramFake() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().extensions(new MessageIds()));
        server.start();
    }

    public String url() {
        return "http://localhost:" + server.port();
    }

    public static String path(String method) {
        return "/bot[^/]+/(?i:" + method + ")";
    }

    public static MappingBuilder call(String method) {
        return post(urlPathMatching(path(method)));
    }

    /** Answers every call of a method with {"ok":true,"result":true}. */
    public StubMapping ok(String method) {
        return server.stubFor(call(method).willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"ok\":true,\"result\":true}")));
    }

    /** Answers sendMessage with a message whose id increases with each call. */
    public StubMapping sendMessageOk() {
        return server.stubFor(call("sendmessage").willReturn(aResponse().withTransformers(MessageIds.NAME)));
    }

    public StubMapping error(String method, int status, String parameters) {
        String body = "{\"ok\":false,\"error_code\":" + status + ",\"description\":\"test\"" + (parameters == null ? "" : ",\"parameters\":" + parameters) + "}";
        return server.stubFor(call(method).willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body)));
    }

    public List<LoggedRequest> requests(String method) {
        return server.findAll(postRequestedFor(urlPathMatching(path(method))));
    }

    public List<JsonNode> bodies(String method) {
        List<JsonNode> bodies = new ArrayList<>();
        for (LoggedRequest request : requests(method)) {
            try {
                bodies.add(JSON.readTree(request.getBodyAsString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bodies;
    }

    /** The Bot API methods called, in order, lower case (e.g. sendmessage, deletemessages). */
    public List<String> methods() {
        // The journal lists the newest first, in the order requests arrived. Their logged dates have
        // milliseconds only: sorting by them put two calls of the same millisecond the wrong way round.
        List<ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
        Collections.reverse(events);
        return events.stream().map(event -> event.getRequest().getUrl().replaceAll("^/bot[^/]+/", "").replaceAll("\\?.*", "").toLowerCase()).toList();
    }

    /** Fails when a stub was never used or a request matched no stub: a fake must not hide what did not happen. */
    public void assertEveryStubUsedAndNothingElse() {
        if (!server.findAllUnmatchedRequests().isEmpty()) {
            throw new AssertionError("Requests no stub expected: " + server.findAllUnmatchedRequests().stream().map(LoggedRequest::getUrl).toList());
        }
        for (StubMapping stub : server.getStubMappings()) {
            if (server.countRequestsMatching(stub.getRequest()).getCount() == 0) {
                throw new AssertionError("A stub was never used: " + stub.getRequest());
            }
        }
    }

    public void reset() {
        server.resetAll();
        nextMessageId.set(1001);
    }

    public void allowAnything() {
        server.stubFor(any(urlPathMatching(".*")).atPriority(10).willReturn(aResponse().withBody("{\"ok\":true,\"result\":true}")));
    }

    @Override
    public void close() {
        server.stop();
    }

    /** Makes sendMessage answer with the next message id and the chat it was sent to. */
    private final class MessageIds implements ResponseDefinitionTransformerV2 {
        static final String NAME = "telegram-message-ids";

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            long chatId;
            try {
                chatId = JSON.readTree(event.getRequest().getBodyAsString()).path("chat_id").asLong();
            } catch (IOException e) {
                chatId = 0;
            }
            String body = "{\"ok\":true,\"result\":{\"message_id\":" + nextMessageId.getAndIncrement() + ",\"date\":1764000000,"
                    + "\"chat\":{\"id\":" + chatId + ",\"type\":\"private\"}}}";
            return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body).build();
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }
    }
}
