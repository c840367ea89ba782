package org.destalk.diagram;

/** One line of the side box: something that works from every node, how it is triggered, and where it leads. */
record LegendEntry(String name, String trigger, String effect) {

    String line() {
        return name + ": " + trigger + " → " + effect;
    }
}
