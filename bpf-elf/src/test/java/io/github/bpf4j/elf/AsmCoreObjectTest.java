package io.github.bpf4j.elf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.bpf4j.asm.AluOp;
import io.github.bpf4j.asm.BuiltProgram;
import io.github.bpf4j.asm.CoreRef;
import io.github.bpf4j.asm.Helper;
import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.InsnCodec;
import io.github.bpf4j.asm.LoadImm64;
import io.github.bpf4j.asm.Pseudo;
import io.github.bpf4j.asm.ProgramBuilder;
import io.github.bpf4j.asm.Reg;
import io.github.bpf4j.asm.Size;
import io.github.bpf4j.asm.text.AsmSyntaxException;
import io.github.bpf4j.asm.text.Assembler;
import io.github.bpf4j.asm.text.Assembly;
import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.BtfExt;
import io.github.bpf4j.btf.BtfKind;
import io.github.bpf4j.btf.BtfType;
import io.github.bpf4j.btf.core.CoreOutcome;
import io.github.bpf4j.btf.core.CoreRelocator;
import io.github.bpf4j.btf.core.CoreResult;
import io.github.bpf4j.btf.core.LocalTypes;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CO-RE without clang: bpf4j assembly with {@code core(...)} references, written out as an object, carries the local
 * BTF and {@code .BTF.ext} records that make loaders relocate it as they relocate the clang-built equivalent.
 *
 * <p>The local types come from the clang objects' own BTF (which vmlinux.h gave them), so these tests need no kernel:
 * every relocation clang wrote into testdata's CO-RE objects is spelled as a {@link CoreRef} and must resolve to the
 * same access string, local type and value; the bundled execsnoop (bpf4j assembly, the one the demo runs) must carry
 * clang's execsnoop relocations and relocate to the same values against a foreign kernel's BTF. The tagged tests ask
 * libbpf and the live kernel.
 */
class AsmCoreObjectTest {

    static Path testdata() {
        return Path.of(System.getProperty("bpf4j.testdata", "../testdata"));
    }

    /** The bundled execsnoop in bpf4j assembly: the source of the bar, kept in one place. */
    static Path execsnoopSource() {
        return testdata().toAbsolutePath().getParent()
                .resolve("cli/src/main/resources/io/github/bpf4j/cli/examples/execsnoop.s");
    }

    static Path clangExecsnoop() {
        return testdata().resolve("build/execsnoop.o");
    }

    /** A BTF that differs from the reference kernel: testdata's old-kernel layouts. */
    static Btf foreignBtf() {
        return BpfObject.read(testdata().resolve("build/btf/old_kernel.o")).btf().orElseThrow();
    }

    @TempDir
    Path dir;

    // ---------------------------------------------------------------------------------------------- every clang relo

    static Stream<String> coreObjects() throws IOException {
        try (Stream<Path> s = Files.list(testdata().resolve("build"))) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".o") && (n.startsWith("core_") || n.startsWith("execsnoop")))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("coreObjects")
    void everyClangRelocationIsSpelledAndResolvedTheSame(String object) {
        Path path = testdata().resolve("build").resolve(object);
        BpfObject clang = BpfObject.read(path);
        Btf btf = clang.btf().orElseThrow();
        ElfFile elf = ElfFile.read(path);
        LocalTypes local = LocalTypes.of(btf);
        int compared = 0;
        for (Map.Entry<String, List<BtfExt.CoreRelo>> e : clang.btfExt().orElseThrow().coreRelos().entrySet()) {
            byte[] code = elf.contents(elf.section(e.getKey()).orElseThrow());
            for (BtfExt.CoreRelo r : e.getValue()) {
                CoreRef ref = spell(btf, r);
                if (ref == null) {
                    continue; // an anonymous or multi-word local type: no name to write
                }
                CoreRef.Kind kind = CoreRef.Kind.values()[r.kind().value()];
                assertThat(ref.kind()).isEqualTo(kind);
                var resolved = local.resolve(ref);
                Btf ours = local.btf();
                assertThat(resolved.accessString()).as("%s: %s", object, ref).isEqualTo(r.accessString());
                assertThat(ours.name(resolved.typeId())).as("%s: %s", object, ref).isEqualTo(btf.name(r.typeId()));
                assertThat(ours.kind(resolved.typeId())).as("%s: %s", object, ref).isEqualTo(btf.kind(r.typeId()));
                if (kind != CoreRef.Kind.TYPE_ID_LOCAL && kind != CoreRef.Kind.TYPE_ID_TARGET) {
                    // type ids are ids of each object's own BTF; every other value is clang's
                    Insn insn = InsnCodec.decodeAt(code, (int) r.insnOff(), code.length, ByteOrder.LITTLE_ENDIAN);
                    assertThat(resolved.localValue()).as("%s: %s", object, ref).isEqualTo(valueIn(insn));
                }
                compared++;
            }
        }
        assertThat(compared).as(object + " has relocations to compare").isPositive();
    }

    /** The value a relocated instruction holds: a load/store offset, an ALU immediate, a 64-bit immediate. */
    static long valueIn(Insn insn) {
        return switch (insn.kind()) {
            case LOAD -> ((io.github.bpf4j.asm.Load) insn).off();
            case STORE_REG -> ((io.github.bpf4j.asm.StoreReg) insn).off();
            case STORE_IMM -> ((io.github.bpf4j.asm.StoreImm) insn).off();
            case ALU -> ((io.github.bpf4j.asm.Alu) insn).imm();
            case LOAD_IMM64 -> ((LoadImm64) insn).value();
            default -> throw new AssertionError("clang relocated " + insn);
        };
    }

    /** The {@link CoreRef} a bpf4j programmer writes for clang's record: type name, path from the indices. */
    static CoreRef spell(Btf btf, BtfExt.CoreRelo r) {
        BtfType t = btf.type(r.typeId());
        String keyword = switch (t.kind()) {
            case STRUCT -> "struct ";
            case UNION -> "union ";
            case ENUM, ENUM64 -> "enum ";
            case TYPEDEF -> "typedef ";
            default -> "";
        };
        if (t.name().isEmpty() || t.name().contains(" ")) {
            return null;
        }
        CoreRef.Kind kind = CoreRef.Kind.values()[r.kind().value()];
        String[] idx = r.accessString().split(":");
        int id = btf.skipModsAndTypedefs(r.typeId());
        if (kind.isType()) {
            return new CoreRef(kind, keyword + t.name(), "");
        }
        if (kind.isEnumerator()) {
            BtfType.Enumeration e = (BtfType.Enumeration) btf.type(id);
            return new CoreRef(kind, keyword + t.name(), e.values().get(Integer.parseInt(idx[0])).name());
        }
        assertThat(idx[0]).as("root index of %s", r).isEqualTo("0");
        StringBuilder path = new StringBuilder();
        for (int i = 1; i < idx.length; i++) {
            int n = Integer.parseInt(idx[i]);
            BtfType cur = btf.type(id);
            if (cur instanceof BtfType.Composite c) {
                BtfType.Member m = c.members().get(n);
                if (!m.name().isEmpty()) {
                    path.append(path.isEmpty() ? "" : ".").append(m.name());
                }
                id = btf.skipModsAndTypedefs(m.type());
            } else {
                path.append('[').append(n).append(']');
                id = btf.skipModsAndTypedefs(((BtfType.Array) cur).type());
            }
        }
        return new CoreRef(kind, keyword + t.name(), path.toString());
    }

    // ---------------------------------------------------------------------------------------------- execsnoop

    /** The bundled execsnoop assembled against {@code source}, written and read back. */
    BpfObject assembleExecsnoop(Btf source) {
        LocalTypes local = LocalTypes.of(source);
        Assembly a = Assembler.assemble(execsnoopSource(), local);
        byte[] elf = ElfWriter.write(RelocatableObject.of(a, local));
        return BpfObject.read(elf, "execsnoop");
    }

    record Relo(String kind, String type, String access) {}

    static List<Relo> relos(BpfObject o) {
        Btf btf = o.btf().orElseThrow();
        List<Relo> out = new ArrayList<>();
        o.btfExt().orElseThrow().coreRelos().values().forEach(list -> list.forEach(r ->
                out.add(new Relo(r.kind().libbpfName(), btf.name(r.typeId()), r.accessString()))));
        return out;
    }

    @Test
    void execsnoopCarriesClangsRelocations() {
        BpfObject clang = BpfObject.read(clangExecsnoop());
        BpfObject ours = assembleExecsnoop(clang.btf().orElseThrow());
        assertThat(relos(ours)).hasSize(3).containsExactlyElementsOf(relos(clang));
        assertThat(ours.program("execsnoop").coreRelos()).hasSize(3);
        assertThat(ours.map("events").type()).isEqualTo(MapType.PERF_EVENT_ARRAY);
        assertThat(ours.map("events").keySize()).isEqualTo(4);
        assertThat(ours.program("execsnoop").funcInfo()).hasSize(1);
        // the local BTF is small, as clang's: the roots in full, what they point to declared ahead
        Btf btf = ours.btf().orElseThrow();
        assertThat(btf.typeCount()).isLessThan(clang.btf().orElseThrow().typeCount());
        assertThat(btf.idsOf(BtfKind.FWD).count()).isPositive();
    }

    @ParameterizedTest(name = "against {0}")
    @MethodSource("targets")
    void execsnoopRelocatesAsClangsDoes(String name) {
        Btf target = name.equals("old_kernel") ? foreignBtf()
                : BpfObject.read(clangExecsnoop()).btf().orElseThrow();
        BpfObject clang = BpfObject.read(clangExecsnoop());
        BpfObject ours = assembleExecsnoop(clang.btf().orElseThrow());
        List<String> theirs = relocate(clang, "handle_execve", target);
        List<String> mine = relocate(ours, "execsnoop", target);
        assertThat(mine).hasSize(3).containsExactlyElementsOf(theirs);
    }

    static Stream<String> targets() {
        return Stream.of("old_kernel", "clang's own BTF");
    }

    /** Each relocation's local spec text (type ids left out), value and poisoning. */
    static List<String> relocate(BpfObject o, String program, Btf target) {
        BpfProgram p = o.program(program);
        List<BtfExt.CoreRelo> relos = o.btfExt().orElseThrow().coreRelos().get(p.sectionName());
        CoreResult r = CoreRelocator.of(o.btf().orElseThrow(), target).relocate(p.insns(), relos);
        return r.outcomes().stream().map(x -> x.local().text().replaceAll("\\[\\d+\\] ", "") + " -> "
                + (x.poisoned() ? "poisoned" : x.origValue() + " -> " + x.newValue())).toList();
    }

    @Test
    void theBuilderWritesTheAssemblersInstructionsAndRelocations() {
        Btf source = BpfObject.read(clangExecsnoop()).btf().orElseThrow();
        Assembly a = Assembler.assemble(execsnoopSource(), LocalTypes.of(source));
        Assembly.Section code = a.section("tracepoint/syscalls/sys_enter_execve").orElseThrow();

        ProgramBuilder b = new ProgramBuilder(LocalTypes.of(source)).mov(Reg.R6, Reg.R1).mov(Reg.R1, 0);
        for (int off = -160; off < 0; off += 8) {
            b.store(Size.DW, Reg.R10, off, Reg.R1);
        }
        b.call(Helper.GET_CURRENT_PID_TGID).rsh(Reg.R0, 32).store(Size.W, Reg.R10, -160, Reg.R0)
                .call(Helper.GET_CURRENT_UID_GID).store(Size.W, Reg.R10, -152, Reg.R0)
                .call(Helper.GET_CURRENT_TASK).mov(Reg.R3, Reg.R0)
                .add(Reg.R3, CoreRef.fieldOffset("task_struct", "real_parent"))
                .mov(Reg.R1, Reg.R10).add(Reg.R1, -8).mov(Reg.R2, 8).call(Helper.PROBE_READ_KERNEL)
                .load(Size.DW, Reg.R3, Reg.R10, -8)
                .alu(AluOp.ADD, Reg.R3, CoreRef.fieldOffset("task_struct", "tgid"))
                .mov(Reg.R1, Reg.R10).add(Reg.R1, -156).mov(Reg.R2, 4).call(Helper.PROBE_READ_KERNEL)
                .mov(Reg.R1, 0).store(Size.DW, Reg.R10, -8, Reg.R1)
                .mov(Reg.R1, Reg.R10).add(Reg.R1, -144).mov(Reg.R2, 16).call(Helper.GET_CURRENT_COMM)
                .load(Size.DW, Reg.R3, Reg.R6, CoreRef.fieldOffset("trace_event_raw_sys_enter", "args[0]"))
                .mov(Reg.R1, Reg.R10).add(Reg.R1, -128).mov(Reg.R2, 128).call(Helper.PROBE_READ_USER_STR)
                .mov(Reg.R1, Reg.R6).loadMap(Reg.R2, "events").ldImm64(Reg.R3, 0xffffffffL)
                .mov(Reg.R4, Reg.R10).add(Reg.R4, -160).mov(Reg.R5, 160).call(Helper.PERF_EVENT_OUTPUT)
                .mov(Reg.R0, 0).exit();
        BuiltProgram built = b.build();
        // the builder marks its map load (a MAP reference); the assembler's is a plain load with an ELF relocation
        List<Insn> insns = built.insns().stream().map(i -> i instanceof LoadImm64 ld && ld.pseudo() == Pseudo.MAP_FD
                ? LoadImm64.of(ld.dst(), 0) : i).toList();
        assertThat(insns).containsExactlyElementsOf(code.instructions());
        assertThat(built.references()).extracting(r -> r.symbol()).containsExactly("events");
        assertThat(built.coreRelocations()).containsExactlyElementsOf(a.coreRelocations().get(code.name()));
    }

    @Test
    void anObjectWithItsOwnBtfAndCoreReferencesIsRefused() {
        Btf source = BpfObject.read(clangExecsnoop()).btf().orElseThrow();
        LocalTypes local = LocalTypes.of(source);
        Assembly a = Assembler.assemble("\t.section\t\".BTF\",\"\",@progbits\n\t.byte 0\n"
                + "\t.section\t\"kprobe/x\",\"ax\",@progbits\n\tr1 = core(task_struct, pid)\n\texit\n", "x.s", local);
        assertThatThrownBy(() -> RelocatableObject.of(a, local)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("its own .BTF section");
    }

    @Test
    void anUnknownMemberIsAnErrorAtItsLine() {
        LocalTypes local = LocalTypes.of(BpfObject.read(clangExecsnoop()).btf().orElseThrow());
        assertThatThrownBy(() -> Assembler.assemble("\t.section\t\"kprobe/x\",\"ax\",@progbits\n"
                + "\tr1 = 0\n\tr1 += core(task_struct, real_parnet)\n", "x.s", local))
                .isInstanceOf(AsmSyntaxException.class)
                .hasMessageStartingWith("x.s:3:8: ")
                .hasMessageContaining("struct task_struct has no member 'real_parnet'");
    }

    // ---------------------------------------------------------------------------------------------- the references

    /**
     * libbpf 1.1 relocates our object exactly as it relocates clang's execsnoop.o: {@code loadlog --no-load} against
     * the foreign old-kernel BTF, every relocation's decision and patched value compared.
     */
    @Test
    @Tag("tool")
    void libbpfRelocatesOurObjectAsClangs() throws IOException, InterruptedException {
        Path loadlog = testdata().resolve("build/tools/loadlog");
        assumeTrue(Files.isExecutable(loadlog), "testdata's loadlog is not built (run testdata/build-tools.sh; "
                + "Debian packages gcc, libbpf-dev)");
        assumeTrue(isRoot(), "loadlog creates the objects' maps even with --no-load: needs root (or CAP_BPF)");
        Path ours = dir.resolve("execsnoop.o");
        Files.write(ours, assembleExecsnoop(BpfObject.read(clangExecsnoop()).btf().orElseThrow()).write());
        Path btf = testdata().resolve("build/btf/old_kernel.o");
        for (Path target : List.of(btf, Path.of("/sys/kernel/btf/vmlinux"))) {
            if (!Files.isReadable(target)) {
                continue;
            }
            List<String> mine = libbpf(loadlog, ours, "execsnoop", target);
            List<String> theirs = libbpf(loadlog, clangExecsnoop(), "handle_execve", target);
            assertThat(mine).as("against " + target).hasSize(3).containsExactlyElementsOf(theirs);
        }
    }

    private static final Pattern PATCHED = Pattern.compile("relo #(\\d+): (patched insn #\\d+ \\(\\S+\\) \\S+ "
            + "(\\d+) -> (\\d+)|substituting insn #\\d+ w/ invalid insn)");

    /** libbpf's decision per relocation: "#i imm A -> B" or "#i poisoned" (instruction numbers differ). */
    List<String> libbpf(Path loadlog, Path object, String program, Path target)
            throws IOException, InterruptedException {
        Path out = dir.resolve(program + "-" + target.getFileName());
        Process p = new ProcessBuilder(loadlog.toString(), "obj", object.toString(), out.toString(), "--no-load",
                "--btf", target.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(log).isZero();
        assertThat(Files.readString(out.resolve(program + ".result")).strip()).isEqualTo("relocated");
        List<String> decisions = new ArrayList<>();
        Matcher m = PATCHED.matcher(Files.readString(out.resolve(program + ".libbpf")));
        while (m.find()) {
            decisions.add("#" + m.group(1) + (m.group(3) == null ? " poisoned" : " " + m.group(3) + " -> "
                    + m.group(4)));
        }
        return decisions;
    }

    /** The kernel loads the object bpftool-style ({@code bpftool prog loadall}), CO-RE applied by libbpf. */
    @Test
    @Tag("kernel")
    void bpftoolLoadsOurObjectOnThisKernel() throws IOException, InterruptedException {
        assumeTrue(isRoot(), "loading needs root (or CAP_BPF + CAP_PERFMON)");
        assumeTrue(Files.isReadable(Btf.VMLINUX), "kernel BTF /sys/kernel/btf/vmlinux is not readable");
        assumeTrue(Files.isDirectory(Path.of("/sys/fs/bpf")), "bpffs is not mounted at /sys/fs/bpf");
        Path ours = dir.resolve("execsnoop.o");
        Files.write(ours, assembleExecsnoop(Btf.read(Btf.VMLINUX)).write());
        Path pin = Path.of("/sys/fs/bpf/bpf4j-asm-core-" + ProcessHandle.current().pid());
        Process p;
        try {
            p = new ProcessBuilder("bpftool", "prog", "loadall", ours.toString(), pin.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.<Void>abort("bpftool is not installed (Debian package bpftool)");
            return;
        }
        try {
            String log = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(log).isZero();
            assertThat(pin.resolve("execsnoop")).exists();
        } finally {
            if (Files.isDirectory(pin)) {
                try (Stream<Path> s = Files.list(pin)) {
                    for (Path f : s.toList()) {
                        Files.deleteIfExists(f);
                    }
                }
                Files.deleteIfExists(pin);
            }
        }
    }

    static boolean isRoot() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("Uid:")) {
                return line.split("\\s+")[2].equals("0");
            }
        }
        return false;
    }
}
