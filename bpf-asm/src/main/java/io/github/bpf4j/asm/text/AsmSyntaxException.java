package io.github.bpf4j.asm.text;

/**
 * Assembly text that cannot be assembled. The message reads {@code file:line:column: message}, like a compiler's;
 * line and column count from 1, the column in characters (a tab is one).
 */
public final class AsmSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String reason;
    private final String expected;

    /**
     * @param file     the input's name as given to the assembler
     * @param line     1-based line
     * @param column   1-based column
     * @param reason   what is wrong, without the location
     * @param expected what would have been accepted at that point, or {@code null} when that says nothing useful
     */
    public AsmSyntaxException(String file, int line, int column, String reason, String expected) {
        super(file + ":" + line + ":" + column + ": " + reason);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
        this.expected = expected;
    }

    /** The input's name. */
    public String file() {
        return file;
    }

    /** The 1-based line. */
    public int line() {
        return line;
    }

    /** The 1-based column. */
    public int column() {
        return column;
    }

    /** The message without its location. */
    public String reason() {
        return reason;
    }

    /** What the assembler would have accepted there (for example {@code "register"}), or {@code null}. */
    public String expected() {
        return expected;
    }
}
