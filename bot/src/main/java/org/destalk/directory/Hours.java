package org.destalk.directory;

import java.util.Map;

/** Opening hours: around the clock, unknown, or a short text per language. */
public record Hours(boolean allDay, Map<String, String> text) {

    public static final Hours UNKNOWN = new Hours(false, Map.of());
    public static final Hours ALL_DAY = new Hours(true, Map.of());

    public boolean isKnown() {
        return allDay || !text.isEmpty();
    }
}
