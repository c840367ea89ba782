package org.destalk.coordinator;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.destalk.dialog.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes what is in dialogs/ when a coordinator changed it: everything is loaded and checked, and
 * only content without errors replaces the version being served. With errors the old version keeps
 * serving and the problems are logged with file:line:col and kept for the admin API.
 */
public final class DialogPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(DialogPublisher.class);

    /**
     * @param version   checksum of the version being served
     * @param loadedAt  when that version was loaded
     * @param checkedAt when dialogs/ was last checked
     * @param published whether the last check published (or found nothing new); false when it was refused
     * @param problems  the last check's problems, errors and warnings
     */
    public record Status(String version, Instant loadedAt, Instant checkedAt, boolean published, List<Problem> problems) {
    }

    private final Path root;
    private final ContentRegistry registry;
    private final ContentLoader loader;
    private final Clock clock;
    private volatile Status status;

    private DialogPublisher(Path root, ContentRegistry registry, List<Problem> problems, Clock clock) {
        this.root = root;
        this.registry = registry;
        this.loader = new ContentLoader(clock);
        this.clock = clock;
        this.status = new Status(registry.content().checksum(), registry.content().loadedAt(), registry.content().loadedAt(), true,
                List.copyOf(problems));
    }

    /** The first load, at start-up: content with errors cannot be served at all, so it stops the start. */
    public static DialogPublisher start(Path root, String botName, Clock clock) {
        ContentLoader.Result loaded = new ContentLoader(clock).load(root);
        if (!loaded.published()) {
            String problems = String.join("\n", loaded.problems().list().stream().filter(Problem::isError).map(Problem::describe).toList());
            throw new IllegalStateException("The dialogs in " + root + " have errors and cannot be served:\n" + problems);
        }
        return new DialogPublisher(root, new ContentRegistry(loaded.content(), botName), loaded.problems().list(), clock);
    }

    public ContentRegistry registry() {
        return registry;
    }

    public Status status() {
        return status;
    }

    public Path root() {
        return root;
    }

    /** Loads and checks dialogs/ again; publishes it if it has no errors and differs from what is served. */
    public synchronized Status reload() {
        ContentLoader.Result result = loader.load(root);
        Instant now = clock.instant();
        List<Problem> problems = result.problems().list();
        if (!result.published()) {
            refused(problems);
            status = new Status(status.version(), status.loadedAt(), now, false, problems);
        } else if (result.content().checksum().equals(registry.content().checksum())) {
            status = new Status(status.version(), status.loadedAt(), now, true, problems);
        } else {
            registry.publish(result.content());
            LOG.info("Published dialogs version {} ({} warning(s))", result.content().checksum(), problems.size());
            status = new Status(result.content().checksum(), result.content().loadedAt(), now, true, problems);
        }
        return status;
    }

    private void refused(List<Problem> problems) {
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        LOG.warn("The changed dialogs have {} error(s) and were not published; version {} is still served", errors.size(),
                registry.content().checksum());
        for (Problem error : errors) {
            LOG.warn("{}/{}", root, error.describe());
        }
    }
}
