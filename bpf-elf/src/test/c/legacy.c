// Test object for bpf-elf: the legacy 'maps' section (struct bpf_map_def), refused by libbpf 1.x.
#include <linux/types.h>
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct bpf_map_def_legacy {
	unsigned int type, key_size, value_size, max_entries, map_flags;
};

struct bpf_map_def_legacy SEC("maps") legacy_hash = { BPF_MAP_TYPE_HASH, 4, 8, 16, 0 };
struct bpf_map_def_legacy SEC("maps") legacy_array = { BPF_MAP_TYPE_ARRAY, 4, 4, 2, 0 };

SEC("socket")
int sock(void *ctx)
{
	__u32 k = 0;
	__u64 *v = bpf_map_lookup_elem(&legacy_hash, &k);
	bpf_map_lookup_elem(&legacy_array, &k);
	return v ? 1 : 0;
}

char LICENSE[] SEC("license") = "GPL";
