package io.github.bpf4j.asm.text;

import io.github.bpf4j.asm.Alu;
import io.github.bpf4j.asm.AluOp;
import io.github.bpf4j.asm.Atomic;
import io.github.bpf4j.asm.AtomicOp;
import io.github.bpf4j.asm.Call;
import io.github.bpf4j.asm.Endian;
import io.github.bpf4j.asm.Goto;
import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.Jump;
import io.github.bpf4j.asm.Load;
import io.github.bpf4j.asm.LoadImm64;
import io.github.bpf4j.asm.LoadPacket;
import io.github.bpf4j.asm.Mode;
import io.github.bpf4j.asm.Raw;
import io.github.bpf4j.asm.Size;
import io.github.bpf4j.asm.Source;
import io.github.bpf4j.asm.StoreImm;
import io.github.bpf4j.asm.StoreReg;
import java.util.Locale;
import java.util.Objects;

/**
 * Instructions as the kernel's verifier log prints them: {@code (69) r5 = *(u16 *)(r1 +0)},
 * {@code (85) call bpf_map_lookup_elem#1}, {@code (05) goto pc+3}. Follows {@code print_bpf_insn} in
 * kernel/bpf/disasm.c of Linux 6.18 with the hooks the verifier installs (kernel functions by their BTF name).
 *
 * <h2>References: invertible by default</h2>
 * The verifier's log prints a 64-bit immediate load after the kernel has rewritten it (a map fd becomes the map's
 * kernel address, printed in hex) and a callback load ({@code BPF_PSEUDO_FUNC}) as a plain hex constant, so from
 * the log alone a reference cannot be told from a constant. Without {@link DisassemblerCallbacks} answers, this
 * style therefore prints every valid instruction so that {@link Assembler#assembleVerifierLog} reads it back to the
 * same bytes, using bpftool's spellings ({@code bpftool prog dump xlated}, tools/bpf/bpftool/xlated_dumper.c
 * {@code print_imm}) where bpftool has one and spellings of the same shape where nobody has one:
 * <table>
 *   <caption>Default text of 64-bit immediate loads and kernel-function calls</caption>
 *   <tr><th>Instruction</th><th>Default text</th><th>Origin</th></tr>
 *   <tr><td>constant ({@code src=0})</td><td>{@code r1 = 0x2a}</td><td>the kernel</td></tr>
 *   <tr><td>{@code MAP_FD} (1), fd N</td><td>{@code r1 = map[fd:N]}</td><td>bpftool's {@code map[id:N]}, which
 *       names a map id; before load the immediate is an fd</td></tr>
 *   <tr><td>{@code MAP_VALUE} (2), fd N, offset O</td><td>{@code r1 = map[fd:N][0]+O}</td>
 *       <td>bpftool's {@code map[id:N][0]+O}, likewise</td></tr>
 *   <tr><td>{@code BTF_ID} (3), BTF id N of vmlinux</td><td>{@code r1 = ksym[btf_id:N]}</td>
 *       <td>ours (the kernel and bpftool print an address)</td></tr>
 *   <tr><td>{@code FUNC} (4), offset N</td><td>{@code r1 = subprog[+N]}</td><td>bpftool</td></tr>
 *   <tr><td>{@code MAP_IDX} (5), fd-array index N</td><td>{@code r1 = map[idx:N]}</td>
 *       <td>ours, of the shape of bpftool's next form</td></tr>
 *   <tr><td>{@code MAP_IDX_VALUE} (6), index N, offset O</td><td>{@code r1 = map[idx:N]+O}</td><td>bpftool</td></tr>
 *   <tr><td>a pseudo load whose second immediate has no place above (a ksym of a module BTF, or a nonzero
 *       second immediate the kernel rejects)</td><td>{@code ld_pseudo r1, S, 0xV}: the source S and the whole
 *       64-bit value V</td><td>LLVM's {@code ld_pseudo} mnemonic, widened to 64 bits</td></tr>
 *   <tr><td>kernel function, BTF id N</td><td>{@code call kernel-function#N}</td><td>the kernel, without a
 *       name</td></tr>
 *   <tr><td>kernel function of the BTF at fd-array index I &gt; 0</td><td>{@code call kernel-function#N[btf:I]}
 *       (I as the unsigned 16-bit field)</td><td>ours (the kernel prints only the name)</td></tr>
 * </table>
 * N and O are printed unsigned, as bpftool prints them. The callbacks replace these texts (bpftool's map ids with
 * {@link DisassemblerCallbacks#mapIds}, the verifier's own text by answering the kernel's address or hex); what
 * they answer is printed as given and need not read back.
 *
 * <p>A slot that is not a valid instruction ({@link Raw}) prints as the kernel prints it from its raw fields before
 * rejecting it, such as {@code (07) r1 += 5} for an addition with a stray source register or {@code BUG_db} for an
 * unknown atomic operation (print_bpf_insn is total over the fields); such text names other bytes, or none, and
 * does not read back. Only a malformed 64-bit immediate load, which the kernel rejects before printing anything,
 * prints as {@code (18) invalid: code=0x18 dst=D src=S off=O imm=I}.
 */
public final class KernelStyle implements Disassembler {

    /** {@code "(%02x) "} for every opcode byte. */
    private static final String[] OPCODE_PREFIX = new String[256];

    static {
        for (int code = 0; code < 256; code++) {
            OPCODE_PREFIX[code] = "(" + Character.forDigit(code >> 4, 16) + Character.forDigit(code & 15, 16) + ") ";
        }
    }

    /** {@code "(%02x) "} of an opcode byte. */
    static String opcodePrefix(int code) {
        return OPCODE_PREFIX[code & 0xff];
    }

    private final DisassemblerCallbacks callbacks;

    private KernelStyle(DisassemblerCallbacks callbacks) {
        this.callbacks = callbacks;
    }

    /** The kernel style with {@link DisassemblerCallbacks#DEFAULT}. */
    public static KernelStyle of() {
        return new KernelStyle(DisassemblerCallbacks.DEFAULT);
    }

    /** The kernel style with the given callbacks. */
    public static KernelStyle of(DisassemblerCallbacks callbacks) {
        return new KernelStyle(Objects.requireNonNull(callbacks, "callbacks"));
    }

    /** {@code "12: (69) r5 = *(u16 *)(r1 +0)"}: the index and the text, as each verifier log line starts. */
    @Override
    public String line(Insn insn, int pc) {
        return pc + ": " + format(insn, pc);
    }

    @Override
    public String format(Insn insn, int pc) {
        if (insn.kind() == Insn.Kind.RAW) {
            return KernelStyleRaw.format((Raw) insn, callbacks);
        }
        // the verifier's log formats every instruction: a table lookup instead of String.format (15% of a simulation)
        return opcodePrefix(insn.code()) + body(insn);
    }

    private String body(Insn insn) {
        return switch (insn.kind()) {
            case ALU -> alu((Alu) insn);
            case ENDIAN -> endian((Endian) insn);
            case JUMP -> jump((Jump) insn);
            case GOTO -> {
                Goto g = (Goto) insn;
                yield (g.wide() ? "gotol pc" : "goto pc") + signed(g.offset());
            }
            case MAY_GOTO -> "may_goto pc" + signed(insn.off());
            case CALL -> call((Call) insn);
            case EXIT -> "exit";
            case LOAD_IMM64 -> loadImm64((LoadImm64) insn);
            case LOAD_PACKET -> loadPacket((LoadPacket) insn);
            case LOAD -> {
                Load l = (Load) insn;
                yield "r" + l.dst().number() + " = *(" + (l.signExtend() ? l.size().signedCType() : l.size().cType())
                        + " *)(r" + l.src().number() + " " + signed(l.off()) + ")";
            }
            case STORE_IMM -> {
                StoreImm s = (StoreImm) insn;
                yield mem(s.size(), s.dst().number(), s.off()) + " = " + s.imm();
            }
            case STORE_REG -> {
                StoreReg s = (StoreReg) insn;
                yield mem(s.size(), s.dst().number(), s.off()) + " = r" + s.src().number();
            }
            case ATOMIC -> atomic((Atomic) insn);
            case RAW -> throw new IllegalStateException("printed by KernelStyleRaw");
        };
    }

    private static String alu(Alu a) {
        char w = a.alu64() ? 'r' : 'w';
        int dst = a.dst().number();
        AluOp op = a.op();
        if (op == AluOp.NEG) {
            return w + "" + dst + " = -" + w + dst;
        }
        if (op == AluOp.ADDR_SPACE_CAST) {
            return "r" + dst + " = addr_space_cast(r" + a.src().number() + ", " + (a.imm() >>> 16) + ", "
                    + (a.imm() & 0xffff) + ")";
        }
        // The kernel prints "=" then the sign-extension cast glued to the source: "r1 = (s8)r2".
        String operator = switch (op) {
            case MOVSX8, MOVSX16, MOVSX32 -> "= " + op.operator().substring(2);
            default -> op.operator() + " ";
        };
        if (a.source() == Source.X) {
            return w + "" + dst + " " + operator + w + a.src().number();
        }
        return w + "" + dst + " " + operator + a.imm();
    }

    private static String endian(Endian e) {
        int dst = e.dst().number();
        return "r" + dst + " = " + e.op().mnemonic() + e.bits() + " r" + dst;
    }

    private static String jump(Jump j) {
        char w = j.jmp32() ? 'w' : 'r';
        String rhs = j.source() == Source.X ? w + "" + j.src().number() : "0x" + Integer.toHexString(j.imm());
        return "if " + w + j.dst().number() + " " + j.op().operator() + " " + rhs + " goto pc" + signed(j.off());
    }

    private String call(Call c) {
        return switch (c.callKind()) {
            case LOCAL -> "call pc" + signed(c.imm());
            case HELPER -> {
                String name = callbacks.helperName(c.imm());
                yield "call " + (name == null ? "unknown" : name) + "#" + c.imm();
            }
            case KFUNC -> {
                String name = callbacks.kfuncName(c.imm(), c.off());
                if (name != null) {
                    yield "call " + name + "#" + c.imm();
                }
                // the kernel's fallback name; the BTF index, which the kernel leaves out, only where it matters
                yield "call kernel-function#" + c.imm() + (c.off() == 0 ? "" : "[btf:" + (c.off() & 0xffff) + "]");
            }
        };
    }

    private String loadImm64(LoadImm64 l) {
        String text = switch (l.pseudo()) {
            case MAP_FD, MAP_VALUE, MAP_IDX, MAP_IDX_VALUE -> callbacks.mapRef(l);
            case BTF_ID -> callbacks.btfIdRef(l);
            case FUNC -> callbacks.funcRef(l);
            case NONE -> null;
        };
        if (text == null) {
            text = reference(l);
        }
        if (text == null) {
            return "ld_pseudo r" + l.dst().number() + ", " + l.pseudo().code() + ", 0x" + Long.toHexString(l.value());
        }
        return "r" + l.dst().number() + " = " + text;
    }

    /** The default text of a 64-bit immediate load (see the table above), or null for the ld_pseudo form. */
    private static String reference(LoadImm64 l) {
        String imm = Integer.toUnsignedString(l.imm());
        String next = Integer.toUnsignedString(l.nextImm());
        boolean single = l.nextImm() == 0;
        return switch (l.pseudo()) {
            case NONE -> "0x" + Long.toHexString(l.value());
            case MAP_FD -> single ? "map[fd:" + imm + "]" : null;
            case MAP_VALUE -> "map[fd:" + imm + "][0]+" + next;
            case BTF_ID -> single ? "ksym[btf_id:" + imm + "]" : null;
            case FUNC -> single ? "subprog[" + (l.imm() < 0 ? "" : "+") + l.imm() + "]" : null;
            case MAP_IDX -> single ? "map[idx:" + imm + "]" : null;
            case MAP_IDX_VALUE -> "map[idx:" + imm + "]+" + next;
        };
    }

    private static String loadPacket(LoadPacket p) {
        String type = p.size().cType();
        if (p.mode() == Mode.ABS) {
            return "r0 = *(" + type + " *)skb[" + p.imm() + "]";
        }
        return "r0 = *(" + type + " *)skb[r" + p.src().number() + " + " + p.imm() + "]";
    }

    private static String atomic(Atomic a) {
        String bits = a.size() == Size.DW ? "64" : "";
        String addr = "(" + a.size().cType() + " *)(r" + a.dst().number() + " " + signed(a.off()) + ")";
        int src = a.src().number();
        return switch (a.op()) {
            case ADD, OR, AND, XOR -> "lock *" + addr + " " + lockOperator(a.op()) + " r" + src;
            case FETCH_ADD, FETCH_OR, FETCH_AND, FETCH_XOR -> "r" + src + " = atomic" + bits + "_fetch_"
                    + a.op().name().substring("FETCH_".length()).toLowerCase(Locale.ROOT) + "(" + addr + ", r" + src + ")";
            case XCHG -> "r" + src + " = atomic" + bits + "_xchg(" + addr + ", r" + src + ")";
            case CMPXCHG -> "r0 = atomic" + bits + "_cmpxchg(" + addr + ", r0, r" + src + ")";
            // Load-acquire names the loaded register in dst and the address in src.
            case LOAD_ACQ -> "r" + a.dst().number() + " = load_acquire((" + a.size().cType() + " *)(r" + src + " "
                    + signed(a.off()) + "))";
            case STORE_REL -> "store_release(" + addr + ", r" + src + ")";
        };
    }

    /** The compound assignment of a non-fetching atomic operation: {@code +=}, {@code |=}, {@code &=}, {@code ^=}. */
    static String lockOperator(AtomicOp op) {
        return switch (op) {
            case ADD -> "+=";
            case OR -> "|=";
            case AND -> "&=";
            case XOR -> "^=";
            default -> throw new IllegalArgumentException(op + " is not a lock operation");
        };
    }

    private static String mem(Size size, int reg, short off) {
        return "*(" + size.cType() + " *)(r" + reg + " " + signed(off) + ")";
    }

    private static String signed(int v) {
        return KernelStyleRaw.signed(v);
    }
}
