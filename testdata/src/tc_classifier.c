// SPDX-License-Identifier: GPL-2.0
/* tc_classifier: marks and counts packets per (ifindex % 4) bucket. Each bucket's
 * counters live in an inner array map reached through an array of maps, so user space can
 * swap a bucket's counters atomically. */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

#define TC_ACT_OK 0
#define TC_ACT_SHOT 2
#define ETH_P_IP 0x0800
#define ETH_P_IPV6 0x86DD

enum { CNT_PACKETS, CNT_BYTES, CNT_IPV4, CNT_IPV6, CNT_MAX };

struct inner {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, CNT_MAX);
	__type(key, __u32);
	__type(value, __u64);
};

struct inner bucket0 SEC(".maps"), bucket1 SEC(".maps"), bucket2 SEC(".maps"), bucket3 SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS);
	__uint(max_entries, 4);
	__type(key, __u32);
	__array(values, struct inner);
} buckets SEC(".maps") = {
	.values = { &bucket0, &bucket1, &bucket2, &bucket3 },
};

/* packets longer than this are dropped; 0 = no limit */
const volatile __u32 max_len = 0;

static __always_inline void bump(void *counters, __u32 idx, __u64 by)
{
	__u64 *v = bpf_map_lookup_elem(counters, &idx);
	if (v)
		__sync_fetch_and_add(v, by);
}

SEC("tc")
int classify(struct __sk_buff *skb)
{
	__u32 bucket = skb->ifindex % 4;
	void *counters = bpf_map_lookup_elem(&buckets, &bucket);
	if (!counters)
		return TC_ACT_OK;

	bump(counters, CNT_PACKETS, 1);
	bump(counters, CNT_BYTES, skb->len);
	if (skb->protocol == bpf_htons(ETH_P_IP))
		bump(counters, CNT_IPV4, 1);
	else if (skb->protocol == bpf_htons(ETH_P_IPV6))
		bump(counters, CNT_IPV6, 1);

	skb->mark = 0x4b500000 | bucket;
	skb->priority = skb->vlan_present ? skb->vlan_tci >> 13 : 0;
	if (max_len && skb->len > max_len)
		return TC_ACT_SHOT;
	return TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";
