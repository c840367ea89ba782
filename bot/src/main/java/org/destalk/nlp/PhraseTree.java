package org.destalk.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The danger lexicon's phrases as a tree of words, so a message is read in one walk from each of its
 * words instead of trying every phrase that starts with it: the lexicon has about 17,000 phrases, and
 * 650 of them start with "me". A word ending in * matches any word that starts with the rest, and
 * {@link DangerLexicon#GAP} skips up to {@link DangerLexicon#GAP_WORDS} words.
 */
final class PhraseTree {

    /** Where a phrase of the given tier was found: words {@code start} to {@code end}, end excluded. */
    record Found(int start, int end, Reading.DangerTier tier) {
    }

    /** Most nodes end a phrase and have no children, so their maps and list are made only when needed. */
    private static final class Node {
        private static final int[] NO_LENGTHS = {};

        Map<String, Node> words;
        /** Children whose word ends in *, by the rest of the word. */
        Map<String, Node> prefixes;
        /** The lengths of those prefixes, ascending: a word looks up only prefixes of these lengths. */
        int[] prefixLengths = NO_LENGTHS;
        Node afterGap;
        /** The tiers of the phrases that end here (the same words can be listed in two tiers). */
        List<Reading.DangerTier> ends;

        Node child(String word) {
            if (word.equals(DangerLexicon.GAP)) {
                if (afterGap == null) {
                    afterGap = new Node();
                }
                return afterGap;
            }
            if (!word.endsWith("*")) {
                if (words == null) {
                    words = new HashMap<>();
                }
                return words.computeIfAbsent(word, w -> new Node());
            }
            String prefix = word.substring(0, word.length() - 1);
            if (Arrays.binarySearch(prefixLengths, prefix.length()) < 0) {
                prefixLengths = Arrays.copyOf(prefixLengths, prefixLengths.length + 1);
                prefixLengths[prefixLengths.length - 1] = prefix.length();
                Arrays.sort(prefixLengths);
            }
            if (prefixes == null) {
                prefixes = new HashMap<>();
            }
            return prefixes.computeIfAbsent(prefix, p -> new Node());
        }

        void end(Reading.DangerTier tier) {
            if (ends == null) {
                ends = new ArrayList<>(1);
            }
            ends.add(tier);
        }
    }

    private final Node root = new Node();

    void add(String[] words, Reading.DangerTier tier) {
        Node node = root;
        for (String word : words) {
            node = node.child(word);
        }
        node.end(tier);
    }

    /**
     * Every phrase found in the words, once for each word it starts at. A phrase with a gap that fits
     * several ways is found with the fewest words skipped, earliest gap first.
     */
    List<Found> find(List<String> tokens) {
        List<Found> found = new ArrayList<>();
        List<Node> reached = new ArrayList<>();
        for (int start = 0; start < tokens.size(); start++) {
            reached.clear();
            walk(root, tokens, start, start, reached, found);
        }
        return found;
    }

    /** Depth first, the smallest skip first, so each phrase is first reached as it is reported. */
    private static void walk(Node node, List<String> tokens, int start, int at, List<Node> reached, List<Found> found) {
        if (node.ends != null && !reached.contains(node)) {
            reached.add(node);
            node.ends.forEach(tier -> found.add(new Found(start, at, tier)));
        }
        if (at < tokens.size()) {
            String token = tokens.get(at);
            Node exact = node.words == null ? null : node.words.get(token);
            if (exact != null) {
                walk(exact, tokens, start, at + 1, reached, found);
            }
            for (int length : node.prefixLengths) {
                if (length > token.length()) {
                    break;
                }
                Node prefixed = node.prefixes.get(token.substring(0, length));
                if (prefixed != null) {
                    walk(prefixed, tokens, start, at + 1, reached, found);
                }
            }
        }
        if (node.afterGap != null) {
            for (int skipped = 0; skipped <= DangerLexicon.GAP_WORDS && at + skipped <= tokens.size(); skipped++) {
                walk(node.afterGap, tokens, start, at + skipped, reached, found);
            }
        }
    }
}
