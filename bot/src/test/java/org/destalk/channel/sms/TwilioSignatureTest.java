package org.destalk.channel.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.twilio.security.RequestValidator;
import java.util.Map;
import org.destalk.support.TwilioSigner;
import org.junit.jupiter.api.Test;

/** The published test vector of Twilio's request signing, checked by the SDK and by our own signer. */
class TwilioSignatureTest {

    private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
    private static final Map<String, String> FORM = Map.of("CallSid", "CA1234567890ABCDE", "Caller", "+14158675309",
            "Digits", "1234", "From", "+14158675309", "To", "+18005551212");
    private static final String SIGNATURE = "RSOYDt4T1cUTdK1PDd93/VVr8B8=";

    @Test
    void theKnownVectorVerifies() {
        assertEquals(SIGNATURE, TwilioSigner.sign("12345", URL, FORM));
        assertTrue(new RequestValidator("12345").validate(URL, FORM, SIGNATURE));
    }

    @Test
    void anyChangeBreaksIt() {
        RequestValidator validator = new RequestValidator("12345");
        assertFalse(validator.validate(URL.replace("https", "http"), FORM, SIGNATURE), "another scheme");
        assertFalse(validator.validate(URL.replace("foo=1", "foo=2"), FORM, SIGNATURE), "another query");
        assertFalse(new RequestValidator("54321").validate(URL, FORM, SIGNATURE), "another token");
        Map<String, String> changed = new java.util.HashMap<>(FORM);
        changed.put("Digits", "1235");
        assertFalse(validator.validate(URL, changed, SIGNATURE), "another body");
    }
}
