package io.github.bpf4j.sys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.bpf4j.elf.BpfObject;
import io.github.bpf4j.sys.perf.PerfReader;
import io.github.bpf4j.sys.perf.PerfRecord;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("kernel")
class ObjectLoadKernelTest {

    private static Path build(String name) {
        return Path.of(System.getProperty("bpf4j.testdata", "../testdata"), "build", name);
    }

    @BeforeEach
    void kernel() {
        KernelSupport.assumeBpf();
    }

    private static final String SOURCE = """
            #include <linux/bpf.h>
            #include <bpf/bpf_helpers.h>

            struct {
                __uint(type, BPF_MAP_TYPE_ARRAY);
                __uint(max_entries, 1);
                __type(key, __u32);
                __type(value, __u64);
            } hits SEC(".maps");

            const volatile __u64 step = 3;

            SEC("xdp")
            int count(struct xdp_md *ctx)
            {
                __u32 k = 0;
                __u64 *v = bpf_map_lookup_elem(&hits, &k);
                if (v)
                    __sync_fetch_and_add(v, step);
                return XDP_PASS;
            }

            char LICENSE[] SEC("license") = "GPL";
            """;

    /** A clang-built object with a BTF-defined map and .rodata, no CO-RE: maps, fixups and global data. */
    @Test
    @Tag("tool")
    void clangObjectLoadsWithMapsAndGlobalData(@TempDir Path dir) throws Exception {
        Path obj = clang(dir, "count", SOURCE);
        try (LoadedObject live = Bpf.load(BpfObject.read(obj), LoadOptions.defaults())) {
            Program p = live.program("count");
            assertThat(p.type()).isEqualTo(io.github.bpf4j.elf.ProgType.XDP);
            assertThat(p.testRun(TestRun.ofData(new byte[64]).withRepeat(100)).retval()).isEqualTo(2); // XDP_PASS
            byte[] v = live.map("hits").lookup(MapKernelTest.u32(0)).orElseThrow();
            assertThat(MapKernelTest.u64(v)).isEqualTo(300);
            BpfMap rodata = live.maps().values().stream().filter(m -> m.name().endsWith(".rodata")).findFirst()
                    .orElseThrow();
            assertThat(MapKernelTest.u64(rodata.lookup(MapKernelTest.u32(0)).orElseThrow())).isEqualTo(3);
            BpfException frozen = assertThrows(BpfException.class,
                    () -> rodata.update(MapKernelTest.u32(0), MapKernelTest.u64(4)));
            assertThat(frozen.errno()).isEqualTo(Errno.EPERM);
        }
    }

    /** Typeless ksyms ({@code const void}) resolve through kallsyms, as libbpf resolves them. */
    private static final String TYPELESS_KSYMS = """
            #include <linux/bpf.h>
            #include <bpf/bpf_helpers.h>

            extern const void schedule __ksym;
            extern const void bpf4j_no_such_function __ksym __weak;

            SEC("socket")
            int addr(struct __sk_buff *skb)
            {
                if (&bpf4j_no_such_function)
                    return 1;
                return (unsigned long)&schedule;
            }

            char LICENSE[] SEC("license") = "GPL";
            """;

    /** A typeless {@code __ksym} is the symbol's kallsyms address; a weak one kallsyms lacks is 0. */
    @Test
    @Tag("tool")
    void typelessKsymIsItsKallsymsAddress(@TempDir Path dir) throws Exception {
        Path obj = clang(dir, "typeless", TYPELESS_KSYMS);
        long schedule = -1;
        for (String line : Files.readAllLines(Path.of("/proc/kallsyms"))) {
            String[] f = line.split(" ");
            if (f.length == 3 && f[2].equals("schedule") && (f[1].equals("T") || f[1].equals("t"))) {
                schedule = Long.parseUnsignedLong(f[0], 16);
            }
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(schedule > 0 || schedule < -1,
                "/proc/kallsyms hides addresses (kernel.kptr_restrict) or has no 'schedule'");
        try (LoadedObject live = Bpf.load(BpfObject.read(obj), LoadOptions.defaults())) {
            int ret = live.program("addr").testRun(TestRun.ofData(new byte[64])).retval();
            assertThat(ret).isEqualTo((int) schedule);
        }
    }

    /** {@code clang-19 -O2 -g -target bpf} of {@code source}; aborts the test when clang is missing. */
    private static Path clang(Path dir, String name, String source) throws Exception {
        Path src = dir.resolve(name + ".c");
        Files.writeString(src, source);
        Path obj = dir.resolve(name + ".o");
        String arch = System.getProperty("os.arch").equals("aarch64") ? "aarch64" : "x86_64";
        Process clang;
        try {
            clang = new ProcessBuilder("clang-19", "-O2", "-g", "-target", "bpf", "-I/usr/include/" + arch
                    + "-linux-gnu", "-c", src.toString(), "-o", obj.toString()).inheritIO().start();
        } catch (java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.<Void>abort("clang-19 is not installed (Debian package clang-19; "
                    + "headers from libbpf-dev)");
            return obj;
        }
        assertThat(clang.waitFor()).isZero();
        return obj;
    }

    /** An Ethernet + IPv4 header of protocol {@code proto}, padded to 64 bytes. */
    private static byte[] ipv4(int proto) {
        byte[] p = new byte[64];
        p[12] = 0x08; // h_proto 0x0800, network order
        p[14] = 0x45; // version 4, ihl 5
        p[14 + 9] = (byte) proto;
        return p;
    }

    /** testdata's xdp_counter.o: CO-RE relocations on xdp_md and the packet headers, a per-CPU array. */
    @Test
    void xdpCounterObjectLoadsWithCoreAndCounts() {
        BpfObject obj = BpfObject.read(build("xdp_counter.o"));
        try (LoadedObject live = Bpf.load(obj, LoadOptions.defaults())) {
            Program p = live.program("xdp_count");
            assertThat(p.testRun(TestRun.ofData(ipv4(17)).withRepeat(1000)).retval()).isEqualTo(2); // XDP_PASS
            long packets = 0;
            long bytes = 0;
            for (byte[] v : live.map("counters").lookupPerCpu(MapKernelTest.u32(17)).orElseThrow()) {
                ByteBuffer b = ByteBuffer.wrap(v).order(ByteOrder.nativeOrder());
                packets += b.getLong(0);
                bytes += b.getLong(8);
            }
            assertThat(packets).isEqualTo(1000);
            assertThat(bytes).isEqualTo(64_000);
        }
    }

    /** testdata's execsnoop.o, as {@code bpf4j demo} uses it: auto-attach from its section, perf event array. */
    @Test
    void execsnoopObjectReportsAnExec() throws Exception {
        KernelSupport.assumeTracefs();
        BpfObject obj = BpfObject.read(build("execsnoop.o"));
        List<String> seen = new ArrayList<>();
        try (LoadedObject live = Bpf.load(obj, LoadOptions.defaults());
             PerfReader events = PerfReader.open(live.map("events"));
             Link link = live.program("handle_execve").attach()) {
            assertThat(link.target()).isEqualTo("tracepoint syscalls:sys_enter_execve");
            Process child = new ProcessBuilder("/bin/true").start();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            long me = ProcessHandle.current().pid();
            while (events.poll(Duration.ofMillis(200), r -> {
                if (r instanceof PerfRecord.Sample s) {
                    ByteBuffer b = s.data();
                    byte[] file = new byte[128];
                    b.get(40, file);
                    int n = 0;
                    while (n < file.length && file[n] != 0) {
                        n++;
                    }
                    seen.add(b.getInt(0) + " " + b.getInt(4) + " " + new String(file, 0, n, StandardCharsets.UTF_8));
                }
            }) > 0) {
                // drained
            }
            assertThat(seen).contains(child.pid() + " " + me + " /bin/true");
        }
    }

    @Test
    void kernelNamesAreSanitized() {
        assertThat(Bpf.kernelName("execsnoop.rodata")).isEqualTo("execsnoop.rodat");
        assertThat(Bpf.kernelName("a-b c")).isEqualTo("a_b_c");
        assertThat(List.of(Bpf.kernelName(""))).containsExactly("");
    }
}
