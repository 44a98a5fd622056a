package io.github.bpf4j.verifier.internal;

import io.github.bpf4j.verifier.MapDef;
import java.util.List;

/**
 * Register and state text as the verifier log prints it ({@code print_verifier_state}, {@code print_reg_state},
 * {@code print_scalar_ranges}, Linux 6.18).
 */
final class LogFmt {
    private LogFmt() {}

    /** {@code verbose_snum}: decimal within s16, else {@code %#llx}. */
    static String snum(long v) {
        return v >= Short.MIN_VALUE && v <= Short.MAX_VALUE ? Long.toString(v) : "0x" + Long.toHexString(v);
    }

    /** {@code verbose_unum}: decimal up to u16, else {@code %#llx}. */
    static String unum(long v) {
        return Long.compareUnsigned(v, 0xffff) <= 0 ? Long.toUnsignedString(v) : "0x" + Long.toHexString(v);
    }

    /** {@code tnum_strn}: {@code (%#llx; %#llx)}; the kernel's printf writes 0 as {@code 0x0}. */
    static String tnum(Tnum t) {
        return "(0x" + Long.toHexString(t.value()) + "; 0x" + Long.toHexString(t.mask()) + ")";
    }

    private static void scalarRanges(StringBuilder sb, ScalarBounds b, boolean[] sepHolder) {
        String[] names = {"smin", "smax", "umin", "umax", "smin32", "smax32", "umin32", "umax32"};
        long s32min = b.s32min() >= Short.MIN_VALUE && b.s32min() <= Short.MAX_VALUE ? b.s32min()
                : b.s32min() & 0xffffffffL;
        long s32max = b.s32max() >= Short.MIN_VALUE && b.s32max() <= Short.MAX_VALUE ? b.s32max()
                : b.s32max() & 0xffffffffL;
        long[] vals = {b.smin(), b.smax(), b.umin(), b.umax(), s32min, s32max, b.u32min() & 0xffffffffL,
                       b.u32max() & 0xffffffffL};
        boolean[] omit = {b.smin() == Long.MIN_VALUE, b.smax() == Long.MAX_VALUE, b.umin() == 0, b.umax() == -1L,
                          b.s32min() == Integer.MIN_VALUE, b.s32max() == Integer.MAX_VALUE, b.u32min() == 0,
                          b.u32max() == -1};
        for (int m1 = 0; m1 < 8; m1++) {
            if (omit[m1]) {
                continue;
            }
            boolean neg1 = names[m1].charAt(0) == 's' && vals[m1] < 0;
            sb.append(sepHolder[0] ? "," : "").append(names[m1]).append('=');
            sepHolder[0] = true;
            for (int m2 = m1 + 2; m2 < 8; m2 += 2) {
                if (omit[m2] || vals[m2] != vals[m1]) {
                    continue;
                }
                boolean neg2 = names[m2].charAt(0) == 's' && vals[m2] < 0;
                if (neg2 != neg1) {
                    continue;
                }
                omit[m2] = true;
                sb.append(names[m2]).append('=');
            }
            sb.append(names[m1].charAt(0) == 's' ? snum(vals[m1]) : unum(vals[m1]));
        }
    }

    /** {@code print_reg_state}. */
    static String reg(RegState r, int frameno, List<MapDef> maps) {
        StringBuilder sb = new StringBuilder();
        switch (r.kind()) {
            case NOT_INIT -> sb.append('?');
            case SCALAR -> {
                RegState.Scalar s = (RegState.Scalar) r;
                if (s.precise()) {
                    sb.append('P');
                }
                if (s.b().isConst()) {
                    return sb.append(snum(s.b().constValue())).toString();
                }
                sb.append("scalar(");
                boolean[] sep = {false};
                if (s.id() != 0) {
                    sb.append("id=").append(s.id() & ~RegState.ADD_CONST);
                    sep[0] = true;
                }
                if ((s.id() & RegState.ADD_CONST) != 0) {
                    sb.append(String.format("%+d", s.off()));
                }
                scalarRanges(sb, s.b(), sep);
                if (!s.b().varOff().isUnknown()) {
                    sb.append(sep[0] ? "," : "").append("var_off=").append(tnum(s.b().varOff()));
                }
                sb.append(')');
            }
            case POINTER -> {
                RegState.Pointer p = (RegState.Pointer) r;
                sb.append(p.typeStr());
                if (p.type() == RegType.PTR_TO_BTF_ID) {
                    sb.append(p.btfName());
                }
                if (p.type() == RegType.PTR_TO_STACK) {
                    if (p.frameno() != frameno) {
                        sb.append('[').append(p.frameno()).append(']');
                    }
                    if (p.var().isConst()) {
                        return sb.append(snum(p.var().constValue() + p.off())).toString();
                    }
                }
                sb.append('(');
                boolean[] sep = {false};
                if (p.id() != 0) {
                    sb.append("id=").append(p.id());
                    sep[0] = true;
                }
                if (p.refObjId() != 0) {
                    sb.append(sep[0] ? "," : "").append("ref_obj_id=").append(p.refObjId());
                    sep[0] = true;
                }
                if ((p.type() == RegType.CONST_PTR_TO_MAP || p.type() == RegType.PTR_TO_MAP_VALUE
                        || p.type() == RegType.PTR_TO_MAP_KEY) && p.map() >= 0 && p.map() < maps.size()) {
                    MapDef m = maps.get(p.map());
                    if (!m.name().isEmpty()) {
                        sb.append(sep[0] ? "," : "").append("map=").append(m.name());
                        sep[0] = true;
                    }
                    sb.append(sep[0] ? "," : "").append("ks=").append(m.keySize()).append(",vs=").append(m.valueSize());
                    sep[0] = true;
                }
                if (p.off() != 0) {
                    sb.append(sep[0] ? "," : "").append("off=").append(snum(p.off()));
                    sep[0] = true;
                }
                if (p.type().isPktAny() && p.type() != RegType.PTR_TO_PACKET_END) {
                    sb.append(sep[0] ? "," : "").append("r=").append(unum(p.range()));
                    sep[0] = true;
                }
                if (p.type() == RegType.PTR_TO_MEM) {
                    sb.append(sep[0] ? "," : "").append("sz=").append(unum(p.memSize()));
                    sep[0] = true;
                }
                if (p.var().isConst()) {
                    if (p.var().constValue() != 0) {
                        sb.append(sep[0] ? "," : "").append("imm=").append(snum(p.var().constValue()));
                    }
                } else {
                    scalarRanges(sb, p.var(), sep);
                    if (!p.var().varOff().isUnknown()) {
                        sb.append(sep[0] ? "," : "").append("var_off=").append(tnum(p.var().varOff()));
                    }
                }
                sb.append(')');
            }
        }
        return sb.toString();
    }

    private static final char[] SLOT_CHAR = {'?', 'r', 'm', '0'};

    /** {@code print_verifier_state} of one frame; {@code regMask}/{@code stackMask} select the scratched ones. */
    static String state(VState st, int frameno, boolean all, int regMask, long stackMask, List<MapDef> maps) {
        FuncState f = st.frame[frameno];
        StringBuilder sb = new StringBuilder();
        if (f.frameno != 0) {
            sb.append(" frame").append(f.frameno).append(':');
        }
        for (int i = 0; i < 11; i++) {
            RegState r = f.regs[i];
            if (r.kind() == RegState.Kind.NOT_INIT) {
                continue;
            }
            if (!all && (regMask & (1 << i)) == 0) {
                continue;
            }
            sb.append(" R").append(i).append('=').append(reg(r, f.frameno, maps));
        }
        for (int i = 0; i < f.allocatedStack / FuncState.REG_SIZE; i++) {
            if (!all && (stackMask & (1L << i)) == 0) {
                continue;
            }
            boolean valid = false;
            char[] types = new char[FuncState.REG_SIZE];
            for (int j = 0; j < FuncState.REG_SIZE; j++) {
                byte t = f.slotType[i][j];
                if (t != FuncState.STACK_INVALID) {
                    valid = true;
                }
                types[j] = SLOT_CHAR[t];
            }
            if (!valid) {
                continue;
            }
            int fp = (-i - 1) * FuncState.REG_SIZE;
            if (f.slotType[i][FuncState.REG_SIZE - 1] == FuncState.STACK_SPILL) {
                int j = 0;
                while (j < FuncState.REG_SIZE && f.slotType[i][j] != FuncState.STACK_SPILL) {
                    j++;
                }
                sb.append(" fp").append(fp).append('=').append(types, 0, j).append(reg(f.spilled[i], f.frameno, maps));
            } else {
                sb.append(" fp").append(fp).append('=').append(types);
            }
        }
        if (!st.refs.isEmpty()) {
            sb.append(" refs=").append(st.refs.get(0).id());
            for (int i = 1; i < st.refs.size(); i++) {
                sb.append(',').append(st.refs.get(i).id());
            }
        }
        if (f.inCallbackFn) {
            sb.append(" cb");
        }
        return sb.append('\n').toString();
    }
}
