package org.destalk.coordinator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.destalk.dialog.Catalog;
import org.destalk.dialog.DialogBundle;
import org.destalk.dialog.MessageUses;
import org.destalk.dialog.SmsBudget;

/**
 * How far each declared language is translated: the keys the content needs but the language lacks, the
 * keys it has that nothing uses, and the texts over the SMS budget. Worked out from the loaded content
 * with the checker's own rules (never from problem texts), so validate and the admin API agree with it.
 */
public final class TranslationCoverage {

    /** One declared language; the lists hold dotted message keys, sorted. */
    public record Language(String code, int keys, List<String> missing, List<String> unused, List<String> overSmsBudget) {
        public Language {
            missing = List.copyOf(missing);
            unused = List.copyOf(unused);
            overSmsBudget = List.copyOf(overSmsBudget);
        }
    }

    private final List<Language> languages;

    private TranslationCoverage(List<Language> languages) {
        this.languages = List.copyOf(languages);
    }

    /** Works on content with errors too; only when settings.yml cannot be read are there no languages to report. */
    public static TranslationCoverage of(ContentLoader.Result result) {
        DialogBundle bundle = result.bundle();
        if (bundle == null) {
            return new TranslationCoverage(List.of());
        }
        MessageUses uses = MessageUses.of(bundle);
        return new TranslationCoverage(bundle.settings().languages().stream().map(code -> language(code, bundle, uses)).toList());
    }

    /** In the order of {@code languages} in settings.yml. */
    public List<Language> languages() {
        return languages;
    }

    /** True when no declared language lacks a key the content needs. */
    public boolean complete() {
        return languages.stream().allMatch(language -> language.missing().isEmpty());
    }

    /** A table for the terminal, one line per language, then one indented line per key to act on. */
    public List<String> lines() {
        int codeWidth = languages.stream().mapToInt(language -> language.code().length()).max().orElse(0);
        int keysWidth = languages.stream().mapToInt(language -> String.valueOf(language.keys()).length()).max().orElse(0);
        String row = "%-" + codeWidth + "s  %" + keysWidth + "d keys  %d missing  %d unused  %d over SMS budget";
        List<String> lines = new ArrayList<>();
        for (Language language : languages) {
            lines.add(String.format(Locale.ROOT, row, language.code(), language.keys(), language.missing().size(),
                    language.unused().size(), language.overSmsBudget().size()));
        }
        languages.forEach(language -> details(language, lines));
        return lines;
    }

    private static void details(Language language, List<String> lines) {
        String code = language.code();
        if (language.keys() == 0 && !language.missing().isEmpty()) {
            // a language declared before its file is written: one line says more than hundreds of keys
            lines.add("  " + code + " missing: all " + language.missing().size() + " keys (messages/" + code + ".yml is missing or empty)");
        } else {
            language.missing().forEach(key -> lines.add("  " + code + " missing: " + key));
        }
        language.unused().forEach(key -> lines.add("  " + code + " unused: " + key));
        language.overSmsBudget().forEach(key -> lines.add("  " + code + " over SMS budget: " + key));
    }

    /** The catalog of exactly this language: the engine's fallback to the default language would hide gaps. */
    private static Language language(String code, DialogBundle bundle, MessageUses uses) {
        Catalog catalog = bundle.catalogs().get(code);
        if (catalog == null) {
            return new Language(code, 0, sorted(uses.keys()), List.of(), List.of());
        }
        List<String> unused = uses.unused(catalog).stream().map(Catalog.Text::key).toList();
        List<String> overBudget = SmsBudget.overruns(bundle, catalog).stream().map(overrun -> overrun.text().key()).toList();
        return new Language(code, catalog.texts().size(), sorted(uses.missing(catalog)), sorted(unused), sorted(overBudget));
    }

    private static List<String> sorted(Collection<String> keys) {
        return keys.stream().distinct().sorted().toList();
    }
}
