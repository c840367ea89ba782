package org.destalk.handoff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.destalk.conversation.StartCodes;
import org.destalk.dialog.Dialog;
import org.destalk.dialog.Target;
import org.destalk.engine.Content;
import org.destalk.session.SessionKeys;
import org.destalk.session.SessionStore;

/**
 * Creates single-use hand-off codes for helplines and redeems them for the person. A code is stored
 * only under its HMAC, with its expiry; redeeming takes it in one atomic step, so it works exactly
 * once. The helpline can learn whether its code was used or expired, and nothing about who used it.
 */
public final class HandoffService implements StartCodes {

    /** What a helpline asks for: a journey (a dialog) or a node, a language and a country. */
    public record Request(String journey, String node, String language, String country) {
    }

    public record Created(String id, String code, Instant expires, String entry, String language, String country) {
    }

    public enum Status { PENDING, USED, EXPIRED }

    /** The request is not one the bot can open; the message says which part. */
    public static final class InvalidRequest extends RuntimeException {
        InvalidRequest(String message) {
            super(message, null, false, false);
        }
    }

    private static final Duration STATUS_KEPT = Duration.ofDays(7);

    private final SessionStore store;
    private final SessionKeys keys;
    private final Supplier<Content> content;
    private final HandoffSettings settings;
    private final Clock clock;
    private final HandoffCodes codes = new HandoffCodes();
    private final SecureRandom random = new SecureRandom();

    public HandoffService(SessionStore store, SessionKeys keys, Supplier<Content> content, HandoffSettings settings, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.content = content;
        this.settings = settings;
        this.clock = clock;
    }

    /** The helpline a bearer token belongs to, compared in constant time; empty when none. */
    public Optional<String> helpline(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        String found = null;
        byte[] given = token.getBytes(StandardCharsets.UTF_8);
        for (Map.Entry<String, String> helpline : settings.helplines().entrySet()) {
            if (MessageDigest.isEqual(helpline.getKey().getBytes(StandardCharsets.UTF_8), given)) {
                found = helpline.getValue(); // keep comparing: the time taken must not reveal which one matched
            }
        }
        return Optional.ofNullable(found);
    }

    public Created create(String helpline, Request request) {
        String entry = entry(request);
        Content current = content.get();
        if (request.language() == null || !current.dialogs().settings().languages().contains(request.language())) {
            throw new InvalidRequest("language must be one of " + current.dialogs().settings().languages());
        }
        String country = request.country() == null || request.country().isBlank() ? null : request.country().toUpperCase(java.util.Locale.ROOT);
        if (country != null && current.directory().country(country) == null) {
            throw new InvalidRequest("country must be one of the directory's ISO codes, or left out");
        }
        String code = codes.next();
        String id = "h_" + HexFormat.of().formatHex(bytes(10));
        Instant expires = clock.instant().plus(settings.codeTtl());
        HandoffRecord record = new HandoffRecord(id, entry, request.language(), country, helpline, expires);
        store.putValue(codeKey(code), record.encode(), settings.codeTtl());
        store.putValue(statusKey(id), "pending|" + helpline + "|" + expires.getEpochSecond(), settings.codeTtl().plus(STATUS_KEPT));
        return new Created(id, HandoffCodes.readable(code), expires, entry, request.language(), country);
    }

    /** Whether a code was used or expired; empty for an unknown id or another helpline's code. */
    public Optional<Status> status(String helpline, String id) {
        Optional<String> stored = store.getValue(statusKey(id));
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = stored.get().split("\\|");
        if (!parts[1].equals(helpline)) {
            return Optional.empty();
        }
        if (parts[0].equals("used")) {
            return Optional.of(Status.USED);
        }
        boolean expired = clock.instant().isAfter(Instant.ofEpochSecond(Long.parseLong(parts[2])));
        return Optional.of(expired ? Status.EXPIRED : Status.PENDING);
    }

    @Override
    public Optional<Plan> redeem(String typed, String senderKey) {
        if (store.countCodeAttempts(senderKey, Duration.ofHours(1)) > settings.redeemPerHour()) {
            return Optional.empty(); // guessing is slowed down; the person just sees the usual greeting
        }
        String code = HandoffCodes.normalise(typed);
        if (code == null) {
            return Optional.empty();
        }
        Optional<HandoffRecord> record = store.takeValue(codeKey(code)).map(HandoffRecord::decode);
        if (record.isEmpty() || clock.instant().isAfter(record.get().expires())) {
            return Optional.empty();
        }
        HandoffRecord used = record.get();
        store.putValue(statusKey(used.id()), "used|" + used.helpline() + "|" + used.expires().getEpochSecond(), STATUS_KEPT);
        return Optional.of(new Plan(used.entry(), used.language(), used.country()));
    }

    @Override
    public boolean looksLikeCode(String text) {
        return HandoffCodes.normalise(text) != null;
    }

    public HandoffSettings settings() {
        return settings;
    }

    /** Where the code opens: a dialog's start, or a node written dialog.node. */
    private String entry(Request request) {
        Content current = content.get();
        if (request.node() != null && !request.node().isBlank()) {
            Target target = Target.parse(request.node(), null, null);
            if (target.dialog() == null || current.dialogs().node(target) == null) {
                throw new InvalidRequest("node must be dialog.node of an existing node");
            }
            return target.toString();
        }
        Dialog dialog = request.journey() == null ? null : current.dialogs().dialogs().get(request.journey());
        if (dialog == null) {
            throw new InvalidRequest("journey must be one of " + current.dialogs().dialogs().keySet());
        }
        return dialog.start().toString();
    }

    private String codeKey(String code) {
        return keys.marker("handoff", "code", code);
    }

    private static String statusKey(String id) {
        return "handoff-status:" + id;
    }

    private byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
