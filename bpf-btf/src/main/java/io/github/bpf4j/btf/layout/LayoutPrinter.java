package io.github.bpf4j.btf.layout;

import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.BtfFormatException;
import io.github.bpf4j.btf.BtfKind;
import io.github.bpf4j.btf.BtfType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints the layout of a struct or union exactly as {@code pahole -C NAME} (dwarves 1.24, BTF loader) does: member
 * offsets and sizes, holes, bit holes, paddings, cacheline boundaries, inferred {@code __aligned__}/{@code __packed__}
 * attributes and the summary comments.
 *
 * <p>The rules are pahole's and are ported function by function (names in the comments): the BTF loader's member
 * fix-up and alignment inference (btf_loader.c class__fixup_btf_bitfields, class__infer_alignment), hole finding and
 * packed inference (dwarves.c class__find_holes, class__infer_packed_attributes, union__infer_packed_attributes) and
 * the printers (dwarves_fprintf.c __class__fprintf, union__fprintf, class_member__fprintf, type__fprintf,
 * __tag__name, ftype__fprintf). pahole's integer widths are kept where they change the output (holes are 16-bit,
 * bit holes and hole counts 8-bit), and so are its quirks (a const pointer prints as {@code const T  *}).
 * A printer instance is one pahole run: inferred packed attributes persist across the types it prints.
 */
public final class LayoutPrinter {
    private static final int CACHELINE = 64;
    private static final String TABS = "\t".repeat(16);
    /** Bound on nested type printing; pahole has none but BTF from outside can be cyclic. */
    private static final int MAX_NESTING = 64;

    private final Btf btf;
    private final int addrSize;
    private final Map<Integer, Cls> classes = new HashMap<>();
    private int nesting;

    private LayoutPrinter(Btf btf) {
        this.btf = btf;
        this.addrSize = btf.pointerSize();
    }

    /**
     * The text {@code pahole -C name} prints for {@code name}, ending with a newline. Like pahole, the first struct,
     * union, typedef or enum of that name (forward declarations aside) is printed: a struct or union as its layout,
     * a typedef as pahole's {@code typedef} line (with the layout when it names an anonymous struct), an enum with
     * its values.
     *
     * @throws IllegalArgumentException when no struct, union, typedef or enum has that name
     * @throws BtfFormatException when the types nest deeper than 64 levels (cyclic BTF)
     */
    public static String print(Btf btf, String name) {
        return new LayoutPrinter(btf).printType(pick(btf, name));
    }

    /** What {@link #print(Btf, String)} prints for the struct, union, typedef or enum with id {@code typeId}. */
    public static String print(Btf btf, int typeId) {
        BtfKind k = btf.kind(typeId);
        if (k != BtfKind.STRUCT && k != BtfKind.UNION && k != BtfKind.TYPEDEF && k != BtfKind.ENUM
                && k != BtfKind.ENUM64) {
            throw new IllegalArgumentException("type [" + typeId + "] is " + k
                    + ", not a struct, union, typedef or enum");
        }
        return new LayoutPrinter(btf).printType(typeId);
    }

    /** pahole's cu__find_type_by_name: the first struct, union, typedef or enum (not a forward) with the name. */
    private static int pick(Btf btf, String name) {
        for (int id : btf.idsByName(name)) {
            switch (btf.kind(id)) {
                case STRUCT, UNION, TYPEDEF, ENUM, ENUM64 -> {
                    return id;
                }
                default -> { }
            }
        }
        throw new IllegalArgumentException("no struct, union, typedef or enum named '" + name + "'");
    }

    /** tag__fprintf as pahole -C calls it, then the newline pahole adds. */
    private String printType(int id) {
        Out out = new Out();
        Conf conf = new Conf();
        conf.typeSpacing = 26;
        conf.nameSpacing = btf.kind(id) == BtfKind.UNION ? 21 : 23;
        conf.emitStats = true;
        switch (dw(id)) {
            case STRUCT -> {
                Cls c = cls(id);
                findHoles(c);
                classFprintf(c, conf, out);
            }
            case UNION -> {
                Cls c = cls(id);
                findHoles(c);
                unionFprintf(c, conf, out);
            }
            case ENUM -> enumFprintf(id, conf, out);
            default -> typedefFprintf(id, conf, out);
        }
        out.p(";\n");
        return out.toString();
    }

    /** typedef__fprintf. */
    private int typedefFprintf(int id, Conf conf, Out out) {
        String name = btf.name(id);
        int target = target(id);
        if (target == 0) {
            return out.p("typedef void " + name);
        }
        if (dw(target) == Dw.NONE) {
            return out.p("typedef <ERROR(typedef__fprintf:0): " + target + " not found!>\n " + name);
        }
        boolean isPointer = false;
        int tagType = target;
        switch (dw(target)) {
            case ARRAY -> {
                return out.p("typedef ") + arrayFprintf(target, name, conf, out);
            }
            case POINTER -> {
                int ptr = target(target);
                if (ptr != 0) {
                    if (dw(ptr) == Dw.NONE) {
                        return out.p("typedef <ERROR(typedef__fprintf:0): " + ptr + " not found!>\n *" + name);
                    }
                    if (dw(ptr) == Dw.SUBROUTINE) {
                        tagType = ptr;
                        isPointer = true;
                    }
                }
            }
            case STRUCT -> {
                String tn = typeName(target);
                if (tn != null) {
                    return out.p("typedef struct " + tn + " " + name);
                }
                Conf tconf = conf.copy();
                tconf.suffix = name;
                Cls c = cls(target);
                findHoles(c);
                return out.p("typedef ") + classFprintf(c, tconf, out);
            }
            case ENUM -> {
                String tn = typeName(target);
                if (tn != null) {
                    return out.p("typedef enum " + tn + " " + name);
                }
                Conf tconf = conf.copy();
                tconf.suffix = name;
                return out.p("typedef ") + enumFprintf(target, tconf, out);
            }
            default -> { }
        }
        if (dw(tagType) == Dw.SUBROUTINE) {
            return out.p("typedef ") + ftypeFprintf(tagType, name, false, isPointer, 0, true, conf, out);
        }
        return out.p("typedef " + tagName(target, 0) + " " + name);
    }

    // ---- pahole's view of BTF types (btf_loader.c) ----

    private enum Dw { NONE, BASE, POINTER, STRUCT, UNION, ENUM, TYPEDEF, CONST, VOLATILE, RESTRICT, ARRAY, SUBROUTINE,
        FUNC, VAR }

    /** What cu__type(id) is for pahole 1.24: DECL_TAG, TYPE_TAG and DATASEC are not loaded, id 0 is NULL. */
    private Dw dw(int id) {
        if (id <= 0 || id >= btf.typeCount()) {
            return Dw.NONE;
        }
        return switch (btf.kind(id)) {
            case VOID, DATASEC, DECL_TAG, TYPE_TAG -> Dw.NONE;
            case INT, FLOAT -> Dw.BASE;
            case PTR -> Dw.POINTER;
            case STRUCT -> Dw.STRUCT;
            case UNION -> Dw.UNION;
            case FWD -> btf.type(id, BtfType.Fwd.class).union() ? Dw.UNION : Dw.STRUCT;
            case ENUM, ENUM64 -> Dw.ENUM;
            case TYPEDEF -> Dw.TYPEDEF;
            case CONST -> Dw.CONST;
            case VOLATILE -> Dw.VOLATILE;
            case RESTRICT -> Dw.RESTRICT;
            case ARRAY -> Dw.ARRAY;
            case FUNC_PROTO -> Dw.SUBROUTINE;
            case FUNC -> Dw.FUNC;
            case VAR -> Dw.VAR;
        };
    }

    /** The {@code tag->type} of a reference-like type. */
    private int target(int id) {
        BtfType t = btf.type(id);
        return switch (t.kind()) {
            case PTR, TYPEDEF, CONST, VOLATILE, RESTRICT, TYPE_TAG -> ((BtfType.Reference) t).type();
            case ARRAY -> ((BtfType.Array) t).type();
            case FUNC_PROTO -> ((BtfType.FuncProto) t).returnType();
            case FUNC -> ((BtfType.Func) t).type();
            case VAR -> ((BtfType.Var) t).type();
            default -> 0;
        };
    }

    private boolean isStructOrUnion(int id) {
        Dw d = dw(id);
        return d == Dw.STRUCT || d == Dw.UNION;
    }

    private boolean hasNamespace(int id) {
        Dw d = dw(id);
        return d == Dw.STRUCT || d == Dw.UNION || d == Dw.ENUM;
    }

    /** type__name: null when anonymous. */
    private String typeName(int id) {
        String n = btf.name(id);
        return n.isEmpty() ? null : n;
    }

    /** tag__strip_typedefs_and_modifiers, starting from {@code id} itself; -1 when it ends in NULL. */
    private int strip(int id) {
        for (int depth = 0; depth <= 4 * Btf.MAX_RESOLVE_DEPTH; depth++) {
            Dw d = dw(id);
            if (d == Dw.NONE) {
                return -1;
            }
            if (d != Dw.TYPEDEF && d != Dw.CONST && d != Dw.VOLATILE && d != Dw.RESTRICT) {
                return id;
            }
            id = target(id);
        }
        return -1;
    }

    /** tag__size; -1 (pahole's (size_t)-1) for types it cannot find. */
    private long size(int id, int depth) {
        if (depth > 4 * Btf.MAX_RESOLVE_DEPTH) {
            return -1;
        }
        return switch (dw(id)) {
            case NONE -> -1;
            case POINTER -> addrSize;
            case BASE -> btf.type(id) instanceof BtfType.Int i ? i.bits() / 8 : ((BtfType.Float) btf.type(id)).size();
            case ENUM -> enumBits(id) / 8;
            case STRUCT, UNION -> {
                if (btf.kind(id) == BtfKind.FWD) {
                    yield 0;
                }
                BtfType.Composite c = (BtfType.Composite) btf.type(id);
                yield c.size() == 1 && c.members().isEmpty() ? 0 : Integer.toUnsignedLong(c.size());
            }
            case ARRAY -> {
                long s = size(target(id), depth + 1);
                yield s * ((BtfType.Array) btf.type(id)).count();
            }
            case TYPEDEF, CONST, VOLATILE, RESTRICT, SUBROUTINE, FUNC, VAR ->
                    target(id) == 0 ? 0 : size(target(id), depth + 1);
        };
    }

    private long enumBits(int id) {
        int s = ((BtfType.Enumeration) btf.type(id)).size();
        return s != 0 ? 8L * Integer.toUnsignedLong(s) : 32;
    }

    /** tag__natural_alignment (id -1 is NULL: 1). */
    private long naturalAlignment(int id, int depth) {
        long a = 1;
        if (id < 0 || depth > 4 * Btf.MAX_RESOLVE_DEPTH) {
            return 1;
        }
        switch (dw(id)) {
            case POINTER -> a = addrSize;
            case BASE -> a = size(id, 0);
            case ENUM -> a = enumBits(id) / 8;
            case STRUCT, UNION -> a = typeNaturalAlignment(cls(id), depth);
            case ARRAY -> {
                int t = strip(target(id));
                if (t >= 0) {
                    a = naturalAlignment(t, depth + 1);
                }
            }
            default -> { }
        }
        return a != 0 ? a : 1;
    }

    /** type__natural_alignment: the largest member natural alignment, cached when non-zero (a u16 in pahole). */
    private long typeNaturalAlignment(Cls c, int depth) {
        if (c.naturalAlignment != 0 || c.inNaturalAlignment) {
            // A struct reached again while computing its own alignment only exists in malformed BTF; pahole would
            // recurse forever, here it counts as 0 (then 1).
            return c.naturalAlignment;
        }
        c.inNaturalAlignment = true;
        try {
            return computeNaturalAlignment(c, depth);
        } finally {
            c.inNaturalAlignment = false;
        }
    }

    private long computeNaturalAlignment(Cls c, int depth) {
        for (Mem m : c.members) {
            int t = strip(m.type);
            if (t < 0) {
                continue;
            }
            long a = naturalAlignment(t, depth + 1);
            if (c.naturalAlignment < a) {
                c.naturalAlignment = (int) (a & 0xffff);
            }
        }
        return c.naturalAlignment;
    }

    /** btf_loader.c class__infer_alignment. */
    private static long inferAlignment(long byteOffset, long natural, long smallestOffset) {
        long delta = (byteOffset - smallestOffset) & 0xffff_ffffL;
        long alignment = 0;
        if (delta != 0 && byteOffset % 2 == 0) {
            // 1 << (32 - clz): x86 masks the shift count, so a delta with the top bit set gives 1.
            alignment = (1L << ((32 - Integer.numberOfLeadingZeros((int) delta)) & 31)) & 0xffff_ffffL;
        }
        if (alignment <= natural || alignment == 1) {
            alignment = 0;
        } else if (alignment < CACHELINE && CACHELINE % alignment == 0 && byteOffset % CACHELINE == 0) {
            alignment = CACHELINE;
        }
        return alignment;
    }

    /** A struct or union as pahole holds it, with the per-run state its printers mutate. */
    private static final class Cls {
        int id;
        boolean union;
        boolean declaration;
        String name;
        long size;
        List<Mem> members = new ArrayList<>();
        long alignment;
        int naturalAlignment;
        int nrHoles, nrBitHoles, preHole, padding, preBitHole, bitPadding;
        boolean holesSearched, isPacked, packedInferred, inNaturalAlignment;
    }

    private static final class Mem {
        String name;
        int type;
        long bitOffset, bitSize, byteOffset, byteSize, alignment;
        int bitfieldOffset, bitfieldSize, bitHole, hole;
    }

    private Cls cls(int id) {
        Cls c = classes.get(id);
        if (c != null) {
            return c;
        }
        c = new Cls();
        c.id = id;
        classes.put(id, c);
        BtfType t = btf.type(id);
        c.name = typeName(id);
        if (t instanceof BtfType.Fwd f) {
            c.union = f.union();
            c.declaration = true;
            return c;
        }
        BtfType.Composite comp = (BtfType.Composite) t;
        c.union = comp instanceof BtfType.Union;
        c.size = Integer.toUnsignedLong(comp.size());
        for (BtfType.Member bm : comp.members()) {
            Mem m = new Mem();
            m.name = bm.name().isEmpty() ? null : bm.name();
            m.type = bm.type();
            m.bitOffset = bm.bitOffset();
            m.bitfieldSize = bm.bitfieldSize();
            m.byteOffset = m.bitOffset / 8;
            c.members.add(m);
        }
        fixupBitfields(c);
        return c;
    }

    /** btf_loader.c class__fixup_btf_bitfields: member sizes, bitfield offsets and inferred alignments. */
    private void fixupBitfields(Cls c) {
        long smallest = 0;
        for (Mem m : c.members) {
            int t = strip(m.type);
            if (t < 0) {
                continue;
            }
            m.bitfieldOffset = 0;
            m.byteSize = size(t, 0);
            m.bitSize = (m.byteSize * 8) & 0xffff_ffffL;
            if (m.byteSize == 0) {
                continue;
            }
            Dw d = dw(t);
            if (d == Dw.BASE || d == Dw.ENUM) {
                if (m.bitfieldSize != 0) {
                    m.byteOffset = m.bitOffset / m.bitSize * m.bitSize / 8;
                    m.bitfieldOffset = (int) (m.bitOffset - m.byteOffset * 8);
                } else {
                    m.byteOffset = m.bitOffset / 8;
                }
            }
            m.alignment = inferAlignment(m.byteOffset, naturalAlignment(t, 0), smallest);
            smallest = (m.byteOffset + m.byteSize) & 0xffff_ffffL;
        }
        c.alignment = inferAlignment(c.size, naturalAlignment(c.id, 0), smallest);
    }

    /** dwarves.c class__find_holes (structs only). */
    private void findHoles(Cls c) {
        if (c.union || c.holesSearched) {
            return;
        }
        c.nrHoles = 0;
        c.nrBitHoles = 0;
        long curBitfieldEnd = (c.size * 8) & 0xffff_ffffL, curBitfieldSize = 0, lastSeenBit = 0;
        boolean inBitfield = false;
        Mem last = null;
        for (Mem pos : c.members) {
            pos.bitHole = 0;
            pos.hole = 0;
            long bitStart = pos.bitOffset;
            long bitEnd = (bitStart + (pos.bitfieldSize != 0 ? pos.bitfieldSize : pos.byteSize * 8)) & 0xffff_ffffL;
            int bitHoles = 0, byteHoles = 0;
            if (inBitfield) {
                long bitfieldEnd = Math.min(bitStart, curBitfieldEnd);
                bitHoles = (int) (bitfieldEnd - lastSeenBit);
                lastSeenBit = bitfieldEnd;
            }
            if (pos.bitfieldSize != 0) {
                long alignedStart = (pos.byteOffset * 8) & 0xffff_ffffL;
                if (lastSeenBit < alignedStart && alignedStart <= bitStart) {
                    byteHoles = (int) (pos.byteOffset - lastSeenBit / 8);
                    lastSeenBit = alignedStart;
                }
                bitHoles += (int) (bitStart - lastSeenBit);
            } else {
                byteHoles = (int) (bitStart / 8 - lastSeenBit / 8);
            }
            lastSeenBit = bitEnd;
            if (pos.bitfieldSize != 0) {
                inBitfield = true;
                if (bitEnd > curBitfieldEnd || pos.bitSize > curBitfieldSize) {
                    curBitfieldSize = pos.bitSize;
                    curBitfieldEnd = (pos.byteOffset * 8 + curBitfieldSize) & 0xffff_ffffL;
                    if (bitEnd > curBitfieldEnd) {
                        curBitfieldEnd = (curBitfieldEnd + curBitfieldSize) & 0xffff_ffffL;
                    }
                }
            } else {
                inBitfield = false;
                curBitfieldSize = 0;
                curBitfieldEnd = bitEnd;
            }
            if (last != null) {
                last.hole = byteHoles & 0xffff;
                last.bitHole = bitHoles & 0xff;
            } else {
                c.preHole = byteHoles & 0xffff;
                c.preBitHole = bitHoles & 0xff;
            }
            if (bitHoles != 0) {
                c.nrBitHoles = (c.nrBitHoles + 1) & 0xff;
            }
            if (byteHoles != 0) {
                c.nrHoles = (c.nrHoles + 1) & 0xff;
            }
            last = pos;
        }
        if (inBitfield) {
            long bitfieldEnd = Math.min((c.size * 8) & 0xffff_ffffL, curBitfieldEnd);
            c.bitPadding = (int) (bitfieldEnd - lastSeenBit) & 0xff;
            lastSeenBit = bitfieldEnd;
        } else {
            c.bitPadding = 0;
        }
        c.padding = (int) (c.size - lastSeenBit / 8) & 0xffff;
        c.holesSearched = true;
    }

    /**
     * Marks struct members that would break their natural alignment as packed: at their offset inside a struct
     * (dwarves.c type__check_structs_at_unnatural_alignments) or, for union members, in an array of the union
     * (union__infer_packed_attributes: the union's size is not a multiple of the struct's alignment).
     */
    private void markUnnaturallyAlignedStructs(Cls c, boolean byUnionSize) {
        for (Mem m : c.members) {
            int t = strip(m.type);
            if (t < 0 || dw(t) != Dw.STRUCT) {
                continue;
            }
            long natural = naturalAlignment(t, 0);
            if ((byUnionSize ? c.size : m.byteOffset) % natural != 0) {
                Cls mc = cls(t);
                mc.isPacked = true;
                mc.packedInferred = true;
            }
        }
    }

    /** dwarves.c class__infer_packed_attributes. */
    private boolean inferPacked(Cls c) {
        if (c.union) {
            return false;
        }
        if (c.packedInferred) {
            return c.isPacked;
        }
        findHoles(c);
        if (c.padding != 0 || c.nrHoles != 0) {
            markUnnaturallyAlignedStructs(c, false);
            c.isPacked = false;
        } else {
            long maxNatural = 1;
            boolean packed = false;
            for (Mem m : c.members) {
                long natural = naturalAlignment(strip(m.type), 0);
                if (natural == 1) {
                    continue;
                }
                maxNatural = Math.max(maxNatural, natural) & 0xffff;
                if (m.byteOffset % natural != 0) {
                    packed = true;
                    break;
                }
            }
            if (packed) {
                c.isPacked = true;
            } else if ((maxNatural != 1 && c.alignment == 1) || (c.size % maxNatural) != 0) {
                c.isPacked = true;
            }
        }
        c.packedInferred = true;
        return c.isPacked;
    }

    /** dwarves.c union__infer_packed_attributes. */
    private void unionInferPacked(Cls u) {
        if (!u.packedInferred) {
            markUnnaturallyAlignedStructs(u, true);
            u.packedInferred = true;
        }
    }

    // ---- printing (dwarves_fprintf.c) ----

    /** struct conf_fprintf: the fields the BTF path uses. Copied by value as pahole does. */
    private static final class Conf implements Cloneable {
        String prefix, suffix;
        int indent, typeSpacing, nameSpacing;
        boolean emitStats, suppressOffsetComment, relOffset, unionMember, lastMember, firstMember;
        long baseOffset;
        long[] cachelinep;

        Conf copy() {
            try {
                return (Conf) clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    /** The output with pahole's "printed" counting: every write returns the characters it added. */
    private static final class Out {
        private final StringBuilder sb = new StringBuilder();

        int p(String s) {
            sb.append(s);
            return s.length();
        }

        @Override public String toString() {
            return sb.toString();
        }
    }

    private static String tabs(int n) {
        return TABS.substring(0, Math.max(0, Math.min(n, TABS.length())));
    }

    /** printf {@code %-*s}: a negative width also left-justifies. */
    private static String left(String s, int width) {
        int w = Math.abs(width);
        return s.length() >= w ? s : s + " ".repeat(w - s.length());
    }

    /** printf {@code %*s}: right-justified, or left-justified for a negative width. */
    private static String right(String s, int width) {
        if (width < 0) {
            return left(s, width);
        }
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    private static String plural(long n) {
        return n != 1 ? "s" : "";
    }

    private static int firstNewline(boolean[] newline, Out out) {
        if (newline[0]) {
            return 0;
        }
        newline[0] = true;
        return out.p("\n");
    }

    private static String hole(long n, String unit) {
        return "/* XXX " + n + " " + unit + plural(n) + " hole, try to pack */";
    }

    /** class__fprintf_cacheline_boundary. */
    private int cachelineBoundary(Conf conf, long offset, Out out) {
        long cacheline = offset / CACHELINE;
        int printed = 0;
        if (cacheline > conf.cachelinep[0]) {
            long pos = offset % CACHELINE;
            long inBytes = offset - pos;
            if (pos == 0) {
                printed += out.p("/* --- cacheline " + cacheline + " boundary (" + inBytes + " bytes) --- */\n");
            } else {
                printed += out.p("/* --- cacheline " + cacheline + " boundary (" + inBytes + " bytes) was " + pos
                        + " byte" + (pos > 1 ? "s" : "") + " ago --- */\n");
            }
            printed += out.p(tabs(conf.indent));
            conf.cachelinep[0] = cacheline;
        }
        return printed;
    }

    /** __class__fprintf. */
    private int classFprintf(Cls c, Conf conf, Out out) {
        enter(c.id);
        long lastSize = 0;
        boolean[] newline = {false}; // pahole's "if (!newline++) fputc('\n')": one empty line before comments
        int nrPaddings = 0, nrForcedAlignments = 0, nrForcedAlignmentHoles = 0;
        long sumForcedAlignmentHoles = 0, sumBytes = 0, sumBits = 0, sumHoles = 0, sumPaddings = 0, sumBitHoles = 0;
        Mem last = null;
        Conf cconf = conf.copy();
        int printed = out.p((cconf.prefix != null ? cconf.prefix + " " : "") + "struct"
                + (c.name != null ? " " + c.name : ""));
        int indent = Math.min(cconf.indent, TABS.length() - 1);
        if (cconf.cachelinep == null) {
            cconf.cachelinep = new long[1];
        }
        cconf.indent = indent + 1;
        inferPacked(c);
        printed += out.p(" {\n");
        if (c.preBitHole > 0) {
            printed += firstNewline(newline, out);
            printed += out.p(tabs(cconf.indent) + hole(c.preBitHole, "bit") + "\n");
            sumBitHoles += c.preBitHole;
        }
        if (c.preHole > 0) {
            printed += firstNewline(newline, out);
            printed += out.p(tabs(cconf.indent) + hole(c.preHole, "byte") + "\n");
            sumHoles += c.preHole;
        }
        for (int i = 0; i < c.members.size(); i++) {
            Mem pos = c.members.get(i);
            if (pos.alignment != 0) {
                int forcedHole = last != null ? last.hole : c.preHole;
                if (forcedHole != 0) {
                    nrForcedAlignmentHoles++;
                    sumForcedAlignmentHoles += forcedHole;
                }
                nrForcedAlignments++;
            }
            if (last != null && lastSize != 0) {
                if (last.bitHole != 0 && pos.bitfieldSize != 0) {
                    int bitfieldSize = last.bitHole;
                    if (dw(pos.type) == Dw.NONE) {
                        printed += out.p(tabs(cconf.indent));
                        printed += idNotFound(pos.type, out);
                        continue;
                    }
                    if (last.byteOffset != pos.byteOffset) {
                        printed += out.p("\n" + tabs(cconf.indent) + "/* Force alignment to the next boundary: */\n");
                        bitfieldSize = 0;
                    }
                    printed += out.p(tabs(cconf.indent));
                    printed += typeFprintf(pos.type, "", cconf, out);
                    printed += out.p(":" + bitfieldSize + ";\n");
                }
                if (pos.byteOffset < last.byteOffset
                        || (pos.byteOffset == last.byteOffset && last.bitfieldSize == 0 && pos.bitfieldSize != 0)) {
                    printed += firstNewline(newline, out);
                    printed += out.p(tabs(cconf.indent) + "/* Bitfield combined with previous fields */\n");
                } else {
                    long ccLastSize = pos.byteOffset - last.byteOffset;
                    if (ccLastSize > 0 && ccLastSize < lastSize) {
                        printed += firstNewline(newline, out);
                        printed += out.p(tabs(cconf.indent) + "/* Bitfield combined with next fields */\n");
                    }
                }
            }
            if (newline[0]) {
                printed += out.p("\n");
                newline[0] = false;
            }
            if (dw(pos.type) == Dw.NONE) {
                printed += out.p(tabs(cconf.indent));
                printed += idNotFound(pos.type, out);
                continue;
            }
            cconf.lastMember = i == c.members.size() - 1;
            cconf.firstMember = last == null;
            long size = pos.byteSize;
            printed += out.p(tabs(cconf.indent));
            printed += classMemberFprintf(pos, false, pos.type, cconf, out);
            if (dw(pos.type) == Dw.STRUCT) {
                Cls tc = cls(pos.type);
                findHoles(tc);
                inferPacked(tc);
                int padding = tc.padding;
                if (padding > 0) {
                    nrPaddings++;
                    sumPaddings += padding;
                    printed += firstNewline(newline, out);
                    printed += out.p("\n" + tabs(cconf.indent) + "/* XXX last struct has " + padding + " byte"
                            + plural(padding) + " of padding */");
                }
            }
            if (pos.bitHole != 0) {
                printed += firstNewline(newline, out);
                printed += out.p("\n" + tabs(cconf.indent) + hole(pos.bitHole, "bit"));
                sumBitHoles += pos.bitHole;
            }
            if (pos.hole > 0) {
                printed += firstNewline(newline, out);
                printed += out.p("\n" + tabs(cconf.indent) + hole(pos.hole, "byte"));
                sumHoles += pos.hole;
            }
            printed += out.p("\n");
            if (pos.bitfieldSize != 0) {
                sumBits += pos.bitfieldSize;
            } else {
                sumBytes += pos.byteSize;
            }
            if (last == null || lastSize == 0 || last.byteOffset != pos.byteOffset) {
                lastSize = size;
            } else if (last.bitfieldSize == 0 && pos.bitfieldSize != 0) {
                lastSize = size;
            }
            last = pos;
        }
        if (cconf.emitStats) {
            printed += out.p("\n" + tabs(cconf.indent) + "/* size: " + c.size + ", cachelines: "
                    + (size(c.id, 0) + CACHELINE - 1) / CACHELINE + ", members: " + c.members.size() + " */\n");
            if (sumHoles > 0 || sumBitHoles > 0) {
                if (sumBytes > 0) {
                    printed += out.p(tabs(cconf.indent) + "/* sum members: " + (sumBytes & 0xffff_ffffL));
                    if (sumHoles > 0) {
                        printed += out.p(", holes: " + c.nrHoles + ", sum holes: " + sumHoles);
                    }
                    printed += out.p(" */\n");
                }
                if (sumBits > 0) {
                    printed += out.p(tabs(cconf.indent) + "/* sum bitfield members: " + sumBits + " bits");
                    if (sumBitHoles > 0) {
                        printed += out.p(", bit holes: " + c.nrBitHoles + ", sum bit holes: " + sumBitHoles + " bits");
                    } else {
                        printed += out.p(" (" + sumBits / 8 + " bytes)");
                    }
                    printed += out.p(" */\n");
                }
            }
            if (c.padding > 0) {
                printed += out.p(tabs(cconf.indent) + "/* padding: " + c.padding + " */\n");
            }
            if (nrPaddings > 0) {
                printed += out.p(tabs(cconf.indent) + "/* paddings: " + nrPaddings + ", sum paddings: " + sumPaddings
                        + " */\n");
            }
            if (c.bitPadding > 0) {
                printed += out.p(tabs(cconf.indent) + "/* bit_padding: " + c.bitPadding + " bits */\n");
            }
            if (nrForcedAlignments != 0) {
                printed += out.p(tabs(cconf.indent) + "/* forced alignments: " + nrForcedAlignments);
                if (nrForcedAlignmentHoles != 0) {
                    printed += out.p(", forced holes: " + nrForcedAlignmentHoles + ", sum forced holes: "
                            + sumForcedAlignmentHoles);
                }
                printed += out.p(" */\n");
            }
            long cacheline = ((cconf.baseOffset + c.size) & 0xffff_ffffL) % CACHELINE;
            if (cacheline != 0) {
                printed += out.p(tabs(cconf.indent) + "/* last cacheline: " + cacheline + " bytes */\n");
            }
            long sizeDiff = c.size * 8 - (sumBytes * 8 + sumBits + sumHoles * 8 + sumBitHoles + c.padding * 8L
                    + c.bitPadding);
            int diff = (int) sizeDiff;
            if (diff != 0 && !c.members.isEmpty()) {
                printed += out.p("\n" + tabs(cconf.indent) + "/* BRAIN FART ALERT! " + (int) c.size + " bytes != "
                        + (sumBytes & 0xffff_ffffL) + " (member bytes) + " + sumBits + " (member bits) + " + sumHoles
                        + " (byte holes) + " + sumBitHoles + " (bit holes), diff = " + diff + " bits */\n");
            }
        }
        printed += out.p(tabs(indent) + "}");
        if (c.isPacked) {
            printed += out.p(" __attribute__((__packed__))");
        }
        if (cconf.suffix != null) {
            printed += out.p(" " + cconf.suffix);
        }
        if (c.alignment != 0 && !c.isPacked) {
            printed += out.p(" __attribute__((__aligned__(" + c.alignment + ")))");
        }
        leave();
        return printed;
    }

    /** union__fprintf. */
    private int unionFprintf(Cls u, Conf conf, Out out) {
        enter(u.id);
        int printed = 0;
        int indent = Math.min(conf.indent, TABS.length() - 1);
        if (conf.prefix != null) {
            printed += out.p(conf.prefix + " ");
        }
        printed += out.p("union" + (u.name != null ? " " + u.name : "") + " {\n");
        Conf uconf = conf.copy();
        uconf.indent = indent + 1;
        unionInferPacked(u);
        if (uconf.cachelinep == null) {
            uconf.cachelinep = new long[1];
        }
        long initial = uconf.cachelinep[0];
        for (Mem pos : u.members) {
            if (dw(pos.type) == Dw.NONE) {
                printed += out.p(tabs(uconf.indent));
                printed += idNotFound(pos.type, out);
                continue;
            }
            uconf.unionMember = true;
            printed += out.p(tabs(uconf.indent));
            printed += classMemberFprintf(pos, true, pos.type, uconf, out);
            printed += out.p("\n");
            uconf.cachelinep[0] = initial;
        }
        printed += out.p(tabs(indent) + "}" + (conf.suffix != null ? " " + conf.suffix : ""));
        leave();
        return printed;
    }

    /** __tag__id_not_found_fprintf, as pahole prints it from a BTF build. */
    private static int idNotFound(int id, Out out) {
        return out.p("<ERROR(__class__fprintf:0): " + id + " not found!>\n");
    }

    /** class_member__fprintf. */
    private int classMemberFprintf(Mem member, boolean unionMember, int type, Conf conf, Out out) {
        long size = member.byteSize;
        int memberAlignmentPrinted = 0;
        Conf sconf = conf.copy();
        long offset = member.byteOffset;
        int printed = 0;
        String cmName = member.name;
        if (!sconf.relOffset) {
            offset = (offset + sconf.baseOffset) & 0xffff_ffffL;
            if (!unionMember) {
                sconf.baseOffset = offset;
            }
        }
        int printedCacheline = cachelineBoundary(conf, offset, out);
        boolean namespaced = hasNamespace(type);
        if (namespaced) {
            printed += typeFprintf(type, null, sconf, out);
            if (cmName != null) {
                if (typeName(type) == null) {
                    printed += out.p(" ");
                }
                printed += out.p(cmName);
            }
        } else {
            printed += typeFprintf(type, cmName, sconf, out);
        }
        if (member.bitfieldSize != 0) {
            printed += out.p(":" + member.bitfieldSize);
        }
        if (member.alignment != 0) {
            memberAlignmentPrinted = out.p(" __attribute__((__aligned__(" + member.alignment + ")))");
            printed += memberAlignmentPrinted;
        }
        printed += out.p(";");
        if (namespaced && typeName(type) == null) {
            if (!sconf.suppressOffsetComment) {
                int slen = memberAlignmentPrinted + (cmName != null ? cmName.length() : -1);
                int sizeSpacing = 5;
                if (dw(type) == Dw.STRUCT && cls(type).isPacked) {
                    slen += "__attribute__((__packed__))".length() + 1;
                }
                printed += out.p(right(" ", sconf.typeSpacing + sconf.nameSpacing - slen - 3) + "/* "
                        + right(Long.toString(offset), 5));
                if (member.bitfieldSize != 0) {
                    printed += out.p(":" + right(Integer.toString(member.bitfieldOffset), 2));
                    sizeSpacing -= 3;
                }
                printed += out.p(" " + right(Long.toString(size), sizeSpacing) + " */");
            }
        } else {
            int spacing = sconf.typeSpacing + sconf.nameSpacing - printed;
            if (!sconf.suppressOffsetComment) {
                int sizeSpacing = 5;
                printed += out.p(right(" ", Math.max(spacing, 0)) + "/* " + right(Long.toString(offset), 5));
                if (member.bitfieldSize != 0) {
                    printed += out.p(":" + right(Integer.toString(member.bitfieldOffset), 2));
                    sizeSpacing -= 3;
                }
                printed += out.p(" " + right(Long.toString(size), sizeSpacing) + " */");
            }
        }
        return printed + printedCacheline;
    }

    /** type__fprintf (expand_types and expand_pointers off, as pahole -C runs). */
    private int typeFprintf(int type, String name, Conf conf, Out out) {
        int printed = 0;
        Conf tconf = conf.copy();
        if (dw(type) == Dw.NONE) {
            return out.p(left("<ERROR", tconf.typeSpacing) + "> " + name);
        }
        boolean suppressOffsetComment = conf.suppressOffsetComment;
        if (hasNamespace(type)) {
            tconf.prefix = null;
            tconf.suffix = name;
            tconf.emitStats = false;
            tconf.suppressOffsetComment = suppressOffsetComment;
        }
        String namebfptr = null;
        while (true) {
            switch (dw(type)) {
                case POINTER -> {
                    int ptype = target(type);
                    if (ptype != 0) {
                        Dw pd = dw(ptype);
                        if (pd == Dw.NONE) {
                            return printed + out.p(left("<ERROR", tconf.typeSpacing) + "> " + name);
                        }
                        if (pd == Dw.SUBROUTINE) {
                            return printed + ftypeFprintf(ptype, name, false, true, tconf.typeSpacing, true, tconf, out);
                        }
                        if ((pd == Dw.STRUCT || pd == Dw.UNION || pd == Dw.ENUM) && typeName(ptype) == null) {
                            if (namebfptr != null) {
                                return printed + out.p(left("<ERROR", tconf.typeSpacing)
                                        + ": pointer to pointer to inner struct/union/enum?> " + name);
                            }
                            namebfptr = "* " + name;
                            tconf.relOffset = true;
                            name = namebfptr;
                            type = ptype;
                            tconf.typeSpacing -= 8;
                            tconf.prefix = null;
                            tconf.suffix = name;
                            tconf.emitStats = false;
                            tconf.suppressOffsetComment = suppressOffsetComment;
                            continue;
                        }
                    }
                    return printed + out.p(left(tagName(type, 0), tconf.typeSpacing) + " " + name);
                }
                case SUBROUTINE -> {
                    return printed + ftypeFprintf(type, name, false, false, tconf.typeSpacing, true, tconf, out);
                }
                case CONST -> {
                    int constPrinted = out.p("const ");
                    tconf.typeSpacing -= constPrinted;
                    printed += constPrinted;
                    int ttype = target(type);
                    if (dw(ttype) != Dw.NONE) {
                        type = ttype;
                        continue;
                    }
                    return printed + out.p(left(tagName(type, 0), tconf.typeSpacing) + " " + name);
                }
                case ARRAY -> {
                    return printed + arrayFprintf(type, name, tconf, out);
                }
                case STRUCT -> {
                    String tn = typeName(type);
                    if (tn != null) {
                        return printed + out.p("struct " + left(tn, tconf.typeSpacing - 7) + " "
                                + (name != null ? name : ""));
                    }
                    Cls cc = cls(type);
                    findHoles(cc);
                    tconf.typeSpacing -= 8;
                    return printed + classFprintf(cc, tconf, out);
                }
                case UNION -> {
                    String tn = typeName(type);
                    if (tn != null) {
                        return printed + out.p("union " + left(tn, tconf.typeSpacing - 6) + " "
                                + (name != null ? name : ""));
                    }
                    tconf.typeSpacing -= 8;
                    return printed + unionFprintf(cls(type), tconf, out);
                }
                case ENUM -> {
                    String tn = typeName(type);
                    if (tn != null) {
                        return printed + out.p("enum " + left(tn, tconf.typeSpacing - 5) + " "
                                + (name != null ? name : ""));
                    }
                    return printed + enumFprintf(type, tconf, out);
                }
                default -> {
                    return printed + out.p(left(tagName(type, 0), tconf.typeSpacing) + " " + name);
                }
            }
        }
    }

    /** array_type__fprintf (BTF arrays have one dimension; nested arrays print inner dimensions first). */
    private int arrayFprintf(int id, String name, Conf conf, Out out) {
        BtfType.Array a = (BtfType.Array) btf.type(id);
        int type = a.type();
        if (dw(type) == Dw.NONE) {
            return out.p("<ERROR(array_type__fprintf:0): " + type + " not found!>\n");
        }
        if (a.nelems() == 0 && dw(type) == Dw.CONST) {
            type = target(type);
        }
        enter(id);
        int printed = typeFprintf(type, name, conf, out);
        leave();
        boolean singleMember = conf.lastMember && conf.firstMember;
        if (a.nelems() != 0 || !conf.lastMember || singleMember || conf.unionMember) {
            printed += out.p("[" + a.count() + "]");
        } else {
            printed += out.p("[]");
        }
        return printed;
    }

    /** enumeration__fprintf for an anonymous enum printed inline. */
    private int enumFprintf(int id, Conf conf, Out out) {
        BtfType.Enumeration e = (BtfType.Enumeration) btf.type(id);
        String tn = typeName(id);
        int printed = out.p("enum" + (tn != null ? " " + tn : ""));
        int indent = Math.min(conf.indent, TABS.length() - 1);
        if (e.values().isEmpty()) {
            return printed;
        }
        printed += out.p(" {\n");
        int max = 0;
        for (BtfType.EnumValue v : e.values()) {
            max = Math.max(max, v.name().length());
        }
        for (BtfType.EnumValue v : e.values()) {
            // pahole 1.24 keeps 32-bit enumerators as uint32_t and prints them unsigned.
            long value = e instanceof BtfType.Enum ? v.value() & 0xffff_ffffL : v.value();
            printed += out.p(tabs(indent) + "\t" + left(v.name(), max) + " = " + Long.toUnsignedString(value) + ",\n");
        }
        printed += out.p(tabs(indent) + "}");
        if (enumBits(id) / 8 != 4) {
            printed += out.p(" __attribute__((__packed__))");
        }
        if (conf.suffix != null) {
            printed += out.p(" " + conf.suffix);
        }
        return printed;
    }

    /** ftype__fprintf. */
    private int ftypeFprintf(int id, String name, boolean inlined, boolean isPointer, int typeSpacing,
                             boolean isPrototype, Conf conf, Out out) {
        enter(id);
        int ret = target(id);
        String stype = tagName(ret == 0 ? -1 : ret, 0);
        int printed = out.p((inlined ? "inline " : "") + left(stype, typeSpacing) + " " + (isPrototype ? "(" : "")
                + (isPointer ? "*" : "") + (name != null ? name : "") + (isPrototype ? ")" : ""));
        printed += ftypeParms(id, conf, out);
        leave();
        return printed;
    }

    /** ftype__fprintf_parms (indent 0: parameters on one line). */
    private int ftypeParms(int id, Conf conf, Out out) {
        BtfType.FuncProto f = (BtfType.FuncProto) btf.type(id);
        int printed = out.p("(");
        boolean first = true;
        boolean unspec = false;
        for (BtfType.Param p : f.params()) {
            if (p.type() == 0) {
                unspec = true;
                continue;
            }
            if (!first) {
                printed += out.p(", ");
            }
            first = false;
            String name = p.name();   // pahole: NULL for name_off 0, which BTF writes for every empty name
            if (name.isEmpty()) {
                name = null;
            }
            int type = p.type();
            String stype;
            if (dw(type) == Dw.NONE) {
                stype = "<ERROR: type " + type + " not found>";
            } else {
                if (dw(type) == Dw.POINTER) {
                    int ptype = target(type);
                    if (ptype != 0) {
                        if (dw(ptype) == Dw.NONE) {
                            printed += out.p("<ERROR(ftype__fprintf_parms:0): " + ptype + " not found!>\n");
                            continue;
                        }
                        if (dw(ptype) == Dw.SUBROUTINE) {
                            printed += ftypeFprintf(ptype, name, false, true, 0, true, conf, out);
                            continue;
                        }
                    }
                } else if (dw(type) == Dw.SUBROUTINE) {
                    printed += ftypeFprintf(type, name, true, false, 0, false, conf, out);
                    continue;
                }
                stype = tagName(type, 0);
            }
            printed += out.p(stype + (name != null ? " " + name : ""));
        }
        if (first) {
            printed += out.p("void)");
        } else if (unspec) {
            printed += out.p(", ...)");
        } else {
            printed += out.p(")");
        }
        return printed;
    }

    /** __tag__name / tag__ptr_name; id -1 is NULL ("void"). */
    private String tagName(int id, int depth) {
        if (depth > MAX_NESTING) {
            throw new BtfFormatException(id, -1, "type nests deeper than " + MAX_NESTING + " (a cycle?)");
        }
        if (id < 0) {
            return "void";
        }
        switch (dw(id)) {
            case NONE:
                return "void";
            case BASE: {
                BtfType t = btf.type(id);
                if (t instanceof BtfType.Int i) {
                    // base_type__name would prefix "bool ", but the BTF loader stores BTF_INT_BOOL (4) into the
                    // 1-bit is_bool field, which keeps 0: pahole 1.24 never prints the prefix for BTF.
                    return i.name();
                }
                return "single " + t.name();
            }
            case FUNC:
                return btf.name(id);
            case POINTER: {
                int t = target(id);
                if (t == 0) {
                    return "void *";
                }
                if (dw(t) == Dw.NONE) {
                    return "<ERROR(__tag__name:0): " + t + " not found!>\n *";
                }
                if (t == id) {
                    return "<ERROR: type loop>";
                }
                String constPointer = "";
                if (dw(t) == Dw.CONST) {
                    int next = target(t);
                    if (dw(next) == Dw.POINTER) {
                        constPointer = "const ";
                        t = next;
                    }
                }
                return tagName(t, depth + 1) + " " + constPointer + "*";
            }
            case VOLATILE:
            case CONST:
            case RESTRICT: {
                int t = target(id);
                if (t != 0 && dw(t) == Dw.NONE) {
                    return "<ERROR(__tag__name:0): " + t + " not found!>\n";
                }
                String inner = tagName(t == 0 ? -1 : t, depth + 1);
                Dw d = dw(id);
                String prefix = d == Dw.VOLATILE ? "volatile " : d == Dw.CONST ? "const " : "";
                String suffix = d == Dw.RESTRICT ? " restrict" : "";
                return prefix + inner + suffix + " ";
            }
            case ARRAY: {
                int t = target(id);
                if (dw(t) == Dw.NONE) {
                    return "<ERROR(__tag__name:0): " + t + " not found!>\n";
                }
                return tagName(t, depth + 1);
            }
            case SUBROUTINE: {
                Out o = new Out();
                ftypeFprintf(id, null, false, false, 0, true, new Conf(), o);
                return o.toString();
            }
            case VAR:
                return btf.name(id);
            case STRUCT:
                return "struct " + btf.name(id);
            case UNION:
                return "union " + btf.name(id);
            case ENUM:
                return "enum " + btf.name(id);
            case TYPEDEF:
            default:
                return btf.name(id);
        }
    }

    private void enter(int id) {
        if (++nesting > MAX_NESTING) {
            nesting = 0;
            throw new BtfFormatException(id, -1, "type nests deeper than " + MAX_NESTING + " (a cycle?)");
        }
    }

    private void leave() {
        nesting--;
    }
}
