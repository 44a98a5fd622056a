package io.github.bpf4j.asm.text.internal;

/**
 * A parsed line with its position, handed from the parsing thread to the assembling one.
 *
 * @param tree         the parse tree, or null when {@code fast} holds the line
 * @param line         the 1-based line number
 * @param columnBase   the 1-based column of the parsed text
 * @param codeLength   the length of the parsed text
 * @param opcode       for verifier-log lines, the opcode prefix, else -1
 * @param index        for verifier-log lines, the instruction index, else -1
 * @param opcodeColumn for verifier-log lines, the column of the opcode prefix
 * @param fast         the line as {@link FastLineParser} read it, or null when {@code tree} holds it
 */
public record ParsedLine(BpfAsmParser.LineContext tree, int line, int columnBase, int codeLength, int opcode,
        int index, int opcodeColumn, FastLineParser.Fast fast) {}
