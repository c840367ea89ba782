package org.destalk.channel.telegram;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * The closed list of what can come of a Bot API call, decided in this one place: whether to retry, after
 * how long, and whether a retry could deliver a message twice.
 */
public record Outcome(Kind kind, long retryAfterSeconds) {

    public enum Kind {
        DONE,
        /** 429: Telegram asked us to wait; the call was not carried out. */
        THROTTLED,
        /** 5xx or a connection that never reached Telegram: not carried out, safe to retry. */
        RETRYABLE,
        /** The request may have reached Telegram (reset or read timeout): retrying a send could duplicate it. */
        UNKNOWN,
        /** 4xx other than 429: retrying cannot help (blocked by the user, message too old, ...). */
        REFUSED
    }

    static final Outcome DONE = new Outcome(Kind.DONE, 0);

    /** Classifies a failure of a Bot API call. */
    static Outcome of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TelegramApiRequestException request && request.getErrorCode() != null) {
                return fromStatus(request.getErrorCode(), request.getParameters() == null ? null : request.getParameters().getRetryAfter());
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException || cause instanceof NoRouteToHostException) {
                return new Outcome(Kind.RETRYABLE, 0);
            }
            if (cause instanceof SocketTimeoutException timeout) {
                String message = String.valueOf(timeout.getMessage()).toLowerCase(Locale.ROOT);
                return new Outcome(message.contains("connect") ? Kind.RETRYABLE : Kind.UNKNOWN, 0);
            }
            if (cause instanceof IOException) {
                return new Outcome(Kind.UNKNOWN, 0);
            }
        }
        return new Outcome(Kind.UNKNOWN, 0);
    }

    static Outcome fromStatus(int status, Integer retryAfter) {
        if (status == 429) {
            return new Outcome(Kind.THROTTLED, retryAfter == null ? 1 : retryAfter);
        }
        return new Outcome(status >= 500 ? Kind.RETRYABLE : Kind.REFUSED, 0);
    }

    /** Whether to try again: never for a refusal, and for an unknown outcome only if repeating is harmless. */
    boolean retry(boolean idempotent) {
        return switch (kind) {
            case THROTTLED, RETRYABLE -> true;
            case UNKNOWN -> idempotent;
            case DONE, REFUSED -> false;
        };
    }
}
