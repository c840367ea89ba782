package org.destalk.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorContextGenerator;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.destalk.support.Repo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The detector reads what OpenNLP's reads and gives OpenNLP's probabilities among the bot's languages. */
class PretrainedLanguagesTest {

    private static final List<String> SPOKEN = NlpModels.LANGUAGES;
    private static final Map<String, String> MODEL_CODES = Map.of("eng", "en", "spa", "es", "ita", "it", "deu", "de", "fra", "fr", "por", "pt");

    private static LanguageDetectorModel model;
    private static List<Example> messages;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = PretrainedLanguagesTest.class.getResourceAsStream(PretrainedLanguages.RESOURCE)) {
            model = new LanguageDetectorModel(in);
        }
        messages = NlpModels.at(Repo.nlpModels(), NlpModels.LANGUAGES).examples(NlpModels.EVAL);
    }

    @Test
    void readsExactlyTheGramsOpenNlpsDetectorReads() {
        LanguageDetectorContextGenerator openNlp = model.getFactory().getContextGenerator();
        for (Example message : messages) {
            assertSameGrams(openNlp, message.text());
        }
        Gen<String> anyText = strings().allPossible().ofLengthBetween(0, 40);
        Gen<String> chatLike = Generate.pick(List.of("Is HE ", "tracking ", "me?? ", "@ex ", "#help ", "http://x.org/a ", "www.b.de ", "12 345 ",
                "😡😡 ", "Ça ", "İSTANBUL ", "ẞ ", "sooooo ", "  ", "\n", "𝐀𝐁 ")).zip(Generate.pick(List.of("", "!", "aaa", "3")), String::concat);
        qt().withExamples(3000).withTestingTime(10, TimeUnit.SECONDS).forAll(Generate.oneOf(anyText, chatLike, chatLike.zip(chatLike, String::concat)))
                .checkAssert(text -> assertSameGrams(openNlp, text));
    }

    @Test
    void givesOpenNlpsProbabilitiesAmongTheSpokenLanguages() {
        LanguageDetectorME openNlp = new LanguageDetectorME(model);
        PretrainedLanguages spoken = new PretrainedLanguages(model, SPOKEN);
        for (Example message : messages) {
            Map<String, Double> expected = amongSpoken(openNlp.predictLanguages(message.text()));
            Map<String, Double> predicted = spoken.predict(message.text());
            assertThat(predicted).as(message.text()).containsOnlyKeys(expected.keySet());
            expected.forEach((language, probability) -> assertThat(predicted.get(language)).as("%s for %s", language, message.text())
                    .isCloseTo(probability, offset(1e-12)));
        }
    }

    @Test
    void knowsOnlyTheSpokenLanguagesItHasAModelFor() {
        Map<String, Double> predicted = new PretrainedLanguages(model, List.of("en", "de", "xx")).predict("ich glaube er liest meine Nachrichten");
        assertThat(predicted).containsOnlyKeys("en", "de");
        assertThat(predicted.get("de")).isGreaterThan(predicted.get("en"));
        assertThat(predicted.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, offset(1e-12));
    }

    @Test
    void aFourThousandCharacterMessageStillGetsProbabilities() {
        Map<String, Double> predicted = new PretrainedLanguages(model, SPOKEN).predict("he reads my messages and follows me ".repeat(112));
        assertThat(predicted.values()).allMatch(probability -> Double.isFinite(probability));
        assertThat(predicted.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()).isEqualTo("en");
    }

    private static void assertSameGrams(LanguageDetectorContextGenerator openNlp, String text) {
        String[] ours = Arrays.stream(PretrainedLanguages.grams(text)).mapToObj(PretrainedLanguagesTest::text).toArray(String[]::new);
        CharSequence[] context = openNlp.getContext(text);
        Set<String> theirs = Arrays.stream(context).map(CharSequence::toString).collect(Collectors.toSet());
        assertThat(ours).as("grams of %s", text).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(theirs);
    }

    private static String text(long gram) {
        char[] chars = new char[3];
        return new String(chars, 0, PretrainedLanguages.unpack(gram, chars));
    }

    private static Map<String, Double> amongSpoken(Language[] languages) {
        Map<String, Double> spoken = new HashMap<>();
        for (Language language : languages) {
            String code = MODEL_CODES.get(language.getLang());
            if (code != null && SPOKEN.contains(code)) {
                spoken.put(code, language.getConfidence());
            }
        }
        double total = spoken.values().stream().mapToDouble(Double::doubleValue).sum();
        spoken.replaceAll((code, probability) -> probability / total);
        return spoken;
    }
}
