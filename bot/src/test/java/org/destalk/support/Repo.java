package org.destalk.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Finds the repository's folders from wherever the tests run (the repo root or bot/). */
public final class Repo {

    /** Tests run at a fixed moment so that dates (checked-on, expiry) give the same answer every day. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

    private Repo() {
    }

    public static Path root() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("dialogs/settings.yml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Cannot find the repository root above " + here);
    }

    public static Path dialogs() {
        return root().resolve("dialogs");
    }

    public static Path nlpModels() {
        return root().resolve("nlp-models");
    }

    public static Path fixture(String name) {
        return root().resolve("bot/src/test/resources/fixtures").resolve(name);
    }
}
