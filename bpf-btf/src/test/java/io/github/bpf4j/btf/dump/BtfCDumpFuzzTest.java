package io.github.bpf4j.btf.dump;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.BtfFormatException;

/**
 * Any BTF the reader accepts dumps to C or fails with {@link BtfFormatException} (type cycles C cannot express,
 * nesting beyond the dump's depth bound); never another exception or a stack overflow. Seeds:
 * src/test/resources/io/github/bpf4j/btf/dump/BtfCDumpFuzzTestInputs (crafted BTFs and cycles).
 */
class BtfCDumpFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void dumpAnyBtf(byte[] data) {
        Btf btf;
        try {
            btf = Btf.read(data);
        } catch (BtfFormatException rejected) {
            return; // the reader's rejection, tested with the reader
        }
        try {
            String c = BtfCDump.write(btf);
            if (!c.endsWith("#endif /* __VMLINUX_H__ */\n")) {
                throw new IllegalStateException("dump lacks its footer");
            }
        } catch (BtfFormatException expected) {
            // a cycle or nesting the dump cannot express
        }
    }
}
