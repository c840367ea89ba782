package org.destalk.directory;

import java.util.List;
import java.util.Map;
import org.destalk.dialog.YNode;

/** Reads one support line of a directory file. */
final class LineParser {

    private static final List<String> KEYS = List.of("id", "name", "area", "primary", "about", "phone", "tty", "text", "whatsapp",
            "ussd", "chat", "email", "web", "app", "hours", "chat_hours", "free", "on_phone_bill", "interpreting", "note",
            "confidence", "source", "checked_on");

    private final DirectoryParser parser;
    private final DirectoryParser.Texts texts;

    LineParser(DirectoryParser parser, DirectoryParser.Texts texts) {
        this.parser = parser;
        this.texts = texts;
    }

    Line parse(YNode item) {
        item.allowOnly(KEYS);
        YNode id = item.require("id", "add `id:` (lower case, unique).");
        YNode name = item.require("name", "add `name:` with the organisation's own name.");
        YNode about = item.require("about", "add `about:` in every language.");
        Provenance provenance = parser.provenance(item);
        Line.Contacts contacts = contacts(item);
        if (id == null || name == null || about == null) {
            return null;
        }
        if (contacts.phone() == null && contacts.chat() == null && contacts.web() == null && contacts.textNumber() == null) {
            item.problems().error(item, "missing-key", "Line '" + id.text() + "' has no way to reach it.", "add `phone:`, `text:`, `chat:` or `web:`.");
        }
        YNode primary = item.get("primary");
        return new Line(id.text(), name.text(), optional(item, "area"), primary != null && Boolean.TRUE.equals(primary.bool()),
                texts.required(about), contacts, hours(item.get("hours")), hours(item.get("chat_hours")),
                parser.tristate(item.get("free")), parser.tristate(item.get("on_phone_bill")), optional(item, "interpreting"),
                texts.optional(item.get("note")), provenance, item.position());
    }

    private Line.Contacts contacts(YNode item) {
        String textNumber = null;
        String keyword = null;
        YNode text = item.get("text");
        if (text != null) {
            text.allowOnly(List.of("number", "keyword"));
            YNode number = text.require("number", "add `number:`.");
            textNumber = number == null ? null : parser.phone(number, number.text());
            keyword = optional(text, "keyword");
        }
        return new Line.Contacts(phone(item, "phone"), phone(item, "tty"), textNumber, keyword, phone(item, "whatsapp"),
                item.get("ussd") == null ? null : parser.ussd(item.get("ussd"), item.get("ussd").text()),
                optional(item, "chat"), optional(item, "email"), optional(item, "web"), texts.optional(item.get("app")));
    }

    private String phone(YNode item, String key) {
        YNode node = item.get(key);
        return node == null ? null : parser.phone(node, node.text());
    }

    private Hours hours(YNode node) {
        if (node == null) {
            return Hours.UNKNOWN;
        }
        if (node.isScalar()) {
            String value = node.text();
            if ("24/7".equals(value)) {
                return Hours.ALL_DAY;
            }
            if (!"unknown".equals(value)) {
                node.problems().error(node, "wrong-type", "Hours must be 24/7, unknown, or a text per language.", "");
            }
            return Hours.UNKNOWN;
        }
        Map<String, String> text = texts.required(node);
        return new Hours(false, text);
    }

    private static String optional(YNode item, String key) {
        YNode node = item.get(key);
        return node == null ? null : node.text();
    }
}
