package io.github.bpf4j.sys.internal;

/** One owned file descriptor, closed at most once. */
public final class Fd implements AutoCloseable {

    private final String what;
    private volatile int fd;

    public Fd(String what, int fd) {
        if (fd < 0) {
            throw new IllegalArgumentException("not a file descriptor: " + fd);
        }
        this.what = what;
        this.fd = fd;
    }

    /** The descriptor; throws when closed. */
    public int get() {
        int f = fd;
        if (f < 0) {
            throw new IllegalStateException(what + " is closed");
        }
        return f;
    }

    public boolean isOpen() {
        return fd >= 0;
    }

    @Override
    public void close() {
        int f;
        synchronized (this) {
            f = fd;
            fd = -1;
        }
        Sys.close(f);
    }

    @Override
    public String toString() {
        return what + " fd " + fd;
    }
}
