package io.github.bpf4j.sys;

import io.github.bpf4j.sys.internal.Fd;

/**
 * An attachment of a program: closing it detaches. Holds the BPF link (or raw tracepoint) fd and, for perf-event
 * based attachments, the perf event fd; a legacy tracefs probe is removed on close.
 */
public final class Link implements AutoCloseable {

    /** How the program is attached. */
    public enum Kind {
        /** A perf event (tracepoint, kprobe, uprobe) with a BPF link or {@code PERF_EVENT_IOC_SET_BPF}. */
        PERF_EVENT,
        /** {@code BPF_RAW_TRACEPOINT_OPEN} by name. */
        RAW_TRACEPOINT,
        /** {@code BPF_RAW_TRACEPOINT_OPEN} of a BTF-targeted program (tp_btf, fentry, fexit). */
        TRACING
    }

    private final Kind kind;
    private final String target;
    private final Fd link;
    private final Fd perf;
    private final Runnable cleanup;

    Link(Kind kind, String target, Fd link, Fd perf, Runnable cleanup) {
        this.kind = kind;
        this.target = target;
        this.link = link;
        this.perf = perf;
        this.cleanup = cleanup;
    }

    public Kind kind() {
        return kind;
    }

    /** What the program is attached to, e.g. {@code tracepoint syscalls:sys_enter_getpid}. */
    public String target() {
        return target;
    }

    /** The BPF link fd, or -1 when attached with an ioctl only. */
    public int linkFd() {
        return link == null ? -1 : link.get();
    }

    /** The perf event fd, or -1. */
    public int perfFd() {
        return perf == null ? -1 : perf.get();
    }

    @Override
    public void close() {
        try {
            if (link != null) {
                link.close();
            }
            if (perf != null) {
                perf.close();
            }
        } finally {
            if (cleanup != null) {
                cleanup.run();
            }
        }
    }

    @Override
    public String toString() {
        return "Link[" + kind + " " + target + "]";
    }
}
