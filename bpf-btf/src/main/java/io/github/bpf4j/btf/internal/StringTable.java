package io.github.bpf4j.btf.internal;

import io.github.bpf4j.btf.BtfFormatException;
import java.nio.charset.StandardCharsets;

/**
 * A NUL-terminated string section, validated once: its last byte is NUL, so every offset inside it has a
 * terminator and look-ups only need a bounds check.
 */
public final class StringTable {
    private final byte[] data;
    private final int start;
    private final int length;
    /** Offsets below this belong to the base BTF (split BTF continues the base's string offsets). */
    private final int firstOffset;
    private final StringTable base;

    public StringTable(byte[] data, int start, int length, StringTable base, long fileOffset) {
        this.data = data;
        this.start = start;
        this.length = length;
        this.base = base;
        this.firstOffset = base == null ? 0 : base.end();
        if (length > 0 && data[start + length - 1] != 0) {
            throw new BtfFormatException(-1, fileOffset + length - 1, "string section does not end with NUL");
        }
        if (base == null && (length == 0 || data[start] != 0)) {
            throw new BtfFormatException(-1, fileOffset, "string section must start with an empty string");
        }
    }

    /** One past the last offset this table (with its base) resolves. */
    public int end() {
        return firstOffset + length;
    }

    public boolean contains(long off) {
        return off >= 0 && off < end();
    }

    /** The string at {@code off}; the caller has checked {@link #contains}. */
    public String get(int off) {
        if (off < firstOffset) {
            return base.get(off);
        }
        int p = start + off - firstOffset;
        if (data[p] == 0) {
            return "";
        }
        int e = p;
        while (data[e] != 0) {
            e++;
        }
        return new String(data, p, e - p, StandardCharsets.UTF_8);
    }

    /** True when the string at {@code off} equals the ASCII/UTF-8 bytes of {@code s} (no allocation). */
    public boolean equalsAt(int off, byte[] s) {
        if (off < firstOffset) {
            return base.equalsAt(off, s);
        }
        int p = start + off - firstOffset;
        int limit = start + length;
        if (p + s.length >= limit) {
            return false;
        }
        for (int i = 0; i < s.length; i++) {
            if (data[p + i] != s[i]) {
                return false;
            }
        }
        return data[p + s.length] == 0;
    }

    /** A hash of the string at {@code off}, consistent with {@link #hash(byte[])}. */
    public int hashAt(int off) {
        if (off < firstOffset) {
            return base.hashAt(off);
        }
        int h = 0;
        for (int p = start + off - firstOffset; data[p] != 0; p++) {
            h = 31 * h + data[p];
        }
        return h;
    }

    public static int hash(byte[] s) {
        int h = 0;
        for (byte b : s) {
            h = 31 * h + b;
        }
        return h;
    }
}
