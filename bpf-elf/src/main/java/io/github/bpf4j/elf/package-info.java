/** BPF ELF objects: programs, maps, global data, relocations; symbol offsets for uprobes. */
package io.github.bpf4j.elf;
