package org.destalk.support;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.HashSet;
import org.destalk.channel.Inbound;
import org.destalk.channel.Outbound;
import org.destalk.dialog.Ask;
import org.destalk.dialog.Command;
import org.destalk.dialog.Dialog;
import org.destalk.dialog.Node;
import org.destalk.engine.Content;
import org.destalk.engine.State;

/**
 * Reaches every question of the shipped dialogs the way a person would: by tapping buttons and typing
 * commands from the start. The shortest route to each question is found once, by a breadth-first walk.
 */
public final class ShippedNodes {

    public static final String SENDER = "100200300";

    /** How to reach a question: the hints the conversation starts with and the buttons to tap. */
    private record Route(Inbound.Hints hints, List<String> choices) {
    }

    /** Some questions are only reached with a country known (help.lines), others only without (urgent.imminent_unknown). */
    private static final List<Inbound.Hints> STARTS = List.of(new Inbound.Hints("en", null), new Inbound.Hints("en", "ES"));

    private static Map<String, Route> routes;

    private ShippedNodes() {
    }

    /** Every question (ask node) of every dialog, as dialog.node. */
    public static List<String> questions(Content content) {
        List<String> questions = new ArrayList<>();
        for (Dialog dialog : content.dialogs().dialogs().values()) {
            for (Node node : dialog.nodes().values()) {
                if (node instanceof Ask) {
                    questions.add(dialog.id() + "." + node.id());
                }
            }
        }
        return questions;
    }

    /** Starts a conversation and taps its way to a question; fails if the question cannot be reached. */
    public static void walkTo(Bots bot, Content content, String question) {
        Route route = routes(content).get(question);
        if (route == null) {
            throw new AssertionError("No sequence of buttons reaches " + question);
        }
        start(bot, route.hints());
        for (String step : route.choices()) {
            bot.conversations.handle(step(step));
        }
    }

    private static synchronized Map<String, Route> routes(Content content) {
        if (routes != null) {
            return routes;
        }
        Map<String, Route> found = new HashMap<>();
        for (Inbound.Hints hints : STARTS) {
            Set<String> seen = new HashSet<>();
            Deque<List<String>> queue = new ArrayDeque<>();
            queue.add(List.of());
            while (!queue.isEmpty()) {
                List<String> path = queue.poll();
                Bots bot = new Bots(content, new ScriptedUnderstander(), Bots.memoryStore());
                Outbound last = start(bot, hints);
                for (String step : path) {
                    last = bot.conversations.handle(step(step));
                }
                List<Outbound.Button> buttons = last.messages().isEmpty() ? List.of() : last.messages().get(last.messages().size() - 1).buttons();
                if (buttons.isEmpty()) {
                    continue;
                }
                String here = buttons.get(0).id().substring(0, buttons.get(0).id().lastIndexOf(':'));
                found.putIfAbsent(here, new Route(hints, path));
                if (!seen.add(here + signature(bot))) {
                    continue;
                }
                List<String> steps = new ArrayList<>(buttons.stream().map(Outbound.Button::id).toList());
                if (path.isEmpty()) {
                    steps.addAll(typed(content)); // from the start is enough to reach what only typing reaches
                }
                for (String step : steps) {
                    List<String> longer = new ArrayList<>(path);
                    longer.add(step);
                    queue.add(longer);
                }
            }
        }
        routes = found;
        return routes;
    }

    /**
     * What branches can tell apart: flags, and whether each score is above zero (the shipped branches
     * test thresholds of 1). Paths that reach a question in the same condition are not walked twice.
     */
    private static String signature(Bots bot) {
        State state = bot.store.load(Bots.keys().session("telegram", SENDER)).map(v -> v.session().state()).orElse(null);
        if (state == null) {
            return "";
        }
        Set<String> scored = new TreeSet<>();
        state.scores().forEach((name, value) -> {
            if (value > 0) {
                scored.add(name);
            }
        });
        return "|" + new TreeSet<>(state.flags()) + scored + state.country();
    }

    /** A step is a button id, or a typed command such as /language (which has no button). */
    private static Inbound step(String step) {
        return step.startsWith("/") || step.startsWith(ScriptedUnderstander.INTENT_PREFIX) || step.startsWith(ScriptedUnderstander.DANGER_PREFIX)
                ? new Inbound("telegram", SENDER, Inbound.Kind.TEXT, step, Inbound.Hints.NONE, null, null)
                : new Inbound("telegram", SENDER, Inbound.Kind.CHOICE, step, Inbound.Hints.NONE, null, null);
    }

    /** Typed commands (e.g. /language), free text whose intent has a route ("thanks"), and danger. */
    private static List<String> typed(Content content) {
        List<String> typed = new ArrayList<>(content.dialogs().settings().commands().stream()
                .filter(command -> command.action() != Command.Action.QUICK_EXIT && !command.slashes().isEmpty())
                .map(command -> command.slashes().get(0))
                .toList());
        content.dialogs().settings().routes().keySet().forEach(intent -> typed.add(ScriptedUnderstander.INTENT_PREFIX + intent));
        content.dialogs().settings().interrupts().keySet().forEach(tier -> typed.add(ScriptedUnderstander.DANGER_PREFIX + tier));
        return typed;
    }

    private static Outbound start(Bots bot, Inbound.Hints hints) {
        return bot.conversations.handle(new Inbound("telegram", SENDER, Inbound.Kind.TEXT, "/start", hints, null, null));
    }
}
