package io.github.bpf4j.btf.dump;

import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.BtfFormatException;
import io.github.bpf4j.btf.BtfKind;
import io.github.bpf4j.btf.BtfType;
import io.github.bpf4j.btf.BtfType.Array;
import io.github.bpf4j.btf.BtfType.Composite;
import io.github.bpf4j.btf.BtfType.EnumValue;
import io.github.bpf4j.btf.BtfType.Enumeration;
import io.github.bpf4j.btf.BtfType.FuncProto;
import io.github.bpf4j.btf.BtfType.Member;
import io.github.bpf4j.btf.BtfType.Param;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a BTF as a C header, byte for byte what {@code bpftool btf dump file F format c} prints (bpftool 7.1 as
 * Debian builds it from Linux 6.1.y): the {@code __VMLINUX_H__} guard, the {@code preserve_access_index} pragma, then every type in id
 * order with its dependencies first.
 *
 * <p>The algorithm follows libbpf btf_dump.c as of v1.1.0 function by function ({@code btf_dump_order_type},
 * {@code btf_dump_emit_type}, {@code btf_dump_emit_struct_def}, {@code btf_dump_emit_bit_padding},
 * {@code btf_dump_emit_type_chain}, {@code btf_dump_resolve_name}, ...); names below say which. Output must match
 * bpftool exactly, including its quirks (enumerator names counted each time an enum is printed, packedness inferred
 * from offsets, {@code long: 0} alignment markers), so the port keeps libbpf's state machine rather than
 * re-deriving the layout. bpftool 7.1's copy differs from libbpf v1.1.0 in two places, both checked against
 * bpftool with crafted BTF: prototypes without parameters print {@code (void)} (a 2024 fix backported to 6.1.y) and
 * enums get no {@code mode(byte)}/{@code mode(word)} attributes.
 */
public final class BtfCDump {

    /** Tabs for indentation; libbpf caps the prefix at 13 tabs. */
    private static final String PREFIXES = "\t\t\t\t\t\t\t\t\t\t\t\t\t";
    /** Bound on nested emission (C declarators, anonymous types); libbpf has none and would overflow its stack. */
    private static final int MAX_DEPTH = 512;

    private static final byte NOT_ORDERED = 0;
    private static final byte ORDERING = 1;
    private static final byte ORDERED = 2;
    private static final byte NOT_EMITTED = 0;
    private static final byte EMITTING = 1;
    private static final byte EMITTED = 2;

    private final Btf btf;
    private final BtfType[] types;
    private final int ptrSize;
    private final StringBuilder out;
    private final byte[] orderState;
    private final byte[] emitState;
    private final boolean[] fwdEmitted;
    private final boolean[] nameResolved;
    private final boolean[] referenced;
    private final String[] cachedNames;
    private final Map<String, Integer> typeNames = new HashMap<>();
    private final Map<String, Integer> identNames = new HashMap<>();
    private int[] emitQueue = new int[64];
    private int emitQueueCount;
    private int[] declStack = new int[64];
    private int declStackCount;
    private int depth;

    private BtfCDump(Btf btf, StringBuilder out) {
        int n = btf.typeCount();
        this.btf = btf;
        this.types = new BtfType[n];
        for (int id = 0; id < n; id++) {
            types[id] = btf.type(id);
        }
        this.ptrSize = btf.pointerSize();
        this.out = out;
        this.orderState = new byte[n];
        this.emitState = new byte[n];
        this.fwdEmitted = new boolean[n];
        this.nameResolved = new boolean[n];
        this.referenced = new boolean[n];
        this.cachedNames = new String[n];
        orderState[0] = ORDERED;
        emitState[0] = EMITTED;
        markReferenced();
    }

    /**
     * The whole header, as {@code bpftool btf dump file F format c} prints it for {@code btf}.
     *
     * @throws BtfFormatException when the types form a cycle C cannot express (libbpf: "unsatisfiable type cycle")
     *                            or nest deeper than the dump supports
     */
    public static String write(Btf btf) {
        StringBuilder sb = new StringBuilder(1 << 20);
        // header and footer as bpftool's btf.c dump_btf_c prints them
        sb.append("#ifndef __VMLINUX_H__\n#define __VMLINUX_H__\n\n");
        sb.append("#ifndef BPF_NO_PRESERVE_ACCESS_INDEX\n");
        sb.append("#pragma clang attribute push (__attribute__((preserve_access_index)), apply_to = record)\n");
        sb.append("#endif\n\n");
        BtfCDump d = new BtfCDump(btf, sb);
        for (int id = 1; id < d.types.length; id++) {
            d.dumpType(id);
        }
        sb.append("#ifndef BPF_NO_PRESERVE_ACCESS_INDEX\n#pragma clang attribute pop\n#endif\n\n");
        sb.append("#endif /* __VMLINUX_H__ */\n");
        return sb.toString();
    }

    /**
     * The C definitions of the given types and of everything they need, without the header guard and pragma: what
     * libbpf's {@code btf_dump__dump_type} prints when called for each id in turn.
     */
    public static String writeTypes(Btf btf, int... ids) {
        StringBuilder sb = new StringBuilder();
        BtfCDump d = new BtfCDump(btf, sb);
        for (int id : ids) {
            if (id < 0 || id >= d.types.length) {
                throw new IllegalArgumentException("type id " + id + " out of range 0.." + (d.types.length - 1));
            }
            d.dumpType(id);
        }
        return sb.toString();
    }

    /** libbpf btf_dump__dump_type: order the type's dependencies, then emit them. */
    private void dumpType(int id) {
        emitQueueCount = 0;
        orderType(id, false);
        for (int i = 0; i < emitQueueCount; i++) {
            emitType(emitQueue[i], 0);
        }
    }

    /**
     * libbpf btf_dump_mark_referenced: which types some other type refers to. A top-level anonymous enum (a set of
     * constants) is one no type refers to.
     */
    private void markReferenced() {
        for (int id = 1; id < types.length; id++) {
            BtfType t = types[id];
            switch (t.kind()) {
                case INT, ENUM, ENUM64, FWD, FLOAT, VOID -> { }
                case VOLATILE, CONST, RESTRICT, PTR, TYPEDEF, TYPE_TAG -> referenced[((BtfType.Reference) t).type()] = true;
                case FUNC -> referenced[((BtfType.Func) t).type()] = true;
                case VAR -> referenced[((BtfType.Var) t).type()] = true;
                case DECL_TAG -> referenced[((BtfType.DeclTag) t).type()] = true;
                case ARRAY -> {
                    referenced[((Array) t).indexType()] = true;
                    referenced[((Array) t).type()] = true;
                }
                case STRUCT, UNION -> {
                    for (Member m : ((Composite) t).members()) {
                        referenced[m.type()] = true;
                    }
                }
                case FUNC_PROTO -> {
                    for (Param p : ((FuncProto) t).params()) {
                        referenced[p.type()] = true;
                    }
                }
                case DATASEC -> {
                    for (BtfType.VarSecinfo v : ((BtfType.Datasec) t).vars()) {
                        referenced[v.type()] = true;
                    }
                }
            }
        }
    }

    private void enqueue(int id) {
        if (emitQueueCount == emitQueue.length) {
            emitQueue = java.util.Arrays.copyOf(emitQueue, emitQueueCount * 2);
        }
        emitQueue[emitQueueCount++] = id;
    }

    private void enter(int id) {
        if (++depth > MAX_DEPTH) {
            throw new BtfFormatException(id, -1, "types nest deeper than " + MAX_DEPTH
                    + " levels; the C dump cannot express them");
        }
    }

    /**
     * libbpf btf_dump_order_type: topological sort. Returns true when the link to {@code id} is strong (its full
     * definition must come first), false when a forward declaration suffices.
     */
    private boolean orderType(int id, boolean throughPtr) {
        enter(id);
        try {
            return orderTypeInner(id, throughPtr);
        } finally {
            depth--;
        }
    }

    private boolean orderTypeInner(int id, boolean throughPtr) {
        if (orderState[id] == ORDERED) {
            return true;
        }
        BtfType t = types[id];
        if (orderState[id] == ORDERING) {
            // a loop is resolvable only through a pointer to a named struct/union
            if (t instanceof Composite && throughPtr && !t.name().isEmpty()) {
                return false;
            }
            throw new BtfFormatException(id, -1, "unsatisfiable type cycle");
        }
        switch (t.kind()) {
            case INT, FLOAT -> {
                orderState[id] = ORDERED;
                return false;
            }
            case PTR -> {
                boolean strong = orderType(((BtfType.Ptr) t).type(), true);
                orderState[id] = ORDERED;
                return strong;
            }
            case ARRAY -> {
                return orderType(((Array) t).type(), false);
            }
            case STRUCT, UNION -> {
                // part of a strong link only when embedded, or anonymous (then defined inline even behind a pointer)
                if (throughPtr && !t.name().isEmpty()) {
                    return false;
                }
                orderState[id] = ORDERING;
                for (Member m : ((Composite) t).members()) {
                    orderType(m.type(), false);
                }
                if (!t.name().isEmpty()) {
                    enqueue(id);
                }
                orderState[id] = ORDERED;
                return true;
            }
            case ENUM, ENUM64, FWD -> {
                // named or unreferenced enums are top-level declarations
                if (!t.name().isEmpty() || !referenced[id]) {
                    enqueue(id);
                }
                orderState[id] = ORDERED;
                return true;
            }
            case TYPEDEF -> {
                boolean strong = orderType(((BtfType.Typedef) t).type(), throughPtr);
                if (throughPtr && !strong) {
                    return false;
                }
                enqueue(id);
                orderState[id] = ORDERED;
                return true;
            }
            case VOLATILE, CONST, RESTRICT, TYPE_TAG -> {
                return orderType(((BtfType.Reference) t).type(), throughPtr);
            }
            case FUNC_PROTO -> {
                FuncProto fp = (FuncProto) t;
                boolean strong = orderType(fp.returnType(), throughPtr);
                for (Param p : fp.params()) {
                    if (orderType(p.type(), throughPtr)) {
                        strong = true;
                    }
                }
                return strong;
            }
            case FUNC, VAR, DATASEC, DECL_TAG -> {
                orderState[id] = ORDERED;
                return false;
            }
            default -> throw new BtfFormatException(id, -1, "kind " + t.kind() + " cannot be ordered");
        }
    }

    /** libbpf btf_dump_is_blacklisted: {@code __builtin_va_list} is the compiler's own. */
    private boolean isBlacklisted(int id) {
        return types[id].name().equals("__builtin_va_list");
    }

    /**
     * libbpf btf_dump_emit_type: emits {@code id}'s definition and the forward declarations it needs;
     * {@code contId} is the struct being defined around it (0 at top level).
     */
    private void emitType(int id, int contId) {
        enter(id);
        try {
            emitTypeInner(id, contId);
        } finally {
            depth--;
        }
    }

    private void emitTypeInner(int id, int contId) {
        if (emitState[id] == EMITTED) {
            return;
        }
        boolean topLevel = contId == 0;
        BtfType t = types[id];
        if (emitState[id] == EMITTING) {
            if (fwdEmitted[id]) {
                return;
            }
            switch (t.kind()) {
                case STRUCT, UNION -> {
                    // a struct referring to itself needs no forward declaration
                    if (id == contId) {
                        return;
                    }
                    if (t.name().isEmpty()) {
                        return; // libbpf: "anonymous struct/union loop"
                    }
                    emitStructFwd(id, t);
                    out.append(";\n\n");
                    fwdEmitted[id] = true;
                }
                case TYPEDEF -> {
                    // the typedef serves as its own forward declaration for pointer uses
                    if (!isBlacklisted(id)) {
                        emitTypedefDef(id, (BtfType.Typedef) t, 0);
                        out.append(";\n\n");
                    }
                    fwdEmitted[id] = true;
                }
                default -> { }
            }
            return;
        }
        switch (t.kind()) {
            case INT -> {
                emitMissingAliases(id);
                emitState[id] = EMITTED;
            }
            case ENUM, ENUM64 -> {
                if (topLevel) {
                    emitEnumDef(id, (Enumeration) t, 0);
                    out.append(";\n\n");
                }
                emitState[id] = EMITTED;
            }
            case PTR, VOLATILE, CONST, RESTRICT, TYPE_TAG -> emitType(((BtfType.Reference) t).type(), contId);
            case ARRAY -> emitType(((Array) t).type(), contId);
            case FWD -> {
                emitFwdDef(id, (BtfType.Fwd) t);
                out.append(";\n\n");
                emitState[id] = EMITTED;
            }
            case TYPEDEF -> {
                emitState[id] = EMITTING;
                emitType(((BtfType.Typedef) t).type(), id);
                if (!fwdEmitted[id] && !isBlacklisted(id)) {
                    emitTypedefDef(id, (BtfType.Typedef) t, 0);
                    out.append(";\n\n");
                }
                emitState[id] = EMITTED;
            }
            case STRUCT, UNION -> {
                emitState[id] = EMITTING;
                boolean anonymous = t.name().isEmpty();
                if (topLevel || anonymous) {
                    // all members will be printed: make sure what they need is declared
                    int newContId = anonymous ? contId : id;
                    for (Member m : ((Composite) t).members()) {
                        emitType(m.type(), newContId);
                    }
                } else if (!fwdEmitted[id] && id != contId) {
                    emitStructFwd(id, t);
                    out.append(";\n\n");
                    fwdEmitted[id] = true;
                }
                if (topLevel) {
                    emitStructDef(id, (Composite) t, 0);
                    out.append(";\n\n");
                    emitState[id] = EMITTED;
                } else {
                    emitState[id] = NOT_EMITTED;
                }
            }
            case FUNC_PROTO -> {
                FuncProto fp = (FuncProto) t;
                emitType(fp.returnType(), contId);
                for (Param p : fp.params()) {
                    emitType(p.type(), contId);
                }
            }
            default -> { }
        }
    }

    /** libbpf btf_is_struct_packed: some member off its natural alignment, or a size not a multiple of it. */
    private boolean isStructPacked(Composite t) {
        int maxAlign = 1;
        for (Member m : t.members()) {
            int align = alignOf(m.type(), 0);
            if (align != 0 && m.bitfieldSize() == 0 && m.bitOffset() % (8L * align) != 0) {
                return true;
            }
            maxAlign = Math.max(align, maxAlign);
        }
        return Integer.toUnsignedLong(t.size()) % maxAlign != 0;
    }

    private static int roundup(int x, int y) {
        return (x + y - 1) / y * y;
    }

    private static final String[] PAD_NAMES = {"long", "int", "short", "char"};

    /**
     * libbpf btf_dump_emit_bit_padding: fills the gap from {@code curOff} to {@code nextOff} bits with anonymous
     * bitfields ({@code long: 64;}), relying on natural alignment where it can and forcing it with {@code type: 0}
     * markers where it cannot.
     */
    private void emitBitPadding(int curOff, int nextOff, int nextAlign, boolean inBitfield, int lvl) {
        int[] padBits = {ptrSize * 8, 32, 16, 8};
        if (curOff >= nextOff) {
            return;
        }
        int newOff = 0;
        int bits;
        String padType = null;
        int padSize = 0;
        for (int i = 0; i < 4; i++) {
            padSize = padBits[i];
            padType = PAD_NAMES[i];
            newOff = roundup(curOff, padSize);
            if (newOff <= nextOff) {
                break;
            }
        }
        if (newOff > curOff && newOff <= nextOff) {
            boolean alignedByCompiler = nextAlign != 0 && roundup(curOff, nextAlign * 8) == newOff;
            if (inBitfield || (newOff == nextOff && !alignedByCompiler)
                    || (newOff != nextOff && nextOff - newOff <= newOff - curOff)) {
                out.append('\n').append(pfx(lvl)).append(padType).append(": ")
                        .append(inBitfield ? newOff - curOff : 0).append(';');
            }
            curOff = newOff;
        }
        while (curOff != nextOff) {
            bits = Math.min(nextOff - curOff, padSize);
            if (bits == padSize) {
                out.append('\n').append(pfx(lvl)).append(padType).append(": ").append(padSize).append(';');
                curOff += bits;
                continue;
            }
            // the remainder gets the smallest type that holds it (libbpf keeps that type for what follows)
            for (int i = 3; i >= 0; i--) {
                padType = PAD_NAMES[i];
                padSize = padBits[i];
                if (padSize < bits) {
                    continue;
                }
                out.append('\n').append(pfx(lvl)).append(padType).append(": ").append(bits).append(';');
                curOff += bits;
                break;
            }
        }
    }

    /** libbpf btf_dump_emit_struct_fwd. */
    private void emitStructFwd(int id, BtfType t) {
        out.append(t.kind() == BtfKind.STRUCT ? "struct" : "union");
        if (!t.name().isEmpty()) {
            out.append(' ');
        }
        out.append(typeName(id));
    }

    /** libbpf btf_dump_emit_struct_def. */
    private void emitStructDef(int id, Composite t, int lvl) {
        boolean isStruct = t.kind() == BtfKind.STRUCT;
        int align = alignOf(id, 0);
        boolean packed = isStruct && isStructPacked(t);
        out.append(isStruct ? "struct" : "union");
        if (!t.name().isEmpty()) {
            out.append(' ');
        }
        out.append(typeName(id)).append(" {");
        boolean prevBitfield = false;
        int off = 0;
        for (Member m : t.members()) {
            int mSize = m.bitfieldSize();
            int mOff = (int) m.bitOffset();
            int mAlign = packed ? 1 : alignOf(m.type(), 0);
            boolean inBitfield = prevBitfield && mSize != 0;
            emitBitPadding(off, mOff, mAlign, inBitfield, lvl + 1);
            out.append('\n').append(pfx(lvl + 1));
            emitTypeDecl(m.type(), m.name(), lvl + 1);
            if (mSize != 0) {
                out.append(": ").append(mSize);
                off = mOff + mSize;
                prevBitfield = true;
            } else {
                long size = memberSize(m.type());
                off = (int) (mOff + size * 8);
                prevBitfield = false;
            }
            out.append(';');
        }
        if (isStruct) {
            emitBitPadding(off, t.size() * 8, align, false, lvl + 1);
        }
        // keep `struct empty {}` on one line
        if (!t.members().isEmpty() || t.size() != 0) {
            out.append('\n').append(pfx(lvl)).append('}');
        } else {
            out.append('}');
        }
        if (packed) {
            out.append(" __attribute__((packed))");
        }
    }

    /** libbpf missing_base_types: GCC's Arm SIMD __PolyX_t types, aliased to standard ones. */
    private static final String[][] MISSING_BASE_TYPES = {
        {"__Poly8_t", "unsigned char"},
        {"__Poly16_t", "unsigned short"},
        {"__Poly64_t", "unsigned long long"},
        {"__Poly128_t", "unsigned __int128"},
    };

    /** libbpf btf_dump_emit_missing_aliases; resolving the name counts it among type names, as libbpf does. */
    private void emitMissingAliases(int id) {
        String name = typeName(id);
        for (String[] alias : MISSING_BASE_TYPES) {
            if (alias[0].equals(name)) {
                out.append("typedef ").append(alias[1]).append(' ').append(name).append(";\n\n");
                break;
            }
        }
    }

    /** libbpf btf_dump_emit_enum_fwd. */
    private void emitEnumFwd(int id) {
        out.append("enum ").append(typeName(id));
    }

    /**
     * libbpf btf_dump_emit_enum_def with btf_dump_emit_enum32_val / enum64_val. Enumerators share the namespace of
     * typedefs; each printing counts them again, so a duplicate gets a {@code ___N} suffix.
     */
    private void emitEnumDef(int id, Enumeration t, int lvl) {
        List<EnumValue> values = t.values();
        out.append("enum");
        if (!t.name().isEmpty()) {
            out.append(' ');
        }
        out.append(typeName(id));
        if (values.isEmpty()) {
            return;
        }
        out.append(" {");
        boolean is64 = t.kind() == BtfKind.ENUM64;
        for (EnumValue v : values) {
            int dups = nameDups(identNames, v.name());
            out.append('\n').append(pfx(lvl + 1)).append(v.name());
            if (dups > 1) {
                out.append("___").append(dups);
            }
            out.append(" = ");
            if (is64) {
                out.append(t.signed() ? Long.toString(v.value()) + "LL" : Long.toUnsignedString(v.value()) + "ULL");
            } else {
                out.append(t.signed() ? Integer.toString((int) v.value())
                        : Integer.toUnsignedString((int) v.value()));
            }
            out.append(',');
        }
        out.append('\n').append(pfx(lvl)).append('}');
        // bpftool 7.1 prints no mode(byte)/mode(word) size attributes: that libbpf change (Dec 2022) did not reach
        // Linux 6.1.y, checked against bpftool with 1- and 8-byte enums
    }

    /** libbpf btf_dump_emit_fwd_def. */
    private void emitFwdDef(int id, BtfType.Fwd t) {
        out.append(t.union() ? "union " : "struct ").append(typeName(id));
    }

    /** libbpf btf_dump_emit_typedef_def, with its fix for old GCC's {@code __gnuc_va_list} typedef of void. */
    private void emitTypedefDef(int id, BtfType.Typedef t, int lvl) {
        String name = identName(id);
        if (t.type() == 0 && name.equals("__gnuc_va_list")) {
            out.append("typedef __builtin_va_list __gnuc_va_list");
            return;
        }
        out.append("typedef ");
        emitTypeDecl(t.type(), name, lvl);
    }

    private void pushDecl(int id) {
        if (declStackCount == declStack.length) {
            declStack = java.util.Arrays.copyOf(declStack, declStackCount * 2);
        }
        declStack[declStackCount++] = id;
    }

    /** A view of one frame of the shared declaration stack (libbpf struct id_stack). */
    private static final class Frame {
        final int base;
        int count;

        Frame(int base, int count) {
            this.base = base;
            this.count = count;
        }
    }

    /**
     * libbpf btf_dump_emit_type_decl: pushes the chain of modifiers, pointers, arrays and prototypes down to a
     * named type, then prints it as a C declarator around {@code fname}.
     */
    private void emitTypeDecl(int id, String fname, int lvl) {
        enter(id);
        try {
            int start = declStackCount;
            for (int guard = 0; ; guard++) {
                if (guard > MAX_DEPTH) {
                    throw new BtfFormatException(id, -1, "declarator chain longer than " + MAX_DEPTH
                            + " types (a cycle?)");
                }
                pushDecl(id);
                if (id == 0) {
                    break;
                }
                BtfType t = types[id];
                boolean done = switch (t.kind()) {
                    case PTR, VOLATILE, CONST, RESTRICT, TYPE_TAG -> {
                        id = ((BtfType.Reference) t).type();
                        yield false;
                    }
                    case FUNC_PROTO -> {
                        id = ((FuncProto) t).returnType();
                        yield false;
                    }
                    case ARRAY -> {
                        id = ((Array) t).type();
                        yield false;
                    }
                    default -> true; // INT, ENUM, FWD, STRUCT, UNION, TYPEDEF, FLOAT; others are unexpected
                };
                if (done) {
                    break;
                }
            }
            emitTypeChain(new Frame(start, declStackCount - start), fname, lvl);
            declStackCount = start;
        } finally {
            depth--;
        }
    }

    private int peek(Frame f) {
        return declStack[f.base + f.count - 1];
    }

    /** libbpf btf_dump_emit_mods: qualifiers written before a non-pointer type. */
    private void emitMods(Frame f) {
        while (f.count > 0) {
            String q = switch (types[peek(f)].kind()) {
                case VOLATILE -> "volatile ";
                case CONST -> "const ";
                case RESTRICT -> "restrict ";
                default -> null;
            };
            if (q == null) {
                return;
            }
            out.append(q);
            f.count--;
        }
    }

    /** libbpf btf_dump_drop_mods: qualifiers of arrays and prototypes are dropped (GCC quirks). */
    private void dropMods(Frame f) {
        while (f.count > 0 && types[peek(f)].kind().isModifier()) {
            f.count--;
        }
    }

    private void emitName(String name, boolean lastWasPtr) {
        if (!name.isEmpty() && !lastWasPtr) {
            out.append(' ');
        }
        out.append(name);
    }

    /** libbpf btf_dump_emit_type_chain. */
    private void emitTypeChain(Frame f, String fname, int lvl) {
        // start as if after a pointer: a lone pointer in a prototype prints as (*name)
        boolean lastWasPtr = true;
        while (f.count > 0) {
            int id = declStack[f.base + --f.count];
            if (id == 0) {
                emitMods(f);
                out.append("void");
                lastWasPtr = false;
                continue;
            }
            BtfType t = types[id];
            BtfKind kind = t.kind();
            switch (kind) {
                case INT, FLOAT -> {
                    emitMods(f);
                    out.append(t.name());
                }
                case STRUCT, UNION -> {
                    emitMods(f);
                    if (t.name().isEmpty()) {
                        emitStructDef(id, (Composite) t, lvl);
                    } else {
                        emitStructFwd(id, t);
                    }
                }
                case ENUM, ENUM64 -> {
                    emitMods(f);
                    if (t.name().isEmpty()) {
                        emitEnumDef(id, (Enumeration) t, lvl);
                    } else {
                        emitEnumFwd(id);
                    }
                }
                case FWD -> {
                    emitMods(f);
                    emitFwdDef(id, (BtfType.Fwd) t);
                }
                case TYPEDEF -> {
                    emitMods(f);
                    out.append(identName(id));
                }
                case PTR -> out.append(lastWasPtr ? "*" : " *");
                case VOLATILE -> out.append(" volatile");
                case CONST -> out.append(" const");
                case RESTRICT -> out.append(" restrict");
                case TYPE_TAG -> {
                    emitMods(f);
                    out.append(" __attribute__((btf_type_tag(\"").append(t.name()).append("\")))");
                }
                case ARRAY -> {
                    long nelems = ((Array) t).count();
                    dropMods(f);
                    if (f.count == 0) {
                        emitName(fname, lastWasPtr);
                        out.append('[').append(nelems).append(']');
                        return;
                    }
                    boolean multidim = types[peek(f)].kind() == BtfKind.ARRAY;
                    if (!fname.isEmpty() && !lastWasPtr) {
                        out.append(' ');
                    }
                    if (!multidim) {
                        out.append('(');
                    }
                    emitTypeChain(f, fname, lvl);
                    if (!multidim) {
                        out.append(')');
                    }
                    out.append('[').append(nelems).append(']');
                    return;
                }
                case FUNC_PROTO -> {
                    List<Param> params = ((FuncProto) t).params();
                    dropMods(f);
                    if (f.count > 0) {
                        out.append(" (");
                        emitTypeChain(f, fname, lvl);
                        out.append(')');
                    } else {
                        emitName(fname, lastWasPtr);
                    }
                    out.append('(');
                    // clang writes f(void) as one void parameter; bpftool 7.1 (Linux 6.1.y, with libbpf commit
                    // "Fix no-args func prototype BTF dumping syntax") prints both that and no parameters as (void)
                    if (params.isEmpty() || (params.size() == 1 && params.get(0).type() == 0)) {
                        out.append("void)");
                        return;
                    }
                    for (int i = 0; i < params.size(); i++) {
                        Param p = params.get(i);
                        if (i > 0) {
                            out.append(", ");
                        }
                        if (i == params.size() - 1 && p.type() == 0) {
                            out.append("...");
                            break;
                        }
                        emitTypeDecl(p.type(), p.name(), lvl);
                    }
                    out.append(')');
                    return;
                }
                default -> {
                    return; // libbpf: "unexpected type in decl chain"
                }
            }
            lastWasPtr = kind == BtfKind.PTR;
        }
        emitName(fname, lastWasPtr);
    }

    /** libbpf btf_dump_name_dups: counts one more use of {@code name}, returns the count. */
    private static int nameDups(Map<String, Integer> names, String name) {
        return names.merge(name, 1, Integer::sum);
    }

    /**
     * libbpf btf_dump_resolve_name: the first type to claim a name keeps it, later ones get {@code name___N}. FWDs
     * and empty (forward-declared) enums keep their name without claiming it.
     */
    private String resolveName(int id, Map<String, Integer> names) {
        BtfType t = types[id];
        String orig = t.name();
        if (orig.isEmpty()) {
            return "";
        }
        if (nameResolved[id]) {
            return cachedNames[id] != null ? cachedNames[id] : orig;
        }
        if (t.kind() == BtfKind.FWD || (t.kind() == BtfKind.ENUM && ((Enumeration) t).values().isEmpty())) {
            nameResolved[id] = true;
            return orig;
        }
        int dups = nameDups(names, orig);
        if (dups > 1) {
            String dedup = orig + "___" + dups;
            // libbpf formats into a 256-byte buffer
            cachedNames[id] = dedup.length() > 255 ? dedup.substring(0, 255) : dedup;
        }
        nameResolved[id] = true;
        return cachedNames[id] != null ? cachedNames[id] : orig;
    }

    private String typeName(int id) {
        return resolveName(id, typeNames);
    }

    private String identName(int id) {
        return resolveName(id, identNames);
    }

    private static String pfx(int lvl) {
        return lvl >= PREFIXES.length() ? PREFIXES : PREFIXES.substring(0, lvl);
    }

    /**
     * libbpf btf__align_of: natural alignment; 1 for a struct whose layout shows it is packed; 0 for kinds without
     * alignment (libbpf warns and returns 0).
     */
    private int alignOf(int id, int level) {
        if (level > MAX_DEPTH) {
            throw new BtfFormatException(id, -1, "alignment chain deeper than " + MAX_DEPTH);
        }
        BtfType t = types[id];
        switch (t.kind()) {
            case INT -> {
                return Math.min(ptrSize, ((BtfType.Int) t).size());
            }
            case ENUM, ENUM64 -> {
                return (int) Math.min(ptrSize, Integer.toUnsignedLong(((Enumeration) t).size()));
            }
            case FLOAT -> {
                return (int) Math.min(ptrSize, Integer.toUnsignedLong(((BtfType.Float) t).size()));
            }
            case PTR -> {
                return ptrSize;
            }
            case TYPEDEF, VOLATILE, CONST, RESTRICT, TYPE_TAG -> {
                return alignOf(((BtfType.Reference) t).type(), level + 1);
            }
            case ARRAY -> {
                return alignOf(((Array) t).type(), level + 1);
            }
            case STRUCT, UNION -> {
                Composite c = (Composite) t;
                int maxAlign = 1;
                for (Member m : c.members()) {
                    int align = alignOf(m.type(), level + 1);
                    if (align <= 0) {
                        return align;
                    }
                    maxAlign = Math.max(maxAlign, align);
                    if (m.bitfieldSize() == 0 && m.bitOffset() % (8L * align) != 0) {
                        return 1;
                    }
                }
                if (Integer.toUnsignedLong(c.size()) % maxAlign != 0) {
                    return 1;
                }
                return maxAlign;
            }
            default -> {
                return 0;
            }
        }
    }

    /**
     * The member size libbpf's struct printer uses: {@code max(0, btf__resolve_size(id))} — 0 for types without a
     * size, overflowing sizes and chains too long ({@link Btf#sizeOf} reports those by exceptions).
     */
    private long memberSize(int id) {
        try {
            return btf.sizeOf(id);
        } catch (RuntimeException noSize) {
            return 0;
        }
    }
}
