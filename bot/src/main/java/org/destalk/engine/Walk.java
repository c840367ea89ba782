package org.destalk.engine;

import java.util.ArrayList;
import java.util.List;
import org.destalk.dialog.Ask;
import org.destalk.dialog.Condition;
import org.destalk.dialog.MessageRef;

/**
 * One turn in progress: the state as it changes and the events produced so far. Lives for a single
 * call of the engine and is never shared.
 */
final class Walk implements Condition.Facts {

    final Content content;
    final Renderer renderer;
    final String channel;
    final Understanding understanding;
    /** The typed text folded for exact matching; empty for a tapped choice or no input. */
    final String folded;
    State state;
    private final List<Event> events = new ArrayList<>();
    private final List<Event> lastPrompt = new ArrayList<>();

    Walk(Content content, Renderer renderer, String channel, Understanding understanding, String folded, State state) {
        this.content = content;
        this.renderer = renderer;
        this.channel = channel;
        this.understanding = understanding == null ? Understanding.NOTHING : understanding;
        this.folded = folded;
        this.state = state;
    }

    void say(List<MessageRef> messages) {
        for (MessageRef message : messages) {
            events.add(new Event.Reply(renderer.text(message.key(), state), List.of()));
        }
    }

    void sayKey(String key) {
        events.add(new Event.Reply(renderer.text(key, state), List.of()));
    }

    /**
     * Asks a question. A question asked earlier in the same turn is withdrawn, because the conversation
     * already moved past it (e.g. the menu shown with a greeting, then a journey chosen by free text).
     */
    void prompt(Ask ask) {
        events.removeIf(event -> lastPrompt.stream().anyMatch(withdrawn -> withdrawn == event));
        lastPrompt.clear();
        List<Choice> choices = renderer.choices(ask, state);
        List<MessageRef> say = ask.say();
        for (int i = 0; i < say.size(); i++) {
            boolean last = i == say.size() - 1;
            lastPrompt.add(new Event.Reply(renderer.text(say.get(i).key(), state), last ? choices : List.of()));
        }
        if (say.isEmpty()) {
            lastPrompt.add(new Event.Reply(renderer.text("engine.reprompt", state), choices));
        }
        events.addAll(lastPrompt);
    }

    /** Offers choices that are not a node's options (clarifications, language offers). */
    void offer(String text, List<Choice> choices) {
        events.add(new Event.Reply(text, choices));
    }

    /** Quick exit: whatever this turn was about to say is dropped; nothing follows an exit. */
    void exitNow() {
        events.clear();
        lastPrompt.clear();
        events.add(new Event.Ended(Event.Ended.Reason.QUICK_EXIT));
    }

    void emit(Event event) {
        events.add(event);
    }

    Turn finish() {
        boolean ended = events.stream().anyMatch(Event.Ended.class::isInstance);
        return new Turn(ended ? null : state, List.copyOf(events));
    }

    @Override
    public String lastOption() {
        return state.lastOption();
    }

    @Override
    public String intent() {
        return understanding.topIntent();
    }

    @Override
    public int score(String name) {
        return state.scores().getOrDefault(name, 0);
    }

    @Override
    public boolean flag(String name) {
        return state.flags().contains(name);
    }

    @Override
    public String channel() {
        return channel;
    }

    @Override
    public String country() {
        return state.country();
    }

    @Override
    public String language() {
        return state.language();
    }
}
