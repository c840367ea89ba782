package org.destalk.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import org.destalk.support.TwilioSigner;

/**
 * The requests of a load run. People write four messages each, a greeting, a worry in their own
 * words (so language understanding runs), a numbered choice and "menu", and each run brings new
 * people, so the per-sender rate limit stays what it is in production and sessions keep growing.
 */
final class Traffic {

    static final String TELEGRAM_SECRET = "benchmark-webhook-secret";
    static final String TWILIO_TOKEN = "benchmark-twilio-token";
    static final String TWILIO_ACCOUNT = "AC" + "0".repeat(32);
    static final String TWILIO_URL = "https://bot.example.org/sms/twilio";
    private static final List<String> SCRIPT = List.of("hi", "I think my partner reads my messages", "1", "menu");
    private static final AtomicLong PEOPLE = new AtomicLong(1_000_000);
    private static final AtomicLong IDS = new AtomicLong(1);

    private Traffic() {
    }

    static LongFunction<byte[]> ping() {
        byte[] request = RawHttp.request("GET", "/ping", null, null, null);
        return i -> request;
    }

    static LongFunction<byte[]> telegram() {
        long first = PEOPLE.getAndAdd(1_000_000);
        return i -> {
            long chat = first + i / SCRIPT.size();
            long id = IDS.getAndIncrement();
            String text = SCRIPT.get((int) (i % SCRIPT.size()));
            String update = "{\"update_id\":" + id + ",\"message\":{\"message_id\":" + id + ",\"date\":1764000000,\"text\":\"" + text
                    + "\",\"from\":{\"id\":" + chat + ",\"is_bot\":false,\"first_name\":\"P\",\"language_code\":\"en\"},"
                    + "\"chat\":{\"id\":" + chat + ",\"type\":\"private\"}}}";
            return RawHttp.request("POST", "/telegram/webhook", "application/json",
                    "X-Telegram-Bot-Api-Secret-Token: " + TELEGRAM_SECRET, update.getBytes(StandardCharsets.UTF_8));
        };
    }

    static LongFunction<byte[]> twilio() {
        return twilioSignedWith(TWILIO_TOKEN);
    }

    /**
     * Twilio's requests as a forger would send them, signed with a token other than the bot's: each is
     * read and refused with 403, with no turn, so their cost is that of the exchange, the form and the signature.
     */
    static LongFunction<byte[]> forgedTwilio() {
        return twilioSignedWith("not-" + TWILIO_TOKEN);
    }

    private static LongFunction<byte[]> twilioSignedWith(String token) {
        long first = PEOPLE.getAndAdd(1_000_000);
        return i -> {
            Map<String, String> form = new LinkedHashMap<>();
            String sid = String.format("SM%032x", IDS.getAndIncrement());
            form.put("AccountSid", TWILIO_ACCOUNT);
            form.put("MessageSid", sid);
            form.put("SmsSid", sid);
            form.put("From", "+4477" + (first + i / SCRIPT.size()));
            form.put("To", "+15005550006");
            form.put("Body", SCRIPT.get((int) (i % SCRIPT.size())));
            form.put("NumMedia", "0");
            return RawHttp.request("POST", "/sms/twilio", "application/x-www-form-urlencoded",
                    "X-Twilio-Signature: " + TwilioSigner.sign(token, TWILIO_URL, form), encode(form));
        };
    }

    /**
     * The first {@code count} requests made before the run, so that the driver, which shares the
     * machine with the bot, spends its CPU on sending rather than on building and signing requests;
     * any beyond are made as they are needed.
     */
    static LongFunction<byte[]> prepared(LongFunction<byte[]> requests, int count) {
        byte[][] made = new byte[count][];
        for (int i = 0; i < count; i++) {
            made[i] = requests.apply(i);
        }
        return i -> i < count ? made[(int) i] : requests.apply(i);
    }

    /**
     * The given kinds of request taken in turn: a warm-up on this lets the JIT compile every path with
     * all of them seen, as in service, so that no measured run pays for recompiling what the one
     * before it had specialised.
     */
    @SafeVarargs
    static LongFunction<byte[]> mixed(LongFunction<byte[]>... kinds) {
        return i -> kinds[(int) (i % kinds.length)].apply(i / kinds.length);
    }

    private static byte[] encode(Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }
}
