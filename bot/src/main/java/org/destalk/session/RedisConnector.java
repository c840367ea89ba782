package org.destalk.session;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens a Lettuce connection from a URL: {@code redis://} and {@code rediss://} (standalone, TLS),
 * {@code redis-sentinel://} (Sentinel, with {@code #master}), and {@code redis-cluster://host:port,host:port}
 * for a Cluster. Commands fail fast while disconnected, so an outage is answered at once instead of
 * queueing people's messages; the client reconnects by itself.
 */
public final class RedisConnector implements AutoCloseable {

    private static final String CLUSTER = "redis-cluster://";

    private final AutoCloseable connection;
    private final Runnable shutdown;
    private final RedisClusterCommands<byte[], byte[]> commands;

    public RedisConnector(String url, Duration timeout) {
        TimeoutOptions timeouts = TimeoutOptions.enabled(timeout);
        if (url.startsWith(CLUSTER)) {
            List<RedisURI> nodes = new ArrayList<>();
            for (String node : url.substring(CLUSTER.length()).split(",")) {
                nodes.add(RedisURI.create("redis://" + node.trim()));
            }
            RedisClusterClient client = RedisClusterClient.create(nodes);
            client.setOptions(ClusterClientOptions.builder().timeoutOptions(timeouts)
                    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS).autoReconnect(true).build());
            StatefulRedisClusterConnection<byte[], byte[]> cluster = client.connect(ByteArrayCodec.INSTANCE);
            this.connection = cluster;
            this.commands = cluster.sync();
            this.shutdown = client::shutdown;
        } else {
            RedisURI uri = RedisURI.create(url);
            uri.setTimeout(timeout);
            RedisClient client = RedisClient.create(uri);
            client.setOptions(ClientOptions.builder().timeoutOptions(timeouts)
                    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS).autoReconnect(true).build());
            StatefulRedisConnection<byte[], byte[]> single = client.connect(ByteArrayCodec.INSTANCE);
            this.connection = single;
            this.commands = single.sync();
            this.shutdown = client::shutdown;
        }
    }

    public RedisClusterCommands<byte[], byte[]> commands() {
        return commands;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (Exception ignored) {
            // shutting down anyway
        } finally {
            shutdown.run();
        }
    }
}
