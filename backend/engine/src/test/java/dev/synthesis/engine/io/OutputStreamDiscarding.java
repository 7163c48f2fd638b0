package dev.synthesis.engine.io;

import java.io.OutputStream;

/** Counts and drops bytes, to write large outputs in tests without holding them. */
final class OutputStreamDiscarding extends OutputStream {

    static final OutputStreamDiscarding INSTANCE = new OutputStreamDiscarding();

    private long count;

    @Override
    public void write(int b) {
        count++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        count += length;
    }

    long count() {
        return count;
    }
}
