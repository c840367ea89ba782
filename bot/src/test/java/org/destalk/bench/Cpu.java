package org.destalk.bench;

/**
 * CPU time of the bot's process in nanoseconds, in all and for three kinds of thread that serve no
 * request while it waits: sending queued Telegram replies, the JIT compiling and the garbage collector.
 * The parts show how much of a turn's cost is the turn itself.
 */
record Cpu(long total, long sending, long compiling, long collecting) {

    Cpu minus(Cpu before) {
        return new Cpu(total - before.total, sending - before.sending, compiling - before.compiling, collecting - before.collecting);
    }
}
