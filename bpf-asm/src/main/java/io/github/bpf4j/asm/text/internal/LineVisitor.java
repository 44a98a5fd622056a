package io.github.bpf4j.asm.text.internal;

import io.github.bpf4j.asm.Alu;
import io.github.bpf4j.asm.AluOp;
import io.github.bpf4j.asm.Atomic;
import io.github.bpf4j.asm.AtomicOp;
import io.github.bpf4j.asm.Call;
import io.github.bpf4j.asm.CoreRef;
import io.github.bpf4j.asm.CallKind;
import io.github.bpf4j.asm.Endian;
import io.github.bpf4j.asm.EndianOp;
import io.github.bpf4j.asm.Exit;
import io.github.bpf4j.asm.Goto;
import io.github.bpf4j.asm.Helper;
import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.JmpOp;
import io.github.bpf4j.asm.Jump;
import io.github.bpf4j.asm.Load;
import io.github.bpf4j.asm.LoadImm64;
import io.github.bpf4j.asm.LoadPacket;
import io.github.bpf4j.asm.MayGoto;
import io.github.bpf4j.asm.Mode;
import io.github.bpf4j.asm.Pseudo;
import io.github.bpf4j.asm.Raw;
import io.github.bpf4j.asm.Reg;
import io.github.bpf4j.asm.Size;
import io.github.bpf4j.asm.StoreImm;
import io.github.bpf4j.asm.StoreReg;
import io.github.bpf4j.asm.text.AsmSyntaxException;
import io.github.bpf4j.asm.text.internal.BpfAsmParser.*;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns the parse tree of one line into instructions and builder calls. Meaning is checked here: register numbers,
 * access sizes, operand ranges, the pairing of {@code w} and {@code r} registers, which identifiers name
 * operations. Instruction spellings follow LLVM 19's BPF assembler and the kernel's print_bpf_insn (Linux 6.18).
 */
public final class LineVisitor {

    /** An instruction, and the expression its jump or call target or 64-bit immediate waits for (or null). */
    public record Built(Insn insn, Expr target, int line, int column) {}

    private final LinePos lp = new LinePos();
    private final String file;
    private final AsmBuilder builder;
    private final DirectiveHandler directives;
    private int line;
    /** The verifier log's opcode prefix of this line, or -1. */
    private int opcodePrefix = -1;

    /** {@code builder} is null for verifier logs, which have no symbols. */
    public LineVisitor(String file, AsmBuilder builder) {
        this.file = file;
        this.builder = builder;
        this.directives = builder == null ? null : new DirectiveHandler(this, builder);
    }

    void setLine(int line, int opcodePrefix) {
        this.line = line;
        this.opcodePrefix = opcodePrefix;
    }

    int line() {
        return line;
    }

    AsmSyntaxException error(Token t, String message) {
        return lp.error(t, message, null);
    }

    AsmSyntaxException error(ParserRuleContext ctx, String message) {
        return lp.error(ctx.getStart(), message, null);
    }

    int column(Token t) {
        return lp.column(t);
    }

    // ---- LLVM dialect: statements ----

    private void at(ParsedLine p) {
        lp.set(file, p.line(), p.columnBase(), p.codeLength(), p.opcodeColumn());
        setLine(p.line(), p.opcode());
    }

    /** Assembles every statement of an LLVM-dialect line into the builder. */
    public void assembleLine(ParsedLine p) {
        at(p);
        FastLineParser.Fast f = p.fast();
        if (f != null) {
            // the same builder calls, in the same order, as the parse-tree path below makes for these lines
            if (f.label() != null) {
                builder.defineLabel(f.label(), line, f.labelColumn());
            }
            if (f.insn() == null) {
                return;
            }
            if (f.target() == null) {
                builder.emit(f.insn(), line, f.insnColumn());
            } else {
                int col = f.targetColumn();
                builder.emitWithTarget(f.insn(), new Expr.Sym(builder.symbol(f.target(), line, col), line, col),
                        line, f.insnColumn());
            }
            return;
        }
        LineContext ctx = p.tree();
        for (StmtContext stmt : ctx.stmt()) {
            for (LabelContext label : stmt.label()) {
                Token t = label.symbol().getStart();
                builder.defineLabel(t.getText(), line, column(t));
            }
            if (stmt.insn() != null) {
                Built b = insn(stmt.insn());
                if (b.target() == null) {
                    builder.emit(b.insn(), b.line(), b.column());
                } else {
                    builder.emitWithTarget(b.insn(), b.target(), b.line(), b.column());
                }
            } else if (stmt.directive() != null) {
                directives.directive(stmt.directive());
            }
        }
    }

    /** The single instruction of a verifier-log line. */
    public Built verifierInsn(ParsedLine p) {
        at(p);
        LineContext ctx = p.tree();
        List<StmtContext> stmts = ctx.stmt();
        if (stmts.size() != 1 || !stmts.get(0).label().isEmpty() || stmts.get(0).insn() == null) {
            throw error(ctx, "a verifier-log line holds exactly one instruction after its opcode");
        }
        return insn(stmts.get(0).insn());
    }

    // ---- registers and operands ----

    /** A register as written: its number and whether it was spelled as a 32-bit {@code w} register. */
    record R(Reg reg, boolean w, Token token) {}

    R reg(TerminalNode node) {
        Token t = node.getSymbol();
        String text = t.getText();
        int n = text.length() > 3 ? 99 : 0;
        for (int i = 1; i < text.length() && n < 99; i++) {
            n = n * 10 + (text.charAt(i) - '0');
        }
        if (!Reg.isValid(n)) {
            throw error(t, "unknown register '" + text + "' (registers are r0 to r10, or w0 to w10)");
        }
        return new R(Reg.of(n), text.charAt(0) == 'w', t);
    }

    private R rReg(TerminalNode node, String role) {
        R r = reg(node);
        if (r.w) {
            throw error(r.token, role + " must be a 64-bit register: write r" + r.reg.number());
        }
        return r;
    }

    private void sameWidth(R a, R b) {
        if (a.w != b.w) {
            throw error(b.token, "mixing w and r registers: '" + a.token.getText() + "' and '" + b.token.getText()
                    + "' must both be " + (a.w ? "w" : "r") + " registers");
        }
    }

    long number(Token t) {
        String s = t.getText();
        int radix = 10;
        int start = 0;
        if (s.length() > 2 && s.charAt(0) == '0' && (s.charAt(1) == 'x' || s.charAt(1) == 'X')) {
            radix = 16;
            start = 2;
        } else if (s.length() > 2 && s.charAt(0) == '0' && (s.charAt(1) == 'b' || s.charAt(1) == 'B')) {
            radix = 2;
            start = 2;
        } else if (s.length() > 1 && s.charAt(0) == '0') {
            radix = 8;
            start = 1;
        }
        long v = 0;
        for (int i = start; i < s.length(); i++) {
            int d = Character.digit(s.charAt(i), radix);
            if (d < 0) {
                throw error(t, "invalid digit '" + s.charAt(i) + "' in " + (radix == 8 ? "octal " : "") + "number "
                        + s);
            }
            if (Long.compareUnsigned(v, Long.divideUnsigned(-1L - d, radix)) > 0) {
                throw error(t, "number " + s + " does not fit in 64 bits");
            }
            v = v * radix + d;
        }
        return v;
    }

    Expr expr(ExprContext ctx) {
        Token t = ctx.getStart();
        int ln = line;
        int col = column(t);
        if (ctx instanceof NumExprContext n) {
            return new Expr.Num(number(n.NUMBER().getSymbol()), ln, col);
        }
        if (ctx instanceof SymExprContext s) {
            String name = s.symbol().getText();
            if (builder == null) {
                throw error(t, "symbol '" + name + "' in a verifier log, which has no symbols");
            }
            if (name.equals(".")) {
                return new Expr.Sym(builder.locationCounter(), ln, col);
            }
            return new Expr.Sym(builder.symbol(name, ln, col), ln, col);
        }
        if (ctx instanceof NegExprContext n) {
            return new Expr.Neg(expr(n.expr()), ln, col);
        }
        if (ctx instanceof NotExprContext n) {
            return new Expr.Not(expr(n.expr()), ln, col);
        }
        if (ctx instanceof ParenExprContext p) {
            return expr(p.expr());
        }
        if (ctx instanceof CoreExprContext) {
            throw error(t, "a CO-RE reference is an instruction operand: a load or store offset (r1 = *(u64 *)(r6 "
                    + "+ core(...))) or an ALU, mov or 64-bit load immediate (r1 = core(...)), alone");
        }
        if (ctx instanceof AddExprContext a) {
            Expr l = expr(a.expr(0));
            Token op = a.getChild(TerminalNode.class, 0).getSymbol();
            return new Expr.Bin(op.getType() == BpfAsmLexer.PLUS ? '+' : '-', l, expr(a.expr(1)), line, column(op));
        }
        MulExprContext m = (MulExprContext) ctx;
        Expr l = expr(m.expr(0));
        Token op = m.getChild(TerminalNode.class, 0).getSymbol();
        return new Expr.Bin(op.getType() == BpfAsmLexer.STAR ? '*' : '/', l, expr(m.expr(1)), line, column(op));
    }

    /** The value of an expression that must be a constant now. */
    long constant(ExprContext ctx, String what) {
        // the common cases, without building an expression: 5, -8
        if (ctx instanceof NumExprContext n) {
            return number(n.NUMBER().getSymbol());
        }
        if (ctx instanceof NegExprContext neg && neg.expr() instanceof NumExprContext n) {
            return -number(n.NUMBER().getSymbol());
        }
        Expr e = expr(ctx);
        if (builder == null) {
            return evalPlain(e, 0);
        }
        AsmBuilder.Value v = builder.tryConstant(e);
        if (v == null) {
            throw error(ctx, what + " must be a constant");
        }
        return v.constant();
    }

    private long evalPlain(Expr e, int depth) {
        if (depth > AsmBuilder.MAX_EXPR_DEPTH) {
            throw new AsmSyntaxException(file, e.line(), e.column(), "expression nested too deeply", null);
        }
        if (e instanceof Expr.Num n) {
            return n.value();
        }
        if (e instanceof Expr.Neg n) {
            return -evalPlain(n.operand(), depth + 1);
        }
        if (e instanceof Expr.Not n) {
            return ~evalPlain(n.operand(), depth + 1);
        }
        Expr.Bin b = (Expr.Bin) e;
        long l = evalPlain(b.left(), depth + 1);
        long r = evalPlain(b.right(), depth + 1);
        return switch (b.op()) {
            case '+' -> l + r;
            case '-' -> l - r;
            case '*' -> l * r;
            default -> {
                if (r == 0) {
                    throw new AsmSyntaxException(file, b.line(), b.column(), "division by zero", null);
                }
                yield l / r;
            }
        };
    }

    /** A 32-bit immediate: accepted from -2^31 to 2^32-1, as llvm-mc accepts it. */
    private int imm32(ExprContext ctx, String hint) {
        long v = constant(ctx, "an immediate");
        if (v < Integer.MIN_VALUE || v > 0xffffffffL) {
            throw error(ctx, "immediate " + ctx.getText() + " does not fit in 32 bits" + hint);
        }
        return (int) v;
    }

    /**
     * The local value of a CO-RE reference, which the builder records for the instruction about to be emitted
     * (one reference per instruction).
     */
    private long core(CoreExprContext c) {
        Token fn = c.IDENT().getSymbol();
        if (builder == null) {
            throw error(fn, "a CO-RE reference in a verifier log, which has no BTF");
        }
        CoreRef.Kind kind = CoreRef.Kind.ofSpelling(fn.getText());
        if (kind == null) {
            StringBuilder all = new StringBuilder();
            for (CoreRef.Kind k : CoreRef.Kind.values()) {
                all.append(all.length() == 0 ? "" : ", ").append(k.spelling());
            }
            throw error(fn, "unknown CO-RE function '" + fn.getText() + "' (expected " + all + ")");
        }
        String type = c.coreType().IDENT().stream().map(TerminalNode::getText)
                .collect(java.util.stream.Collectors.joining(" "));
        String path = c.corePath() == null ? "" : c.corePath().getText();
        CoreRef ref;
        try {
            ref = new CoreRef(kind, type, path);
        } catch (IllegalArgumentException e) {
            throw error(c.corePath() != null && !kind.isType() ? c.corePath().getStart() : c.coreType().getStart(),
                    e.getMessage());
        }
        return builder.resolveCore(ref, line, column(fn));
    }

    /** An ALU, mov or store immediate: a constant or a CO-RE reference. */
    private int immOrCore(ExprContext ctx, String hint) {
        if (ctx instanceof CoreExprContext c) {
            long v = core(c);
            if (v < Integer.MIN_VALUE || v > 0xffffffffL) {
                throw error(ctx, ctx.getText() + " is " + v + " in the local BTF, beyond a 32-bit immediate; "
                        + "load it with 'll'");
            }
            return (int) v;
        }
        return imm32(ctx, hint);
    }

    /** A load or store offset: a constant or {@code + core(...)}, a field's byte offset. */
    private short memOffset(OffsetContext ctx) {
        if (ctx == null || !(ctx.expr() instanceof CoreExprContext c)) {
            return offset(ctx);
        }
        if (ctx.MINUS() != null) {
            throw error(ctx, "a CO-RE offset is added: write (rN + " + c.getText() + ")");
        }
        if (CoreRef.Kind.ofSpelling(c.IDENT().getText()) != CoreRef.Kind.FIELD_BYTE_OFFSET) {
            throw error(c, "a memory offset can only be a field's byte offset, core(TYPE, FIELD), not "
                    + c.IDENT().getText());
        }
        long v = core(c);
        if (v < Short.MIN_VALUE || v > Short.MAX_VALUE) {
            throw error(c, c.getText() + " is " + v + " in the local BTF, beyond a 16-bit offset; add it to the "
                    + "address register instead");
        }
        return (short) v;
    }

    private short offset(OffsetContext ctx) {
        if (ctx == null) {
            return 0;
        }
        long v = constant(ctx.expr(), "an offset");
        if (ctx.MINUS() != null) {
            v = -v;
        }
        if (v < Short.MIN_VALUE || v > Short.MAX_VALUE) {
            throw error(ctx, "offset " + v + " does not fit in 16 bits (-32768 to 32767)");
        }
        return (short) v;
    }

    /** An access size from {@code *(u32 *)}: unsigned, or signed for sign-extending loads. */
    private record Sz(Size size, boolean signed) {}

    private Sz size(SizeCastContext ctx) {
        return size(ctx.typeCast());
    }

    private Size unsignedSize(SizeCastContext ctx) {
        return unsignedSize(ctx.typeCast());
    }

    private Sz size(TypeCastContext ctx) {
        Token t = ctx.IDENT().getSymbol();
        String s = t.getText();
        Size size = switch (s) {
            case "u8", "s8" -> Size.B;
            case "u16", "s16" -> Size.H;
            case "u32", "s32" -> Size.W;
            case "u64", "s64" -> Size.DW;
            default -> throw error(t, "unknown access size '" + s + "' (expected u8, u16, u32 or u64)");
        };
        return new Sz(size, s.charAt(0) == 's');
    }

    private Size unsignedSize(TypeCastContext ctx) {
        Sz sz = size(ctx);
        if (sz.signed) {
            throw error(ctx.IDENT().getSymbol(), "'" + ctx.IDENT().getText()
                    + "' is only for sign-extending loads; write u" + ctx.IDENT().getText().substring(1));
        }
        return sz.size;
    }

    // ---- instructions ----

    public Built insn(InsnContext ctx) {
        int col = column(ctx.getStart());
        Built b = insnInner(ctx);
        if (opcodePrefix >= 0 && b.insn().code() != opcodePrefix) {
            throw new AsmSyntaxException(file, line, lp.opcodeColumn, String.format(
                    "opcode (%02x) disagrees with the instruction, which encodes as (%02x)", opcodePrefix,
                    b.insn().code()), String.format("(%02x)", b.insn().code()));
        }
        return b.line() == 0 ? new Built(b.insn(), b.target(), line, col) : b;
    }

    private Built done(Insn insn) {
        return new Built(insn, null, 0, 0);
    }

    private Built insnInner(InsnContext ctx) {
        if (ctx instanceof AssignInsnContext a) {
            return assign(a);
        }
        if (ctx instanceof AluInsnContext a) {
            return done(alu(a));
        }
        if (ctx instanceof StoreInsnContext s) {
            return done(store(s));
        }
        if (ctx instanceof LockInsnContext l) {
            return done(lock(l));
        }
        if (ctx instanceof CondJumpInsnContext c) {
            return condJump(c);
        }
        if (ctx instanceof GotoInsnContext g) {
            return jumpTo(Goto.of(0), g.target(), false);
        }
        if (ctx instanceof GotolInsnContext g) {
            return jumpTo(Goto.wide(0), g.target(), true);
        }
        if (ctx instanceof MayGotoInsnContext g) {
            return jumpTo(MayGoto.of(0), g.target(), false);
        }
        if (ctx instanceof CallInsnContext c) {
            return call(c.callee());
        }
        if (ctx instanceof CallxInsnContext c) {
            // callx (LLVM: BPF_JMP | BPF_CALL | BPF_X, register in dst) has no record in the model: kept raw
            R r = rReg(c.REG(), "the callx target");
            return done(new Raw(0x8d, r.reg.number(), 0, (short) 0, 0));
        }
        if (ctx instanceof ExitInsnContext) {
            return done(Exit.INSTANCE);
        }
        if (ctx instanceof LdPseudoInsnContext p) {
            R dst = rReg(p.REG(), "the destination of ld_pseudo");
            long kind = constant(p.expr(0), "the pseudo kind");
            Pseudo pseudo = kind >= 0 && kind <= 15 ? Pseudo.ofOrNull((int) kind) : null;
            if (pseudo == null) {
                throw error(p.expr(0), "unknown pseudo source " + kind + " (0 to 6)");
            }
            if (builder == null) {
                // verifier log: our kernel style writes a pseudo load whose second immediate has no place in its
                // reference syntax as ld_pseudo with the whole 64-bit value (KernelStyle); llvm-mc takes 32 bits
                long v = constant(p.expr(1), "the immediate");
                return done(new LoadImm64(dst.reg, pseudo, (int) v, (int) (v >>> 32)));
            }
            return done(new LoadImm64(dst.reg, pseudo, imm32(p.expr(1), ""), 0));
        }
        StoreReleaseInsnContext s = (StoreReleaseInsnContext) ctx;
        Size size = unsignedSize(s.typeCast());
        R addr = rReg(s.memRef().REG(), "an address register");
        R src = reg(s.REG());
        return done(new Atomic(size, AtomicOp.STORE_REL, addr.reg, src.reg, offset(s.memRef().offset())));
    }

    private Built assign(AssignInsnContext a) {
        R dst = reg(a.REG());
        RhsContext rhs = a.rhs();
        if (rhs instanceof MovRhsContext m) {
            return mov(dst, m);
        }
        if (rhs instanceof NegRhsContext n) {
            R src = reg(n.REG());
            sameWidth(dst, src);
            if (src.reg != dst.reg) {
                throw error(src.token, "negation works in place: write " + dst.token.getText() + " = -"
                        + dst.token.getText());
            }
            return done(Alu.neg(!dst.w, dst.reg));
        }
        if (rhs instanceof MovsxRhsContext m) {
            R src = reg(m.REG());
            sameWidth(dst, src);
            Token t = m.IDENT().getSymbol();
            AluOp op = switch (t.getText()) {
                case "s8" -> AluOp.MOVSX8;
                case "s16" -> AluOp.MOVSX16;
                case "s32" -> AluOp.MOVSX32;
                default -> throw error(t, "unknown sign-extension '(" + t.getText() + ")' (expected s8, s16, s32)");
            };
            if (dst.w && op == AluOp.MOVSX32) {
                throw error(t, "(s32) extends into a 64-bit register: write r" + dst.reg.number());
            }
            return done(Alu.reg(!dst.w, op, dst.reg, src.reg));
        }
        if (rhs instanceof EndianRhsContext e) {
            return done(endian(dst, e));
        }
        if (rhs instanceof LoadRhsContext l) {
            Sz sz = size(l.sizeCast());
            R src = rReg(l.memRef().REG(), "an address register");
            if (sz.signed && sz.size == Size.DW) {
                // found by FastPathEquivalenceTest: the model refuses a sign-extending 8-byte load
                throw error(l.sizeCast().typeCast().IDENT().getSymbol(),
                        "a 64-bit load has nothing to sign-extend: write u64");
            }
            if (dst.w && (sz.signed || sz.size == Size.DW)) {
                throw error(dst.token, "this load fills a 64-bit register: write r" + dst.reg.number());
            }
            return done(new Load(sz.size, sz.signed, dst.reg, src.reg, memOffset(l.memRef().offset())));
        }
        if (rhs instanceof PacketRhsContext p) {
            return done(packet(dst, p));
        }
        if (rhs instanceof AtomicCallRhsContext c) {
            return done(atomicCall(dst, c));
        }
        if (rhs instanceof RegCallRhsContext c) {
            return done(regCall(dst, c));
        }
        if (rhs instanceof SubprogRhsContext f) {
            return done(subprog(dst, f));
        }
        return done(reference(dst, (MapRefRhsContext) rhs));
    }

    /**
     * {@code map[id:N]}, {@code map[id:N][0]+OFF} (bpftool), {@code map[fd:N]}, {@code map[fd:N][0]+OFF},
     * {@code map[idx:N]}, {@code map[idx:N]+OFF} (bpftool) and {@code ksym[btf_id:N]}: the references of 64-bit
     * immediate loads that KernelStyle prints (see its Javadoc). A map id is taken as the immediate, as bpftool
     * prints the kernel's rewritten instruction.
     */
    private LoadImm64 reference(R dst, MapRefRhsContext m) {
        if (dst.w) {
            throw error(dst.token, "a 64-bit load needs an r register");
        }
        String what = m.IDENT(0).getText();
        Token keyToken = m.IDENT(1).getSymbol();
        String key = what + "[" + keyToken.getText() + ":]";
        int imm = (int) checkedU32(m.NUMBER(0).getSymbol());
        boolean element = m.LBRACK().size() == 2;
        Token offset = m.NUMBER().size() > 1 ? m.NUMBER(m.NUMBER().size() - 1).getSymbol() : null;
        Pseudo pseudo;
        switch (key) {
            case "map[id:]", "map[fd:]" -> {
                if (offset != null && !element) {
                    throw error(offset, "a map value reference by " + keyToken.getText() + " is written "
                            + what + "[" + keyToken.getText() + ":N][0]+OFF");
                }
                pseudo = offset == null ? Pseudo.MAP_FD : Pseudo.MAP_VALUE;
            }
            case "map[idx:]" -> {
                if (element) {
                    throw error(m.NUMBER(1).getSymbol(), "a map value reference by fd-array index is written "
                            + "map[idx:N]+OFF");
                }
                pseudo = offset == null ? Pseudo.MAP_IDX : Pseudo.MAP_IDX_VALUE;
            }
            case "ksym[btf_id:]" -> {
                if (offset != null) {
                    throw error(offset, "a kernel variable by BTF id takes no offset");
                }
                pseudo = Pseudo.BTF_ID;
            }
            default -> throw error(m, "unknown reference '" + what + "[" + keyToken.getText()
                    + ":...]'; expected map[id:N], map[fd:N], map[idx:N] (each optionally with a value offset) "
                    + "or ksym[btf_id:N]");
        }
        if (element && number(m.NUMBER(1).getSymbol()) != 0) {
            throw error(m.NUMBER(1).getSymbol(), "map value references index element 0");
        }
        return new LoadImm64(dst.reg, pseudo, imm, offset == null ? 0 : (int) checkedU32(offset));
    }

    /** bpftool's {@code subprog[+N]}: the address of the BPF function N+1 slots after the load. */
    private LoadImm64 subprog(R dst, SubprogRhsContext f) {
        if (!f.IDENT().getText().equals("subprog")) {
            throw error(f, "unknown reference '" + f.IDENT().getText() + "[...]'; bpftool writes a function as "
                    + "subprog[+N]");
        }
        if (dst.w) {
            throw error(dst.token, "a 64-bit load needs an r register");
        }
        long v = number(f.NUMBER().getSymbol());
        v = f.sign.getType() == BpfAsmLexer.MINUS ? -v : v;
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw error(f.NUMBER().getSymbol(), "function offset " + f.sign.getText() + f.NUMBER().getText()
                    + " does not fit in 32 bits");
        }
        return new LoadImm64(dst.reg, Pseudo.FUNC, (int) v, 0);
    }

    private long checkedU32(Token t) {
        long v = number(t);
        if (v < 0 || v > 0xffffffffL) {
            throw error(t, "number " + t.getText() + " does not fit in 32 bits");
        }
        return v;
    }

    private Built mov(R dst, MovRhsContext m) {
        OperandContext op = m.operand();
        boolean wide = m.LL() != null || opcodePrefix == 0x18;
        if (op.REG() != null) {
            if (m.LL() != null) {
                throw error(m.LL().getSymbol(), "'ll' loads a constant or a symbol, not a register");
            }
            R src = reg(op.REG());
            sameWidth(dst, src);
            return done(Alu.reg(!dst.w, AluOp.MOV, dst.reg, src.reg));
        }
        if (wide) {
            if (dst.w) {
                throw error(dst.token, "a 64-bit immediate load needs an r register: write r" + dst.reg.number());
            }
            if (op.expr() instanceof CoreExprContext c) {
                return done(LoadImm64.of(dst.reg, core(c)));
            }
            Expr e = expr(op.expr());
            if (builder == null) {
                return done(LoadImm64.of(dst.reg, evalPlain(e, 0)));
            }
            AsmBuilder.Value v = builder.tryConstant(e);
            if (v != null) {
                return done(LoadImm64.of(dst.reg, v.constant()));
            }
            return new Built(LoadImm64.of(dst.reg, 0), e, 0, 0);
        }
        if (op.expr() instanceof SymExprContext sym && builder != null) {
            String name = sym.getText();
            SymbolEntry known = builder.symbol(name, line, column(sym.getStart()));
            if (!known.isDefined() && name.matches("[a-zA-Z]+[0-9]+")) {
                throw error(sym, "unknown register '" + name + "'");
            }
            if (!known.absolute) {
                throw error(sym, "'" + name + "' is a symbol: write '" + dst.token.getText() + " = " + name
                        + " ll' to load its address");
            }
            // a .set constant is an immediate like any other
        }
        int imm = immOrCore(op.expr(), "; write '" + dst.token.getText() + " = " + op.expr().getText()
                + " ll' for a 64-bit constant");
        return done(Alu.imm(!dst.w, AluOp.MOV, dst.reg, imm));
    }

    private Insn endian(R dst, EndianRhsContext e) {
        Token t = e.IDENT().getSymbol();
        String s = t.getText();
        EndianOp op = s.startsWith("bswap") ? EndianOp.BSWAP : s.startsWith("be") ? EndianOp.BE
                : s.startsWith("le") ? EndianOp.LE : null;
        String bits = op == null ? "" : s.substring(op.mnemonic().length());
        if (op == null || !(bits.equals("16") || bits.equals("32") || bits.equals("64"))) {
            throw error(t, "unknown operation '" + s + "' (expected be16, le32, bswap64, ...)");
        }
        R src = reg(e.REG());
        if (dst.w || src.w) {
            throw error(dst.w ? dst.token : src.token, "byte swaps are written with r registers");
        }
        if (src.reg != dst.reg) {
            throw error(src.token, "byte swaps work in place: write " + dst.token.getText() + " = " + s + " "
                    + dst.token.getText());
        }
        return new Endian(op, dst.reg, Integer.parseInt(bits));
    }

    private Insn packet(R dst, PacketRhsContext p) {
        Size size = unsignedSize(p.sizeCast());
        if (size == Size.DW) {
            throw error(p.sizeCast(), "packet loads are u8, u16 or u32");
        }
        if (dst.w || dst.reg != Reg.R0) {
            throw error(dst.token, "packet loads write r0");
        }
        PktIndexContext ix = p.pktIndex();
        if (ix.REG() != null) {
            R src = rReg(ix.REG(), "the packet offset register");
            int imm = ix.expr() == null ? 0 : imm32(ix.expr(), "");
            return new LoadPacket(Mode.IND, size, src.reg, imm);
        }
        return new LoadPacket(Mode.ABS, size, Reg.R0, imm32(ix.expr(), ""));
    }

    /**
     * {@code atomic_fetch_add((u64 *)(r1 + 0), r2)} (LLVM and kernel), {@code atomic64_xchg}, {@code
     * atomic64_cmpxchg((u64 *)(r1 +0), r0, r2)} and {@code load_acquire((u64 *)(r2 +0))} (kernel).
     */
    private Insn atomicCall(R dst, AtomicCallRhsContext c) {
        Token nameTok = c.IDENT().getSymbol();
        String name = nameTok.getText();
        Size size = unsignedSize(c.typeCast());
        R addr = rReg(c.memRef().REG(), "an address register");
        short off = offset(c.memRef().offset());
        List<TerminalNode> args = c.REG();
        if (name.equals("load_acquire")) {
            expectArgs(c, args, 0);
            return new Atomic(size, AtomicOp.LOAD_ACQ, dst.reg, addr.reg, off);
        }
        boolean is64 = name.startsWith("atomic64_");
        String base = is64 ? name.substring(9) : name.startsWith("atomic_") ? name.substring(7) : "";
        AtomicOp op = switch (base) {
            case "fetch_add" -> AtomicOp.FETCH_ADD;
            case "fetch_or" -> AtomicOp.FETCH_OR;
            case "fetch_and" -> AtomicOp.FETCH_AND;
            case "fetch_xor" -> AtomicOp.FETCH_XOR;
            case "xchg" -> AtomicOp.XCHG;
            case "cmpxchg" -> AtomicOp.CMPXCHG;
            default -> throw error(nameTok, "unknown atomic operation '" + name + "'");
        };
        if (size != Size.W && size != Size.DW) {
            throw error(c.typeCast(), "atomic operations are u32 or u64");
        }
        if (is64 && size != Size.DW) {
            throw error(nameTok, name + " operates on u64");
        }
        return atomicOperands(dst, op, size, addr, off, c, args);
    }

    private Insn atomicOperands(R dst, AtomicOp op, Size size, R addr, short off, ParserRuleContext c,
            List<TerminalNode> args) {
        R src;
        if (op == AtomicOp.CMPXCHG) {
            expectArgs(c, args, 2);
            R expected = reg(args.get(0));
            if (expected.reg != Reg.R0 || dst.reg != Reg.R0) {
                throw error(expected.reg != Reg.R0 ? expected.token : dst.token,
                        "cmpxchg compares with and returns into r0");
            }
            sameWidth(dst, expected);
            src = reg(args.get(1));
        } else {
            expectArgs(c, args, 1);
            src = reg(args.get(0));
            if (src.reg != dst.reg) {
                throw error(src.token, "the fetched value returns in the operand register: write "
                        + src.token.getText() + " = ...");
            }
        }
        sameWidth(dst, src);
        if (src.w && size == Size.DW) {
            throw error(src.token, "a u64 atomic operation takes r registers");
        }
        return new Atomic(size, op, addr.reg, src.reg, off);
    }

    private void expectArgs(ParserRuleContext c, List<?> args, int n) {
        if (args.size() != n) {
            throw error(c, "expected " + n + " register operand" + (n == 1 ? "" : "s") + " after the address, found "
                    + args.size());
        }
    }

    /** {@code xchg_64(r1 + 0, r2)}, {@code cmpxchg32_32(r1 + 0, w0, w2)}, {@code addr_space_cast(r2, 1, 0)}. */
    private Insn regCall(R dst, RegCallRhsContext c) {
        Token nameTok = c.IDENT().getSymbol();
        String name = nameTok.getText();
        List<OperandContext> ops = c.operand();
        if (name.equals("addr_space_cast")) {
            R src = rReg(c.REG(), "the source of addr_space_cast");
            if (dst.w) {
                throw error(dst.token, "addr_space_cast writes an r register");
            }
            if (c.offset() != null || ops.size() != 2 || ops.get(0).expr() == null || ops.get(1).expr() == null) {
                throw error(c, "expected addr_space_cast(rS, DST_AS, SRC_AS)");
            }
            long to = constant(ops.get(0).expr(), "an address space");
            long from = constant(ops.get(1).expr(), "an address space");
            if (!(to == 1 && from == 0 || to == 0 && from == 1)) {
                throw error(ops.get(0), "addr_space_cast converts between address spaces 0 and 1 only");
            }
            return Alu.addrSpaceCast(dst.reg, src.reg, (int) to, (int) from);
        }
        AtomicOp op;
        Size size;
        switch (name) {
            case "xchg_64" -> { op = AtomicOp.XCHG; size = Size.DW; }
            case "xchg32_32" -> { op = AtomicOp.XCHG; size = Size.W; }
            case "cmpxchg_64" -> { op = AtomicOp.CMPXCHG; size = Size.DW; }
            case "cmpxchg32_32" -> { op = AtomicOp.CMPXCHG; size = Size.W; }
            default -> throw error(nameTok, "unknown operation '" + name + "'");
        }
        R addr = rReg(c.REG(), "an address register");
        List<TerminalNode> regs = new java.util.ArrayList<>();
        for (OperandContext o : ops) {
            if (o.REG() == null) {
                throw error(o, "expected a register");
            }
            regs.add(o.REG());
        }
        if (size == Size.W && !dst.w) {
            throw error(dst.token, name + " takes w registers");
        }
        return atomicOperands(dst, op, size, addr, offset(c.offset()), c, regs);
    }

    private Insn alu(AluInsnContext a) {
        R dst = reg(a.REG());
        Token opTok = a.aluOp().getStart();
        AluOp op = switch (opTok.getType()) {
            case BpfAsmLexer.ADD_A -> AluOp.ADD;
            case BpfAsmLexer.SUB_A -> AluOp.SUB;
            case BpfAsmLexer.MUL_A -> AluOp.MUL;
            case BpfAsmLexer.DIV_A -> AluOp.DIV;
            case BpfAsmLexer.OR_A -> AluOp.OR;
            case BpfAsmLexer.AND_A -> AluOp.AND;
            case BpfAsmLexer.LSH_A -> AluOp.LSH;
            case BpfAsmLexer.RSH_A -> AluOp.RSH;
            case BpfAsmLexer.ARSH_A -> AluOp.ARSH;
            case BpfAsmLexer.MOD_A -> AluOp.MOD;
            case BpfAsmLexer.XOR_A -> AluOp.XOR;
            case BpfAsmLexer.SDIV_A -> AluOp.SDIV;
            default -> AluOp.SMOD;
        };
        OperandContext o = a.operand();
        if (o.REG() != null) {
            R src = reg(o.REG());
            sameWidth(dst, src);
            return Alu.reg(!dst.w, op, dst.reg, src.reg);
        }
        return Alu.imm(!dst.w, op, dst.reg, immOrCore(o.expr(), ""));
    }

    private Insn store(StoreInsnContext s) {
        Size size = unsignedSize(s.sizeCast());
        R addr = rReg(s.memRef().REG(), "an address register");
        short off = memOffset(s.memRef().offset());
        OperandContext o = s.operand();
        if (o.REG() != null) {
            R src = reg(o.REG());
            if (src.w && size == Size.DW) {
                throw error(src.token, "a u64 store takes an r register");
            }
            return new StoreReg(size, addr.reg, src.reg, off);
        }
        return new StoreImm(size, addr.reg, off, immOrCore(o.expr(), ""));
    }

    private Insn lock(LockInsnContext l) {
        Size size = unsignedSize(l.sizeCast());
        if (size != Size.W && size != Size.DW) {
            throw error(l.sizeCast(), "atomic operations are u32 or u64");
        }
        R addr = rReg(l.memRef().REG(), "an address register");
        Token opTok = l.aluOp().getStart();
        AtomicOp op = switch (opTok.getType()) {
            case BpfAsmLexer.ADD_A -> AtomicOp.ADD;
            case BpfAsmLexer.OR_A -> AtomicOp.OR;
            case BpfAsmLexer.AND_A -> AtomicOp.AND;
            case BpfAsmLexer.XOR_A -> AtomicOp.XOR;
            default -> throw error(opTok, "'" + opTok.getText() + "' has no atomic form (+=, |=, &=, ^=)");
        };
        R src = reg(l.REG());
        if (src.w && size == Size.DW) {
            throw error(src.token, "a u64 atomic operation takes an r register");
        }
        return new Atomic(size, op, addr.reg, src.reg, offset(l.memRef().offset()));
    }

    private Built condJump(CondJumpInsnContext c) {
        R dst = reg(c.REG());
        Token opTok = c.cmpOp().getStart();
        JmpOp op = switch (opTok.getType()) {
            case BpfAsmLexer.EQ -> JmpOp.JEQ;
            case BpfAsmLexer.NE -> JmpOp.JNE;
            case BpfAsmLexer.GT -> JmpOp.JGT;
            case BpfAsmLexer.GE -> JmpOp.JGE;
            case BpfAsmLexer.LT -> JmpOp.JLT;
            case BpfAsmLexer.LE -> JmpOp.JLE;
            case BpfAsmLexer.SGT -> JmpOp.JSGT;
            case BpfAsmLexer.SGE -> JmpOp.JSGE;
            case BpfAsmLexer.SLT -> JmpOp.JSLT;
            case BpfAsmLexer.SLE -> JmpOp.JSLE;
            default -> JmpOp.JSET;
        };
        OperandContext o = c.operand();
        Jump j;
        if (o.REG() != null) {
            R src = reg(o.REG());
            sameWidth(dst, src);
            j = Jump.reg(dst.w, op, dst.reg, src.reg, 0);
        } else {
            j = Jump.imm(dst.w, op, dst.reg, imm32(o.expr(), ""), 0);
        }
        return jumpTo(j, c.target(), false);
    }

    private Built jumpTo(Insn placeholder, TargetContext target, boolean wide) {
        if (target instanceof RelTargetContext r) {
            Token n = r.NUMBER().getSymbol();
            long v = number(n);
            if (r.MINUS() != null) {
                v = -v;
            }
            long min = wide ? Integer.MIN_VALUE : Short.MIN_VALUE;
            long max = wide ? Integer.MAX_VALUE : Short.MAX_VALUE;
            if (v < min || v > max || (r.MINUS() == null && v < 0)) {
                throw error(r, "jump offset " + (r.MINUS() != null ? "-" : "+") + n.getText() + " is out of range ("
                        + min + " to " + max + ")");
            }
            int off = (int) v;
            return done(switch (placeholder.kind()) {
                case GOTO -> ((Goto) placeholder).withOffset(off);
                case JUMP -> ((Jump) placeholder).withOff(off);
                default -> MayGoto.of(off);
            });
        }
        LabelTargetContext l = (LabelTargetContext) target;
        Token t = l.symbol().getStart();
        if (builder == null) {
            throw error(t, "label '" + t.getText() + "' in a verifier log, which has numeric targets (pc+N)");
        }
        return new Built(placeholder, new Expr.Sym(builder.symbol(t.getText(), line, column(t)), line, column(t)),
                0, 0);
    }

    private Built call(CalleeContext c) {
        if (c instanceof RelCalleeContext r) {
            long v = number(r.NUMBER().getSymbol());
            if (r.MINUS() != null) {
                v = -v;
            }
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                throw error(r, "call offset out of 32-bit range");
            }
            return done(Call.local((int) v));
        }
        if (c instanceof KernelCalleeContext k) {
            return done(kernelCall(k));
        }
        ExprCalleeContext e = (ExprCalleeContext) c;
        if (builder == null) {
            // verifier log without '#': a helper by name, or a helper number
            if (e.expr() instanceof SymExprContext s) {
                Helper h = Helper.ofNameOrNull(s.getText());
                if (h == null) {
                    throw error(s, "unknown helper '" + s.getText() + "'");
                }
                return done(Call.helper(h.id()));
            }
            long v = constant(e.expr(), "a helper number");
            if (v < Integer.MIN_VALUE || v > 0xffffffffL) {
                throw error(e, "helper number " + v + " does not fit in 32 bits");
            }
            return done(Call.helper((int) v));
        }
        Expr target = expr(e.expr());
        AsmBuilder.Value v = builder.tryConstant(target);
        if (v != null) {
            if (v.constant() < Integer.MIN_VALUE || v.constant() > 0xffffffffL) {
                throw error(e, "helper number " + v.constant() + " does not fit in 32 bits");
            }
            return done(Call.helper((int) v.constant()));
        }
        return new Built(Call.local(-1), target, 0, 0);
    }

    /**
     * {@code name#id}: the kernel prints helpers as {@code name#id} (or {@code unknown#id}) and kernel functions as
     * {@code name#btf_id} (or {@code kernel-function#btf_id}); KernelStyle adds {@code [btf:I]} for a kernel
     * function of the BTF at fd-array index I, which the kernel leaves out.
     */
    private Call kernelCall(KernelCalleeContext k) {
        String name = k.symbol().getText() + (k.word == null ? "" : "-" + k.word.getText());
        if (k.word != null && !name.equals("kernel-function")) {
            throw error(k.word, "unknown callee '" + name + "' (the kernel prints kernel-function#ID for a kernel "
                    + "function it cannot name)");
        }
        long id = k.neg != null ? -number(k.id) : checkedU32(k.id);
        if (id < Integer.MIN_VALUE) {
            throw error(k.id, "number -" + k.id.getText() + " does not fit in 32 bits");
        }
        Helper h = Helper.ofNameOrNull(name);
        boolean helper = h != null || name.equals("unknown");
        if (k.key != null) {
            if (helper || !k.key.getText().equals("btf")) {
                throw error(k.key, helper ? "a helper call has no BTF index"
                        : "unknown field '" + k.key.getText() + "'; a kernel function's BTF is written [btf:I]");
            }
            long index = number(k.index);
            if (index < 0 || index > 0xffff) {
                throw error(k.index, "BTF fd-array index " + k.index.getText() + " does not fit the 16-bit offset "
                        + "field (0 to 65535)");
            }
            return new Call(CallKind.KFUNC, (int) id, (short) index);
        }
        if (helper) {
            if (h != null && h.id() != id) {
                throw error(k.id, "helper " + name + " is #" + h.id() + ", not #" + id);
            }
            return Call.helper((int) id);
        }
        return new Call(CallKind.KFUNC, (int) id, (short) 0);
    }
}
