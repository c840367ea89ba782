package org.destalk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.destalk.coordinator.ContentLoader;
import org.destalk.engine.Content;

/** Loads content for tests: the shipped dialogs, or a fixture, optionally overlaid on the base fixture. */
public final class Contents {

    private static Content shipped;

    private Contents() {
    }

    /** The shipped dialogs, loaded once per test JVM; fails if they have any error. */
    public static synchronized Content shipped() {
        if (shipped == null) {
            shipped = published(Repo.dialogs());
        }
        return shipped;
    }

    public static Content published(Path root) {
        ContentLoader.Result result = load(root);
        if (!result.published()) {
            throw new AssertionError("Content at " + root + " has errors:\n" + String.join("\n",
                    result.problems().list().stream().map(p -> p.describe()).toList()));
        }
        return result.content();
    }

    public static ContentLoader.Result load(Path root) {
        return new ContentLoader(Repo.CLOCK).load(root);
    }

    /** Copies {@code base} into {@code target}, then copies {@code overlay}'s files over it. */
    public static Path overlay(Path base, Path overlay, Path target) {
        copyTree(base, target);
        if (overlay != null) {
            copyTree(overlay, target);
        }
        return target;
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path destination = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(file, destination, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
