// SPDX-License-Identifier: GPL-2.0
/* Global (non-static) BPF functions: the verifier checks each call against the function's BTF
 * prototype and verifies the body once on its own. One program per case; the live kernel's
 * verdicts are in testdata/verifier/objects/globals/ (record-objects.sh). */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct pair {
	int a;
	int b;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 4);
	__type(key, int);
	__type(value, struct pair);
} pairs SEC(".maps");

__noinline int g_len(struct __sk_buff *skb)
{
	return skb->len;
}

__noinline int g_clamp(int x)
{
	if (x > 100)
		return 100;
	return x;
}

__noinline int g_read(int *p)
{
	if (!p)
		return 0;
	return *p;
}

__noinline int g_read_nocheck(int *p)
{
	return *p;
}

__noinline int g_pair_sum(struct pair *p)
{
	if (!p)
		return -1;
	return p->a + p->b;
}

__noinline int g_void_arg(void *p)
{
	return p != 0;
}

__noinline void g_store(int *p, int v)
{
	if (p)
		*p = v;
}

__noinline int g_outer(struct __sk_buff *skb)
{
	return g_clamp(g_len(skb)) + 1;
}

__noinline int g_write_ctx(struct __sk_buff *skb)
{
	skb->mark = 1; /* socket filters may not write mark */
	return 0;
}

__noinline int g_xdp_first_byte(struct xdp_md *ctx)
{
	unsigned char *data = (void *)(long)ctx->data;
	unsigned char *end = (void *)(long)ctx->data_end;

	if (data + 1 > end)
		return -1;
	return data[0];
}

__noinline int g_xdp_no_bounds(struct xdp_md *ctx)
{
	unsigned char *data = (void *)(long)ctx->data;

	return data[0];
}

__noinline int g_loop_sum(int n)
{
	int s = 0;

	for (int i = 0; i < 8; i++)
		if (i < n)
			s += i;
	return s;
}

static __noinline int s_read_nocheck(int *p)
{
	return *p;
}

SEC("socket")
int gf_ctx_ok(struct __sk_buff *skb)
{
	return g_len(skb) > 10;
}

SEC("socket")
int gf_scalar_ok(struct __sk_buff *skb)
{
	return g_clamp(skb->len) & 1;
}

SEC("socket")
int gf_ptr_checked_ok(struct __sk_buff *skb)
{
	int v = skb->len;

	return g_read(&v) & 1;
}

SEC("socket")
int gf_ptr_null_ok(struct __sk_buff *skb)
{
	return g_read(0) & 1;
}

SEC("socket")
int gf_ptr_unchecked_bad(struct __sk_buff *skb)
{
	int v = skb->len;

	return g_read_nocheck(&v) & 1;
}

SEC("socket")
int gf_static_unchecked_ok(struct __sk_buff *skb)
{
	int v = skb->len;

	return s_read_nocheck(&v) & 1;
}

SEC("socket")
int gf_two_sites_ok(struct __sk_buff *skb)
{
	int a = g_clamp(skb->len);
	int b = g_clamp(skb->protocol);

	return (a + b) & 1;
}

SEC("socket")
int gf_bad_arg_scalar(struct __sk_buff *skb)
{
	return g_read((int *)(long)skb->len) & 1;
}

SEC("socket")
int gf_bad_arg_not_ctx(struct __sk_buff *skb)
{
	long buf[8] = {};

	return g_len((struct __sk_buff *)buf) & 1;
}

SEC("socket")
int gf_bad_arg_scalar_expected(struct __sk_buff *skb)
{
	int (*f)(long) = (void *)g_clamp;

	return f((long)skb) & 1;
}

SEC("socket")
int gf_small_stack_arg(struct __sk_buff *skb)
{
	int one = skb->len;

	return g_pair_sum((struct pair *)&one) & 1;
}

SEC("socket")
int gf_uninit_stack_arg(struct __sk_buff *skb)
{
	struct pair p;

	p.a = skb->len;
	return g_pair_sum(&p) & 1;
}

SEC("socket")
int gf_map_value_ok(struct __sk_buff *skb)
{
	int k = 1;
	struct pair *p = bpf_map_lookup_elem(&pairs, &k);

	return g_pair_sum(p) & 1;
}

SEC("socket")
int gf_void_ptr_arg(struct __sk_buff *skb)
{
	return g_void_arg(skb) & 1;
}

SEC("socket")
int gf_void_return_ok(struct __sk_buff *skb)
{
	int v = 0;

	g_store(&v, skb->len);
	return v & 1;
}

SEC("socket")
int gf_nested_ok(struct __sk_buff *skb)
{
	return g_outer(skb) & 1;
}

SEC("socket")
int gf_body_ctx_write(struct __sk_buff *skb)
{
	return g_write_ctx(skb) & 1;
}

SEC("xdp")
int gf_xdp_ok(struct xdp_md *ctx)
{
	return g_xdp_first_byte(ctx) > 0 ? XDP_PASS : XDP_DROP;
}

SEC("xdp")
int gf_xdp_no_bounds(struct xdp_md *ctx)
{
	return g_xdp_no_bounds(ctx) > 0 ? XDP_PASS : XDP_DROP;
}

SEC("socket")
int gf_loop_ok(struct __sk_buff *skb)
{
	return g_loop_sum(skb->len) & 1;
}

SEC("socket")
int gf_mixed_ok(struct __sk_buff *skb)
{
	int v = g_len(skb);

	g_store(&v, g_clamp(v));
	return g_read(&v) & 1;
}

char LICENSE[] SEC("license") = "GPL";
