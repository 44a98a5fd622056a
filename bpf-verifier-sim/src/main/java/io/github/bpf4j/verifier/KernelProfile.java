package io.github.bpf4j.verifier;

import io.github.bpf4j.btf.Btf;

/**
 * The kernel whose verifier is simulated, and what of the machine it depends on. Only Linux 6.18 with a fully
 * privileged loader (CAP_BPF, CAP_PERFMON, CAP_NET_ADMIN, CAP_SYS_ADMIN: {@code allow_ptr_leaks},
 * {@code bpf_capable}, uninitialized stack reads allowed) is modelled.
 *
 * @param release      the kernel release the rules follow
 * @param possibleCpus the kernel's {@code nr_cpu_ids} (the count in /sys/devices/system/cpu/possible), which
 *                     bounds {@code bpf_get_smp_processor_id()}; 0 when unknown, and then the simulator takes the
 *                     result for any u32 (stricter than a real kernel)
 * @param btf          the kernel's own BTF (what /sys/kernel/btf/vmlinux holds), which types {@code PTR_TO_BTF_ID}
 *                     registers, {@code tp_btf} context arguments and helpers such as
 *                     {@code bpf_get_current_task_btf}; {@code null} when unknown, and then a program that needs it
 *                     gets a verdict whose {@link Verdict#internalBug()} says so
 */
public record KernelProfile(String release, int possibleCpus, Btf btf) {

    public KernelProfile {
        if (possibleCpus < 0) {
            throw new IllegalArgumentException("possibleCpus is a count, not " + possibleCpus);
        }
    }

    /** A profile without the kernel's BTF. */
    public KernelProfile(String release, int possibleCpus) {
        this(release, possibleCpus, null);
    }

    /** This profile with the kernel's BTF (read by the caller, e.g. {@code Btf.read(Btf.VMLINUX)}). */
    public KernelProfile withBtf(Btf kernelBtf) {
        return new KernelProfile(release, possibleCpus, kernelBtf);
    }

    /** Linux 6.18, privileged loader, CPU count unknown. */
    public static KernelProfile linux618() {
        return new KernelProfile("6.18", 0);
    }

    /** Linux 6.18 on a machine with {@code possibleCpus} possible CPUs. */
    public static KernelProfile linux618(int possibleCpus) {
        return new KernelProfile("6.18", possibleCpus);
    }
}
