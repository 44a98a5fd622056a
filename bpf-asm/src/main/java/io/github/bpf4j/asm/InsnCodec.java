package io.github.bpf4j.asm;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Byte-exact encoding and decoding of instructions in either byte order.
 *
 * <p>Decoding never fails: a slot that is not a valid instruction (see {@link Raw}) keeps its fields, so
 * {@code encode(decode(bytes)) == bytes} for every input whose length is a multiple of 8. Validity follows the
 * checks of the kernel's verifier on reserved fields (kernel/bpf/verifier.c, {@code do_check} and
 * {@code check_alu_op}, Linux 6.18): a slot the kernel rejects as "uses reserved fields" or "unknown opcode" is
 * {@code Raw}.
 *
 * <p>In little-endian objects the register byte holds {@code dst} in its low nibble; in big-endian ones, in its
 * high nibble (the C bitfield {@code dst_reg:4, src_reg:4} laid out by each byte order).
 */
public final class InsnCodec {

    /** Bytes per slot. */
    public static final int SLOT = 8;

    private static final VarHandle SHORT_LE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle SHORT_BE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT_BE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

    private static final Reg[] REGS = Reg.values();
    private static final Size[] SIZES = {Size.W, Size.H, Size.B, Size.DW};

    private InsnCodec() {}

    /** Decodes little-endian instructions. */
    public static List<Insn> decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length, ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * Decodes {@code length} bytes from {@code offset}; {@code length} must be a multiple of 8.
     *
     * <p>The result is an immutable random-access list. Every slot is classified here (valid family or
     * {@link Raw}); the records are made when an element is read, from the fields kept packed in one long per
     * instruction. That keeps a decoded million-instruction program at 13 bytes an instruction instead of a
     * million objects, and decoding at the speed of a C loop.
     *
     * @throws IllegalArgumentException when the length is not a whole number of slots
     */
    public static List<Insn> decode(byte[] bytes, int offset, int length, ByteOrder order) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        if (length % SLOT != 0) {
            throw new IllegalArgumentException("instruction bytes come in slots of 8; " + length + " bytes leave "
                    + length % SLOT + " over");
        }
        boolean le = order == ByteOrder.LITTLE_ENDIAN;
        int end = offset + length;
        int max = length / SLOT;
        // Chunks rather than one array per field: a million-instruction program would otherwise make arrays of
        // several megabytes, which G1 allocates as humongous objects, one slow allocation each.
        int chunks = (max + DecodedInsns.CHUNK - 1) >>> DecodedInsns.SHIFT;
        long[][] fields = new long[chunks][];
        byte[][] kinds = new byte[chunks][];
        int[][] nextImms = new int[chunks][];
        int n = 0;
        int p = offset;
        while (p < end) {
            int c = n >>> DecodedInsns.SHIFT;
            int at = n & DecodedInsns.MASK;
            if (at == 0) {
                int size = Math.min(DecodedInsns.CHUNK, max - n);
                fields[c] = new long[size];
                kinds[c] = new byte[size];
            }
            long f = readFields(bytes, p, le);
            int code = (int) f & 0xff;
            int kind = FAST_KIND[code];
            // One table look-up decides the common case; the rest (and every invalid slot) takes the full rules.
            if (((f & FAST_ZERO[code]) | regsOver10(f)) != 0) {
                kind = classify(bytes, p, end, le, f);
            }
            fields[c][at] = f;
            kinds[c][at] = (byte) kind;
            if (kind == LOAD_IMM64) {
                if (nextImms[c] == null) {
                    nextImms[c] = new int[fields[c].length];
                }
                nextImms[c][at] = readImm(bytes, p + SLOT, le);
                p += 2 * SLOT;
            } else {
                p += SLOT;
            }
            n++;
        }
        return new DecodedInsns(fields, kinds, nextImms, n);
    }

    /**
     * Decodes the instruction at {@code p}; {@code end} bounds the bytes a 64-bit immediate load may use for its
     * second slot. A 64-bit immediate load without a well-formed second slot decodes as {@link Raw}.
     */
    public static Insn decodeAt(byte[] b, int p, int end, ByteOrder order) {
        Objects.checkFromToIndex(p, p + SLOT, Math.min(end, b.length));
        boolean le = order == ByteOrder.LITTLE_ENDIAN;
        long f = readFields(b, p, le);
        int kind = classify(b, p, end, le, f);
        return materialize(kind, f, kind == LOAD_IMM64 ? readImm(b, p + SLOT, le) : 0);
    }

    // Fields packed in a long: code in bits 0-7, dst 8-11, src 12-15, off 16-31, imm 32-63.
    private static long readFields(byte[] b, int p, boolean le) {
        if (le) {
            // A little-endian slot read as one little-endian long is already in the packed layout.
            return (long) LONG_LE.get(b, p);
        }
        int code = b[p] & 0xff;
        int regs = b[p + 1] & 0xff;
        int dst = le ? regs & 0x0f : regs >>> 4;
        int src = le ? regs >>> 4 : regs & 0x0f;
        short off = le ? (short) SHORT_LE.get(b, p + 2) : (short) SHORT_BE.get(b, p + 2);
        int imm = readImm(b, p, le);
        return code | dst << 8 | src << 12 | (off & 0xffffL) << 16 | (long) imm << 32;
    }

    private static int readImm(byte[] b, int p, boolean le) {
        return le ? (int) INT_LE.get(b, p + 4) : (int) INT_BE.get(b, p + 4);
    }

    static int code(long f) {
        return (int) f & 0xff;
    }

    static int dst(long f) {
        return (int) (f >>> 8) & 0x0f;
    }

    static int src(long f) {
        return (int) (f >>> 12) & 0x0f;
    }

    static short off(long f) {
        return (short) (f >>> 16);
    }

    static int imm(long f) {
        return (int) (f >>> 32);
    }

    // Kind ordinals, used as the classification result so that classifying allocates nothing.
    private static final int ALU = Insn.Kind.ALU.ordinal();
    private static final int ENDIAN = Insn.Kind.ENDIAN.ordinal();
    private static final int JUMP = Insn.Kind.JUMP.ordinal();
    private static final int GOTO = Insn.Kind.GOTO.ordinal();
    private static final int MAY_GOTO = Insn.Kind.MAY_GOTO.ordinal();
    private static final int CALL = Insn.Kind.CALL.ordinal();
    private static final int EXIT = Insn.Kind.EXIT.ordinal();
    private static final int LOAD_IMM64 = Insn.Kind.LOAD_IMM64.ordinal();
    private static final int LOAD_PACKET = Insn.Kind.LOAD_PACKET.ordinal();
    private static final int LOAD = Insn.Kind.LOAD.ordinal();
    private static final int STORE_IMM = Insn.Kind.STORE_IMM.ordinal();
    private static final int STORE_REG = Insn.Kind.STORE_REG.ordinal();
    private static final int ATOMIC = Insn.Kind.ATOMIC.ordinal();
    private static final int RAW = Insn.Kind.RAW.ordinal();
    private static final Insn.Kind[] KINDS = Insn.Kind.values();

    // Field masks within the packed long.
    private static final long DST = 0xf00L;
    private static final long SRC = 0xf000L;
    private static final long OFF = 0xffff0000L;
    private static final long IMM = 0xffffffff00000000L;
    /** Makes the fast path fall through to {@link #classify} for every slot of an opcode. */
    private static final long ALWAYS_SLOW = -1L;

    /**
     * The fast path's tables: per opcode, the family and the fields that must be zero for the slot to be that
     * family without further checks. Opcodes whose validity depends on field values (byte swaps, atomics, 64-bit
     * loads, signed division, sign-extending moves, calls other than helper calls) always take {@link #classify},
     * which stays the one statement of the rules; a test checks that both agree.
     */
    private static final byte[] FAST_KIND = new byte[256];
    private static final long[] FAST_ZERO = new long[256];

    static {
        for (int code = 0; code < 256; code++) {
            int kind = RAW;
            long zero = 0;
            int cls = code & 0x07;
            int op = code & 0xf0;
            boolean x = (code & 0x08) != 0;
            int mode = code & 0xe0;
            boolean dw = (code & 0x18) == 0x18;
            switch (cls) {
                case 0x04, 0x07 -> {
                    if (op == 0xd0) {
                        kind = ALU;
                        zero = ALWAYS_SLOW;
                    } else if (op == 0x80) {
                        kind = x ? RAW : ALU;
                        zero = SRC | OFF | IMM;
                    } else if (op <= 0xc0) {
                        kind = ALU;
                        zero = x ? OFF | IMM : OFF | SRC;
                    }
                }
                case 0x05, 0x06 -> {
                    boolean jmp32 = cls == 0x06;
                    if (code == 0x05) {
                        kind = GOTO;
                        zero = DST | SRC | IMM;
                    } else if (code == 0x06) {
                        kind = GOTO;
                        zero = DST | SRC | OFF;
                    } else if (code == 0x85) {
                        kind = CALL;
                        zero = DST | SRC | OFF;
                    } else if (code == 0x95) {
                        kind = EXIT;
                        zero = DST | SRC | OFF | IMM;
                    } else if (code == 0xe5) {
                        kind = MAY_GOTO;
                        zero = DST | SRC | IMM;
                    } else if (JmpOp.ofOrNull(op) != null) {
                        kind = JUMP;
                        zero = x ? IMM : SRC;
                    }
                    if (jmp32 && (op == 0x80 || op == 0x90 || op == 0xe0)) {
                        kind = RAW;
                        zero = 0;
                    }
                }
                case 0x01 -> {
                    if (mode == 0x60 || (mode == 0x80 && !dw)) {
                        kind = LOAD;
                        zero = IMM;
                    }
                }
                case 0x02 -> {
                    if (mode == 0x60) {
                        kind = STORE_IMM;
                        zero = SRC;
                    }
                }
                case 0x03 -> {
                    if (mode == 0x60) {
                        kind = STORE_REG;
                        zero = IMM;
                    } else if (mode == 0xc0) {
                        kind = ATOMIC;
                        zero = ALWAYS_SLOW;
                    }
                }
                default -> {
                    if (code == 0x18) {
                        kind = LOAD_IMM64;
                        zero = ALWAYS_SLOW;
                    } else if ((mode == 0x20 || mode == 0x40) && !dw) {
                        kind = LOAD_PACKET;
                        zero = mode == 0x20 ? DST | SRC | OFF : DST | OFF;
                    }
                }
            }
            FAST_KIND[code] = (byte) kind;
            FAST_ZERO[code] = zero;
        }
    }

    /** Non-zero when a register field is 11 to 15, without a branch: n + 5 reaches 16 exactly when n > 10. */
    private static long regsOver10(long f) {
        return ((((f >>> 8) & 0xf) + 5) | (((f >>> 12) & 0xf) + 5)) & 0x10;
    }

    /** The family by the full rules; exposed to tests, which check the fast path against it. */
    static Insn.Kind classifyForTest(byte[] b, int p, int end, ByteOrder order) {
        boolean le = order == ByteOrder.LITTLE_ENDIAN;
        return KINDS[classify(b, p, end, le, readFields(b, p, le))];
    }

    /** The family of the slot at {@code p} whose fields are {@code f}, or {@code RAW} when it is not valid. */
    private static int classify(byte[] b, int p, int end, boolean le, long f) {
        int code = code(f);
        int dst = dst(f);
        if (dst > 10) {
            return RAW;
        }
        int src = src(f);
        short off = off(f);
        int imm = imm(f);
        return switch (code & 0x07) {
            case 0x00 -> classifyLd(b, p, end, code, dst, src, off);
            case 0x01 -> classifyLdx(code, src, imm);
            case 0x02 -> (code & 0xe0) == 0x60 && src == 0 ? STORE_IMM : RAW;
            case 0x03 -> classifyStx(code, src, imm);
            case 0x04, 0x07 -> classifyAlu(code, src, off, imm);
            case 0x05 -> classifyJmp(code, dst, src, off, imm);
            default -> classifyJmp32(code, dst, src, off, imm);
        };
    }

    private static int classifyLd(byte[] b, int p, int end, int code, int dst, int src, short off) {
        if (code == 0x18) {
            if (Pseudo.ofOrNull(src) == null || off != 0 || p + 2 * SLOT > end) {
                return RAW;
            }
            int q = p + SLOT;
            boolean secondClean = b[q] == 0 && b[q + 1] == 0 && b[q + 2] == 0 && b[q + 3] == 0;
            return secondClean ? LOAD_IMM64 : RAW;
        }
        int mode = code & 0xe0;
        if ((mode == 0x20 || mode == 0x40) && (code & 0x18) != 0x18 && dst == 0 && off == 0) {
            if (mode == 0x20 ? src == 0 : src <= 10) {
                return LOAD_PACKET;
            }
        }
        return RAW;
    }

    private static int classifyLdx(int code, int src, int imm) {
        int mode = code & 0xe0;
        if (imm != 0 || src > 10) {
            return RAW;
        }
        return mode == 0x60 || (mode == 0x80 && (code & 0x18) != 0x18) ? LOAD : RAW;
    }

    private static int classifyStx(int code, int src, int imm) {
        int mode = code & 0xe0;
        if (src > 10) {
            return RAW;
        }
        if (mode == 0x60) {
            return imm == 0 ? STORE_REG : RAW;
        }
        if (mode == 0xc0) {
            AtomicOp op = AtomicOp.ofOrNull(imm);
            int size = code & 0x18;
            if (op == null || (!op.isAcquireRelease() && size != 0x00 && size != 0x18)) {
                return RAW;
            }
            return ATOMIC;
        }
        return RAW;
    }

    private static int classifyAlu(int code, int src, short off, int imm) {
        boolean alu64 = (code & 0x07) == 0x07;
        int opBits = code & 0xf0;
        boolean x = (code & 0x08) != 0;
        if (opBits == 0xd0) {
            boolean ok = EndianOp.ofOrNull(code) != null && src == 0 && off == 0
                    && (imm == 16 || imm == 32 || imm == 64);
            return ok ? ENDIAN : RAW;
        }
        AluOp op = AluOp.ofOrNull(opBits, off);
        if (op == null || (op.alu64Only() && !alu64)) {
            return RAW;
        }
        if (op == AluOp.NEG) {
            return !x && src == 0 && imm == 0 ? ALU : RAW;
        }
        if (!x) {
            return src == 0 && !op.registerSourceOnly() ? ALU : RAW;
        }
        if (src > 10) {
            return RAW;
        }
        if (op == AluOp.ADDR_SPACE_CAST) {
            return imm == 1 || imm == 1 << 16 ? ALU : RAW;
        }
        return imm == 0 ? ALU : RAW;
    }

    private static int classifyJmp(int code, int dst, int src, short off, int imm) {
        return switch (code) {
            case 0x05 -> dst == 0 && src == 0 && imm == 0 ? GOTO : RAW;
            case 0x85 -> {
                CallKind kind = CallKind.ofOrNull(src);
                yield kind == null || dst != 0 || (kind != CallKind.KFUNC && off != 0) ? RAW : CALL;
            }
            case 0x95 -> dst == 0 && src == 0 && off == 0 && imm == 0 ? EXIT : RAW;
            case 0xe5 -> dst == 0 && src == 0 && imm == 0 ? MAY_GOTO : RAW;
            default -> classifyCond(code, src, imm);
        };
    }

    private static int classifyJmp32(int code, int dst, int src, short off, int imm) {
        if (code == 0x06) {
            return dst == 0 && src == 0 && off == 0 ? GOTO : RAW;
        }
        return classifyCond(code, src, imm);
    }

    private static int classifyCond(int code, int src, int imm) {
        if (JmpOp.ofOrNull(code) == null) {
            return RAW;
        }
        if ((code & 0x08) == 0) {
            return src == 0 ? JUMP : RAW;
        }
        return src <= 10 && imm == 0 ? JUMP : RAW;
    }

    /** Builds the record of a classified slot. */
    static Insn materialize(int kind, long f, int nextImm) {
        int code = code(f);
        Reg dst = kind == RAW ? null : REGS[dst(f)];
        int src = src(f);
        short off = off(f);
        int imm = imm(f);
        Size size = SIZES[(code >> 3) & 3];
        return switch (KINDS[kind]) {
            case ALU -> {
                AluOp op = AluOp.ofOrNull(code & 0xf0, off);
                boolean x = (code & 0x08) != 0;
                yield new Alu((code & 0x07) == 0x07, op, x ? Source.X : Source.K, dst, REGS[src], imm);
            }
            case ENDIAN -> new Endian(EndianOp.ofOrNull(code), dst, imm);
            case JUMP -> {
                boolean x = (code & 0x08) != 0;
                yield new Jump((code & 0x07) == 0x06, JmpOp.ofOrNull(code), x ? Source.X : Source.K, dst,
                        REGS[src], imm, off);
            }
            case GOTO -> code == 0x06 ? new Goto(true, imm) : new Goto(false, off);
            case MAY_GOTO -> new MayGoto(off);
            case CALL -> new Call(CallKind.ofOrNull(src), imm, off);
            case EXIT -> Exit.INSTANCE;
            case LOAD_IMM64 -> new LoadImm64(dst, Pseudo.ofOrNull(src), imm, nextImm);
            case LOAD_PACKET -> new LoadPacket((code & 0xe0) == 0x20 ? Mode.ABS : Mode.IND, size, REGS[src], imm);
            case LOAD -> new Load(size, (code & 0xe0) == 0x80, dst, REGS[src], off);
            case STORE_IMM -> new StoreImm(size, dst, off, imm);
            case STORE_REG -> new StoreReg(size, dst, REGS[src], off);
            case ATOMIC -> new Atomic(size, AtomicOp.ofOrNull(imm), dst, REGS[src], off);
            case RAW -> new Raw(code, dst(f), src, off, imm);
        };
    }

    /** The number of slots the instructions take. */
    public static int slotCount(List<? extends Insn> insns) {
        int slots = 0;
        for (Insn insn : insns) {
            slots += insn.slots();
        }
        return slots;
    }

    /** Encodes little-endian. */
    public static byte[] encode(List<? extends Insn> insns) {
        return encode(insns, ByteOrder.LITTLE_ENDIAN);
    }

    /** Encodes in the given byte order. */
    public static byte[] encode(List<? extends Insn> insns, ByteOrder order) {
        byte[] out = new byte[slotCount(insns) * SLOT];
        int p = 0;
        for (Insn insn : insns) {
            p = encodeAt(insn, out, p, order);
        }
        return out;
    }

    /** Encodes one instruction into {@code out} at {@code p}; returns the position after it. */
    public static int encodeAt(Insn insn, byte[] out, int p, ByteOrder order) {
        boolean le = order == ByteOrder.LITTLE_ENDIAN;
        writeSlot(out, p, le, insn.code(), insn.dstReg(), insn.srcReg(), insn.off(), insn.imm());
        if (insn instanceof LoadImm64 ld) {
            writeSlot(out, p + SLOT, le, 0, 0, 0, (short) 0, ld.nextImm());
            return p + 2 * SLOT;
        }
        return p + SLOT;
    }

    private static void writeSlot(byte[] out, int p, boolean le, int code, int dst, int src, short off, int imm) {
        out[p] = (byte) code;
        out[p + 1] = (byte) (le ? (src << 4) | dst : (dst << 4) | src);
        if (le) {
            SHORT_LE.set(out, p + 2, off);
            INT_LE.set(out, p + 4, imm);
        } else {
            SHORT_BE.set(out, p + 2, off);
            INT_BE.set(out, p + 4, imm);
        }
    }
}
