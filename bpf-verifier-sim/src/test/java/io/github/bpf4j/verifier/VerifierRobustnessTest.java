package io.github.bpf4j.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The simulator never throws and never trips over itself, whatever the instructions: random slots, biased
 * towards opcodes the verifier knows, registers r0 to r10 (sometimes beyond), small offsets and immediates.
 */
class VerifierRobustnessTest {

    private static final Verifier VERIFIER = Verifier.forKernel(KernelProfile.linux618());
    private static final List<MapDef> MAPS = List.of(MapDef.parse("hash:4:8:16"), MapDef.parse("array:4:16:1"),
            MapDef.parse("ringbuf:0:0:4096"), MapDef.parse("prog_array:4:4:4"));
    private static final int[] OPCODES = {
        0x07, 0x0f, 0x17, 0x1f, 0x27, 0x2f, 0x37, 0x3f, 0x47, 0x4f, 0x57, 0x5f, 0x67, 0x6f, 0x77, 0x7f, 0x87, 0x97,
        0x9f, 0xa7, 0xaf, 0xb7, 0xbf, 0xc7, 0xcf, 0xd4, 0xdc, 0xd7, 0x04, 0x0c, 0x14, 0x24, 0x34, 0x44, 0x54, 0x64,
        0x74, 0x84, 0x94, 0xa4, 0xb4, 0xbc, 0xc4, 0x61, 0x69, 0x71, 0x79, 0x81, 0x89, 0x91, 0x62, 0x6a, 0x72, 0x7a,
        0x63, 0x6b, 0x73, 0x7b, 0xc3, 0xdb, 0x05, 0x15, 0x1d, 0x25, 0x2d, 0x35, 0x3d, 0x45, 0x4d, 0x55, 0x5d, 0x65,
        0x6d, 0x75, 0x7d, 0xa5, 0xad, 0xb5, 0xbd, 0xc5, 0xcd, 0xd5, 0xdd, 0x16, 0x1e, 0x26, 0x56, 0x06, 0x85, 0x95,
        0xe5, 0x18, 0x20, 0x28, 0x30, 0x40, 0x48, 0x50};

    @Provide
    Arbitrary<byte[]> programs() {
        Arbitrary<long[]> slot = Combinators.combine(
                Arbitraries.oneOf(Arbitraries.of(0, 0, 0).flatMap(x -> Arbitraries.integers().between(0,
                        OPCODES.length - 1).map(i -> OPCODES[i])), Arbitraries.integers().between(0, 255)),
                Arbitraries.frequency(net.jqwik.api.Tuple.of(20, 0), net.jqwik.api.Tuple.of(1, 1)).flatMap(hi -> Arbitraries.integers().between(0, hi == 0 ? 10 : 15)),
                Arbitraries.integers().between(0, 10),
                Arbitraries.integers().between(-8, 8).map(o -> o * (o % 2 == 0 ? 8 : 1)),
                Arbitraries.oneOf(Arbitraries.integers().between(-600, 600), Arbitraries.of(1, 5, 7, 12, 14, 16,
                        113, 130, 131, 132, 181, 0x7fffffff, Integer.MIN_VALUE)))
                .as((code, dst, src, off, imm) -> new long[] {code, dst, src, off, imm});
        return slot.list().ofMinSize(1).ofMaxSize(40).map(slots -> {
            ByteBuffer b = ByteBuffer.allocate(slots.size() * 8 + 16).order(ByteOrder.LITTLE_ENDIAN);
            for (long[] s : slots) {
                int code = (int) s[0];
                int src = code == 0x18 || code == 0x85 ? (int) (s[2] % 3) : (int) s[2];
                b.put((byte) code).put((byte) ((src << 4) | (int) s[1])).putShort((short) s[3]).putInt((int) s[4]);
            }
            b.put((byte) 0xb7).put((byte) 0).putShort((short) 0).putInt(0);
            b.put((byte) 0x95).put((byte) 0).putShort((short) 0).putInt(0);
            return b.array();
        });
    }

    @Property(tries = 1500)
    void neverThrowsAndNeverTripsOverItself(@ForAll("programs") byte[] code, @ForAll ProgType type) {
        Verdict v = VERIFIER.verify(ProgramInput.of(code, type, null, MAPS));
        assertThat(v).isNotNull();
        assertThat(v.internalBug()).isNull();
        if (!v.accepted()) {
            assertThat(v.errno()).isNotBlank();
        }
        assertThat(v.log()).contains("processed ");
    }
}
