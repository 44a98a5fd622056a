package io.github.bpf4j.verifier.internal;

import io.github.bpf4j.verifier.ProgType;

/**
 * What depends on the program type (Linux 6.18): context layout and access rules ({@code is_valid_access} of each
 * type's {@code bpf_verifier_ops}), direct packet access, legacy packet loads and the return-value range.
 */
final class ProgRules {
    private ProgRules() {}

    /** The result of a context access check: allowed, and the type a load produces. */
    record CtxAccess(boolean ok, RegType type, boolean maybeNull) {
        static final CtxAccess DENY = new CtxAccess(false, RegType.SCALAR_VALUE, false);
        static final CtxAccess SCALAR = new CtxAccess(true, RegType.SCALAR_VALUE, false);
    }

    /** {@code PERF_MAX_TRACE_SIZE}: the tracepoint context bound. */
    private static final int PERF_MAX_TRACE_SIZE = 8192;

    // struct __sk_buff offsets
    private static final int SKB_SIZE = 192;
    private static final int MARK = 8;
    private static final int QUEUE_MAPPING = 12;
    private static final int PRIORITY = 32;
    private static final int TC_INDEX = 44;
    private static final int CB0 = 48;
    private static final int CB_END = 68;
    private static final int TC_CLASSID = 72;
    private static final int DATA = 76;
    private static final int DATA_END = 80;
    private static final int FAMILY = 88;
    private static final int REMOTE_IP4 = 92;
    private static final int LOCAL_IP4 = 96;
    private static final int REMOTE_IP6 = 100;
    private static final int LOCAL_PORT_END = 140;
    private static final int DATA_META = 140;
    private static final int FLOW_KEYS = 144;
    private static final int TSTAMP = 152;
    private static final int WIRE_LEN = 160;
    private static final int SK = 168;
    private static final int TSTAMP_TYPE = 180;
    private static final int HWTSTAMP = 184;

    private static boolean in(int off, int start, int end) {
        return off >= start && off < end;
    }

    /** {@code bpf_ctx_range(struct __sk_buff, field)} for a u32 field. */
    private static boolean f32(int off, int field) {
        return in(off, field, field + 4);
    }

    private static boolean f64(int off, int field) {
        return in(off, field, field + 8);
    }

    /** {@code bpf_ctx_narrow_access_ok}. */
    private static boolean narrowOk(int size, int sizeDefault) {
        return size <= sizeDefault && (size & (size - 1)) == 0;
    }

    /** {@code bpf_skb_is_valid_access}. */
    private static boolean skbValid(int off, int size, boolean write) {
        if (off < 0 || off >= SKB_SIZE) {
            return false;
        }
        if (off % size != 0) {
            return false;
        }
        if (in(off, CB0, CB_END)) {
            return off + size <= CB_END;
        }
        if (f32(off, DATA) || f32(off, DATA_META) || f32(off, DATA_END)) {
            return size == 4;
        }
        if (in(off, REMOTE_IP6, REMOTE_IP6 + 32) || f32(off, REMOTE_IP4) || f32(off, LOCAL_IP4)) {
            return size == 4;
        }
        if (f64(off, FLOW_KEYS)) {
            return false;
        }
        if (f64(off, HWTSTAMP)) {
            return !write && size == 8;
        }
        if (f64(off, TSTAMP)) {
            return size == 8;
        }
        if (off == SK) {
            return !write && size == 8;
        }
        if (off == TSTAMP_TYPE) {
            return false;
        }
        if (off > TSTAMP_TYPE && off < HWTSTAMP) {
            return false;
        }
        if (write) {
            return size == 4;
        }
        return narrowOk(size, 4);
    }

    private static CtxAccess skbResult(int off, boolean ok) {
        if (!ok) {
            return CtxAccess.DENY;
        }
        if (off == SK) {
            return new CtxAccess(true, RegType.PTR_TO_SOCK_COMMON, true);
        }
        return CtxAccess.SCALAR;
    }

    /** {@code is_valid_access} of the program type. */
    static CtxAccess ctxAccess(ProgType type, String attach, int off, int size, boolean write) {
        switch (type) {
            case SOCKET_FILTER -> {
                if (f32(off, TC_CLASSID) || f32(off, DATA) || f32(off, DATA_META) || f32(off, DATA_END)
                        || in(off, FAMILY, LOCAL_PORT_END) || f64(off, TSTAMP) || f32(off, WIRE_LEN)
                        || f64(off, HWTSTAMP)) {
                    return CtxAccess.DENY;
                }
                if (write && !in(off, CB0, CB_END)) {
                    return CtxAccess.DENY;
                }
                return skbResult(off, skbValid(off, size, write));
            }
            case SCHED_CLS, SCHED_ACT -> {
                if (off < 0 || off >= SKB_SIZE) {
                    return CtxAccess.DENY;
                }
                if (write && !(f32(off, MARK) || f32(off, TC_INDEX) || f32(off, PRIORITY) || f32(off, TC_CLASSID)
                        || in(off, CB0, CB_END) || f64(off, TSTAMP) || f32(off, QUEUE_MAPPING))) {
                    return CtxAccess.DENY;
                }
                if (in(off, FAMILY, LOCAL_PORT_END)) {
                    return CtxAccess.DENY;
                }
                boolean ok = skbValid(off, size, write);
                if (!ok) {
                    return CtxAccess.DENY;
                }
                if (f32(off, DATA)) {
                    return new CtxAccess(true, RegType.PTR_TO_PACKET, false);
                }
                if (f32(off, DATA_META)) {
                    return new CtxAccess(true, RegType.PTR_TO_PACKET_META, false);
                }
                if (f32(off, DATA_END)) {
                    return new CtxAccess(true, RegType.PTR_TO_PACKET_END, false);
                }
                return skbResult(off, true);
            }
            case CGROUP_SKB -> {
                if (f32(off, TC_CLASSID) || f32(off, DATA_META) || f32(off, WIRE_LEN)) {
                    return CtxAccess.DENY;
                }
                if (write && !(f32(off, MARK) || f32(off, PRIORITY) || in(off, CB0, CB_END) || f64(off, TSTAMP))) {
                    return CtxAccess.DENY;
                }
                boolean ok = skbValid(off, size, write);
                if (!ok) {
                    return CtxAccess.DENY;
                }
                if (f32(off, DATA)) {
                    return new CtxAccess(true, RegType.PTR_TO_PACKET, false);
                }
                if (f32(off, DATA_END)) {
                    return new CtxAccess(true, RegType.PTR_TO_PACKET_END, false);
                }
                return skbResult(off, true);
            }
            case XDP -> {
                if (!"xdp_devmap".equals(attach) && off == 20) {
                    return CtxAccess.DENY;
                }
                if (write) {
                    return CtxAccess.DENY;
                }
                if (off < 0 || off >= 24 || off % size != 0 || size != 4) {
                    return CtxAccess.DENY;
                }
                return switch (off) {
                    case 0 -> new CtxAccess(true, RegType.PTR_TO_PACKET, false);
                    case 8 -> new CtxAccess(true, RegType.PTR_TO_PACKET_META, false);
                    case 4 -> new CtxAccess(true, RegType.PTR_TO_PACKET_END, false);
                    default -> CtxAccess.SCALAR;
                };
            }
            case TRACEPOINT -> {
                // tp_prog_is_valid_access compares off with sizeof(void *) as size_t: negative offsets pass
                boolean ok = Integer.toUnsignedLong(off) >= 8 && off < PERF_MAX_TRACE_SIZE && !write && off % size == 0;
                return ok ? CtxAccess.SCALAR : CtxAccess.DENY;
            }
            case KPROBE -> {
                boolean ok = off >= 0 && off < 168 && !write && off % size == 0 && off + size <= 168;
                return ok ? CtxAccess.SCALAR : CtxAccess.DENY;
            }
            case PERF_EVENT -> {
                if (off < 0 || off >= 184 || write || off % size != 0) {
                    return CtxAccess.DENY;
                }
                if (f64(off, 168) || f64(off, 176)) {
                    return narrowOk(size, 8) ? CtxAccess.SCALAR : CtxAccess.DENY;
                }
                return size == 8 ? CtxAccess.SCALAR : CtxAccess.DENY;
            }
            case RAW_TRACEPOINT -> {
                boolean ok = off >= 0 && off < 8 * 12 && !write && off % size == 0;
                return ok ? CtxAccess.SCALAR : CtxAccess.DENY;
            }
            case CGROUP_DEVICE -> {
                if (write || off < 0 || off + size > 12 || off % size != 0) {
                    return CtxAccess.DENY;
                }
                return off < 4 ? (narrowOk(size, 4) ? CtxAccess.SCALAR : CtxAccess.DENY)
                        : size == 4 ? CtxAccess.SCALAR : CtxAccess.DENY;
            }
            case CGROUP_SOCK -> {
                if (off < 0 || off >= 80 || off % size != 0) {
                    return CtxAccess.DENY;
                }
                if (write) {
                    boolean ok = (off == 4 || off == 8 || off == 40) && size == 4;
                    return ok ? CtxAccess.SCALAR : CtxAccess.DENY;
                }
                return narrowOk(size, 4) ? CtxAccess.SCALAR : CtxAccess.DENY;
            }
        }
        return CtxAccess.DENY;
    }

    /** {@code may_access_direct_pkt_data} without helper metadata. */
    static boolean mayAccessDirectPktData(ProgType type, boolean write) {
        return switch (type) {
            case CGROUP_SKB -> !write;
            case SCHED_CLS, SCHED_ACT, XDP -> true;
            default -> false;
        };
    }

    /** {@code may_access_skb}: whether legacy packet loads are allowed. */
    static boolean mayAccessSkb(ProgType type) {
        return type == ProgType.SOCKET_FILTER || type == ProgType.SCHED_CLS || type == ProgType.SCHED_ACT;
    }

    /** The {@code [min, max]} range {@code check_return_code} enforces on R0, or {@code null} for none. */
    static long[] returnRange(ProgType type, String attach) {
        return switch (type) {
            case CGROUP_SKB -> "cgroup_inet_egress".equals(attach) ? new long[] {0, 3} : new long[] {0, 1};
            case CGROUP_SOCK, CGROUP_DEVICE -> new long[] {0, 1};
            default -> null;
        };
    }
}
