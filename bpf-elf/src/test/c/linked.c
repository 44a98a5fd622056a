// Test object for bpf-elf: BTF-defined maps (incl. map-in-map and prog array with initial values), global data in
// every flavour, static and global subprograms, a callback, several programs in one section.
#include <linux/types.h>
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct inner {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, __u64);
} inner_a SEC(".maps"), inner_b SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS);
	__uint(max_entries, 3);
	__type(key, __u32);
	__array(values, struct inner);
} outer SEC(".maps") = {
	.values = { [0] = &inner_a, [2] = &inner_b },
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 128);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, __u32);
	__type(value, struct { __u64 a; __u32 b; });
} counts SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} events SEC(".maps");

int tail_target(void *ctx);

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 2);
	__uint(key_size, sizeof(__u32));
	__array(values, int (void *));
} jumps SEC(".maps") = {
	.values = { [1] = (void *)&tail_target },
};

__u64 data_var = 7;
__u32 bss_var;
const volatile __u32 ro_var = 42;
static volatile __u64 hidden_data = 3;
char custom_data[8] SEC(".data.custom") = "abc";
const char greeting[] = "hello";

static __attribute__((noinline)) __u64 add_static(__u64 a)
{
	return a + hidden_data;
}

__attribute__((noinline)) int global_helper(__u32 k)
{
	__u64 *v = bpf_map_lookup_elem(&counts, &k);
	return v ? (int)add_static(*v) : 0;
}

static int loop_cb(__u32 idx, void *ctx)
{
	bss_var += idx;
	return 0;
}

SEC("tracepoint/syscalls/sys_enter_getpid")
int first(void *ctx)
{
	__u32 k = ro_var;
	data_var += add_static(k);
	bpf_loop(4, loop_cb, 0, 0);
	return global_helper(k);
}

SEC("tracepoint/syscalls/sys_enter_getpid")
int second(void *ctx)
{
	custom_data[0] = greeting[1];
	bpf_tail_call(ctx, &jumps, 1);
	return add_static(bss_var);
}

SEC("tp/syscalls/sys_enter_getppid")
int tail_target(void *ctx)
{
	__u32 k = 0;
	void *m = bpf_map_lookup_elem(&outer, &k);
	if (m)
		bpf_map_lookup_elem(m, &k);
	bpf_ringbuf_output(&events, &k, sizeof(k), 0);
	return 0;
}

SEC("xdp")
int xdp_pass(struct xdp_md *ctx)
{
	return XDP_PASS;
}

SEC("socket")
int sock_all(void *ctx)
{
	return global_helper(1);
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
