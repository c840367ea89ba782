package org.destalk.dialog;

import java.util.HashSet;
import java.util.Set;

/**
 * Checks what options record and what branches test: languages and countries exist, and every flag or
 * score a branch tests is set somewhere (a typo would make a branch silently never fire).
 */
final class AnswerRules {

    private final DialogBundle bundle;
    private final Set<String> countries;
    private final Problems problems;
    private final Set<String> flagsSet = new HashSet<>();
    private final Set<String> scoresSet = new HashSet<>();

    AnswerRules(DialogBundle bundle, Set<String> countries, Problems problems) {
        this.bundle = bundle;
        this.countries = countries;
        this.problems = problems;
    }

    void check() {
        for (Dialog dialog : bundle.dialogs().values()) {
            for (Node node : dialog.nodes().values()) {
                if (node instanceof Ask ask) {
                    ask.options().forEach(this::checkEffects);
                }
            }
        }
        for (Dialog dialog : bundle.dialogs().values()) {
            for (Node node : dialog.nodes().values()) {
                if (node instanceof Branch branch) {
                    branch.rules().forEach(rule -> checkCondition(rule.when(), rule.position(), dialog));
                }
            }
        }
    }

    private void checkEffects(Option option) {
        Effects effects = option.effects();
        flagsSet.addAll(effects.flags());
        scoresSet.addAll(effects.scores().keySet());
        if (effects.language() != null && !bundle.settings().languages().contains(effects.language())) {
            problems.error(option.position(), "unknown-language", "Option '" + option.id() + "' sets undeclared language '" + effects.language() + "'.",
                    "declare it in settings.yml or remove the option.");
        }
        if (effects.country() != null && !countries.contains(effects.country())) {
            problems.error(option.position(), "unknown-country", "Option '" + option.id() + "' sets country '" + effects.country()
                    + "', which has no directory entry.", Suggestions.didYouMean(effects.country(), countries, "add dialogs/directory/"
                    + effects.country().toLowerCase() + ".yml."));
        }
    }

    private void checkCondition(Condition condition, Position at, Dialog dialog) {
        if (condition instanceof Condition.All all) {
            all.conditions().forEach(part -> checkCondition(part, at, dialog));
        } else if (condition instanceof Condition.Any any) {
            any.conditions().forEach(part -> checkCondition(part, at, dialog));
        } else if (condition instanceof Condition.Not not) {
            checkCondition(not.condition(), at, dialog);
        } else if (condition instanceof Condition.FlagSet flag && !flagsSet.contains(flag.flag())) {
            unknownName("flag", flag.flag(), flagsSet, at);
        } else if (condition instanceof Condition.ScoreAtLeast score && !scoresSet.contains(score.score())) {
            unknownName("score", score.score(), scoresSet, at);
        } else if (condition instanceof Condition.ScoreBelow score && !scoresSet.contains(score.score())) {
            unknownName("score", score.score(), scoresSet, at);
        } else if (condition instanceof Condition.CountryIs country) {
            country.countries().stream().filter(code -> !countries.contains(code))
                    .forEach(code -> problems.error(at, "unknown-country", "Country '" + code + "' has no directory entry.",
                            Suggestions.didYouMean(code, countries, "use an ISO code from dialogs/directory/.")));
        } else if (condition instanceof Condition.LanguageIs language) {
            language.languages().stream().filter(code -> !bundle.settings().languages().contains(code))
                    .forEach(code -> problems.error(at, "unknown-language", "Language '" + code + "' is not declared.", "declare it in settings.yml."));
        } else if (condition instanceof Condition.OptionChosen chosen) {
            chosen.options().stream().filter(id -> !hasOption(dialog, id))
                    .forEach(id -> problems.warning(at, "unknown-option", "No question in dialog '" + dialog.id() + "' has an option '" + id + "'.",
                            "check the option id."));
        }
    }

    private void unknownName(String kind, String name, Set<String> known, Position at) {
        problems.warning(at, "unknown-" + kind, "No option sets the " + kind + " '" + name + "', so this test never holds.",
                Suggestions.didYouMean(name, known, "set it with `set: {" + kind + ": ...}` on an option."));
    }

    private static boolean hasOption(Dialog dialog, String id) {
        return dialog.nodes().values().stream().anyMatch(node -> node instanceof Ask ask && ask.option(id) != null);
    }
}
