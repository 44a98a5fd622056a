// Test object for bpf-elf: a program that is not loaded by default (SEC("?...")), and sleepable/BTF sections.
#include <linux/types.h>
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("?socket")
int not_autoloaded(void *ctx)
{
	return 0;
}

SEC("uprobe.s//bin/bash:readline+4")
int probe_sleepable(void *ctx)
{
	return 0;
}

SEC("fentry/do_unlinkat")
int on_unlink(void *ctx)
{
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
