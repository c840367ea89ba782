package org.destalk.dialog;

import java.util.Map;

/** The message texts of one language, by dotted key (e.g. {@code check.intro}). */
public record Catalog(String language, String name, Map<String, Text> texts, Position position) {

    public record Text(String key, String value, Position position) {
    }

    public String text(String key) {
        Text text = texts.get(key);
        return text == null ? null : text.value();
    }
}
