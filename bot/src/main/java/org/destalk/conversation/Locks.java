package org.destalk.conversation;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Striped locks: turns of one conversation run one at a time in this process, so replies keep their
 * order; turns of different people rarely share a stripe. Across processes the store's check-and-set
 * takes over.
 */
final class Locks {

    private final ReentrantLock[] stripes;

    Locks(int count) {
        stripes = new ReentrantLock[count];
        for (int i = 0; i < count; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    ReentrantLock forKey(String key) {
        return stripes[Math.floorMod(key.hashCode(), stripes.length)];
    }
}
