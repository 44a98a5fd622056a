package io.github.bpf4j.elf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.bpf4j.asm.InsnCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The system libbpf (libbpf-dev 1.1.2) as the oracle, through src/test/c/libbpf_view.c compiled here: after
 * {@code bpf_object__open} its maps and programs must be ours field by field, and after {@code bpf_object__load}
 * (kernel) the final instructions of every program must be our linked instructions with the fixups applied.
 */
@Tag("tool")
class LibbpfViewTest {

    private static Path view;

    @BeforeAll
    static void compileView(@TempDir Path dir) throws IOException {
        assumeTrue(TestObjects.has("gcc"), "needs gcc");
        assumeTrue(Files.exists(Path.of("/usr/include/bpf/libbpf.h")), "needs libbpf headers (libbpf-dev)");
        // surefire runs in the module directory
        Path src = Path.of("src", "test", "c", "libbpf_view.c").toAbsolutePath();
        view = dir.resolve("libbpf_view");
        TestObjects.Run cc = TestObjects.run("gcc", "-O1", "-o", view.toString(), src.toString(), "-lbpf");
        assumeTrue(cc.status() == 0, "needs libbpf-dev to build libbpf_view: " + cc.output());
    }

    static List<Path> objects() {
        return BpfObjectTest.objects();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("objects")
    void openedObjectMatchesLibbpf(Path path) {
        TestObjects.Run run = TestObjects.run(view.toString(), path.toString());
        BpfObject o = BpfObject.read(path);
        if (run.output().contains("open-failed")) {
            // libbpf 1.1 refuses legacy 'maps' sections and objects of the other byte order; we read both
            assertThat(run.output()).containsAnyOf("legacy map definitions", "endianness mismatch");
            return;
        }
        List<String> libbpf = run.output().lines().filter(l -> l.startsWith("map ") || l.startsWith("prog "))
                .toList();
        List<String> ours = new ArrayList<>();
        for (BpfMap m : o.maps()) {
            ours.add("map " + m.name() + " type " + m.type().code() + " key " + m.keySize() + " value "
                    + m.valueSize() + " max " + m.maxEntries() + " flags " + m.flags());
        }
        List<String> libbpfProgs = new ArrayList<>();
        for (String l : libbpf) {
            if (l.startsWith("prog ")) {
                libbpfProgs.add(l);
            }
        }
        for (BpfProgram p : o.programs()) {
            ours.add("prog " + p.name() + " sec " + p.sectionName() + " type "
                    + p.type().code() + " attach " + p.sectionDefAttachCode() + " autoload " + (p.autoload() ? 1 : 0)
                    + " insns " + InsnCodec.slotCount(p.insns()));
        }
        // libbpf also lists .text subprograms as programs; ours are only entry points
        List<String> libbpfMain = libbpf.stream().filter(l -> !l.startsWith("prog ") || ours.stream()
                .anyMatch(x -> x.startsWith(l.substring(0, l.indexOf(" sec ") + 5)))).toList();
        assertThat(ours).as(run.output()).containsExactlyInAnyOrderElementsOf(libbpfMain);
    }

    @Tag("kernel")
    @ParameterizedTest(name = "{0}")
    @MethodSource("objects")
    void loadedInstructionsAreOurLinkedInstructionsWithFixups(Path path) {
        assumeTrue("root".equals(System.getProperty("user.name")), "needs root to load programs");
        TestObjects.Run run = TestObjects.run(view.toString(), path.toString(), "--load");
        if (run.output().contains("open-failed")) {
            return; // see openedObjectMatchesLibbpf
        }
        BpfObject o = BpfObject.read(path);
        int compared = 0;
        for (String line : run.output().lines().filter(l -> l.startsWith("linked ")).toList()) {
            String[] f = line.split(" ");
            BpfProgram p = o.program(f[1]);
            int n = Integer.parseInt(f[2]);
            assertThat(p.linkedSlotCount()).as(line).isEqualTo(n);
            byte[] ours = InsnCodec.encode(p.linkedInsns());
            Set<Integer> skipImm = new HashSet<>();
            Map<Integer, int[]> expectSrcAndNext = new HashMap<>();
            for (Fixup fx : p.fixups()) {
                switch (fx.kind()) {
                    case MAP -> expectSrcAndNext.put(fx.insn(), new int[] {1, 0});
                    case MAP_VALUE -> expectSrcAndNext.put(fx.insn(), new int[] {2, ((Fixup.MapValue) fx).offset()});
                    case EXTERN -> skipImm.add(fx.insn());
                }
            }
            for (ExtInfo.CoreRelo c : p.coreRelos()) {
                skipImm.add(c.insn()); // CO-RE rewrites offsets and immediates
            }
            for (int i = 0; i < n; i++) {
                String[] x = f[3 + i].split(":");
                int code = Integer.parseInt(x[0], 16);
                int dst = Integer.parseInt(x[1], 16);
                int src = Integer.parseInt(x[2], 16);
                int off = Integer.parseInt(x[3]);
                int imm = Integer.parseInt(x[4]);
                String at = p.name() + " slot " + i + " in " + line;
                int q = i * 8;
                if (skipImm.contains(i) || skipImm.contains(i - 1) && (ours[q - 8] & 0xff) == 0x18) {
                    continue;
                }
                assertThat(code).as(at).isEqualTo(ours[q] & 0xff);
                assertThat(dst).as(at).isEqualTo(ours[q + 1] & 0x0f);
                assertThat(off).as(at).isEqualTo((short) ((ours[q + 2] & 0xff) | (ours[q + 3] << 8)));
                int ourImm = (ours[q + 4] & 0xff) | (ours[q + 5] & 0xff) << 8 | (ours[q + 6] & 0xff) << 16
                        | ours[q + 7] << 24;
                int ourSrc = (ours[q + 1] >> 4) & 0x0f;
                if (expectSrcAndNext.containsKey(i)) {
                    assertThat(src).as(at).isEqualTo(expectSrcAndNext.get(i)[0]);
                } else if (expectSrcAndNext.containsKey(i - 1) && (ours[q - 8] & 0xff) == 0x18) {
                    assertThat(imm).as(at).isEqualTo(expectSrcAndNext.get(i - 1)[1]);
                } else {
                    assertThat(src).as(at).isEqualTo(ourSrc);
                    assertThat(imm).as(at).isEqualTo(ourImm);
                }
            }
            compared++;
        }
        assertThat(compared).as(run.output()).isEqualTo((int) o.programs().stream()
                .filter(BpfProgram::autoload).count());
    }
}
