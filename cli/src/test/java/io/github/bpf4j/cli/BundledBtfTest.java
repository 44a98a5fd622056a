package io.github.bpf4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.bpf4j.asm.text.Assembler;
import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.BtfWriter;
import io.github.bpf4j.btf.core.CoreOutcome;
import io.github.bpf4j.btf.core.LocalTypes;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Example#BUNDLED_BTF}: the kernel types the CO-RE examples name, which let the offline demo run on a machine
 * without kernel BTF. {@code mvn -pl cli test -Dtest=BundledBtfTest -Dbpf4j.regenerate=true} rewrites the file from
 * the running kernel.
 */
class BundledBtfTest {

    static final Path SOURCE = Path.of("src/main/resources/io/github/bpf4j/cli", Example.BUNDLED_BTF);

    /** The local types LocalTypes copies from {@code kernel} for every CO-RE reference of the bundled examples. */
    static byte[] generate(Btf kernel) {
        LocalTypes local = LocalTypes.of(kernel);
        for (Example e : Example.values()) {
            if (e.usesCore()) {
                String text = ExampleSource.bundled(e.resource());
                Assembler.assemble(ExampleSource.substitute(text, ExampleSource.defaults(text)), e.resource(), local);
            }
        }
        return new BtfWriter(local.btf()).write(ByteOrder.LITTLE_ENDIAN);
    }

    static List<Long> offsets(Example e, Btf target) {
        return ExampleSource.of(e.resource(), Map.of(), target).core().stream().map(CoreOutcome::newValue).toList();
    }

    @Test
    void givesTheCoreExamplesTheOffsetsClangsTypesOfThisKernelGive() {
        Btf bundled = Example.bundledBtf();
        for (Example e : Example.values()) {
            if (e.usesCore()) {
                assertThat(offsets(e, bundled)).as(e.exampleName()).isNotEmpty()
                        .isEqualTo(offsets(e, ExampleSourceTest.clangBtf()));
            }
        }
    }

    @Test
    void demoFallsBackToTheBundledTypesWithoutKernelBtf() {
        DemoCommand.Target t = DemoCommand.target(null, Path.of("/nonexistent/vmlinux"));
        assertThat(t.live()).isFalse();
        assertThat(t.what()).contains("the types of Linux " + Example.BUNDLED_BTF_RELEASE + " bundled")
                .contains("/nonexistent/vmlinux is absent");
        assertThat(offsets(Example.EXECSNOOP, t.btf())).isEqualTo(offsets(Example.EXECSNOOP, Example.bundledBtf()));
    }

    @Test
    void demoTakesAnExplicitBtfFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("types.btf");
        Files.write(file, ExampleSource.bundledBytes(Example.BUNDLED_BTF));
        CommandLineTest.Run r = CommandLineTest.run("demo", "--offline", "--btf", file.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<Long> o = offsets(Example.EXECSNOOP, Example.bundledBtf());
        assertThat(r.out()).contains("  offsets     task_struct.real_parent " + o.get(0) + ", task_struct.tgid "
                + o.get(1) + ", trace_event_raw_sys_enter.args[0] " + o.get(2) + " (CO-RE relocations of the "
                + "object, applied against " + file + " as libbpf does)");
    }

    @Test
    @Tag("kernel")
    void isWhatTheRecordingKernelGives() throws IOException {
        assumeTrue(Files.isReadable(Example.VMLINUX), "no kernel BTF (CONFIG_DEBUG_INFO_BTF)");
        String release = Files.readString(Path.of("/proc/sys/kernel/osrelease")).strip();
        assumeTrue(release.equals(Example.BUNDLED_BTF_RELEASE), "the bundled types come from Linux "
                + Example.BUNDLED_BTF_RELEASE + ", this kernel is " + release);
        byte[] fresh = generate(Btf.read(Example.VMLINUX));
        if (Boolean.getBoolean("bpf4j.regenerate")) {
            Files.write(SOURCE, fresh);
        }
        assertThat(Arrays.equals(fresh, ExampleSource.bundledBytes(Example.BUNDLED_BTF)))
                .as("%s is stale: regenerate it (see this class's comment)", SOURCE).isTrue();
    }
}
