package org.destalk.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.destalk.channel.Inbound;
import org.destalk.conversation.Previews;
import org.destalk.coordinator.ContentRegistry;
import org.destalk.diagram.Diagrams;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * /admin: each dialog as a diagram, and a chat with the current version of the dialogs showing every
 * message as Telegram and as SMS show it. The page itself holds nothing; everything it shows is
 * fetched with the admin token, which stays in the browser tab.
 */
@RestController
public final class AdminPageController {

    private static final String AUTHORIZATION = "Authorization";
    private static final String TELEGRAM = "telegram";
    private static final String SMS = "sms";

    /** A preview message: a new preview when {@code id} is empty; {@code choice} is a button's id. */
    public record PreviewRequest(String id, String language, String text, String choice) {
    }

    private final AdminGuard guard;
    private final ContentRegistry registry;
    private final Previews previews;
    private final int maxSegments;
    private final String page;

    public AdminPageController(AdminToken token, ContentRegistry registry, Previews previews, int maxSegments) {
        this.guard = new AdminGuard(token);
        this.registry = registry;
        this.previews = previews;
        this.maxSegments = maxSegments;
        this.page = resource("/admin/index.html");
    }

    @GetMapping(path = "/admin", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> page() {
        if (!guard.enabled()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'")
                .body(page);
    }

    @GetMapping(path = "/admin/dialogs/{dialog}/diagram.svg", produces = "image/svg+xml")
    public ResponseEntity<Object> diagram(@RequestHeader(value = AUTHORIZATION, required = false) String authorization,
                                          @PathVariable String dialog) {
        ResponseEntity<Object> refusal = guard.refusal(authorization);
        if (refusal != null) {
            return refusal;
        }
        if (!registry.content().dialogs().dialogs().containsKey(dialog)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Diagrams.svg(registry.content(), dialog));
    }

    @PostMapping("/admin/preview")
    public ResponseEntity<Object> preview(@RequestHeader(value = AUTHORIZATION, required = false) String authorization,
                                          @RequestBody(required = false) PreviewRequest request) {
        ResponseEntity<Object> refusal = guard.refusal(authorization);
        if (refusal != null) {
            return refusal;
        }
        PreviewRequest asked = request == null ? new PreviewRequest(null, null, null, null) : request;
        boolean fresh = asked.id() == null || asked.id().isBlank();
        String id = fresh ? UUID.randomUUID().toString() : asked.id();
        // The same input on both channels: buttons and numbers choose the same options.
        Previews.Step telegram = previews.send(id, inbound(TELEGRAM, id, asked, fresh));
        Previews.Step sms = previews.send(id + "/" + SMS, inbound(SMS, id, asked, fresh));
        String language = sms.outbound().language() == null ? "en" : sms.outbound().language();
        String hint = registry.get().text("sms.reply_hint", language);
        return ResponseEntity.ok(PreviewJson.of(id, telegram, sms, hint, maxSegments));
    }

    private static Inbound inbound(String channel, String id, PreviewRequest request, boolean fresh) {
        Inbound.Hints hints = new Inbound.Hints(request.language(), null);
        if (!fresh && request.choice() != null) {
            return new Inbound(channel, id, Inbound.Kind.CHOICE, request.choice(), hints, null, null);
        }
        String text = fresh || request.text() == null ? "/start" : request.text();
        return new Inbound(channel, id, Inbound.Kind.TEXT, text, hints, null, null);
    }

    private static String resource(String path) {
        try (InputStream in = AdminPageController.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
