package org.destalk.session;

import io.lettuce.core.RedisException;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Sessions in Redis, for several bot processes. A session is stored as "version:bytes" and saved by a
 * Lua script that checks the version first, so two processes handling one person at once never lose an
 * update. What belongs to a person shares a hash tag ({key}), so that it lives on one Cluster node and
 * one DEL removes all of it.
 */
public final class RedisSessionStore implements SessionStore {

    private static final String SAVE = """
            local current = redis.call('GET', KEYS[1])
            local version = 0
            if current then
              local sep = string.find(current, ':', 1, true)
              version = tonumber(string.sub(current, 1, sep - 1))
            end
            if version ~= tonumber(ARGV[1]) then return 0 end
            redis.call('SET', KEYS[1], tostring(version + 1) .. ':' .. ARGV[2], 'PX', ARGV[3])
            return version + 1
            """;
    /** Redelivery check, rate count and session load of one message: one round trip instead of three. */
    private static final String ARRIVE = """
            if ARGV[1] ~= '' then
              redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[2])
              if redis.call('ZSCORE', KEYS[1], ARGV[1]) then return {0} end
              redis.call('ZADD', KEYS[1], ARGV[3], ARGV[1])
              redis.call('PEXPIRE', KEYS[1], ARGV[4])
            end
            local count = redis.call('INCR', KEYS[2])
            if count == 1 then redis.call('PEXPIRE', KEYS[2], ARGV[5]) end
            return {1, count, redis.call('GET', KEYS[3])}
            """;
    private static final String COUNT = """
            local count = redis.call('INCR', KEYS[1])
            if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            return count
            """;

    private final RedisClusterCommands<byte[], byte[]> redis;
    private final Duration idle;
    private final Clock clock;

    public RedisSessionStore(RedisClusterCommands<byte[], byte[]> redis, Duration idle, Clock clock) {
        this.redis = redis;
        this.idle = idle;
        this.clock = clock;
    }

    @Override
    public Optional<Versioned> load(String key) {
        return Optional.ofNullable(decode(call(() -> redis.get(sessionKey(key)))));
    }

    @Override
    public boolean save(String key, Session session, long expectedVersion) {
        Long saved = script(SAVE, new byte[][] {sessionKey(key)},
                ascii(Long.toString(expectedVersion)), SessionCodec.encode(session), ascii(Long.toString(idle.toMillis())));
        return saved != null && saved > 0;
    }

    @Override
    public void delete(String key) {
        call(() -> redis.del(sessionKey(key), personal(key, "d"), personal(key, "r"), personal(key, "h")));
    }

    @Override
    public Arrival arrive(String key, String delivery, Duration deliveryMemory, Duration window) {
        long now = clock.millis();
        byte[][] keys = {personal(key, "d"), personal(key, "r"), sessionKey(key)};
        List<Object> found = call(() -> evaluate(ARRIVE, ScriptOutputType.MULTI, keys, ascii(delivery == null ? "" : delivery),
                ascii(Long.toString(now)), ascii(Long.toString(now + deliveryMemory.toMillis())),
                ascii(Long.toString(deliveryMemory.toMillis())), ascii(Long.toString(window.toMillis()))));
        if (((Long) found.get(0)) == 0) {
            return Arrival.repeat();
        }
        return new Arrival(false, (Long) found.get(1), Optional.ofNullable(decode((byte[]) found.get(2))));
    }

    @Override
    public long countCodeAttempts(String key, Duration window) {
        return counted(personal(key, "h"), window);
    }

    @Override
    public boolean putMarker(String marker, Duration ttl) {
        String result = call(() -> redis.set(ascii("ds:m:" + marker), ascii("1"), SetArgs.Builder.nx().px(ttl.toMillis())));
        return "OK".equals(result);
    }

    @Override
    public boolean hasMarker(String marker) {
        Long exists = call(() -> redis.exists(ascii("ds:m:" + marker)));
        return exists != null && exists > 0;
    }

    @Override
    public void removeMarker(String marker) {
        call(() -> redis.del(ascii("ds:m:" + marker)));
    }

    @Override
    public long count(String counter, Duration window) {
        return counted(ascii("ds:c:" + counter), window);
    }

    @Override
    public void putValue(String key, String value, Duration ttl) {
        call(() -> redis.set(ascii("ds:v:" + key), value.getBytes(StandardCharsets.UTF_8), SetArgs.Builder.px(ttl.toMillis())));
    }

    @Override
    public Optional<String> getValue(String key) {
        byte[] value = call(() -> redis.get(ascii("ds:v:" + key)));
        return Optional.ofNullable(value).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    @Override
    public Optional<String> takeValue(String key) {
        byte[] value = call(() -> redis.getdel(ascii("ds:v:" + key)));
        return Optional.ofNullable(value).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    private long counted(byte[] redisKey, Duration window) {
        Long count = script(COUNT, new byte[][] {redisKey}, ascii(Long.toString(window.toMillis())));
        return count == null ? 0 : count;
    }

    /** The person's session; the hash tag {key} keeps everything of one person on one Cluster node. */
    static byte[] sessionKey(String key) {
        return ascii("ds:{" + key + "}");
    }

    static byte[] personal(String key, String kind) {
        return ascii("ds:{" + key + "}:" + kind);
    }

    private Long script(String script, byte[][] keys, byte[]... args) {
        return call(() -> evaluate(script, ScriptOutputType.INTEGER, keys, args));
    }

    /** Runs a script by its digest, sending the text only when Redis does not know it yet (after a restart). */
    private <T> T evaluate(String script, ScriptOutputType type, byte[][] keys, byte[]... args) {
        try {
            return redis.evalsha(Scripts.sha(script), type, keys, args);
        } catch (RedisNoScriptException notLoaded) {
            return redis.eval(script, type, keys, args);
        }
    }

    /** A stored "version:bytes" value, or null for none. */
    private static Versioned decode(byte[] value) {
        if (value == null) {
            return null;
        }
        int separator = indexOf(value, (byte) ':');
        long version = Long.parseLong(new String(value, 0, separator, StandardCharsets.US_ASCII));
        return new Versioned(SessionCodec.decode(Arrays.copyOfRange(value, separator + 1, value.length)), version);
    }

    /** Every Redis failure (down, slow, refused) becomes one exception that carries no key or value. */
    private static <T> T call(Supplier<T> command) {
        try {
            return command.get();
        } catch (RedisException e) {
            throw new StoreUnavailableException("Redis: " + e.getClass().getSimpleName(), null);
        }
    }

    private static int indexOf(byte[] bytes, byte value) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        throw new IllegalStateException("A stored session has no version");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
