package io.github.bpf4j.verifier.internal;

import io.github.bpf4j.verifier.ProgramInput.LineInfo;
import java.util.List;

/**
 * The source lines the log names ({@code verbose_linfo} and {@code find_linfo}, kernel/bpf/verifier.c, Linux
 * 6.18), with the one record the kernel remembers between calls ({@code env->prev_linfo}): a line is printed when
 * the instruction's record differs from the last one printed and names another file or line number. That memory
 * is reset only when a walk begins ({@code do_check_common}), not when a branch is popped and the level-1 log is cut
 * back, so a line printed on an abandoned path is not printed again on the next one.
 */
final class LineInfos {
    private final List<LineInfo> records;
    private final int progLen;
    private int prev = -1;

    LineInfos(List<LineInfo> records, int progLen) {
        this.records = records;
        this.progLen = progLen;
    }

    /** {@code find_linfo}: the last record at or before {@code insn}; -1 without records or past the program. */
    int find(int insn) {
        if (records.isEmpty() || insn >= progLen) {
            return -1;
        }
        // the rightmost record whose insn_off <= insn; the kernel assumes record 0 starts at insn 0
        int l = 0;
        int r = records.size() - 1;
        while (l < r) {
            int m = l + (r - l + 1) / 2;
            if (records.get(m).insn() <= insn) {
                l = m;
            } else {
                r = m - 1;
            }
        }
        return l;
    }

    /**
     * {@code verbose_linfo(env, insn, prefix)}: {@code prefix} and the line {@code text @ file.c:N} to print before
     * {@code insn}, or {@code ""} when it is the line printed last.
     */
    String before(int insn, String prefix) {
        int at = find(insn);
        if (at < 0 || at == prev) {
            return "";
        }
        LineInfo li = records.get(at);
        if (prev >= 0) {
            LineInfo p = records.get(prev);
            if (p.fileName().equals(li.fileName()) && p.lineNum() == li.lineNum()) {
                return "";
            }
        }
        prev = at;
        String file = li.fileName();
        return prefix + ltrim(li.line()) + " @ " + file.substring(file.lastIndexOf('/') + 1) + ":"
                + Integer.toUnsignedString(li.lineNum()) + "\n";
    }

    /** Forgets the line printed last, as each {@code do_check_common} pass does ({@code prev_linfo = NULL}). */
    void reset() {
        prev = -1;
    }

    /** The kernel's {@code ltrim}: leading {@code isspace} characters dropped. */
    private static String ltrim(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || (s.charAt(i) >= '\t' && s.charAt(i) <= '\r'))) {
            i++;
        }
        return s.substring(i);
    }
}
