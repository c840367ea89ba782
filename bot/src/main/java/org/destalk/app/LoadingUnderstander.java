package org.destalk.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.destalk.nlp.Reading;
import org.destalk.nlp.Understander;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Language understanding read on a thread of its own while the rest of the server is put together:
 * reading the models takes most of a second of one core, and start-up leaves the other core idle.
 * Spring waits for it before the web server opens, so nothing is served half-ready and a model that
 * cannot be read still stops the start.
 */
final class LoadingUnderstander implements Understander, SmartInitializingSingleton {

    private final CompletableFuture<Understander> loading;

    private LoadingUnderstander(CompletableFuture<Understander> loading) {
        this.loading = loading;
    }

    static LoadingUnderstander start(Supplier<Understander> load) {
        CompletableFuture<Understander> loading = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                loading.complete(load.get());
            } catch (RuntimeException | Error failure) {
                loading.completeExceptionally(failure);
            }
        }, "nlp-loading");
        loader.setDaemon(true);
        loader.start();
        return new LoadingUnderstander(loading);
    }

    /** Called once every bean exists, before the web server starts. */
    @Override
    public void afterSingletonsInstantiated() {
        loaded();
    }

    @Override
    public Reading read(String text, String currentLanguage, String hintLanguage, String hintCountry) {
        return loaded().read(text, currentLanguage, hintLanguage, hintCountry);
    }

    private Understander loaded() {
        try {
            return loading.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }
}
