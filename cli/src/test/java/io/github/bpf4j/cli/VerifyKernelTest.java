package io.github.bpf4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.bpf4j.asm.Alu;
import io.github.bpf4j.asm.AluOp;
import io.github.bpf4j.asm.Exit;
import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.JmpOp;
import io.github.bpf4j.asm.Jump;
import io.github.bpf4j.asm.Load;
import io.github.bpf4j.asm.Reg;
import io.github.bpf4j.asm.Size;
import io.github.bpf4j.asm.text.Assembler;
import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.BtfBuilder;
import io.github.bpf4j.btf.BtfType;
import io.github.bpf4j.btf.BtfWriter;
import io.github.bpf4j.elf.BpfObject;
import io.github.bpf4j.elf.BpfProgram;
import io.github.bpf4j.sys.LoadOptions;
import io.github.bpf4j.sys.LoadedBtf;
import io.github.bpf4j.sys.Program;
import io.github.bpf4j.sys.ProgramLoadException;
import io.github.bpf4j.sys.ProgramSpec;
import io.github.bpf4j.verifier.KernelProfile;
import io.github.bpf4j.verifier.MapDef;
import io.github.bpf4j.verifier.MapType;
import io.github.bpf4j.verifier.ProgType;
import io.github.bpf4j.verifier.ProgramInput;
import io.github.bpf4j.verifier.ProgramInput.LineInfo;
import io.github.bpf4j.verifier.Verdict;
import io.github.bpf4j.verifier.Verifier;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code bpf4j verify} against the live kernel: every program of the clang-built objects in testdata/build gets
 * the verdict, message, instruction and processed count of a real load (CO-RE applied against this kernel's BTF),
 * global functions and callbacks included; and a program with line_info gets the kernel's level-1
 * log line for line, source lines included.
 */
@Tag("kernel")
class VerifyKernelTest {

    private static final Path BUILD = Path.of(System.getProperty("bpf4j.testdata", "../testdata")).resolve("build");

    @BeforeAll
    static void assumeBpf() {
        assumeTrue(ExampleRun.privilegeProblem().isEmpty(), "loading programs needs CAP_BPF + CAP_PERFMON or root: "
                + ExampleRun.privilegeProblem().orElse(""));
        assumeTrue(Files.isReadable(Path.of("/sys/kernel/btf/vmlinux")),
                "the kernel has no BTF at /sys/kernel/btf/vmlinux (CONFIG_DEBUG_INFO_BTF), which CO-RE needs");
    }

    static Stream<Arguments> objectPrograms() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(BUILD)) {
            for (Path o : s.filter(p -> p.toString().endsWith(".o")).sorted().toList()) {
                for (BpfProgram p : BpfObject.read(o).programs()) {
                    out.add(Arguments.of(o.getFileName() + " " + p.name(), o, p.name()));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("objectPrograms")
    void objectProgramMatchesTheLiveLoad(String name, Path object, String program) {
        CommandLineTest.Run r = CommandLineTest.run("verify", "--against-kernel", "--program", program,
                object.toString());
        assumeTrue(!r.out().contains("fentry/fexit/fmod_ret/lsm programs are not available"),
                "this kernel refuses BPF trampoline programs (fentry/fexit) at load: " + r.out().strip());
        assertThat(r.out()).as(r.err()).contains(": simulator and kernel agree: ");
        assertThat(r.code()).isZero();
        // the walk itself agrees too: frozen .rodata constants prune the same dead branches (sockfilter.o's
        // min_len/snap_len, multi_prog.o on_exit's tag)
        Matcher m = PROCESSED.matcher(r.out());
        assertThat(m.find()).as(r.out()).isTrue();
        Verdict k = KernelCheck.loadObject(BpfObject.read(object), program);
        assertThat(Integer.valueOf(m.group(1))).as("processed insns, simulator vs kernel").isEqualTo(k.processed());
    }

    /** A raw program with a map of maps: the live load gets the inner map template as loadlog gives it. */
    @Test
    void rawMapOfMapsMatchesTheLiveLoad() {
        Path bin = BUILD.resolveSibling("verifier/corpus/mim_outer_no_null_check.bin");
        CommandLineTest.Run r = CommandLineTest.run("verify", "--against-kernel", "--type", "socket_filter", "--map",
                "array_of_maps:4:4:8(inner=array:4:8:1)", bin.toString());
        assertThat(r.out()).as(r.err()).contains("simulator and kernel agree: reject at insn 10: "
                + "R1 type=map_value_or_null expected=map_ptr (EACCES)");
        assertThat(r.code()).isZero();
    }

    private static final Pattern PROCESSED = Pattern.compile("\\(processed (\\d+) insns\\)");

    /**
     * A socket filter with line_info: the fall-through path prints lines 12-14, the branch to insn 5 is taken after
     * the first path ends (the level-1 log is cut back to the branch), and insn 5's record names line 14 again, which
     * the kernel still remembers as the last line printed, so it does not print it. Leading blanks are trimmed and
     * only the file's base name is printed.
     */
    static final List<Insn> LINES_PROGRAM = List.of(
            Load.of(Size.W, Reg.of(2), Reg.of(1), 0),
            Alu.imm(true, AluOp.MOV, Reg.of(0), 0),
            Jump.imm(true, JmpOp.JGT, Reg.of(2), 5, 2),
            Alu.imm(true, AluOp.MOV, Reg.of(0), 1),
            Exit.INSTANCE,
            Load.of(Size.W, Reg.of(0), Reg.of(1), 76),
            Exit.INSTANCE);

    static final List<LineInfo> LINES = List.of(
            new LineInfo(0, "src/lines.c", "\tint len = skb->len;", 10, 2),
            new LineInfo(1, "src/lines.c", "  int r = 0;", 11, 6),
            new LineInfo(2, "src/lines.c", "if (len > 5)", 12, 6),
            new LineInfo(3, "/build/dir/src/lines.c", "r = 1;", 13, 3),
            new LineInfo(4, "src/lines.c", "return r;", 14, 2),
            new LineInfo(5, "src/lines.c", "return r + skb->cb[7];", 14, 9));

    @Test
    void lineInfoLogIsTheKernels() {
        ProgramInput input = new ProgramInput(LINES_PROGRAM, ProgType.SOCKET_FILTER, null, List.of())
                .withExtInfo(LINES, List.of(new ProgramInput.FuncInfo(0, 3, "lines")));
        Verdict sim = Verifier.forKernel(KernelProfile.linux618()).verify(input);

        // the same records for the kernel: BTF with the program's function and the strings the records name
        BtfBuilder b = Btf.builder();
        int intType = b.addInt("int", 4, BtfType.IntEncoding.SIGNED);
        int proto = b.addFuncProto(intType, List.of());
        int func = b.addFunc("lines", proto, BtfType.Linkage.GLOBAL);
        BtfWriter w = new BtfWriter(b.build());
        ByteBuffer line = ByteBuffer.allocate(16 * LINES.size()).order(ByteOrder.nativeOrder());
        for (LineInfo li : LINES) {
            line.putInt(li.insn()).putInt(w.string(li.fileName())).putInt(w.string(li.line()))
                    .putInt(li.lineNum() << 10 | li.column());
        }
        byte[] funcInfo = ByteBuffer.allocate(8).order(ByteOrder.nativeOrder()).putInt(0).putInt(func).array();
        String kernelLog;
        try (LoadedBtf btf = LoadedBtf.load(w.write(ByteOrder.nativeOrder()))) {
            ProgramSpec spec = ProgramSpec.of("lines", io.github.bpf4j.elf.ProgType.SOCKET_FILTER, LINES_PROGRAM)
                    .withBtfExt(funcInfo, 8, line.array(), 16);
            try (Program p = Program.load(spec, LoadOptions.defaults().withLogLevel(1).withProgBtf(btf))) {
                throw new AssertionError("the kernel accepted a program that reads past __sk_buff: " + p.outcome());
            } catch (ProgramLoadException e) {
                kernelLog = e.log();
            }
        }
        assertThat(kernelLog).contains("; if (len > 5) @ lines.c:12\n");
        assertThat(sim.log()).isEqualTo(kernelLog);
        assertThat(sim.verdict()).isEqualTo(Verdict.fromLog("EACCES", kernelLog).verdict());
    }

    /**
     * Socket filters branching on constants read from a frozen read-only array, as {@code .rodata} is: the kernel
     * (maps written and frozen by {@link KernelCheck#load}) and the simulator walk the same paths. In {@code BRANCH}
     * only the value 5 at offset 0 and the byte 0xff read sign-extended as -1 avoid the read of the uninitialized
     * r9; {@code LOOKUP} reaches the direct read through a lookup, which arrays of more than one element refuse.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("frozenCases")
    void frozenReadOnlyConstantsMatchTheLiveLoad(String name, String program, MapDef map) {
        ProgramInput input = new ProgramInput(Assembler.assembleInstructions(program), ProgType.SOCKET_FILTER, null,
                List.of(map));
        Verdict sim = Verifier.forKernel(KernelProfile.linux618()).verify(input);
        Verdict kernel = KernelCheck.load("frozen", input);
        assertThat(sim.verdict()).as(sim.log() + "\nkernel:\n" + kernel.log()).isEqualTo(kernel.verdict());
        assertThat(sim.processed()).isEqualTo(kernel.processed());
    }

    private static final String BRANCH = """
            	ld_pseudo r1, 2, 0
            	r2 = *(u32 *)(r1 + 0)
            	if r2 == 5 goto +2
            	r0 = *(u8 *)(r9 + 0)
            	exit
            	r3 = *(%s *)(r1 + 4)
            	if r3 != -1 goto -4
            	r0 = 0
            	exit
            """;

    private static final String LOOKUP = """
            	r1 = 0
            	*(u32 *)(r10 - 4) = r1
            	r2 = r10
            	r2 += -4
            	ld_pseudo r1, 1, 0
            	call 1
            	if r0 == 0 goto +3
            	r0 = *(u32 *)(r0 + 0)
            	if r0 == 5 goto +1
            	r0 = *(u8 *)(r9 + 0)
            	exit
            """;

    static Stream<Arguments> frozenCases() {
        byte[] five = {5, 0, 0, 0, (byte) 0xff, 0, 0, 0};
        byte[] six = {6, 0, 0, 0, (byte) 0xff, 0, 0, 0};
        String s8 = BRANCH.formatted("s8");
        return Stream.of(
                Arguments.of("frozen, s8 load: accepted", s8, MapDef.frozenReadOnly(MapType.ARRAY, 4, 8, 1, 0, five)),
                Arguments.of("frozen, u8 load reads 255", BRANCH.formatted("u8"),
                        MapDef.frozenReadOnly(MapType.ARRAY, 4, 8, 1, 0, five)),
                Arguments.of("frozen, first value 6", s8, MapDef.frozenReadOnly(MapType.ARRAY, 4, 8, 1, 0, six)),
                Arguments.of("read-only, not frozen", s8, new MapDef(MapType.ARRAY, 4, 8, 1, MapDef.F_RDONLY_PROG)),
                Arguments.of("writable", s8, new MapDef(MapType.ARRAY, 4, 8, 1, 0)),
                Arguments.of("lookup, one element", LOOKUP, MapDef.frozenReadOnly(MapType.ARRAY, 4, 8, 1, 0, five)),
                Arguments.of("lookup, two elements", LOOKUP, MapDef.frozenReadOnly(MapType.ARRAY, 4, 8, 2, 0, five)));
    }
}
