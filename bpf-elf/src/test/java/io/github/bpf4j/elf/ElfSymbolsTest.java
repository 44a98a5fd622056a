package io.github.bpf4j.elf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Uprobe file offsets against the numbers binutils and LLVM print: {@code nm} for symbol addresses,
 * {@code llvm-readelf -l} for PT_LOAD segments, {@code objdump -h} for the .text address and offset.
 */
@Tag("tool")
class ElfSymbolsTest {

    private static final Path LIBC = Path.of("/lib/x86_64-linux-gnu/libc.so.6");
    private static final String SOURCE = """
            #include <stdio.h>
            __attribute__((noinline)) int target_fn(int x) { return x * 3 + 1; }
            static __attribute__((noinline, used)) int local_fn(int x) { return x - 1; }
            int global_counter = 5;
            __asm__(".globl zero_fn\\n.type zero_fn,@function\\nzero_fn: ret\\n");
            int main(int argc, char **argv) { printf("%d\\n", target_fn(argc) + local_fn(argc)); return 0; }
            """;

    @BeforeAll
    static void tools() {
        assumeTrue(TestObjects.has("nm"), "needs nm (Debian package binutils)");
        assumeTrue(TestObjects.has("objdump"), "needs objdump (Debian package binutils)");
        assumeTrue(TestObjects.has("llvm-readelf-19"), "needs llvm-readelf-19 (Debian package llvm-19)");
    }

    /** The file offset the tools give: address via nm, mapped through readelf's PT_LOAD, checked by .text. */
    private static long toolOffset(Path binary, String symbol, boolean dynamic) {
        TestObjects.Run nm = dynamic ? TestObjects.run("nm", "-D", binary.toString())
                : TestObjects.run("nm", binary.toString());
        Matcher m = Pattern.compile("(?m)^([0-9a-f]+) [TtWi] " + Pattern.quote(symbol) + "(@@\\S+)?$")
                .matcher(nm.output());
        assertThat(m.find()).as(nm.output()).isTrue();
        long address = Long.parseUnsignedLong(m.group(1), 16);
        TestObjects.Run phdrs = TestObjects.run("llvm-readelf-19", "-l", binary.toString());
        Matcher load = Pattern.compile("LOAD\\s+0x([0-9a-f]+) 0x([0-9a-f]+) 0x[0-9a-f]+ 0x([0-9a-f]+)")
                .matcher(phdrs.output());
        Long bySegment = null;
        while (load.find()) {
            long off = Long.parseLong(load.group(1), 16);
            long vaddr = Long.parseLong(load.group(2), 16);
            long filesz = Long.parseLong(load.group(3), 16);
            if (address >= vaddr && address < vaddr + filesz) {
                bySegment = address - vaddr + off;
            }
        }
        assertThat(bySegment).as(phdrs.output()).isNotNull();
        TestObjects.Run sections = TestObjects.run("objdump", "-h", binary.toString());
        Matcher text = Pattern.compile("\\.text\\s+[0-9a-f]+\\s+([0-9a-f]+)\\s+[0-9a-f]+\\s+([0-9a-f]+)")
                .matcher(sections.output());
        assertThat(text.find()).isTrue();
        long textAddr = Long.parseLong(text.group(1), 16);
        long textOff = Long.parseLong(text.group(2), 16);
        assertThat(address - textAddr + textOff).isEqualTo(bySegment);
        return bySegment;
    }

    @ParameterizedTest(name = "libc {0}")
    @ValueSource(strings = {"malloc", "free", "getpid"})
    void libcFunctions(String symbol) {
        assumeTrue(Files.exists(LIBC), "needs " + LIBC + " (x86-64 glibc)");
        assertThat(ElfSymbols.fileOffset(LIBC, symbol)).isEqualTo(toolOffset(LIBC, symbol, true));
    }

    @Test
    void bash() {
        Path bash = Path.of("/bin/bash");
        assumeTrue(Files.exists(bash), "needs /bin/bash");
        assertThat(ElfSymbols.fileOffset(bash, "readline")).isEqualTo(toolOffset(bash, "readline", true));
    }

    private static Path compile(Path dir, String... flags) throws IOException {
        assumeTrue(TestObjects.has("gcc"), "needs gcc");
        Path src = dir.resolve("target.c");
        Files.writeString(src, SOURCE);
        Path out = dir.resolve("target" + String.join("", flags).replace("-", "_"));
        java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of("gcc", "-O1", "-o", out.toString(),
                src.toString()));
        cmd.addAll(java.util.List.of(flags));
        TestObjects.Run run = TestObjects.run(cmd.toArray(String[]::new));
        assertThat(run.status()).as(run.output()).isZero();
        return out;
    }

    @ParameterizedTest(name = "gcc {0}")
    @ValueSource(strings = {"-pie", "-no-pie"})
    void gccBuiltProgram(String pie, @TempDir Path dir) throws IOException {
        Path bin = compile(dir, pie);
        assertThat(ElfSymbols.fileOffset(bin, "target_fn")).isEqualTo(toolOffset(bin, "target_fn", false));
        assertThat(ElfSymbols.fileOffset(bin, "local_fn")).isEqualTo(toolOffset(bin, "local_fn", false));
        // The bytes at that offset are the function's code as objdump shows it.
        ElfFile elf = ElfFile.read(bin);
        ElfSymbol sym = ElfSymbols.find(elf, "target_fn");
        byte[] file = Files.readAllBytes(bin);
        long off = ElfSymbols.fileOffset(elf, "target_fn");
        TestObjects.Run dis = TestObjects.run("objdump", "-d", "--start-address=0x" + Long.toHexString(sym.value()),
                "--stop-address=0x" + Long.toHexString(sym.value() + 4), bin.toString());
        Matcher first = Pattern.compile("(?m)^\\s*[0-9a-f]+:\\s+((?:[0-9a-f]{2} )+)").matcher(dis.output());
        assertThat(first.find()).as(dis.output()).isTrue();
        String[] hex = first.group(1).trim().split(" ");
        for (int i = 0; i < hex.length; i++) {
            assertThat(file[(int) off + i] & 0xff).isEqualTo(Integer.parseInt(hex[i], 16));
        }
    }

    @Test
    void clearErrors(@TempDir Path dir) throws IOException {
        Path bin = compile(dir, "-pie");
        assertThatThrownBy(() -> ElfSymbols.fileOffset(bin, "target_fm"))
                .isInstanceOf(ElfSymbols.SymbolException.class)
                .hasMessageContaining("no symbol target_fm").hasMessageContaining("similar: target_fn");
        assertThatThrownBy(() -> ElfSymbols.fileOffset(bin, "printf"))
                .isInstanceOf(ElfSymbols.SymbolException.class).hasMessageContaining("undefined here");
        assertThatThrownBy(() -> ElfSymbols.fileOffset(bin, "global_counter"))
                .isInstanceOf(ElfSymbols.SymbolException.class).hasMessageContaining("is OBJECT, not a function");
        assertThatThrownBy(() -> ElfSymbols.fileOffset(bin, "zero_fn"))
                .isInstanceOf(ElfSymbols.SymbolException.class).hasMessageContaining("has size 0");
        assumeTrue(Files.exists(LIBC), "needs " + LIBC);
        assertThatThrownBy(() -> ElfSymbols.fileOffset(LIBC, "mallocc"))
                .hasMessageContaining("similar: malloc");
        assertThatThrownBy(() -> ElfSymbols.fileOffset(LIBC, "stdout")).hasMessageContaining("not a function");
    }
}
