package io.github.bpf4j.sys.record;

import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One decoded struct or union: its members by name, in declaration order (members of anonymous structs and unions
 * are lifted into the parent, as C lets them be named). Values are:
 * <ul>
 *   <li>{@code Long} for integers up to 64 bits, bitfields, pointers (the address) and unmatched enum values
 *       (unsigned 64-bit values keep their bit pattern: read them with {@link Long#toUnsignedString(long)});</li>
 *   <li>{@code java.math.BigInteger} for 128-bit integers, {@code Boolean} for {@code _Bool},
 *       {@code Double} for floating point;</li>
 *   <li>{@code String} for {@code char} arrays (up to the first NUL) and enums (the enumerator's name);</li>
 *   <li>{@code byte[]} for arrays of other 1-byte integers ({@code __u8}), {@code List} for other arrays;</li>
 *   <li>{@code RecordValue} for nested structs and unions.</li>
 * </ul>
 * Immutable.
 */
public final class RecordValue {

    private final String typeName;
    private final Map<String, Object> fields;

    RecordValue(String typeName, Map<String, Object> fields) {
        this.typeName = typeName;
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The C type name ({@code struct event}). */
    public String typeName() {
        return typeName;
    }

    /** The members, in declaration order. */
    public Map<String, Object> fields() {
        return fields;
    }

    /** The value at a path of member names separated by dots ({@code "inner.count"}). */
    public Object get(String path) {
        Object v = this;
        for (String part : path.split("\\.", -1)) {
            if (!(v instanceof RecordValue r) || !r.fields.containsKey(part)) {
                throw new IllegalArgumentException(typeName + " has no member path '" + path + "' (at '" + part
                        + "'; members: " + (v instanceof RecordValue r2 ? r2.fields.keySet() : "none") + ")");
            }
            v = r.fields.get(part);
        }
        return v;
    }

    /** An integer, bitfield or pointer member as a long. */
    public long getLong(String path) {
        Object v = get(path);
        if (v instanceof Long l) {
            return l;
        }
        throw new IllegalArgumentException(typeName + "." + path + " is " + describe(v) + ", not an integer");
    }

    /** A {@code char} array or enum member as a string. */
    public String getString(String path) {
        Object v = get(path);
        if (v instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException(typeName + "." + path + " is " + describe(v) + ", not a string");
    }

    /** A nested struct or union member. */
    public RecordValue getRecord(String path) {
        Object v = get(path);
        if (v instanceof RecordValue r) {
            return r;
        }
        throw new IllegalArgumentException(typeName + "." + path + " is " + describe(v) + ", not a struct");
    }

    private static String describe(Object v) {
        return v == null ? "null" : v.getClass().getSimpleName();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecordValue r && typeName.equals(r.typeName) && deepEquals(fields, r.fields);
    }

    private static boolean deepEquals(Map<String, Object> a, Map<String, Object> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Map.Entry<String, Object> e : a.entrySet()) {
            if (!java.util.Objects.deepEquals(e.getValue(), b.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return typeName.hashCode() * 31 + fields.keySet().hashCode();
    }

    /** {@code struct event{pid=1, comm="true", ...}}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(typeName).append('{');
        Iterator<Map.Entry<String, Object>> it = fields.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Object> e = it.next();
            sb.append(e.getKey()).append('=');
            append(sb, e.getValue());
            if (it.hasNext()) {
                sb.append(", ");
            }
        }
        return sb.append('}').toString();
    }

    private static void append(StringBuilder sb, Object v) {
        if (v instanceof String s) {
            sb.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        } else if (v instanceof byte[] b) {
            sb.append(java.util.HexFormat.of().formatHex(b));
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                append(sb, l.get(i));
            }
            sb.append(']');
        } else {
            sb.append(v);
        }
    }
}
