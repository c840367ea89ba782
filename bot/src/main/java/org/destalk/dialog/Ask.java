package org.destalk.dialog;

import java.util.ArrayList;
import java.util.List;

/**
 * Says something and waits for an answer. With {@code capture: country} it also understands the name
 * of a country typed freely, and goes to {@code captured} when it recognises one. With
 * {@code finish: true}, reaching it counts as finishing the journey in the aggregate counters.
 */
public record Ask(String id, List<MessageRef> say, List<Option> options, Capture capture, Target captured,
                  boolean finish, Position position) implements Node {

    public enum Capture { NONE, COUNTRY }

    @Override
    public List<Target> targets() {
        List<Target> targets = new ArrayList<>(options.stream().map(Option::next).toList());
        if (captured != null) {
            targets.add(captured);
        }
        return targets;
    }

    public List<Option> visibleOptions() {
        return options.stream().filter(option -> !option.hidden()).toList();
    }

    public Option option(String optionId) {
        return options.stream().filter(option -> option.id().equals(optionId)).findFirst().orElse(null);
    }
}
