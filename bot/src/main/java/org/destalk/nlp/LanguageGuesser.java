package org.destalk.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Detects the language with OpenNLP's pretrained model, restricted to the languages the bot speaks. On
 * short texts the model is unreliable, so a prior (the conversation's language, the channel's hint)
 * wins there, and a guess is only called confident on three words or more with a clear margin.
 */
public final class LanguageGuesser {

    public record Guess(String language, boolean confident) {
    }

    private static final Map<String, String> ISO_639_1 = Map.of("eng", "en", "spa", "es", "ita", "it", "deu", "de", "fra", "fr", "por", "pt");
    private static final int MIN_WORDS = 3;
    /** How much likelier the best language must be than the next supported one to be called confident. */
    private static final double MIN_MARGIN = 1.5;

    private final ThreadLocal<LanguageDetectorME> detectors;
    private final List<String> supported;

    private LanguageGuesser(LanguageDetectorModel model, List<String> supported) {
        this.detectors = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
        this.supported = List.copyOf(supported);
    }

    /** Loads the pretrained model from the opennlp-models-langdetect artifact (about half a second). */
    public static LanguageGuesser load(List<String> supported) throws IOException {
        try (InputStream in = LanguageGuesser.class.getResourceAsStream("/langdetect-183.bin")) {
            if (in == null) {
                throw new IOException("langdetect-183.bin is not on the classpath");
            }
            return new LanguageGuesser(new LanguageDetectorModel(in), supported);
        }
    }

    /** @param prior the language to keep when the text is too short or unclear (may be null) */
    public Guess guess(String text, String prior) {
        String folded = TextNormaliser.fold(text);
        int words = folded.isEmpty() ? 0 : folded.split(" ").length;
        if (words == 0) {
            return new Guess(prior, false);
        }
        Language best = null;
        Language second = null;
        for (Language language : detectors.get().predictLanguages(text)) {
            String code = ISO_639_1.get(language.getLang());
            if (code == null || !supported.contains(code)) {
                continue;
            }
            if (best == null) {
                best = language;
            } else {
                second = language;
                break;
            }
        }
        if (best == null) {
            return new Guess(prior, false);
        }
        String code = ISO_639_1.get(best.getLang());
        boolean clear = second == null || best.getConfidence() >= MIN_MARGIN * second.getConfidence();
        boolean confident = words >= MIN_WORDS && clear;
        if (!confident && prior != null) {
            return new Guess(prior, false);
        }
        return new Guess(code, confident);
    }
}
