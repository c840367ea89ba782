package org.destalk.channel.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KeywordsTest {

    @Test
    void carrierKeywordsAreRecognisedInAnyCase() {
        for (String stop : new String[] {"STOP", "stop", " Stop. ", "STOPALL", "UNSUBSCRIBE", "cancel", "END", "quit"}) {
            assertEquals(Keywords.STOP, Keywords.of(stop), stop);
        }
        for (String start : new String[] {"START", "unstop", "Yes"}) {
            assertEquals(Keywords.START, Keywords.of(start), start);
        }
        assertEquals(Keywords.HELP, Keywords.of("HELP"));
        assertEquals(Keywords.HELP, Keywords.of("info"));
        assertEquals(Keywords.NONE, Keywords.of("please stop him"), "only the whole message is a keyword");
        assertEquals(Keywords.NONE, Keywords.of(null));
    }
}
