package org.destalk.channel.sms;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Response;
import com.twilio.http.TwilioRestClient;
import java.net.URI;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.core5.http.HttpHost;

/**
 * The Twilio REST client, with retries left to us: neither the SDK (3 tries on 5xx) nor Apache
 * httpclient (which doubles 503s) may repeat a POST, because a repeated create is a second SMS.
 */
public final class TwilioApi {

    private TwilioApi() {
    }

    public static TwilioRestClient client(SmsSettings settings) {
        HttpClientBuilder http = HttpClientBuilder.create().disableAutomaticRetries();
        if (settings.apiUrl() != null && !settings.apiUrl().isBlank()) {
            URI target = URI.create(settings.apiUrl());
            HttpHost host = new HttpHost(target.getScheme(), target.getHost(), target.getPort());
            http.setRoutePlanner((requested, context) -> new HttpRoute(host)); // the Host header stays api.twilio.com
        }
        return new TwilioRestClient.Builder(settings.accountSid(), settings.authToken()).httpClient(new NoRetries(http)).build();
    }

    /** The SDK's HTTP client without its own retry loop. */
    static final class NoRetries extends NetworkHttpClient {
        NoRetries(HttpClientBuilder builder) {
            super(builder);
        }

        @Override
        protected boolean shouldRetry(Response response, int[] statusCodes) {
            return false;
        }
    }
}
