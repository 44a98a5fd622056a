package io.github.bpf4j.btf.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.bpf4j.btf.Btf;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential test against libbpf 1.1 on the committed captures: every CO-RE relocation of every testdata object
 * (testdata/captures/OBJ/, made by loadlog on one kernel), applied by us against the running kernel's BTF, must give
 * libbpf's instruction, specs and poisoning (see {@link CaptureComparison} for exactly what is compared).
 *
 * <p>Captures named {@code OBJ@BTF} were relocated against the .BTF of testdata/build/btf/BTF.o and run anywhere.
 * The others belong to the kernel they were made on; on another kernel its BTF gives other offsets, and they are
 * skipped by an assumption naming both versions ({@link CoreForeignBtfTest} covers any kernel).
 */
@Tag("kernel")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoreCapturesTest {

    private Path testdata;
    private final java.util.Map<String, CaptureComparison> comparisons = new java.util.TreeMap<>();
    private String kernelMismatch;

    static Path testdataDir() {
        return Path.of(System.getProperty("bpf4j.testdata", "../testdata"));
    }

    /**
     * Capture directories whose object exists: {@code core_signed.v4} belongs to build/core_signed.v4.o and was
     * relocated against the kernel's BTF; {@code core_flavor@old_kernel} belongs to build/core_flavor.o relocated
     * against the .BTF of build/btf/old_kernel.o.
     */
    Stream<String> objects() throws IOException {
        Path captures = testdataDir().resolve("captures");
        if (!Files.isDirectory(captures)) {
            return Stream.of();
        }
        try (Stream<Path> s = Files.list(captures)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> Files.isRegularFile(testdataDir().resolve("build").resolve(objectOf(n) + ".o")))
                    .sorted().toList().stream();
        }
    }

    private static String objectOf(String capture) {
        int at = capture.indexOf('@');
        return at < 0 ? capture : capture.substring(0, at);
    }

    @BeforeAll
    void checkKernel() throws IOException {
        testdata = testdataDir();
        int captured = capturedKernelVersionCode();
        int running = runningKernelVersionCode();
        if (!Files.isReadable(Btf.VMLINUX)) {
            kernelMismatch = "kernel BTF /sys/kernel/btf/vmlinux is not readable";
        } else if (captured == 0 || running != captured) {
            kernelMismatch = "captures were made on kernel " + versionText(captured) + ", the running kernel is "
                    + versionText(running) + ": its BTF gives other relocations";
        }
    }

    @AfterAll
    void summary() {
        comparisons.forEach((target, c) -> {
            System.out.println("CO-RE vs libbpf captures, target " + target + ": " + c.counts());
            c.different.forEach(d -> System.out.println("  " + d));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("objects")
    void relocationsEqualLibbpf(String capture) throws IOException {
        int at = capture.indexOf('@');
        String target = at < 0 ? "vmlinux" : capture.substring(at + 1);
        if (at < 0) {
            assumeTrue(kernelMismatch == null, kernelMismatch);
        }
        CaptureComparison comparison = comparisons.get(target);
        if (comparison == null) {
            Btf btf = at < 0 ? Btf.read(Btf.VMLINUX) : Btf.read(TinyElf.read(Files.readAllBytes(
                    testdata.resolve("build/btf").resolve(target + ".o"))).section(".BTF"));
            comparison = new CaptureComparison(btf);
            comparisons.put(target, comparison);
        }
        Path obj = testdata.resolve("build").resolve(objectOf(capture) + ".o");
        assertThat(comparison.compareObject(obj, testdata.resolve("captures").resolve(capture))).as(capture)
                .isEmpty();
    }

    private int capturedKernelVersionCode() throws IOException {
        Path captures = testdata.resolve("captures");
        if (!Files.isDirectory(captures)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(captures, 2)) {
            for (Path p : s.filter(x -> x.toString().endsWith(".attr")).sorted().toList()) {
                String v = CaptureComparison.readAttr(p).get("kern_version");
                if (v != null) {
                    return Integer.parseInt(v.trim());
                }
            }
        }
        return 0;
    }

    /** LINUX_VERSION_CODE of the running kernel, from /proc/sys/kernel/osrelease (e.g. 6.18.44-...). */
    private static int runningKernelVersionCode() throws IOException {
        Path rel = Path.of("/proc/sys/kernel/osrelease");
        if (!Files.isReadable(rel)) {
            return -1;
        }
        Matcher m = Pattern.compile("^(\\d+)\\.(\\d+)(?:\\.(\\d+))?").matcher(Files.readString(rel).trim());
        if (!m.find()) {
            return -1;
        }
        int sub = m.group(3) == null ? 0 : Math.min(255, Integer.parseInt(m.group(3)));
        return (Integer.parseInt(m.group(1)) << 16) | (Integer.parseInt(m.group(2)) << 8) | sub;
    }

    private static String versionText(int code) {
        return code < 0 ? "unknown" : (code >> 16) + "." + ((code >> 8) & 0xff) + "." + (code & 0xff);
    }
}
