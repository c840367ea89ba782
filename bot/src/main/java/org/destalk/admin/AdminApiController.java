package org.destalk.admin;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.destalk.coordinator.ContentLoader;
import org.destalk.coordinator.DialogPublisher;
import org.destalk.coordinator.TranslationCoverage;
import org.destalk.dialog.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The coordinators' API: what version is served and its problems, publish what is in dialogs/ now,
 * and check uploaded files without publishing them. Every call needs the admin bearer token.
 */
@RestController
public final class AdminApiController {

    private static final String AUTHORIZATION = "Authorization";

    /** Files to check, by their path under dialogs/, e.g. {"files": {"messages/en.yml": "..."}}. */
    public record Upload(Map<String, String> files) {
    }

    private final AdminGuard guard;
    private final DialogPublisher publisher;
    private final UploadCheck uploads;

    public AdminApiController(AdminToken token, DialogPublisher publisher, Clock clock) {
        this.guard = new AdminGuard(token);
        this.publisher = publisher;
        this.uploads = new UploadCheck(publisher.root(), clock);
    }

    @GetMapping("/admin/dialogs")
    public ResponseEntity<Object> status(@RequestHeader(value = AUTHORIZATION, required = false) String authorization) {
        ResponseEntity<Object> refusal = guard.refusal(authorization);
        if (refusal != null) {
            return refusal;
        }
        Map<String, Object> json = ProblemsJson.status(publisher.status());
        json.put("dialogs", publisher.registry().content().dialogs().dialogs().keySet());
        json.put("languages", publisher.registry().content().dialogs().settings().languages());
        return ResponseEntity.ok(json);
    }

    @PostMapping("/admin/dialogs/reload")
    public ResponseEntity<Object> reload(@RequestHeader(value = AUTHORIZATION, required = false) String authorization) {
        ResponseEntity<Object> refusal = guard.refusal(authorization);
        if (refusal != null) {
            return refusal;
        }
        DialogPublisher.Status status = publisher.reload();
        return ResponseEntity.status(status.published() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(ProblemsJson.status(status));
    }

    @PostMapping("/admin/dialogs/validate")
    public ResponseEntity<Object> validate(@RequestHeader(value = AUTHORIZATION, required = false) String authorization,
                                           @RequestBody(required = false) Upload upload) {
        ResponseEntity<Object> refusal = guard.refusal(authorization);
        if (refusal != null) {
            return refusal;
        }
        try {
            ContentLoader.Result result = uploads.check(upload == null ? null : upload.files());
            return ResponseEntity.ok(validation(result));
        } catch (UploadCheck.BadUpload bad) {
            return ResponseEntity.badRequest().body(Map.of("error", bad.getMessage()));
        }
    }

    private static Map<String, Object> validation(ContentLoader.Result result) {
        TranslationCoverage coverage = TranslationCoverage.of(result);
        List<Problem> problems = result.problems().list();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("valid", result.published() && coverage.complete());
        json.put("errors", problems.stream().filter(Problem::isError).count());
        json.put("problems", ProblemsJson.problems(problems));
        json.put("coverage", coverage.languages());
        return json;
    }
}
