/**
 * An offline model of the Linux verifier: verdict, failing instruction, message and level-1 log.
 *
 * <p>{@link io.github.bpf4j.verifier.Verifier#forKernel} with a {@link io.github.bpf4j.verifier.KernelProfile}
 * gives a verifier; {@link io.github.bpf4j.verifier.Verifier#verify} takes a
 * {@link io.github.bpf4j.verifier.ProgramInput} (instructions, program type, expected attach type, maps by index)
 * and returns a {@link io.github.bpf4j.verifier.Verdict} with the fields of a real load's outcome, so that
 * simulated and recorded outcomes compare with {@code equals} on {@link io.github.bpf4j.verifier.Verdict#verdict()}.
 *
 * <p>Programs typed by the kernel's BTF ({@code tp_btf}: {@link io.github.bpf4j.verifier.ProgType#TRACING} with
 * {@link io.github.bpf4j.verifier.ProgramInput#withAttachBtf}; {@code PTR_TO_BTF_ID} walks;
 * {@code bpf_get_current_task_btf}) need the kernel's BTF in the profile
 * ({@link io.github.bpf4j.verifier.KernelProfile#withBtf}); the simulator never reads /sys itself. So do kernel
 * symbols loaded by BTF id (typed {@code __ksym}), which also need to resolve through the kernel's kallsyms
 * ({@link io.github.bpf4j.verifier.KernelProfile#withKallsyms}, filled by the caller from /proc/kallsyms). Maps of maps
 * carry their inner map template ({@link io.github.bpf4j.verifier.MapDef#inner()}).
 *
 * <p>The rules follow kernel/bpf/verifier.c and kernel/bpf/tnum.c of Linux 6.18 for a fully privileged loader;
 * testdata/verifier holds the corpus the agreement is measured on and DISAGREEMENTS.md the known gaps.
 */
package io.github.bpf4j.verifier;
