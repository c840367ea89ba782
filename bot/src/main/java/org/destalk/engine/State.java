package org.destalk.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * All the engine keeps between turns: where the person is, their language and country, a few answer
 * scores and flags, where to come back to, and what the bot is waiting for. Never anything they typed.
 *
 * @param resume           the question to return to after a detour (dialog.node), or null
 * @param awaiting         a pending clarification or language offer, or null
 * @param misses           answers in a row that matched nothing, to offer help after a few
 * @param languageSettled  the person chose or confirmed the language, so the bot stops offering others
 */
public record State(String dialog, String node, String language, String country, String lastOption,
                    Map<String, Integer> scores, Set<String> flags, String resume, Awaiting awaiting, int misses,
                    boolean languageSettled) {

    public State {
        scores = Map.copyOf(scores);
        flags = Set.copyOf(flags);
    }

    /**
     * Something the bot asked outside the dialog and is waiting to hear back about.
     *
     * @param values CLARIFY: the intents offered, in order; LANGUAGE: the language offered, then the
     *               intent the message asked for, if one was clear
     */
    public record Awaiting(Kind kind, List<String> values) {
        public enum Kind { CLARIFY, LANGUAGE }

        public Awaiting {
            values = List.copyOf(values);
        }
    }

    public static State fresh(String language, String country) {
        return new State(null, null, language, country, null, Map.of(), Set.of(), null, null, 0, false);
    }

    public State at(String newDialog, String newNode) {
        return new State(newDialog, newNode, language, country, lastOption, scores, flags, resume, awaiting, misses, languageSettled);
    }

    public State withLanguage(String newLanguage, boolean settled) {
        return new State(dialog, node, newLanguage, country, lastOption, scores, flags, resume, awaiting, misses, settled);
    }

    public State withCountry(String newCountry) {
        return new State(dialog, node, language, newCountry, lastOption, scores, flags, resume, awaiting, misses, languageSettled);
    }

    public State withResume(String newResume) {
        return new State(dialog, node, language, country, lastOption, scores, flags, newResume, awaiting, misses, languageSettled);
    }

    public State withAwaiting(Awaiting newAwaiting) {
        return new State(dialog, node, language, country, lastOption, scores, flags, resume, newAwaiting, misses, languageSettled);
    }

    public State withMisses(int newMisses) {
        return new State(dialog, node, language, country, lastOption, scores, flags, resume, awaiting, newMisses, languageSettled);
    }

    /** Records a chosen option: its id, its scores and its flags. */
    public State answered(String option, Map<String, Integer> addScores, List<String> addFlags) {
        Map<String, Integer> newScores = new HashMap<>(scores);
        addScores.forEach((name, amount) -> newScores.merge(name, amount, Integer::sum));
        Set<String> newFlags = new HashSet<>(flags);
        newFlags.addAll(addFlags);
        return new State(dialog, node, language, country, option, newScores, newFlags, resume, awaiting, 0, languageSettled);
    }

    /** Forgets the answers so far, keeping language and country. */
    public State reset() {
        return new State(dialog, node, language, country, null, Map.of(), Set.of(), null, null, 0, languageSettled);
    }

    public String position() {
        return dialog + "." + node;
    }
}
