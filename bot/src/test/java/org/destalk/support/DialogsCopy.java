package org.destalk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * A private copy of the shipped dialogs/ for tests that edit files under a running bot, with the edits
 * a coordinator would make.
 */
public final class DialogsCopy {

    public final Path root;

    private DialogsCopy(Path root) {
        this.root = root;
    }

    public static DialogsCopy ofShipped() {
        try {
            return new DialogsCopy(Contents.overlay(Repo.dialogs(), null, Files.createTempDirectory("dialogs-copy")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(String file) {
        try {
            return Files.readString(root.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(String file, String text) {
        try {
            Files.writeString(root.resolve(file), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces text in a file, failing if the text is not there, so a test never edits nothing. */
    public void replace(String file, String from, String to) {
        String text = read(file);
        if (!text.contains(from)) {
            throw new AssertionError(file + " does not contain: " + from);
        }
        write(file, text.replace(from, to));
    }

    /** Waits until {@code condition} holds, polling; false if it did not within {@code limit}. */
    public static boolean within(Duration limit, BooleanSupplier condition) {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
