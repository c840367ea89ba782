package org.destalk.handoff;

import java.time.Instant;

/**
 * What a code opens (a journey or node, a language, a country), for which helpline, until when.
 * Stored under the code's hash only; the person who redeems it is never recorded.
 */
record HandoffRecord(String id, String entry, String language, String country, String helpline, Instant expires) {

    private static final String SEPARATOR = "|";

    String encode() {
        return String.join(SEPARATOR, id, entry, language, country == null ? "" : country, helpline, Long.toString(expires.getEpochSecond()));
    }

    static HandoffRecord decode(String stored) {
        String[] parts = stored.split("\\" + SEPARATOR, -1);
        return new HandoffRecord(parts[0], parts[1], parts[2], parts[3].isEmpty() ? null : parts[3], parts[4],
                Instant.ofEpochSecond(Long.parseLong(parts[5])));
    }
}
