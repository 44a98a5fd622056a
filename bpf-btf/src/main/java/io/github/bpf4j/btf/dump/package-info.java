/**
 * BTF to C: {@link io.github.bpf4j.btf.dump.BtfCDump} writes the {@code vmlinux.h} header that
 * {@code bpftool btf dump file F format c} writes, byte for byte (bpftool 7.1, libbpf btf_dump.c).
 */
package io.github.bpf4j.btf.dump;
