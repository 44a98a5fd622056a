package io.github.bpf4j.asm;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A CO-RE reference: what an instruction asks of a kernel type, to be answered by the BTF of the kernel the program
 * is loaded on ({@code enum bpf_core_relo_kind}, kernel 6.18). The assembler writes one as {@code core(task_struct,
 * real_parent)} and the builder takes one from {@link #fieldOffset(String, String)} and its siblings; a
 * {@link CoreResolver} turns it into the local value the instruction holds and the {@code .BTF.ext} record that lets
 * a loader (libbpf, bpf4j) patch it.
 *
 * <p>The type is a name in the local BTF, optionally with its C keyword ({@code struct task_struct},
 * {@code union bpf_attr}, {@code enum pid_type}, {@code typedef u64}) and a {@code ___flavor} suffix
 * ({@code task_struct___v2}) that loaders ignore when matching. The access path names what a field relocation reads:
 * members separated by dots and array indices in brackets ({@code real_parent}, {@code se.vruntime},
 * {@code cb[2]}, {@code __sk_common.skc_family}); members of anonymous structs and unions are found by name, as C
 * lets one write them. A path never crosses a pointer: as in C's {@code BPF_CORE_READ(task, real_parent, tgid)},
 * each dereference is its own relocation ({@code core(task_struct, real_parent)}, then
 * {@code core(task_struct, tgid)}). For enumerator relocations the path is the enumerator's name; type relocations
 * have none.
 *
 * @param kind the relocation kind
 * @param type the local type, as written (keyword, name, flavor)
 * @param path the access path; {@code ""} for type relocations
 */
public record CoreRef(Kind kind, String type, String path) {

    /** Relocation kinds with their kernel numbers and their spellings in bpf4j assembly. */
    public enum Kind {
        /** The byte offset of a field. */
        FIELD_BYTE_OFFSET("core"),
        /** The byte size of a field. */
        FIELD_BYTE_SIZE("core_field_size"),
        /** 1 when the field exists, else 0. */
        FIELD_EXISTS("core_field_exists"),
        /** 1 when the field is a signed integer (or enum), else 0. */
        FIELD_SIGNED("core_field_signed"),
        /** How far to shift a bitfield's 8-byte load left. */
        FIELD_LSHIFT_U64("core_field_lshift"),
        /** How far to shift it back right. */
        FIELD_RSHIFT_U64("core_field_rshift"),
        /** The type's id in the program's own BTF. */
        TYPE_ID_LOCAL("core_type_id_local"),
        /** The matching type's id in the kernel's BTF. */
        TYPE_ID_TARGET("core_type_id_target"),
        /** 1 when the kernel has a compatible type, else 0. */
        TYPE_EXISTS("core_type_exists"),
        /** The byte size of the matching type. */
        TYPE_SIZE("core_type_size"),
        /** 1 when the enum has the enumerator, else 0. */
        ENUMVAL_EXISTS("core_enum_value_exists"),
        /** The enumerator's value. */
        ENUMVAL_VALUE("core_enum_value"),
        /** 1 when the kernel's type matches the local one member by member, else 0. */
        TYPE_MATCHES("core_type_matches");

        private final String spelling;

        Kind(String spelling) {
            this.spelling = spelling;
        }

        /** The function name in bpf4j assembly, e.g. {@code core_field_size}. */
        public String spelling() {
            return spelling;
        }

        /** The kernel's number ({@code BPF_CORE_FIELD_BYTE_OFFSET} = 0 ...). */
        public int value() {
            return ordinal();
        }

        /** Whether the relocation is about a field (and takes an access path of members and indices). */
        public boolean isField() {
            return ordinal() <= FIELD_RSHIFT_U64.ordinal();
        }

        /** Whether the relocation is about an enumerator (and takes its name). */
        public boolean isEnumerator() {
            return this == ENUMVAL_EXISTS || this == ENUMVAL_VALUE;
        }

        /** Whether the relocation is about a type alone (and takes no path). */
        public boolean isType() {
            return !isField() && !isEnumerator();
        }

        /** The kind spelled {@code name} in assembly, or null. */
        public static Kind ofSpelling(String name) {
            for (Kind k : values()) {
                if (k.spelling.equals(name)) {
                    return k;
                }
            }
            return null;
        }
    }

    /**
     * One step of an access path.
     *
     * @param member the member name, or null for an array index
     * @param index  the array index (0 for a member)
     * @param column the step's 0-based position in the path, for messages
     */
    public record Step(String member, long index, int column) {
        /** Whether this step indexes an array. */
        public boolean isIndex() {
            return member == null;
        }
    }

    /** The C keywords a type may be written with. */
    private static final List<String> KEYWORDS = List.of("struct", "union", "enum", "typedef");

    /**
     * Checks the parts; the path's syntax is checked by {@link #steps()}, called here.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public CoreRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(path, "path");
        type = type.strip().replaceAll("\\s+", " ");
        path = path.strip();
        String[] words = type.split(" ");
        if (type.isEmpty() || words.length > 2 || words.length == 2 && !KEYWORDS.contains(words[0])
                || !isIdentifier(words[words.length - 1])) {
            throw new IllegalArgumentException("'" + type + "' is not a type name (a C identifier, optionally after "
                    + "struct, union, enum or typedef)");
        }
        if (kind.isType() && !path.isEmpty()) {
            throw new IllegalArgumentException(kind.spelling() + " takes a type alone, not an access path ('"
                    + path + "')");
        }
        if (kind.isEnumerator() && !isIdentifier(path)) {
            throw new IllegalArgumentException(kind.spelling() + " takes an enum type and the name of one of its "
                    + "enumerators" + (path.isEmpty() ? "" : ", not '" + path + "'"));
        }
        if (kind.isField()) {
            parse(path);
        }
    }

    /** The type's C keyword ({@code struct}, {@code union}, {@code enum}, {@code typedef}), or {@code ""}. */
    public String keyword() {
        int sp = type.indexOf(' ');
        return sp < 0 ? "" : type.substring(0, sp);
    }

    /** The type's name without its keyword (flavor suffix kept). */
    public String typeName() {
        return type.substring(type.indexOf(' ') + 1);
    }

    /** The access path of a field relocation as steps; empty for other kinds. */
    public List<Step> steps() {
        return kind.isField() ? parse(path) : List.of();
    }

    /** As written in bpf4j assembly, e.g. {@code core(task_struct, real_parent)}. */
    @Override
    public String toString() {
        return kind.spelling() + "(" + type + (path.isEmpty() ? "" : ", " + path) + ")";
    }

    // ---------------------------------------------------------------------------------------------- factories

    /** {@code core(type, path)}: the byte offset of a field. */
    public static CoreRef fieldOffset(String type, String path) {
        return new CoreRef(Kind.FIELD_BYTE_OFFSET, type, path);
    }

    /** {@code core_field_size(type, path)}. */
    public static CoreRef fieldSize(String type, String path) {
        return new CoreRef(Kind.FIELD_BYTE_SIZE, type, path);
    }

    /** {@code core_field_exists(type, path)}. */
    public static CoreRef fieldExists(String type, String path) {
        return new CoreRef(Kind.FIELD_EXISTS, type, path);
    }

    /** {@code core_field_signed(type, path)}. */
    public static CoreRef fieldSigned(String type, String path) {
        return new CoreRef(Kind.FIELD_SIGNED, type, path);
    }

    /** {@code core_field_lshift(type, path)}. */
    public static CoreRef fieldLshift(String type, String path) {
        return new CoreRef(Kind.FIELD_LSHIFT_U64, type, path);
    }

    /** {@code core_field_rshift(type, path)}. */
    public static CoreRef fieldRshift(String type, String path) {
        return new CoreRef(Kind.FIELD_RSHIFT_U64, type, path);
    }

    /** {@code core_type_id_local(type)}. */
    public static CoreRef typeIdLocal(String type) {
        return new CoreRef(Kind.TYPE_ID_LOCAL, type, "");
    }

    /** {@code core_type_id_target(type)}. */
    public static CoreRef typeIdTarget(String type) {
        return new CoreRef(Kind.TYPE_ID_TARGET, type, "");
    }

    /** {@code core_type_exists(type)}. */
    public static CoreRef typeExists(String type) {
        return new CoreRef(Kind.TYPE_EXISTS, type, "");
    }

    /** {@code core_type_size(type)}. */
    public static CoreRef typeSize(String type) {
        return new CoreRef(Kind.TYPE_SIZE, type, "");
    }

    /** {@code core_type_matches(type)}. */
    public static CoreRef typeMatches(String type) {
        return new CoreRef(Kind.TYPE_MATCHES, type, "");
    }

    /** {@code core_enum_value_exists(type, enumerator)}. */
    public static CoreRef enumValueExists(String type, String enumerator) {
        return new CoreRef(Kind.ENUMVAL_EXISTS, type, enumerator);
    }

    /** {@code core_enum_value(type, enumerator)}. */
    public static CoreRef enumValue(String type, String enumerator) {
        return new CoreRef(Kind.ENUMVAL_VALUE, type, enumerator);
    }

    // ---------------------------------------------------------------------------------------------- path syntax

    /** Bounds what one path can make a resolver walk: libbpf's BPF_CORE_SPEC_MAX_LEN. */
    public static final int MAX_STEPS = 64;

    private static List<Step> parse(String path) {
        List<Step> steps = new ArrayList<>();
        int i = 0;
        int n = path.length();
        if (n == 0) {
            throw new IllegalArgumentException("a field relocation needs an access path (a member name)");
        }
        while (i < n) {
            char c = path.charAt(i);
            if (c == '[') {
                int close = path.indexOf(']', i);
                String digits = close < 0 ? "" : path.substring(i + 1, close).strip();
                if (close < 0 || digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)
                        || digits.length() > 9) {
                    throw pathError(path, i, "an array index is a decimal number in brackets, up to 999999999");
                }
                if (steps.isEmpty()) {
                    throw pathError(path, i, "the path starts with a member name, not an index");
                }
                steps.add(new Step(null, Long.parseLong(digits), i));
                i = close + 1;
            } else {
                if (!steps.isEmpty()) {
                    if (c != '.') {
                        throw pathError(path, i, "expected '.' or '[' between steps");
                    }
                    i++;
                }
                int start = i;
                while (i < n && isIdentChar(path.charAt(i), i == start)) {
                    i++;
                }
                if (i == start) {
                    throw pathError(path, start, "expected a member name");
                }
                steps.add(new Step(path.substring(start, i), 0, start));
            }
            if (steps.size() > MAX_STEPS) {
                throw pathError(path, i, "more than " + MAX_STEPS + " steps");
            }
        }
        return List.copyOf(steps);
    }

    private static IllegalArgumentException pathError(String path, int at, String why) {
        return new IllegalArgumentException("access path '" + path + "' at character " + (at + 1) + ": " + why);
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isIdentChar(s.charAt(i), i == 0)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIdentChar(char c, boolean first) {
        return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || !first && c >= '0' && c <= '9';
    }
}
