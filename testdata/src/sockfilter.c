// SPDX-License-Identifier: GPL-2.0
/* sockfilter: a socket filter that keeps IPv4 TCP/UDP packets of at least min_len bytes.
 * Exercises bpf-to-bpf calls (a global function, verified on its own, and a static
 * subprogram), and all three global data sections: .rodata, .data and .bss. */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

#define ETH_HLEN 14
#define ETH_P_IP 0x0800
#define IPPROTO_TCP 6
#define IPPROTO_UDP 17

/* .rodata: frozen after load, user space may set them before */
const volatile __u32 min_len = 40;
const volatile __u32 snap_len = 0xffff;

/* .data: initialised, writable */
__u64 keep_limit = 1000000;
__u32 proto_mask = (1u << 0) | (1u << 1); /* bit 0 tcp, bit 1 udp */

/* .bss: zero-initialised counters */
__u64 seen;
__u64 kept;
__u64 too_short;

static __noinline __u32 proto_bit(__u32 proto)
{
	switch (proto) {
	case IPPROTO_TCP:
		return 1u << 0;
	case IPPROTO_UDP:
		return 1u << 1;
	default:
		return 0;
	}
}

/* Global function: the verifier checks it once, against its BTF signature, not per call. */
__noinline int ip_proto(struct __sk_buff *skb)
{
	__u16 eth_proto = 0;
	__u8 proto = 0;

	if (!skb)
		return -1;
	if (bpf_skb_load_bytes(skb, 12, &eth_proto, sizeof(eth_proto)))
		return -1;
	if (eth_proto != bpf_htons(ETH_P_IP))
		return -1;
	if (bpf_skb_load_bytes(skb, ETH_HLEN + 9, &proto, sizeof(proto)))
		return -1;
	return proto;
}

SEC("socket")
int filter(struct __sk_buff *skb)
{
	__sync_fetch_and_add(&seen, 1);
	if (skb->len < min_len) {
		__sync_fetch_and_add(&too_short, 1);
		return 0;
	}
	int proto = ip_proto(skb);
	if (proto < 0 || !(proto_bit((__u32)proto) & proto_mask))
		return 0;
	if (kept >= keep_limit)
		return 0;
	__sync_fetch_and_add(&kept, 1);
	return skb->len < snap_len ? skb->len : snap_len;
}

char LICENSE[] SEC("license") = "GPL";
