package org.destalk.engine;

import org.destalk.dialog.Node;
import org.destalk.dialog.Target;

/** How the engine passes through one kind of node: returns where to go next, or null to wait for the person. */
interface Step<N extends Node> {

    Target run(N node, Walk walk);
}
