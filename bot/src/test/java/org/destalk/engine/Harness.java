package org.destalk.engine;

import java.nio.file.Path;
import java.util.List;
import org.destalk.support.Contents;
import org.destalk.support.Repo;

/** Drives the engine turn by turn in tests, keeping the state between turns as a store would. */
final class Harness {

    final Engine engine;
    State state;

    Harness(Content content) {
        this.engine = new Engine(content, "Robin");
    }

    /** The base fixture with the flows of fixtures/nodes/&lt;kind&gt; added. */
    static Harness forNode(String kind, Path work) {
        return new Harness(Contents.published(Contents.overlay(Repo.fixture("base"), Repo.fixture("nodes/" + kind), work)));
    }

    /** Starts at a node, as a helpline hand-off does. */
    Turn start(String entry) {
        return keep(engine.start(new Start("telegram", "en", null, entry), null));
    }

    Turn start(Start start, Input first) {
        return keep(engine.start(start, first));
    }

    Turn send(String text) {
        return keep(engine.handle(state, Input.text("telegram", text, Understanding.NOTHING)));
    }

    Turn send(String channel, String text) {
        return keep(engine.handle(state, Input.text(channel, text, Understanding.NOTHING)));
    }

    Turn send(String text, Understanding understanding) {
        return keep(engine.handle(state, Input.text("telegram", text, understanding)));
    }

    Turn tap(String choiceId) {
        return keep(engine.handle(state, Input.choice("telegram", choiceId)));
    }

    static Understanding intent(String intent, double confidence) {
        return new Understanding(null, false, List.of(new Understanding.Scored(intent, confidence)), Danger.NONE);
    }

    static List<String> texts(Turn turn) {
        return turn.replies().stream().map(Event.Reply::text).toList();
    }

    static List<String> labels(Turn turn) {
        List<Event.Reply> replies = turn.replies();
        return replies.isEmpty() ? List.of() : replies.get(replies.size() - 1).choices().stream().map(Choice::label).toList();
    }

    static List<String> choiceIds(Turn turn) {
        List<Event.Reply> replies = turn.replies();
        return replies.isEmpty() ? List.of() : replies.get(replies.size() - 1).choices().stream().map(Choice::id).toList();
    }

    private Turn keep(Turn turn) {
        state = turn.state();
        return turn;
    }
}
