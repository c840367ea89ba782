package org.destalk.session;

import java.util.Optional;

/**
 * What a message finds when it arrives, fetched in one step: whether this delivery was handled before,
 * the sender's message count in the current window, and their session.
 *
 * @param repeated true for a redelivery; then nothing was counted and no session is given
 */
public record Arrival(boolean repeated, long count, Optional<Versioned> session) {

    static Arrival repeat() {
        return new Arrival(true, 0, Optional.empty());
    }
}
