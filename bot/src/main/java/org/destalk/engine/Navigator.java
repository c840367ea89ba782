package org.destalk.engine;

import java.util.Map;
import org.destalk.dialog.Ask;
import org.destalk.dialog.Branch;
import org.destalk.dialog.DialogBundle;
import org.destalk.dialog.Effects;
import org.destalk.dialog.End;
import org.destalk.dialog.Jump;
import org.destalk.dialog.Node;
import org.destalk.dialog.Option;
import org.destalk.dialog.Say;
import org.destalk.dialog.Target;

/** Moves a walk from node to node until it reaches a question or an end. */
final class Navigator {

    /** The checker rejects loops without a question; this guard only protects against a bug. */
    private static final int MAX_STEPS = 64;

    private final Map<Class<? extends Node>, Step<? extends Node>> steps = Map.of(
            Ask.class, new AskStep(),
            Say.class, new SayStep(),
            Branch.class, new BranchStep(),
            Jump.class, new JumpStep(),
            End.class, new EndStep());

    void goTo(Walk walk, Target target) {
        DialogBundle dialogs = walk.content.dialogs();
        Target next = target;
        for (int step = 0; next != null && step < MAX_STEPS; step++) {
            next = resolveBack(walk, next);
            Node node = dialogs.node(next);
            if (node == null) {
                walk.sayKey("engine.moved");
                next = dialogs.settings().menu();
                node = dialogs.node(next);
            }
            if (!next.dialog().equals(walk.state.dialog())) {
                walk.emit(new Event.Entered(next.dialog()));
            }
            walk.state = walk.state.at(next.dialog(), next.node());
            next = run(node, walk);
        }
    }

    /** Records what an option sets, then follows it. */
    void choose(Walk walk, Option option) {
        Effects effects = option.effects();
        State state = effects.reset() ? walk.state.reset() : walk.state;
        if (effects.language() != null) {
            state = state.withLanguage(effects.language(), true);
        }
        if (effects.country() != null) {
            state = state.withCountry(effects.country());
        }
        walk.state = state.answered(option.id(), effects.scores(), effects.flags());
        goTo(walk, option.next());
    }

    /** Re-asks the question the person is at, or takes them somewhere sensible if it no longer exists. */
    void reask(Walk walk) {
        Node node = walk.content.dialogs().node(current(walk));
        if (node instanceof Ask ask) {
            walk.prompt(ask);
        } else {
            walk.sayKey("engine.moved");
            goTo(walk, fallback(walk));
        }
    }

    static Target current(Walk walk) {
        State state = walk.state;
        return state.dialog() == null ? null : new Target(state.dialog(), state.node(), null);
    }

    /** Where to go when the current node disappeared in a reload: its dialog's start, or the menu. */
    static Target fallback(Walk walk) {
        DialogBundle dialogs = walk.content.dialogs();
        var dialog = walk.state.dialog() == null ? null : dialogs.dialogs().get(walk.state.dialog());
        return dialog != null && dialogs.node(dialog.start()) != null ? dialog.start() : dialogs.settings().menu();
    }

    private static Target resolveBack(Walk walk, Target target) {
        if (!target.isBack()) {
            return target;
        }
        String resume = walk.state.resume();
        walk.state = walk.state.withResume(null);
        return resume == null ? walk.content.dialogs().settings().menu() : Target.parse(resume, null, null);
    }

    @SuppressWarnings("unchecked")
    private <N extends Node> Target run(N node, Walk walk) {
        Step<N> step = (Step<N>) steps.get(node.getClass());
        return step.run(node, walk);
    }
}
