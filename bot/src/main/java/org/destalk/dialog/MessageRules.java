package org.destalk.dialog;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the texts: every key translated in every declared language, placeholders known and the same in
 * every language, labels short enough for a numbered list, questions that fit the SMS budget, and first
 * lines that would not alarm anyone glancing at a lock screen.
 */
final class MessageRules {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    private final DialogBundle bundle;
    private final Problems problems;
    private final Settings settings;
    private final MessageUses uses;
    /** Folded once: every word of every first line in every language is held against all of them. */
    private final List<AlarmingWord> alarmingWords;

    MessageRules(DialogBundle bundle, Problems problems) {
        this.bundle = bundle;
        this.problems = problems;
        this.settings = bundle.settings();
        this.uses = MessageUses.of(bundle);
        this.alarmingWords = settings.alarmingWords().values().stream().flatMap(List::stream).map(AlarmingWord::of).toList();
    }

    void check() {
        for (String language : settings.languages()) {
            if (!bundle.catalogs().containsKey(language)) {
                problems.error(settings.section("languages"), "missing-catalog", "Language '" + language + "' is declared but messages/" + language + ".yml is missing.",
                        "add the file, or remove the language from `languages`.");
            }
        }
        bundle.catalogs().values().forEach(this::checkCatalog);
        uses.references().forEach(this::checkTranslated);
        bundle.dialogs().values().forEach(dialog -> dialog.nodes().values().forEach(this::checkLabels));
        for (String language : settings.languages()) {
            Catalog catalog = bundle.catalogs().get(language);
            if (catalog != null) {
                SmsBudget.overruns(bundle, catalog).forEach(this::reportOverrun);
            }
        }
    }

    private void checkTranslated(MessageRef ref) {
        Catalog fallback = bundle.catalogs().get(settings.defaultLanguage());
        if (fallback != null && fallback.text(ref.key()) == null) {
            problems.error(ref.position(), "unknown-message", "There is no message '" + ref.key() + "'.",
                    Suggestions.didYouMean(ref.key(), fallback.texts().keySet(), "add it to messages/" + settings.defaultLanguage() + ".yml."));
            return;
        }
        for (String language : settings.languages()) {
            Catalog catalog = bundle.catalogs().get(language);
            if (catalog != null && catalog.text(ref.key()) == null) {
                problems.error(ref.position(), "missing-translation", "Message '" + ref.key() + "' has no text in messages/" + language + ".yml.",
                        "add `" + ref.key() + "` to messages/" + language + ".yml.");
            }
        }
    }

    private void checkCatalog(Catalog catalog) {
        if (!settings.languages().contains(catalog.language())) {
            problems.warning(catalog.position(), "undeclared-language", "messages/" + catalog.language() + ".yml is not a declared language, so it is not used.",
                    "add '" + catalog.language() + "' to `languages` in settings.yml.");
        }
        Catalog reference = bundle.catalogs().get(settings.defaultLanguage());
        for (Catalog.Text text : uses.unused(catalog)) {
            problems.warning(text.position(), "unused-message", "Message '" + text.key() + "' is not used by any dialog.",
                    "remove it, or use it in a dialog.");
        }
        for (Catalog.Text text : catalog.texts().values()) {
            checkPlaceholders(text, reference == null ? null : reference.texts().get(text.key()));
            if (uses.spoken(text.key())) {
                checkFirstLine(text); // labels never open a message, so only spoken texts are checked
            }
        }
    }

    private void checkPlaceholders(Catalog.Text text, Catalog.Text reference) {
        Set<String> names = placeholders(text.value());
        for (String name : names) {
            if (!Vocabulary.PLACEHOLDERS.contains(name)) {
                problems.error(text.position(), "unknown-placeholder", "{" + name + "} is not a placeholder the bot can fill.",
                        Suggestions.didYouMean(name, Vocabulary.PLACEHOLDERS, "use one of: " + String.join(", ", Vocabulary.PLACEHOLDERS) + "."));
            }
        }
        if (reference != null && reference != text && !names.equals(placeholders(reference.value()))) {
            problems.error(text.position(), "placeholder-mismatch", "Message '" + text.key() + "' uses " + names + " but the "
                    + settings.defaultLanguage() + " text uses " + placeholders(reference.value()) + ".",
                    "use the same placeholders as the " + settings.defaultLanguage() + " text, e.g. so the emergency number is never lost.");
        }
    }

    private void checkFirstLine(Catalog.Text text) {
        String rawFirstLine = text.value().lines().findFirst().orElse("");
        for (String placeholder : Vocabulary.DIRECTORY_PLACEHOLDERS) {
            if (rawFirstLine.strip().startsWith("{" + placeholder + "}")) {
                problems.error(text.position(), "dynamic-first-line", "'" + text.key() + "' starts with {" + placeholder
                        + "}, so its first line would be directory text that nobody checked for the lock screen.",
                        "start with a short neutral line of your own, and put {" + placeholder + "} below it.");
                return;
            }
        }
        String firstLine = TextFold.fold(rawFirstLine);
        for (String word : firstLine.split(" ")) {
            if (alarmingWords.stream().anyMatch(alarming -> alarming.matches(word))) {
                problems.error(text.position(), "alarming-first-line", "The first line of '" + text.key() + "' contains '" + word
                        + "', which someone glancing at the lock screen could notice.", "reword the first line neutrally; details can follow on the next lines.");
                return;
            }
        }
    }

    private void checkLabels(Node node) {
        if (!(node instanceof Ask ask)) {
            return;
        }
        for (String language : settings.languages()) {
            Catalog catalog = bundle.catalogs().get(language);
            if (catalog == null) {
                continue;
            }
            for (Option option : ask.visibleOptions()) {
                Catalog.Text label = catalog.texts().get(option.label().key());
                if (label != null) {
                    checkLabelLength(label);
                }
            }
        }
    }

    private void checkLabelLength(Catalog.Text label) {
        int length = label.value().codePointCount(0, label.value().length());
        if (length > settings.limits().optionLabel()) {
            problems.error(label.position(), "label-too-long", "Option label '" + label.value() + "' has " + length + " characters; at most "
                    + settings.limits().optionLabel() + " fit on a numbered SMS line or a button.", "shorten it.");
        }
    }

    private void reportOverrun(SmsBudget.Overrun overrun) {
        String encoding = overrun.gsm7() ? "GSM-7" : "UCS-2 (because of characters such as accents or emoji)";
        problems.error(overrun.text().position(), "sms-too-long", "'" + overrun.text().key() + "' needs " + overrun.segments() + " SMS segments in "
                + encoding + "; the limit is " + settings.limits().smsSegments() + ".", "shorten it, or split it into two messages.");
    }

    static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** A pattern of settings' alarming words, folded like the text (no accents, lower case), so "harcèl*" matches "harcelement". */
    private record AlarmingWord(String folded, boolean prefix) {

        static AlarmingWord of(String pattern) {
            boolean prefix = pattern.endsWith("*");
            return new AlarmingWord(TextFold.fold(prefix ? pattern.substring(0, pattern.length() - 1) : pattern), prefix);
        }

        boolean matches(String word) {
            return prefix ? word.startsWith(folded) : word.equals(folded);
        }
    }
}
