package org.destalk.handoff;

import java.time.Instant;
import org.destalk.engine.Content;

/**
 * Everything a helpline needs to pass a code on: the code, a Telegram link, how to send it by SMS in
 * the person's language, and a QR code (of the Telegram link, or an SMS ready to send).
 */
public record HandoffCard(String id, String code, Instant expiresAt, String telegramLink, Sms sms, Qr qr) {

    public record Sms(String number, String text, String instructions) {
    }

    /** {@code encodes} is what scanning the QR code opens. */
    public record Qr(String encodes, String png, String svg) {
    }

    static HandoffCard of(HandoffService.Created created, HandoffSettings settings, Content content) {
        String bare = created.code().replace("-", "");
        String telegram = blank(settings.telegramBot()) ? null : "https://t.me/" + settings.telegramBot().replace("@", "") + "?start=" + bare;
        Sms sms = null;
        if (!blank(settings.smsNumber())) {
            String template = content.dialogs().catalog(created.language()).text("handoff.sms_instructions");
            String instructions = template == null ? null : template.replace("{code}", created.code()).replace("{number}", settings.smsNumber());
            sms = new Sms(settings.smsNumber(), created.code(), instructions);
        }
        String encodes = telegram != null ? telegram
                : sms != null ? "SMSTO:" + settings.smsNumber().replace(" ", "") + ":" + created.code() : created.code();
        Qr qr = new Qr(encodes, QrCodes.pngDataUrl(encodes), QrCodes.svg(encodes));
        return new HandoffCard(created.id(), created.code(), created.expires(), telegram, sms, qr);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
