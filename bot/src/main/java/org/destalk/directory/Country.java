package org.destalk.directory;

import java.util.List;
import java.util.Map;
import org.destalk.dialog.Position;

/** A country's emergency numbers, silent ways to ask for help, and support lines. */
public record Country(String code, Map<String, String> names, List<String> aliases, String dialCode, Emergency emergency,
                     List<Silent> silent, List<Line> lines, Map<String, String> emergencyNote, Position position) {

    /** Emergency numbers; {@code number} is the one to call in immediate danger. */
    public record Emergency(String number, List<String> also, String police) {
    }

    /** A way to get help without speaking (e.g. pressing 55 on a silent 999 call in the UK). */
    public record Silent(String id, Map<String, String> text, Provenance provenance) {
    }

    public String name(String language) {
        return names.getOrDefault(language, names.getOrDefault("en", code));
    }

    public List<Line> primaryLines() {
        List<Line> primary = lines.stream().filter(Line::primary).toList();
        return primary.isEmpty() ? lines.stream().limit(1).toList() : primary;
    }

    public List<Line> otherLines() {
        List<Line> primary = primaryLines();
        return lines.stream().filter(line -> !primary.contains(line)).toList();
    }
}
