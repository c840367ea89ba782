package org.destalk.dialog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads dialogs/messages/&lt;lang&gt;.yml; nested keys become dotted keys. */
public final class CatalogParser {

    private static final List<String> TOP_KEYS = List.of("version", "language", "name", "messages");

    private CatalogParser() {
    }

    public static Catalog parse(YNode root, String expectedLanguage) {
        if (!root.isMap()) {
            root.entries();
            return null;
        }
        root.allowOnly(TOP_KEYS);
        Integer version = DialogParser.version(root);
        YNode languageNode = root.require("language", "add `language: " + expectedLanguage + "`.");
        YNode nameNode = root.require("name", "add `name:` with the language's own name, e.g. Español.");
        YNode messagesNode = root.require("messages", "add `messages:`.");
        if (version == null || languageNode == null || nameNode == null || messagesNode == null) {
            return null;
        }
        if (!expectedLanguage.equals(languageNode.text())) {
            root.problems().error(languageNode, "id-mismatch", "The file says language '" + languageNode.text() + "' but is named " + expectedLanguage + ".yml.",
                    "write `language: " + expectedLanguage + "`.");
        }
        Map<String, Catalog.Text> texts = new LinkedHashMap<>();
        flatten("", messagesNode, texts);
        return new Catalog(expectedLanguage, nameNode.text(), Collections.unmodifiableMap(texts), root.position());
    }

    private static void flatten(String prefix, YNode node, Map<String, Catalog.Text> texts) {
        for (Map.Entry<String, YNode> entry : node.entries().entrySet()) {
            String key = prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey();
            YNode value = entry.getValue();
            if (value.isMap()) {
                flatten(key, value, texts);
            } else {
                String text = value.text();
                if (text != null) {
                    texts.put(key, new Catalog.Text(key, text.strip(), value.position()));
                }
            }
        }
    }
}
