package org.destalk.channel.sms;

import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends SMS through the REST API, in order, one at a time. A create is retried only when Twilio surely
 * did not take it (the connection failed, or 429/503 asked us to come back): any other failure could
 * mean the message was created, and a second SMS on a phone the abuser may read is worse than a gap.
 */
public final class TwilioSender implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TwilioSender.class);

    private final TwilioRestClient client;
    private final SmsSettings settings;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "twilio-sender");
        thread.setDaemon(true);
        return thread;
    });

    public TwilioSender(TwilioRestClient client, SmsSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    /** Queues the messages to one number; {@code onSid} learns each created record's SID. */
    public void send(String to, List<String> bodies, Consumer<String> onSid) {
        worker.execute(() -> {
            for (String body : bodies) {
                if (!sendOne(to, body, onSid)) {
                    return; // the rest would arrive out of context
                }
            }
        });
    }

    private boolean sendOne(String to, String body, Consumer<String> onSid) {
        for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
            try {
                Message created = Message.creator(new PhoneNumber(to), new PhoneNumber(settings.from()), body)
                        .setStatusCallback(URI.create(settings.statusUrl()))
                        .create(client);
                onSid.accept(created.getSid());
                return true;
            } catch (ApiException failure) {
                if (!surelyNotCreated(failure)) {
                    LOG.warn("An SMS was not confirmed by Twilio and is not repeated ({})", failure.getStatusCode());
                    return false;
                }
                pause(attempt);
            }
        }
        LOG.warn("An SMS could not be sent after {} attempts", settings.attempts());
        return false;
    }

    static boolean surelyNotCreated(ApiException failure) {
        Integer status = failure.getStatusCode();
        if (status != null) {
            return status == 429 || status == 503;
        }
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    private void pause(int attempt) {
        try {
            TimeUnit.MILLISECONDS.sleep(settings.retryBase().toMillis() << Math.min(attempt - 1, 10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
