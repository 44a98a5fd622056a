package io.github.bpf4j.asm.text.internal;

import io.github.bpf4j.asm.text.Assembly;

/** The assembler's mutable record of one symbol while the input is read. */
final class SymbolEntry {
    final String name;
    /** A temporary label ({@code .L*} or the location counter {@code .}): never in the symbol table. */
    final boolean temporary;
    SectionBuilder section;
    long value;
    /** Set by {@code .set}/{@code .equ}: {@link #value} is a constant, the symbol sits in no section (SHN_ABS). */
    boolean absolute;
    /** Declared by {@code .comm}: {@link #value} is the alignment, the size the size (SHN_COMMON). */
    boolean common;
    int defLine;
    int defColumn;
    int refLine;
    int refColumn;
    Assembly.Binding explicitBinding;
    Assembly.SymbolType type = Assembly.SymbolType.NOTYPE;
    Assembly.Visibility visibility = Assembly.Visibility.DEFAULT;
    Expr sizeExpr;
    long sizeExprValue;
    /** Named by a directive or a relocation-capable reference, so it belongs in the symbol table. */
    boolean used;
    /** Order of first mention, for a stable symbol table. */
    final int order;

    SymbolEntry(String name, boolean temporary, int order) {
        this.name = name;
        this.temporary = temporary;
        this.order = order;
    }

    boolean isDefined() {
        return section != null || absolute;
    }

    Assembly.Binding binding() {
        if (explicitBinding != null) {
            return explicitBinding;
        }
        return isDefined() ? Assembly.Binding.LOCAL : Assembly.Binding.GLOBAL;
    }

    /** Local symbols are relocated through their section's symbol, as llvm-mc does for BPF. */
    boolean relocatesViaSection() {
        return isDefined() && binding() == Assembly.Binding.LOCAL;
    }
}
