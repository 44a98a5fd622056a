package io.github.bpf4j.sys.internal;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.bpf4j.btf.BtfFormatException;
import io.github.bpf4j.btf.BtfKind;
import java.util.EnumSet;

/** Raw .BTF of any shape is fixed up and sanitized, or refused with BtfFormatException; nothing else escapes. */
class ObjectBtfFuzzTest {

    @FuzzTest
    void prepare(byte[] data) {
        try {
            ObjectBtf b = ObjectBtf.read(data);
            b.fixExterns(name -> 0, 16);
            b.fixDatasecs(name -> 8, name -> name.length() % 3 == 0 ? -5 : 4);
            b.sanitize(EnumSet.allOf(BtfKind.class));
            ObjectBtf.read(b.encode());
        } catch (BtfFormatException expected) {
            // malformed input names the type id and byte offset
        }
    }
}
