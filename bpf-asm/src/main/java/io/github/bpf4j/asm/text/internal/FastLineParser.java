package io.github.bpf4j.asm.text.internal;

import io.github.bpf4j.asm.Alu;
import io.github.bpf4j.asm.AluOp;
import io.github.bpf4j.asm.Atomic;
import io.github.bpf4j.asm.AtomicOp;
import io.github.bpf4j.asm.Call;
import io.github.bpf4j.asm.Endian;
import io.github.bpf4j.asm.EndianOp;
import io.github.bpf4j.asm.Exit;
import io.github.bpf4j.asm.Goto;
import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.JmpOp;
import io.github.bpf4j.asm.Jump;
import io.github.bpf4j.asm.Load;
import io.github.bpf4j.asm.LoadImm64;
import io.github.bpf4j.asm.Reg;
import io.github.bpf4j.asm.Size;
import io.github.bpf4j.asm.StoreImm;
import io.github.bpf4j.asm.StoreReg;

/**
 * A hand-written recognizer for the instruction lines that make up nearly all of what {@code clang -S} and
 * {@code bpf4j disasm --plain} write: {@code rD = rS}, {@code rD op= imm}, {@code rD = imm ll}, loads, stores,
 * {@code atomic_fetch_add}, byte swaps, {@code if rA op rB goto +N}, {@code goto}, {@code call N}, {@code exit}
 * and a leading label. Building an ANTLR token list and parse tree costs far more than the instruction itself;
 * this scans the characters once.
 *
 * <p>The grammar (BpfAsm.g4 with {@link LineVisitor}) stays the definition of the language. This class accepts a
 * line only when it is certain of the grammar's reading and of the visitor's result, and returns null for
 * anything else (directives, expressions, symbols as operands, out-of-range values, every error): such lines go
 * to the grammar, which also writes every error message. Lexing follows the grammar's rules where they matter:
 * whitespace is {@code [ \t\r\n\f\u000b]}, an identifier, register or number runs over {@code [a-zA-Z0-9_.$]}
 * (a longer identifier wins over a keyword or register), operators are taken longest first. Numbers are decimal
 * without a leading zero or {@code 0x} hex; octal and binary go to the grammar. {@code FastLineParserTest} checks
 * that both readings agree.
 */
final class FastLineParser {

    /**
     * What a recognized line holds: an optional label, then an optional instruction whose jump target may be a
     * label (resolved by the builder).
     */
    record Fast(String label, int labelColumn, Insn insn, int insnColumn, String target, int targetColumn) {}

    private static final int NONE = -1;
    private static final int NO_REL_TARGET = Integer.MIN_VALUE;
    private static final int BAD_TARGET = Integer.MAX_VALUE;

    /** The line's characters (indexing an array is cheaper than String.charAt before the JIT has run). */
    private char[] b = new char[256];
    private int n;
    private int p;
    private int columnBase;
    private String target;
    private int targetColumn;

    /** The line's reading, or null when the grammar must read it. */
    Fast parse(String code, int columnBase) {
        this.n = code.length();
        if (b.length < n) {
            b = new char[Math.max(n, b.length * 2)];
        }
        code.getChars(0, n, b, 0);
        this.p = 0;
        this.columnBase = columnBase;
        this.target = null;
        return line();
    }

    private Fast line() {
        ws();
        String label = null;
        int labelColumn = 0;
        int start = p;
        // a label is a symbol then ':'; look for the ':' before checking the symbol (most lines have none)
        int tokEnd = p < n && b[p] == '.' ? identEnd(p + 1) : identEnd(p);
        int q = skipWs(tokEnd);
        if (tokEnd > p && q < n && b[q] == ':') {
            int symEnd = symbolEnd(p);
            if (symEnd == tokEnd) {
                label = new String(b, p, symEnd - p);
                labelColumn = columnBase + p;
                p = skipWs(q + 1);
                if (p == n) {
                    return new Fast(label, labelColumn, null, 0, null, 0);
                }
            }
        }
        start = p;
        Insn insn = insn();
        if (insn == null || skipWs(p) != n) {
            return null;
        }
        return new Fast(label, labelColumn, insn, columnBase + start, target, targetColumn);
    }

    private Insn insn() {
        if (p >= n) {
            return null;
        }
        char c = b[p];
        if (c == '*') {
            return store();
        }
        int r = reg();
        if (r != NONE) {
            return regFirst(r);
        }
        if (keyword("if")) {
            return condJump();
        }
        if (keyword("goto")) {
            int off = relTarget();
            if (off == BAD_TARGET) {
                return null;
            }
            if (off != NO_REL_TARGET) {
                return Goto.of(0).withOffset(off);
            }
            return labelTarget() ? Goto.of(0) : null;
        }
        if (keyword("call")) {
            ws();
            long v = number();
            if (v == Long.MIN_VALUE || v < Integer.MIN_VALUE || v > 0xffffffffL) {
                return null;
            }
            return Call.helper((int) v);
        }
        if (keyword("exit")) {
            return Exit.INSTANCE;
        }
        return null;
    }

    // ---- instruction shapes ----

    /** {@code rD = ...} and {@code rD op= ...}. */
    private Insn regFirst(int dst) {
        ws();
        if (p >= n) {
            return null;
        }
        if (b[p] == '=' && !at(p + 1, '=')) {
            p++;
            ws();
            return assign(dst);
        }
        AluOp op = aluOp();
        if (op == null) {
            return null;
        }
        ws();
        int src = reg();
        if (src != NONE) {
            return isW(src) == isW(dst) ? Alu.reg(!isW(dst), op, regOf(dst), regOf(src)) : null;
        }
        long v = signedNumber();
        return fitsImm32(v) ? Alu.imm(!isW(dst), op, regOf(dst), (int) v) : null;
    }

    private Insn assign(int dst) {
        if (p >= n) {
            return null;
        }
        char c = b[p];
        if (c == '*') {
            return load(dst);
        }
        int src = reg();
        if (src != NONE) {
            return isW(src) == isW(dst) && skipWs(p) == n ? Alu.reg(!isW(dst), AluOp.MOV, regOf(dst), regOf(src))
                    : null;
        }
        if (c == '-' || isDigit(c)) {
            long v = signedNumber();
            if (v == Long.MIN_VALUE) {
                return null;
            }
            ws();
            if (p == n) {
                return fitsImm32(v) ? Alu.imm(!isW(dst), AluOp.MOV, regOf(dst), (int) v) : null;
            }
            if (keyword("ll") && !isW(dst)) {
                return LoadImm64.of(regOf(dst), v);
            }
            return null;
        }
        int nameEnd = identEnd(p);
        if (nameEnd == p || !isIdentStart(c)) {
            return null;
        }
        String name = new String(b, p, nameEnd - p);
        p = nameEnd;
        ws();
        if (at(p, '(')) {
            return atomic(dst, name);
        }
        return endian(dst, name);
    }

    /** {@code rD = be16 rD}: in place, on r registers. */
    private Insn endian(int dst, String name) {
        EndianOp op = name.startsWith("bswap") ? EndianOp.BSWAP : name.startsWith("be") ? EndianOp.BE
                : name.startsWith("le") ? EndianOp.LE : null;
        if (op == null) {
            return null;
        }
        String bits = name.substring(op.mnemonic().length());
        if (!(bits.equals("16") || bits.equals("32") || bits.equals("64"))) {
            return null;
        }
        int src = reg();
        if (src != dst || isW(dst)) {
            return null;
        }
        return new Endian(op, regOf(dst), Integer.parseInt(bits));
    }

    /** {@code rD = atomic_fetch_add((u64 *)(rA + off), rD)} and its or/and/xor/xchg siblings. */
    private Insn atomic(int dst, String name) {
        boolean is64 = name.startsWith("atomic64_");
        String base = is64 ? name.substring(9) : name.startsWith("atomic_") ? name.substring(7) : "";
        AtomicOp op = switch (base) {
            case "fetch_add" -> AtomicOp.FETCH_ADD;
            case "fetch_or" -> AtomicOp.FETCH_OR;
            case "fetch_and" -> AtomicOp.FETCH_AND;
            case "fetch_xor" -> AtomicOp.FETCH_XOR;
            case "xchg" -> AtomicOp.XCHG;
            default -> null;
        };
        if (op == null || !expect('(')) {
            return null;
        }
        Size size = typeCast();
        if (size != Size.W && size != Size.DW || b[sizeStart] == 's' || is64 && size != Size.DW) {
            return null;
        }
        long mem = memRef();
        if (mem == Long.MIN_VALUE || !expect(',')) {
            return null;
        }
        ws();
        int src = reg();
        if (src != dst || !expect(')') || isW(src) && size == Size.DW) {
            return null;
        }
        return new Atomic(size, op, memReg(mem), regOf(src), memOff(mem));
    }

    private Insn load(int dst) {
        p++;
        ws();
        Size size = typeCast();
        if (size == null) {
            return null;
        }
        boolean signed = b[sizeStart] == 's';
        if (isW(dst) && (signed || size == Size.DW) || signed && size == Size.DW) {
            return null;
        }
        long mem = memRef();
        if (mem == Long.MIN_VALUE) {
            return null;
        }
        return new Load(size, signed, regOf(dst), memReg(mem), memOff(mem));
    }

    private Insn store() {
        p++;
        ws();
        Size size = typeCast();
        if (size == null || b[sizeStart] == 's') {
            return null;
        }
        long mem = memRef();
        if (mem == Long.MIN_VALUE) {
            return null;
        }
        ws();
        if (!at(p, '=') || at(p + 1, '=')) {
            return null;
        }
        p++;
        ws();
        int src = reg();
        if (src != NONE) {
            return isW(src) && size == Size.DW ? null : new StoreReg(size, memReg(mem), regOf(src), memOff(mem));
        }
        long v = signedNumber();
        return fitsImm32(v) ? new StoreImm(size, memReg(mem), memOff(mem), (int) v) : null;
    }

    private Insn condJump() {
        ws();
        int dst = reg();
        if (dst == NONE) {
            return null;
        }
        ws();
        JmpOp op = cmpOp();
        if (op == null) {
            return null;
        }
        ws();
        Jump j;
        int src = reg();
        if (src != NONE) {
            if (isW(src) != isW(dst)) {
                return null;
            }
            j = Jump.reg(isW(dst), op, regOf(dst), regOf(src), 0);
        } else {
            long v = signedNumber();
            if (!fitsImm32(v)) {
                return null;
            }
            j = Jump.imm(isW(dst), op, regOf(dst), (int) v, 0);
        }
        ws();
        if (!keyword("goto")) {
            return null;
        }
        int off = relTarget();
        if (off == BAD_TARGET) {
            return null;
        }
        if (off != NO_REL_TARGET) {
            return j.withOff(off);
        }
        return labelTarget() ? j : null;
    }

    /**
     * {@code +N} or {@code -N} within 16 bits; NO_REL_TARGET when the target does not start with a sign,
     * BAD_TARGET when it does but is not a number in range.
     */
    private int relTarget() {
        ws();
        if (p >= n || b[p] != '+' && b[p] != '-') {
            return NO_REL_TARGET;
        }
        boolean minus = b[p] == '-';
        p++;
        ws();
        long v = number();
        if (v == Long.MIN_VALUE) {
            return BAD_TARGET;
        }
        if (minus) {
            v = -v;
        }
        if (v < Short.MIN_VALUE || v > Short.MAX_VALUE || !minus && v < 0) {
            return BAD_TARGET;
        }
        return (int) v;
    }

    /** A label as a jump target; sets {@link #target}. */
    private boolean labelTarget() {
        ws();
        int end = symbolEnd(p);
        if (end == p) {
            return false;
        }
        target = new String(b, p, end - p);
        targetColumn = columnBase + p;
        p = end;
        return true;
    }

    // ---- operands ----

    private int sizeStart;

    /** {@code (u32 *)}: the size, with {@link #sizeStart} at its name; null when not this shape. */
    private Size typeCast() {
        if (!expect('(')) {
            return null;
        }
        ws();
        int end = identEnd(p);
        if (end - p < 2 || end - p > 3) {
            return null;
        }
        char sign = b[p];
        if (sign != 'u' && sign != 's') {
            return null;
        }
        Size size = switch (new String(b, p + 1, end - p - 1)) {
            case "8" -> Size.B;
            case "16" -> Size.H;
            case "32" -> Size.W;
            case "64" -> Size.DW;
            default -> null;
        };
        sizeStart = p;
        p = end;
        return size != null && expect('*') && expect(')') ? size : null;
    }

    /** {@code (rA)}, {@code (rA + N)}, {@code (rA - N)}: register and offset packed, or Long.MIN_VALUE. */
    private long memRef() {
        if (!expect('(')) {
            return Long.MIN_VALUE;
        }
        ws();
        int r = reg();
        if (r == NONE || isW(r)) {
            return Long.MIN_VALUE;
        }
        ws();
        long off = 0;
        if (p < n && (b[p] == '+' || b[p] == '-')) {
            boolean minus = b[p] == '-';
            p++;
            ws();
            long v = number();
            if (v == Long.MIN_VALUE) {
                return Long.MIN_VALUE;
            }
            off = minus ? -v : v;
            if (off < Short.MIN_VALUE || off > Short.MAX_VALUE) {
                return Long.MIN_VALUE;
            }
        }
        if (!expect(')')) {
            return Long.MIN_VALUE;
        }
        return ((long) r << 16) | (off & 0xffff);
    }

    private static Reg memReg(long mem) {
        return Reg.of((int) (mem >>> 16));
    }

    private static short memOff(long mem) {
        return (short) mem;
    }

    /** Skips blanks, then expects a character. */
    private boolean expect(char c) {
        ws();
        if (p < n && b[p] == c) {
            p++;
            return true;
        }
        return false;
    }

    /**
     * A register token {@code r0}..{@code r10} or {@code w0}..{@code w10} as (w ? 16 : 0) | number, or NONE
     * (position unchanged) when the next token is not one.
     */
    private int reg() {
        if (p >= n) {
            return NONE;
        }
        char c = b[p];
        if (c != 'r' && c != 'w') {
            return NONE;
        }
        int end = identEnd(p);
        int num;
        if (end == p + 2 && isDigit(b[p + 1])) {
            num = b[p + 1] - '0';
        } else if (end == p + 3 && b[p + 1] == '1' && b[p + 2] == '0') {
            num = 10;
        } else {
            return NONE;
        }
        p = end;
        return (c == 'w' ? 16 : 0) | num;
    }

    private static boolean isW(int reg) {
        return (reg & 16) != 0;
    }

    private static Reg regOf(int reg) {
        return Reg.of(reg & 15);
    }

    /** A number, or '-' then a number (the grammar's negExpr over numExpr), or Long.MIN_VALUE. */
    private long signedNumber() {
        if (p < n && b[p] == '-') {
            p++;
            ws();
            long v = number();
            return v == Long.MIN_VALUE ? v : -v;
        }
        return number();
    }

    /**
     * An unsigned number token as the visitor reads it (64-bit two's complement), or Long.MIN_VALUE for none or
     * for spellings left to the grammar (octal, binary, more digits than surely fit).
     */
    private long number() {
        if (p >= n || !isDigit(b[p])) {
            return Long.MIN_VALUE;
        }
        int end = identEnd(p);
        long v = 0;
        if (end - p > 2 && b[p] == '0' && (b[p + 1] == 'x' || b[p + 1] == 'X')) {
            if (end - p > 18) {
                return Long.MIN_VALUE;
            }
            for (int i = p + 2; i < end; i++) {
                int d = Character.digit(b[i], 16);
                if (d < 0) {
                    return Long.MIN_VALUE;
                }
                v = v << 4 | d;
            }
        } else {
            if (end - p > 18 || end - p > 1 && b[p] == '0') {
                return Long.MIN_VALUE;
            }
            for (int i = p; i < end; i++) {
                char c = b[i];
                if (!isDigit(c)) {
                    return Long.MIN_VALUE;
                }
                v = v * 10 + (c - '0');
            }
        }
        // v is Long.MIN_VALUE only for 0x8000000000000000, which then goes to the grammar
        p = end;
        return v;
    }

    private static boolean fitsImm32(long v) {
        return v != Long.MIN_VALUE && v >= Integer.MIN_VALUE && v <= 0xffffffffL;
    }

    private AluOp aluOp() {
        AluOp op;
        int len;
        char c = b[p];
        switch (c) {
            case '+' -> { op = AluOp.ADD; len = 2; }
            case '-' -> { op = AluOp.SUB; len = 2; }
            case '*' -> { op = AluOp.MUL; len = 2; }
            case '/' -> { op = AluOp.DIV; len = 2; }
            case '|' -> { op = AluOp.OR; len = 2; }
            case '&' -> { op = AluOp.AND; len = 2; }
            case '%' -> { op = AluOp.MOD; len = 2; }
            case '^' -> { op = AluOp.XOR; len = 2; }
            case '<' -> { op = AluOp.LSH; len = 3; }
            case '>' -> { op = AluOp.RSH; len = 3; }
            case 's' -> {
                char d = p + 1 < n ? b[p + 1] : 0;
                if (d == '>') {
                    op = AluOp.ARSH;
                    len = 4;
                } else if (d == '/') {
                    op = AluOp.SDIV;
                    len = 3;
                } else if (d == '%') {
                    op = AluOp.SMOD;
                    len = 3;
                } else {
                    return null;
                }
            }
            default -> { return null; }
        }
        // the spelled operator: its first len-1 characters then '='; for << and >> and s>> the middle repeats
        if (p + len > n || b[p + len - 1] != '=') {
            return null;
        }
        if (len == 3 && (c == '<' || c == '>') && b[p + 1] != c
                || len == 4 && b[p + 2] != '>') {
            return null;
        }
        p += len;
        return op;
    }

    private JmpOp cmpOp() {
        if (p >= n) {
            return null;
        }
        char c = b[p];
        boolean eq = at(p + 1, '=');
        JmpOp op;
        int len;
        switch (c) {
            case '=' -> { op = JmpOp.JEQ; len = 2; if (!eq) { return null; } }
            case '!' -> { op = JmpOp.JNE; len = 2; if (!eq) { return null; } }
            case '>' -> { op = eq ? JmpOp.JGE : JmpOp.JGT; len = eq ? 2 : 1; }
            case '<' -> { op = eq ? JmpOp.JLE : JmpOp.JLT; len = eq ? 2 : 1; }
            case '&' -> { op = JmpOp.JSET; len = 1; if (eq) { return null; } }
            case 's' -> {
                char d = p + 1 < n ? b[p + 1] : 0;
                boolean eq2 = at(p + 2, '=');
                if (d == '>') {
                    op = eq2 ? JmpOp.JSGE : JmpOp.JSGT;
                } else if (d == '<') {
                    op = eq2 ? JmpOp.JSLE : JmpOp.JSLT;
                } else {
                    return null;
                }
                len = eq2 ? 3 : 2;
            }
            default -> { return null; }
        }
        p += len;
        return op;
    }

    // ---- characters ----

    /**
     * The end of a symbol token at {@code i} (an IDENT or DIRECTIVE of the grammar that is not a keyword or a
     * register), or {@code i} when there is none.
     */
    private int symbolEnd(int i) {
        if (i >= n) {
            return i;
        }
        char c = b[i];
        int end;
        if (c == '.') {
            if (i + 1 >= n || !isIdentPart(b[i + 1]) || b[i + 1] == '.') {
                return i;
            }
            end = identEnd(i + 1);
            if (end == i + 8 && startsWith(".section", i)) {
                return i;
            }
            return end;
        }
        if (!isIdentStart(c)) {
            return i;
        }
        end = identEnd(i);
        switch (new String(b, i, end - i)) {
            case "if", "goto", "gotol", "may_goto", "call", "callx", "exit", "lock", "ll", "skb", "pc",
                    "ld_pseudo", "store_release" -> {
                return i;
            }
            default -> { }
        }
        if ((c == 'r' || c == 'w') && end > i + 1) {
            boolean digits = true;
            for (int k = i + 1; k < end; k++) {
                digits &= isDigit(b[k]);
            }
            if (digits) {
                return i;
            }
        }
        return end;
    }

    /** Accepts a keyword followed by a token boundary. */
    private boolean keyword(String k) {
        if (startsWith(k, p) && identEnd(p) == p + k.length()) {
            p += k.length();
            return true;
        }
        return false;
    }

    private boolean startsWith(String k, int i) {
        if (i + k.length() > n) {
            return false;
        }
        for (int j = 0; j < k.length(); j++) {
            if (b[i + j] != k.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private boolean at(int i, char c) {
        return i < n && b[i] == c;
    }

    private int identEnd(int i) {
        while (i < n && isIdentPart(b[i])) {
            i++;
        }
        return i;
    }

    private void ws() {
        p = skipWs(p);
    }

    private int skipWs(int i) {
        while (i < n && isWs(b[i])) {
            i++;
        }
        return i;
    }

    private static boolean isWs(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == 0x0b;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$';
    }

    private static boolean isIdentPart(char c) {
        return isIdentStart(c) || isDigit(c) || c == '.';
    }
}
