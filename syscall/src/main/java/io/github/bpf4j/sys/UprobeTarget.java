package io.github.bpf4j.sys;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a uprobe fires: a binary, a symbol (or none) and an offset, entry or return, for one process or all.
 *
 * @param binary   the executable or shared library
 * @param symbol   the function symbol, or {@code null} to take {@code offset} as a file offset
 * @param offset   bytes after the symbol's start, or the file offset when {@code symbol} is {@code null}
 * @param retprobe fire on return (uretprobe) instead of entry
 * @param pid      the process to trace, or -1 for every process
 */
public record UprobeTarget(Path binary, String symbol, long offset, boolean retprobe, int pid) {

    public UprobeTarget {
        Objects.requireNonNull(binary, "binary");
        if (offset < 0) {
            throw new IllegalArgumentException("negative uprobe offset " + offset);
        }
        if (pid < -1) {
            throw new IllegalArgumentException("pid " + pid + " (use -1 for every process)");
        }
    }

    /** The entry of {@code symbol} in {@code binary}, every process. */
    public static UprobeTarget of(Path binary, String symbol) {
        return new UprobeTarget(binary, symbol, 0, false, -1);
    }

    public UprobeTarget returning() {
        return new UprobeTarget(binary, symbol, offset, true, pid);
    }

    public UprobeTarget forPid(int newPid) {
        return new UprobeTarget(binary, symbol, offset, retprobe, newPid);
    }
}
