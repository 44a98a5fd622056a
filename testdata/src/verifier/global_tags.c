// SPDX-License-Identifier: GPL-2.0
/* Global functions whose arguments carry "arg:" declaration tags (what libbpf's __arg_ctx,
 * __arg_nonnull and __arg_nullable expand to in later versions of bpf_helpers.h). */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define ARG_TAG(x) __attribute__((btf_decl_tag("arg:" x)))

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 4);
	__type(key, int);
	__type(value, int);
} vals SEC(".maps");

__noinline int t_ctx_len(void *ctx ARG_TAG("ctx"))
{
	return ((struct __sk_buff *)ctx)->len;
}

__noinline int t_read_nonnull(int *p ARG_TAG("nonnull"))
{
	return *p;
}

__noinline int t_read_nullable(int *p ARG_TAG("nullable"))
{
	return *p;
}

SEC("socket")
int tag_ctx_ok(struct __sk_buff *skb)
{
	return t_ctx_len(skb) & 1;
}

SEC("socket")
int tag_ctx_not_ctx(struct __sk_buff *skb)
{
	long buf[2] = {};

	return t_ctx_len(buf) & 1;
}

SEC("socket")
int tag_nonnull_ok(struct __sk_buff *skb)
{
	int v = skb->len;

	return t_read_nonnull(&v) & 1;
}

SEC("socket")
int tag_nonnull_null(struct __sk_buff *skb)
{
	int *p = 0;

	asm volatile("" : "+r"(p)); /* a NULL the compiler cannot see */
	return t_read_nonnull(p) & 1;
}

SEC("socket")
int tag_nonnull_maybe_null(struct __sk_buff *skb)
{
	int k = 0;

	return t_read_nonnull(bpf_map_lookup_elem(&vals, &k)) & 1;
}

SEC("socket")
int tag_nullable_deref(struct __sk_buff *skb)
{
	int v = skb->len;

	return t_read_nullable(&v) & 1;
}

char LICENSE[] SEC("license") = "GPL";
