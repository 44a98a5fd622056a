/** BPF ELF objects: programs, maps, global data, relocations; symbol offsets for uprobes. */
module io.github.bpf4j.elf {
    requires transitive io.github.bpf4j.asm;
    requires transitive io.github.bpf4j.btf;

    exports io.github.bpf4j.elf;
}
