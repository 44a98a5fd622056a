// SPDX-License-Identifier: GPL-2.0
/* The producer of the perf buffer reader benchmark: every run of `produce` (BPF_PROG_TEST_RUN with repeat N)
 * writes BURST fixed-size samples to the current CPU's slot of a perf event array. Built once by compare-sys.sh
 * with clang-19; the C consumer (libbpf) and the Java one (bpf4j) load this same object. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define BURST 8

struct record {
	__u64 seq;
	__u64 payload[7];
}; /* 64 bytes */

struct {
	__uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY);
	__uint(key_size, sizeof(__u32));
	__uint(value_size, sizeof(__u32));
} pb SEC(".maps");

__u64 seq;

SEC("xdp")
int produce(struct xdp_md *ctx)
{
	struct record r = {};

#pragma unroll
	for (int i = 0; i < BURST; i++) {
		r.seq = __sync_fetch_and_add(&seq, 1);
		r.payload[0] = i;
		bpf_perf_event_output(ctx, &pb, BPF_F_CURRENT_CPU, &r, sizeof(r));
	}
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
