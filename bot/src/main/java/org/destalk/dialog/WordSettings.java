package org.destalk.dialog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Reads the settings that give words a meaning in answers, per language: numbers written as words,
 * short replies that stand for an intent, and greetings that show a language. Words are kept folded,
 * as messages are compared.
 */
final class WordSettings {

    /** The highest option number a person can type (two digits). */
    private static final int MAX_CHOICE = 99;

    private WordSettings() {
    }

    /** {@code number_words}: language, then each word with the number it stands for. */
    static Map<String, Map<String, Integer>> numberWords(YNode node, List<String> languages) {
        Map<String, Map<String, Integer>> byLanguage = new LinkedHashMap<>();
        forEachLanguage(node, languages, "Number words", (language, words) -> {
            Map<String, Integer> numbers = new LinkedHashMap<>();
            words.entries().forEach((word, number) -> {
                Integer value = number.integer();
                String folded = TextFold.fold(word);
                if (folded.isEmpty() || folded.contains(" ")) {
                    node.problems().error(number, "wrong-word", "'" + word + "' is not one word.", "write each number word on its own, letters only.");
                } else if (value != null && (value < 1 || value > MAX_CHOICE)) {
                    node.problems().error(number, "wrong-number", "'" + word + "' stands for " + value + ", but options are numbered 1 to "
                            + MAX_CHOICE + ".", "use a number from 1 to " + MAX_CHOICE + ".");
                } else if (value != null) {
                    numbers.put(folded, value);
                }
            });
            byLanguage.put(language, Collections.unmodifiableMap(numbers));
        });
        return Collections.unmodifiableMap(byLanguage);
    }

    /** {@code reply_words}: language, then intent, then the whole messages that mean it ("y", "ok"). */
    static Map<String, Map<String, String>> replyWords(YNode node, List<String> languages) {
        Map<String, Map<String, String>> byLanguage = new LinkedHashMap<>();
        forEachLanguage(node, languages, "Reply words", (language, intents) -> {
            Map<String, String> replies = new LinkedHashMap<>();
            intents.entries().forEach((intent, words) -> {
                if (!Vocabulary.INTENTS.contains(intent)) {
                    node.problems().error(words, "unknown-intent", "'" + intent + "' is not an intent the bot recognises.",
                            Suggestions.didYouMean(intent, Vocabulary.INTENTS, "use one of: " + String.join(", ", Vocabulary.INTENTS) + "."));
                    return;
                }
                for (String word : words.texts()) {
                    String other = replies.putIfAbsent(TextFold.fold(word), intent);
                    if (other != null && !other.equals(intent)) {
                        node.problems().error(words, "duplicate-word", "'" + word + "' is a reply for both '" + other + "' and '" + intent
                                + "' in '" + language + "'.", "keep it under one intent only.");
                    }
                }
            });
            byLanguage.put(language, Collections.unmodifiableMap(replies));
        });
        return Collections.unmodifiableMap(byLanguage);
    }

    /**
     * {@code language_words}: whole messages that show the language they are written in, though far too
     * short for the language detector ("hola", "bonjour"). Each word, folded, with its one language.
     */
    static Map<String, String> languageWords(YNode node, List<String> languages) {
        Map<String, String> languageOf = new LinkedHashMap<>();
        forEachLanguage(node, languages, "Language words", (language, words) -> {
            for (YNode item : words.items()) {
                String word = item.text() == null ? "" : item.text();
                String folded = TextFold.fold(word);
                String other = folded.isEmpty() ? null : languageOf.putIfAbsent(folded, language);
                if (folded.isEmpty()) {
                    node.problems().error(item, "wrong-word", "'" + word + "' has no letters to match.", "write the word itself.");
                } else if (other != null && !other.equals(language)) {
                    node.problems().error(item, "duplicate-word", "'" + word + "' is listed for both '" + other + "' and '" + language + "'.",
                            "keep only words that one language alone uses.");
                }
            }
        });
        return Collections.unmodifiableMap(languageOf);
    }

    /** Reads each language's entry; an undeclared language is reported and its entry still read for mistakes. */
    private static void forEachLanguage(YNode node, List<String> languages, String what, BiConsumer<String, YNode> entry) {
        if (node == null) {
            return;
        }
        node.entries().forEach((language, value) -> {
            if (!languages.contains(language)) {
                node.problems().error(value, "unknown-language", what + " are given for '" + language + "', which is not declared.",
                        "declare it in `languages` or remove these words.");
            }
            entry.accept(language, value);
        });
    }
}
