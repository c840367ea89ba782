package org.destalk.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.destalk.engine.State;
import org.junit.jupiter.api.Test;

class SessionCodecTest {

    @Test
    void everyFieldSurvivesTheRoundTrip() {
        State state = new State("check", "knows", "pt", "PT", "not_sure", Map.of("strong", 2, "medium", -1), Set.of("android", "behaviour"),
                "help.country", new State.Awaiting(State.Awaiting.Kind.LANGUAGE, List.of("es")), 3, true);
        Session session = new Session(state, List.of("7", "2147483647", "99999999999", "SMabcdef0123456789abcdef0123456789", "MM00000000000000000000000000000001", "other-id"));
        assertEquals(session, SessionCodec.decode(SessionCodec.encode(session)));
    }

    @Test
    void idsThatOnlyLookLikeNumbersOrSidsSurviveAsWritten() {
        List<String> nearMisses = List.of("0", "007", "-5", "1234567890123456789", "\u0663\u0664", "SMABCDEF0123456789ABCDEF0123456789",
                "SMabcdef0123456789abcdef012345678", "SMabcdef0123456789abcdef01234567890", "XMabcdef0123456789abcdef0123456789",
                "SMabcdef0123456789abcdef012345678g", "");
        Session session = new Session(State.fresh("en", null), nearMisses);
        assertEquals(session, SessionCodec.decode(SessionCodec.encode(session)));
    }

    @Test
    void emptyAndMissingFieldsSurviveToo() {
        Session session = new Session(State.fresh(null, null), List.of());
        assertEquals(session, SessionCodec.decode(SessionCodec.encode(session)));
    }

    @Test
    void randomSessionsRoundTrip() {
        Random random = new Random(42);
        for (int i = 0; i < 500; i++) {
            String text = random.nextBoolean() ? null : "n" + random.nextInt(1000) + "ñ";
            State state = new State("d" + i, text, random.nextBoolean() ? "es" : null, null, text,
                    Map.of("s" + i, random.nextInt(2000) - 1000), Set.of("f" + i), text, null, random.nextInt(5), random.nextBoolean());
            Session session = new Session(state, List.of(Integer.toString(random.nextInt(Integer.MAX_VALUE))));
            assertEquals(session, SessionCodec.decode(SessionCodec.encode(session)));
        }
    }
}
