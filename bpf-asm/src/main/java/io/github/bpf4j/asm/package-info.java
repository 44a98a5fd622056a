/** The eBPF instruction set: an immutable model, byte-exact encode and decode, a builder, text assembly and disassembly. */
package io.github.bpf4j.asm;
