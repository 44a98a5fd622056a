package io.github.bpf4j.btf.layout;

import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.BtfKind;
import io.github.bpf4j.btf.BtfType;
import java.util.OptionalInt;

/**
 * Resolves C member paths such as {@code socket.sk}, {@code sock.__sk_common.skc_family} or
 * {@code task_struct.comm[3]} to offsets. A name is looked up through anonymous struct and union members the way C
 * does; typedefs and qualifiers are followed between steps.
 */
public final class OffsetOf {
    private OffsetOf() {
    }

    /**
     * The offset of {@code path}: a struct or union name (or a typedef of one), then {@code .member} and
     * {@code [index]} steps.
     *
     * @throws IllegalArgumentException when a name is not found, a step does not apply, or the path is malformed
     */
    public static FieldOffset of(Btf btf, String path) {
        int dot = indexOfStep(path);
        String root = dot < 0 ? path : path.substring(0, dot);
        if (root.isEmpty()) {
            throw new IllegalArgumentException("path '" + path + "' does not start with a type name");
        }
        int type = rootType(btf, root);
        long bits = 0;
        int bitfield = 0;
        int i = dot < 0 ? path.length() : dot;
        while (i < path.length()) {
            int resolved = btf.skipModsAndTypedefs(type);
            char c = path.charAt(i);
            if (bitfield != 0) {
                throw new IllegalArgumentException(path + ": cannot step into bitfield at '" + path.substring(i) + "'");
            }
            if (c == '.') {
                int end = indexOfStep(path, i + 1);
                String name = path.substring(i + 1, end < 0 ? path.length() : end);
                if (name.isEmpty()) {
                    throw new IllegalArgumentException(path + ": empty member name at column " + (i + 1));
                }
                if (!(btf.type(resolved) instanceof BtfType.Composite comp)) {
                    throw new IllegalArgumentException(path + ": '" + name + "' looked up in " + btf.typeName(type)
                            + ", which is not a struct or union");
                }
                long[] found = find(btf, comp, name, 0);
                if (found == null) {
                    throw new IllegalArgumentException(path + ": " + btf.typeName(resolved) + " has no member '"
                            + name + "'");
                }
                bits += found[0];
                type = (int) found[1];
                bitfield = (int) found[2];
                i = end < 0 ? path.length() : end;
            } else if (c == '[') {
                int close = path.indexOf(']', i);
                if (close < 0) {
                    throw new IllegalArgumentException(path + ": unclosed '[' at column " + (i + 1));
                }
                long index;
                try {
                    index = Long.parseLong(path.substring(i + 1, close).trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(path + ": bad index '" + path.substring(i + 1, close) + "'");
                }
                if (!(btf.type(resolved) instanceof BtfType.Array a)) {
                    throw new IllegalArgumentException(path + ": index applied to " + btf.typeName(type)
                            + ", which is not an array");
                }
                if (index < 0 || (a.count() != 0 && index >= a.count())) {
                    throw new IllegalArgumentException(path + ": index " + index + " outside 0.." + (a.count() - 1));
                }
                bits += 8 * index * btf.sizeOf(a.type());
                type = a.type();
                i = close + 1;
            } else {
                throw new IllegalArgumentException(path + ": unexpected '" + c + "' at column " + (i + 1));
            }
        }
        return new FieldOffset(path, type, bits, bitfield);
    }

    private static int rootType(Btf btf, String root) {
        OptionalInt composite = btf.findComposite(root);
        if (composite.isPresent()) {
            return composite.getAsInt();
        }
        OptionalInt typedef = btf.find(root, BtfKind.TYPEDEF);
        if (typedef.isPresent()) {
            return typedef.getAsInt();
        }
        throw new IllegalArgumentException("no struct, union or typedef named '" + root + "'");
    }

    /** {bit offset, member type, bitfield size} of {@code name}, searching anonymous members depth first. */
    private static long[] find(Btf btf, BtfType.Composite comp, String name, int depth) {
        if (depth > Btf.MAX_RESOLVE_DEPTH) {
            throw new IllegalArgumentException("anonymous members nested deeper than " + Btf.MAX_RESOLVE_DEPTH);
        }
        for (BtfType.Member m : comp.members()) {
            if (m.name().equals(name)) {
                return new long[] {m.bitOffset(), m.type(), m.bitfieldSize()};
            }
        }
        for (BtfType.Member m : comp.members()) {
            if (m.name().isEmpty() && btf.type(btf.skipModsAndTypedefs(m.type())) instanceof BtfType.Composite inner) {
                long[] found = find(btf, inner, name, depth + 1);
                if (found != null) {
                    found[0] += m.bitOffset();
                    return found;
                }
            }
        }
        return null;
    }

    private static int indexOfStep(String path) {
        return indexOfStep(path, 0);
    }

    private static int indexOfStep(String path, int from) {
        for (int i = from; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '.' || c == '[') {
                return i;
            }
        }
        return -1;
    }
}
