package org.destalk.engine;

/** An answer the person can pick: a button on Telegram, a numbered line on SMS. */
public record Choice(String id, String label) {
}
