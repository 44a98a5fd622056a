package io.github.bpf4j.btf;

import io.github.bpf4j.btf.internal.BtfIndex;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Serializes a {@link Btf} (without its base) to the bytes of a .BTF section or a BPF_BTF_LOAD buffer, with a
 * deduplicated string section. Extra strings (line-info file names and source lines, CO-RE access strings) can be
 * added with {@link #string(String)} before {@link #write} so that .BTF.ext records can refer to them.
 */
public final class BtfWriter {
    private final Btf btf;
    private final Map<String, Integer> offsets = new HashMap<>();
    private final ByteArrayOutputStream strings = new ByteArrayOutputStream();
    private final int baseEnd;

    public BtfWriter(Btf btf) {
        this.btf = btf;
        this.baseEnd = btf.base() == null ? 0 : btf.base().stringEnd();
        if (btf.base() == null) {
            strings.write(0);
            offsets.put("", 0);
        }
        for (BtfType t : btf.types()) {
            intern(t);
        }
    }

    /** The offset of {@code s} in the string section being written, adding it if new. */
    public int string(String s) {
        if (s.isEmpty() && btf.base() != null) {
            return 0; // the base's empty string
        }
        Integer off = offsets.get(s);
        if (off == null) {
            if (s.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("BTF strings cannot contain NUL: " + s);
            }
            off = baseEnd + strings.size();
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            strings.write(b, 0, b.length);
            strings.write(0);
            offsets.put(s, off);
        }
        return off;
    }

    private void intern(BtfType t) {
        string(t.name());
        switch (t.kind()) {
            case STRUCT, UNION -> ((BtfType.Composite) t).members().forEach(m -> string(m.name()));
            case ENUM, ENUM64 -> ((BtfType.Enumeration) t).values().forEach(v -> string(v.name()));
            case FUNC_PROTO -> ((BtfType.FuncProto) t).params().forEach(p -> string(p.name()));
            default -> { }
        }
    }

    /** The BTF bytes: header, type section, string section. */
    public byte[] write(ByteOrder order) {
        ByteBuffer types = ByteBuffer.allocate(typeBytes()).order(order);
        for (BtfType t : btf.types()) {
            encode(t, types);
        }
        int typeLen = types.position();
        byte[] str = strings.toByteArray();
        ByteBuffer out = ByteBuffer.allocate(BtfIndex.HEADER_LEN + typeLen + str.length).order(order);
        out.putShort((short) BtfIndex.MAGIC).put((byte) 1).put((byte) 0).putInt(BtfIndex.HEADER_LEN)
                .putInt(0).putInt(typeLen).putInt(typeLen).putInt(str.length);
        out.put(types.array(), 0, typeLen).put(str);
        return out.array();
    }

    private int typeBytes() {
        long n = 0;
        for (BtfType t : btf.types()) {
            n += 12 + switch (t.kind()) {
                case INT, VAR, DECL_TAG -> 4;
                case ARRAY -> 12;
                case STRUCT, UNION -> 12L * ((BtfType.Composite) t).members().size();
                case ENUM -> 8L * ((BtfType.Enum) t).values().size();
                case ENUM64 -> 12L * ((BtfType.Enum64) t).values().size();
                case FUNC_PROTO -> 8L * ((BtfType.FuncProto) t).params().size();
                case DATASEC -> 12L * ((BtfType.Datasec) t).vars().size();
                default -> 0;
            };
        }
        if (n > Integer.MAX_VALUE - (1 << 20)) {
            throw new IllegalArgumentException("type section of " + n + " bytes is too large");
        }
        return (int) n;
    }

    private void head(ByteBuffer b, BtfType t, boolean kindFlag, int vlen, int sizeOrType) {
        b.putInt(string(t.name()));
        b.putInt((kindFlag ? 1 << 31 : 0) | t.kind().value() << 24 | vlen);
        b.putInt(sizeOrType);
    }

    private void encode(BtfType t, ByteBuffer b) {
        switch (t.kind()) {
            case VOID -> throw new IllegalArgumentException("void is id 0 only");
            case INT -> {
                BtfType.Int i = (BtfType.Int) t;
                head(b, t, false, 0, i.size());
                b.putInt(i.encoding().bits() << 24 | i.bitOffset() << 16 | i.bits());
            }
            case PTR, TYPEDEF, VOLATILE, CONST, RESTRICT, TYPE_TAG -> head(b, t, false, 0, ((BtfType.Reference) t).type());
            case ARRAY -> {
                BtfType.Array a = (BtfType.Array) t;
                head(b, t, false, 0, 0);
                b.putInt(a.type()).putInt(a.indexType()).putInt(a.nelems());
            }
            case STRUCT, UNION -> {
                BtfType.Composite c = (BtfType.Composite) t;
                boolean bitfields = c.members().stream().anyMatch(BtfType.Member::isBitfield);
                head(b, t, bitfields, c.members().size(), c.size());
                for (BtfType.Member m : c.members()) {
                    if (bitfields && m.bitOffset() > 0xff_ffff) {
                        throw new IllegalArgumentException(t.name() + "." + m.name()
                                + ": bit offset too large for a struct with bitfields");
                    }
                    b.putInt(string(m.name())).putInt(m.type())
                            .putInt((int) (bitfields ? (long) m.bitfieldSize() << 24 | m.bitOffset() : m.bitOffset()));
                }
            }
            case ENUM -> {
                BtfType.Enum e = (BtfType.Enum) t;
                head(b, t, e.signed(), e.values().size(), e.size());
                for (BtfType.EnumValue v : e.values()) {
                    b.putInt(string(v.name())).putInt((int) v.value());
                }
            }
            case ENUM64 -> {
                BtfType.Enum64 e = (BtfType.Enum64) t;
                head(b, t, e.signed(), e.values().size(), e.size());
                for (BtfType.EnumValue v : e.values()) {
                    b.putInt(string(v.name())).putInt((int) v.value()).putInt((int) (v.value() >>> 32));
                }
            }
            case FWD -> head(b, t, ((BtfType.Fwd) t).union(), 0, 0);
            case FUNC -> {
                BtfType.Func f = (BtfType.Func) t;
                head(b, t, false, f.linkage().ordinal(), f.type());
            }
            case FUNC_PROTO -> {
                BtfType.FuncProto f = (BtfType.FuncProto) t;
                head(b, t, false, f.params().size(), f.returnType());
                for (BtfType.Param p : f.params()) {
                    b.putInt(string(p.name())).putInt(p.type());
                }
            }
            case VAR -> {
                BtfType.Var v = (BtfType.Var) t;
                head(b, t, false, 0, v.type());
                b.putInt(v.linkage().ordinal());
            }
            case DATASEC -> {
                BtfType.Datasec d = (BtfType.Datasec) t;
                head(b, t, false, d.vars().size(), d.size());
                for (BtfType.VarSecinfo v : d.vars()) {
                    b.putInt(v.type()).putInt((int) v.offset()).putInt((int) v.size());
                }
            }
            case FLOAT -> head(b, t, false, 0, ((BtfType.Float) t).size());
            case DECL_TAG -> {
                BtfType.DeclTag d = (BtfType.DeclTag) t;
                head(b, t, false, 0, d.type());
                b.putInt(d.componentIdx());
            }
        }
    }
}
