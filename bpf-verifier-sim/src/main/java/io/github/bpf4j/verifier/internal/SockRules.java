package io.github.bpf4j.verifier.internal;

/**
 * Which loads through a socket pointer the verifier allows: the {@code is_valid_access} functions of
 * {@code struct bpf_sock}, {@code struct bpf_tcp_sock} and {@code struct bpf_xdp_sock} (net/core/filter.c, Linux
 * 6.18), called from {@code check_sock_access}. Reads only; writes are refused before these rules.
 */
final class SockRules {
    private SockRules() {}

    // struct bpf_sock
    private static final int SOCK_SIZE = 80;
    private static final int FAMILY = 4;
    private static final int TYPE = 8;
    private static final int PROTOCOL = 12;
    private static final int PRIORITY_END = 24;
    private static final int SRC_IP4 = 24;
    private static final int SRC_IP6 = 28;
    private static final int SRC_PORT = 44;
    private static final int DST_PORT = 48;
    private static final int DST_IP4 = 52;
    private static final int DST_IP6 = 56;
    private static final int STATE = 72;
    private static final int RX_QUEUE_MAPPING = 76;

    // struct bpf_tcp_sock
    private static final int TCP_SOCK_SIZE = 112;
    private static final int BYTES_RECEIVED = 80;
    private static final int BYTES_ACKED = 88;

    /** {@code check_sock_access}: whether a {@code size}-byte read at {@code off} through {@code type} is valid. */
    static boolean readOk(RegType type, int off, int size) {
        return switch (type) {
            case PTR_TO_SOCK_COMMON -> sockCommonOk(off, size);
            case PTR_TO_SOCKET -> sockOk(off, size);
            case PTR_TO_TCP_SOCK -> tcpSockOk(off, size);
            case PTR_TO_XDP_SOCK -> off == 0 && size == 4;
            default -> false;
        };
    }

    /** {@code bpf_ctx_narrow_access_ok}. */
    private static boolean narrowOk(int size, int fieldSize) {
        return size <= fieldSize && (size & (size - 1)) == 0;
    }

    /** {@code bpf_sock_is_valid_access}. */
    static boolean sockOk(int off, int size) {
        if (off < 0 || off >= SOCK_SIZE || off % size != 0) {
            return false;
        }
        // exact offsets of the narrowable u32 fields, and the ranges of the address fields
        if (off == STATE || off == FAMILY || off == TYPE || off == PROTOCOL || off == SRC_PORT
                || off == RX_QUEUE_MAPPING || (off >= SRC_IP4 && off < SRC_IP4 + 4)
                || (off >= SRC_IP6 && off < SRC_IP6 + 16) || (off >= DST_IP4 && off < DST_IP4 + 4)
                || (off >= DST_IP6 && off < DST_IP6 + 16)) {
            return narrowOk(size, 4);
        }
        if (off == DST_PORT || off == DST_PORT + 1) {
            // a __be16 followed by 16 bits of padding: a u32 load reads both, anything narrower only the port
            return narrowOk(size, size == 4 ? 4 : 2);
        }
        if (off >= DST_PORT + 2 && off < DST_IP4) {
            return false;
        }
        return size == 4;
    }

    /** {@code bpf_sock_common_is_valid_access}: {@code type} through {@code priority} are not in sock_common. */
    static boolean sockCommonOk(int off, int size) {
        if (off >= TYPE && off < PRIORITY_END) {
            return false;
        }
        return sockOk(off, size);
    }

    /** {@code bpf_tcp_sock_is_valid_access}: u32 fields and two u64 counters, no narrow loads. */
    static boolean tcpSockOk(int off, int size) {
        if (off < 0 || off >= TCP_SOCK_SIZE || off % size != 0) {
            return false;
        }
        return off == BYTES_RECEIVED || off == BYTES_ACKED ? size == 8 : size == 4;
    }
}
