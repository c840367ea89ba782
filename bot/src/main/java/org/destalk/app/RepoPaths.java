package org.destalk.app;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Resolves the repository folders (dialogs/, nlp-models/) whether the bot runs from the repository
 * root or from bot/ (as Maven runs tests there).
 */
final class RepoPaths {

    private RepoPaths() {
    }

    static Path resolve(String configured) {
        Path path = Path.of(configured);
        if (path.isAbsolute() || Files.exists(path)) {
            return path;
        }
        Path parent = Path.of("..").resolve(configured);
        return Files.exists(parent) ? parent.normalize() : path;
    }
}
