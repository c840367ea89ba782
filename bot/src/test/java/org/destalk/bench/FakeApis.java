package org.destalk.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Telegram Bot API and Twilio's REST API as the bot under load needs them: every call succeeds
 * at once. Lighter than WireMock on purpose (no journal, no matching), since it shares the CPU with
 * the bot being measured.
 */
final class FakeApis implements AutoCloseable {

    private final HttpServer telegram;
    private final HttpServer twilio;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final AtomicLong messageIds = new AtomicLong(1);
    final AtomicLong telegramCalls = new AtomicLong();

    /** One server per API: the Telegram client keeps only the host and port of its base URL. */
    FakeApis() {
        // Without it, small answers wait for delayed ACKs (Nagle), capping each connection at ~25 calls a second.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        telegram = server(this::telegram);
        twilio = server(exchange -> answer(exchange, 204, null));
    }

    private HttpServer server(com.sun.net.httpserver.HttpHandler handler) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
            server.createContext("/", handler);
            server.setExecutor(threads);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String telegramUrl() {
        return "http://127.0.0.1:" + telegram.getAddress().getPort();
    }

    String twilioUrl() {
        return "http://127.0.0.1:" + twilio.getAddress().getPort();
    }

    private void telegram(HttpExchange exchange) throws IOException {
        telegramCalls.incrementAndGet();
        String method = exchange.getRequestURI().getPath().toLowerCase(Locale.ROOT);
        String result = method.endsWith("/sendmessage")
                ? "{\"message_id\":" + messageIds.incrementAndGet() + ",\"date\":1764000000,\"chat\":{\"id\":1,\"type\":\"private\"}}"
                : "true";
        answer(exchange, 200, "{\"ok\":true,\"result\":" + result + "}");
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            body.transferTo(java.io.OutputStream.nullOutputStream());
        }
        byte[] bytes = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        telegram.stop(0);
        twilio.stop(0);
        threads.shutdownNow();
    }
}
