package io.github.bpf4j.btf.core;

import io.github.bpf4j.asm.CoreRef;
import io.github.bpf4j.asm.CoreResolver;
import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.BtfKind;
import io.github.bpf4j.btf.BtfType;
import io.github.bpf4j.btf.BtfType.Composite;
import io.github.bpf4j.btf.BtfType.Enumeration;
import io.github.bpf4j.btf.BtfType.Member;
import io.github.bpf4j.btf.CoreReloKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The local BTF of a program written without C: resolves {@link CoreRef}s against a source BTF (usually a
 * kernel's vmlinux, which holds the types a C program would take from {@code vmlinux.h}) and keeps, as clang does for
 * the types a program uses, a small BTF holding the referenced types. Its ids are the ones the relocations name, so
 * an object writer puts {@link #types()} first in the object's {@code .BTF} and appends its own (functions, maps).
 *
 * <p>What is copied, as clang's BTF for {@code execsnoop.c} shows: the root type of every reference in full, with
 * everything it holds by value (members, array elements, typedef and modifier targets); a named struct or union
 * reached only through a pointer becomes a forward declaration, which is all a relocation of the outer type needs
 * (libbpf compares pointer members as pointers). Access strings are built as clang builds them: {@code 0}, then per
 * step the member's index (with the index of each anonymous struct or union passed through) or the array index.
 * The value an instruction holds is computed with the local spec, as libbpf computes the original value it
 * validates against ({@code bpf_core_calc_relo} with the local spec on both sides).
 *
 * <p>A type written with a {@code ___flavor} suffix that the source lacks is taken from the type of its essential name
 * and copied under the flavored name, so that an older kernel's layout can be written as {@code task_struct___old}.
 *
 * <p>Not thread-safe: one instance per object being assembled.
 */
public final class LocalTypes implements CoreResolver {

    /** A type to copy: its local id, its source id, whether reached through a pointer, the name to give it. */
    private record Pending(int localId, int sourceId, boolean behindPointer, String name) {}

    private final Btf source;
    private final List<BtfType> out = new ArrayList<>();
    /** Full copies by source id. */
    private final Map<Integer, Integer> full = new HashMap<>();
    /** Copies made behind a pointer (forward declarations, and typedefs/modifiers leading to them), by source id. */
    private final Map<Integer, Integer> behindPointer = new HashMap<>();
    /** Flavored roots by their flavored name. */
    private final Map<String, Integer> flavored = new HashMap<>();
    private final Deque<Pending> queue = new ArrayDeque<>();
    /** The last member of the path being resolved (offset from {@link #lastParent}), or null. */
    private Member lastMember;
    /** The struct or union holding {@link #lastMember}. */
    private int lastParent;

    private LocalTypes(Btf source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** An empty local BTF whose types come from {@code source}. */
    public static LocalTypes of(Btf source) {
        return new LocalTypes(source);
    }

    /** The BTF the types come from. */
    public Btf source() {
        return source;
    }

    /** The local types so far: type id {@code i + 1} is element {@code i}. */
    public List<BtfType> types() {
        return List.copyOf(out);
    }

    /** The local types so far as a BTF. */
    public Btf btf() {
        return Btf.of(out);
    }

    @Override
    public Resolved resolve(CoreRef ref) {
        Objects.requireNonNull(ref, "ref");
        String name = ref.typeName();
        int sourceId = find(ref, name);
        boolean renamed = false;
        if (sourceId == 0) {
            String essential = Btf.essentialName(name);
            if (!essential.equals(name)) {
                sourceId = find(ref, essential);
                renamed = sourceId != 0;
            }
        }
        if (sourceId == 0) {
            throw new IllegalArgumentException("the BTF has no " + wanted(ref) + " named '" + name + "'"
                    + (Btf.essentialName(name).equals(name) ? "" : " or '" + Btf.essentialName(name) + "'"));
        }
        lastMember = null;
        String access = accessString(ref, sourceId);
        CoreReloKind kind = CoreReloKind.ofValue(ref.kind().value());
        CoreEngine.Spec spec = new CoreEngine.Spec();
        int err = CoreEngine.parseSpec(source, sourceId, access, kind, spec);
        ReloRes[] res = new ReloRes[1];
        boolean typeId = kind == CoreReloKind.TYPE_ID_LOCAL || kind == CoreReloKind.TYPE_ID_TARGET;
        if (err == 0 && !typeId) {
            err = CoreEngine.calcRelo(kind, spec, spec, res);
        }
        if (err != 0) {
            throw new IllegalArgumentException("libbpf would refuse access string " + access + " on "
                    + source.typeName(sourceId) + " (" + CoreEngine.errnoName(err) + ")");
        }
        int localId = renamed ? flavoredRoot(sourceId, name) : copy(sourceId, false);
        drain();
        // a type id is the id in the local BTF being written, not in the source
        long value = typeId ? localId : res[0].origValue();
        if (lastMember != null && lastMember.isBitfield()) {
            value = clangBitfield(ref, kind, spec.bitOffset - lastMember.bitOffset(), value);
        }
        return new Resolved(localId, access, value);
    }

    // ---------------------------------------------------------------------------------------------- finding

    private static String wanted(CoreRef ref) {
        return switch (ref.keyword()) {
            case "struct" -> "struct";
            case "union" -> "union";
            case "enum" -> "enum";
            case "typedef" -> "typedef";
            default -> ref.kind().isField() ? "struct, union or typedef"
                    : ref.kind().isEnumerator() ? "enum or typedef" : "struct, union, enum, typedef, int or float";
        };
    }

    /** The source type {@code ref} names under {@code name}, by the keyword or the kind's preference; 0 if none. */
    private int find(CoreRef ref, String name) {
        List<BtfKind> order = switch (ref.keyword()) {
            case "struct" -> List.of(BtfKind.STRUCT);
            case "union" -> List.of(BtfKind.UNION);
            case "enum" -> List.of(BtfKind.ENUM, BtfKind.ENUM64);
            case "typedef" -> List.of(BtfKind.TYPEDEF);
            default -> ref.kind().isField() ? List.of(BtfKind.STRUCT, BtfKind.UNION, BtfKind.TYPEDEF)
                    : ref.kind().isEnumerator() ? List.of(BtfKind.ENUM, BtfKind.ENUM64, BtfKind.TYPEDEF)
                    : List.of(BtfKind.STRUCT, BtfKind.UNION, BtfKind.ENUM, BtfKind.ENUM64, BtfKind.TYPEDEF,
                            BtfKind.INT, BtfKind.FLOAT);
        };
        int[] ids = source.idsByName(name);
        for (BtfKind k : order) {
            for (int id : ids) {
                if (source.kind(id) == k) {
                    return id;
                }
            }
        }
        return 0;
    }

    /** The access string of {@code ref} from {@code rootId}, as clang writes it. */
    private String accessString(CoreRef ref, int rootId) {
        if (ref.kind().isType()) {
            return "0";
        }
        int id = source.skipModsAndTypedefs(rootId);
        if (ref.kind().isEnumerator()) {
            if (!(source.type(id) instanceof Enumeration e)) {
                throw new IllegalArgumentException(source.typeName(rootId) + " is not an enum");
            }
            for (int i = 0; i < e.values().size(); i++) {
                if (e.values().get(i).name().equals(ref.path())) {
                    return String.valueOf(i);
                }
            }
            throw new IllegalArgumentException(source.typeName(rootId) + " has no enumerator '" + ref.path() + "'");
        }
        StringBuilder access = new StringBuilder("0");
        String where = source.typeName(rootId);
        for (CoreRef.Step step : ref.steps()) {
            BtfType t = source.type(id);
            if (step.isIndex()) {
                if (!(t instanceof BtfType.Array a)) {
                    throw new IllegalArgumentException(where + " is " + source.typeName(id) + ", not an array: no"
                            + " index [" + step.index() + "]");
                }
                if (a.count() != 0 && step.index() >= a.count()) {
                    throw new IllegalArgumentException("index [" + step.index() + "] is past the end of " + where
                            + " (" + a.count() + " elements)");
                }
                access.append(':').append(step.index());
                where = where + "[" + step.index() + "]";
                id = source.skipModsAndTypedefs(a.type());
                continue;
            }
            if (!(t instanceof Composite c)) {
                String why = t.kind() == BtfKind.PTR ? ": a path does not go through a pointer; relocate each "
                        + "dereference on its own, e.g. core(" + source.typeName(source.skipModsAndTypedefs(
                                ((BtfType.Ptr) t).type())).replaceFirst("^(struct|union) ", "") + ", "
                        + step.member() + ")" : "";
                throw new IllegalArgumentException(where + " is " + source.typeName(id) + ", which has no member '"
                        + step.member() + "'" + why);
            }
            List<Integer> indices = new ArrayList<>();
            int member = findMember(c, step.member(), indices, 0);
            if (member < 0) {
                throw new IllegalArgumentException(source.typeName(id) + " has no member '" + step.member() + "'");
            }
            for (int i : indices) {
                access.append(':').append(i);
            }
            lastMember = memberAt(id, indices);
            where = where + "." + step.member();
            id = source.skipModsAndTypedefs(member);
        }
        return access.toString();
    }

    /**
     * The member {@code indices} (from {@link #findMember}) lead to from {@code c}; sets {@link #lastParent} to the
     * struct or union that holds it directly (an anonymous one when the path went through one).
     */
    private Member memberAt(int id, List<Integer> indices) {
        Member m = null;
        for (int i = 0; i < indices.size(); i++) {
            lastParent = id;
            m = ((Composite) source.type(id)).members().get(indices.get(i));
            id = source.skipModsAndTypedefs(m.type());
        }
        return m;
    }

    /**
     * The value clang puts in an instruction for a bitfield, which libbpf does not check (relo_core.c turns
     * validation off for bitfields) and computes otherwise: clang reads the bitfield from a storage unit of the
     * enclosing record's alignment, at most 8 bytes, aligned to that size (LLVM BPFAbstractMemberAccess,
     * GetStorageBitRange); libbpf picks the smallest naturally aligned load. Byte offset, byte size and left shift
     * differ; the right shift and signedness do not.
     *
     * @param parentBits the bit offset of the enclosing record from the root
     */
    private long clangBitfield(CoreRef ref, CoreReloKind kind, long parentBits, long libbpfValue) {
        long align = Math.min(source.alignOf(lastParent), 8);
        long off = lastMember.bitOffset();
        int bits = lastMember.bitfieldSize();
        if (source.alignOf(lastParent) > 8 && off / 64 != (off + bits - 1) / 64) {
            throw new IllegalArgumentException("bitfield " + ref.path() + " crosses an 8-byte boundary: clang "
                    + "cannot read it with one load either");
        }
        long start = off & ~(align * 8 - 1);
        if (off + bits > start + align * 8) {
            throw new IllegalArgumentException("bitfield " + ref.path() + " does not fit the " + align
                    + "-byte storage unit it starts in");
        }
        return switch (kind) {
            case FIELD_BYTE_OFFSET -> (parentBits + start) / 8;
            case FIELD_BYTE_SIZE -> align;
            case FIELD_LSHIFT_U64 -> start + 64 - off - bits;
            default -> libbpfValue;
        };
    }

    /** The maximum nesting of anonymous members searched (libbpf's BPF_CORE_SPEC_MAX_LEN). */
    private static final int MAX_ANONYMOUS_DEPTH = 64;

    /**
     * Finds member {@code name} in {@code c}, directly or inside anonymous struct/union members; fills
     * {@code indices} with the member indices on the way and returns the member's type id, or -1.
     */
    private int findMember(Composite c, String name, List<Integer> indices, int depth) {
        if (depth > MAX_ANONYMOUS_DEPTH) {
            return -1;
        }
        List<Member> members = c.members();
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).name().equals(name)) {
                indices.add(i);
                return members.get(i).type();
            }
        }
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            if (m.name().isEmpty() && source.type(source.skipModsAndTypedefs(m.type())) instanceof Composite inner) {
                indices.add(i);
                int found = findMember(inner, name, indices, depth + 1);
                if (found >= 0) {
                    return found;
                }
                indices.remove(indices.size() - 1);
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------------------------------------- copying

    private int flavoredRoot(int sourceId, String name) {
        Integer known = flavored.get(name);
        if (known != null) {
            return known;
        }
        int id = reserve(sourceId, false, name);
        flavored.put(name, id);
        return id;
    }

    /** The local id of {@code sourceId}'s copy, made (and queued for filling in) when new. */
    private int copy(int sourceId, boolean viaPointer) {
        if (sourceId == 0) {
            return 0;
        }
        Integer known = full.get(sourceId);
        if (known == null && viaPointer) {
            known = behindPointer.get(sourceId);
        }
        if (known != null) {
            return known;
        }
        BtfKind k = source.kind(sourceId);
        // only these kinds change with the path that reaches them; the rest are copied once, in full
        boolean modeDependent = k.isModifier() || k == BtfKind.TYPEDEF || k == BtfKind.STRUCT
                || k == BtfKind.UNION;
        boolean weak = viaPointer && modeDependent;
        if (weak && (k == BtfKind.STRUCT || k == BtfKind.UNION) && !source.name(sourceId).isEmpty()) {
            out.add(new BtfType.Fwd(source.name(sourceId), k == BtfKind.UNION));
            behindPointer.put(sourceId, out.size());
            return out.size();
        }
        if (weak && (k == BtfKind.STRUCT || k == BtfKind.UNION)) {
            weak = false; // an anonymous struct cannot be declared ahead: copied in full
        }
        return reserve(sourceId, weak, null);
    }

    private int reserve(int sourceId, boolean weak, String rename) {
        out.add(BtfType.Void.INSTANCE); // filled in by drain()
        int id = out.size();
        if (rename == null) {
            (weak ? behindPointer : full).put(sourceId, id);
        }
        queue.add(new Pending(id, sourceId, weak, rename));
        return id;
    }

    /** Fills in every reserved type; iterative, so deep type graphs use no stack. */
    private void drain() {
        while (!queue.isEmpty()) {
            Pending p = queue.poll();
            BtfType t = source.type(p.sourceId());
            boolean w = p.behindPointer();
            BtfType copied = switch (t.kind()) {
                case VOID, INT, FLOAT, FWD -> t;
                case ENUM -> p.name() == null ? t : new BtfType.Enum(p.name(), ((BtfType.Enum) t).size(),
                        ((BtfType.Enum) t).signed(), ((BtfType.Enum) t).values());
                case ENUM64 -> p.name() == null ? t : new BtfType.Enum64(p.name(), ((BtfType.Enum64) t).size(),
                        ((BtfType.Enum64) t).signed(), ((BtfType.Enum64) t).values());
                case PTR -> new BtfType.Ptr(t.name(), copy(((BtfType.Ptr) t).type(), true));
                case TYPEDEF -> new BtfType.Typedef(p.name() != null ? p.name() : t.name(),
                        copy(((BtfType.Typedef) t).type(), w));
                case CONST -> new BtfType.Const(t.name(), copy(((BtfType.Const) t).type(), w));
                case VOLATILE -> new BtfType.Volatile(t.name(), copy(((BtfType.Volatile) t).type(), w));
                case RESTRICT -> new BtfType.Restrict(t.name(), copy(((BtfType.Restrict) t).type(), w));
                case TYPE_TAG -> new BtfType.TypeTag(t.name(), copy(((BtfType.TypeTag) t).type(), w));
                case ARRAY -> {
                    BtfType.Array a = (BtfType.Array) t;
                    yield new BtfType.Array(a.name(), copy(a.type(), false), copy(a.indexType(), false), a.nelems());
                }
                case STRUCT, UNION -> {
                    Composite c = (Composite) t;
                    List<Member> members = new ArrayList<>(c.members().size());
                    for (Member m : c.members()) {
                        members.add(new Member(m.name(), copy(m.type(), false), m.bitOffset(), m.bitfieldSize()));
                    }
                    String name = p.name() != null ? p.name() : t.name();
                    yield t.kind() == BtfKind.STRUCT ? new BtfType.Struct(name, c.size(), members)
                            : new BtfType.Union(name, c.size(), members);
                }
                case FUNC_PROTO -> {
                    BtfType.FuncProto f = (BtfType.FuncProto) t;
                    List<BtfType.Param> params = new ArrayList<>(f.params().size());
                    for (BtfType.Param q : f.params()) {
                        params.add(new BtfType.Param(q.name(), copy(q.type(), true)));
                    }
                    yield new BtfType.FuncProto(f.name(), copy(f.returnType(), true), params);
                }
                case FUNC -> new BtfType.Func(t.name(), copy(((BtfType.Func) t).type(), false),
                        ((BtfType.Func) t).linkage());
                case VAR -> new BtfType.Var(t.name(), copy(((BtfType.Var) t).type(), false),
                        ((BtfType.Var) t).linkage());
                case DATASEC, DECL_TAG -> throw new IllegalArgumentException("type [" + p.sourceId() + "] "
                        + t.kind() + " cannot be part of a CO-RE type");
            };
            out.set(p.localId() - 1, copied);
        }
    }
}
