/** bpf(), perf_event_open, ioctl, mmap and epoll through JNA: maps, loading, attaching and readers. */
module io.github.bpf4j.sys {
    requires transitive io.github.bpf4j.elf;
    requires transitive io.github.bpf4j.verifier; // Verdict: the outcome of a load, as the simulator gives it
    requires com.sun.jna;
    requires jdk.unsupported;

    exports io.github.bpf4j.sys;
    exports io.github.bpf4j.sys.perf;
    exports io.github.bpf4j.sys.ring;
    exports io.github.bpf4j.sys.record;
}
