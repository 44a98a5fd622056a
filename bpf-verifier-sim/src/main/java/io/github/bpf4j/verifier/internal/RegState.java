package io.github.bpf4j.verifier.internal;

import java.util.Objects;

/**
 * The verifier's knowledge about one register or spilled stack slot (the kernel's {@code struct bpf_reg_state},
 * Linux 6.18), as an immutable value. Dispatch on {@link #kind()}.
 */
public sealed interface RegState permits RegState.NotInit, RegState.Scalar, RegState.Pointer {

    /** The families of register state. */
    enum Kind { NOT_INIT, SCALAR, POINTER }

    /** The family. */
    Kind kind();

    /** The base register type. */
    RegType type();

    /** The register has not been written ({@code NOT_INIT}). */
    NotInit NOT_INIT = new NotInit();

    /** An unwritten register. */
    record NotInit() implements RegState {
        @Override
        public Kind kind() {
            return Kind.NOT_INIT;
        }

        @Override
        public RegType type() {
            return RegType.NOT_INIT;
        }
    }

    /** The id bit the kernel sets on a scalar derived from a linked one by adding a constant ({@code BPF_ADD_CONST}). */
    int ADD_CONST = 1 << 31;

    /**
     * A scalar.
     *
     * @param b       bounds
     * @param id      link id shared by copies (0: none), possibly with {@link #ADD_CONST}
     * @param off     the constant delta from the linked value when {@link #ADD_CONST} is set
     * @param precise whether pruning must compare the value
     */
    record Scalar(ScalarBounds b, int id, int off, boolean precise) implements RegState {
        public Scalar {
            Objects.requireNonNull(b, "b");
        }

        public static Scalar of(ScalarBounds b) {
            return new Scalar(b, 0, 0, false);
        }

        /** A scalar; the shared unknown one when that is what it is. */
        public static Scalar of(ScalarBounds b, int id, int off, boolean precise) {
            return b == ScalarBounds.UNKNOWN && id == 0 && off == 0 && !precise ? UNKNOWN
                    : new Scalar(b, id, off, precise);
        }

        public static Scalar known(long v) {
            return of(ScalarBounds.ofConst(v));
        }

        /** Shared: a scalar is an immutable value, and unknown ones are what most operations produce. */
        private static final Scalar UNKNOWN = of(ScalarBounds.UNKNOWN);

        public static Scalar unknown() {
            return UNKNOWN;
        }

        public Scalar withBounds(ScalarBounds nb) {
            return new Scalar(nb, id, off, precise);
        }

        public Scalar withId(int nid, int noff) {
            return new Scalar(b, nid, noff, precise);
        }

        public Scalar withPrecise(boolean p) {
            return p == precise ? this : new Scalar(b, id, off, p);
        }

        @Override
        public Kind kind() {
            return Kind.SCALAR;
        }

        @Override
        public RegType type() {
            return RegType.SCALAR_VALUE;
        }
    }

    /**
     * A pointer. {@code var} holds the variable part of the offset (pointers keep no 32-bit bounds).
     *
     * @param type      the base type
     * @param maybeNull {@code PTR_MAYBE_NULL}
     * @param ringbuf   {@code MEM_RINGBUF} (ring-buffer memory)
     * @param off       the fixed offset
     * @param var       the variable offset
     * @param id        id for null checks and packet ranges
     * @param refObjId  the acquired reference this pointer holds (0: none)
     * @param range     packet: bytes known to be in the packet after {@code off}; {@code AT_PKT_END} etc.
     * @param map       map index for map pointers and values, else -1
     * @param memSize   size of {@code PTR_TO_MEM}
     * @param frameno   frame of a stack pointer
     * @param btfId     {@code PTR_TO_BTF_ID}: the struct's id in the kernel BTF, else 0
     * @param btfName   {@code PTR_TO_BTF_ID}: the struct's name ({@code btf_type_name}, "" when anonymous), else ""
     * @param flags     the other type flags: {@link #RDONLY}, {@link #UNTRUSTED}, {@link #TRUSTED}, {@link #RCU}
     */
    record Pointer(RegType type, boolean maybeNull, boolean ringbuf, int off, ScalarBounds var, int id, int refObjId,
                   int range, int map, int memSize, int frameno, int btfId, String btfName, int flags)
            implements RegState {

        /** {@code MEM_RDONLY}. */
        public static final int RDONLY = 1;
        /** {@code PTR_UNTRUSTED}. */
        public static final int UNTRUSTED = 2;
        /** {@code PTR_TRUSTED}. */
        public static final int TRUSTED = 4;
        /** {@code MEM_RCU}. */
        public static final int RCU = 8;
        /** {@code MEM_USER}: a {@code __user} pointer. */
        public static final int USER = 16;
        /** {@code MEM_PERCPU}: a {@code __percpu} pointer. */
        public static final int PERCPU = 32;

        public Pointer {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(var, "var");
            Objects.requireNonNull(btfName, "btfName");
        }

        /** A pointer of {@code type} with offset 0 and nothing else set ({@code mark_reg_known_zero}). */
        public static Pointer of(RegType type) {
            return new Pointer(type, false, false, 0, ScalarBounds.ofConst(0), 0, 0, 0, -1, 0, 0, 0, "", 0);
        }

        /** A {@code PTR_TO_BTF_ID} to the struct {@code btfId} named {@code name}, with {@code flags}. */
        public static Pointer ofBtf(int btfId, String name, int flags) {
            return new Pointer(RegType.PTR_TO_BTF_ID, false, false, 0, ScalarBounds.ofConst(0), 0, 0, 0, -1, 0, 0,
                    btfId, name, flags);
        }

        public Pointer withOff(int o) {
            return new Pointer(type, maybeNull, ringbuf, o, var, id, refObjId, range, map, memSize, frameno, btfId,
                    btfName, flags);
        }

        public Pointer withVar(ScalarBounds v) {
            return new Pointer(type, maybeNull, ringbuf, off, v, id, refObjId, range, map, memSize, frameno, btfId,
                    btfName, flags);
        }

        public Pointer withId(int i) {
            return new Pointer(type, maybeNull, ringbuf, off, var, i, refObjId, range, map, memSize, frameno, btfId,
                    btfName, flags);
        }

        public Pointer withRange(int r) {
            return new Pointer(type, maybeNull, ringbuf, off, var, id, refObjId, r, map, memSize, frameno, btfId,
                    btfName, flags);
        }

        public Pointer withMaybeNull(boolean n) {
            return new Pointer(type, n, ringbuf, off, var, id, refObjId, range, map, memSize, frameno, btfId,
                    btfName, flags);
        }

        public Pointer withRef(int r) {
            return new Pointer(type, maybeNull, ringbuf, off, var, id, r, range, map, memSize, frameno, btfId,
                    btfName, flags);
        }

        public Pointer withMap(int m) {
            return new Pointer(type, maybeNull, ringbuf, off, var, id, refObjId, range, m, memSize, frameno, btfId,
                    btfName, flags);
        }

        public Pointer withMem(int size, boolean rb) {
            return new Pointer(type, maybeNull, rb, off, var, id, refObjId, range, map, size, frameno, btfId,
                    btfName, flags);
        }

        public Pointer withFrame(int f) {
            return new Pointer(type, maybeNull, ringbuf, off, var, id, refObjId, range, map, memSize, f, btfId,
                    btfName, flags);
        }

        public Pointer withFlags(int f) {
            return new Pointer(type, maybeNull, ringbuf, off, var, id, refObjId, range, map, memSize, frameno, btfId,
                    btfName, f);
        }

        public boolean has(int flag) {
            return (flags & flag) != 0;
        }

        /**
         * {@code is_trusted_reg}: referenced; or a socket type, or {@code PTR_TRUSTED}, without an unsafe modifier
         * (a pointer that may be NULL, RCU or untrusted memory is not trusted).
         */
        public boolean isTrusted() {
            if (refObjId != 0) {
                return true;
            }
            boolean unsafe = maybeNull || ringbuf || has(RDONLY | UNTRUSTED | RCU | USER | PERCPU);
            return !unsafe && (type.isSk() || has(TRUSTED));
        }

        /** {@code reg_type_str}: prefixes, base name and {@code _or_null} (the struct name is printed apart). */
        public String typeStr() {
            if (flags == 0 && !ringbuf && !maybeNull) {
                // most pointers: the base name alone, without concatenating seven empty prefixes
                return type.str();
            }
            String prefix = (has(RDONLY) ? "rdonly_" : "") + (ringbuf ? "ringbuf_" : "") + (has(USER) ? "user_" : "")
                    + (has(PERCPU) ? "percpu_" : "") + (has(RCU) ? "rcu_" : "")
                    + (has(UNTRUSTED) ? "untrusted_" : "") + (has(TRUSTED) ? "trusted_" : "");
            String postfix = !maybeNull ? "" : type == RegType.PTR_TO_BTF_ID ? "or_null_" : "_or_null";
            return prefix + type.str() + postfix;
        }

        @Override
        public Kind kind() {
            return Kind.POINTER;
        }
    }

    /** The name the kernel prints for this register's full type. */
    static String typeStr(RegState r) {
        return switch (r.kind()) {
            case NOT_INIT -> "?";
            case SCALAR -> "scalar";
            case POINTER -> ((Pointer) r).typeStr();
        };
    }
}
