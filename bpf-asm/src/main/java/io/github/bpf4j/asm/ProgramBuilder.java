package io.github.bpf4j.asm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * Builds a program in code, with jumps to symbolic labels and symbolic references to maps and functions.
 *
 * <pre>{@code
 * BuiltProgram p = new ProgramBuilder()
 *         .storeImm(Size.W, Reg.R10, -4, 0)
 *         .mov(Reg.R2, Reg.R10).add(Reg.R2, -4)
 *         .loadMap(Reg.R1, "counts")
 *         .call(Helper.MAP_LOOKUP_ELEM)
 *         .jeq(Reg.R0, 0, "out")
 *         .mov(Reg.R1, 1).atomic(Size.DW, AtomicOp.ADD, Reg.R0, 0, Reg.R1)
 *         .label("out")
 *         .mov(Reg.R0, 0).exit()
 *         .build();
 * }</pre>
 *
 * <p>Methods without a suffix work on 64 bits (classes ALU64 and JMP); those ending in {@code 32} on 32 bits
 * (classes ALU and JMP32). {@link #build()} resolves every label to a slot offset (a 64-bit immediate load counts
 * two slots) and fails with a {@link LabelException} naming the label and the slot for an undefined or duplicate
 * label or a jump that does not fit in 16 bits. A builder is not thread-safe; build it once, use the result freely.
 */
public final class ProgramBuilder {

    /** An instruction as added; {@code target} is null unless the instruction's offset waits for a label. */
    private record Entry(Insn insn, String target, IntFunction<Insn> resolve, boolean wide, SymbolRef.Kind refKind,
            String symbol, long addend, CoreRef core, CoreResolver.Resolved resolved) {
        Entry(Insn insn, String target, IntFunction<Insn> resolve, boolean wide, SymbolRef.Kind refKind,
                String symbol, long addend) {
            this(insn, target, resolve, wide, refKind, symbol, addend, null, null);
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final List<Map.Entry<String, Integer>> labelDefinitions = new ArrayList<>();
    private final CoreResolver core;
    private int slots;

    /** An empty program without CO-RE references. */
    public ProgramBuilder() {
        this.core = null;
    }

    /**
     * An empty program whose CO-RE references ({@link CoreRef}) {@code core} resolves: each instruction holds the
     * local value, and {@link BuiltProgram#coreRelocations()} lists the records a loader needs.
     */
    public ProgramBuilder(CoreResolver core) {
        this.core = Objects.requireNonNull(core, "core");
    }

    // ---------------------------------------------------------------------------------------------- labels

    /** Defines {@code name} at the next instruction. */
    public ProgramBuilder label(String name) {
        checkName(name, "label");
        labelDefinitions.add(Map.entry(name, slots));
        return this;
    }

    // ---------------------------------------------------------------------------------------------- arithmetic

    /** {@code dst op= imm} in 64 bits. */
    public ProgramBuilder alu(AluOp op, Reg dst, int imm) {
        return insn(Alu.imm(true, op, dst, imm));
    }

    /** {@code dst op= src} in 64 bits. */
    public ProgramBuilder alu(AluOp op, Reg dst, Reg src) {
        return insn(Alu.reg(true, op, dst, src));
    }

    /** {@code wdst op= imm} in 32 bits. */
    public ProgramBuilder alu32(AluOp op, Reg dst, int imm) {
        return insn(Alu.imm(false, op, dst, imm));
    }

    /** {@code wdst op= wsrc} in 32 bits. */
    public ProgramBuilder alu32(AluOp op, Reg dst, Reg src) {
        return insn(Alu.reg(false, op, dst, src));
    }

    /** {@code dst = imm} (sign-extended to 64 bits). */
    public ProgramBuilder mov(Reg dst, int imm) {
        return alu(AluOp.MOV, dst, imm);
    }

    /** {@code dst = src}. */
    public ProgramBuilder mov(Reg dst, Reg src) {
        return alu(AluOp.MOV, dst, src);
    }

    /** {@code wdst = imm} (upper half cleared). */
    public ProgramBuilder mov32(Reg dst, int imm) {
        return alu32(AluOp.MOV, dst, imm);
    }

    /** {@code wdst = wsrc}. */
    public ProgramBuilder mov32(Reg dst, Reg src) {
        return alu32(AluOp.MOV, dst, src);
    }

    /** {@code dst = (s8|s16|s32) src}: move with sign extension from {@code bits}. */
    public ProgramBuilder movsx(Reg dst, Reg src, int bits) {
        return alu(movsxOp(bits), dst, src);
    }

    /** {@code wdst = (s8|s16) wsrc}. */
    public ProgramBuilder movsx32(Reg dst, Reg src, int bits) {
        return alu32(movsxOp(bits), dst, src);
    }

    /** {@code dst += imm}. */
    public ProgramBuilder add(Reg dst, int imm) {
        return alu(AluOp.ADD, dst, imm);
    }

    /** {@code dst += src}. */
    public ProgramBuilder add(Reg dst, Reg src) {
        return alu(AluOp.ADD, dst, src);
    }

    /** {@code wdst += imm}. */
    public ProgramBuilder add32(Reg dst, int imm) {
        return alu32(AluOp.ADD, dst, imm);
    }

    /** {@code wdst += wsrc}. */
    public ProgramBuilder add32(Reg dst, Reg src) {
        return alu32(AluOp.ADD, dst, src);
    }

    /** {@code dst -= imm}. */
    public ProgramBuilder sub(Reg dst, int imm) {
        return alu(AluOp.SUB, dst, imm);
    }

    /** {@code dst -= src}. */
    public ProgramBuilder sub(Reg dst, Reg src) {
        return alu(AluOp.SUB, dst, src);
    }

    /** {@code dst *= imm}. */
    public ProgramBuilder mul(Reg dst, int imm) {
        return alu(AluOp.MUL, dst, imm);
    }

    /** {@code dst *= src}. */
    public ProgramBuilder mul(Reg dst, Reg src) {
        return alu(AluOp.MUL, dst, src);
    }

    /** {@code dst /= imm} (unsigned). */
    public ProgramBuilder div(Reg dst, int imm) {
        return alu(AluOp.DIV, dst, imm);
    }

    /** {@code dst /= src} (unsigned). */
    public ProgramBuilder div(Reg dst, Reg src) {
        return alu(AluOp.DIV, dst, src);
    }

    /** {@code dst %= imm} (unsigned). */
    public ProgramBuilder mod(Reg dst, int imm) {
        return alu(AluOp.MOD, dst, imm);
    }

    /** {@code dst %= src} (unsigned). */
    public ProgramBuilder mod(Reg dst, Reg src) {
        return alu(AluOp.MOD, dst, src);
    }

    /** {@code dst &= imm}. */
    public ProgramBuilder and(Reg dst, int imm) {
        return alu(AluOp.AND, dst, imm);
    }

    /** {@code dst &= src}. */
    public ProgramBuilder and(Reg dst, Reg src) {
        return alu(AluOp.AND, dst, src);
    }

    /** {@code dst |= imm}. */
    public ProgramBuilder or(Reg dst, int imm) {
        return alu(AluOp.OR, dst, imm);
    }

    /** {@code dst |= src}. */
    public ProgramBuilder or(Reg dst, Reg src) {
        return alu(AluOp.OR, dst, src);
    }

    /** {@code dst ^= imm}. */
    public ProgramBuilder xor(Reg dst, int imm) {
        return alu(AluOp.XOR, dst, imm);
    }

    /** {@code dst ^= src}. */
    public ProgramBuilder xor(Reg dst, Reg src) {
        return alu(AluOp.XOR, dst, src);
    }

    /** {@code dst <<= imm}. */
    public ProgramBuilder lsh(Reg dst, int imm) {
        return alu(AluOp.LSH, dst, imm);
    }

    /** {@code dst >>= imm} (logical). */
    public ProgramBuilder rsh(Reg dst, int imm) {
        return alu(AluOp.RSH, dst, imm);
    }

    /** {@code dst s>>= imm} (arithmetic). */
    public ProgramBuilder arsh(Reg dst, int imm) {
        return alu(AluOp.ARSH, dst, imm);
    }

    /** {@code dst = -dst}. */
    public ProgramBuilder neg(Reg dst) {
        return insn(Alu.neg(true, dst));
    }

    /** {@code wdst = -wdst}. */
    public ProgramBuilder neg32(Reg dst) {
        return insn(Alu.neg(false, dst));
    }

    /** {@code dst = be16|be32|be64 dst}: to big endian. */
    public ProgramBuilder be(Reg dst, int bits) {
        return insn(new Endian(EndianOp.BE, dst, bits));
    }

    /** {@code dst = le16|le32|le64 dst}: to little endian. */
    public ProgramBuilder le(Reg dst, int bits) {
        return insn(new Endian(EndianOp.LE, dst, bits));
    }

    /** {@code dst = bswap16|bswap32|bswap64 dst}: unconditional byte swap (cpuv4). */
    public ProgramBuilder bswap(Reg dst, int bits) {
        return insn(new Endian(EndianOp.BSWAP, dst, bits));
    }

    // ---------------------------------------------------------------------------------------------- memory

    /** {@code dst = *(size *)(src + off)}. */
    public ProgramBuilder load(Size size, Reg dst, Reg src, int off) {
        return insn(Load.of(size, dst, src, off));
    }

    /** {@code dst = *(s8|s16|s32 *)(src + off)}: load with sign extension (cpuv4). */
    public ProgramBuilder loadSx(Size size, Reg dst, Reg src, int off) {
        return insn(new Load(size, true, dst, src, Goto.checkShort(off)));
    }

    /** {@code *(size *)(dst + off) = src}. */
    public ProgramBuilder store(Size size, Reg dst, int off, Reg src) {
        return insn(StoreReg.of(size, dst, off, src));
    }

    /** {@code *(size *)(dst + off) = imm}. */
    public ProgramBuilder storeImm(Size size, Reg dst, int off, int imm) {
        return insn(StoreImm.of(size, dst, off, imm));
    }

    /** An atomic operation on {@code *(size *)(dst + off)} with {@code src}. */
    public ProgramBuilder atomic(Size size, AtomicOp op, Reg dst, int off, Reg src) {
        return insn(Atomic.of(size, op, dst, off, src));
    }

    /** {@code r0 = *(size *)skb[off]}: legacy absolute packet load (socket filters; R6 holds the context). */
    public ProgramBuilder loadPacket(Size size, int off) {
        return insn(new LoadPacket(Mode.ABS, size, Reg.R0, off));
    }

    /** {@code r0 = *(size *)skb[src + off]}: legacy indirect packet load. */
    public ProgramBuilder loadPacket(Size size, Reg src, int off) {
        return insn(new LoadPacket(Mode.IND, size, src, off));
    }

    // ---------------------------------------------------------------------------------------------- 64-bit loads

    /** {@code dst = value ll}. */
    public ProgramBuilder ldImm64(Reg dst, long value) {
        return insn(LoadImm64.of(dst, value));
    }

    /** {@code dst = map} for the map named {@code map}: a {@link SymbolRef.Kind#MAP} reference. */
    public ProgramBuilder loadMap(Reg dst, String map) {
        checkName(map, "map");
        return add(new Entry(new LoadImm64(dst, Pseudo.MAP_FD, 0, 0), null, null, false, SymbolRef.Kind.MAP, map, 0));
    }

    /**
     * {@code dst = &value + offset} for the value of the single-element array map {@code map} (a global-data section
     * such as {@code .rodata}, {@code .data}, {@code .bss}): a {@link SymbolRef.Kind#MAP_VALUE} reference.
     */
    public ProgramBuilder loadMapValue(Reg dst, String map, int offset) {
        checkName(map, "map");
        if (offset < 0) {
            throw new IllegalArgumentException("map value offset " + offset + " is negative");
        }
        return add(new Entry(new LoadImm64(dst, Pseudo.MAP_VALUE, 0, offset), null, null, false,
                SymbolRef.Kind.MAP_VALUE, map, offset));
    }

    /** {@code dst = &function}: the address of the BPF function at {@code label} (a callback, src {@code FUNC}). */
    public ProgramBuilder loadFunc(Reg dst, String label) {
        checkName(label, "label");
        return add(new Entry(new LoadImm64(dst, Pseudo.FUNC, 0, 0), label,
                off -> new LoadImm64(dst, Pseudo.FUNC, off, 0), true, null, null, 0));
    }

    // ---------------------------------------------------------------------------------------------- jumps

    /** {@code if dst op imm goto label}, comparing 64 bits. */
    public ProgramBuilder jump(JmpOp op, Reg dst, int imm, String label) {
        return jumpTo(Jump.imm(false, op, dst, imm, 0), label);
    }

    /** {@code if dst op src goto label}, comparing 64 bits. */
    public ProgramBuilder jump(JmpOp op, Reg dst, Reg src, String label) {
        return jumpTo(Jump.reg(false, op, dst, src, 0), label);
    }

    /** {@code if wdst op imm goto label}, comparing the low 32 bits. */
    public ProgramBuilder jump32(JmpOp op, Reg dst, int imm, String label) {
        return jumpTo(Jump.imm(true, op, dst, imm, 0), label);
    }

    /** {@code if wdst op wsrc goto label}, comparing the low 32 bits. */
    public ProgramBuilder jump32(JmpOp op, Reg dst, Reg src, String label) {
        return jumpTo(Jump.reg(true, op, dst, src, 0), label);
    }

    /** {@code if dst == imm goto label}. */
    public ProgramBuilder jeq(Reg dst, int imm, String label) {
        return jump(JmpOp.JEQ, dst, imm, label);
    }

    /** {@code if dst == src goto label}. */
    public ProgramBuilder jeq(Reg dst, Reg src, String label) {
        return jump(JmpOp.JEQ, dst, src, label);
    }

    /** {@code if dst != imm goto label}. */
    public ProgramBuilder jne(Reg dst, int imm, String label) {
        return jump(JmpOp.JNE, dst, imm, label);
    }

    /** {@code if dst != src goto label}. */
    public ProgramBuilder jne(Reg dst, Reg src, String label) {
        return jump(JmpOp.JNE, dst, src, label);
    }

    /** {@code if dst > imm goto label} (unsigned). */
    public ProgramBuilder jgt(Reg dst, int imm, String label) {
        return jump(JmpOp.JGT, dst, imm, label);
    }

    /** {@code if dst > src goto label} (unsigned). */
    public ProgramBuilder jgt(Reg dst, Reg src, String label) {
        return jump(JmpOp.JGT, dst, src, label);
    }

    /** {@code if dst >= imm goto label} (unsigned). */
    public ProgramBuilder jge(Reg dst, int imm, String label) {
        return jump(JmpOp.JGE, dst, imm, label);
    }

    /** {@code if dst < imm goto label} (unsigned). */
    public ProgramBuilder jlt(Reg dst, int imm, String label) {
        return jump(JmpOp.JLT, dst, imm, label);
    }

    /** {@code if dst < src goto label} (unsigned). */
    public ProgramBuilder jlt(Reg dst, Reg src, String label) {
        return jump(JmpOp.JLT, dst, src, label);
    }

    /** {@code if dst <= imm goto label} (unsigned). */
    public ProgramBuilder jle(Reg dst, int imm, String label) {
        return jump(JmpOp.JLE, dst, imm, label);
    }

    /** {@code if dst s> imm goto label}. */
    public ProgramBuilder jsgt(Reg dst, int imm, String label) {
        return jump(JmpOp.JSGT, dst, imm, label);
    }

    /** {@code if dst s< imm goto label}. */
    public ProgramBuilder jslt(Reg dst, int imm, String label) {
        return jump(JmpOp.JSLT, dst, imm, label);
    }

    /** {@code if dst & imm goto label}. */
    public ProgramBuilder jset(Reg dst, int imm, String label) {
        return jump(JmpOp.JSET, dst, imm, label);
    }

    /** {@code goto label} (16-bit offset). */
    public ProgramBuilder ja(String label) {
        return jumpTo(Goto.of(0), label);
    }

    /** {@code gotol label} (32-bit offset, cpuv4). */
    public ProgramBuilder gotol(String label) {
        checkName(label, "label");
        return add(new Entry(Goto.wide(0), label, Goto::wide, true, null, null, 0));
    }

    /** {@code may_goto label}. */
    public ProgramBuilder mayGoto(String label) {
        checkName(label, "label");
        return add(new Entry(MayGoto.of(0), label, MayGoto::of, false, null, null, 0));
    }

    // ---------------------------------------------------------------------------------------------- calls

    /** {@code call helper}. */
    public ProgramBuilder call(Helper helper) {
        return insn(Call.helper(helper.id()));
    }

    /**
     * {@code call function}: a call of the BPF function at label {@code function} when the program defines it;
     * otherwise a {@link SymbolRef.Kind#CALL} reference with offset -1, as clang leaves a call to a function
     * outside the section for the linker.
     */
    public ProgramBuilder call(String function) {
        checkName(function, "function");
        return add(new Entry(Call.local(-1), function, Call::local, true, SymbolRef.Kind.CALL, function, 0));
    }

    /** {@code call} of the kernel function with BTF id {@code btfId} in vmlinux. */
    public ProgramBuilder callKfunc(int btfId) {
        return insn(Call.kfunc(btfId, 0));
    }

    /** {@code exit}. */
    public ProgramBuilder exit() {
        return insn(Exit.INSTANCE);
    }

    /** Appends any instruction as it is. */
    public ProgramBuilder insn(Insn insn) {
        Objects.requireNonNull(insn, "insn");
        return add(new Entry(insn, null, null, false, null, null, 0));
    }

    // ---------------------------------------------------------------------------------------------- CO-RE

    /** {@code dst = *(size *)(src + core(...))}: a load at a field's offset, relocated by the loader. */
    public ProgramBuilder load(Size size, Reg dst, Reg src, CoreRef off) {
        CoreResolver.Resolved r = resolveOffset(off);
        return coreInsn(Load.of(size, dst, src, (int) r.localValue()), off, r);
    }

    /** {@code *(size *)(dst + core(...)) = src}. */
    public ProgramBuilder store(Size size, Reg dst, CoreRef off, Reg src) {
        CoreResolver.Resolved r = resolveOffset(off);
        return coreInsn(StoreReg.of(size, dst, (int) r.localValue(), src), off, r);
    }

    /** {@code *(size *)(dst + core(...)) = imm}. */
    public ProgramBuilder storeImm(Size size, Reg dst, CoreRef off, int imm) {
        CoreResolver.Resolved r = resolveOffset(off);
        return coreInsn(StoreImm.of(size, dst, (int) r.localValue(), imm), off, r);
    }

    /** {@code dst op= core(...)} in 64 bits, e.g. {@code r3 += core(task_struct, real_parent)}. */
    public ProgramBuilder alu(AluOp op, Reg dst, CoreRef imm) {
        CoreResolver.Resolved r = resolveImm(imm);
        return coreInsn(Alu.imm(true, op, dst, (int) r.localValue()), imm, r);
    }

    /** {@code wdst op= core(...)} in 32 bits. */
    public ProgramBuilder alu32(AluOp op, Reg dst, CoreRef imm) {
        CoreResolver.Resolved r = resolveImm(imm);
        return coreInsn(Alu.imm(false, op, dst, (int) r.localValue()), imm, r);
    }

    /** {@code dst = core(...)}. */
    public ProgramBuilder mov(Reg dst, CoreRef imm) {
        return alu(AluOp.MOV, dst, imm);
    }

    /** {@code dst += core(...)}. */
    public ProgramBuilder add(Reg dst, CoreRef imm) {
        return alu(AluOp.ADD, dst, imm);
    }

    /** {@code dst = core(...) ll}: a 64-bit value (type ids, enumerator values), as clang loads them. */
    public ProgramBuilder ldImm64(Reg dst, CoreRef value) {
        CoreResolver.Resolved r = resolve(value);
        return coreInsn(LoadImm64.of(dst, r.localValue()), value, r);
    }

    private CoreResolver.Resolved resolve(CoreRef ref) {
        Objects.requireNonNull(ref, "ref");
        if (core == null) {
            throw new IllegalStateException("the CO-RE reference " + ref + " needs a builder made with a "
                    + "CoreResolver (new ProgramBuilder(resolver))");
        }
        return core.resolve(ref);
    }

    private CoreResolver.Resolved resolveOffset(CoreRef ref) {
        if (ref.kind() != CoreRef.Kind.FIELD_BYTE_OFFSET) {
            throw new IllegalArgumentException("a memory offset can only be a field's byte offset (core(...)), "
                    + "not " + ref);
        }
        CoreResolver.Resolved r = resolve(ref);
        if (r.localValue() < Short.MIN_VALUE || r.localValue() > Short.MAX_VALUE) {
            throw new IllegalArgumentException(ref + " is " + r.localValue() + " in the local BTF, beyond the "
                    + "16-bit offset of a load or store; add it to the register instead");
        }
        return r;
    }

    private CoreResolver.Resolved resolveImm(CoreRef ref) {
        CoreResolver.Resolved r = resolve(ref);
        if (r.localValue() < Integer.MIN_VALUE || r.localValue() > 0xffffffffL) {
            throw new IllegalArgumentException(ref + " is " + r.localValue() + " in the local BTF, beyond a "
                    + "32-bit immediate; load it with ldImm64");
        }
        return r;
    }

    private ProgramBuilder coreInsn(Insn insn, CoreRef ref, CoreResolver.Resolved resolved) {
        return add(new Entry(insn, null, null, false, null, null, 0, ref, resolved));
    }

    // ---------------------------------------------------------------------------------------------- build

    /**
     * Resolves labels and returns the program. The builder stays usable; building again gives an equal result.
     *
     * @throws LabelException for an undefined or duplicate label or a jump out of its offset's range
     */
    public BuiltProgram build() {
        Map<String, Integer> labels = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> def : labelDefinitions) {
            if (labels.putIfAbsent(def.getKey(), def.getValue()) != null) {
                throw new LabelException(LabelException.Reason.DUPLICATE, def.getKey(), def.getValue(),
                        "label '" + def.getKey() + "' defined twice: at slot " + labels.get(def.getKey())
                                + " and at slot " + def.getValue());
            }
        }
        List<Insn> insns = new ArrayList<>(entries.size());
        List<SymbolRef> refs = new ArrayList<>();
        List<CoreRelocation> coreRelos = new ArrayList<>();
        int slot = 0;
        for (Entry e : entries) {
            Insn insn = e.insn;
            if (e.target != null) {
                Integer target = labels.get(e.target);
                if (target == null && e.refKind == SymbolRef.Kind.CALL) {
                    refs.add(new SymbolRef(slot, SymbolRef.Kind.CALL, e.symbol, 0));
                } else if (target == null) {
                    throw new LabelException(LabelException.Reason.UNDEFINED, e.target, slot,
                            "slot " + slot + " (" + insn.kind() + ") refers to label '" + e.target
                                    + "', which is never defined");
                } else {
                    int off = target - (slot + 1);
                    if (!e.wide && (off < Short.MIN_VALUE || off > Short.MAX_VALUE)) {
                        throw new LabelException(LabelException.Reason.OUT_OF_RANGE, e.target, slot,
                                "slot " + slot + " jumps " + off + " slots to label '" + e.target
                                        + "', beyond the 16-bit offset range -32768..32767"
                                        + (insn.kind() == Insn.Kind.GOTO ? "; use gotol" : ""));
                    }
                    insn = e.resolve.apply(off);
                }
            } else if (e.refKind != null) {
                refs.add(new SymbolRef(slot, e.refKind, e.symbol, e.addend));
            } else if (e.core != null) {
                coreRelos.add(CoreRelocation.of(slot * 8L, e.core, e.resolved));
            }
            insns.add(insn);
            slot += insn.slots();
        }
        return new BuiltProgram(insns, refs, new HashMap<>(labels), coreRelos);
    }

    private ProgramBuilder jumpTo(Jump template, String label) {
        checkName(label, "label");
        return add(new Entry(template, label, template::withOff, false, null, null, 0));
    }

    private ProgramBuilder jumpTo(Goto template, String label) {
        checkName(label, "label");
        return add(new Entry(template, label, Goto::of, false, null, null, 0));
    }

    private ProgramBuilder add(Entry e) {
        entries.add(e);
        slots += e.insn.slots();
        return this;
    }

    private static AluOp movsxOp(int bits) {
        return switch (bits) {
            case 8 -> AluOp.MOVSX8;
            case 16 -> AluOp.MOVSX16;
            case 32 -> AluOp.MOVSX32;
            default -> throw new IllegalArgumentException("sign extension is from 8, 16 or 32 bits, not " + bits);
        };
    }

    private static void checkName(String name, String what) {
        Objects.requireNonNull(name, what);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a " + what + " name must not be empty");
        }
    }
}
