package io.github.bpf4j.asm.text.internal;

import io.github.bpf4j.asm.text.AsmSyntaxException;
import org.antlr.v4.runtime.Token;

/** Where the line being handled sits in the input, for columns and error messages. */
final class LinePos {
    String file;
    int line;
    /** The 1-based column of the parsed text's first character. */
    int columnBase;
    int codeLength;
    /** For verifier-log lines: the 1-based column of the opcode prefix. */
    int opcodeColumn;

    void set(String file, int line, int columnBase, int codeLength, int opcodeColumn) {
        this.file = file;
        this.line = line;
        this.columnBase = columnBase;
        this.codeLength = codeLength;
        this.opcodeColumn = opcodeColumn;
    }

    /** The 1-based column of a token; end of line for EOF. */
    int column(Token t) {
        if (t.getType() == Token.EOF) {
            return columnBase + codeLength;
        }
        return columnBase + t.getCharPositionInLine();
    }

    AsmSyntaxException error(Token t, String reason, String expected) {
        return new AsmSyntaxException(file, line, column(t), reason, expected);
    }
}
