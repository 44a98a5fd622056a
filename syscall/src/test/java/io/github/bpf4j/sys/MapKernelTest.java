package io.github.bpf4j.sys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpf4j.elf.MapType;
import io.github.bpf4j.sys.internal.Cpus;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("kernel")
class MapKernelTest {

    @BeforeEach
    void kernel() {
        KernelSupport.assumeBpf();
    }

    static byte[] u32(int v) {
        return ByteBuffer.allocate(4).order(ByteOrder.nativeOrder()).putInt(v).array();
    }

    static byte[] u64(long v) {
        return ByteBuffer.allocate(8).order(ByteOrder.nativeOrder()).putLong(v).array();
    }

    static long u64(byte[] b) {
        return ByteBuffer.wrap(b).order(ByteOrder.nativeOrder()).getLong();
    }

    @Test
    void hashLookupUpdateDeleteAndFlags() {
        try (BpfMap m = BpfMap.create(MapSpec.of("h", MapType.HASH, 4, 8, 4))) {
            assertThat(m.lookup(u32(1))).isEmpty();
            m.update(u32(1), u64(10));
            assertThat(m.lookup(u32(1)).map(MapKernelTest::u64)).contains(10L);
            assertThatThrownBy(() -> m.update(u32(1), u64(11), UpdateFlag.NOEXIST))
                    .isInstanceOf(BpfException.class).hasMessageContaining("EEXIST");
            assertThatThrownBy(() -> m.update(u32(2), u64(11), UpdateFlag.EXIST))
                    .isInstanceOf(BpfException.class).hasMessageContaining("ENOENT");
            m.update(u32(1), u64(12), UpdateFlag.EXIST);
            assertThat(m.lookup(u32(1)).map(MapKernelTest::u64)).contains(12L);
            for (int i = 2; i <= 4; i++) {
                m.update(u32(i), u64(i));
            }
            BpfException full = org.junit.jupiter.api.Assertions.assertThrows(BpfException.class,
                    () -> m.update(u32(5), u64(5)));
            assertThat(full.errno()).isEqualTo(Errno.E2BIG);
            assertThat(full.getMessage()).contains("BPF_MAP_UPDATE_ELEM failed with E2BIG", "max_entries 4");
            assertThat(m.delete(u32(1))).isTrue();
            assertThat(m.delete(u32(1))).isFalse();
            assertThatThrownBy(() -> m.lookup(new byte[3])).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("4-byte keys");
        }
    }

    @Test
    void lookupIntoCallerBuffer() {
        try (BpfMap m = BpfMap.create(MapSpec.of("into", MapType.HASH, 4, 8, 4));
             BpfMap pc = BpfMap.create(MapSpec.of("into_pc", MapType.PERCPU_ARRAY, 4, 4, 1))) {
            byte[] value = u64(-1);
            assertThat(m.lookup(u32(1), value)).isFalse();
            assertThat(u64(value)).as("untouched when absent").isEqualTo(-1L);
            m.update(u32(1), u64(42));
            assertThat(m.lookup(u32(1), value)).isTrue();
            assertThat(u64(value)).isEqualTo(42L);
            assertThatThrownBy(() -> m.lookup(u32(1), new byte[4])).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("takes 8-byte values, given 4 bytes");
            assertThatThrownBy(() -> m.lookup(new byte[2], value)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("4-byte keys");
            // per-CPU: the raw layout, one 8-byte slot per possible CPU
            List<byte[]> perCpu = new ArrayList<>();
            for (int c = 0; c < Cpus.possibleCount(); c++) {
                perCpu.add(u32(100 + c));
            }
            pc.updatePerCpu(u32(0), perCpu);
            byte[] raw = new byte[pc.valueBufferSize()];
            assertThat(raw).hasSize(8 * Cpus.possibleCount());
            assertThat(pc.lookup(u32(0), raw)).isTrue();
            assertThat(pc.splitPerCpu(raw)).zipSatisfy(perCpu, (got, want) -> assertThat(got).isEqualTo(want));
        }
    }

    @Test
    void iterationVisitsEveryKeyOnce() {
        try (BpfMap m = BpfMap.create(MapSpec.of("it", MapType.HASH, 4, 4, 100))) {
            for (int i = 0; i < 50; i++) {
                m.update(u32(i), u32(i * 2));
            }
            Set<Integer> seen = new HashSet<>();
            for (byte[] k : m.keys()) {
                assertThat(seen.add(ByteBuffer.wrap(k).order(ByteOrder.nativeOrder()).getInt())).isTrue();
            }
            assertThat(seen).hasSize(50);
            TypedMap<Integer, Integer> t = m.typed(Codec.int32(), Codec.int32());
            assertThat(t.snapshot()).hasSize(50).containsEntry(7, 14);
        }
    }

    @Test
    void batchOperationsEndWithEnoent() {
        try (BpfMap m = BpfMap.create(MapSpec.of("b", MapType.HASH, 4, 8, 1000))) {
            List<byte[]> keys = new ArrayList<>();
            List<byte[]> values = new ArrayList<>();
            for (int i = 0; i < 700; i++) {
                keys.add(u32(i));
                values.add(u64(1000L + i));
            }
            assertThat(m.updateBatch(keys, values)).isEqualTo(700);
            List<MapEntry> all = m.lookupBatch(64);
            assertThat(all).hasSize(700);
            for (MapEntry e : all) {
                int k = ByteBuffer.wrap(e.key()).order(ByteOrder.nativeOrder()).getInt();
                assertThat(u64(e.value())).isEqualTo(1000L + k);
            }
            assertThat(m.deleteBatch(keys.subList(0, 300))).isEqualTo(300);
            assertThat(m.lookupAndDeleteBatch(1000)).hasSize(400);
            assertThat(m.lookupBatch(16)).isEmpty();
        }
    }

    @Test
    void perCpuValuesHaveOneSlotPerPossibleCpu() {
        int cpus = Cpus.possibleCount();
        try (BpfMap m = BpfMap.create(MapSpec.of("pc", MapType.PERCPU_HASH, 4, 4, 8))) {
            assertThat(m.valueBufferSize()).isEqualTo(8 * cpus);
            List<byte[]> vals = new ArrayList<>();
            for (int c = 0; c < cpus; c++) {
                vals.add(u32(100 + c));
            }
            m.updatePerCpu(u32(3), vals);
            List<byte[]> got = m.lookupPerCpu(u32(3)).orElseThrow();
            assertThat(got).hasSize(cpus);
            for (int c = 0; c < cpus; c++) {
                assertThat(got.get(c)).isEqualTo(u32(100 + c));
            }
            List<MapEntry> batch = m.lookupBatch(4);
            assertThat(batch).hasSize(1);
            assertThat(m.splitPerCpu(batch.get(0).value()).get(cpus - 1)).isEqualTo(u32(100 + cpus - 1));
            assertThatThrownBy(() -> m.lookup(u32(3))).isInstanceOf(IllegalStateException.class);
        }
        try (BpfMap a = BpfMap.create(MapSpec.of("pca", MapType.PERCPU_ARRAY, 4, 12, 2))) {
            assertThat(a.lookupPerCpu(u32(1)).orElseThrow()).hasSize(cpus).allSatisfy(v ->
                    assertThat(v).isEqualTo(new byte[12]));
        }
    }

    @Test
    void freezeMakesTheMapReadOnlyForUserSpace() {
        try (BpfMap m = BpfMap.create(MapSpec.of("fz", MapType.ARRAY, 4, 4, 1))) {
            m.update(u32(0), u32(7));
            m.freeze();
            BpfException e = org.junit.jupiter.api.Assertions.assertThrows(BpfException.class,
                    () -> m.update(u32(0), u32(8)));
            assertThat(e.errno()).isEqualTo(Errno.EPERM);
            assertThat(m.lookup(u32(0))).hasValueSatisfying(v -> assertThat(v).isEqualTo(u32(7)));
        }
    }

    @Test
    void infoReportsWhatWasCreated() {
        try (BpfMap m = BpfMap.create(MapSpec.of("info_map", MapType.LRU_HASH, 8, 16, 33))) {
            MapInfo i = m.info();
            assertThat(i.type()).isEqualTo(MapType.LRU_HASH);
            assertThat(i.name()).isEqualTo("info_map");
            assertThat(i.keySize()).isEqualTo(8);
            assertThat(i.valueSize()).isEqualTo(16);
            assertThat(i.maxEntries()).isEqualTo(33);
            assertThat(i.id()).isPositive();
        }
    }

    @Test
    void pinAndOpenFromBpffs() throws Exception {
        KernelSupport.assumeBpffs();
        Path pin = Path.of("/sys/fs/bpf/bpf4j_test_" + ProcessHandle.current().pid());
        try (BpfMap m = BpfMap.create(MapSpec.of("pinned", MapType.HASH, 4, 4, 4))) {
            m.update(u32(1), u32(42));
            m.pin(pin);
            try (BpfMap again = BpfMap.open(pin)) {
                assertThat(again.type()).isEqualTo(MapType.HASH);
                assertThat(again.name()).isEqualTo("pinned");
                assertThat(again.lookup(u32(1))).hasValueSatisfying(v -> assertThat(v).isEqualTo(u32(42)));
            }
        } finally {
            Files.deleteIfExists(pin);
        }
        BpfException e = org.junit.jupiter.api.Assertions.assertThrows(BpfException.class,
                () -> BpfMap.open(Path.of("/sys/fs/bpf/does_not_exist_bpf4j")));
        assertThat(e.errno()).isEqualTo(Errno.ENOENT);
        try (BpfMap m = BpfMap.create(MapSpec.of("nopin", MapType.HASH, 4, 4, 4))) {
            BpfException notBpffs = org.junit.jupiter.api.Assertions.assertThrows(BpfException.class,
                    () -> m.pin(Path.of("/tmp/bpf4j_not_bpffs")));
            assertThat(notBpffs.getMessage()).contains("not bpffs", "mount -t bpf bpf /sys/fs/bpf");
        }
    }

    @Test
    void createErrorsNameTheErrnoAndHint() {
        BpfException e = org.junit.jupiter.api.Assertions.assertThrows(BpfException.class,
                () -> BpfMap.create(MapSpec.ringbuf("rb", 4097)));
        assertThat(e.errno()).isEqualTo(Errno.EINVAL);
        assertThat(e.getMessage()).contains("BPF_MAP_CREATE failed with EINVAL", "power of two");
        BpfException zero = org.junit.jupiter.api.Assertions.assertThrows(BpfException.class,
                () -> BpfMap.create(MapSpec.of("z", MapType.HASH, 0, 4, 4)));
        assertThat(zero.errno()).isEqualTo(Errno.EINVAL);
    }

    record Pair(int a, long b) {}

    @Test
    void structCodecLaysOutLikeC() {
        Codec<Pair> c = Codec.struct(Pair.class);
        assertThat(c.size()).isEqualTo(16);
        try (BpfMap m = BpfMap.create(MapSpec.of("st", MapType.HASH, 4, 16, 4))) {
            TypedMap<Integer, Pair> t = m.typed(Codec.int32(), c);
            t.put(1, new Pair(-3, 1L << 40));
            assertThat(t.get(1)).contains(new Pair(-3, 1L << 40));
            assertThat(m.lookup(u32(1)).orElseThrow()).startsWith(u32(-3));
        }
    }

    @Test
    void queuePopsInOrder() {
        try (BpfMap q = BpfMap.create(MapSpec.of("q", MapType.QUEUE, 0, 4, 4))) {
            q.update(null, u32(1));
            q.update(null, u32(2));
            assertThat(q.lookupAndDelete(null)).hasValueSatisfying(v -> assertThat(v).isEqualTo(u32(1)));
            assertThat(q.lookupAndDelete(null)).hasValueSatisfying(v -> assertThat(v).isEqualTo(u32(2)));
            assertThat(q.lookupAndDelete(null)).isEmpty();
        }
    }
}
