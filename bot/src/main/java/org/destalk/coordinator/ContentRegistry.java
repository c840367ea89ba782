package org.destalk.coordinator;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.destalk.engine.Content;
import org.destalk.engine.Engine;

/**
 * Holds the published content and its engine. A new version replaces the old one in a single atomic
 * step, so a turn uses either the old or the new version, never a mix.
 */
public final class ContentRegistry implements Supplier<Engine> {

    private final AtomicReference<Engine> current;
    private final String botName;

    public ContentRegistry(Content initial, String botName) {
        this.botName = botName;
        this.current = new AtomicReference<>(new Engine(initial, botName));
    }

    @Override
    public Engine get() {
        return current.get();
    }

    public Content content() {
        return current.get().content();
    }

    public void publish(Content content) {
        current.set(new Engine(content, botName));
    }
}
