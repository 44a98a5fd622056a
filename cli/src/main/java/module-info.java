/** The bpf4j command. */
module io.github.bpf4j.cli {
    requires io.github.bpf4j.asm;
    requires io.github.bpf4j.btf;
    requires io.github.bpf4j.elf;
    requires io.github.bpf4j.verifier;
    requires io.github.bpf4j.sys;
    requires info.picocli;
    opens io.github.bpf4j.cli to info.picocli;
    exports io.github.bpf4j.cli;
}
