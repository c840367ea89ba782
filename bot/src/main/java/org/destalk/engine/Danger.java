package org.destalk.engine;

/** How urgent a message sounds: tiers from FACTS.md section 5. */
public enum Danger {
    NONE, HIGH_RISK, IMMINENT;

    public String tier() {
        return this == IMMINENT ? "imminent" : "high_risk";
    }
}
