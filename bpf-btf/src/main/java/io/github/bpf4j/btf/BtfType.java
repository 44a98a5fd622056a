package io.github.bpf4j.btf;

import java.util.List;
import java.util.Objects;

/**
 * One BTF type. Types live in a {@link Btf} arena and refer to each other by type id (an {@code int}; 0 is void).
 * Every record keeps its name ({@code ""} when anonymous) so that reading and writing loses nothing the kernel
 * checks; raw {@code name_off}/{@code info} bits are never exposed.
 *
 * <p>Java 17 has no pattern matching for switch: dispatch on {@link #kind()} with a switch expression.
 */
public sealed interface BtfType {

    /** This type's kind. */
    BtfKind kind();

    /** The name, {@code ""} when anonymous. */
    String name();

    /** How a FUNC or VAR is visible to the linker ({@code BTF_FUNC_*}, {@code BTF_VAR_*}: 0, 1, 2). */
    enum Linkage {
        STATIC, GLOBAL, EXTERN;

        /** The linkage numbered {@code value}, or null when unknown. */
        public static Linkage ofValue(int value) {
            return value >= 0 && value < 3 ? values()[value] : null;
        }
    }

    /** The meaning of an INT's bits ({@code BTF_INT_SIGNED}, {@code BTF_INT_CHAR}, {@code BTF_INT_BOOL}). */
    enum IntEncoding {
        NONE(0), SIGNED(1), CHAR(2), BOOL(4);

        private final int bits;

        IntEncoding(int bits) {
            this.bits = bits;
        }

        /** The encoding bits as the kernel stores them. */
        public int bits() {
            return bits;
        }

        /** The encoding for {@code bits}, or null when not exactly one known flag (or none). */
        public static IntEncoding ofBits(int bits) {
            for (IntEncoding e : values()) {
                if (e.bits == bits) {
                    return e;
                }
            }
            return null;
        }
    }

    /** Type id 0. */
    record Void() implements BtfType {
        public static final Void INSTANCE = new Void();

        @Override public BtfKind kind() { return BtfKind.VOID; }
        @Override public String name() { return ""; }
    }

    /** An integer of {@code size} bytes whose value uses {@code bits} bits starting at {@code bitOffset}. */
    record Int(String name, int size, IntEncoding encoding, int bitOffset, int bits) implements BtfType {
        public Int {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(encoding, "encoding");
            if (size <= 0 || bits <= 0 || bitOffset < 0 || bitOffset + bits > 8L * size) {
                throw new IllegalArgumentException("INT " + name + ": size " + size + ", bits " + bits
                        + ", offset " + bitOffset + " do not fit");
            }
        }

        /** A plain integer using all its bits. */
        public static Int of(String name, int size, IntEncoding encoding) {
            return new Int(name, size, encoding, 0, size * 8);
        }

        @Override public BtfKind kind() { return BtfKind.INT; }
        public boolean isSigned() { return encoding == IntEncoding.SIGNED; }
    }

    /** A pointer to {@code type}. */
    record Ptr(String name, int type) implements Reference {
        public Ptr { checkRef(name, type); }
        public static Ptr of(int type) { return new Ptr("", type); }
        @Override public BtfKind kind() { return BtfKind.PTR; }
    }

    /** An array of {@code nelems} elements of {@code type}, indexed by {@code indexType}. */
    record Array(String name, int type, int indexType, int nelems) implements BtfType {
        public Array {
            checkRef(name, type);
            checkRef(name, indexType);
        }
        public static Array of(int type, int indexType, int nelems) { return new Array("", type, indexType, nelems); }
        @Override public BtfKind kind() { return BtfKind.ARRAY; }
        /** The element count as the unsigned number BTF stores. */
        public long count() { return Integer.toUnsignedLong(nelems); }
    }

    /**
     * A struct or union member. {@code bitOffset} counts bits from the start of the enclosing type;
     * {@code bitfieldSize} is 0 for a member that is not a bitfield.
     */
    record Member(String name, int type, long bitOffset, int bitfieldSize) {
        public Member {
            checkRef(name, type);
            if (bitOffset < 0 || bitOffset > 0xffff_ffffL || bitfieldSize < 0 || bitfieldSize > 255) {
                throw new IllegalArgumentException("member " + name + ": bit offset " + bitOffset
                        + " or bitfield size " + bitfieldSize + " out of range");
            }
        }
        public static Member of(String name, int type, long bitOffset) { return new Member(name, type, bitOffset, 0); }
        public boolean isBitfield() { return bitfieldSize != 0; }
        /** The byte offset of a non-bitfield member (the byte holding the first bit otherwise). */
        public long byteOffset() { return bitOffset / 8; }
    }

    /** STRUCT or UNION. */
    sealed interface Composite extends BtfType permits Struct, Union {
        int size();
        List<Member> members();
    }

    /** A struct of {@code size} bytes. */
    record Struct(String name, int size, List<Member> members) implements Composite {
        public Struct {
            Objects.requireNonNull(name, "name");
            checkSize(name, size);
            members = List.copyOf(members);
            checkVlen(members.size());
        }
        @Override public BtfKind kind() { return BtfKind.STRUCT; }
    }

    /** A union of {@code size} bytes. */
    record Union(String name, int size, List<Member> members) implements Composite {
        public Union {
            Objects.requireNonNull(name, "name");
            checkSize(name, size);
            members = List.copyOf(members);
            checkVlen(members.size());
        }
        @Override public BtfKind kind() { return BtfKind.UNION; }
    }

    /** An enumerator. For ENUM64 and unsigned enums the value is the raw 64-bit pattern. */
    record EnumValue(String name, long value) {
        public EnumValue { Objects.requireNonNull(name, "name"); }
    }

    /** ENUM (32-bit values) or ENUM64. */
    sealed interface Enumeration extends BtfType permits Enum, Enum64 {
        int size();
        boolean signed();
        List<EnumValue> values();
    }

    /** An enum whose values fit 32 bits (sign-extended when {@code signed}, zero-extended otherwise). */
    record Enum(String name, int size, boolean signed, List<EnumValue> values) implements Enumeration {
        public Enum {
            Objects.requireNonNull(name, "name");
            values = List.copyOf(values);
            checkVlen(values.size());
            for (EnumValue v : values) {
                if (signed ? v.value() != (int) v.value() : (v.value() >>> 32) != 0) {
                    throw new IllegalArgumentException("ENUM " + name + ": value " + v + " does not fit 32 bits");
                }
            }
        }
        @Override public BtfKind kind() { return BtfKind.ENUM; }
    }

    /** An enum with 64-bit values. */
    record Enum64(String name, int size, boolean signed, List<EnumValue> values) implements Enumeration {
        public Enum64 {
            Objects.requireNonNull(name, "name");
            values = List.copyOf(values);
            checkVlen(values.size());
        }
        @Override public BtfKind kind() { return BtfKind.ENUM64; }
    }

    /** A forward declaration of a struct or (when {@code union}) a union. */
    record Fwd(String name, boolean union) implements BtfType {
        public Fwd { Objects.requireNonNull(name, "name"); }
        @Override public BtfKind kind() { return BtfKind.FWD; }
    }

    /** PTR, TYPEDEF, VOLATILE, CONST, RESTRICT and TYPE_TAG: kinds whose only content is another type. */
    sealed interface Reference extends BtfType permits Ptr, Typedef, Volatile, Const, Restrict, TypeTag {
        int type();
    }

    record Typedef(String name, int type) implements Reference {
        public Typedef { checkRef(name, type); }
        @Override public BtfKind kind() { return BtfKind.TYPEDEF; }
    }

    record Volatile(String name, int type) implements Reference {
        public Volatile { checkRef(name, type); }
        public static Volatile of(int type) { return new Volatile("", type); }
        @Override public BtfKind kind() { return BtfKind.VOLATILE; }
    }

    record Const(String name, int type) implements Reference {
        public Const { checkRef(name, type); }
        public static Const of(int type) { return new Const("", type); }
        @Override public BtfKind kind() { return BtfKind.CONST; }
    }

    record Restrict(String name, int type) implements Reference {
        public Restrict { checkRef(name, type); }
        public static Restrict of(int type) { return new Restrict("", type); }
        @Override public BtfKind kind() { return BtfKind.RESTRICT; }
    }

    /** A tag on a pointee type ({@code __attribute__((btf_type_tag("name")))}). */
    record TypeTag(String name, int type) implements Reference {
        public TypeTag { checkRef(name, type); }
        @Override public BtfKind kind() { return BtfKind.TYPE_TAG; }
    }

    /** A function: its name, its FUNC_PROTO and its linkage. */
    record Func(String name, int type, Linkage linkage) implements BtfType {
        public Func {
            checkRef(name, type);
            Objects.requireNonNull(linkage, "linkage");
        }
        @Override public BtfKind kind() { return BtfKind.FUNC; }
    }

    /** A parameter; a last parameter with empty name and type 0 marks a variadic function. */
    record Param(String name, int type) {
        public Param { checkRef(name, type); }
    }

    /** A function signature. */
    record FuncProto(String name, int returnType, List<Param> params) implements BtfType {
        public FuncProto {
            checkRef(name, returnType);
            params = List.copyOf(params);
            checkVlen(params.size());
        }
        public static FuncProto of(int returnType, List<Param> params) { return new FuncProto("", returnType, params); }
        @Override public BtfKind kind() { return BtfKind.FUNC_PROTO; }
        /** True when the last parameter is the {@code ...} marker (type 0). */
        public boolean variadic() { return !params.isEmpty() && params.get(params.size() - 1).type() == 0; }
    }

    /** A global or static variable. */
    record Var(String name, int type, Linkage linkage) implements BtfType {
        public Var {
            checkRef(name, type);
            Objects.requireNonNull(linkage, "linkage");
        }
        @Override public BtfKind kind() { return BtfKind.VAR; }
    }

    /** Where a VAR (or FUNC, for .ksyms) sits in a data section. */
    record VarSecinfo(int type, long offset, long size) {
        public VarSecinfo {
            checkRef("secinfo", type);
            if (offset < 0 || offset > 0xffff_ffffL || size < 0 || size > 0xffff_ffffL) {
                throw new IllegalArgumentException("secinfo offset " + offset + " / size " + size + " out of range");
            }
        }
    }

    /** A data section ({@code .data}, {@code .bss}, {@code .rodata}, {@code .maps}, ...) and its variables. */
    record Datasec(String name, int size, List<VarSecinfo> vars) implements BtfType {
        public Datasec {
            Objects.requireNonNull(name, "name");
            checkSize(name, size);
            vars = List.copyOf(vars);
            checkVlen(vars.size());
        }
        @Override public BtfKind kind() { return BtfKind.DATASEC; }
    }

    /** A floating-point type of {@code size} bytes. */
    record Float(String name, int size) implements BtfType {
        public Float { Objects.requireNonNull(name, "name"); }
        @Override public BtfKind kind() { return BtfKind.FLOAT; }
    }

    /**
     * A tag ({@code btf_decl_tag}) on a declaration: on {@code type} itself when {@code componentIdx} is -1,
     * otherwise on its member or parameter number {@code componentIdx}.
     */
    record DeclTag(String name, int type, int componentIdx) implements BtfType {
        public DeclTag {
            checkRef(name, type);
            if (componentIdx < -1) {
                throw new IllegalArgumentException("DECL_TAG " + name + ": component index " + componentIdx);
            }
        }
        @Override public BtfKind kind() { return BtfKind.DECL_TAG; }
    }

    private static void checkRef(String name, int type) {
        Objects.requireNonNull(name, "name");
        if (type < 0) {
            throw new IllegalArgumentException(name + ": negative type id " + type);
        }
    }

    private static void checkSize(String name, int size) {
        if (size < 0) {
            throw new IllegalArgumentException(name + ": size " + Integer.toUnsignedString(size) + " is over 2 GiB");
        }
    }

    private static void checkVlen(int n) {
        if (n > 0xffff) {
            throw new IllegalArgumentException("more than 65535 members/values/params (" + n + ")");
        }
    }
}
