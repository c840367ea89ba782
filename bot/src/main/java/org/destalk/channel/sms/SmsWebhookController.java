package org.destalk.channel.sms;

import com.twilio.security.RequestValidator;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Twilio's webhooks. Every request must carry a valid X-Twilio-Signature computed over the public URL
 * Twilio called (configured, since behind a proxy the server sees another one) and the form fields;
 * otherwise 403, and nothing is processed or stored.
 */
@RestController
public final class SmsWebhookController {

    static final String SIGNATURE = "X-Twilio-Signature";
    private static final Logger LOG = LoggerFactory.getLogger(SmsWebhookController.class);

    private final SmsBot bot;
    private final RequestValidator validator;
    private final SmsSettings settings;

    public SmsWebhookController(SmsBot bot, SmsSettings settings) {
        this.bot = bot;
        this.settings = settings;
        this.validator = new RequestValidator(settings.authToken());
    }

    @PostMapping(path = SmsSettings.INBOUND_PATH, produces = MediaType.APPLICATION_XML_VALUE)
    public ResponseEntity<String> inbound(HttpServletRequest request) {
        Map<String, String> form = form(request);
        if (form == null) {
            return ResponseEntity.badRequest().build();
        }
        if (!signed(settings.publicUrl(), request, form)) {
            return ResponseEntity.status(403).build();
        }
        try {
            return ResponseEntity.ok(bot.inbound(form));
        } catch (RuntimeException unexpected) {
            LOG.error("An SMS could not be handled ({})", unexpected.getClass().getSimpleName());
            return ResponseEntity.ok(Twiml.EMPTY);
        }
    }

    @PostMapping(SmsSettings.STATUS_PATH)
    public ResponseEntity<Void> status(HttpServletRequest request) {
        Map<String, String> form = form(request);
        if (form == null) {
            return ResponseEntity.badRequest().build();
        }
        if (!signed(settings.statusUrl(), request, form)) {
            return ResponseEntity.status(403).build();
        }
        try {
            bot.status(form);
        } catch (RuntimeException unexpected) {
            LOG.error("An SMS status could not be handled ({})", unexpected.getClass().getSimpleName());
        }
        return ResponseEntity.noContent().build();
    }

    private boolean signed(String publicUrl, HttpServletRequest request, Map<String, String> form) {
        String signature = request.getHeader(SIGNATURE);
        if (signature == null || publicUrl == null) {
            return false;
        }
        String query = request.getQueryString();
        return validator.validate(query == null ? publicUrl : publicUrl + "?" + query, form, signature);
    }

    /**
     * The form fields only: query parameters are part of the signed URL, not of the signed fields.
     * Null when the body cannot be decoded (Twilio always sends UTF-8, so it did not come from Twilio);
     * the container's exception would quote the undecodable text, so it is dropped here.
     */
    private static Map<String, String> form(HttpServletRequest request) {
        try {
            return fields(request);
        } catch (IllegalStateException | IllegalArgumentException undecodable) {
            return null;
        }
    }

    private static Map<String, String> fields(HttpServletRequest request) {
        Map<String, String> query = new LinkedHashMap<>();
        if (request.getQueryString() != null) {
            for (String pair : request.getQueryString().split("&")) {
                query.put(java.net.URLDecoder.decode(pair.split("=", 2)[0], java.nio.charset.StandardCharsets.UTF_8), "");
            }
        }
        Map<String, String> form = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!query.containsKey(name) && values.length > 0) {
                form.put(name, values[0]);
            }
        });
        return form;
    }
}
