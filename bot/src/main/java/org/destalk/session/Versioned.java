package org.destalk.session;

/** A stored session with the version it was read at, for check-and-set updates. */
public record Versioned(Session session, long version) {
}
