package io.github.bpf4j.asm.text;

import io.github.bpf4j.asm.Alu;
import io.github.bpf4j.asm.AluOp;
import io.github.bpf4j.asm.Atomic;
import io.github.bpf4j.asm.AtomicOp;
import io.github.bpf4j.asm.Call;
import io.github.bpf4j.asm.Endian;
import io.github.bpf4j.asm.Goto;
import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.InsnCodec;
import io.github.bpf4j.asm.Jump;
import io.github.bpf4j.asm.Load;
import io.github.bpf4j.asm.LoadImm64;
import io.github.bpf4j.asm.LoadPacket;
import io.github.bpf4j.asm.Mode;
import io.github.bpf4j.asm.Pseudo;
import io.github.bpf4j.asm.Size;
import io.github.bpf4j.asm.Source;
import io.github.bpf4j.asm.StoreImm;
import io.github.bpf4j.asm.StoreReg;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Instructions as {@code llvm-objdump-19 -d} prints them after the instruction bytes: {@code r0 = 0x0},
 * {@code if r1 > 0x5 goto +0x3 <prog+0x40>}, {@code r2 = *(u16 *)(r1 - 0x4)}, {@code call 0x1}.
 *
 * <p>Two variants, as LLVM's BPF disassembler depends on the {@code alu32} feature:
 * <ul>
 *   <li>{@link #of()}: as {@code llvm-objdump-19 -d --mcpu=v3} (or v4). Loads, stores and atomics of fewer than
 *       8 bytes name {@code w} registers: {@code w2 = *(u32 *)(r1 + 0x0)}, {@code lock *(u32 *)(r1 + 0x0) += w2}.</li>
 *   <li>{@link #withoutAlu32()}: as plain {@code llvm-objdump-19 -d}. Those name {@code r} registers, and LLVM 19
 *       decodes of the 32-bit atomics only {@code lock +=}: it prints {@code <unknown>} for the others, except
 *       that it prints a 32-bit {@code atomic_fetch_add} as {@code lock +=} (it does not look at the fetch bit).
 *       This variant copies that output.</li>
 * </ul>
 *
 * <p>Differences from LLVM 19, on purpose: load-acquire and store-release (kernel 6.15) are printed in the syntax
 * of LLVM 20, {@code w0 = load_acquire((u8 *)(r1 + 0x0))} and {@code store_release((u64 *)(r1 + 0x0), r2)};
 * LLVM 19 prints them as {@code lock +=} or {@code <unknown>}. An invalid slot prints {@code <unknown>} as LLVM
 * prints a slot it cannot decode, although LLVM decodes some slots the kernel rejects (it ignores reserved fields).
 *
 * <p>Jump targets are labelled {@code <name+0xOFF>} when {@link DisassemblerCallbacks#targetLabel} names them;
 * {@link #nearestSymbol} gives llvm-objdump's choice from a symbol table.
 */
public final class LlvmStyle implements Disassembler {

    private final boolean alu32;
    private final DisassemblerCallbacks callbacks;

    private LlvmStyle(boolean alu32, DisassemblerCallbacks callbacks) {
        this.alu32 = alu32;
        this.callbacks = callbacks;
    }

    /** As {@code llvm-objdump-19 -d --mcpu=v3}, without jump labels. */
    public static LlvmStyle of() {
        return new LlvmStyle(true, DisassemblerCallbacks.DEFAULT);
    }

    /** As {@code llvm-objdump-19 -d --mcpu=v3}, jump labels from {@code callbacks}. */
    public static LlvmStyle of(DisassemblerCallbacks callbacks) {
        return new LlvmStyle(true, Objects.requireNonNull(callbacks, "callbacks"));
    }

    /** The same style as plain {@code llvm-objdump-19 -d}, without the {@code alu32} feature. */
    public LlvmStyle withoutAlu32() {
        return new LlvmStyle(false, callbacks);
    }

    /** The same style with other callbacks. */
    public LlvmStyle withCallbacks(DisassemblerCallbacks newCallbacks) {
        return new LlvmStyle(alu32, Objects.requireNonNull(newCallbacks, "callbacks"));
    }

    /** Whether loads, stores and atomics narrower than 8 bytes name {@code w} registers. */
    public boolean alu32() {
        return alu32;
    }

    /**
     * Labels as llvm-objdump chooses them, for a section without a name to fall back on: see
     * {@link #nearestSymbol(String, Map)}. Without symbols no label is printed.
     */
    public static DisassemblerCallbacks nearestSymbol(Map<String, Long> symbols) {
        return nearestSymbol(null, symbols);
    }

    /**
     * Labels as llvm-objdump chooses them: the symbol with the highest address not above the target (addresses
     * unsigned, so a target before the start wraps around and takes the highest symbol); among symbols at one
     * address the last in {@code symbols} order; {@code <name>} at the symbol itself, {@code <name+0xOFF>} past it.
     * The section's own name stands at address 0 behind every symbol there, so a target before the first symbol, or
     * in a section without symbols, is labelled {@code <section+0xOFF>}.
     *
     * @param section the section's name, or {@code null} for none
     * @param symbols symbol names to byte addresses relative to the start of the section
     */
    public static DisassemblerCallbacks nearestSymbol(String section, Map<String, Long> symbols) {
        List<Map.Entry<String, Long>> sorted = new ArrayList<>();
        if (section != null) {
            sorted.add(Map.entry(section, 0L));
        }
        sorted.addAll(symbols.entrySet());
        // A stable sort keeps the section name ahead of the symbols at address 0, so that they win.
        sorted.sort(Comparator.comparing(e -> e.getValue(), Long::compareUnsigned));
        List<Map.Entry<String, Long>> table = List.copyOf(sorted);
        return new DisassemblerCallbacks() {
            @Override
            public String targetLabel(long byteAddress) {
                Map.Entry<String, Long> best = null;
                for (Map.Entry<String, Long> e : table) {
                    if (Long.compareUnsigned(e.getValue(), byteAddress) <= 0) {
                        best = e;
                    }
                }
                if (best == null) {
                    return null;
                }
                long delta = byteAddress - best.getValue();
                return delta == 0 ? best.getKey() : best.getKey() + "+0x" + Long.toHexString(delta);
            }
        };
    }

    /** {@code "      12:\tr0 = 0x0"}: the index right-aligned in 8 columns, as {@code --no-show-raw-insn} prints. */
    @Override
    public String line(Insn insn, int pc) {
        return String.format("%8d:\t%s", pc, format(insn, pc));
    }

    @Override
    public String format(Insn insn, int pc) {
        return switch (insn.kind()) {
            case ALU -> alu((Alu) insn);
            case ENDIAN -> {
                Endian e = (Endian) insn;
                yield "r" + e.dst().number() + " = " + e.op().mnemonic() + e.bits() + " r" + e.dst().number();
            }
            case JUMP -> {
                Jump j = (Jump) insn;
                char w = j.jmp32() ? 'w' : 'r';
                String rhs = j.source() == Source.X ? w + "" + j.src().number() : hex(j.imm());
                yield "if " + w + j.dst().number() + " " + j.op().operator() + " " + rhs + " goto "
                        + target(pc, j.off());
            }
            case GOTO -> {
                Goto g = (Goto) insn;
                yield (g.wide() ? "gotol " : "goto ") + target(pc, g.offset());
            }
            case MAY_GOTO -> "may_goto " + target(pc, insn.off());
            // LLVM prints the immediate whatever is called: helper number, relative offset or BTF id.
            case CALL -> "call " + hex(((Call) insn).imm());
            case EXIT -> "exit";
            case LOAD_IMM64 -> {
                LoadImm64 l = (LoadImm64) insn;
                yield l.pseudo() == Pseudo.NONE
                        ? "r" + l.dst().number() + " = " + hex(l.value()) + " ll"
                        : "ld_pseudo\tr" + l.dst().number() + ", " + hex(l.pseudo().code()) + ", 0x"
                                + Integer.toHexString(l.imm());
            }
            case LOAD_PACKET -> {
                LoadPacket p = (LoadPacket) insn;
                // LLVM's indirect packet load has no immediate operand; it prints the register only.
                yield "r0 = *(" + p.size().cType() + " *)skb["
                        + (p.mode() == Mode.ABS ? hex(p.imm()) : "r" + p.src().number()) + "]";
            }
            case LOAD -> {
                Load l = (Load) insn;
                char dst = l.signExtend() ? 'r' : reg(l.size());
                yield dst + "" + l.dst().number() + " = *(" + (l.signExtend() ? l.size().signedCType() : l.size().cType())
                        + " *)" + addr(l.src().number(), l.off());
            }
            case STORE_IMM -> {
                StoreImm s = (StoreImm) insn;
                yield "*(" + s.size().cType() + " *)" + addr(s.dst().number(), s.off()) + " = " + hex(s.imm());
            }
            case STORE_REG -> {
                StoreReg s = (StoreReg) insn;
                yield "*(" + s.size().cType() + " *)" + addr(s.dst().number(), s.off()) + " = " + reg(s.size())
                        + s.src().number();
            }
            case ATOMIC -> atomic((Atomic) insn);
            case RAW -> "<unknown>";
        };
    }

    private static String alu(Alu a) {
        char w = a.alu64() ? 'r' : 'w';
        int dst = a.dst().number();
        AluOp op = a.op();
        return switch (op) {
            case NEG -> w + "" + dst + " = -" + w + dst;
            case ADDR_SPACE_CAST -> "r" + dst + " = addr_space_cast(r" + a.src().number() + ", "
                    + hex(a.imm() >>> 16) + ", " + hex(a.imm() & 0xffff) + ")";
            case MOVSX8, MOVSX16, MOVSX32 -> w + "" + dst + " = " + op.operator().substring(2) + w + a.src().number();
            default -> w + "" + dst + " " + op.operator() + " "
                    + (a.source() == Source.X ? w + "" + a.src().number() : hex(a.imm()));
        };
    }

    private String atomic(Atomic a) {
        boolean dw = a.size() == Size.DW;
        char w = reg(a.size());
        int dst = a.dst().number();
        int src = a.src().number();
        String addr = addr(dst, a.off());
        String ptr = "(" + a.size().cType() + " *)" + addr;
        AtomicOp op = a.op();
        if (op.isAcquireRelease()) {
            return op == AtomicOp.LOAD_ACQ
                    ? w + "" + dst + " = load_acquire((" + a.size().cType() + " *)" + addr(src, a.off()) + ")"
                    : "store_release(" + ptr + ", " + w + src + ")";
        }
        if (!dw && !alu32) {
            // Without alu32 LLVM 19 decodes only the 32-bit add, and that without looking at the fetch bit.
            return op == AtomicOp.ADD || op == AtomicOp.FETCH_ADD ? "lock *" + ptr + " += r" + src : "<unknown>";
        }
        String plain = addr.substring(1, addr.length() - 1);
        return switch (op) {
            case ADD, OR, AND, XOR -> "lock *" + ptr + " " + KernelStyle.lockOperator(op) + " " + w + src;
            case FETCH_ADD, FETCH_OR, FETCH_AND, FETCH_XOR -> w + "" + src + " = atomic_fetch_"
                    + op.name().substring("FETCH_".length()).toLowerCase(Locale.ROOT) + "(" + ptr + ", " + w + src + ")";
            case XCHG -> dw ? "r" + src + " = xchg_64(" + plain + ", r" + src + ")"
                    : "w" + src + " = xchg32_32(" + plain + ", w" + src + ")";
            case CMPXCHG -> dw ? "r0 = cmpxchg_64(" + plain + ", r0, r" + src + ")"
                    : "w0 = cmpxchg32_32(" + plain + ", w0, w" + src + ")";
            case LOAD_ACQ, STORE_REL -> throw new IllegalStateException("handled above");
        };
    }

    /** The register letter for a value of {@code size}: {@code w} below 8 bytes with alu32, else {@code r}. */
    private char reg(Size size) {
        return alu32 && size != Size.DW ? 'w' : 'r';
    }

    private String target(int pc, int offset) {
        String text = offset < 0 ? "-0x" + Long.toHexString(-(long) offset) : "+0x" + Integer.toHexString(offset);
        long address = ((long) pc + 1 + offset) * InsnCodec.SLOT;
        String label = callbacks.targetLabel(address);
        return label == null ? text : text + " <" + label + ">";
    }

    /** {@code (r1 + 0x8)}, {@code (r1 - 0x4)}. */
    private static String addr(int reg, short off) {
        return "(r" + reg + (off < 0 ? " - 0x" + Integer.toHexString(-off) : " + 0x" + Integer.toHexString(off)) + ")";
    }

    /** LLVM's signed hex: {@code 0x5}, {@code -0x5}, {@code -0x80000000}. */
    private static String hex(int v) {
        return v < 0 ? "-0x" + Long.toHexString(-(long) v) : "0x" + Integer.toHexString(v);
    }

    private static String hex(long v) {
        if (v == Long.MIN_VALUE) {
            return "-0x8000000000000000";
        }
        return v < 0 ? "-0x" + Long.toHexString(-v) : "0x" + Long.toHexString(v);
    }
}
