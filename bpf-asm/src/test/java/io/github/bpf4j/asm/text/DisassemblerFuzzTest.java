package io.github.bpf4j.asm.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.InsnCodec;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Any bytes decode and print in every style without an exception (the disassemblers read no counts or offsets
 * from their input, but they must cope with every field value the decoder lets through). The seed corpus under
 * src/test/resources/io/github/bpf4j/asm/text/DisassemblerFuzzTestInputs holds a few real programs from the kernel
 * goldens; a plain {@code mvn test} runs just the corpus.
 */
class DisassemblerFuzzTest {

    private static final List<Disassembler> STYLES = List.of(KernelStyle.of(),
            KernelStyle.of(DisassemblerCallbacks.mapIds(fd -> fd)), LlvmStyle.of().withoutAlu32(),
            LlvmStyle.of(LlvmStyle.nearestSymbol(Map.of("prog", 0L, "sub", 64L))));

    @FuzzTest(maxDuration = "60s")
    void disassembleAnyBytes(byte[] data) {
        byte[] whole = Arrays.copyOf(data, data.length - data.length % InsnCodec.SLOT);
        List<Insn> insns = InsnCodec.decode(whole);
        for (Disassembler d : STYLES) {
            List<String> lines = d.listing(insns);
            if (lines.size() != insns.size()) {
                throw new IllegalStateException("a line per instruction");
            }
        }
    }
}
