package org.destalk.directory;

import java.util.Map;
import org.destalk.dialog.Position;

/**
 * A support line: how to reach it (phone, text, chat, ...), when, for whom, and whether a call shows
 * on the phone bill, which matters to someone whose bill the abuser reads.
 */
public record Line(String id, String name, String area, boolean primary, Map<String, String> about, Contacts contacts,
                   Hours hours, Hours chatHours, String free, String onPhoneBill, String interpreting,
                   Map<String, String> note, Provenance provenance, Position position) {

    /** Ways to reach a line; any of them may be null. */
    public record Contacts(String phone, String tty, String textNumber, String textKeyword, String whatsapp, String ussd,
                           String chat, String email, String web, Map<String, String> app) {
    }
}
