package org.destalk.engine;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.destalk.dialog.Ask;
import org.destalk.dialog.Catalog;
import org.destalk.dialog.DialogBundle;
import org.destalk.dialog.Option;
import org.destalk.directory.Country;

/** Turns message keys into text in the person's language, filling placeholders from the directory. */
final class Renderer {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    private static final String SMS = "sms";

    private final Content content;
    private final String botName;
    private final String channel;

    Renderer(Content content, String botName) {
        this(content, botName, null);
    }

    private Renderer(Content content, String botName, String channel) {
        this.content = content;
        this.botName = botName;
        this.channel = channel;
    }

    /** The channel of the turn being rendered: SMS gets the compact directory layout. */
    Renderer on(String turnChannel) {
        return new Renderer(content, botName, turnChannel);
    }

    String text(String key, State state) {
        return text(key, state.language(), state);
    }

    /** The text of a key in a given language, falling back to the default language, then to the key. */
    String text(String key, String language, State state) {
        DialogBundle dialogs = content.dialogs();
        String raw = dialogs.catalog(language).text(key);
        if (raw == null) {
            raw = dialogs.catalog(dialogs.settings().defaultLanguage()).text(key);
        }
        return raw == null ? key : fill(raw, language, state);
    }

    List<Choice> choices(Ask ask, State state) {
        return ask.visibleOptions().stream()
                .map(option -> new Choice(choiceId(state, option), text(option.label().key(), state)))
                .toList();
    }

    /** A choice names its question too, so that a button from an old message cannot answer a new one. */
    static String choiceId(State state, Option option) {
        return state.position() + ":" + option.id();
    }

    String languageName(String language) {
        Catalog catalog = content.dialogs().catalogs().get(language);
        return catalog == null ? language : catalog.name();
    }

    private String fill(String raw, String language, State state) {
        if (raw.indexOf('{') < 0) {
            return raw;
        }
        Matcher matcher = PLACEHOLDER.matcher(raw);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(value(matcher.group(1), language, state)));
        }
        matcher.appendTail(out);
        return out.toString().strip();
    }

    /**
     * A country's other lines. Where it has none (a third of the countries listed), the guides that help
     * from anywhere, so that asking for more is never answered with nothing.
     */
    private String moreLines(Country shown, DirectoryText directory, String language, State state) {
        if (!shown.otherLines().isEmpty()) {
            return directory.lines(shown.otherLines());
        }
        String none = text("directory.no_more", language, state);
        Country anywhere = content.directory().international();
        if (anywhere == null || anywhere == shown || anywhere.lines().isEmpty()) {
            return none;
        }
        return none + "\n\n" + text("directory.anywhere", language, state) + "\n\n" + directory.lines(anywhere.lines());
    }

    private String value(String placeholder, String language, State state) {
        Country country = content.directory().country(state.country());
        Country shown = country != null ? country : content.directory().international();
        DirectoryText directory = new DirectoryText(language, key -> text(key, language, state), SMS.equals(channel));
        switch (placeholder) {
            case "country":
                return shown == null ? "" : shown.name(language);
            case "emergency":
                return directory.emergency(country);
            case "emergency_note":
                return directory.emergencyNote(content.directory().international());
            case "other_numbers":
                return country == null ? "" : directory.otherNumbers(country);
            case "helplines":
                return shown == null ? "" : directory.lines(shown.primaryLines());
            case "more_helplines":
                return shown == null ? "" : moreLines(shown, directory, language, state);
            case "silent":
                return country == null ? "" : directory.silent(country);
            case "bot_name":
                return botName;
            case "language":
                State.Awaiting offer = state.awaiting();
                boolean offering = offer != null && offer.kind() == State.Awaiting.Kind.LANGUAGE;
                return languageName(offering ? offer.values().get(0) : state.language());
            default:
                return "";
        }
    }
}
