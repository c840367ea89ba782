package org.destalk.bench;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a conversation costs in Redis after the load runs: the session value itself, the session key
 * as Redis accounts for it (MEMORY USAGE: key, value and bookkeeping), and everything else kept per
 * person (redelivery and rate-limit records).
 */
final class RedisFootprint {

    private final String url;

    RedisFootprint(String url) {
        this.url = url;
    }

    void reportTo(Report report) {
        RedisClient client = RedisClient.create(url);
        try (StatefulRedisConnection<byte[], byte[]> connection = client.connect(ByteArrayCodec.INSTANCE)) {
            Totals totals = scan(connection.sync());
            report.add("Session value in Redis (average of " + totals.sessions + ")", String.format(Locale.ROOT, "%.0f bytes",
                    totals.valueBytes / (double) totals.sessions), "", null);
            double perSession = totals.sessionKeyBytes / (double) totals.sessions;
            report.add("Bytes per session in Redis (MEMORY USAGE of the session key)", String.format(Locale.ROOT, "%.0f bytes", perSession),
                    "≤ 256 bytes", perSession <= 256);
            report.add("Other per-person records (redelivery, rate limit), per session", String.format(Locale.ROOT, "%.0f bytes",
                    totals.otherBytes / (double) totals.sessions), "", null);
        } finally {
            client.shutdown();
        }
    }

    private static final class Totals {
        long sessions;
        long valueBytes;
        long sessionKeyBytes;
        long otherBytes;
    }

    private static Totals scan(RedisCommands<byte[], byte[]> redis) {
        Totals totals = new Totals();
        ScanCursor cursor = ScanCursor.INITIAL;
        do {
            KeyScanCursor<byte[]> page = redis.scan(cursor, ScanArgs.Builder.matches("ds:{*").limit(1000));
            for (byte[] key : page.getKeys()) {
                long usage = redis.memoryUsage(key);
                if (new String(key, StandardCharsets.ISO_8859_1).endsWith("}")) {
                    totals.sessions++;
                    totals.sessionKeyBytes += usage;
                    totals.valueBytes += redis.strlen(key);
                } else {
                    totals.otherBytes += usage;
                }
            }
            cursor = page;
        } while (!cursor.isFinished());
        return totals;
    }
}
