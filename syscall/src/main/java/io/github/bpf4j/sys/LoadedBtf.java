package io.github.bpf4j.sys;

import io.github.bpf4j.sys.internal.Attr;
import io.github.bpf4j.sys.internal.Fd;
import java.nio.charset.StandardCharsets;

/** A BTF object loaded into the kernel ({@code BPF_BTF_LOAD}); owns its fd. */
public final class LoadedBtf implements AutoCloseable {

    private static final int LOG_SIZE = 1 << 20;

    private final Fd fd;

    private LoadedBtf(int fd) {
        this.fd = new Fd("BTF", fd);
    }

    /**
     * Loads raw BTF ({@code .BTF} section bytes: header, types, strings). On failure loads again with a log and
     * throws a {@link BpfException} whose detail carries the kernel's BTF log.
     */
    public static LoadedBtf load(byte[] raw) {
        try (Attr a = new Attr()) {
            a.bytes(0, raw);
            a.u32(16, raw.length);
            int r = a.callOrErrno(BpfCommand.BTF_LOAD);
            if (r >= 0) {
                return new LoadedBtf(r);
            }
        }
        try (Attr a = new Attr()) {
            a.bytes(0, raw);
            a.u32(16, raw.length);
            var log = a.buffer(LOG_SIZE);
            a.ptr(8, log).u32(20, LOG_SIZE).u32(24, 1);
            int r = a.callOrErrno(BpfCommand.BTF_LOAD);
            if (r >= 0) {
                return new LoadedBtf(r); // accepted on the second try: keep it
            }
            String text = new String(log.getByteArray(0, LOG_SIZE), StandardCharsets.UTF_8);
            int nul = text.indexOf('\0');
            text = (nul >= 0 ? text.substring(0, nul) : text).strip();
            Errno errno = Errno.of(-r);
            throw new BpfException(BpfCommand.BTF_LOAD.name(), errno,
                    text.isEmpty() ? "the kernel rejected the BTF (empty log)" : "BTF log:\n" + text,
                    BpfException.hintFor(BpfCommand.BTF_LOAD.name(), errno));
        }
    }

    /** The fd. */
    public int fd() {
        return fd.get();
    }

    @Override
    public void close() {
        fd.close();
    }
}
