package org.destalk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import redis.embedded.RedisServer;

/**
 * A real Redis server for tests: the one REDIS_URL points at, or one started from the embedded-redis
 * artifact on a free port (a child process, stopped when the JVM exits). Never skipped.
 */
public final class RedisFixture implements AutoCloseable {

    private static RedisFixture shared;

    private final String url;
    private final RedisServer server;
    private final int port;

    private RedisFixture(String url, RedisServer server, int port) {
        this.url = url;
        this.server = server;
        this.port = port;
    }

    /** The Redis server shared by tests that do not stop it. */
    public static synchronized RedisFixture shared() {
        if (shared == null) {
            String external = System.getenv("REDIS_URL");
            shared = external != null && !external.isBlank() ? new RedisFixture(external, null, -1) : embedded();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** A server of one's own, for tests that stop and restart it. */
    public static RedisFixture embedded() {
        int port = freePort();
        RedisServer server = build(port);
        start(server);
        return new RedisFixture("redis://127.0.0.1:" + port, server, port);
    }

    public String url() {
        return url;
    }

    public void stop() {
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the same server again on the same port, empty (it keeps nothing on disk). */
    public void restart() {
        start(server);
    }

    @Override
    public void close() {
        if (server != null && server.isActive()) {
            stop();
        }
    }

    private static RedisServer build(int port) {
        try {
            return RedisServer.newRedisServer().port(port).bind("127.0.0.1")
                    .setting("save \"\"").setting("appendonly no").build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void start(RedisServer server) {
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }
}
