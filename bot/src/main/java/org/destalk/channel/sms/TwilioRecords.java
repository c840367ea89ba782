package org.destalk.channel.sms;

import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes message records at Twilio, in the background. A message still on its way cannot be deleted
 * yet, so such a deletion is tried again later; a record already gone counts as deleted.
 */
public final class TwilioRecords implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TwilioRecords.class);
    private static final int NOT_FOUND = 404;

    private final TwilioRestClient client;
    private final SmsSettings settings;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "twilio-records");
        thread.setDaemon(true);
        return thread;
    });

    public TwilioRecords(TwilioRestClient client, SmsSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    public void delete(List<String> sids) {
        for (String sid : sids) {
            if (isMessageSid(sid)) {
                worker.execute(() -> attempt(sid, 1));
            }
        }
    }

    /** SM... for SMS, MM... for MMS; anything else in a trail is not a Twilio record. */
    static boolean isMessageSid(String sid) {
        return sid != null && sid.length() == 34 && (sid.startsWith("SM") || sid.startsWith("MM"));
    }

    private void attempt(String sid, int attempt) {
        try {
            Message.deleter(sid).delete(client);
        } catch (ApiException refused) {
            Integer status = refused.getStatusCode();
            if (status != null && status == NOT_FOUND) {
                return;
            }
            retry(sid, attempt, "refused (" + status + ")");
        } catch (RuntimeException unreachable) {
            retry(sid, attempt, unreachable.getClass().getSimpleName());
        }
    }

    /** Deleting twice is harmless, so every failure is retried (a message in flight becomes deletable soon). */
    private void retry(String sid, int attempt, String why) {
        if (attempt >= settings.attempts()) {
            LOG.warn("A message record could not be deleted at Twilio after {} attempts: {}", attempt, why);
            return;
        }
        long delay = settings.retryBase().toMillis() << Math.min(attempt - 1, 10);
        worker.schedule(() -> attempt(sid, attempt + 1), delay, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
