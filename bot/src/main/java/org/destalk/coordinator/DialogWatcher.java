package org.destalk.coordinator;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches dialogs/ and its sub-folders, and calls back once the files have been quiet for a moment:
 * an editor saving a file, or a git pull changing twenty, gives one reload of the finished result
 * rather than one per half-written file.
 */
public final class DialogWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DialogWatcher.class);

    private final Path root;
    private final Runnable onChange;
    private final long quietNanos;
    private final WatchService service;
    private final Thread thread;

    public DialogWatcher(Path root, Duration quiet, Runnable onChange) {
        this.root = root;
        this.onChange = onChange;
        this.quietNanos = quiet.toNanos();
        try {
            this.service = root.getFileSystem().newWatchService();
            registerTree(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot watch " + root, e);
        }
        this.thread = new Thread(this::watch, "dialog-watcher");
        thread.setDaemon(true);
    }

    public DialogWatcher start() {
        thread.start();
        LOG.info("Watching {} for changes", root);
        return this;
    }

    private void watch() {
        long lastChange = 0;
        boolean pending = false;
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = service.poll(quietNanos, TimeUnit.NANOSECONDS);
                if (key != null) {
                    registerNewFolders(key);
                    key.reset();
                    pending = true;
                    lastChange = System.nanoTime();
                } else if (pending && System.nanoTime() - lastChange >= quietNanos) {
                    pending = false;
                    changed();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private void changed() {
        try {
            onChange.run();
        } catch (RuntimeException unexpected) {
            // The watcher must outlive a failed reload: the next save gets another chance.
            LOG.error("Reloading the dialogs failed ({})", unexpected.getClass().getSimpleName());
        }
    }

    private void registerNewFolders(WatchKey key) {
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == ENTRY_CREATE && key.watchable() instanceof Path folder && event.context() instanceof Path name) {
                Path created = folder.resolve(name);
                if (Files.isDirectory(created)) {
                    try {
                        registerTree(created);
                    } catch (IOException e) {
                        LOG.warn("Cannot watch the new folder {}", created);
                    }
                }
            }
        }
    }

    private void registerTree(Path top) throws IOException {
        try (Stream<Path> folders = Files.walk(top)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        }
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            service.close();
        } catch (IOException e) {
            LOG.warn("Closing the dialog watcher failed ({})", e.getClass().getSimpleName());
        }
    }
}
