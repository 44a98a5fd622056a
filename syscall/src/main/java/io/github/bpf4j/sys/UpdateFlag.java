package io.github.bpf4j.sys;

/** Flags of map updates ({@code BPF_ANY}, {@code BPF_NOEXIST}, {@code BPF_EXIST}, {@code BPF_F_LOCK}). */
public enum UpdateFlag {
    /** Create or replace. */
    ANY(0),
    /** Create only: EEXIST when the key is present. */
    NOEXIST(1),
    /** Replace only: ENOENT when the key is absent. */
    EXIST(2),
    /** Update under the value's {@code bpf_spin_lock}. */
    F_LOCK(4);

    private final long bits;

    UpdateFlag(long bits) {
        this.bits = bits;
    }

    public long bits() {
        return bits;
    }

    /** The combined bits; at most one of ANY, NOEXIST and EXIST. */
    public static long combine(UpdateFlag... flags) {
        long b = 0;
        int modes = 0;
        for (UpdateFlag f : flags) {
            b |= f.bits;
            if (f != F_LOCK) {
                modes++;
            }
        }
        if (modes > 1) {
            throw new IllegalArgumentException("ANY, NOEXIST and EXIST exclude each other");
        }
        return b;
    }
}
