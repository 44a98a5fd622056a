// SPDX-License-Identifier: GPL-2.0
/* xdp_counter: per-CPU packet and byte counters by IP protocol. Every header is checked
 * against data_end before it is read; all packets pass. */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

#define ETH_P_IP 0x0800
#define ETH_P_IPV6 0x86DD
#define ETH_P_8021Q 0x8100

struct counter {
	__u64 packets;
	__u64 bytes;
};

/* index: IP protocol number 0..255; 256 = not IP, 257 = truncated header */
#define SLOT_NOT_IP 256
#define SLOT_TRUNCATED 257

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 258);
	__type(key, __u32);
	__type(value, struct counter);
} counters SEC(".maps");

static __always_inline void count(__u32 slot, __u64 bytes)
{
	struct counter *c = bpf_map_lookup_elem(&counters, &slot);
	if (c) {
		c->packets++;
		c->bytes += bytes;
	}
}

SEC("xdp")
int xdp_count(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	__u64 len = data_end - data;
	struct ethhdr *eth = data;

	if ((void *)(eth + 1) > data_end) {
		count(SLOT_TRUNCATED, len);
		return XDP_PASS;
	}
	__u16 proto = eth->h_proto;
	void *next = eth + 1;
	if (proto == bpf_htons(ETH_P_8021Q)) {
		struct vlan_hdr *vlan = next;
		if ((void *)(vlan + 1) > data_end) {
			count(SLOT_TRUNCATED, len);
			return XDP_PASS;
		}
		proto = vlan->h_vlan_encapsulated_proto;
		next = vlan + 1;
	}
	if (proto == bpf_htons(ETH_P_IP)) {
		struct iphdr *ip = next;
		if ((void *)(ip + 1) > data_end || ip->ihl < 5) {
			count(SLOT_TRUNCATED, len);
			return XDP_PASS;
		}
		count(ip->protocol, len);
	} else if (proto == bpf_htons(ETH_P_IPV6)) {
		struct ipv6hdr *ip6 = next;
		if ((void *)(ip6 + 1) > data_end) {
			count(SLOT_TRUNCATED, len);
			return XDP_PASS;
		}
		count(ip6->nexthdr, len);
	} else {
		count(SLOT_NOT_IP, len);
	}
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
