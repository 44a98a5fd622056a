package io.github.bpf4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command's contract: what it prints and its exit codes (0 success, 1 a negative answer, 2 bad input). */
class CommandLineTest {

    @TempDir
    Path dir;

    private static final Path TESTDATA = Path.of(System.getProperty("bpf4j.testdata", "../testdata"));

    /** The exit code, standard output and standard error of one run. */
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void versionNamesTheProject() {
        Run r = run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("bpf4j ");
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : new String[] {"asm", "disasm", "btf", "verify", "demo", "run", "features"}) {
            Run r = run(cmd, "--help");
            assertThat(r.code()).as(cmd).isZero();
            assertThat(r.out()).as(cmd).contains("Usage: bpf4j " + cmd);
        }
    }

    @Test
    void unknownOptionIsUsageError() {
        Run r = run("disasm", "--nope", "x.bin");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--nope'");
    }

    @Test
    void asmThenDisasmRoundTrips() throws IOException {
        Path s = dir.resolve("p.s");
        Files.writeString(s, "r0 = 1\nif r0 > 5 goto +1\nr0 += 2\nexit\n");
        Path bin = dir.resolve("p.bin");
        Run a = run("asm", s.toString(), "-o", bin.toString());
        assertThat(a.code()).as(a.err()).isZero();
        assertThat(Files.size(bin)).isEqualTo(32);
        Run d = run("disasm", bin.toString());
        assertThat(d.code()).isZero();
        assertThat(d.out()).isEqualTo("0: (b7) r0 = 1\n1: (25) if r0 > 0x5 goto pc+1\n2: (07) r0 += 2\n3: (95) exit\n");
        Run plain = run("disasm", "--style", "llvm", "--plain", bin.toString());
        Path again = dir.resolve("again.s");
        Files.writeString(again, plain.out());
        Path bin2 = dir.resolve("again.bin");
        assertThat(run("asm", again.toString(), "-o", bin2.toString()).code()).isZero();
        assertThat(Files.readAllBytes(bin2)).isEqualTo(Files.readAllBytes(bin));
    }

    @Test
    void syntaxErrorSaysFileLineColumnAndExits2() throws IOException {
        Path s = dir.resolve("bad.s");
        Files.writeString(s, "r0 = 1\n  r11 = 2\nexit\n");
        Run r = run("asm", s.toString(), "-o", dir.resolve("bad.bin").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith(s + ":2:3: ");
        assertThat(Files.exists(dir.resolve("bad.bin"))).isFalse();
    }

    @Test
    void missingInputExits2() {
        Run r = run("disasm", dir.resolve("none.bin").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("bpf4j: " + dir.resolve("none.bin") + ": no such file\n");
    }

    @Test
    void partialInstructionExits2WithByteOffset() throws IOException {
        Path bin = dir.resolve("odd.bin");
        Files.write(bin, new byte[12]);
        Run r = run("disasm", bin.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("12 bytes").contains("byte offset 8");
    }

    @Test
    void asmWritesAnObjectThatDisassembles() throws IOException {
        Path s = dir.resolve("obj.s");
        Files.writeString(s, "\t.set\tRET, 7\n\t.section\t\"socket\",\"ax\",@progbits\n\t.globl\tprog\nprog:\n"
                + "\tr0 = RET\n\texit\n");
        Path o = dir.resolve("obj.o");
        Run a = run("asm", s.toString(), "-o", o.toString());
        assertThat(a.code()).as(a.err()).isZero();
        Run d = run("disasm", o.toString(), "--section", "socket");
        assertThat(d.code()).as(d.err()).isZero();
        assertThat(d.out()).isEqualTo("section socket:\nprog:\n0: (b7) r0 = 7\n1: (95) exit\n");
    }

    /** The bundled execsnoop, CO-RE references resolved against clang's BTF, written and relocated back. */
    @Test
    void asmWritesCoreRelocationsThatCoreReadsBack() throws IOException {
        Path s = dir.resolve("execsnoop.s");
        Files.writeString(s, ExampleSource.bundled("examples/execsnoop.s"));
        Path btf = TESTDATA.resolve("build/execsnoop.o"); // an ELF object's .BTF, as libbpf's btf_custom_path takes
        Path o = dir.resolve("execsnoop.o");
        Run a = run("asm", s.toString(), "-o", o.toString(), "--btf", btf.toString());
        assertThat(a.code()).as(a.err()).isZero();
        Run c = run("core", o.toString(), "--btf", writeRawBtf(btf).toString());
        assertThat(c.code()).as(c.err()).isZero();
        assertThat(c.out()).contains("struct task_struct.real_parent (0:95 @ offset 1280)")
                .contains("struct task_struct.tgid (0:93 @ offset 1268)")
                .contains("struct trace_event_raw_sys_enter.args[0] (0:2:0 @ offset 16)")
                .contains("3 relocations, 0 poisoned");
    }

    private Path writeRawBtf(Path object) throws IOException {
        Path raw = dir.resolve("raw.btf");
        Files.write(raw, io.github.bpf4j.elf.BpfObject.read(object).btfBytes().orElseThrow());
        return raw;
    }

    @Test
    void asmWithoutTheBtfItNeedsSaysWhereAndExits2() throws IOException {
        Path s = dir.resolve("core.s");
        Files.writeString(s, "\t.section\t\"kprobe/x\",\"ax\",@progbits\n\tr1 = core(task_struct, pid)\n\texit\n");
        Path none = dir.resolve("none.btf");
        Run r = run("asm", s.toString(), "-o", dir.resolve("core.o").toString(), "--btf", none.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith(s + ":2:7: core(task_struct, pid): no BTF to resolve it against: " + none
                + ": no such file (give one with --btf FILE)");
        // a file without CO-RE references never reads the BTF
        Files.writeString(s, "\tr0 = 0\n\texit\n");
        assertThat(run("asm", s.toString(), "-o", dir.resolve("plain.o").toString(), "--btf", none.toString())
                .code()).isZero();
    }

    @Test
    void verifyAcceptsAndRejectsWithExitCodes() throws IOException {
        Path ok = dir.resolve("ok.s");
        Files.writeString(ok, "r0 = 0\nexit\n");
        Run a = run("verify", "--type", "socket_filter", ok.toString());
        assertThat(a.code()).as(a.out() + a.err()).isZero();
        assertThat(a.out()).contains("accept");
        Path bad = dir.resolve("bad.s");
        Files.writeString(bad, "exit\n");
        Run r = run("verify", "--type", "socket_filter", "--json", bad.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("{\"object\": \"" + bad + "\", \"program\": \"bad.s\", \"verdict\": \"reject\","
                + " \"insn\": 0, \"message\": \"R0 !read_ok\", \"errno\": \"EACCES\", \"processed\": 1}\n");
    }

    @Test
    void verifyReadsTestdataObjects() {
        Path o = TESTDATA.resolve("build/execsnoop.o");
        assumeTrue(Files.exists(o), "testdata/build/execsnoop.o is missing");
        Run r = run("verify", o.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"program\": \"handle_execve\", \"verdict\": \"accept\"");
    }

    /** An input the simulator cannot take (not an object) is reported, the others are still verified, exit 2. */
    @Test
    void verifyGoesOnPastAnInputItCannotSimulate() throws IOException {
        Path bad = dir.resolve("notes.o");
        Files.writeString(bad, "not an ELF object\n");
        Path ok = TESTDATA.resolve("build/xdp_counter.o");
        assumeTrue(Files.exists(ok), "testdata/build objects are missing");
        Run r = run("verify", bad.toString(), ok.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("bpf4j: " + bad + " is not an ELF object")
                .contains("1 of 2 inputs could not be simulated");
        assertThat(r.out()).contains(ok.toString()).doesNotContain(bad.toString());
    }

    /**
     * A map of maps (tc_classifier.o's buckets, an array of array maps): the inner map template comes from the
     * BTF-defined values, and the lookup's null check gives the inner map pointer the program looks up through.
     */
    @Test
    void verifySimulatesMapsOfMaps() {
        Path o = TESTDATA.resolve("build/tc_classifier.o");
        assumeTrue(Files.exists(o), "testdata/build/tc_classifier.o is missing");
        Run r = run("verify", o.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("classify: accept (processed 107 insns)");
    }

    /**
     * A typed __ksym (multi_prog.o's per-CPU runqueues) resolved against a given kernel BTF: with --btf the target is
     * not this machine, and kallsyms is taken to be a kernel's without CONFIG_KALLSYMS_ALL, which finds no variable.
     */
    @Test
    void verifyResolvesTypedKsymsAgainstTheTargetBtf() {
        Path o = TESTDATA.resolve("build/multi_prog.o");
        Path vmlinux = Path.of("/sys/kernel/btf/vmlinux");
        assumeTrue(Files.exists(o), "testdata/build/multi_prog.o is missing");
        assumeTrue(Files.isReadable(vmlinux), "no kernel BTF at /sys/kernel/btf/vmlinux (CONFIG_DEBUG_INFO_BTF)");
        Run r = run("verify", "--program", "rq_running", "--btf", vmlinux.toString(), o.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("rq_running: reject: ldimm64 failed to find the address for kernel symbol "
                + "'runqueues'. (ENOENT) (processed 0 insns)");
    }

    @Test
    void btfOffsetOfOnThisKernel() {
        Path vmlinux = Path.of("/sys/kernel/btf/vmlinux");
        assumeTrue(Files.exists(vmlinux), "no kernel BTF at /sys/kernel/btf/vmlinux (CONFIG_DEBUG_INFO_BTF)");
        Run r = run("btf", "offsetof", "socket.sk");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("24\n");
        Run bad = run("btf", "offsetof", "socket.nosuch");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).startsWith("bpf4j: ");
    }

    @Test
    void btfRawDumpOfThisKernel() throws IOException {
        Path vmlinux = Path.of("/sys/kernel/btf/vmlinux");
        assumeTrue(Files.exists(vmlinux), "no kernel BTF at /sys/kernel/btf/vmlinux (CONFIG_DEBUG_INFO_BTF)");
        Run r = run("btf", "dump", "--format", "raw");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("[1] ").contains("\n[2] ")
                .isEqualTo(io.github.bpf4j.btf.dump.BtfRawDump.write(io.github.bpf4j.btf.Btf.read(vmlinux)));
        assertThat(run("btf", "dump", "--format", "yaml").code()).isEqualTo(2);
    }

    @Test
    void btfCommandsReadAnObjectsBtfSection() {
        Path o = TESTDATA.resolve("build/execsnoop.o");
        Run dump = run("btf", "dump", "--format", "raw", "--btf", o.toString());
        assertThat(dump.code()).as(dump.err()).isZero();
        assertThat(dump.out()).isEqualTo(io.github.bpf4j.btf.dump.BtfRawDump.write(
                io.github.bpf4j.elf.BpfObject.read(o).btf().orElseThrow()));
        Run offset = run("btf", "offsetof", "task_struct.tgid", "--btf", o.toString());
        assertThat(offset.code()).as(offset.err()).isZero();
        Run noBtf = run("btf", "dump", "--format", "raw", "--btf", TESTDATA.resolve("build/tools/loadlog").toString());
        assertThat(noBtf.code()).isEqualTo(2);
        assertThat(noBtf.err()).contains("is an ELF file without a .BTF section");
    }

    /** A helper the simulator does not model: no prediction, said so (text and JSON), exit 1. */
    @Test
    void whatIsNotSimulatedIsNotCalledARejection() throws IOException {
        Path s = dir.resolve("spin.s");
        Files.writeString(s, "r1 = 0\nr2 = 0\nr3 = 0\nr4 = 0\nr5 = 0\ncall 93\nr0 = 0\nexit\n");
        Run text = run("verify", "--type", "socket_filter", s.toString());
        assertThat(text.code()).isEqualTo(1);
        assertThat(text.out()).contains(": cannot predict at insn 5: helper bpf_spin_lock#93 is not simulated")
                .doesNotContain("reject").doesNotContain("EINVAL");
        Run json = run("verify", "--json", "--type", "socket_filter", s.toString());
        assertThat(json.out()).contains("\"verdict\": \"unknown\"");
    }

    /** A member whose name is past the string section: refused with its place when the layout decodes it. */
    @Test
    void btfWithAMalformedMemberIsBadInput() throws IOException {
        var b = io.github.bpf4j.btf.Btf.builder();
        int i32 = b.addInt("int", 4, io.github.bpf4j.btf.BtfType.IntEncoding.SIGNED);
        b.addStruct("s", 4, java.util.List.of(io.github.bpf4j.btf.BtfType.Member.of("m", i32, 0)));
        byte[] raw = b.build().write();
        // header (24), INT (12 + 4), STRUCT (12), then the member's name_off
        java.nio.ByteBuffer.wrap(raw).order(java.nio.ByteOrder.nativeOrder()).putInt(24 + 16 + 12, 0x7fff_0000);
        Path f = dir.resolve("bad.btf");
        Files.write(f, raw);
        Run r = run("btf", "struct", "s", "--btf", f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("bpf4j: ").doesNotContain("internal error").contains("offset");
    }

    @Test
    void coreListsAndAppliesRelocations() throws IOException {
        Path vmlinux = Path.of("/sys/kernel/btf/vmlinux");
        assumeTrue(Files.exists(vmlinux), "no kernel BTF at /sys/kernel/btf/vmlinux (CONFIG_DEBUG_INFO_BTF)");
        Path o = TESTDATA.resolve("build/core_flavor.o");
        assumeTrue(Files.exists(o), "testdata/build/core_flavor.o is missing");
        Path out = dir.resolve("relocated.o");
        Run r = run("core", o.toString(), "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("struct task_struct___old.state").contains("poisoned")
                .contains("struct task_struct___mine.pid (0:0 @ offset 0), target <byte_off> [")
                .endsWith("5 relocations, 1 poisoned\n");
        Run d = run("disasm", out.toString());
        assertThat(d.code()).isZero();
        assertThat(d.out()).contains("(85) call unknown#195896080");
    }

    @Test
    @org.junit.jupiter.api.Tag("kernel")
    void verifyAgainstTheKernelReportsAgreement() throws IOException {
        assumeTrue("root".equals(System.getProperty("user.name")), "loading programs needs root (or CAP_BPF)");
        Path ok = dir.resolve("ok.s");
        Files.writeString(ok, "r0 = 0\nexit\n");
        Path bad = dir.resolve("bad.s");
        Files.writeString(bad, "r0 = 0\nr0 = *(u32 *)(r0 + 0)\nexit\n");
        Run r = run("verify", "--against-kernel", "--type", "socket_filter", ok.toString(), bad.toString());
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("ok.s: simulator and kernel agree: accept")
                .contains("bad.s: simulator and kernel agree: reject at insn 1: R0 invalid mem access 'scalar' (EACCES)");
    }
}
