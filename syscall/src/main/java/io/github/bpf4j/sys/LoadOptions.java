package io.github.bpf4j.sys;

/**
 * How to load a program.
 *
 * @param logLevel     verifier log level: 0 asks for a log only after a failure (then at level 1), 1 the
 *                     instructions walked, 2 every state, 4 statistics only; may be combined (1|4)
 * @param logSize      initial log buffer size in bytes
 * @param maxLogSize   the largest log buffer to grow to (the kernel caps at 1 GiB)
 * @param progBtf      the BTF that func_info and line_info refer to, or {@code null}
 * @param attachTarget the program an {@code EXT} or fentry-on-BPF program attaches to, or {@code null}
 * @param programs     for {@link Bpf#load}: the names of the programs to load (as libbpf's
 *                     {@code bpf_program__set_autoload}), or {@code null} for every autoloaded program
 */
public record LoadOptions(int logLevel, int logSize, int maxLogSize, LoadedBtf progBtf, Program attachTarget,
        java.util.Set<String> programs) {

    public LoadOptions {
        if (logLevel < 0 || (logLevel & ~7) != 0) {
            throw new IllegalArgumentException("verifier log level is a combination of 1, 2 and 4, got "
                    + logLevel);
        }
        if (logSize < 128 || maxLogSize < logSize || maxLogSize > (1 << 30)) {
            throw new IllegalArgumentException("log sizes must satisfy 128 <= logSize <= maxLogSize <= 1 GiB, got "
                    + logSize + " and " + maxLogSize);
        }
        programs = programs == null ? null : java.util.Set.copyOf(programs);
    }

    /** No log unless loading fails; 64 KiB growing to 64 MiB. */
    public static LoadOptions defaults() {
        return new LoadOptions(0, 64 << 10, 64 << 20, null, null, null);
    }

    public LoadOptions withLogLevel(int level) {
        return new LoadOptions(level, logSize, maxLogSize, progBtf, attachTarget, programs);
    }

    public LoadOptions withLogSize(int initial, int max) {
        return new LoadOptions(logLevel, initial, max, progBtf, attachTarget, programs);
    }

    public LoadOptions withProgBtf(LoadedBtf btf) {
        return new LoadOptions(logLevel, logSize, maxLogSize, btf, attachTarget, programs);
    }

    public LoadOptions withAttachTarget(Program target) {
        return new LoadOptions(logLevel, logSize, maxLogSize, progBtf, target, programs);
    }

    /** For {@link Bpf#load}: load only these programs of the object (others are left out, as not autoloaded). */
    public LoadOptions withPrograms(String... names) {
        return new LoadOptions(logLevel, logSize, maxLogSize, progBtf, attachTarget, java.util.Set.of(names));
    }
}
