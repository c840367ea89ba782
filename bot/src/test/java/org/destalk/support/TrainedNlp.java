package org.destalk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.destalk.nlp.Classifier;
import org.destalk.nlp.NlpModels;
import org.destalk.nlp.NlpUnderstander;

/** The real language understanding trained from the team's data, built once for all tests of a run. */
public final class TrainedNlp {

    private static NlpUnderstander understander;

    private TrainedNlp() {
    }

    public static NlpModels data() {
        try {
            return NlpModels.at(Repo.nlpModels(), NlpModels.LANGUAGES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static synchronized NlpUnderstander understander() {
        if (understander == null) {
            try {
                understander = data().understander(Classifier.Parameters.DEFAULT, NlpModels.LANGUAGES);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return understander;
    }
}
