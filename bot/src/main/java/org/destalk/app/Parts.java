package org.destalk.app;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.destalk.conversation.ConversationMetrics;
import org.destalk.conversation.ConversationService;
import org.destalk.conversation.StartCodes;
import org.destalk.conversation.TurnMaker;
import org.destalk.engine.Content;
import org.destalk.engine.Engine;
import org.destalk.nlp.Classifier;
import org.destalk.nlp.NlpModels;
import org.destalk.nlp.Understander;
import org.destalk.session.SessionKeys;
import org.destalk.session.SessionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How the parts fit together, shared by the server and the command-line tools so both run the same bot. */
final class Parts {

    /** A neutral first name: the bot's visible name must not say what it is about. */
    static final String DEFAULT_BOT_NAME = "Robin";
    private static final Logger LOG = LoggerFactory.getLogger(Parts.class);

    private Parts() {
    }

    static ConversationService conversations(Supplier<Engine> engines, SessionStore store, SessionKeys keys,
                                             Understander understander, StartCodes codes, MeterRegistry registry,
                                             ConversationService.Limits limits) {
        ConversationMetrics metrics = new ConversationMetrics(registry);
        return new ConversationService(engines, store, keys, new TurnMaker(understander, codes, metrics), metrics, limits);
    }

    /** Language understanding from the team's data; without data (a copy of dialogs/ alone), none. */
    static Understander understander(Path nlpFolder, Content content) {
        if (!Files.isDirectory(nlpFolder.resolve(NlpModels.TRAIN))) {
            LOG.warn("No language data in {}: free text is matched against labels and commands only", nlpFolder);
            return Understander.NONE;
        }
        try {
            return NlpModels.at(nlpFolder, NlpModels.LANGUAGES)
                    .understander(Classifier.Parameters.DEFAULT, content.dialogs().settings().languages());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the language data in " + nlpFolder, e);
        }
    }

    static StartCodes noCodes() {
        return StartCodes.NONE;
    }
}
