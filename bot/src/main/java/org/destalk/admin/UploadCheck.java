package org.destalk.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.destalk.coordinator.ContentLoader;

/**
 * Checks uploaded YAML files as if they replaced their namesakes in dialogs/, without publishing
 * anything: the current files are copied to a scratch folder, the uploads laid over them, and the
 * whole checked together, so a change is judged with everything it refers to.
 */
final class UploadCheck {

    /** Paths as they appear under dialogs/: folders and names of letters, digits, dash and underscore. */
    private static final Pattern SAFE_PATH = Pattern.compile("([a-z0-9_-]+/)*[a-zA-Z0-9_-]+\\.yml");

    /** An upload that cannot be checked at all, told in words a coordinator can act on. */
    static final class BadUpload extends RuntimeException {
        BadUpload(String message) {
            super(message);
        }
    }

    private final Path dialogs;
    private final Clock clock;

    UploadCheck(Path dialogs, Clock clock) {
        this.dialogs = dialogs;
        this.clock = clock;
    }

    ContentLoader.Result check(Map<String, String> files) {
        if (files == null || files.isEmpty()) {
            throw new BadUpload("Send at least one file: {\"files\": {\"flows/menu.yml\": \"...\"}}");
        }
        files.keySet().stream().filter(path -> !SAFE_PATH.matcher(path).matches()).findFirst().ifPresent(path -> {
            throw new BadUpload("\"" + path + "\" is not a dialogs file path; use a path like flows/menu.yml or messages/en.yml");
        });
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("destalk-validate");
            copy(dialogs, scratch);
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = scratch.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue() == null ? "" : file.getValue(), StandardCharsets.UTF_8);
            }
            return new ContentLoader(clock).load(scratch);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the files for checking", e);
        } finally {
            delete(scratch);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a scratch folder left in the temp directory holds no one's data, only dialog files
        }
    }
}
