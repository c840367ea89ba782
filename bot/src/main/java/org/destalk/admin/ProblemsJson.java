package org.destalk.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.destalk.coordinator.DialogPublisher;
import org.destalk.dialog.Problem;

/** Problems and publishing status as the admin API shows them: every field a coordinator needs to fix one. */
final class ProblemsJson {

    private ProblemsJson() {
    }

    static Map<String, Object> status(DialogPublisher.Status status) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", status.version());
        json.put("checksum", status.version());
        json.put("loadedAt", status.loadedAt().toString());
        json.put("checkedAt", status.checkedAt().toString());
        json.put("published", status.published());
        json.put("errors", status.problems().stream().filter(Problem::isError).count());
        json.put("problems", problems(status.problems()));
        return json;
    }

    static List<Map<String, Object>> problems(List<Problem> problems) {
        return problems.stream().map(ProblemsJson::problem).toList();
    }

    private static Map<String, Object> problem(Problem problem) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("severity", problem.severity().name().toLowerCase());
        json.put("file", problem.position().file());
        json.put("line", problem.position().line());
        json.put("column", problem.position().column());
        json.put("path", problem.path());
        json.put("rule", problem.rule());
        json.put("message", problem.message());
        json.put("fix", problem.fix());
        json.put("text", problem.describe());
        return json;
    }
}
