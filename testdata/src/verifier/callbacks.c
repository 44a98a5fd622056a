// SPDX-License-Identifier: GPL-2.0
/* Callbacks: bpf_loop and bpf_for_each_map_elem with static callbacks (ld_imm64 src_reg 4).
 * The verifier walks a callback body as called from the helper call and repeats it until the
 * states at the call converge. One program per case; the live kernel's verdicts are in
 * testdata/verifier/objects/callbacks/ (record-objects.sh). */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct bpf_map;

struct acc {
	__u64 sum;
	__u32 limit;
	__u32 pad;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 8);
	__type(key, __u32);
	__type(value, __u64);
} arr SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 16);
	__type(key, __u32);
	__type(value, __u64);
} tbl SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} rb SEC(".maps");

static long cb_add(__u32 i, void *data)
{
	struct acc *a = data;

	a->sum += i;
	return i + 1 >= a->limit;
}

static long cb_two(__u32 i, void *data)
{
	return 2;
}

static long cb_index(__u32 i, void *data)
{
	return i;
}

static long cb_nothing(__u32 i, void *data)
{
	return 0;
}

static long cb_past_ctx(__u32 i, void *data)
{
	struct acc *a = data;

	return (&a->sum)[3] != 0; /* 8 bytes above the 16-byte struct */
}

static long cb_inner(__u32 i, void *data)
{
	struct acc *a = data;

	a->sum++;
	return 0;
}

static long cb_outer(__u32 i, void *data)
{
	bpf_loop(3, cb_inner, data, 0);
	return 0;
}

static long cb_slots(__u32 i, void *data)
{
	__u64 *slots = data;

	if (i < 4)
		slots[i] += 1;
	return 0;
}

static long cb_lookup(__u32 i, void *data)
{
	__u32 k = i & 7;
	__u64 *v = bpf_map_lookup_elem(&arr, &k);

	if (v)
		*(__u64 *)data += *v;
	return 0;
}

static long cb_lookup_nocheck(__u32 i, void *data)
{
	__u32 k = 9;
	__u64 *v = bpf_map_lookup_elem(&tbl, &k);

	return *v & 1;
}

static long each_sum(struct bpf_map *map, __u32 *key, __u64 *val, void *data)
{
	*(__u64 *)data += *val + *key;
	return 0;
}

static long each_stop(struct bpf_map *map, __u32 *key, __u64 *val, void *data)
{
	if (*key > 3)
		return 1;
	*val += 1;
	return 0;
}

static long each_write_key(struct bpf_map *map, __u32 *key, __u64 *val, void *data)
{
	*key = 0;
	return 0;
}

static long each_ret_val(struct bpf_map *map, __u32 *key, __u64 *val, void *data)
{
	return *val;
}

__noinline long g_callback(__u32 i, void *data)
{
	return 0;
}

SEC("socket")
int cb_loop_ok(struct __sk_buff *skb)
{
	struct acc a = { .sum = 0, .limit = 10 };

	bpf_loop(32, cb_add, &a, 0);
	return a.sum & 1;
}

SEC("socket")
int cb_loop_bad_ret(struct __sk_buff *skb)
{
	bpf_loop(4, cb_two, 0, 0);
	return 0;
}

SEC("socket")
int cb_loop_ret_unknown(struct __sk_buff *skb)
{
	bpf_loop(4, cb_index, 0, 0);
	return 0;
}

SEC("socket")
int cb_loop_null_ctx_ok(struct __sk_buff *skb)
{
	bpf_loop(skb->len, cb_nothing, 0, 0);
	return 0;
}

SEC("socket")
int cb_loop_past_ctx(struct __sk_buff *skb)
{
	struct acc a = { .sum = 0, .limit = 1 };

	bpf_loop(2, cb_past_ctx, &a, 0);
	return a.sum & 1;
}

SEC("socket")
int cb_loop_nested_ok(struct __sk_buff *skb)
{
	struct acc a = { .sum = 0, .limit = 1 };

	bpf_loop(5, cb_outer, &a, 0);
	return a.sum & 1;
}

SEC("socket")
int cb_loop_slots_ok(struct __sk_buff *skb)
{
	__u64 slots[4] = {};

	bpf_loop(16, cb_slots, slots, 0);
	return slots[1] & 1;
}

SEC("socket")
int cb_loop_lookup_ok(struct __sk_buff *skb)
{
	__u64 total = 0;

	bpf_loop(8, cb_lookup, &total, 0);
	return total & 1;
}

SEC("socket")
int cb_loop_lookup_nocheck(struct __sk_buff *skb)
{
	bpf_loop(2, cb_lookup_nocheck, 0, 0);
	return 0;
}

SEC("socket")
int cb_loop_global_cb(struct __sk_buff *skb)
{
	bpf_loop(2, g_callback, 0, 0);
	return 0;
}

SEC("socket")
int cb_each_array_ok(struct __sk_buff *skb)
{
	__u64 total = 0;

	bpf_for_each_map_elem(&arr, each_sum, &total, 0);
	return total & 1;
}

SEC("socket")
int cb_each_hash_ok(struct __sk_buff *skb)
{
	__u64 total = 0;

	bpf_for_each_map_elem(&tbl, each_sum, &total, 0);
	return total & 1;
}

SEC("socket")
int cb_each_hash_stop_ok(struct __sk_buff *skb)
{
	bpf_for_each_map_elem(&tbl, each_stop, 0, 0);
	return 0;
}

SEC("socket")
int cb_each_write_key(struct __sk_buff *skb)
{
	bpf_for_each_map_elem(&arr, each_write_key, 0, 0);
	return 0;
}

SEC("socket")
int cb_each_ret_val(struct __sk_buff *skb)
{
	bpf_for_each_map_elem(&tbl, each_ret_val, 0, 0);
	return 0;
}

SEC("socket")
int cb_each_ringbuf(struct __sk_buff *skb)
{
	bpf_for_each_map_elem(&rb, each_stop, 0, 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
