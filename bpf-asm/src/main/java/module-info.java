/** The eBPF instruction set: an immutable model, byte-exact encode and decode, a builder, text assembly and disassembly. */
module io.github.bpf4j.asm {
    requires org.antlr.antlr4.runtime;
    exports io.github.bpf4j.asm;
    exports io.github.bpf4j.asm.text;
}
