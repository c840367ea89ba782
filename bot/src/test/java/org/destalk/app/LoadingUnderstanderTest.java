package org.destalk.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.destalk.nlp.Reading;
import org.destalk.nlp.Understander;
import org.junit.jupiter.api.Test;

class LoadingUnderstanderTest {

    @Test
    void aReadBeforeTheModelsAreInWaitsForThem() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Understander real = (text, current, language, country) -> Reading.NOTHING;
        LoadingUnderstander loading = LoadingUnderstander.start(() -> {
            awaitQuietly(release);
            return real;
        });
        CountDownLatch read = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            loading.read("hello", null, null, null);
            read.countDown();
        });
        reader.start();
        assertFalse(read.await(200, TimeUnit.MILLISECONDS), "not answered while the models load");
        release.countDown();
        assertTrue(read.await(5, TimeUnit.SECONDS), "answered once they are in");
    }

    @Test
    void modelsThatCannotBeReadStillStopTheStart() {
        UncheckedIOException unreadable = new UncheckedIOException(new IOException("models.bin is damaged"));
        LoadingUnderstander loading = LoadingUnderstander.start(() -> {
            throw unreadable;
        });
        UncheckedIOException thrown = assertThrows(UncheckedIOException.class, loading::afterSingletonsInstantiated);
        assertSame(unreadable, thrown, "the loader's own failure, not a wrapper");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
