package org.destalk.diagram;

/** A titled rectangle around a block of rows: one dialog, or the nodes that lead outside the drawn dialogs. */
record Frame(String title, String caption, boolean outside, int x, int y, int width, int height) {
}
