package org.destalk.engine;

import java.time.Instant;
import org.destalk.dialog.DialogBundle;
import org.destalk.directory.Directory;

/**
 * One published version of everything the engine runs on. Immutable: a reload builds a new one and
 * swaps it in whole, so a turn never sees half of an edit.
 */
public record Content(DialogBundle dialogs, Directory directory, String checksum, Instant loadedAt) {
}
