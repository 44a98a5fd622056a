package io.github.bpf4j.asm.text.internal;

import io.github.bpf4j.asm.text.AsmSyntaxException;
import io.github.bpf4j.asm.text.Dialect;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * Reads the input one line at a time (streaming: a large file never sits in memory as one string) and cuts each
 * line down to the part the parser sees. Comments are removed here, with a plain character scan rather than a
 * regular expression, because what starts a comment depends on the dialect and on string literals:
 * <ul>
 *   <li>LLVM: {@code #} and {@code //} run to the end of the line, {@code /* ... *}{@code /} may span lines;</li>
 *   <li>verifier log: a line is an instruction only after an opcode prefix {@code (xx)} (optionally preceded by
 *       an index {@code N:}), and {@code ;} starts the register-state suffix.</li>
 * </ul>
 * Columns are preserved: {@link #columnBase} plus the parser's 0-based position gives the 1-based column.
 */
public final class LineScanner {

    /** Operators that can nest (parentheses and unary signs); more than this in one line is refused before parsing. */
    static final int MAX_NESTING_CHARS = 1000;

    private final BufferedReader in;
    private final String file;
    private final Dialect dialect;
    private boolean inBlockComment;

    /** The 1-based number of the current line. */
    public int lineNumber;
    /** The code part of the current line, or null when the line has none. */
    public String code;
    /** The 1-based column of {@code code}'s first character. */
    public int columnBase;
    /** For verifier-log lines: the opcode of the {@code (xx)} prefix. */
    public int opcode = -1;
    /** For verifier-log lines: the instruction index before the prefix, or -1. */
    public int index = -1;
    /** For verifier-log lines: the 1-based column of the opcode prefix's first hex digit. */
    public int opcodeColumn;

    public LineScanner(Reader reader, String file, Dialect dialect) {
        this.in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
        this.file = file;
        this.dialect = dialect;
    }

    /** Advances to the next line; false at the end of input. */
    public boolean next() {
        String raw;
        try {
            raw = in.readLine();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new AsmSyntaxException(file, lineNumber + 1, 1, "the input is not valid UTF-8 text", null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (raw == null) {
            return false;
        }
        lineNumber++;
        code = null;
        opcode = -1;
        index = -1;
        columnBase = 1;
        if (dialect == Dialect.LLVM) {
            scanLlvm(raw);
        } else {
            scanVerifier(raw);
        }
        if (code != null) {
            checkNesting();
        }
        return true;
    }

    /** The current line's characters: scanning an array is cheaper than String.charAt before the JIT has run. */
    private char[] chars = new char[256];

    private void scanLlvm(String raw) {
        int n = raw.length();
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        raw.getChars(0, n, chars, 0);
        char[] cs = chars;
        char[] blanked = null;
        boolean inString = false;
        int end = n;
        int i = 0;
        while (i < n) {
            char c = cs[i];
            if (inBlockComment) {
                if (blanked == null) {
                    blanked = raw.toCharArray();
                }
                if (c == '*' && i + 1 < n && cs[i + 1] == '/') {
                    blanked[i] = ' ';
                    blanked[i + 1] = ' ';
                    inBlockComment = false;
                    i += 2;
                    continue;
                }
                blanked[i] = ' ';
                i++;
                continue;
            }
            if (inString) {
                if (c == '\\') {
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    inString = false;
                }
                i++;
                continue;
            }
            if (c == '"') {
                inString = true;
            } else if (c == '#' || (c == '/' && i + 1 < n && cs[i + 1] == '/')) {
                end = i;
                break;
            } else if (c == '/' && i + 1 < n && cs[i + 1] == '*') {
                if (blanked == null) {
                    blanked = raw.toCharArray();
                }
                blanked[i] = ' ';
                blanked[i + 1] = ' ';
                inBlockComment = true;
                i += 2;
                continue;
            }
            i++;
        }
        String s = blanked == null ? raw : new String(blanked, 0, n);
        if (blanked != null) {
            System.arraycopy(blanked, 0, cs, 0, n);
        }
        setCode(s, 0, end);
    }

    private void scanVerifier(String raw) {
        int n = raw.length();
        int p = 0;
        while (p < n && isBlank(raw.charAt(p))) {
            p++;
        }
        int q = p;
        int idx = -1;
        if (q < n && isDigit(raw.charAt(q))) {
            long v = 0;
            while (q < n && isDigit(raw.charAt(q))) {
                v = Math.min(v * 10 + (raw.charAt(q) - '0'), Integer.MAX_VALUE);
                q++;
            }
            if (q >= n || raw.charAt(q) != ':') {
                return;
            }
            idx = (int) v;
            q++;
            while (q < n && isBlank(raw.charAt(q))) {
                q++;
            }
        }
        if (q + 4 > n || raw.charAt(q) != '(' || hex(raw.charAt(q + 1)) < 0 || hex(raw.charAt(q + 2)) < 0
                || raw.charAt(q + 3) != ')') {
            return;
        }
        opcode = hex(raw.charAt(q + 1)) * 16 + hex(raw.charAt(q + 2));
        opcodeColumn = q + 2;
        index = idx;
        int start = q + 4;
        int end = n;
        boolean inString = false;
        for (int i = start; i < n; i++) {
            char c = raw.charAt(i);
            if (c == '"') {
                inString = !inString;
            } else if (!inString && (c == ';' || (c == ' ' && isTargetState(raw, i + 1, n)))) {
                // after a jump the kernel appends the target's state as ' N: R0=...' without a ';'
                end = i;
                break;
            }
        }
        setCode(raw, start, end);
        if (code == null) {
            throw new AsmSyntaxException(file, lineNumber, end + 1, "opcode prefix without an instruction",
                    "instruction");
        }
    }

    private static boolean isTargetState(String s, int p, int n) {
        int q = p;
        while (q < n && isDigit(s.charAt(q))) {
            q++;
        }
        return q > p && q < n && s.charAt(q) == ':';
    }

    private void setCode(String s, int start, int end) {
        int a = start;
        while (a < end && isBlank(s.charAt(a))) {
            a++;
        }
        int b = end;
        while (b > a && isBlank(s.charAt(b - 1))) {
            b--;
        }
        if (a == b) {
            code = null;
            return;
        }
        code = s.substring(start, b);
        columnBase = start + 1;
    }

    private void checkNesting() {
        int count = 0;
        boolean inString = false;
        int n = code.length();
        if (dialect != Dialect.LLVM) {
            // an LLVM line's code starts at column 1, so its characters are already in place
            if (chars.length < n) {
                chars = new char[Math.max(n, chars.length * 2)];
            }
            code.getChars(0, n, chars, 0);
        }
        char[] cs = chars;
        for (int i = 0; i < n; i++) {
            char c = cs[i];
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '(' || c == '-' || c == '~' || c == '+') {
                if (++count > MAX_NESTING_CHARS) {
                    throw new AsmSyntaxException(file, lineNumber, columnBase + i,
                            "line has more than " + MAX_NESTING_CHARS + " parentheses and signs", null);
                }
            }
        }
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == 0x0b;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /**
     * The position after an opcode prefix ({@code (xx)} or {@code N: (xx)}) at the start of
     * {@code text[start, end)}, or -1 when the line has none. Used to detect the dialect.
     */
    public static int opcodePrefixEnd(CharSequence text, int start, int end) {
        int q = start;
        while (q < end && isBlank(text.charAt(q))) {
            q++;
        }
        int digits = q;
        while (q < end && isDigit(text.charAt(q))) {
            q++;
        }
        if (q > digits) {
            if (q >= end || text.charAt(q) != ':') {
                return -1;
            }
            q++;
            while (q < end && isBlank(text.charAt(q))) {
                q++;
            }
        }
        if (q + 4 <= end && text.charAt(q) == '(' && hex(text.charAt(q + 1)) >= 0 && hex(text.charAt(q + 2)) >= 0
                && text.charAt(q + 3) == ')') {
            return q + 4;
        }
        return -1;
    }
}
