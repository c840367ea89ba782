package org.destalk.handoff;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The helpline staff page, written as plain HTML forms: no script, one small style sheet, so it works
 * on an old office computer and a screen reader alike.
 */
final class HelplinePages {

    /** The journeys staff can open, with the words staff know them by. */
    static final Map<String, String> JOURNEYS = Map.of(
            "check", "Check the phone (signs of monitoring)",
            "safety", "Stay safe (safety plan for tech abuse)",
            "help", "Find support (lines of their country)");

    private static final String STYLE = "body{font-family:Arial,sans-serif;max-width:40em;margin:1em auto;padding:0 1em;color:#222}"
            + "label{display:block;margin-top:1em;font-weight:bold}select,input{font-size:1.1em;padding:.3em;width:100%}"
            + "button{font-size:1.1em;margin-top:1.5em;padding:.5em 1em}.code{font-size:2.5em;letter-spacing:.1em;font-family:monospace}"
            + ".error{color:#a00}.note{color:#555}";

    private HelplinePages() {
    }

    static String signIn(String error) {
        return page("Hand a person over to the bot", (error == null ? "" : "<p class=\"error\" role=\"alert\">" + escape(error) + "</p>")
                + "<form method=\"post\" action=\"/helpline\">"
                + "<label for=\"token\">Your helpline's access token</label>"
                + "<input type=\"password\" id=\"token\" name=\"token\" autocomplete=\"off\" required>"
                + "<button type=\"submit\">Sign in</button></form>");
    }

    static String choose(String token, Map<String, String> languages, Map<String, String> countries, String error) {
        StringBuilder form = new StringBuilder();
        if (error != null) {
            form.append("<p class=\"error\" role=\"alert\">").append(escape(error)).append("</p>");
        }
        form.append("<form method=\"post\" action=\"/helpline/code\">").append(hidden(token))
            .append("<label for=\"journey\">Journey to open</label>").append(select("journey", JOURNEYS))
            .append("<label for=\"language\">Language</label>").append(select("language", languages))
            .append("<label for=\"country\">Country</label>").append(select("country", countries))
            .append("<button type=\"submit\">Create a code</button></form>")
            .append("<p class=\"note\">The code works once and tells you only whether it was used. Nothing about the person is passed on.</p>");
        return page("Create a code for the bot", form.toString());
    }

    static String result(String token, HandoffCard card) {
        StringBuilder body = new StringBuilder();
        body.append("<p>Give this code to the person, or let them scan the QR code:</p>")
            .append("<p class=\"code\" id=\"code\">").append(escape(card.code())).append("</p>")
            .append("<p><img id=\"qr\" alt=\"QR code for the code above\" src=\"").append(card.qr().png()).append("\"></p>");
        if (card.telegramLink() != null) {
            body.append("<p>Telegram link: <a id=\"telegram\" href=\"").append(escape(card.telegramLink())).append("\">")
                .append(escape(card.telegramLink())).append("</a></p>");
        }
        if (card.sms() != null && card.sms().instructions() != null) {
            body.append("<p id=\"sms\">By SMS: ").append(escape(card.sms().instructions())).append("</p>");
        }
        body.append("<p class=\"note\">Valid until ").append(DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'")
                .format(card.expiresAt().atZone(ZoneOffset.UTC))).append(". It works only once.</p>")
            .append("<p class=\"note\">If the person's phone may be watched, suggest they open it on a safer phone.</p>")
            .append("<form method=\"post\" action=\"/helpline\">").append(hidden(token))
            .append("<button type=\"submit\">Create another code</button></form>");
        return page("Code created", body.toString());
    }

    private static String select(String name, Map<String, String> options) {
        StringBuilder select = new StringBuilder("<select id=\"" + name + "\" name=\"" + name + "\">");
        options.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(option -> select.append("<option value=\"").append(escape(option.getKey())).append("\">")
                        .append(escape(option.getValue())).append("</option>"));
        return select.append("</select>").toString();
    }

    private static String hidden(String token) {
        return "<input type=\"hidden\" name=\"token\" value=\"" + escape(token) + "\">";
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
                + "<meta name=\"robots\" content=\"noindex\"><title>" + escape(title) + "</title><style>" + STYLE + "</style></head>"
                + "<body><h1>" + escape(title) + "</h1>" + body + "</body></html>";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
