package io.github.bpf4j.asm.text.internal;

import io.github.bpf4j.asm.Call;
import io.github.bpf4j.asm.CoreRef;
import io.github.bpf4j.asm.CoreRelocation;
import io.github.bpf4j.asm.CoreResolver;
import io.github.bpf4j.asm.Goto;
import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.Jump;
import io.github.bpf4j.asm.LoadImm64;
import io.github.bpf4j.asm.MayGoto;
import io.github.bpf4j.asm.text.AsmSyntaxException;
import io.github.bpf4j.asm.text.Assembly;
import io.github.bpf4j.asm.text.Assembly.Binding;
import io.github.bpf4j.asm.text.Assembly.RelocationType;
import io.github.bpf4j.asm.text.Assembly.SectionFlag;
import io.github.bpf4j.asm.text.Assembly.SectionType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects sections, symbols and fixups while lines are read, then resolves every fixup the way llvm-mc 19 does
 * for the BPF target (BPFAsmBackend::applyFixup, BPFELFObjectWriter::getRelocType, and ELFObjectWriter's choice
 * of relocating local symbols through their section symbol), so that the bytes and relocations come out the same.
 */
public final class AsmBuilder {

    /** Bounds the recursion of expression evaluation, like the parser's nesting limit. */
    static final int MAX_EXPR_DEPTH = 1100;

    private final String file;
    private final Map<String, SectionBuilder> sections = new LinkedHashMap<>();
    private final Map<String, SymbolEntry> symbols = new HashMap<>();
    private final List<Fixup> fixups = new ArrayList<>();
    private final List<String> fileSymbols = new ArrayList<>();
    private final List<SymbolEntry> addrsigSymbols = new ArrayList<>();
    private boolean addrsig;
    private SectionBuilder current;
    private SectionBuilder previous;
    private int symbolOrder;
    private int anonymous;

    private enum FixupKind { JUMP, GOTOL, CALL, IMM64, DATA }

    private record Fixup(FixupKind kind, SectionBuilder section, long offset, int insnIndex, int width, Expr expr,
            int line, int column) {}

    /** Answers CO-RE references; null when the caller gave no BTF. */
    private final CoreResolver coreResolver;
    /** The CO-RE reference of the instruction being assembled, recorded when it is emitted. */
    private PendingCore pendingCore;
    private final Map<SectionBuilder, List<CoreRelocation>> coreRelocations = new LinkedHashMap<>();
    private final List<Assembly.MapDefinition> maps = new ArrayList<>();

    private record PendingCore(CoreRef ref, CoreResolver.Resolved resolved, int line, int column) {}

    public AsmBuilder(String file) {
        this(file, null);
    }

    /** {@code coreResolver} answers {@code core(...)} operands; null makes them an error. */
    public AsmBuilder(String file, CoreResolver coreResolver) {
        this.file = file;
        this.coreResolver = coreResolver;
        // llvm-mc always creates .text first, aligned to 4 (MCELFStreamer::initSections)
        current = section(".text", SectionType.PROGBITS, EnumSet.of(SectionFlag.ALLOC, SectionFlag.EXECINSTR), 0);
        current.alignment = 4;
    }

    String file() {
        return file;
    }

    AsmSyntaxException error(int line, int column, String message) {
        return new AsmSyntaxException(file, line, column, message, null);
    }

    // ---- sections ----

    SectionBuilder section(String name, SectionType type, Set<SectionFlag> flags, int entrySize) {
        return sections.computeIfAbsent(name, n -> new SectionBuilder(n, type, flags, entrySize, 1));
    }

    SectionBuilder findSection(String name) {
        return sections.get(name);
    }

    void switchTo(SectionBuilder s) {
        if (s != current) {
            previous = current;
            current = s;
        }
    }

    void switchToPrevious(int line, int column) {
        if (previous == null) {
            throw error(line, column, ".previous without a section to return to");
        }
        switchTo(previous);
    }

    SectionBuilder current() {
        return current;
    }

    long here() {
        return current.size;
    }

    private long reserve(long n, int line, int column) {
        long at = current.reserve(n);
        if (at < 0) {
            throw error(line, column, "section " + current.name + " would grow past " + SectionBuilder.MAX_SIZE
                    + " bytes");
        }
        return at;
    }

    // ---- symbols ----

    SymbolEntry symbol(String name, int line, int column) {
        SymbolEntry s = symbols.get(name);
        if (s == null) {
            s = new SymbolEntry(name, name.startsWith(".L"), symbolOrder++);
            s.refLine = line;
            s.refColumn = column;
            symbols.put(name, s);
        }
        return s;
    }

    /** The location counter {@code .}: a fresh temporary label here. */
    SymbolEntry locationCounter() {
        SymbolEntry s = new SymbolEntry(".L.dot" + anonymous++, true, symbolOrder++);
        s.section = current;
        s.value = current.size;
        return s;
    }

    void defineLabel(String name, int line, int column) {
        SymbolEntry s = symbol(name, line, column);
        if (s.isDefined()) {
            throw error(line, column, "symbol '" + name + "' is already defined at line " + s.defLine);
        }
        s.section = current;
        s.value = current.size;
        s.defLine = line;
        s.defColumn = column;
        s.used = true;
    }

    /**
     * {@code .set name, value} and {@code .equ}: an absolute symbol, as llvm-mc 19 makes one for a constant (a
     * local NOTYPE symbol in SHN_ABS holding the last value assigned; uses before a later assignment keep the value
     * they saw). Only constants are taken: llvm-mc's symbol aliases and variables over labels are not supported.
     */
    void assign(SymbolEntry s, long value, int line, int column) {
        if (s.isDefined() && !s.absolute || s.common) {
            throw error(line, column, "symbol '" + s.name + "' is already defined at line " + s.defLine
                    + "; .set and .equ can only assign a symbol they define");
        }
        s.absolute = true;
        s.value = value;
        s.defLine = line;
        s.defColumn = column;
        s.used = true;
    }

    /** {@code .comm name, size[, alignment]}: a common symbol (global OBJECT in SHN_COMMON), as llvm-mc 19 writes. */
    void common(SymbolEntry s, long size, long alignment, int line, int column) {
        if (s.isDefined()) {
            throw error(line, column, "symbol '" + s.name + "' is already defined at line " + s.defLine);
        }
        s.common = true;
        s.value = alignment;
        s.sizeExprValue = size;
        s.type = Assembly.SymbolType.OBJECT;
        s.defLine = line;
        s.used = true;
    }

    void declare(SymbolEntry s) {
        s.used = true;
    }

    void addFileSymbol(String name) {
        fileSymbols.add(name);
    }

    void setAddrsig() {
        addrsig = true;
    }

    void addAddrsigSymbol(SymbolEntry s) {
        s.used = true;
        addrsigSymbols.add(s);
    }

    // ---- content ----

    private void requireBits(int line, int column, String what) {
        if (current.isNobits()) {
            throw error(line, column, what + " in section " + current.name
                    + ", which has no bits (@nobits): only zeros may go there");
        }
    }

    /** Places an instruction whose fields are final. */
    void emit(Insn insn, int line, int column) {
        requireBits(line, column, "an instruction");
        long at = reserve(insn.slots() * 8L, line, column);
        current.addInsn(at, insn);
        takeCore(at);
    }

    /**
     * Resolves a CO-RE reference of the instruction being assembled and returns its local value; the relocation is
     * recorded when the instruction is emitted.
     */
    long resolveCore(CoreRef ref, int line, int column) {
        if (coreResolver == null) {
            throw error(line, column, ref + " needs BTF to resolve against: give the assembler a CoreResolver "
                    + "(bpf4j asm --btf FILE; the default is /sys/kernel/btf/vmlinux)");
        }
        if (pendingCore != null) {
            throw error(line, column, "one CO-RE reference per instruction: this one already has "
                    + pendingCore.ref());
        }
        CoreResolver.Resolved r;
        try {
            r = coreResolver.resolve(ref);
        } catch (IllegalArgumentException e) {
            throw error(line, column, ref + ": " + e.getMessage());
        }
        pendingCore = new PendingCore(ref, r, line, column);
        return r.localValue();
    }

    private void takeCore(long at) {
        if (pendingCore == null) {
            return;
        }
        if (!current.isCode()) {
            throw error(pendingCore.line(), pendingCore.column(), "a CO-RE reference in section " + current.name
                    + ", which is not code (flag x): loaders relocate instructions of program sections only");
        }
        coreRelocations.computeIfAbsent(current, k -> new ArrayList<>())
                .add(CoreRelocation.of(at, pendingCore.ref(), pendingCore.resolved()));
        pendingCore = null;
    }

    /**
     * {@code .bpf_map}: the map's definition, 8 zero bytes per field, under a global object symbol in section
     * {@code .maps}, as clang lays out a BTF-defined map; the current section stays current.
     */
    void declareMap(SymbolEntry s, Assembly.MapDefinition def, int line, int column) {
        SectionBuilder was = current;
        SectionBuilder before = previous;
        current = section(".maps", SectionType.PROGBITS, EnumSet.of(SectionFlag.WRITE, SectionFlag.ALLOC), 0);
        current.alignment = Math.max(current.alignment, 8);
        long pad = -current.size & 7;
        long at = reserve(pad, line, column);
        for (long i = 0; i < pad; i++) {
            current.put(at + i, 1, 0);
        }
        defineLabel(s.name, line, column);
        s.explicitBinding = Assembly.Binding.GLOBAL;
        s.type = Assembly.SymbolType.OBJECT;
        long size = def.fieldCount() * 8L;
        s.sizeExpr = new Expr.Num(size, line, column);
        at = reserve(size, line, column);
        for (long i = 0; i < size; i++) {
            current.put(at + i, 1, 0);
        }
        current = was;
        previous = before;
        maps.add(def);
    }

    /** Places a jump, call or 64-bit load whose target is an expression resolved at the end. */
    void emitWithTarget(Insn placeholder, Expr target, int line, int column) {
        requireBits(line, column, "an instruction");
        long at = reserve(placeholder.slots() * 8L, line, column);
        int index = current.addInsn(at, placeholder);
        takeCore(at);
        FixupKind kind = switch (placeholder.kind()) {
            case GOTO -> ((Goto) placeholder).wide() ? FixupKind.GOTOL : FixupKind.JUMP;
            case JUMP, MAY_GOTO -> FixupKind.JUMP;
            case CALL -> FixupKind.CALL;
            case LOAD_IMM64 -> FixupKind.IMM64;
            default -> throw new IllegalStateException("no target in " + placeholder);
        };
        // errors about the target point at it, not at the mnemonic
        fixups.add(new Fixup(kind, current, at, index, 0, target, target.line(), target.column()));
    }

    void emitBytes(byte[] data, int line, int column) {
        if (data.length == 0) {
            return;
        }
        if (current.isNobits()) {
            for (byte b : data) {
                if (b != 0) {
                    requireBits(line, column, "non-zero data");
                }
            }
        }
        long at = reserve(data.length, line, column);
        if (!current.isNobits()) {
            System.arraycopy(data, 0, current.bytes, (int) at, data.length);
        }
    }

    void emitFill(long count, int fill, int line, int column) {
        if (count < 0) {
            throw error(line, column, "negative size " + count);
        }
        if (fill != 0) {
            requireBits(line, column, "non-zero fill");
        }
        long at = reserve(count, line, column);
        if (fill != 0) {
            for (long i = 0; i < count; i++) {
                current.bytes[(int) (at + i)] = (byte) fill;
            }
        }
    }

    /** A data field of {@code width} bytes holding {@code e}, resolved now when it is a constant. */
    void emitValue(int width, Expr e, int line, int column) {
        Value v = tryConstant(e);
        if (v != null) {
            checkFits(width, v.constant, e);
            if (v.constant != 0) {
                requireBits(line, column, "non-zero data");
            }
            long at = reserve(width, line, column);
            if (!current.isNobits()) {
                current.put(at, width, v.constant);
            }
            return;
        }
        requireBits(e.line(), e.column(), "a relocated value");
        long at = reserve(width, line, column);
        fixups.add(new Fixup(FixupKind.DATA, current, at, -1, width, e, e.line(), e.column()));
    }

    private void checkFits(int width, long value, Expr e) {
        if (width == 8) {
            return;
        }
        long min = -(1L << (8 * width - 1));
        long max = (1L << (8 * width)) - 1;
        if (value < min || value > max) {
            throw error(e.line(), e.column(), "value " + value + " does not fit in " + width
                    + (width == 1 ? " byte" : " bytes"));
        }
    }

    /**
     * Aligns the location counter. In a code section without a fill value the gap is filled with llvm-mc's BPF
     * no-op ({@code BPFAsmBackend::writeNopData}: the 64-bit word 0x15000000), which exists only in whole slots.
     */
    void align(long alignment, Integer fill, long maxSkip, int line, int column) {
        if (alignment > current.alignment) {
            current.alignment = alignment;
        }
        long pad = (alignment - (current.size % alignment)) % alignment;
        if (pad == 0 || (maxSkip > 0 && pad > maxSkip)) {
            return;
        }
        if (fill == null && current.isCode() && !current.isNobits()) {
            if (pad % 8 != 0) {
                throw error(line, column, "cannot pad " + pad + " bytes of code section " + current.name
                        + " with no-op instructions, which are 8 bytes");
            }
            long at = reserve(pad, line, column);
            for (long p = at; p < at + pad; p += 8) {
                current.put(p, 8, 0x15000000L);
            }
            return;
        }
        emitFill(pad, fill == null ? 0 : fill, line, column);
    }

    // ---- expressions ----

    /** A symbol plus a constant, minus at most one symbol (differences resolve when both share a section). */
    record Value(SymbolEntry plus, SymbolEntry minus, long constant) {
        boolean isConstant() {
            return plus == null && minus == null;
        }
    }

    /** The constant value of an expression whose symbols are already defined, or null. */
    Value tryConstant(Expr e) {
        if (!allDefined(e, 0)) {
            return null;
        }
        Value v = eval(e, 0);
        return v.isConstant() ? v : null;
    }

    private boolean allDefined(Expr e, int depth) {
        if (depth > MAX_EXPR_DEPTH) {
            return true;
        }
        if (e instanceof Expr.Num) {
            return true;
        }
        if (e instanceof Expr.Sym s) {
            return s.sym().isDefined();
        }
        if (e instanceof Expr.Neg n) {
            return allDefined(n.operand(), depth + 1);
        }
        if (e instanceof Expr.Not n) {
            return allDefined(n.operand(), depth + 1);
        }
        Expr.Bin b = (Expr.Bin) e;
        return allDefined(b.left(), depth + 1) && allDefined(b.right(), depth + 1);
    }

    Value eval(Expr e, int depth) {
        if (depth > MAX_EXPR_DEPTH) {
            throw error(e.line(), e.column(), "expression nested deeper than " + MAX_EXPR_DEPTH);
        }
        if (e instanceof Expr.Num n) {
            return new Value(null, null, n.value());
        }
        if (e instanceof Expr.Sym s) {
            // an absolute symbol stands for its value as it is now (.set may assign it again further down)
            return s.sym().absolute ? new Value(null, null, s.sym().value) : new Value(s.sym(), null, 0);
        }
        if (e instanceof Expr.Neg n) {
            Value v = simplify(eval(n.operand(), depth + 1));
            if (v.plus != null && v.minus == null) {
                return new Value(null, v.plus, -v.constant);
            }
            requireConstant(v, n, "negate");
            return new Value(null, null, -v.constant);
        }
        if (e instanceof Expr.Not n) {
            Value v = simplify(eval(n.operand(), depth + 1));
            requireConstant(v, n, "complement");
            return new Value(null, null, ~v.constant);
        }
        Expr.Bin b = (Expr.Bin) e;
        Value l = simplify(eval(b.left(), depth + 1));
        Value r = simplify(eval(b.right(), depth + 1));
        switch (b.op()) {
            case '+': {
                if (r.plus != null && l.plus != null || r.minus != null && l.minus != null) {
                    throw error(b.line(), b.column(), "cannot add two symbols");
                }
                return simplify(new Value(l.plus != null ? l.plus : r.plus, l.minus != null ? l.minus : r.minus,
                        l.constant + r.constant));
            }
            case '-': {
                if (r.minus != null && l.plus != null || r.plus != null && l.minus != null) {
                    throw error(b.line(), b.column(), "expression too complex to relocate");
                }
                return simplify(new Value(l.plus != null ? l.plus : r.minus, l.minus != null ? l.minus : r.plus,
                        l.constant - r.constant));
            }
            default: {
                requireConstant(l, b, "multiply or divide");
                requireConstant(r, b, "multiply or divide");
                if (b.op() == '*') {
                    return new Value(null, null, l.constant * r.constant);
                }
                if (r.constant == 0) {
                    throw error(b.line(), b.column(), "division by zero");
                }
                return new Value(null, null, l.constant / r.constant);
            }
        }
    }

    private Value simplify(Value v) {
        if (v.plus != null && v.minus != null && v.plus.isDefined() && v.minus.isDefined()
                && v.plus.section == v.minus.section) {
            return new Value(null, null, v.constant + v.plus.value - v.minus.value);
        }
        return v;
    }

    private void requireConstant(Value v, Expr e, String what) {
        if (!v.isConstant()) {
            throw error(e.line(), e.column(), "cannot " + what + " a symbol");
        }
    }

    // ---- finishing ----

    /** Resolves every fixup and returns the result. */
    public Assembly finish() {
        for (Fixup f : fixups) {
            resolve(f);
        }
        for (SymbolEntry s : symbols.values()) {
            if (s.sizeExpr != null) {
                Value v = eval(s.sizeExpr, 0);
                if (!v.isConstant()) {
                    throw error(s.sizeExpr.line(), s.sizeExpr.column(), "the size of '" + s.name
                            + "' is not a constant");
                }
                s.sizeExprValue = v.constant;
            }
        }
        return build();
    }

    private void resolve(Fixup f) {
        Value v = simplify(eval(f.expr, 0));
        if (v.minus != null) {
            SymbolEntry m = v.minus;
            if (!m.isDefined()) {
                throw undefined(m, f);
            }
            throw error(f.line, f.column, "cannot relocate a difference of symbols in different sections ('"
                    + (v.plus == null ? "" : v.plus.name) + "' - '" + m.name + "')");
        }
        SymbolEntry s = v.plus;
        if (s != null && !s.isDefined() && s.temporary) {
            throw undefined(s, f);
        }
        SectionBuilder sec = f.section;
        switch (f.kind) {
            case JUMP, GOTOL -> resolveJump(f, sec, s, v.constant);
            case CALL -> resolveCall(f, sec, s, v.constant);
            case IMM64 -> {
                LoadImm64 ld = (LoadImm64) sec.insns.get(f.insnIndex).insn();
                if (s == null) {
                    sec.replaceInsn(f.insnIndex, ld.withImms((int) v.constant, (int) (v.constant >>> 32)));
                    return;
                }
                long inPlace = relocate(f, s, RelocationType.BPF_64_64, v.constant);
                // BPFAsmBackend writes the low 32 bits of the value into the first immediate only
                sec.replaceInsn(f.insnIndex, ld.withImms((int) inPlace, ld.nextImm()));
            }
            case DATA -> resolveData(f, sec, s, v.constant);
        }
    }

    private AsmSyntaxException undefined(SymbolEntry s, Fixup f) {
        return error(f.line, f.column, "undefined label '" + s.name + "'");
    }

    private void resolveJump(Fixup f, SectionBuilder sec, SymbolEntry s, long constant) {
        if (s == null) {
            throw error(f.line, f.column, "a jump target is a label or a relative offset like +3, not a constant");
        }
        if (!s.isDefined()) {
            throw error(f.line, f.column, "undefined label '" + s.name + "'");
        }
        if (s.section != sec) {
            throw error(f.line, f.column, "jump target '" + s.name + "' is in section " + s.section.name
                    + ", not in " + sec.name);
        }
        long delta = s.value + constant - (f.offset + 8);
        if (delta % 8 != 0) {
            throw error(f.line, f.column, "jump target '" + s.name + "' is not on an instruction boundary");
        }
        long slots = delta / 8;
        Insn old = sec.insns.get(f.insnIndex).insn();
        if (f.kind == FixupKind.GOTOL) {
            if (slots < Integer.MIN_VALUE || slots > Integer.MAX_VALUE) {
                throw error(f.line, f.column, "jump target '" + s.name + "' is " + slots
                        + " instructions away, out of gotol's 32-bit range");
            }
            sec.replaceInsn(f.insnIndex, ((Goto) old).withOffset((int) slots));
            return;
        }
        if (slots < Short.MIN_VALUE || slots > Short.MAX_VALUE) {
            throw error(f.line, f.column, "jump target '" + s.name + "' is " + slots
                    + " instructions away; the 16-bit offset reaches -32768 to 32767"
                    + (old instanceof Goto ? " (gotol reaches further)" : ""));
        }
        Insn patched = switch (old.kind()) {
            case GOTO -> ((Goto) old).withOffset((int) slots);
            case JUMP -> ((Jump) old).withOff((int) slots);
            case MAY_GOTO -> MayGoto.of((int) slots);
            default -> throw new IllegalStateException(old.toString());
        };
        sec.replaceInsn(f.insnIndex, patched);
    }

    private void resolveCall(Fixup f, SectionBuilder sec, SymbolEntry s, long constant) {
        long value;
        if (s == null) {
            // call of a constant: a helper number (src 0)
            if (constant < Integer.MIN_VALUE || constant > 0xffffffffL) {
                throw error(f.line, f.column, "helper number " + constant + " does not fit in 32 bits");
            }
            sec.replaceInsn(f.insnIndex, Call.helper((int) constant));
            return;
        }
        if (s.isDefined() && s.section == sec && s.relocatesViaSection()) {
            // a local function of the same section: resolved PC-relative, no relocation
            value = s.value + constant - f.offset;
        } else {
            value = relocate(f, s, RelocationType.BPF_64_32, constant);
        }
        int imm = (int) Long.divideUnsigned(value - 8, 8);
        sec.replaceInsn(f.insnIndex, Call.local(imm));
    }

    private void resolveData(Fixup f, SectionBuilder sec, SymbolEntry s, long constant) {
        if (s == null) {
            checkFits(f.width, constant, f.expr);
            sec.put(f.offset, f.width, constant);
            return;
        }
        RelocationType type;
        if (f.width == 8) {
            type = RelocationType.BPF_64_ABS64;
        } else if (f.width == 4) {
            type = RelocationType.BPF_64_ABS32;
            if (s.isDefined()) {
                Set<SectionFlag> fl = s.section.flags;
                boolean alloc = fl.contains(SectionFlag.ALLOC);
                if (s.temporary ? alloc && fl.contains(SectionFlag.EXECINSTR)
                        : alloc && fl.contains(SectionFlag.WRITE)) {
                    type = RelocationType.BPF_64_NODYLD32;
                }
            }
        } else {
            throw error(f.line, f.column, "a " + f.width + "-byte field cannot hold a relocation against '"
                    + s.name + "' (BPF relocates 4- and 8-byte fields)");
        }
        long inPlace = relocate(f, s, type, constant);
        sec.put(f.offset, f.width, inPlace);
    }

    /** Records a relocation and returns the addend that goes in place. */
    private long relocate(Fixup f, SymbolEntry s, RelocationType type, long constant) {
        SectionBuilder sec = f.section;
        long offset = f.offset;
        if (sec.discarded) {
            return 0;
        }
        if (s.relocatesViaSection()) {
            s.section.sectionSymbolUse = s;
            sec.relocs.add(new SectionBuilder.PendingReloc(offset, null, s.section, type, f.line, f.column));
            return s.value + constant;
        }
        s.used = true;
        sec.relocs.add(new SectionBuilder.PendingReloc(offset, s, null, type, f.line, f.column));
        return constant;
    }

    private Assembly build() {
        List<Assembly.Symbol> out = new ArrayList<>();
        for (String f : fileSymbols) {
            out.add(new Assembly.Symbol(f, null, 0, 0, Assembly.SymbolType.FILE, Binding.LOCAL,
                    Assembly.Visibility.DEFAULT));
        }
        Map<SectionBuilder, Assembly.Symbol> sectionSymbols = new IdentityHashMap<>();
        for (SectionBuilder sec : sections.values()) {
            if (sec.sectionSymbolUse != null && !sec.discarded) {
                Assembly.Symbol sym = new Assembly.Symbol(sec.name, sec.name, 0, 0, Assembly.SymbolType.SECTION,
                        Binding.LOCAL, Assembly.Visibility.DEFAULT);
                sectionSymbols.put(sec, sym);
                out.add(sym);
            }
        }
        List<SymbolEntry> named = new ArrayList<>();
        for (SymbolEntry s : symbols.values()) {
            if (!s.temporary && s.used && (s.section == null || !s.section.discarded)) {
                named.add(s);
            }
        }
        named.sort(Comparator.comparingInt(s -> s.order));
        Map<SymbolEntry, Assembly.Symbol> byEntry = new IdentityHashMap<>();
        for (SymbolEntry s : named) {
            String where = s.absolute ? Assembly.Symbol.ABSOLUTE : s.common ? Assembly.Symbol.COMMON
                    : s.isDefined() ? s.section.name : null;
            Assembly.Symbol sym = new Assembly.Symbol(s.name, where, s.value,
                    s.sizeExprValue, s.type, s.binding(), s.visibility);
            byEntry.put(s, sym);
            out.add(sym);
        }
        List<Assembly.Section> secs = new ArrayList<>();
        for (SectionBuilder sec : sections.values()) {
            if (sec.discarded) {
                continue;
            }
            List<Assembly.Relocation> relocs = new ArrayList<>(sec.relocs.size());
            for (SectionBuilder.PendingReloc r : sec.relocs) {
                Assembly.Symbol target = r.symbol() != null ? byEntry.get(r.symbol())
                        : sectionSymbols.get(r.viaSection());
                relocs.add(new Assembly.Relocation(r.offset(), target, r.type()));
            }
            relocs.sort(Comparator.comparingLong(Assembly.Relocation::offset));
            byte[] content = sec.isNobits() ? new byte[0] : java.util.Arrays.copyOf(sec.bytes, (int) sec.size);
            secs.add(new Assembly.Section(sec.name, sec.type, sec.flags, sec.entrySize, sec.alignment, sec.size,
                    content, sec.insns, relocs));
        }
        List<Assembly.Symbol> sig = new ArrayList<>();
        for (SymbolEntry s : addrsigSymbols) {
            Assembly.Symbol sym = byEntry.get(s);
            if (sym != null) {
                sig.add(sym);
            }
        }
        Map<String, List<CoreRelocation>> core = new LinkedHashMap<>();
        for (SectionBuilder sec : sections.values()) {
            List<CoreRelocation> relos = coreRelocations.get(sec);
            if (relos != null && !sec.discarded) {
                core.put(sec.name, relos);
            }
        }
        return new Assembly(secs, out, addrsig, sig, core, maps);
    }

    /**
     * The instructions of the one section that has any, for output as bare instruction bytes: refused when a
     * relocation or data between instructions would be lost. Call after {@link #finish()}.
     */
    public java.util.List<Insn> bareInstructions() {
        SectionBuilder code = null;
        for (SectionBuilder sec : sections.values()) {
            if (sec.insns.isEmpty() || sec.discarded) {
                continue;
            }
            if (code != null) {
                throw new AsmSyntaxException(file, 1, 1, "instructions in two sections (" + code.name + " and "
                        + sec.name + "); a bare instruction list holds one", null);
            }
            code = sec;
        }
        if (code == null) {
            return List.of();
        }
        if (!code.relocs.isEmpty()) {
            SectionBuilder.PendingReloc r = code.relocs.get(0);
            String target = r.symbol() != null ? r.symbol().name : r.viaSection().name;
            throw error(r.line(), r.column(), "this instruction needs a relocation against '" + target
                    + "', which a bare instruction list cannot carry; assemble to an object instead");
        }
        long expect = 0;
        List<Insn> out = new ArrayList<>(code.insns.size());
        for (Assembly.PlacedInsn p : code.insns) {
            if (p.offset() != expect) {
                throw new AsmSyntaxException(file, 1, 1, "section " + code.name + " has data at offset " + expect
                        + " between instructions; a bare instruction list holds instructions only", null);
            }
            out.add(p.insn());
            expect = p.offset() + p.insn().slots() * 8L;
        }
        if (expect != code.size) {
            throw new AsmSyntaxException(file, 1, 1, "section " + code.name + " has data after its last instruction"
                    + "; a bare instruction list holds instructions only", null);
        }
        return out;
    }

    /** Symbols referenced by {@code .size} need their value after all labels are known. */
    void setSize(SymbolEntry s, Expr size) {
        s.used = true;
        s.sizeExpr = size;
    }
}
