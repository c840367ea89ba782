package org.destalk.nlp;

import java.util.Map;

/**
 * The language most people in a country write in, as a prior when nothing better is known (an SMS from a
 * +34 number is probably in Spanish). Only for the six languages the bot speaks; Belgium and Canada are
 * left out on purpose, as two of their languages are common.
 */
final class CountryLanguages {

    private static final Map<String, String> LANGUAGE = Map.ofEntries(
            Map.entry("ES", "es"), Map.entry("IT", "it"), Map.entry("DE", "de"), Map.entry("AT", "de"),
            Map.entry("FR", "fr"), Map.entry("PT", "pt"), Map.entry("BR", "pt"), Map.entry("GB", "en"),
            Map.entry("IE", "en"), Map.entry("US", "en"), Map.entry("AU", "en"), Map.entry("ZA", "en"),
            Map.entry("MX", "es"), Map.entry("AR", "es"), Map.entry("CO", "es"), Map.entry("CL", "es"));

    private CountryLanguages() {
    }

    static String of(String country) {
        return country == null ? null : LANGUAGE.get(country);
    }
}
