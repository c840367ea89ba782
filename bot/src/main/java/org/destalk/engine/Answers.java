package org.destalk.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.destalk.dialog.Ask;
import org.destalk.dialog.DialogBundle;
import org.destalk.dialog.Option;
import org.destalk.dialog.Target;
import org.destalk.dialog.TextFold;

/**
 * Finds the option an input means, most certain way first: a tapped choice, a typed number, the exact
 * label, then a reply word or a confident intent, then how one label begins. Never a guess below
 * {@link #CONFIDENT}.
 */
final class Answers {

    /** Intent confidence needed to act on free text without asking. */
    static final double CONFIDENT = 0.6;
    /** Below this an intent is not even offered in a clarifying question. */
    static final double PLAUSIBLE = 0.2;
    private static final Pattern ONE_OR_TWO_DIGITS = Pattern.compile("[0-9]{1,2}");
    private static final int NOT_A_NUMBER = -1;

    private final DialogBundle dialogs;
    /** Folded, by language: a configured word may fold to several ("s'il" to "s" and "il"). */
    private final Map<String, Set<String>> choiceWords = new HashMap<>();
    private final Labels labels;

    Answers(DialogBundle dialogs) {
        this.dialogs = dialogs;
        this.labels = new Labels(dialogs);
        dialogs.settings().choiceWords().forEach((language, words) -> choiceWords.put(language, words.stream()
                .flatMap(word -> Arrays.stream(TextFold.fold(word).split(" "))).filter(word -> !word.isEmpty()).collect(Collectors.toSet())));
    }

    /** A tapped choice is valid only if it belongs to the question the person is at now. */
    Option byChoice(Ask ask, State state, String choiceId) {
        String prefix = state.position() + ":";
        if (choiceId == null || !choiceId.startsWith(prefix)) {
            return null;
        }
        return ask.option(choiceId.substring(prefix.length()));
    }

    Option byNumber(Ask ask, String folded, String language) {
        int index = typedNumber(folded, language) - 1;
        List<Option> visible = ask.visibleOptions();
        return index >= 0 && index < visible.size() ? visible.get(index) : null;
    }

    /**
     * The number of a choice, as people type it: in digits or in words ("2", "two"), alone or with
     * nothing but choice words around it ("option 2", "two please"); 0 when the message is no such
     * number. Choices are counted from 1.
     */
    int typedNumber(String folded, String language) {
        if (ONE_OR_TWO_DIGITS.matcher(folded).matches()) {
            return Integer.parseInt(folded);
        }
        int number = NOT_A_NUMBER;
        for (String word : folded.split(" ")) {
            int value = number(word, language);
            if (value != NOT_A_NUMBER && number == NOT_A_NUMBER) {
                number = value;
            } else if (value != NOT_A_NUMBER || !isChoiceWord(word, language)) {
                return 0;
            }
        }
        return Math.max(number, 0);
    }

    /** What a word stands for, in digits or as a number word of the language or the default one. */
    private int number(String word, String language) {
        if (ONE_OR_TWO_DIGITS.matcher(word).matches()) {
            return Integer.parseInt(word);
        }
        Map<String, Map<String, Integer>> numberWords = dialogs.settings().numberWords();
        Integer value = numberWords.getOrDefault(language, Map.of()).get(word);
        if (value == null) {
            value = numberWords.getOrDefault(dialogs.settings().defaultLanguage(), Map.of()).get(word);
        }
        return value == null ? NOT_A_NUMBER : value;
    }

    private boolean isChoiceWord(String word, String language) {
        return choiceWords.getOrDefault(language, Set.of()).contains(word)
                || choiceWords.getOrDefault(dialogs.settings().defaultLanguage(), Set.of()).contains(word);
    }

    /** Typing a label (in the person's language or the default one) chooses it. */
    Option byLabel(Ask ask, String folded, String language) {
        return labels.exact(ask, folded, language);
    }

    /** The one visible option whose label begins with the typed words; see {@link Labels#byStart}. */
    Option byLabelStart(Ask ask, String folded, String language) {
        return labels.byStart(ask, folded, language);
    }

    /**
     * A whole message that is a reply word ("y", "ok", "nope") stands for its intent with certainty, in
     * the person's language, the language the message is confidently in, or the default one. What the
     * models made of the language and of danger is kept.
     */
    Understanding withReplyWords(Understanding understanding, String folded, String language) {
        String intent = replyIntent(folded, language);
        if (intent == null && understanding.languageConfident()) {
            intent = replyIntent(folded, understanding.language());
        }
        if (intent == null) {
            intent = replyIntent(folded, dialogs.settings().defaultLanguage());
        }
        return intent == null ? understanding : new Understanding(understanding.language(), understanding.languageConfident(),
                List.of(new Understanding.Scored(intent, 1.0)), understanding.danger());
    }

    /**
     * A whole message that only one language says ("hola", "bonjour") is firmly in that language, where
     * the models could not tell from so little: so a greeting can be answered with the offer to switch.
     * What the models made of intent and danger is kept.
     */
    Understanding withLanguageWords(Understanding understanding, String folded) {
        String language = understanding.languageConfident() ? null : languageOf(folded);
        return language == null ? understanding : new Understanding(language, true, understanding.intents(), understanding.danger());
    }

    /** The one language whose language words include the whole message; null when none does. */
    String languageOf(String folded) {
        return dialogs.settings().languageWords().get(folded);
    }

    /** The intent a whole message stands for as a reply word of the language; null when it is none. */
    String replyIntent(String folded, String language) {
        return dialogs.settings().replyWords().getOrDefault(language, Map.of()).get(folded);
    }

    Option byIntent(Ask ask, Understanding understanding) {
        if (understanding.topConfidence() < CONFIDENT) {
            return null;
        }
        return withIntent(ask, understanding.topIntent());
    }

    /**
     * Where the message's intent leads from any question (a route of the settings): when confident, or
     * when merely plausible and it leads back to this very question ("hi" at the main menu), where going
     * there again costs nothing if the guess was wrong. Null when nowhere.
     *
     * @param here the position the question is at, as {@code dialog.node}
     */
    Target route(Understanding understanding, String here) {
        Target route = understanding.topIntent() == null ? null : dialogs.settings().routes().get(understanding.topIntent());
        double needed = route != null && route.toString().equals(here) ? PLAUSIBLE : CONFIDENT;
        return route != null && understanding.topConfidence() >= needed ? route : null;
    }

    static Option withIntent(Ask ask, String intent) {
        return ask.options().stream().filter(option -> option.intents().contains(intent)).findFirst().orElse(null);
    }

    /** Intents worth offering in a clarifying question: plausible, and leading somewhere from here. */
    List<String> plausible(Ask ask, Understanding understanding) {
        return understanding.intents().stream()
                .filter(scored -> scored.confidence() >= PLAUSIBLE)
                .map(Understanding.Scored::intent)
                .filter(intent -> withIntent(ask, intent) != null || dialogs.settings().routes().containsKey(intent))
                .limit(3)
                .toList();
    }

}
