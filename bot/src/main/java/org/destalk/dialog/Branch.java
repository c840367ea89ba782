package org.destalk.dialog;

import java.util.ArrayList;
import java.util.List;

/** Chooses where to go from earlier answers: the first rule whose condition holds, else {@code otherwise}. */
public record Branch(String id, List<Rule> rules, Target otherwise, Position position) implements Node {

    @Override
    public List<Target> targets() {
        List<Target> targets = new ArrayList<>(rules.stream().map(Rule::next).toList());
        targets.add(otherwise);
        return targets;
    }

    public record Rule(Condition when, Target next, Position position) {
    }
}
