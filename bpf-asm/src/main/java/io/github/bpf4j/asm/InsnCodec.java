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
    private static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

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
     * {@link Raw}) and every 64-bit immediate load paired with its second slot; the records are made when an
     * element is read, from the fields kept packed in one long per instruction. That keeps a decoded
     * million-instruction program at 9 bytes an instruction instead of a million objects.
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
        // Chunks rather than one array per field: a million-instruction program would otherwise make arrays of
        // several megabytes, which G1 allocates as humongous objects, one slow allocation each. Every chunk but
        // the last holds exactly CHUNK instructions, so that an index finds its chunk with a shift.
        int chunks = (length / SLOT + DecodedInsns.CHUNK - 1) >>> DecodedInsns.SHIFT;
        long[][] fields = new long[chunks][];
        byte[][] kinds = new byte[chunks][];
        int n = 0;
        int p = offset;
        for (int c = 0; p < end; c++) {
            int size = Math.min(DecodedInsns.CHUNK, (end - p) / SLOT);
            long[] chunkFields = new long[size];
            byte[] chunkKinds = new byte[size];
            int i = 0;
            for (; i < size && p < end; i++) {
                long f = readFields(bytes, p, le);
                int kind = FAST[(int) f & 0xffff];
                // The common case is one look-up on the opcode and register byte, one mask on offset and immediate
                // and a branch not taken. 64-bit loads, byte swaps, atomics, unusual operands and invalid slots
                // take it; keeping everything else off this path is what makes the loop fast.
                if (((f & FAST_ZERO[(int) f & 0xff]) | (kind & 0x80)) != 0) {
                    long second;
                    if (kind == TAG_LD_PAIR && (f & OFF) == 0 && end - p >= 2 * SLOT
                            && (int) (second = readFields(bytes, p + SLOT, le)) == 0) {
                        kind = loadImm64Tag(f);
                        f = loadImm64Fields(f, second);
                        p += SLOT;
                    } else {
                        kind = slowKind(kind, f, bytes, p, end, le);
                    }
                }
                chunkFields[i] = f;
                chunkKinds[i] = (byte) kind;
                p += SLOT;
            }
            fields[c] = chunkFields;
            kinds[c] = chunkKinds;
            n += i;
        }
        return new DecodedInsns(fields, kinds, n);
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
        // Read big-endian, a slot is code:8 regs:8 off:16 imm:32 from the top, with dst in the high nibble of regs.
        long v = (long) LONG_BE.get(b, p);
        long regs = v >>> 48 & 0xff;
        return v >>> 56 | (regs >>> 4 | (regs & 0x0f) << 4) << 8 | (v >>> 32 & 0xffff) << 16 | v << 32;
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
    /** Marks, in {@link #fastRule}, an opcode whose slots never take the fast path as is. */
    private static final long ALWAYS_SLOW = -1L;

    // Tags in FAST for slots the fast path leaves to decode's slow branch; negative as bytes, so bit 7 tells them
    // from a kind ordinal.
    /** The full rules ({@link #classify}) decide. */
    private static final int TAG_RULES = (byte) 0x80;
    /** Opcode 0x18 with registers a 64-bit load accepts: the offset and the second slot remain to check. */
    private static final int TAG_LD_PAIR = (byte) 0x81;
    /** A byte swap with valid registers: the offset and the width remain to check. */
    private static final int TAG_SWAP = (byte) 0x82;
    /** An atomic operation with valid registers: the operation and its size remain to check. */
    private static final int TAG_ATOMIC = (byte) 0x83;

    /**
     * The fast path's tables. {@code FAST}, indexed by the low 16 bits of the packed fields (opcode, then the
     * register byte), gives the family when the registers suit the opcode and only the fields of
     * {@code FAST_ZERO[opcode]} (offset, immediate) must still be zero; otherwise a tag. {@link #classify} stays
     * the one statement of the rules: the tables are derived here, and tests check every opcode and register byte
     * against it.
     */
    private static final byte[] FAST = new byte[1 << 16];
    private static final long[] FAST_ZERO = new long[256];
    /** Per atomic immediate below 512: a bit per size field ({@code (code >> 3) & 3}) the operation accepts. */
    private static final byte[] ATOMIC_SIZES = new byte[512];

    static {
        for (int imm = 0; imm < ATOMIC_SIZES.length; imm++) {
            AtomicOp op = AtomicOp.ofOrNull(imm);
            if (op != null) {
                // W is size field 0 and DW 3; load-acquire and store-release take every size.
                ATOMIC_SIZES[imm] = (byte) (op.isAcquireRelease() ? 0b1111 : 0b1001);
            }
        }
        for (int code = 0; code < 256; code++) {
            FastRule rule = fastRule(code);
            FAST_ZERO[code] = rule.zero() == ALWAYS_SLOW ? 0 : rule.zero() & (OFF | IMM);
            for (int regs = 0; regs < 256; regs++) {
                FAST[regs << 8 | code] = (byte) fastEntry(code, rule, regs & 0x0f, regs >>> 4);
            }
        }
    }

    /**
     * The family an opcode's valid slots have and the fields that must be zero for a slot to be valid without
     * further checks ({@link #ALWAYS_SLOW} when some field value needs the rules).
     */
    private record FastRule(int kind, long zero) {}

    private static FastRule fastRule(int code) {
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
        return new FastRule(kind, zero);
    }

    /** The {@code FAST} entry of an opcode with the given register fields. */
    private static int fastEntry(int code, FastRule rule, int dst, int src) {
        int kind = rule.kind();
        long zero = rule.zero();
        if (code == 0x18) {
            return dst <= 10 && Pseudo.ofOrNull(src) != null ? TAG_LD_PAIR : RAW;
        }
        if (zero == ALWAYS_SLOW) {
            if (EndianOp.ofOrNull(code) != null && dst <= 10 && src == 0) {
                return TAG_SWAP;
            }
            boolean atomic = (code & 0x07) == 0x03 && (code & 0xe0) == 0xc0;
            return atomic && dst <= 10 && src <= 10 ? TAG_ATOMIC : TAG_RULES;
        }
        if (kind == RAW) {
            return RAW;
        }
        if (code == 0x85) {
            // Helper, local and kfunc calls alike when the offset is zero (FAST_ZERO); a kfunc's module offset
            // takes the rules.
            return dst == 0 && CallKind.ofOrNull(src) != null ? CALL : TAG_RULES;
        }
        boolean regsOk = dst <= 10 && src <= 10 && ((zero & DST) == 0 || dst == 0) && ((zero & SRC) == 0 || src == 0);
        return regsOk ? kind : TAG_RULES;
    }

    /**
     * The kind of a slot the fast path did not settle: byte swaps and atomics by their immediate, the rest by
     * {@link #classify}. The shortcuts only accept; whatever they do not accept the rules decide.
     */
    private static int slowKind(int tag, long f, byte[] b, int p, int end, boolean le) {
        int imm = imm(f);
        if (tag == TAG_SWAP && (f & OFF) == 0 && (imm == 16 | imm == 32 | imm == 64)) {
            return ENDIAN;
        }
        if (tag == TAG_ATOMIC && (imm & ~0x1ff) == 0 && (ATOMIC_SIZES[imm] >> ((code(f) >> 3) & 3) & 1) != 0) {
            return ATOMIC;
        }
        return classify(b, p, end, le, f);
    }

    /**
     * A 64-bit immediate load is kept as one entry: its two immediates in the long and its registers in the kind
     * byte, {@code 0x80 | dst | src << 4}. Valid loads have {@code dst <= 10} and {@code src <= 6}, so the byte is
     * negative and tells the entry from a kind ordinal.
     */
    private static int loadImm64Tag(long f) {
        return 0x80 | (int) (f >>> 8) & 0xff;
    }

    private static long loadImm64Fields(long f, long second) {
        return f >>> 32 | second & IMM;
    }

    /** The record of an entry {@link #loadImm64Tag} marks. */
    static LoadImm64 loadImm64(int tag, long entry) {
        return new LoadImm64(REGS[tag & 0x0f], Pseudo.ofOrNull((tag >>> 4) & 0x07), (int) entry,
                (int) (entry >>> 32));
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
