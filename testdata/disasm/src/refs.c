// Programs whose instructions refer to things outside them: maps (ld_imm64 src 1), global variables
// (map values, src 2), callbacks (src 4), BPF functions (pseudo calls) and kernel
// functions (kfunc calls). For bpf4j's disassembler goldens (testdata/disasm/capture.sh).
// Built with: clang-19 -O2 -g -target bpf -mcpu=v4 -c refs.c
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

char _license[] SEC("license") = "GPL";

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 16);
	__type(key, __u32);
	__type(value, __u64);
} counts SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, __u64);
} slots SEC(".maps");

const volatile __u64 limit = 40;
__u64 total = 0;
__u64 ticks[4] = {};

extern void bpf_rcu_read_lock(void) __ksym;
extern void bpf_rcu_read_unlock(void) __ksym;

static __attribute__((noinline)) __u64 scale(__u64 x)
{
	return x * 3 + limit;
}

static __attribute__((noinline)) __u64 twice(__u64 x)
{
	return scale(x) + scale(x + 1);
}

static long add_tick(__u64 index, void *ctx)
{
	__u64 *sum = ctx;
	*sum += index;
	return 0;
}

struct __sk_buff;

SEC("socket") int lookup(struct __sk_buff *skb)
{
	__u32 key = *(volatile __u32 *)skb;
	__u64 one = 1, *value;

	value = bpf_map_lookup_elem(&counts, &key);
	if (!value) {
		bpf_map_update_elem(&counts, &key, &one, BPF_ANY);
		return 0;
	}
	__sync_fetch_and_add(value, 1);
	key = 2;
	value = bpf_map_lookup_elem(&slots, &key);
	if (value)
		*value += limit;
	return 0;
}

SEC("socket") int globals(struct __sk_buff *skb)
{
	__u32 n = *(volatile __u32 *)skb;

	total += n;
	ticks[n & 3] += 1;
	if (total > limit)
		total = 0;
	return twice(n) & 1;
}

SEC("socket") int loop_cb(struct __sk_buff *skb)
{
	__u64 sum = 0;

	bpf_loop(8, add_tick, &sum, 0);
	return sum & 1;
}

SEC("tc") int kfunc(struct __sk_buff *skb)
{
	bpf_rcu_read_lock();
	bpf_rcu_read_unlock();
	return 0;
}
