package io.github.bpf4j.verifier.internal;

/** The base register types of the kernel's {@code enum bpf_reg_type} that the simulator models (Linux 6.18). */
public enum RegType {
    NOT_INIT("?"),
    SCALAR_VALUE("scalar"),
    PTR_TO_CTX("ctx"),
    CONST_PTR_TO_MAP("map_ptr"),
    PTR_TO_MAP_VALUE("map_value"),
    PTR_TO_MAP_KEY("map_key"),
    PTR_TO_STACK("fp"),
    PTR_TO_PACKET_META("pkt_meta"),
    PTR_TO_PACKET("pkt"),
    PTR_TO_PACKET_END("pkt_end"),
    PTR_TO_MEM("mem"),
    PTR_TO_SOCK_COMMON("sock_common"),
    PTR_TO_SOCKET("sock"),
    PTR_TO_TCP_SOCK("tcp_sock"),
    PTR_TO_XDP_SOCK("xdp_sock"),
    PTR_TO_BTF_ID("ptr_"),
    PTR_TO_FUNC("func");

    private final String str;

    RegType(String str) {
        this.str = str;
    }

    /** The name {@code reg_type_str} prints for the base type. */
    public String str() {
        return str;
    }

    /** {@code reg_is_pkt_pointer}. */
    public boolean isPkt() {
        return this == PTR_TO_PACKET || this == PTR_TO_PACKET_META;
    }

    /** {@code type_is_sk_pointer}: the socket types whose fields a program may read. */
    public boolean isSk() {
        return this == PTR_TO_SOCK_COMMON || this == PTR_TO_SOCKET || this == PTR_TO_TCP_SOCK
                || this == PTR_TO_XDP_SOCK;
    }

    /** {@code type_is_pkt_pointer} (any of the three packet types). */
    public boolean isPktAny() {
        return this == PTR_TO_PACKET || this == PTR_TO_PACKET_META || this == PTR_TO_PACKET_END;
    }
}
