package org.destalk.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.destalk.support.Repo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The tree finds exactly what trying every phrase from every word finds, with the same ends, over the
 * real lexicon: on every example message and on word sequences made from the lexicon's own words.
 */
class PhraseTreeTest {

    private static final PhraseTree tree = new PhraseTree();
    private static final PhraseByPhrase reference = new PhraseByPhrase();
    /** Every word of the lexicon, a word ending in * with an ending added, and a few that are in no phrase. */
    private static final Set<String> vocabulary = new LinkedHashSet<>(List.of("and", "then", "really", "xyz"));

    @BeforeAll
    static void load() throws IOException {
        DangerLexicon.read(Repo.nlpModels().resolve("danger"), NlpModels.LANGUAGES, PhraseTreeTest::add);
    }

    private static void add(String[] words, Reading.DangerTier tier) {
        tree.add(words, tier);
        reference.add(words, tier);
        for (String word : words) {
            if (!word.equals(DangerLexicon.GAP)) {
                vocabulary.add(word.endsWith("*") ? word.substring(0, word.length() - 1) + "ing" : word);
            }
        }
    }

    @Test
    void findsWhatEveryPhraseTriedInTurnFindsInEveryExample() throws IOException {
        NlpModels data = NlpModels.at(Repo.nlpModels(), NlpModels.LANGUAGES);
        int messages = 0;
        for (String kind : List.of(NlpModels.TRAIN, NlpModels.EVAL, NlpModels.HOLDOUT)) {
            for (Example example : data.examples(kind)) {
                assertSameFinds(data.normaliser().tokens(example.text(), example.language()));
                assertSameFinds(List.of(TextNormaliser.fold(example.text()).split(" ")));
                messages++;
            }
        }
        assertThat(messages).isGreaterThan(10_000);
    }

    @Test
    void findsWhatEveryPhraseTriedInTurnFindsInSequencesOfLexiconWords() {
        Gen<String> word = Generate.pick(new ArrayList<>(vocabulary));
        Gen<List<String>> sequence = SourceDSL.lists().of(word).ofSizeBetween(1, 12);
        qt().withExamples(3000).withTestingTime(10, TimeUnit.SECONDS).forAll(sequence).checkAssert(PhraseTreeTest::assertSameFinds);
    }

    @Test
    void aGapIsFoundWithTheFewestWordsSkipped() {
        PhraseTree gapped = new PhraseTree();
        gapped.add(new String[] {"bringt", "mich", DangerLexicon.GAP, "um"}, Reading.DangerTier.IMMINENT);
        assertThat(gapped.find(List.of("er", "bringt", "mich", "heute", "um", "um")))
                .containsExactly(new PhraseTree.Found(1, 5, Reading.DangerTier.IMMINENT));
    }

    private static void assertSameFinds(List<String> tokens) {
        assertThat(tree.find(tokens)).as("%s", tokens).containsExactlyInAnyOrderElementsOf(reference.find(tokens));
    }
}
