package io.github.bpf4j.asm.text.internal;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * A character stream over one line, reused from line to line: ANTLR's own streams copy every line into a fresh
 * code-point buffer, which costs more than lexing it. Assembly is ASCII, so UTF-16 units serve as code points
 * (a character beyond ASCII is simply one the lexer rejects).
 */
final class LineCharStream implements CharStream {
    private String text = "";
    private int n;
    private int p;

    void reset(String line) {
        text = line;
        n = line.length();
        p = 0;
    }

    @Override
    public String getText(Interval interval) {
        int start = Math.max(0, interval.a);
        int stop = Math.min(n - 1, interval.b);
        return start > stop ? "" : text.substring(start, stop + 1);
    }

    @Override
    public void consume() {
        if (p >= n) {
            throw new IllegalStateException("cannot consume EOF");
        }
        p++;
    }

    @Override
    public int LA(int i) {
        if (i == 0) {
            return 0;
        }
        int at = i > 0 ? p + i - 1 : p + i;
        return at < 0 || at >= n ? IntStream.EOF : text.charAt(at);
    }

    @Override
    public int mark() {
        return -1;
    }

    @Override
    public void release(int marker) {}

    @Override
    public int index() {
        return p;
    }

    @Override
    public void seek(int index) {
        p = Math.min(Math.max(index, 0), n);
    }

    @Override
    public int size() {
        return n;
    }

    @Override
    public String getSourceName() {
        return IntStream.UNKNOWN_SOURCE_NAME;
    }
}
