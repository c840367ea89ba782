package org.destalk.conversation;

import java.util.Optional;

/** Redeems a hand-off code from a start link or an SMS; the hand-off feature implements it. */
public interface StartCodes {

    /** Where a redeemed code opens the conversation: a journey or node, a language and a country. */
    record Plan(String entry, String language, String country) {
    }

    /**
     * Redeems a code once. Empty for a wrong, used or expired code, or when the sender is over the
     * attempt limit; the caller then behaves exactly as for an ordinary greeting.
     */
    Optional<Plan> redeem(String code, String senderKey);

    /** True when a whole message looks like a code, so that SMS text can be tried as one. */
    boolean looksLikeCode(String text);

    StartCodes NONE = new StartCodes() {
        @Override
        public Optional<Plan> redeem(String code, String senderKey) {
            return Optional.empty();
        }

        @Override
        public boolean looksLikeCode(String text) {
            return false;
        }
    };
}
