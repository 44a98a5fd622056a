package io.github.bpf4j.btf.core;

import java.util.Arrays;

/**
 * Parsing of CO-RE access strings ({@code "0:1:2:3"}).
 *
 * <p>Parsing follows libbpf 1.1 relo_core.c {@code bpf_core_parse_spec}: numbers separated by single colons, no
 * leading colon, at most {@link #MAX_LEN} of them. libbpf scans each number with {@code sscanf("%d")}, which also
 * takes leading blanks and a sign; blanks and {@code +} are accepted here likewise, while negative or overflowing
 * numbers (undefined behaviour in libbpf) are rejected.
 */
final class AccessString {

    /** {@code BPF_CORE_SPEC_MAX_LEN}. */
    static final int MAX_LEN = 64;

    private AccessString() {}

    /** The parsed indices, or throws {@link IllegalArgumentException} naming the column of the problem. */
    static int[] parse(String s) {
        if (s.isEmpty() || s.charAt(0) == ':') {
            throw new IllegalArgumentException("access string '" + s + "' is empty or starts with ':'");
        }
        int[] out = new int[8];
        int n = 0;
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) == ':') {
                i++;
            }
            int start = i;
            while (i < s.length() && isBlank(s.charAt(i))) {
                i++;
            }
            boolean negative = false;
            if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                negative = s.charAt(i) == '-';
                i++;
            }
            int digits = i;
            long v = 0;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                v = v * 10 + (s.charAt(i) - '0');
                if (v > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException("access string '" + s + "': index at column " + (start + 1)
                            + " overflows 32 bits");
                }
                i++;
            }
            if (i == digits) {
                throw new IllegalArgumentException("access string '" + s + "': no number at column " + (start + 1));
            }
            if (negative && v != 0) {
                throw new IllegalArgumentException("access string '" + s + "': negative index at column "
                        + (start + 1));
            }
            if (n == MAX_LEN) {
                throw new IllegalArgumentException("access string '" + s + "' has more than " + MAX_LEN
                        + " accessors (E2BIG)");
            }
            if (n == out.length) {
                out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = (int) v;
        }
        return Arrays.copyOf(out, n);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b;
    }
}
