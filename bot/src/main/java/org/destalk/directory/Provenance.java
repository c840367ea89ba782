package org.destalk.directory;

import java.time.LocalDate;
import java.util.List;

/** Where a directory fact comes from, how sure we are, and when the team last checked it. */
public record Provenance(String confidence, List<String> sources, LocalDate checkedOn) {
}
