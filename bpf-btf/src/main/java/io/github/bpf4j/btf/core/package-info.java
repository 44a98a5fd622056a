/**
 * CO-RE relocation: {@link io.github.bpf4j.btf.core.CoreRelocator} applies an object's {@code .BTF.ext} core_relo
 * records to its instructions against a target (kernel) BTF with libbpf 1.1's rules, and reports each relocation's
 * specs, values and poisoning ({@link io.github.bpf4j.btf.core.CoreResult}).
 */
package io.github.bpf4j.btf.core;
