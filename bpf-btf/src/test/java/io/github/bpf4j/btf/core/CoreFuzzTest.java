package io.github.bpf4j.btf.core;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.InsnCodec;
import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.BtfExt.CoreRelo;
import io.github.bpf4j.btf.CoreReloKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Any relocation records (access strings, kinds, type ids, instruction offsets) over any instructions either
 * relocate or fail with {@link CoreRelocationException}; never another exception, a hang or a stack overflow. The
 * BTFs are {@link CoreRelocatorTest}'s. Seeds: src/test/resources/io/github/bpf4j/btf/core/CoreFuzzTestInputs.
 */
class CoreFuzzTest {

    private static final Btf LOCAL = CoreRelocatorTest.local();
    private static final Btf TARGET = CoreRelocatorTest.target(true);

    @FuzzTest(maxDuration = "60s")
    void relocateAnything(FuzzedDataProvider data) {
        int count = data.consumeInt(1, 4);
        List<CoreRelo> relos = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            CoreReloKind kind = CoreReloKind.values()[data.consumeInt(0, CoreReloKind.values().length - 1)];
            relos.add(new CoreRelo(data.consumeLong(-8, 64), data.consumeInt(-1, LOCAL.typeCount()),
                    data.consumeString(40), kind));
        }
        byte[] code = data.consumeRemainingAsBytes();
        List<Insn> insns = InsnCodec.decode(java.util.Arrays.copyOf(code, code.length - code.length % 8));
        try {
            CoreResult r = CoreRelocator.relocate(insns, relos, LOCAL, TARGET);
            if (InsnCodec.slotCount(r.insns()) != InsnCodec.slotCount(insns)) {
                throw new IllegalStateException("relocation changed the number of slots");
            }
        } catch (CoreRelocationException expected) {
            // libbpf refuses these too
        }
    }

    @FuzzTest(maxDuration = "30s")
    void parseAccessString(String s) {
        if (s == null) {
            return; // jazzer's empty input
        }
        try {
            int[] raw = AccessString.parse(s);
            if (raw.length == 0 || raw.length > AccessString.MAX_LEN) {
                throw new IllegalStateException("parsed " + raw.length + " indices");
            }
        } catch (IllegalArgumentException expected) {
            // rejected with a message naming the column
        }
    }
}
