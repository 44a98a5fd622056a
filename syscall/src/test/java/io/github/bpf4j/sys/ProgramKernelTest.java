package io.github.bpf4j.sys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.bpf4j.asm.Alu;
import io.github.bpf4j.asm.AluOp;
import io.github.bpf4j.asm.Exit;
import io.github.bpf4j.asm.Goto;
import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.Load;
import io.github.bpf4j.asm.Reg;
import io.github.bpf4j.asm.Size;
import io.github.bpf4j.elf.AttachType;
import io.github.bpf4j.elf.MapType;
import io.github.bpf4j.elf.ProgType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Tag("kernel")
class ProgramKernelTest {

    @BeforeEach
    void kernel() {
        KernelSupport.assumeBpf();
    }

    @Test
    void loadsAndTestRuns() {
        try (Program p = Program.load(ProgramSpec.of("ret42", ProgType.SOCKET_FILTER, Progs.ret(42)),
                LoadOptions.defaults().withLogLevel(1))) {
            assertThat(p.outcome().accepted()).isTrue();
            assertThat(p.outcome().processed()).isEqualTo(2);
            TestRunResult r = p.testRun(TestRun.ofData(new byte[64]).withRepeat(10));
            assertThat(r.retval()).isEqualTo(42);
            assertThat(r.dataOut()).hasSize(64);
            ProgInfo info = p.info();
            assertThat(info.type()).isEqualTo(ProgType.SOCKET_FILTER);
            assertThat(info.name()).isEqualTo("ret42");
            assertThat(info.verifiedInsns()).isEqualTo(2);
            assertThat(info.tag()).hasSize(16);
        }
    }

    @Test
    void rawTracepointTestRunTakesAContext() {
        // r0 = ((u64 *)ctx)[1] + ((u64 *)ctx)[0]
        List<Insn> insns = List.of(Load.of(Size.DW, Reg.R0, Reg.R1, 8), Load.of(Size.DW, Reg.R2, Reg.R1, 0),
                Alu.reg(true, AluOp.ADD, Reg.R0, Reg.R2), Exit.INSTANCE);
        byte[] ctx = java.nio.ByteBuffer.allocate(16).order(java.nio.ByteOrder.nativeOrder()).putLong(40).putLong(2)
                .array();
        try (Program p = Program.load(ProgramSpec.of("raw_ctx", ProgType.RAW_TRACEPOINT, insns))) {
            TestRunResult r = p.testRun(TestRun.ofCtx(ctx));
            assertThat(r.retval()).isEqualTo(42);
            assertThat(r.dataOut()).isEmpty();
        }
    }

    @Test
    void xdpTestRunReturnsTheAction() {
        try (Program p = Program.load(ProgramSpec.of("xdp_pass", ProgType.XDP, Progs.ret(2)))) {
            assertThat(p.testRun(TestRun.ofData(new byte[64])).retval()).isEqualTo(2);
            BpfException e = assertThrows(BpfException.class, () -> p.testRun(TestRun.ofData(new byte[4])));
            assertThat(e.errno()).isEqualTo(Errno.EINVAL);
            assertThat(e.getMessage()).contains("BPF_PROG_TEST_RUN failed with EINVAL");
        }
    }

    static Stream<Arguments> rejections() {
        return Stream.of(
                Arguments.of(Named.of("exit without r0", List.<Insn>of(Exit.INSTANCE)), 0, "R0 !read_ok"),
                Arguments.of(Named.of("load through a scalar", List.<Insn>of(Progs.mov(Reg.R1, 0),
                        Load.of(Size.DW, Reg.R0, Reg.R1, 0), Exit.INSTANCE)), 1, "R1 invalid mem access 'scalar'"),
                Arguments.of(Named.of("stack read out of bounds", List.<Insn>of(
                        Load.of(Size.DW, Reg.R0, Reg.R10, 8), Exit.INSTANCE)), 0,
                        "invalid read from stack R10 off=8 size=8"),
                Arguments.of(Named.of("jump out of range", List.<Insn>of(Goto.of(5), Progs.mov(Reg.R0, 0),
                        Exit.INSTANCE)), 0, "jump out of range from insn 0 to 6"),
                Arguments.of(Named.of("division of pointer", List.<Insn>of(Progs.movReg(Reg.R0, Reg.R10),
                        Alu.imm(true, AluOp.DIV, Reg.R0, 2), Exit.INSTANCE)), 1,
                        "R0 pointer arithmetic with /= operator prohibited"));
    }

    @ParameterizedTest
    @MethodSource("rejections")
    void rejectionNamesTheInstructionAndMessage(List<Insn> insns, int insn, String message) {
        ProgramLoadException e = assertThrows(ProgramLoadException.class,
                () -> Program.load(ProgramSpec.of("bad", ProgType.SOCKET_FILTER, insns)));
        assertThat(e.errno()).isIn(Errno.EACCES, Errno.EINVAL);
        assertThat(e.insn()).isEqualTo(insn);
        assertThat(e.log()).isNotBlank();
        // The message is the log's text after the failing instruction's line, up to "processed".
        String expected = expectedMessage(e.log());
        assertThat(e.verifierMessage()).isEqualTo(expected);
        if (message != null) {
            assertThat(e.verifierMessage()).isEqualTo(message);
        }
        assertThat(e.getMessage()).contains("insn " + insn, e.verifierMessage());
        assertThat(e.outcome().accepted()).isFalse();
        assertThat(e.outcome().errno()).isEqualTo(e.errno().symbol());
    }

    /** An independent reading of the log: the non-empty lines after the last "N: (xx)" line, before "processed". */
    static String expectedMessage(String log) {
        String[] lines = log.split("\n");
        int end = lines.length;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("processed ")) {
                end = i;
                break;
            }
        }
        int last = -1;
        Pattern insn = Pattern.compile("^\\d+: \\([0-9a-f]{2}\\)");
        for (int i = 0; i < end; i++) {
            if (insn.matcher(lines[i]).find()) {
                last = i;
            }
        }
        List<String> msg = new ArrayList<>();
        for (int i = last + 1; i < end; i++) {
            if (!lines[i].isBlank() && !lines[i].matches("^\\d+: .*") && !lines[i].startsWith("func#")) {
                msg.add(lines[i].strip());
            }
        }
        if (last < 0 && msg.size() > 1) {
            return msg.get(msg.size() - 1);
        }
        return String.join("\n", msg);
    }

    @Test
    void logGrowsWhenTheBufferIsTooSmall() {
        // 300 instructions logged at level 2 need far more than 128 bytes.
        List<Insn> insns = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            insns.add(Progs.mov(Reg.R0, i));
        }
        insns.add(Exit.INSTANCE);
        try (Program p = Program.load(ProgramSpec.of("long_log", ProgType.SOCKET_FILTER, insns),
                LoadOptions.defaults().withLogLevel(2).withLogSize(128, 1 << 24))) {
            assertThat(p.verifierLog()).contains("299: (b7) r0 = 299").contains("processed 301 insns");
        }
        ProgramLoadException e = assertThrows(ProgramLoadException.class, () -> Program.load(
                ProgramSpec.of("long_log", ProgType.SOCKET_FILTER, insns),
                LoadOptions.defaults().withLogLevel(2).withLogSize(128, 256)));
        assertThat(e.errno()).isEqualTo(Errno.ENOSPC);
        assertThat(e.getMessage()).contains("maxLogSize");
    }

    @Test
    void typeMismatchIsExplained() {
        ProgramLoadException e = assertThrows(ProgramLoadException.class, () -> Program.load(
                ProgramSpec.of("xdp_attach", ProgType.XDP, Progs.ret(0)).withAttach(AttachType.TRACE_FENTRY, 1)));
        assertThat(e.errno()).isEqualTo(Errno.EINVAL);
        assertThat(e.getMessage()).contains("BPF_PROG_LOAD failed with EINVAL");
    }

    @Test
    void fentryIsRefusedWithThePreciseReason() {
        int id = KernelTypes.function("do_nanosleep");
        BpfException e = assertThrows(BpfException.class, () -> Program.load(
                ProgramSpec.of("fentry", ProgType.TRACING, Progs.ret(0)).withAttach(AttachType.TRACE_FENTRY, id)));
        org.junit.jupiter.api.Assumptions.assumeTrue(e instanceof FeatureUnavailableException,
                "this kernel loads fentry programs: " + e.getMessage());
        assertThat(e.errno()).isEqualTo(Errno.EPERM);
        assertThat(e.getMessage()).contains("fentry/fexit", "EPERM with an empty verifier log");
        assertThat(e.getCause()).isInstanceOf(ProgramLoadException.class);
        assertThat(((ProgramLoadException) e.getCause()).log()).isEmpty();
    }

    @Test
    void tpBtfLoadsAndAttaches() {
        int id = KernelTypes.tracepoint("sched_process_exec");
        try (Program p = Program.load(ProgramSpec.of("tp_btf", ProgType.TRACING, Progs.ret(0))
                .withAttach(AttachType.TRACE_RAW_TP, id));
             Link l = p.attachTracing()) {
            assertThat(l.kind()).isEqualTo(Link.Kind.TRACING);
            assertThat(l.linkFd()).isPositive();
        }
        BpfException e = assertThrows(BpfException.class, () -> KernelTypes.tracepoint("sched_process_exex"));
        assertThat(e.getMessage()).contains("sched_process_exec");
    }

    @Test
    void rawTracepointAttachesByName() {
        try (Program p = Program.load(ProgramSpec.of("raw_tp", ProgType.RAW_TRACEPOINT, Progs.ret(0)));
             Link l = p.attachRawTracepoint("sched_switch")) {
            assertThat(l.kind()).isEqualTo(Link.Kind.RAW_TRACEPOINT);
            BpfException e = assertThrows(BpfException.class, () -> p.attachRawTracepoint("sched_swich"));
            assertThat(e.errno()).isEqualTo(Errno.ENOENT);
            assertThat(e.getMessage()).contains("sched_switch");
        }
    }

    @Test
    void pinnedProgramOpensAgain() throws Exception {
        KernelSupport.assumeBpffs();
        java.nio.file.Path pin = java.nio.file.Path.of("/sys/fs/bpf/bpf4j_prog_" + ProcessHandle.current().pid());
        try (Program p = Program.load(ProgramSpec.of("pinned_prog", ProgType.SOCKET_FILTER, Progs.ret(7)))) {
            p.pin(pin);
            try (Program q = Program.open(pin)) {
                assertThat(q.type()).isEqualTo(ProgType.SOCKET_FILTER);
                assertThat(q.info().id()).isEqualTo(p.info().id());
                assertThat(q.testRun(TestRun.ofData(new byte[64])).retval()).isEqualTo(7);
            }
        } finally {
            java.nio.file.Files.deleteIfExists(pin);
        }
    }

    /** Raw BTF with one type: [1] INT "int" size 4, signed, 32 bits. */
    static byte[] intBtf() {
        byte[] strings = "\0int\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(24 + 16 + strings.length)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0xeb9f).put((byte) 1).put((byte) 0).putInt(24);
        b.putInt(0).putInt(16).putInt(16).putInt(strings.length);
        b.putInt(1).putInt(1 << 24).putInt(4).putInt((1 << 24) | 32); // name "int", kind INT, size 4, SIGNED, 32 bits
        b.put(strings);
        return b.array();
    }

    @Test
    void btfLoadsAndTypesAMap() {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.ByteOrder.nativeOrder()
                == java.nio.ByteOrder.LITTLE_ENDIAN, "the hand-made BTF is little-endian");
        try (LoadedBtf btf = LoadedBtf.load(intBtf());
             BpfMap m = BpfMap.create(MapSpec.of("typed", MapType.HASH, 4, 4, 4).withBtfTypes(1, 1), btf)) {
            assertThat(btf.fd()).isPositive();
            assertThat(m.info().btfId()).isPositive();
        }
    }

    @Test
    void btfLoadFailureCarriesTheLog() {
        byte[] bad = new byte[24];
        bad[0] = (byte) 0x9f;
        bad[1] = (byte) 0xeb;
        bad[2] = 1;
        bad[4] = 24;
        BpfException e = assertThrows(BpfException.class, () -> LoadedBtf.load(bad));
        assertThat(e.command()).isEqualTo("BTF_LOAD");
        assertThat(e.getMessage()).contains("BPF_BTF_LOAD failed with");
    }

}
