package io.github.bpf4j.btf.core;

import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.BtfKind;
import io.github.bpf4j.btf.BtfType;
import io.github.bpf4j.btf.BtfType.Composite;
import io.github.bpf4j.btf.BtfType.EnumValue;
import io.github.bpf4j.btf.BtfType.Enumeration;
import io.github.bpf4j.btf.BtfType.FuncProto;
import io.github.bpf4j.btf.BtfType.Member;
import io.github.bpf4j.btf.CoreReloKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The CO-RE computation of libbpf 1.1 relo_core.c, ported function by function: spec parsing
 * ({@code bpf_core_parse_spec}), matching ({@code bpf_core_spec_match}, {@code bpf_core_match_member},
 * {@code bpf_core_fields_are_compat}, {@code __bpf_core_types_are_compat}, {@code __bpf_core_types_match}) and value
 * calculation ({@code bpf_core_calc_field_relo}, {@code _type_relo}, {@code _enumval_relo}, {@code bpf_core_calc_relo}).
 *
 * <p>Functions return libbpf's codes: 1/0 for match/no match, a negative errno on error. Keeping that shape (rather
 * than exceptions) keeps the port checkable line by line against libbpf, including its quirks, e.g. that
 * {@code bpf_core_match_member} leaves a speculative low-level step behind when a name matches inside an anonymous
 * member but the types are incompatible. Unbounded loops in libbpf (modifier chains, array nesting) are bounded
 * here and report {@code -EINVAL}.
 */
final class CoreEngine {

    static final int E2BIG = -7;
    static final int EINVAL = -22;
    static final int ERANGE = -34;
    static final int EOPNOTSUPP = -95;
    /** libbpf's internal "poison the instruction" signal. */
    static final int EUCLEAN = -117;

    /** {@code BPF_CORE_SPEC_MAX_LEN}. */
    static final int SPEC_MAX_LEN = AccessString.MAX_LEN;
    /** Bound on modifier/typedef chains and recursion where libbpf has none. */
    private static final int MAX_CHAIN = 64;

    private CoreEngine() {}

    static String errnoName(int err) {
        return switch (err) {
            case E2BIG -> "E2BIG";
            case EINVAL -> "EINVAL";
            case ERANGE -> "ERANGE";
            case EOPNOTSUPP -> "EOPNOTSUPP";
            case EUCLEAN -> "EUCLEAN";
            default -> "errno " + -err;
        };
    }

    // ---- libbpf reloc kind classes (relo_core.c core_relo_is_*_based) ----

    static boolean isFieldBased(CoreReloKind k) {
        return switch (k) {
            case FIELD_BYTE_OFFSET, FIELD_BYTE_SIZE, FIELD_EXISTS, FIELD_SIGNED, FIELD_LSHIFT_U64,
                 FIELD_RSHIFT_U64 -> true;
            default -> false;
        };
    }

    static boolean isTypeBased(CoreReloKind k) {
        return switch (k) {
            case TYPE_ID_LOCAL, TYPE_ID_TARGET, TYPE_EXISTS, TYPE_MATCHES, TYPE_SIZE -> true;
            default -> false;
        };
    }

    static boolean isEnumvalBased(CoreReloKind k) {
        return k == CoreReloKind.ENUMVAL_EXISTS || k == CoreReloKind.ENUMVAL_VALUE;
    }

    /** libbpf core_relo_kind_str. */
    static String kindStr(CoreReloKind k) {
        return switch (k) {
            case FIELD_BYTE_OFFSET -> "byte_off";
            case FIELD_BYTE_SIZE -> "byte_sz";
            case FIELD_EXISTS -> "field_exists";
            case FIELD_SIGNED -> "signed";
            case FIELD_LSHIFT_U64 -> "lshift_u64";
            case FIELD_RSHIFT_U64 -> "rshift_u64";
            case TYPE_ID_LOCAL -> "local_type_id";
            case TYPE_ID_TARGET -> "target_type_id";
            case TYPE_EXISTS -> "type_exists";
            case TYPE_MATCHES -> "type_matches";
            case TYPE_SIZE -> "type_size";
            case ENUMVAL_EXISTS -> "enumval_exists";
            case ENUMVAL_VALUE -> "enumval_value";
        };
    }

    /** libbpf btf_kind_str: the kind in lower case ({@code func_proto}, {@code void}). */
    static String btfKindStr(BtfKind k) {
        return k.name().toLowerCase(Locale.ROOT);
    }

    // ---- BTF helpers with libbpf's semantics ----

    /** libbpf skip_mods_and_typedefs: the id reached, or -1 when the chain is out of range or too long. */
    static int skipModsAndTypedefs(Btf btf, int id) {
        for (int i = 0; i < MAX_CHAIN; i++) {
            if (id < 0 || id >= btf.typeCount()) {
                return -1;
            }
            BtfKind k = btf.kind(id);
            if (!k.isModifier() && k != BtfKind.TYPEDEF) {
                return id;
            }
            id = ((BtfType.Reference) btf.type(id)).type();
        }
        return -1;
    }

    /** libbpf btf__resolve_size, with its error codes. */
    static long resolveSize(Btf btf, int id) {
        long nelems = 1;
        long size = -1;
        for (int i = 0; i < Btf.MAX_RESOLVE_DEPTH && id != 0; i++) {
            if (id < 0 || id >= btf.typeCount()) {
                return EINVAL;
            }
            BtfType t = btf.type(id);
            switch (t.kind()) {
                case INT -> size = ((BtfType.Int) t).size();
                case STRUCT, UNION -> size = Integer.toUnsignedLong(((Composite) t).size());
                case ENUM, ENUM64 -> size = Integer.toUnsignedLong(((Enumeration) t).size());
                case DATASEC -> size = Integer.toUnsignedLong(((BtfType.Datasec) t).size());
                case FLOAT -> size = Integer.toUnsignedLong(((BtfType.Float) t).size());
                case PTR -> size = btf.pointerSize();
                case TYPEDEF, VOLATILE, CONST, RESTRICT, TYPE_TAG -> {
                    id = ((BtfType.Reference) t).type();
                    continue;
                }
                case VAR -> {
                    id = ((BtfType.Var) t).type();
                    continue;
                }
                case DECL_TAG -> {
                    id = ((BtfType.DeclTag) t).type();
                    continue;
                }
                case ARRAY -> {
                    long n = ((BtfType.Array) t).count();
                    if (nelems != 0 && n > 0xffff_ffffL / nelems) {
                        return E2BIG;
                    }
                    nelems *= n;
                    id = ((BtfType.Array) t).type();
                    continue;
                }
                default -> {
                    return EINVAL;
                }
            }
            break;
        }
        if (size < 0) {
            return EINVAL;
        }
        if (nelems != 0 && size > 0xffff_ffffL / nelems) {
            return E2BIG;
        }
        return nelems * size;
    }

    /** libbpf btf_kind_core_compat: same kind, or both enums of either width. */
    static boolean kindCoreCompat(BtfKind a, BtfKind b) {
        return a == b || (isAnyEnum(a) && isAnyEnum(b));
    }

    static boolean isAnyEnum(BtfKind k) {
        return k == BtfKind.ENUM || k == BtfKind.ENUM64;
    }

    private static boolean isComposite(BtfKind k) {
        return k == BtfKind.STRUCT || k == BtfKind.UNION;
    }

    /** The INT's bit offset ({@code btf_int_offset}); 0 for other kinds. */
    private static int intOffset(BtfType t) {
        return t instanceof BtfType.Int i ? i.bitOffset() : 0;
    }

    private static boolean essentialNamesEqual(String a, String b) {
        return Btf.essentialName(a).equals(Btf.essentialName(b));
    }

    // ---- spec ----

    /** A spec under construction ({@code struct bpf_core_spec}); mutated in place as libbpf does. */
    static final class Spec {
        Btf btf;
        int rootTypeId;
        CoreReloKind kind;
        final int[] accType = new int[SPEC_MAX_LEN];
        final int[] accIdx = new int[SPEC_MAX_LEN];
        /** null for array accessors. */
        final String[] accName = new String[SPEC_MAX_LEN];
        int len;
        final int[] raw = new int[SPEC_MAX_LEN];
        int rawLen;
        /** Unsigned 32-bit, as libbpf's {@code __u32 bit_offset}. */
        long bitOffset;

        void reset(Btf btf, int rootTypeId, CoreReloKind kind) {
            this.btf = btf;
            this.rootTypeId = rootTypeId;
            this.kind = kind;
            java.util.Arrays.fill(accType, 0);
            java.util.Arrays.fill(accIdx, 0);
            java.util.Arrays.fill(accName, null);
            java.util.Arrays.fill(raw, 0);
            len = 0;
            rawLen = 0;
            bitOffset = 0;
        }

        void addBits(long bits) {
            bitOffset = (bitOffset + bits) & 0xffff_ffffL;
        }

        Spec copy() {
            Spec s = new Spec();
            s.btf = btf;
            s.rootTypeId = rootTypeId;
            s.kind = kind;
            System.arraycopy(accType, 0, s.accType, 0, SPEC_MAX_LEN);
            System.arraycopy(accIdx, 0, s.accIdx, 0, SPEC_MAX_LEN);
            System.arraycopy(accName, 0, s.accName, 0, SPEC_MAX_LEN);
            System.arraycopy(raw, 0, s.raw, 0, SPEC_MAX_LEN);
            s.len = len;
            s.rawLen = rawLen;
            s.bitOffset = bitOffset;
            return s;
        }

        CoreSpec toRecord() {
            List<CoreSpec.Accessor> accs = new ArrayList<>();
            for (int i = 0; i < len; i++) {
                accs.add(new CoreSpec.Accessor(accType[i], accIdx[i], accName[i] == null ? "" : accName[i]));
            }
            List<Integer> r = new ArrayList<>();
            for (int i = 0; i < rawLen; i++) {
                r.add(raw[i]);
            }
            return new CoreSpec(rootTypeId, kind, accs, r, bitOffset, format());
        }

        /** libbpf bpf_core_format_spec (without its 256-byte truncation). */
        String format() {
            StringBuilder sb = new StringBuilder();
            BtfType t = btf.type(rootTypeId);
            sb.append('<').append(kindStr(kind)).append("> [").append(rootTypeId).append("] ")
                    .append(btfKindStr(t.kind())).append(' ').append(t.name().isEmpty() ? "<anon>" : t.name());
            if (isTypeBased(kind)) {
                return sb.toString();
            }
            if (isEnumvalBased(kind)) {
                int eid = skipModsAndTypedefs(btf, rootTypeId);
                if (eid >= 0 && btf.type(eid) instanceof Enumeration e && raw[0] < e.values().size()) {
                    EnumValue v = e.values().get(raw[0]);
                    sb.append("::").append(v.name()).append(" = ");
                    if (e.kind() == BtfKind.ENUM) {
                        sb.append(e.signed() ? Integer.toString((int) v.value())
                                : Integer.toUnsignedString((int) v.value()));
                    } else {
                        sb.append(e.signed() ? Long.toString(v.value()) : Long.toUnsignedString(v.value()));
                    }
                }
                return sb.toString();
            }
            for (int i = 0; i < len; i++) {
                if (accName[i] != null) {
                    sb.append('.').append(accName[i]);
                } else if (i > 0 || accIdx[i] > 0) {
                    sb.append('[').append(Integer.toUnsignedString(accIdx[i])).append(']');
                }
            }
            sb.append(" (");
            for (int i = 0; i < rawLen; i++) {
                sb.append(i == 0 ? "" : ":").append(raw[i]);
            }
            if (bitOffset % 8 != 0) {
                sb.append(" @ offset ").append(bitOffset / 8).append('.').append(bitOffset % 8).append(')');
            } else {
                sb.append(" @ offset ").append(bitOffset / 8).append(')');
            }
            return sb.toString();
        }
    }

    /** libbpf is_flex_arr: a zero-length array that is the last member of the struct the accessor names. */
    private static boolean isFlexArr(Btf btf, Spec spec, int accPos, BtfType.Array arr) {
        if (accPos < 0 || spec.accName[accPos] == null || arr.nelems() != 0) {
            return false;
        }
        BtfType t = btf.type(spec.accType[accPos]);
        return t instanceof Composite c && spec.accIdx[accPos] == c.members().size() - 1;
    }

    /** libbpf bpf_core_parse_spec. */
    static int parseSpec(Btf btf, int typeId, String accessString, CoreReloKind kind, Spec spec) {
        if (accessString.isEmpty() || accessString.charAt(0) == ':') {
            return EINVAL;
        }
        spec.reset(btf, typeId, kind);
        // type-based relocations have no field access string
        if (isTypeBased(kind)) {
            return accessString.equals("0") ? 0 : EINVAL;
        }
        int[] rawSpec;
        try {
            rawSpec = AccessString.parse(accessString);
        } catch (IllegalArgumentException e) {
            return e.getMessage().contains("E2BIG") ? E2BIG : EINVAL;
        }
        System.arraycopy(rawSpec, 0, spec.raw, 0, rawSpec.length);
        spec.rawLen = rawSpec.length;
        if (spec.rawLen == 0) {
            return EINVAL;
        }
        int id = skipModsAndTypedefs(btf, typeId);
        if (id < 0) {
            return EINVAL;
        }
        BtfType t = btf.type(id);
        int accessIdx = spec.raw[0];
        spec.accType[0] = id;
        spec.accIdx[0] = accessIdx;
        spec.len++;

        if (isEnumvalBased(kind)) {
            if (!(t instanceof Enumeration e) || spec.rawLen > 1 || accessIdx >= e.values().size()) {
                return EINVAL;
            }
            spec.accName[0] = e.values().get(accessIdx).name();
            return 0;
        }
        if (!isFieldBased(kind)) {
            return EINVAL;
        }
        long sz = resolveSize(btf, id);
        if (sz < 0) {
            return (int) sz;
        }
        spec.bitOffset = (accessIdx * sz * 8) & 0xffff_ffffL;

        for (int i = 1; i < spec.rawLen; i++) {
            id = skipModsAndTypedefs(btf, id);
            if (id < 0) {
                return EINVAL;
            }
            t = btf.type(id);
            accessIdx = spec.raw[i];
            int pos = spec.len;
            if (t instanceof Composite c) {
                if (accessIdx >= c.members().size()) {
                    return EINVAL;
                }
                Member m = c.members().get(accessIdx);
                spec.addBits(m.bitOffset());
                if (!m.name().isEmpty()) {
                    spec.accType[pos] = id;
                    spec.accIdx[pos] = accessIdx;
                    spec.accName[pos] = m.name();
                    spec.len++;
                }
                id = m.type();
            } else if (t instanceof BtfType.Array a) {
                id = skipModsAndTypedefs(btf, a.type());
                if (id < 0) {
                    return EINVAL;
                }
                boolean flex = isFlexArr(btf, spec, pos - 1, a);
                if (!flex && Integer.toUnsignedLong(accessIdx) >= a.count()) {
                    return EINVAL;
                }
                spec.accType[pos] = id;
                spec.accIdx[pos] = accessIdx;
                spec.accName[pos] = null;
                spec.len++;
                sz = resolveSize(btf, id);
                if (sz < 0) {
                    return (int) sz;
                }
                spec.addBits(accessIdx * sz * 8);
            } else {
                // libbpf: "relo for [%u] %s (at idx %d) captures type [%d] of unexpected kind %s"
                return EINVAL;
            }
        }
        return 0;
    }

    /** libbpf bpf_core_fields_are_compat. */
    static int fieldsAreCompat(Btf localBtf, int localId, Btf targBtf, int targId) {
        for (int depth = 0; depth < MAX_CHAIN; depth++) {
            localId = skipModsAndTypedefs(localBtf, localId);
            targId = skipModsAndTypedefs(targBtf, targId);
            if (localId < 0 || targId < 0) {
                return EINVAL;
            }
            BtfType lt = localBtf.type(localId);
            BtfType tt = targBtf.type(targId);
            if (isComposite(lt.kind()) && isComposite(tt.kind())) {
                return 1;
            }
            if (!kindCoreCompat(lt.kind(), tt.kind())) {
                return 0;
            }
            switch (lt.kind()) {
                case PTR, FLOAT -> {
                    return 1;
                }
                case FWD, ENUM, ENUM64 -> {
                    String ln = lt.name();
                    String tn = tt.name();
                    // one of them anonymous, or both with the same flavor-less name
                    return Btf.essentialName(ln).isEmpty() || Btf.essentialName(tn).isEmpty()
                            || essentialNamesEqual(ln, tn) ? 1 : 0;
                }
                case INT -> {
                    return intOffset(lt) == 0 && intOffset(tt) == 0 ? 1 : 0;
                }
                case ARRAY -> {
                    localId = ((BtfType.Array) lt).type();
                    targId = ((BtfType.Array) tt).type();
                }
                default -> {
                    return 0;
                }
            }
        }
        return EINVAL;
    }

    /**
     * libbpf bpf_core_match_member: finds the local accessor's field by name in target type {@code targId},
     * descending into anonymous members; extends {@code spec} along the way. Returns 1/0/-errno and, on a name
     * match, stores the field's type id in {@code nextTargId[0]}.
     */
    static int matchMember(Btf localBtf, Spec localSpec, int localPos, Btf targBtf, int targId, Spec spec,
            int[] nextTargId) {
        targId = skipModsAndTypedefs(targBtf, targId);
        if (targId < 0) {
            return EINVAL;
        }
        if (!(targBtf.type(targId) instanceof Composite targType)) {
            return 0;
        }
        Composite localType = (Composite) localBtf.type(localSpec.accType[localPos]);
        Member localMember = localType.members().get(localSpec.accIdx[localPos]);
        String localName = localMember.name();
        List<Member> members = targType.members();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            long bitOffset = m.bitOffset();
            if (spec.rawLen == SPEC_MAX_LEN) {
                return E2BIG; // too deep struct/union/array nesting
            }
            // speculate this member will be the good one
            spec.addBits(bitOffset);
            spec.raw[spec.rawLen++] = i;
            String targName = m.name();
            if (targName.isEmpty()) {
                int found = matchMember(localBtf, localSpec, localPos, targBtf, m.type(), spec, nextTargId);
                if (found != 0) {
                    return found;
                }
            } else if (localName.equals(targName)) {
                int pos = spec.len++;
                spec.accType[pos] = targId;
                spec.accIdx[pos] = i;
                spec.accName[pos] = targName;
                nextTargId[0] = m.type();
                int found = fieldsAreCompat(localBtf, localMember.type(), targBtf, m.type());
                if (found == 0) {
                    spec.len--;
                }
                return found;
            }
            spec.addBits(-bitOffset);
            spec.rawLen--;
        }
        return 0;
    }

    /** libbpf bpf_core_spec_match: tries to match {@code local} against target type {@code targId}. */
    static int specMatch(Spec local, Btf targBtf, int targId, Spec targ) {
        targ.reset(targBtf, targId, local.kind);
        if (isTypeBased(local.kind)) {
            if (local.kind == CoreReloKind.TYPE_MATCHES) {
                return typesMatch(local.btf, local.rootTypeId, targBtf, targId, false, 32);
            }
            return typesAreCompat(local.btf, local.rootTypeId, targBtf, targId, 32);
        }
        if (isEnumvalBased(local.kind)) {
            targId = skipModsAndTypedefs(targBtf, targId);
            if (targId < 0 || !(targBtf.type(targId) instanceof Enumeration e)) {
                return 0;
            }
            String localName = local.accName[0];
            for (int i = 0; i < e.values().size(); i++) {
                String targName = e.values().get(i).name();
                if (essentialNamesEqual(localName, targName)) {
                    targ.accType[0] = targId;
                    targ.accIdx[0] = i;
                    targ.accName[0] = targName;
                    targ.len++;
                    targ.raw[targ.rawLen++] = i;
                    return 1;
                }
            }
            return 0;
        }
        if (!isFieldBased(local.kind)) {
            return EINVAL;
        }
        int[] next = new int[1];
        for (int i = 0; i < local.len; i++) {
            targId = skipModsAndTypedefs(targBtf, targId);
            if (targId < 0) {
                return EINVAL;
            }
            BtfType targType = targBtf.type(targId);
            if (local.accName[i] != null) {
                int matched = matchMember(local.btf, local, i, targBtf, targId, targ, next);
                if (matched <= 0) {
                    return matched;
                }
                targId = next[0];
            } else {
                // for i == 0 the root struct itself stands for the array element
                if (i > 0) {
                    if (!(targType instanceof BtfType.Array a)) {
                        return 0;
                    }
                    boolean flex = isFlexArr(targBtf, targ, i - 1, a);
                    if (!flex && Integer.toUnsignedLong(local.accIdx[i]) >= a.count()) {
                        return 0;
                    }
                    targId = skipModsAndTypedefs(targBtf, a.type());
                    if (targId < 0) {
                        return EINVAL;
                    }
                }
                if (targ.rawLen == SPEC_MAX_LEN) {
                    return E2BIG;
                }
                int pos = i;
                targ.accType[pos] = targId;
                targ.accIdx[pos] = local.accIdx[i];
                targ.accName[pos] = null;
                targ.len++;
                targ.raw[targ.rawLen++] = local.accIdx[i];
                long sz = resolveSize(targBtf, targId);
                if (sz < 0) {
                    return (int) sz;
                }
                targ.addBits(local.accIdx[i] * sz * 8);
            }
        }
        return 1;
    }

    /** libbpf __bpf_core_types_are_compat (TYPE_EXISTS, TYPE_SIZE, TYPE_ID_TARGET). */
    static int typesAreCompat(Btf localBtf, int localId, Btf targBtf, int targId, int level) {
        if (!kindCoreCompat(localBtf.kind(localId), targBtf.kind(targId))) {
            return 0;
        }
        for (int depth = 32; ; ) {
            if (--depth < 0) {
                return EINVAL;
            }
            localId = skipModsAndTypedefs(localBtf, localId);
            targId = skipModsAndTypedefs(targBtf, targId);
            if (localId < 0 || targId < 0) {
                return EINVAL;
            }
            BtfType lt = localBtf.type(localId);
            BtfType tt = targBtf.type(targId);
            if (!kindCoreCompat(lt.kind(), tt.kind())) {
                return 0;
            }
            switch (lt.kind()) {
                case VOID, STRUCT, UNION, ENUM, FWD, ENUM64 -> {
                    return 1;
                }
                case INT -> {
                    return intOffset(lt) == 0 && intOffset(tt) == 0 ? 1 : 0;
                }
                case PTR -> {
                    localId = ((BtfType.Ptr) lt).type();
                    targId = ((BtfType.Ptr) tt).type();
                }
                case ARRAY -> {
                    localId = ((BtfType.Array) lt).type();
                    targId = ((BtfType.Array) tt).type();
                }
                case FUNC_PROTO -> {
                    FuncProto lp = (FuncProto) lt;
                    FuncProto tp = (FuncProto) tt;
                    if (lp.params().size() != tp.params().size()) {
                        return 0;
                    }
                    for (int i = 0; i < lp.params().size(); i++) {
                        if (level <= 0) {
                            return EINVAL;
                        }
                        int l = skipModsAndTypedefs(localBtf, lp.params().get(i).type());
                        int r = skipModsAndTypedefs(targBtf, tp.params().get(i).type());
                        if (l < 0 || r < 0) {
                            return EINVAL;
                        }
                        int err = typesAreCompat(localBtf, l, targBtf, r, level - 1);
                        if (err <= 0) {
                            return err;
                        }
                    }
                    // tail recursion on the return type
                    localId = skipModsAndTypedefs(localBtf, lp.returnType());
                    targId = skipModsAndTypedefs(targBtf, tp.returnType());
                    if (localId < 0 || targId < 0) {
                        return EINVAL;
                    }
                }
                default -> {
                    return 0; // libbpf: "unexpected kind %s relocated"
                }
            }
        }
    }

    /** libbpf bpf_core_names_match: flavor-less names equal; an anonymous target matches only anonymous. */
    private static boolean namesMatch(String local, String targ) {
        if (targ.isEmpty()) {
            return local.isEmpty();
        }
        return essentialNamesEqual(local, targ);
    }

    /** libbpf bpf_core_enums_match: same size, every local enumerator named in the target. */
    private static int enumsMatch(Enumeration local, Enumeration targ) {
        if (local.size() != targ.size() || local.values().size() > targ.values().size()) {
            return 0;
        }
        for (EnumValue lv : local.values()) {
            boolean matched = false;
            for (EnumValue tv : targ.values()) {
                if (namesMatch(lv.name(), tv.name())) {
                    matched = true;
                    break;
                }
            }
            if (!matched) {
                return 0;
            }
        }
        return 1;
    }

    /** libbpf bpf_core_composites_match. */
    private static int compositesMatch(Btf localBtf, Composite local, Btf targBtf, Composite targ,
            boolean behindPtr, int level) {
        if (local.members().size() > targ.members().size()) {
            return 0;
        }
        for (Member lm : local.members()) {
            boolean matched = false;
            for (Member tm : targ.members()) {
                if (!namesMatch(lm.name(), tm.name())) {
                    continue;
                }
                int err = typesMatch(localBtf, lm.type(), targBtf, tm.type(), behindPtr, level - 1);
                if (err < 0) {
                    return err;
                }
                if (err > 0) {
                    matched = true;
                    break;
                }
            }
            if (!matched) {
                return 0;
            }
        }
        return 1;
    }

    /** libbpf __bpf_core_types_match (TYPE_MATCHES). */
    static int typesMatch(Btf localBtf, int localId, Btf targBtf, int targId, boolean behindPtr, int level) {
        if (level <= 0) {
            return EINVAL;
        }
        for (int depth = 32; ; ) {
            if (--depth < 0) {
                return EINVAL;
            }
            localId = skipModsAndTypedefs(localBtf, localId);
            targId = skipModsAndTypedefs(targBtf, targId);
            if (localId < 0 || targId < 0) {
                return EINVAL;
            }
            BtfType lt = localBtf.type(localId);
            BtfType tt = targBtf.type(targId);
            // root-level typedef names were checked by the caller; below, names are matched after skipping
            if (!namesMatch(lt.name(), tt.name())) {
                return 0;
            }
            BtfKind lk = lt.kind();
            BtfKind tk = tt.kind();
            switch (lk) {
                case VOID -> {
                    return lk == tk ? 1 : 0;
                }
                case FWD -> {
                    boolean localUnion = ((BtfType.Fwd) lt).union();
                    if (behindPtr) {
                        if (lk == tk) {
                            return localUnion == ((BtfType.Fwd) tt).union() ? 1 : 0;
                        }
                        // a forward declaration's kflag says struct (0) or union (1)
                        return (tk == BtfKind.STRUCT && !localUnion) || (tk == BtfKind.UNION && localUnion) ? 1 : 0;
                    }
                    if (lk != tk) {
                        return 0;
                    }
                    return localUnion == ((BtfType.Fwd) tt).union() ? 1 : 0;
                }
                case ENUM, ENUM64 -> {
                    if (!isAnyEnum(tk)) {
                        return 0;
                    }
                    return enumsMatch((Enumeration) lt, (Enumeration) tt);
                }
                case STRUCT, UNION -> {
                    if (behindPtr) {
                        if (lk == tk) {
                            return 1;
                        }
                        if (tk != BtfKind.FWD) {
                            return 0;
                        }
                        return (lk == BtfKind.UNION) == ((BtfType.Fwd) tt).union() ? 1 : 0;
                    }
                    if (lk != tk) {
                        return 0;
                    }
                    return compositesMatch(localBtf, (Composite) lt, targBtf, (Composite) tt, false, level);
                }
                case INT -> {
                    if (lk != tk) {
                        return 0;
                    }
                    BtfType.Int li = (BtfType.Int) lt;
                    BtfType.Int ti = (BtfType.Int) tt;
                    return li.size() == ti.size() && li.isSigned() == ti.isSigned() ? 1 : 0;
                }
                case PTR -> {
                    if (lk != tk) {
                        return 0;
                    }
                    behindPtr = true;
                    localId = ((BtfType.Ptr) lt).type();
                    targId = ((BtfType.Ptr) tt).type();
                }
                case ARRAY -> {
                    if (lk != tk) {
                        return 0;
                    }
                    BtfType.Array la = (BtfType.Array) lt;
                    BtfType.Array ta = (BtfType.Array) tt;
                    if (la.nelems() != ta.nelems()) {
                        return 0;
                    }
                    localId = la.type();
                    targId = ta.type();
                }
                case FUNC_PROTO -> {
                    if (lk != tk) {
                        return 0;
                    }
                    FuncProto lp = (FuncProto) lt;
                    FuncProto tp = (FuncProto) tt;
                    if (lp.params().size() != tp.params().size()) {
                        return 0;
                    }
                    for (int i = 0; i < lp.params().size(); i++) {
                        int err = typesMatch(localBtf, lp.params().get(i).type(), targBtf,
                                tp.params().get(i).type(), behindPtr, level - 1);
                        if (err <= 0) {
                            return err;
                        }
                    }
                    localId = lp.returnType();
                    targId = tp.returnType();
                }
                default -> {
                    return 0; // libbpf: "unexpected kind %s relocated"
                }
            }
        }
    }

    // ---- values ----

    /** Output of one calc call: value, field size and field type (libbpf's out-parameters). */
    static final class Calc {
        long val;
        int fieldSize;
        int typeId;
        boolean validate = true;
    }

    /** libbpf bpf_core_calc_field_relo; {@code spec} null means no target. */
    static int calcFieldRelo(CoreReloKind kind, Spec spec, Calc out, boolean setValidate) {
        out.fieldSize = 0;
        if (kind == CoreReloKind.FIELD_EXISTS) {
            out.val = spec != null ? 1 : 0;
            return 0;
        }
        if (spec == null) {
            return EUCLEAN; // request instruction poisoning
        }
        Btf btf = spec.btf;
        int pos = spec.len - 1;
        int accType = spec.accType[pos];
        if (spec.accName[pos] == null) {
            // a[n] accessor
            if (kind == CoreReloKind.FIELD_BYTE_OFFSET) {
                out.val = spec.bitOffset / 8;
                long sz = resolveSize(btf, accType);
                if (sz < 0) {
                    return EINVAL;
                }
                out.fieldSize = (int) sz;
                out.typeId = accType;
            } else if (kind == CoreReloKind.FIELD_BYTE_SIZE) {
                long sz = resolveSize(btf, accType);
                if (sz < 0) {
                    return EINVAL;
                }
                out.val = sz;
            } else {
                return EINVAL; // libbpf: "relo %d at insn #%d can't be applied to array access"
            }
            if (setValidate) {
                out.validate = true;
            }
            return 0;
        }
        Composite t = (Composite) btf.type(accType);
        Member m = t.members().get(spec.accIdx[pos]);
        int fieldTypeId = skipModsAndTypedefs(btf, m.type());
        if (fieldTypeId < 0) {
            return EINVAL;
        }
        BtfType mt = btf.type(fieldTypeId);
        long bitOff = spec.bitOffset;
        long bitSz = m.bitfieldSize();
        long byteOff;
        long byteSz;
        boolean bitfield = bitSz > 0;
        if (bitfield) {
            byteSz = switch (mt.kind()) {
                case INT -> ((BtfType.Int) mt).size();
                case ENUM, ENUM64 -> Integer.toUnsignedLong(((Enumeration) mt).size());
                default -> 0;
            };
            if (byteSz == 0) {
                return EINVAL; // libbpf would divide by zero
            }
            byteOff = bitOff / 8 / byteSz * byteSz;
            // the smallest power-of-two load that covers the bitfield
            while (bitOff + bitSz - byteOff * 8 > byteSz * 8) {
                if (byteSz >= 8) {
                    return E2BIG; // libbpf: "relo %d at insn #%d can't be satisfied for bitfield"
                }
                byteSz *= 2;
                byteOff = bitOff / 8 / byteSz * byteSz;
            }
        } else {
            long sz = resolveSize(btf, fieldTypeId);
            if (sz < 0) {
                return EINVAL;
            }
            byteSz = sz;
            byteOff = spec.bitOffset / 8;
            bitSz = byteSz * 8;
        }
        // bitfield offsets and sizes are ambiguous against the compiler's choice: validate only the rest
        if (setValidate) {
            out.validate = !bitfield;
        }
        switch (kind) {
            case FIELD_BYTE_OFFSET -> {
                out.val = byteOff;
                if (!bitfield) {
                    out.fieldSize = (int) byteSz;
                    out.typeId = fieldTypeId;
                }
            }
            case FIELD_BYTE_SIZE -> out.val = byteSz;
            case FIELD_SIGNED -> {
                boolean signed = (mt instanceof Enumeration e && e.signed())
                        || (mt instanceof BtfType.Int i && i.isSigned());
                out.val = signed ? 1 : 0;
                if (setValidate) {
                    out.validate = true; // signedness is never ambiguous
                }
            }
            // little-endian target; libbpf computes these in 32 bits
            case FIELD_LSHIFT_U64 -> out.val = (64 - (bitOff + bitSz - byteOff * 8)) & 0xffff_ffffL;
            case FIELD_RSHIFT_U64 -> {
                out.val = (64 - bitSz) & 0xffff_ffffL;
                if (setValidate) {
                    out.validate = true; // right shift is never ambiguous
                }
            }
            default -> {
                return EOPNOTSUPP;
            }
        }
        return 0;
    }

    /** libbpf bpf_core_calc_type_relo. */
    static int calcTypeRelo(CoreReloKind kind, Spec spec, Calc out, boolean setValidate) {
        if (setValidate) {
            out.validate = true;
        }
        // type relocations give 0 when the target type is not found
        if (spec == null) {
            out.val = 0;
            return 0;
        }
        switch (kind) {
            case TYPE_ID_TARGET -> {
                out.val = spec.rootTypeId;
                // type ids can change during linking: no point checking them
                if (setValidate) {
                    out.validate = false;
                }
            }
            case TYPE_EXISTS, TYPE_MATCHES -> out.val = 1;
            case TYPE_SIZE -> {
                long sz = resolveSize(spec.btf, spec.rootTypeId);
                if (sz < 0) {
                    return EINVAL;
                }
                out.val = sz;
            }
            default -> {
                return EOPNOTSUPP;
            }
        }
        return 0;
    }

    /** libbpf bpf_core_calc_enumval_relo. */
    static int calcEnumvalRelo(CoreReloKind kind, Spec spec, Calc out) {
        switch (kind) {
            case ENUMVAL_EXISTS -> out.val = spec != null ? 1 : 0;
            case ENUMVAL_VALUE -> {
                if (spec == null) {
                    return EUCLEAN;
                }
                Enumeration e = (Enumeration) spec.btf.type(spec.accType[0]);
                long v = e.values().get(spec.accIdx[0]).value();
                // libbpf reads a 32-bit enumerator as __s32 into a u64: sign-extended
                out.val = e.kind() == BtfKind.ENUM ? (long) (int) v : v;
            }
            default -> {
                return EOPNOTSUPP;
            }
        }
        return 0;
    }

    /** Result and status of {@link #calcRelo}. */
    static int calcRelo(CoreReloKind kind, Spec local, Spec targ, ReloRes[] res) {
        Calc orig = new Calc();
        Calc neu = new Calc();
        int err;
        boolean failMemsz = false;
        if (isFieldBased(kind)) {
            err = calcFieldRelo(kind, local, orig, true);
            if (err == 0) {
                err = calcFieldRelo(kind, targ, neu, false);
            }
            if (err == 0 && orig.fieldSize != neu.fieldSize) {
                // resizing a load/store is safe for pointers and for unsigned integers only
                BtfType ot = local.btf.type(orig.typeId);
                BtfType nt = targ.btf.type(neu.typeId);
                boolean bothPtr = ot.kind() == BtfKind.PTR && nt.kind() == BtfKind.PTR;
                boolean bothUnsigned = ot instanceof BtfType.Int oi && nt instanceof BtfType.Int ni
                        && oi.encoding() != BtfType.IntEncoding.SIGNED && ni.encoding() != BtfType.IntEncoding.SIGNED;
                failMemsz = !bothPtr && !bothUnsigned;
            }
        } else if (isTypeBased(kind)) {
            err = calcTypeRelo(kind, local, orig, true);
            if (err == 0) {
                err = calcTypeRelo(kind, targ, neu, false);
            }
        } else {
            err = calcEnumvalRelo(kind, local, orig);
            if (err == 0) {
                err = calcEnumvalRelo(kind, targ, neu);
            }
        }
        if (err == EUCLEAN) {
            // libbpf keeps the values computed so far and only marks the instruction for poisoning
            res[0] = new ReloRes(orig.val, neu.val, true, orig.validate, false, orig.fieldSize, neu.fieldSize);
            return 0;
        }
        if (err != 0) {
            return err;
        }
        res[0] = new ReloRes(orig.val, neu.val, false, orig.validate, failMemsz, orig.fieldSize, neu.fieldSize);
        return 0;
    }
}
