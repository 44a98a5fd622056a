// Test object for bpf-elf: .kconfig externs, a kernel version section, a legacy-free object without .text.
#include <linux/types.h>
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

extern unsigned int LINUX_KERNEL_VERSION __kconfig;
extern _Bool CONFIG_BPF_SYSCALL __kconfig __weak;
extern char CONFIG_DEFAULT_HOSTNAME[16] __kconfig __weak;

__u64 seen;

SEC("tp/sched/sched_process_exec")
int on_exec(void *ctx)
{
	seen = LINUX_KERNEL_VERSION + CONFIG_BPF_SYSCALL + CONFIG_DEFAULT_HOSTNAME[0];
	return 0;
}

SEC("cgroup_skb/egress")
int egress(struct __sk_buff *skb)
{
	return 1;
}

__u32 _version SEC("version") = 0x061200;
char LICENSE[] SEC("license") = "GPL";
