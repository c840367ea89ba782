package org.destalk.handoff;

import java.time.Duration;
import java.util.Map;

/**
 * @param helplines      helpline id by its bearer token (only helplines with a token set)
 * @param codeTtl        how long a code can be redeemed
 * @param telegramBot    the bot's Telegram username, for t.me links (empty: no Telegram link)
 * @param smsNumber      the bot's SMS number, to text a code to (empty: no SMS instructions)
 * @param redeemPerHour  code attempts allowed per sender per hour
 * @param callsPerMinute API and page requests allowed per source address per minute
 */
public record HandoffSettings(Map<String, String> helplines, Duration codeTtl, String telegramBot, String smsNumber,
                              int redeemPerHour, int callsPerMinute) {
}
