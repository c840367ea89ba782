package org.destalk.directory;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.destalk.dialog.YNode;

/**
 * Reads one directory file (dialogs/directory/&lt;cc&gt;.yml) and checks what a person relies on: dialable
 * numbers, a source and a checked-on date for every entry, texts in every declared language.
 */
public final class DirectoryParser {

    public static final String INTERNATIONAL = "ZZ";
    static final Pattern PHONE = Pattern.compile("\\+?[0-9]([0-9 \\-]{0,18}[0-9])?");
    private static final Pattern USSD = Pattern.compile("[*#0-9]+#");
    private static final Pattern CODE = Pattern.compile("[A-Z]{2}");
    private static final List<String> TOP_KEYS = List.of("version", "country", "name", "aliases", "dial_code", "emergency",
            "silent", "lines", "emergency_note");
    private static final List<String> TRISTATE = List.of("yes", "no", "unknown", "true", "false");

    private final List<String> languages;
    private final LocalDate today;

    public DirectoryParser(List<String> languages, LocalDate today) {
        this.languages = languages;
        this.today = today;
    }

    public Country parse(YNode root, String expectedCode) {
        if (!root.isMap()) {
            root.entries();
            return null;
        }
        root.allowOnly(TOP_KEYS);
        YNode codeNode = root.require("country", "add `country: " + expectedCode + "`.");
        YNode nameNode = root.require("name", "add `name:` with the country's name in every language.");
        if (codeNode == null || nameNode == null || codeNode.text() == null) {
            return null;
        }
        String code = codeNode.text();
        if (!code.equals(expectedCode) || !CODE.matcher(code).matches()) {
            root.problems().error(codeNode, "id-mismatch", "The country code '" + code + "' does not match the file name.",
                    "write `country: " + expectedCode + "` (upper case) or rename the file.");
        }
        boolean international = INTERNATIONAL.equals(code);
        Texts texts = new Texts(languages);
        Country.Emergency emergency = international ? null : emergency(root.require("emergency", "add `emergency: {number: \"112\"}`."));
        YNode linesNode = international ? root.get("lines") : root.require("lines", "add at least one support line.");
        YNode note = international ? root.require("emergency_note", "add `emergency_note:` in every language.") : root.get("emergency_note");
        return new Country(code, texts.required(nameNode), aliases(root.get("aliases")), dialCode(root, international), emergency,
                silent(root.get("silent"), texts), lines(linesNode, texts), note == null ? Map.of() : texts.required(note), root.position());
    }

    private String dialCode(YNode root, boolean international) {
        YNode node = international ? root.get("dial_code") : root.require("dial_code", "add `dial_code: \"+34\"`.");
        String code = node == null ? null : node.text();
        if (code != null && !code.matches("\\+[0-9]{1,4}")) {
            root.problems().error(node, "bad-phone", "The dialling code '" + code + "' must look like +34.", "write it with a leading +.");
        }
        return code;
    }

    private Country.Emergency emergency(YNode node) {
        if (node == null) {
            return null;
        }
        node.allowOnly(List.of("number", "also", "police"));
        YNode number = node.require("number", "add `number:` with the emergency number.");
        List<String> also = node.get("also") == null ? List.of() : node.get("also").texts();
        also.forEach(other -> phone(node.get("also"), other));
        String police = node.get("police") == null ? null : phone(node.get("police"), node.get("police").text());
        return number == null ? null : new Country.Emergency(phone(number, number.text()), also, police);
    }

    private List<Country.Silent> silent(YNode node, Texts texts) {
        List<Country.Silent> silent = new ArrayList<>();
        if (node != null) {
            for (YNode item : node.items()) {
                item.allowOnly(List.of("id", "text", "confidence", "source", "checked_on"));
                YNode id = item.require("id", "add `id:`.");
                YNode text = item.require("text", "add `text:` in every language.");
                Provenance provenance = provenance(item);
                if (id != null && text != null) {
                    silent.add(new Country.Silent(id.text(), texts.required(text), provenance));
                }
            }
        }
        return List.copyOf(silent);
    }

    private List<Line> lines(YNode node, Texts texts) {
        List<Line> lines = new ArrayList<>();
        if (node != null) {
            LineParser parser = new LineParser(this, texts);
            for (YNode item : node.items()) {
                Line line = parser.parse(item);
                if (line != null) {
                    lines.add(line);
                }
            }
        }
        return List.copyOf(lines);
    }

    private static List<String> aliases(YNode node) {
        return node == null ? List.of() : List.copyOf(node.texts());
    }

    /** Checks a number is dialable as written; returns it either way so one typo does not hide the rest. */
    String phone(YNode at, String number) {
        if (number != null && !PHONE.matcher(number).matches()) {
            at.problems().error(at, "bad-phone", "'" + number + "' is not a dialable number.",
                    "use digits, spaces and hyphens only, with an optional leading +; write letters as their digits.");
        }
        return number;
    }

    String ussd(YNode at, String code) {
        if (code != null && !USSD.matcher(code).matches()) {
            at.problems().error(at, "bad-phone", "'" + code + "' is not a USSD code.", "write it like *120*7867#.");
        }
        return code;
    }

    String tristate(YNode node) {
        if (node == null) {
            return "unknown";
        }
        String value = node.text();
        if (value != null && !TRISTATE.contains(value)) {
            node.problems().error(node, "wrong-type", "'" + value + "' must be yes, no or unknown.", "");
        }
        return "true".equals(value) ? "yes" : "false".equals(value) ? "no" : value;
    }

    Provenance provenance(YNode item) {
        YNode confidence = item.require("confidence", "add `confidence: high`, `medium` or `low`.");
        YNode sources = item.require("source", "add `source:` with the address the fact comes from.");
        YNode checked = item.require("checked_on", "add `checked_on: YYYY-MM-DD`, the day the entry was checked.");
        if (confidence != null && !List.of("high", "medium", "low").contains(String.valueOf(confidence.text()))) {
            item.problems().error(confidence, "wrong-type", "Confidence must be high, medium or low.", "");
        }
        List<String> urls = sources == null ? List.of() : sources.texts();
        if (sources != null && urls.isEmpty()) {
            item.problems().error(sources, "missing-source", "The entry has no source.", "add the address the fact comes from.");
        }
        return new Provenance(confidence == null ? null : confidence.text(), urls, checkedOn(checked));
    }

    private LocalDate checkedOn(YNode node) {
        if (node == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(node.text());
            if (date.isAfter(today)) {
                node.problems().error(node, "bad-date", "The checked-on date " + date + " is in the future.", "write the day it was checked.");
            } else if (date.isBefore(today.minusMonths(12))) {
                node.problems().warning(node, "stale-entry", "This entry was last checked on " + date + ", more than 12 months ago.",
                        "check it against its source and update `checked_on`.");
            }
            return date;
        } catch (DateTimeParseException | NullPointerException e) {
            node.problems().error(node, "bad-date", "'" + node.text() + "' is not a date.", "write it as YYYY-MM-DD.");
            return null;
        }
    }

    /** Multilingual text maps must cover every declared language. */
    static final class Texts {
        private final List<String> languages;

        Texts(List<String> languages) {
            this.languages = languages;
        }

        Map<String, String> required(YNode node) {
            Map<String, String> texts = new LinkedHashMap<>();
            node.entries().forEach((language, value) -> {
                String text = value.text();
                if (text != null) {
                    texts.put(language, text.strip());
                }
            });
            for (String language : languages) {
                if (!texts.containsKey(language)) {
                    node.problems().error(node, "missing-translation", "No '" + language + "' text here.", "add `" + language + ": ...`.");
                }
            }
            return Collections.unmodifiableMap(texts);
        }

        Map<String, String> optional(YNode node) {
            return node == null ? Map.of() : required(node);
        }
    }
}
