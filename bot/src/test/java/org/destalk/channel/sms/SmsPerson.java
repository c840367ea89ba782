package org.destalk.channel.sms;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.destalk.support.TwilioSigner;

/** A phone texting the bot through a test's server, with Twilio's signature, and what came back. */
final class SmsPerson {

    static final String ACCOUNT = "AC00000000000000000000000000000000";
    static final String TOKEN = "twilio-auth-token";
    static final String PUBLIC_URL = "https://bot.example.org/sms/twilio";
    static final String STATUS_URL = "https://bot.example.org/sms/twilio/status";
    private static final AtomicInteger SIDS = new AtomicInteger();
    private static final Pattern MESSAGE = Pattern.compile("<Message[^>]*>(.*?)</Message>", Pattern.DOTALL);

    private final int port;
    final String number;
    final List<String> inboundSids = new ArrayList<>();
    String lastStatusCode;

    SmsPerson(int port, String number) {
        this.port = port;
        this.number = number;
    }

    static String newSid() {
        return "SM" + String.format("%032x", SIDS.incrementAndGet());
    }

    /** Texts the bot and returns the SMS bodies of its TwiML answer. */
    List<String> texts(String body) throws Exception {
        String sid = newSid();
        inboundSids.add(sid);
        return texts(body, sid);
    }

    List<String> texts(String body, String sid) throws Exception {
        Map<String, String> form = form(body, sid);
        HttpResponse<String> response = post("/sms/twilio", form, TwilioSigner.sign(TOKEN, PUBLIC_URL, form));
        lastStatusCode = String.valueOf(response.statusCode());
        return bodies(response.body());
    }

    Map<String, String> form(String body, String sid) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("AccountSid", ACCOUNT);
        form.put("MessageSid", sid);
        form.put("SmsSid", sid);
        form.put("From", number);
        form.put("To", "+15005550006");
        form.put("Body", body);
        form.put("NumMedia", "0");
        return form;
    }

    /** Twilio reporting the status of a message the bot sent to this person. */
    int status(String sid, String status) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("AccountSid", ACCOUNT);
        form.put("MessageSid", sid);
        form.put("MessageStatus", status);
        form.put("To", number);
        form.put("From", "+15005550006");
        return post("/sms/twilio/status", form, TwilioSigner.sign(TOKEN, STATUS_URL, form)).statusCode();
    }

    HttpResponse<String> post(String path, Map<String, String> form, String signature) throws Exception {
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static List<String> bodies(String twiml) {
        List<String> bodies = new ArrayList<>();
        Matcher matcher = MESSAGE.matcher(twiml == null ? "" : twiml);
        while (matcher.find()) {
            bodies.add(matcher.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&"));
        }
        return bodies;
    }
}
