package org.destalk.app;

import com.twilio.http.TwilioRestClient;
import java.time.Duration;
import java.util.Locale;
import org.destalk.channel.Conversations;
import org.destalk.channel.sms.SmsBot;
import org.destalk.channel.sms.SmsSettings;
import org.destalk.channel.sms.SmsWebhookController;
import org.destalk.channel.sms.TwilioApi;
import org.destalk.channel.sms.TwilioRecords;
import org.destalk.channel.sms.TwilioSender;
import org.destalk.conversation.StoredMarks;
import org.destalk.session.SessionKeys;
import org.destalk.session.SessionStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The SMS channel through Twilio, when an auth token is configured. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${bot.sms.twilio.auth-token:}' != ''")
class SmsConfiguration {

    @Bean
    SmsSettings smsSettings(@Value("${bot.sms.twilio.account-sid}") String accountSid,
                            @Value("${bot.sms.twilio.auth-token}") String authToken,
                            @Value("${bot.sms.twilio.from:}") String from,
                            @Value("${bot.sms.twilio.public-url}") String publicUrl,
                            @Value("${bot.sms.twilio.status-url}") String statusUrl,
                            @Value("${bot.sms.twilio.api-url:}") String apiUrl,
                            @Value("${bot.sms.max-segments:3}") int maxSegments,
                            @Value("${bot.sms.twilio.replies:twiml}") String replies,
                            @Value("${bot.sms.twilio.delete-records:quick-exit}") String deleteRecords,
                            @Value("${bot.sms.twilio.retry-base:1s}") Duration retryBase,
                            @Value("${bot.sms.twilio.attempts:5}") int attempts) {
        return new SmsSettings(accountSid, authToken, from, publicUrl, statusUrl, apiUrl, maxSegments,
                SmsSettings.Replies.valueOf(replies.toUpperCase(Locale.ROOT)),
                SmsSettings.DeleteRecords.valueOf(deleteRecords.replace('-', '_').toUpperCase(Locale.ROOT)), retryBase, attempts);
    }

    @Bean
    TwilioRestClient twilioClient(SmsSettings settings) {
        return TwilioApi.client(settings);
    }

    @Bean(destroyMethod = "close")
    TwilioRecords twilioRecords(TwilioRestClient client, SmsSettings settings) {
        return new TwilioRecords(client, settings);
    }

    @Bean(destroyMethod = "close")
    TwilioSender twilioSender(TwilioRestClient client, SmsSettings settings) {
        return new TwilioSender(client, settings);
    }

    @Bean
    SmsBot smsBot(Conversations conversations, SessionStore store, SessionKeys keys, SmsSettings settings,
                  TwilioRecords records, TwilioSender sender) {
        return new SmsBot(conversations, new StoredMarks(store, keys), settings, records, sender);
    }

    @Bean
    SmsWebhookController smsWebhook(SmsBot bot, SmsSettings settings) {
        return new SmsWebhookController(bot, settings);
    }
}
