package io.github.bpf4j.asm.text.internal;

import io.github.bpf4j.asm.text.Assembly;
import io.github.bpf4j.asm.text.Assembly.SectionFlag;
import io.github.bpf4j.asm.text.Assembly.SectionType;
import io.github.bpf4j.asm.text.internal.BpfAsmParser.*;
import java.io.ByteArrayOutputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * The directives of llvm-mc's ELF assembler that clang writes for BPF. DWARF-only ones ({@code .loc},
 * {@code .file N "dir" "name"}, {@code .cfi_*}) are accepted and ignored, and {@code .debug_*} sections are parsed
 * but dropped: we do not generate DWARF.
 */
final class DirectiveHandler {

    private final LineVisitor v;
    private final AsmBuilder b;

    DirectiveHandler(LineVisitor v, AsmBuilder b) {
        this.v = v;
        this.b = b;
    }

    private int col(Token t) {
        return v.column(t);
    }

    void directive(DirectiveContext ctx) {
        if (ctx instanceof SectionDirectiveContext s) {
            section(s);
            return;
        }
        GenericDirectiveContext g = (GenericDirectiveContext) ctx;
        Token name = g.DIRECTIVE().getSymbol();
        List<DirArgContext> args = g.dirArg();
        switch (name.getText()) {
            case ".text" -> simpleSection(name, args, ".text");
            case ".data" -> simpleSection(name, args, ".data");
            case ".bss" -> simpleSection(name, args, ".bss");
            case ".rodata" -> simpleSection(name, args, ".rodata");
            case ".previous" -> {
                noArgs(name, args);
                b.switchToPrevious(v.line(), col(name));
            }
            case ".globl", ".global" -> binding(name, args, Assembly.Binding.GLOBAL);
            case ".weak" -> binding(name, args, Assembly.Binding.WEAK);
            case ".local" -> binding(name, args, Assembly.Binding.LOCAL);
            case ".hidden" -> visibility(name, args, Assembly.Visibility.HIDDEN);
            case ".internal" -> visibility(name, args, Assembly.Visibility.INTERNAL);
            case ".protected" -> visibility(name, args, Assembly.Visibility.PROTECTED);
            case ".type" -> type(name, args);
            case ".size" -> {
                count(name, args, 2, 2);
                SymbolEntry s = symbolArg(args.get(0));
                b.setSize(s, exprArg(args.get(1)));
            }
            case ".p2align" -> align(name, args, true);
            case ".balign", ".align" -> align(name, args, false);
            case ".file" -> file(name, args);
            case ".loc", ".cfi_sections", ".cfi_startproc", ".cfi_endproc", ".cfi_def_cfa", ".cfi_offset",
                    ".cfi_def_cfa_offset", ".cfi_restore", ".cfi_def_cfa_register" -> {
                // DWARF line and frame information: not generated
            }
            case ".addrsig" -> {
                noArgs(name, args);
                b.setAddrsig();
            }
            case ".addrsig_sym" -> {
                count(name, args, 1, 1);
                b.addAddrsigSymbol(symbolArg(args.get(0)));
            }
            case ".byte" -> values(name, args, 1);
            case ".short", ".hword", ".2byte", ".value" -> values(name, args, 2);
            case ".long", ".word", ".4byte", ".int" -> values(name, args, 4);
            case ".quad", ".8byte" -> values(name, args, 8);
            case ".ascii" -> strings(name, args, false);
            case ".asciz", ".string" -> strings(name, args, true);
            case ".zero", ".space", ".skip" -> fill(name, args);
            case ".set", ".equ" -> {
                count(name, args, 2, 2);
                SymbolEntry s = symbolArg(args.get(0));
                // llvm-mc also takes symbols assigned further down and aliases of labels; we take constants only
                long value = constArg(args.get(1), "the value of " + name.getText() + " (numbers, symbols "
                        + "assigned above)");
                b.assign(s, value, v.line(), col(args.get(0).getStart()));
            }
            case ".comm" -> {
                count(name, args, 2, 3);
                SymbolEntry s = symbolArg(args.get(0));
                long size = constArg(args.get(1), "a size");
                long alignment = args.size() == 3 ? constArg(args.get(2), "an alignment") : 1;
                if (size < 0 || alignment <= 0 || (alignment & (alignment - 1)) != 0) {
                    throw v.error(args.get(size < 0 ? 1 : 2), ".comm takes a size of 0 or more and a power-of-two"
                            + " alignment");
                }
                b.common(s, size, alignment, v.line(), col(args.get(0).getStart()));
            }
            case ".bpf_map" -> bpfMap(name, args);
            case ".uleb128" -> leb(name, args, false);
            case ".sleb128" -> leb(name, args, true);
            default -> throw v.error(name, "unknown directive '" + name.getText() + "'");
        }
    }

    /** {@code .bpf_map NAME, TYPE, KEY_SIZE, VALUE_SIZE, MAX_ENTRIES[, FLAGS]}: bpf4j's map declaration. */
    private void bpfMap(Token name, List<DirArgContext> args) {
        count(name, args, 5, 6);
        SymbolEntry s = symbolArg(args.get(0));
        DirArgContext typeArg = args.get(1);
        String type;
        if (typeArg instanceof ExprArgContext e && e.expr() instanceof SymExprContext sym
                && sym.getText().matches("[a-z][a-z0-9_]*")) {
            type = sym.getText();
        } else if (typeArg instanceof ExprArgContext e && e.expr() instanceof NumExprContext) {
            type = String.valueOf(v.constant(e.expr(), "a map type"));
        } else {
            throw v.error(typeArg, "expected a map type as the kernel spells it in lower case without BPF_MAP_TYPE_ "
                    + "(hash, array, perf_event_array, ringbuf, ...) or its number, found '" + typeArg.getText()
                    + "'");
        }
        long[] values = new long[4];
        String[] what = {"a key size", "a value size", "a maximum number of entries", "map flags"};
        for (int i = 2; i < args.size(); i++) {
            long x = constArg(args.get(i), what[i - 2]);
            if (x < 0 || x > 0xffffffffL) {
                throw v.error(args.get(i), what[i - 2] + " is an unsigned 32-bit value, not " + x);
            }
            values[i - 2] = x;
        }
        if (s.isDefined()) {
            throw v.error(args.get(0), "symbol '" + s.name + "' is already defined at line " + s.defLine);
        }
        b.declareMap(s, new Assembly.MapDefinition(s.name, type, values[0], values[1], values[2], values[3]),
                v.line(), col(args.get(0).getStart()));
    }

    private void noArgs(Token name, List<DirArgContext> args) {
        if (!args.isEmpty()) {
            throw v.error(args.get(0), name.getText() + " takes no arguments");
        }
    }

    private void count(Token name, List<DirArgContext> args, int min, int max) {
        if (args.size() < min || args.size() > max) {
            String want = min == max ? String.valueOf(min) : min + " to " + max;
            throw v.error(args.size() > max ? args.get(max).getStart() : name, name.getText() + " takes " + want
                    + " argument" + (max == 1 ? "" : "s") + ", found " + args.size());
        }
    }

    private Expr exprArg(DirArgContext a) {
        if (a instanceof ExprArgContext e) {
            return v.expr(e.expr());
        }
        throw v.error(a, "expected an expression, found '" + a.getText() + "'");
    }

    private long constArg(DirArgContext a, String what) {
        if (a instanceof ExprArgContext e) {
            return v.constant(e.expr(), what);
        }
        throw v.error(a, "expected " + what + ", found '" + a.getText() + "'");
    }

    private SymbolEntry symbolArg(DirArgContext a) {
        if (a instanceof ExprArgContext e && e.expr() instanceof SymExprContext s && !s.getText().equals(".")) {
            Token t = s.getStart();
            SymbolEntry sym = b.symbol(t.getText(), v.line(), col(t));
            b.declare(sym);
            return sym;
        }
        throw v.error(a, "expected a symbol name, found '" + a.getText() + "'");
    }

    private String stringArg(DirArgContext a, String what) {
        if (a instanceof StringArgContext s) {
            return unquote(s.STRING().getSymbol());
        }
        throw v.error(a, "expected " + what + " in quotes, found '" + a.getText() + "'");
    }

    // ---- sections ----

    private void simpleSection(Token name, List<DirArgContext> args, String section) {
        noArgs(name, args);
        SectionBuilder s = b.findSection(section);
        if (s == null) {
            s = b.section(section, defaultType(section), defaultFlags(section), 0);
        }
        b.switchTo(s);
    }

    /** llvm-mc's defaults for a section named without flags (ELFAsmParser, by name prefix). */
    private static Set<SectionFlag> defaultFlags(String name) {
        if (name.equals(".text") || name.startsWith(".text.")) {
            return EnumSet.of(SectionFlag.ALLOC, SectionFlag.EXECINSTR);
        }
        if (name.equals(".rodata") || name.startsWith(".rodata.")) {
            return EnumSet.of(SectionFlag.ALLOC);
        }
        if (name.equals(".data") || name.startsWith(".data.") || name.equals(".bss") || name.startsWith(".bss.")) {
            return EnumSet.of(SectionFlag.ALLOC, SectionFlag.WRITE);
        }
        return EnumSet.noneOf(SectionFlag.class);
    }

    private static SectionType defaultType(String name) {
        return name.equals(".bss") || name.startsWith(".bss.") ? SectionType.NOBITS : SectionType.PROGBITS;
    }

    private void section(SectionDirectiveContext s) {
        SectionNameContext n = s.sectionName();
        String name = n.STRING() != null && n.getChildCount() == 1 ? unquote(n.STRING().getSymbol())
                : rawText(n);
        List<DirArgContext> args = s.dirArg();
        Token at = n.getStart();
        if (name.isEmpty()) {
            throw v.error(at, ".section needs a name");
        }
        Set<SectionFlag> flags = defaultFlags(name);
        SectionType type = defaultType(name);
        int entrySize = 0;
        boolean explicit = false;
        if (args.size() >= 1) {
            flags = flags(args.get(0));
            explicit = true;
        }
        if (args.size() >= 2) {
            DirArgContext t = args.get(1);
            if (!(t instanceof TypeArgContext ta)) {
                throw v.error(t, "expected a section type such as @progbits, found '" + t.getText() + "'");
            }
            type = switch (ta.IDENT().getText()) {
                case "progbits" -> SectionType.PROGBITS;
                case "nobits" -> SectionType.NOBITS;
                default -> throw v.error(t, "unsupported section type '" + t.getText()
                        + "' (expected @progbits or @nobits)");
            };
        }
        if (flags.contains(SectionFlag.MERGE)) {
            if (args.size() < 3) {
                throw v.error(args.isEmpty() ? at : args.get(args.size() - 1).getStart(),
                        "a mergeable section ('M') needs an entry size");
            }
            long e = constArg(args.get(2), "an entry size");
            if (e < 1 || e > 1 << 16) {
                throw v.error(args.get(2), "entry size " + e + " out of range");
            }
            entrySize = (int) e;
            if (args.size() > 3) {
                throw v.error(args.get(3), "unsupported .section argument '" + args.get(3).getText() + "'");
            }
        } else if (args.size() > 2) {
            throw v.error(args.get(2), "unsupported .section argument '" + args.get(2).getText() + "'");
        }
        SectionBuilder existing = b.findSection(name);
        if (existing != null) {
            if (explicit && (!existing.flags.equals(flags) || existing.type != type)) {
                throw v.error(at, "section " + name + " was declared with other flags or type");
            }
            b.switchTo(existing);
            return;
        }
        b.switchTo(b.section(name, type, flags, entrySize));
    }

    private Set<SectionFlag> flags(DirArgContext a) {
        String s = stringArg(a, "a flag string");
        Set<SectionFlag> flags = EnumSet.noneOf(SectionFlag.class);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            SectionFlag f = null;
            for (SectionFlag candidate : SectionFlag.values()) {
                if (candidate.letter() == c) {
                    f = candidate;
                }
            }
            if (f == null) {
                throw new io.github.bpf4j.asm.text.AsmSyntaxException(b.file(), v.line(), col(a.getStart()) + 1 + i,
                        "unknown section flag '" + c + "' (known: a w x M S T R e)", "section flag");
            }
            flags.add(f);
        }
        return flags;
    }

    /** The section name as written, for names like tp/foo that are not one token. */
    private static String rawText(ParserRuleContext n) {
        Token first = n.getStart();
        Token last = n.getStop();
        return first.getInputStream().getText(
                org.antlr.v4.runtime.misc.Interval.of(first.getStartIndex(), last.getStopIndex()));
    }

    // ---- symbols ----

    private void binding(Token name, List<DirArgContext> args, Assembly.Binding binding) {
        if (args.isEmpty()) {
            throw v.error(name, name.getText() + " needs a symbol name");
        }
        for (DirArgContext a : args) {
            symbolArg(a).explicitBinding = binding;
        }
    }

    private void visibility(Token name, List<DirArgContext> args, Assembly.Visibility vis) {
        if (args.isEmpty()) {
            throw v.error(name, name.getText() + " needs a symbol name");
        }
        for (DirArgContext a : args) {
            symbolArg(a).visibility = vis;
        }
    }

    private void type(Token name, List<DirArgContext> args) {
        count(name, args, 2, 2);
        SymbolEntry s = symbolArg(args.get(0));
        DirArgContext t = args.get(1);
        String kind = t instanceof TypeArgContext ta ? ta.IDENT().getText()
                : t instanceof StringArgContext st ? unquote(st.STRING().getSymbol()) : "";
        s.type = switch (kind) {
            case "function", "STT_FUNC" -> Assembly.SymbolType.FUNC;
            case "object", "STT_OBJECT" -> Assembly.SymbolType.OBJECT;
            case "notype", "STT_NOTYPE" -> Assembly.SymbolType.NOTYPE;
            default -> throw v.error(t, "unsupported symbol type '" + t.getText()
                    + "' (expected @function, @object or @notype)");
        };
    }

    private void file(Token name, List<DirArgContext> args) {
        if (args.size() == 1 && args.get(0) instanceof StringArgContext) {
            b.addFileSymbol(stringArg(args.get(0), "a file name"));
            return;
        }
        if (args.isEmpty()) {
            throw v.error(name, ".file needs a file name");
        }
        // '.file N "dir" "name" [md5 ...]' fills the DWARF file table only
        constArg(args.get(0), "a file number");
    }

    // ---- data ----

    private void align(Token name, List<DirArgContext> args, boolean power) {
        count(name, args, 1, 3);
        long n = constArg(args.get(0), "an alignment");
        long alignment;
        if (power) {
            if (n < 0 || n > 16) {
                throw v.error(args.get(0), "alignment 2^" + n + " out of range (0 to 16)");
            }
            alignment = 1L << n;
        } else {
            if (n < 1 || n > 1 << 16 || Long.bitCount(n) != 1) {
                throw v.error(args.get(0), "alignment " + n + " is not a power of two from 1 to 65536");
            }
            alignment = n;
        }
        Integer fill = null;
        if (args.size() >= 2 && !args.get(1).getText().isEmpty()) {
            long f = constArg(args.get(1), "a fill byte");
            if (f < -128 || f > 255) {
                throw v.error(args.get(1), "fill value " + f + " does not fit in a byte");
            }
            fill = (int) f & 0xff;
        }
        long max = args.size() == 3 ? constArg(args.get(2), "a maximum") : 0;
        b.align(alignment, fill, max, v.line(), col(name));
    }

    private void values(Token name, List<DirArgContext> args, int width) {
        if (args.isEmpty()) {
            throw v.error(name, name.getText() + " needs at least one value");
        }
        for (DirArgContext a : args) {
            b.emitValue(width, exprArg(a), v.line(), col(a.getStart()));
        }
    }

    private void strings(Token name, List<DirArgContext> args, boolean nul) {
        if (args.isEmpty()) {
            throw v.error(name, name.getText() + " needs a string");
        }
        for (DirArgContext a : args) {
            byte[] bytes = stringBytes(a);
            b.emitBytes(bytes, v.line(), col(a.getStart()));
            if (nul) {
                b.emitBytes(new byte[1], v.line(), col(a.getStart()));
            }
        }
    }

    private void fill(Token name, List<DirArgContext> args) {
        count(name, args, 1, 2);
        long n = constArg(args.get(0), "a size");
        if (n < 0 || n > SectionBuilder.MAX_SIZE) {
            throw v.error(args.get(0), "size " + n + " out of range (0 to " + SectionBuilder.MAX_SIZE + ")");
        }
        int fill = 0;
        if (args.size() == 2) {
            long f = constArg(args.get(1), "a fill byte");
            if (f < -128 || f > 255) {
                throw v.error(args.get(1), "fill value " + f + " does not fit in a byte");
            }
            fill = (int) f & 0xff;
        }
        b.emitFill(n, fill, v.line(), col(name));
    }

    private void leb(Token name, List<DirArgContext> args, boolean signed) {
        if (args.isEmpty()) {
            throw v.error(name, name.getText() + " needs a value");
        }
        for (DirArgContext a : args) {
            long x = constArg(a, "a constant");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (signed) {
                boolean more = true;
                while (more) {
                    int byteVal = (int) (x & 0x7f);
                    x >>= 7;
                    more = !((x == 0 && (byteVal & 0x40) == 0) || (x == -1 && (byteVal & 0x40) != 0));
                    out.write(more ? byteVal | 0x80 : byteVal);
                }
            } else {
                do {
                    int byteVal = (int) (x & 0x7f);
                    x >>>= 7;
                    out.write(x != 0 ? byteVal | 0x80 : byteVal);
                } while (x != 0);
            }
            b.emitBytes(out.toByteArray(), v.line(), col(a.getStart()));
        }
    }

    // ---- strings ----

    private byte[] stringBytes(DirArgContext a) {
        if (!(a instanceof StringArgContext s)) {
            throw v.error(a, "expected a string in quotes, found '" + a.getText() + "'");
        }
        return decode(s.STRING().getSymbol());
    }

    private String unquote(Token t) {
        return new String(decode(t), java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** The bytes of a string literal with GNU as escapes: {@code \n \t \" \\ \b \f \r}, octal {@code \101}, hex {@code \x41}. */
    private byte[] decode(Token t) {
        String s = t.getText();
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int end = s.length() - 1;
        for (int i = 1; i < end; i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                if (c > 0x7f) {
                    byte[] utf8 = String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    out.write(utf8, 0, utf8.length);
                } else {
                    out.write(c);
                }
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> out.write('\n');
                case 't' -> out.write('\t');
                case 'r' -> out.write('\r');
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case '"' -> out.write('"');
                case '\\' -> out.write('\\');
                case 'x', 'X' -> {
                    int val = 0;
                    int digits = 0;
                    while (i + 1 < end && Character.digit(s.charAt(i + 1), 16) >= 0) {
                        val = (val * 16 + Character.digit(s.charAt(++i), 16)) & 0xff;
                        digits++;
                    }
                    if (digits == 0) {
                        throw new io.github.bpf4j.asm.text.AsmSyntaxException(b.file(), v.line(), col(t) + i,
                                "\\x needs hex digits", "hex digit");
                    }
                    out.write(val);
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int val = e - '0';
                        int digits = 1;
                        while (digits < 3 && i + 1 < end && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '7') {
                            val = val * 8 + (s.charAt(++i) - '0');
                            digits++;
                        }
                        out.write(val & 0xff);
                    } else {
                        throw new io.github.bpf4j.asm.text.AsmSyntaxException(b.file(), v.line(), col(t) + i - 1,
                                "unknown escape '\\" + e + "' in string", null);
                    }
                }
            }
        }
        return out.toByteArray();
    }
}
