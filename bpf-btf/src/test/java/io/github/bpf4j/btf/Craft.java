package io.github.bpf4j.btf;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Hand-assembles BTF bytes field by field, so a test can break exactly one thing. */
final class Craft {
    private final ByteArrayOutputStream types = new ByteArrayOutputStream();
    private byte[] strings = "\0int\0s\0m\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    /** Offsets into the default string section. */
    static final int INT = 1, S = 5, M = 7;

    static int info(BtfKind kind, int vlen, boolean kindFlag) {
        return (kindFlag ? 1 << 31 : 0) | kind.value() << 24 | vlen;
    }

    Craft words(int... words) {
        ByteBuffer b = ByteBuffer.allocate(4 * words.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int w : words) {
            b.putInt(w);
        }
        types.writeBytes(b.array());
        return this;
    }

    /** A valid {@code int} as type 1. */
    Craft anInt() {
        return words(INT, info(BtfKind.INT, 0, false), 4, 1 << 24 | 32);
    }

    Craft strings(byte[] s) {
        strings = s;
        return this;
    }

    byte[] bytes() {
        byte[] t = types.toByteArray();
        return header(24, 0, t.length, t.length, strings.length, t, strings);
    }

    static byte[] header(int hdrLen, int typeOff, int typeLen, int strOff, int strLen, byte[] t, byte[] s) {
        ByteBuffer b = ByteBuffer.allocate(hdrLen + t.length + s.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0xeb9f).put((byte) 1).put((byte) 0).putInt(hdrLen).putInt(typeOff).putInt(typeLen)
                .putInt(strOff).putInt(strLen);
        b.position(hdrLen);
        b.put(t).put(s);
        return b.array();
    }
}
