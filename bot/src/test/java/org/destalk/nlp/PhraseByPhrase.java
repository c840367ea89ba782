package org.destalk.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The danger lexicon's first matcher, which tried every phrase that starts with a word from that word,
 * kept as the reference that {@link PhraseTree} is held to.
 */
final class PhraseByPhrase {

    private record Phrase(String[] words, Reading.DangerTier tier) {
    }

    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
    /** Phrases whose first word ends in *, by that word's prefix: a token looks up each of its prefixes. */
    private final Map<String, List<Phrase>> byFirstPrefix = new HashMap<>();

    void add(String[] words, Reading.DangerTier tier) {
        Phrase phrase = new Phrase(words, tier);
        if (words[0].endsWith("*")) {
            byFirstPrefix.computeIfAbsent(words[0].substring(0, words[0].length() - 1), first -> new ArrayList<>()).add(phrase);
        } else {
            byFirstWord.computeIfAbsent(words[0], first -> new ArrayList<>()).add(phrase);
        }
    }

    List<PhraseTree.Found> find(List<String> tokens) {
        List<PhraseTree.Found> found = new ArrayList<>();
        for (int start = 0; start < tokens.size(); start++) {
            String token = tokens.get(start);
            collect(byFirstWord.get(token), tokens, start, found);
            for (int length = 0; length <= token.length(); length++) {
                collect(byFirstPrefix.get(token.substring(0, length)), tokens, start, found);
            }
        }
        return found;
    }

    private static void collect(List<Phrase> candidates, List<String> tokens, int start, List<PhraseTree.Found> found) {
        for (Phrase phrase : candidates == null ? List.<Phrase>of() : candidates) {
            int end = matchEnd(phrase.words(), 0, tokens, start);
            if (end >= 0) {
                found.add(new PhraseTree.Found(start, end, phrase.tier()));
            }
        }
    }

    /** Where the phrase's words from {@code word} on end when they match from {@code at}; -1 when they don't. */
    private static int matchEnd(String[] words, int word, List<String> tokens, int at) {
        if (word == words.length) {
            return at;
        }
        if (words[word].equals(DangerLexicon.GAP)) {
            for (int skipped = 0; skipped <= DangerLexicon.GAP_WORDS && at + skipped <= tokens.size(); skipped++) {
                int end = matchEnd(words, word + 1, tokens, at + skipped);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (at >= tokens.size() || !matches(words[word], tokens.get(at))) {
            return -1;
        }
        return matchEnd(words, word + 1, tokens, at + 1);
    }

    private static boolean matches(String word, String token) {
        return word.endsWith("*") ? token.startsWith(word.substring(0, word.length() - 1)) : token.equals(word);
    }
}
