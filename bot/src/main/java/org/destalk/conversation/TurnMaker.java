package org.destalk.conversation;

import java.util.List;
import java.util.Optional;
import org.destalk.channel.Inbound;
import org.destalk.engine.Danger;
import org.destalk.engine.Engine;
import org.destalk.engine.Input;
import org.destalk.engine.Start;
import org.destalk.engine.State;
import org.destalk.engine.Turn;
import org.destalk.engine.Understanding;
import org.destalk.nlp.Reading;
import org.destalk.nlp.Understander;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads an inbound message (language, intent, danger, hand-off code) and runs the engine on it. */
public final class TurnMaker {

    private static final Logger LOG = LoggerFactory.getLogger(TurnMaker.class);

    /**
     * The longest text Telegram delivers (SMS stop at 1,600): all of it is read, so that danger written
     * at the end of a long message is found. Longer input only comes from elsewhere and is cut.
     */
    static final int MAX_READ_LENGTH = 4_096;

    private final Understander understander;
    private final StartCodes codes;
    private final ConversationMetrics metrics;

    public TurnMaker(Understander understander, StartCodes codes, ConversationMetrics metrics) {
        this.understander = understander;
        this.codes = codes;
        this.metrics = metrics;
    }

    /** A new conversation: a hand-off code opens its journey; otherwise the greeting, then the first message. */
    Turn first(Engine engine, Inbound inbound, String senderKey) {
        Optional<StartCodes.Plan> plan = redeem(inbound, senderKey);
        if (plan.isPresent()) {
            metrics.handoffRedeemed();
            StartCodes.Plan chosen = plan.get();
            return engine.start(new Start(inbound.channel(), chosen.language(), chosen.country(), chosen.entry()), null);
        }
        Inbound.Hints hints = withCountryOfNumber(engine, inbound);
        if (inbound.kind() != Inbound.Kind.TEXT) {
            return engine.start(new Start(inbound.channel(), hints.language(), hints.country(), null), null);
        }
        Reading reading = read(inbound.value(), null, hints);
        String language = reading.language() != null ? reading.language() : hints.language();
        Start start = new Start(inbound.channel(), language, hints.country(), null);
        return engine.start(start, Input.text(inbound.channel(), inbound.value(), understanding(reading)));
    }

    /** An SMS from +34... is probably from Spain: a hint for a new conversation, never stored with the number. */
    private static Inbound.Hints withCountryOfNumber(Engine engine, Inbound inbound) {
        Inbound.Hints hints = inbound.hints();
        if (hints.country() != null || inbound.sender() == null || !inbound.sender().startsWith("+")) {
            return hints;
        }
        return new Inbound.Hints(hints.language(), engine.content().directory().countryOfNumber(inbound.sender()));
    }

    Turn next(Engine engine, State state, Inbound inbound) {
        if (inbound.kind() == Inbound.Kind.TEXT) {
            Reading reading = read(inbound.value(), state.language(), inbound.hints());
            return engine.handle(state, Input.text(inbound.channel(), inbound.value(), understanding(reading)));
        }
        String choice = inbound.kind() == Inbound.Kind.CHOICE ? inbound.value() : "/start";
        return inbound.kind() == Inbound.Kind.CHOICE
                ? engine.handle(state, Input.choice(inbound.channel(), choice))
                : engine.handle(state, Input.text(inbound.channel(), choice, Understanding.NOTHING));
    }

    /** When sessions cannot be read or written: still answer, with the emergency number where known. */
    Turn withoutSession(Engine engine, Inbound inbound) {
        Inbound.Hints hints = withCountryOfNumber(engine, inbound);
        Reading reading = inbound.kind() == Inbound.Kind.TEXT ? read(inbound.value(), null, hints) : Reading.NOTHING;
        String language = reading.language() != null ? reading.language() : hints.language();
        return engine.outage(new Start(inbound.channel(), language, hints.country(), null));
    }

    String systemText(Engine engine, String key, String language) {
        return engine.text(key, language);
    }

    private Optional<StartCodes.Plan> redeem(Inbound inbound, String senderKey) {
        if (inbound.kind() == Inbound.Kind.START) {
            return codes.redeem(inbound.value(), senderKey);
        }
        if (inbound.kind() == Inbound.Kind.TEXT && codes.looksLikeCode(inbound.value())) {
            return codes.redeem(inbound.value(), senderKey);
        }
        return Optional.empty();
    }

    /** Language understanding must never break a conversation: any failure reads as "nothing understood". */
    private Reading read(String text, String currentLanguage, Inbound.Hints hints) {
        try {
            return understander.read(bounded(text), currentLanguage, hints.language(), hints.country());
        } catch (RuntimeException e) {
            LOG.warn("Language understanding failed ({}); continuing without it", e.getClass().getSimpleName());
            return Reading.NOTHING;
        }
    }

    /** At most {@link #MAX_READ_LENGTH} characters, never cutting an emoji in half. */
    static String bounded(String text) {
        if (text.length() <= MAX_READ_LENGTH) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_READ_LENGTH - 1)) ? MAX_READ_LENGTH - 1 : MAX_READ_LENGTH;
        return text.substring(0, end);
    }

    static Understanding understanding(Reading reading) {
        List<Understanding.Scored> intents = reading.intents().stream()
                .map(score -> new Understanding.Scored(score.intent(), score.confidence())).toList();
        Danger danger = switch (reading.danger()) {
            case IMMINENT -> Danger.IMMINENT;
            case HIGH_RISK -> Danger.HIGH_RISK;
            case NONE -> Danger.NONE;
        };
        return new Understanding(reading.language(), reading.languageConfident(), intents, danger);
    }
}
