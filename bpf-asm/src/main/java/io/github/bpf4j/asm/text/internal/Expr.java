package io.github.bpf4j.asm.text.internal;

/**
 * An assembler expression, kept past its line (the parse tree is not) so that it can be evaluated once every label
 * is known. Positions are 1-based line and column for error messages.
 */
sealed interface Expr {

    /** Where the expression starts. */
    int line();

    int column();

    record Num(long value, int line, int column) implements Expr {}

    /** A symbol reference; {@code sym} is the assembler's entry, created on first mention. */
    record Sym(SymbolEntry sym, int line, int column) implements Expr {}

    record Neg(Expr operand, int line, int column) implements Expr {}

    record Not(Expr operand, int line, int column) implements Expr {}

    /** {@code op} is one of {@code + - * /}. */
    record Bin(char op, Expr left, Expr right, int line, int column) implements Expr {}
}
