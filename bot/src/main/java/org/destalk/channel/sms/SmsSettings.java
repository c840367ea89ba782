package org.destalk.channel.sms;

import java.time.Duration;

/**
 * How the SMS channel runs.
 *
 * @param publicUrl     the exact URL Twilio calls for inbound messages (behind a proxy: the public one);
 *                      signatures are computed over it
 * @param statusUrl     the URL Twilio calls with delivery statuses, also signed
 * @param apiUrl        empty for Twilio itself; a base URL (scheme, host, port) to send every REST call
 *                      elsewhere, e.g. a fake in tests (the SDK has no base-URL setting)
 * @param replies       twiml (answer in the webhook response) or rest (send through the REST API)
 * @param deleteRecords quick-exit (delete the conversation's records at Twilio on quick exit) or
 *                      always (also delete each exchange once delivered)
 */
public record SmsSettings(String accountSid, String authToken, String from, String publicUrl, String statusUrl,
                          String apiUrl, int maxSegments, Replies replies, DeleteRecords deleteRecords,
                          Duration retryBase, int attempts) {

    public static final String INBOUND_PATH = "/sms/twilio";
    public static final String STATUS_PATH = "/sms/twilio/status";

    public enum Replies { TWIML, REST }

    public enum DeleteRecords { QUICK_EXIT, ALWAYS }
}
