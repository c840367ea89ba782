package org.destalk.channel.telegram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * One chat's queue of Bot API calls: strictly in order, one at a time, with the chat's pacing. Also
 * remembers, in memory only, the ids of messages sent since the last turn was stored, so a quick exit
 * racing with a send still deletes it.
 */
final class Lane {

    private static final int MAX_REMEMBERED = 50;

    final long chatId;
    private final Deque<Job> jobs = new ArrayDeque<>();
    private final List<Integer> sent = new ArrayList<>();
    boolean running;
    long nextSendNanos;
    /** A global send slot reserved for the head job, or 0. */
    long reservedNanos;

    Lane(long chatId) {
        this.chatId = chatId;
    }

    synchronized void add(Job job) {
        jobs.addLast(job);
    }

    synchronized Job head() {
        return jobs.peekFirst();
    }

    synchronized void pop() {
        jobs.pollFirst();
    }

    synchronized boolean isEmpty() {
        return jobs.isEmpty();
    }

    /** Drops what is still waiting (nothing is sent after a quick exit), except the call under way; returns how many. */
    synchronized int clearWaiting(Job running) {
        int before = jobs.size();
        jobs.removeIf(job -> job != running);
        return before - jobs.size();
    }

    synchronized void sent(int messageId) {
        sent.add(messageId);
        if (sent.size() > MAX_REMEMBERED) {
            sent.remove(0);
        }
    }

    synchronized List<Integer> drainSent() {
        List<Integer> ids = new ArrayList<>(sent);
        sent.clear();
        return ids;
    }
}
