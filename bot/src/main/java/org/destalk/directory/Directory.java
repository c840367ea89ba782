package org.destalk.directory;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.destalk.dialog.TextFold;

/**
 * Support organisations and emergency numbers by country, plus the international entry for people
 * whose country is not listed. Immutable; a reload builds a new one.
 */
public final class Directory {

    private final Map<String, Country> countries;
    private final Country international;
    private final Map<String, String> codeByWord = new HashMap<>();
    private final Set<String> emergencyNumbers = new HashSet<>();

    public Directory(Map<String, Country> countries, Country international) {
        this.countries = Map.copyOf(countries);
        this.international = international;
        countries.values().forEach(this::index);
    }

    public static Directory empty() {
        return new Directory(Map.of(), null);
    }

    public Country country(String code) {
        return code == null ? null : countries.get(code.toUpperCase(Locale.ROOT));
    }

    public Collection<Country> countries() {
        return countries.values();
    }

    /** The entry for people whose country is not listed (may be null when none is configured). */
    public Country international() {
        return international;
    }

    /** The country code a person meant by a name, alias, code or dialling prefix; null when unsure. */
    public String resolve(String typed) {
        return codeByWord.get(TextFold.fold(typed));
    }

    /**
     * Whether a message is nothing but an emergency number of a listed country ("911", "112", "999"):
     * someone who types one alone is most likely trying to reach it.
     */
    public boolean isEmergencyNumber(String typed) {
        StringBuilder digits = new StringBuilder(4);
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (!Character.isWhitespace(c) && c != '.' && c != '!') {
                return false; // every message is asked, so words leave at their first letter
            }
        }
        return !digits.isEmpty() && emergencyNumbers.contains(digits.toString());
    }

    /** The country of an international phone number, by its longest matching dialling prefix. */
    public String countryOfNumber(String e164) {
        if (e164 == null || !e164.startsWith("+")) {
            return null;
        }
        String best = null;
        int bestLength = 0;
        for (Country country : countries.values()) {
            String prefix = country.dialCode();
            if (prefix != null && e164.startsWith(prefix) && prefix.length() > bestLength && !sharedPrefix(prefix)) {
                best = country.code();
                bestLength = prefix.length();
            }
        }
        return best;
    }

    /** +1 is shared by the US and Canada, so it tells nothing about which one. */
    private boolean sharedPrefix(String prefix) {
        return countries.values().stream().filter(country -> prefix.equals(country.dialCode())).count() > 1;
    }

    private void index(Country country) {
        if (country.emergency() != null) {
            emergencyNumbers.add(country.emergency().number());
            emergencyNumbers.addAll(country.emergency().also());
        }
        codeByWord.putIfAbsent(TextFold.fold(country.code()), country.code());
        country.names().values().forEach(name -> codeByWord.putIfAbsent(TextFold.fold(name), country.code()));
        country.aliases().forEach(alias -> codeByWord.putIfAbsent(TextFold.fold(alias), country.code()));
        if (country.dialCode() != null && !sharedPrefix(country.dialCode())) {
            codeByWord.putIfAbsent(TextFold.fold(country.dialCode()), country.code());
        }
    }
}
