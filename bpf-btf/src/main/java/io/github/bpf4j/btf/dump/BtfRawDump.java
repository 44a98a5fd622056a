package io.github.bpf4j.btf.dump;

import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.BtfKind;
import io.github.bpf4j.btf.BtfType;
import io.github.bpf4j.btf.BtfType.Composite;
import io.github.bpf4j.btf.BtfType.EnumValue;
import io.github.bpf4j.btf.BtfType.Member;
import io.github.bpf4j.btf.BtfType.Param;
import io.github.bpf4j.btf.BtfType.VarSecinfo;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes a BTF one type per entry in id order, byte for byte what {@code bpftool btf dump file F} (format raw,
 * bpftool 7.1) prints: {@code [id] KIND 'name'} and the kind's fields, members, parameters, enumerators and section
 * variables on tab-indented lines below. It is the plainest view of what a reader understood, so agreeing with
 * bpftool on it checks every field of every type. Only the types of this BTF are written (for split BTF, not its
 * base), with their split ids, as bpftool does with {@code -B base}.
 */
public final class BtfRawDump {

    private BtfRawDump() {
    }

    /** The whole dump as one string (for small BTFs; {@link #write(Btf, Appendable)} streams). */
    public static String write(Btf btf) {
        StringBuilder out = new StringBuilder();
        write(btf, out);
        return out.toString();
    }

    /** Appends the dump of every type of {@code btf} (not of its base) to {@code out}. */
    public static void write(Btf btf, Appendable out) {
        try {
            StringBuilder line = new StringBuilder(256);
            for (int id = btf.firstId(); id < btf.typeCount(); id++) {
                line.setLength(0);
                type(btf, id, line);
                out.append(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entry of one type, ending in a newline. */
    public static String type(Btf btf, int id) {
        StringBuilder out = new StringBuilder();
        type(btf, id, out);
        return out.toString();
    }

    private static void type(Btf btf, int id, StringBuilder out) {
        BtfType t = btf.type(id);
        out.append('[').append(id).append("] ").append(t.kind().name()).append(" '").append(name(t.name())).append('\'');
        switch (t.kind()) {
            case VOID -> {
            }
            case INT -> {
                BtfType.Int i = (BtfType.Int) t;
                out.append(" size=").append(u32(i.size())).append(" bits_offset=").append(i.bitOffset())
                        .append(" nr_bits=").append(i.bits()).append(" encoding=").append(switch (i.encoding()) {
                            case NONE -> "(none)";
                            case SIGNED -> "SIGNED";
                            case CHAR -> "CHAR";
                            case BOOL -> "BOOL";
                        });
            }
            case PTR, TYPEDEF, VOLATILE, CONST, RESTRICT, TYPE_TAG ->
                    out.append(" type_id=").append(((BtfType.Reference) t).type());
            case ARRAY -> {
                BtfType.Array a = (BtfType.Array) t;
                out.append(" type_id=").append(a.type()).append(" index_type_id=").append(a.indexType())
                        .append(" nr_elems=").append(a.count());
            }
            case STRUCT, UNION -> {
                Composite c = (Composite) t;
                out.append(" size=").append(u32(c.size())).append(" vlen=").append(c.members().size());
                for (Member m : c.members()) {
                    out.append("\n\t'").append(name(m.name())).append("' type_id=").append(m.type())
                            .append(" bits_offset=").append(m.bitOffset());
                    if (m.isBitfield()) {
                        out.append(" bitfield_size=").append(m.bitfieldSize());
                    }
                }
            }
            case ENUM, ENUM64 -> {
                BtfType.Enumeration e = (BtfType.Enumeration) t;
                out.append(" encoding=").append(e.signed() ? "SIGNED" : "UNSIGNED").append(" size=")
                        .append(u32(e.size())).append(" vlen=").append(e.values().size());
                for (EnumValue v : e.values()) {
                    out.append("\n\t'").append(name(v.name())).append("' val=");
                    enumValue(v.value(), e.signed(), t.kind() == BtfKind.ENUM64, out);
                }
            }
            case FWD -> out.append(" fwd_kind=").append(((BtfType.Fwd) t).union() ? "union" : "struct");
            case FUNC -> {
                BtfType.Func f = (BtfType.Func) t;
                out.append(" type_id=").append(f.type()).append(" linkage=").append(linkage(f.linkage()));
            }
            case FUNC_PROTO -> {
                BtfType.FuncProto p = (BtfType.FuncProto) t;
                out.append(" ret_type_id=").append(p.returnType()).append(" vlen=").append(p.params().size());
                for (Param param : p.params()) {
                    out.append("\n\t'").append(name(param.name())).append("' type_id=").append(param.type());
                }
            }
            case VAR -> {
                BtfType.Var v = (BtfType.Var) t;
                out.append(" type_id=").append(v.type()).append(", linkage=").append(linkage(v.linkage()));
            }
            case DATASEC -> {
                BtfType.Datasec d = (BtfType.Datasec) t;
                out.append(" size=").append(u32(d.size())).append(" vlen=").append(d.vars().size());
                for (VarSecinfo vs : d.vars()) {
                    out.append("\n\ttype_id=").append(vs.type()).append(" offset=").append(vs.offset())
                            .append(" size=").append(vs.size());
                    // bpftool names the entry's type with its kind, normally a VAR
                    if (vs.type() > 0 && vs.type() < btf.typeCount()) {
                        out.append(" (").append(btf.kind(vs.type()).name()).append(" '")
                                .append(name(btf.name(vs.type()))).append("')");
                    }
                }
            }
            case FLOAT -> out.append(" size=").append(u32(((BtfType.Float) t).size()));
            case DECL_TAG -> {
                BtfType.DeclTag d = (BtfType.DeclTag) t;
                out.append(" type_id=").append(d.type()).append(" component_idx=").append(d.componentIdx());
            }
        }
        out.append('\n');
    }

    /** bpftool prints {@code %d}/{@code %u} for 32-bit enumerators and {@code %lldLL}/{@code %lluULL} for 64-bit ones. */
    private static void enumValue(long value, boolean signed, boolean wide, StringBuilder out) {
        if (wide) {
            out.append(signed ? Long.toString(value) : Long.toUnsignedString(value)).append(signed ? "LL" : "ULL");
        } else {
            int v = (int) value;
            out.append(signed ? Integer.toString(v) : Integer.toUnsignedString(v));
        }
    }

    private static String linkage(BtfType.Linkage linkage) {
        return switch (linkage) {
            case STATIC -> "static";
            case GLOBAL -> "global";
            case EXTERN -> "extern";
        };
    }

    private static String u32(int value) {
        return Integer.toUnsignedString(value);
    }

    private static String name(String name) {
        return name.isEmpty() ? "(anon)" : name;
    }
}
