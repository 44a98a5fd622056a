/** BPF Type Format: read, write, layouts, C dump and CO-RE relocation. */
module io.github.bpf4j.btf {
    requires transitive io.github.bpf4j.asm;

    exports io.github.bpf4j.btf;
    exports io.github.bpf4j.btf.core;
    exports io.github.bpf4j.btf.dump;
    exports io.github.bpf4j.btf.layout;
}
