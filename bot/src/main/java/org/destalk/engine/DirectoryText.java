package org.destalk.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.destalk.directory.Country;
import org.destalk.directory.Hours;
import org.destalk.directory.Line;

/**
 * Writes directory entries as short chat text in the person's language. Plain characters only (no
 * bullets or middle dots), so that an SMS stays in the cheaper GSM-7 alphabet where the language allows.
 */
final class DirectoryText {

    private final String language;
    private final Function<String, String> label;
    private final boolean compact;

    /** @param compact for SMS: how to reach each line, without the description, to keep texts short */
    DirectoryText(String language, Function<String, String> label, boolean compact) {
        this.language = language;
        this.label = label;
        this.compact = compact;
    }

    /**
     * Always a number, so that "call {emergency}" reads well in every language: the country's, or 112,
     * which mobile phones connect to the local emergency service in the EU and in many other countries.
     * Texts for an unknown country should also give {emergency_note}.
     */
    String emergency(Country country) {
        return country != null && country.emergency() != null ? country.emergency().number() : "112";
    }

    /** The international advice on emergency numbers, for people whose country is not known. */
    String emergencyNote(Country international) {
        return international == null ? "" : local(international.emergencyNote());
    }

    /** Other emergency numbers and the non-urgent police line, e.g. "Also 091, 062". Empty when there are none. */
    String otherNumbers(Country country) {
        Country.Emergency emergency = country.emergency();
        List<String> parts = new ArrayList<>();
        if (emergency != null && !emergency.also().isEmpty()) {
            parts.add(label.apply("directory.also") + " " + String.join(", ", emergency.also()) + ".");
        }
        if (emergency != null && emergency.police() != null) {
            parts.add(label.apply("directory.police") + ": " + emergency.police() + ".");
        }
        return String.join(" ", parts);
    }

    String silent(Country country) {
        List<String> texts = country.silent().stream().map(silent -> local(silent.text())).toList();
        return String.join("\n", texts);
    }

    String lines(List<Line> lines) {
        List<String> blocks = new ArrayList<>();
        for (Line line : lines) {
            blocks.add(line(line));
        }
        return String.join("\n\n", blocks);
    }

    private String line(Line line) {
        StringBuilder out = new StringBuilder(line.name());
        if (line.area() != null) {
            out.append(" (").append(line.area()).append(')');
        }
        if (!compact) {
            out.append(": ").append(local(line.about()));
        }
        Line.Contacts contacts = line.contacts();
        if (contacts.phone() != null) {
            out.append('\n').append(label.apply("directory.phone")).append(' ').append(contacts.phone()).append(phoneDetails(line));
        }
        if (contacts.textNumber() != null) {
            out.append('\n').append(label.apply("directory.text")).append(' ').append(contacts.textNumber());
            if (contacts.textKeyword() != null) {
                out.append(" (").append(label.apply("directory.send")).append(' ').append(contacts.textKeyword()).append(')');
            }
        }
        appendIfPresent(out, "directory.whatsapp", contacts.whatsapp());
        appendIfPresent(out, "directory.ussd", contacts.ussd());
        appendIfPresent(out, "directory.tty", contacts.tty());
        if (contacts.chat() != null) {
            out.append('\n').append(label.apply("directory.chat")).append(' ').append(contacts.chat());
            if (line.chatHours().isKnown()) {
                out.append(" (").append(label.apply("directory.chat_hours")).append(' ').append(hours(line.chatHours())).append(')');
            }
        }
        appendIfPresent(out, "directory.email", contacts.email());
        if (contacts.chat() == null || !contacts.chat().equals(contacts.web())) {
            appendIfPresent(out, "directory.web", contacts.web());
        }
        boolean mustWarn = "low".equals(line.provenance().confidence());
        if (!line.note().isEmpty() && (!compact || mustWarn)) {
            out.append('\n').append(local(line.note())); // a caveat on an unverified number is kept even by SMS
        }
        return out.toString();
    }

    private String phoneDetails(Line line) {
        List<String> details = new ArrayList<>();
        if ("yes".equals(line.free())) {
            details.add(label.apply("directory.free"));
        }
        if (line.hours().isKnown()) {
            details.add(hours(line.hours()));
        }
        if ("no".equals(line.onPhoneBill())) {
            details.add(label.apply("directory.off_bill"));
        } else if ("yes".equals(line.onPhoneBill())) {
            details.add(label.apply("directory.on_bill"));
        }
        if (line.interpreting() != null) {
            details.add(label.apply("directory.interpreting") + " " + line.interpreting());
        }
        return details.isEmpty() ? "" : " (" + String.join(", ", details) + ")";
    }

    private String hours(Hours hours) {
        return hours.allDay() ? label.apply("directory.all_day") : local(hours.text());
    }

    private void appendIfPresent(StringBuilder out, String key, String value) {
        if (value != null) {
            out.append('\n').append(label.apply(key)).append(' ').append(value);
        }
    }

    private String local(java.util.Map<String, String> texts) {
        String text = texts.get(language);
        return text != null ? text : texts.getOrDefault("en", "");
    }
}
