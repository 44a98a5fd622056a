package io.github.bpf4j.btf;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.bpf4j.btf.layout.LayoutPrinter;

/**
 * Fuzzes the BTF and .BTF.ext readers and everything that walks the types they return: any input either works or
 * is refused with a {@link BtfFormatException} (or, for questions a well-formed type cannot answer such as the size
 * of a function, an {@link IllegalArgumentException}); nothing else may escape — no index errors, no
 * StackOverflowError, no OutOfMemoryError, no hang. The seed corpus (the test object's BTF in both byte orders,
 * a kernel-module-sized slice and crafted edge cases) is under src/test/resources/io/github/bpf4j/btf/
 * BtfFuzzTestInputs; a plain {@code mvn test} runs just the corpus.
 */
class BtfFuzzTest {
    private static final Btf OBJECT = Btf.read(TestInputs.layoutsBtf());

    @FuzzTest(maxDuration = "60s")
    void readBtf(byte[] data) {
        Btf btf;
        try {
            btf = Btf.read(data);
        } catch (BtfFormatException refused) {
            return;
        }
        for (int id = 0; id < btf.typeCount(); id++) {
            try {
                walk(btf, id);
            } catch (BtfFormatException | IllegalArgumentException refused) {
                // a malformed or size-less type, reported with its id
            }
        }
        try {
            Btf again = Btf.read(btf.write());
            if (!again.equals(btf)) {
                throw new AssertionError("write then read changed the types");
            }
        } catch (BtfFormatException | IllegalArgumentException refused) {
            // a decoded type that is malformed cannot be written
        }
    }

    private static void walk(Btf btf, int id) {
        BtfType t = btf.type(id);
        btf.typeName(id);
        btf.skipModsAndTypedefs(id);
        btf.idsByName(t.name());
        if (t instanceof BtfType.Composite) {
            btf.alignOf(id);
            btf.sizeOf(id);
            LayoutPrinter.print(btf, id);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void readBtfExt(byte[] data) {
        try {
            BtfExt ext = BtfExt.read(data, OBJECT);
            BtfWriter w = new BtfWriter(OBJECT);
            byte[] bytes = ext.write(w, java.nio.ByteOrder.LITTLE_ENDIAN);
            if (!BtfExt.read(bytes, Btf.read(w.write(java.nio.ByteOrder.LITTLE_ENDIAN))).equals(ext)) {
                throw new AssertionError("write then read changed the records");
            }
        } catch (BtfFormatException refused) {
            // refused with a position: fine
        }
    }
}
