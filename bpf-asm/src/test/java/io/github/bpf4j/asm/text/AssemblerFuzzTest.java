package io.github.bpf4j.asm.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * Any text either assembles or is rejected with {@link AsmSyntaxException}: nothing else may escape (no ANTLR
 * exception, no IllegalArgumentException from the instruction model, no StackOverflowError). Both dialects are
 * driven, and LLVM text again with a CO-RE resolver. The seed corpus under src/test/resources/io/github/bpf4j/asm/text/AssemblerFuzzTestInputs holds small
 * LLVM and verifier-log inputs; a plain {@code mvn test} runs just the corpus.
 */
class AssemblerFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void assembleAnyText(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        try {
            Assembler.assemble(new StringReader(text), "fuzz.s", Dialect.LLVM);
        } catch (AsmSyntaxException expected) {
            // a rejection with a position is a valid outcome
        }
        try {
            Assembler.assemble(new StringReader(text), "fuzz.log", Dialect.VERIFIER_LOG);
        } catch (AsmSyntaxException expected) {
            // likewise
        }
        try {
            Assembler.assembleInstructions(text);
        } catch (AsmSyntaxException expected) {
            // likewise
        }
        try {
            // CO-RE references resolve (to 8, or fail for a type named 'missing'): the core(...) paths are driven too
            Assembler.assemble(new StringReader(text), "fuzz-core.s", Dialect.LLVM, CoreAssemblerTest.STUB);
        } catch (AsmSyntaxException expected) {
            // likewise
        }
    }
}
