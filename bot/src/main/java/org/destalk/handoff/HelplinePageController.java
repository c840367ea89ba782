package org.destalk.handoff;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.destalk.directory.Country;
import org.destalk.engine.Content;
import org.destalk.session.SessionKeys;
import org.destalk.session.SessionStore;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** /helpline: sign in with the helpline token, choose journey, language and country, get the code. */
@RestController
public final class HelplinePageController {

    private final HandoffService service;
    private final Supplier<Content> content;
    private final SourceLimits limits;

    public HelplinePageController(HandoffService service, Supplier<Content> content, SessionStore store, SessionKeys keys) {
        this.service = service;
        this.content = content;
        this.limits = new SourceLimits(store, keys, service.settings().callsPerMinute());
    }

    @GetMapping(path = "/helpline", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> signIn() {
        return html(HttpStatus.OK, HelplinePages.signIn(null));
    }

    @PostMapping(path = "/helpline", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> choose(@RequestParam(value = "token", required = false) String token, HttpServletRequest http) {
        if (!limits.allow(http.getRemoteAddr())) {
            return html(HttpStatus.TOO_MANY_REQUESTS, HelplinePages.signIn("Too many attempts. Please wait a minute."));
        }
        if (service.helpline(token).isEmpty()) {
            return html(HttpStatus.UNAUTHORIZED, HelplinePages.signIn("That token is not right. Please check it and try again."));
        }
        return html(HttpStatus.OK, HelplinePages.choose(token, languages(), countries(), null));
    }

    @PostMapping(path = "/helpline/code", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> code(@RequestParam(value = "token", required = false) String token,
                                       @RequestParam(value = "journey", required = false) String journey,
                                       @RequestParam(value = "language", required = false) String language,
                                       @RequestParam(value = "country", required = false) String country, HttpServletRequest http) {
        if (!limits.allow(http.getRemoteAddr())) {
            return html(HttpStatus.TOO_MANY_REQUESTS, HelplinePages.signIn("Too many attempts. Please wait a minute."));
        }
        Optional<String> helpline = service.helpline(token);
        if (helpline.isEmpty()) {
            return html(HttpStatus.UNAUTHORIZED, HelplinePages.signIn("Please sign in again."));
        }
        try {
            HandoffService.Created created = service.create(helpline.get(), new HandoffService.Request(journey, null, language, country));
            return html(HttpStatus.OK, HelplinePages.result(token, HandoffCard.of(created, service.settings(), content.get())));
        } catch (HandoffService.InvalidRequest invalid) {
            return html(HttpStatus.BAD_REQUEST, HelplinePages.choose(token, languages(), countries(), "Please choose again: " + invalid.getMessage()));
        }
    }

    private Map<String, String> languages() {
        Map<String, String> languages = new LinkedHashMap<>();
        content.get().dialogs().settings().languages().forEach(code -> languages.put(code, content.get().dialogs().catalogs().get(code).name()));
        return languages;
    }

    private Map<String, String> countries() {
        Map<String, String> countries = new LinkedHashMap<>();
        for (Country country : content.get().directory().countries()) {
            countries.put(country.code(), country.name("en"));
        }
        return countries;
    }

    /** Pages with a code are never cached: a shared office computer must not keep it. */
    private static ResponseEntity<String> html(HttpStatus status, String body) {
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore()).contentType(MediaType.TEXT_HTML).body(body);
    }
}
