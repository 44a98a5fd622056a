package io.github.bpf4j.elf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One crafted hostile input per rejection path of {@link ElfFile} and {@link BpfObject}: each asserts the exception
 * type, the section it names, the byte offset and a message fragment. The inputs are mutations of small real
 * objects (legacy.o for the ELF layer, linked.o for the BPF layer).
 */
class HostileElfTest {

    /** A mutable view of an object file. */
    static final class Bytes {
        byte[] b;
        ByteBuffer buf;
        final ElfFile elf;

        Bytes(byte[] b) {
            this.b = b;
            this.buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
            this.elf = ElfFile.read(b);
        }

        long shoff() {
            return buf.getLong(40);
        }

        int shdr(int i) {
            return (int) (shoff() + 64L * i);
        }

        int shdr(String name) {
            return shdr(sec(name).index());
        }

        ElfSection sec(String name) {
            return elf.section(name).orElseThrow();
        }

        int sym(String name) {
            ElfSection symtab = sec(".symtab");
            for (ElfSymbol s : elf.symbols()) {
                if (s.name().equals(name)) {
                    return (int) (symtab.offset() + 24L * s.index());
                }
            }
            throw new IllegalArgumentException(name);
        }

        /** Appends {@code n} zero bytes and returns their offset. */
        int append(int n) {
            int at = b.length;
            b = Arrays.copyOf(b, b.length + n);
            buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
            return at;
        }
    }

    record Case(String name, String file, Consumer<Bytes> mutate, boolean object, String section,
            ToLongFunction<Bytes> offset, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case elf(String name, Consumer<Bytes> m, String section, ToLongFunction<Bytes> off, String msg) {
        return new Case(name, "legacy.o", m, false, section, off, msg);
    }

    private static Case obj(String name, Consumer<Bytes> m, String section, ToLongFunction<Bytes> off, String msg) {
        return new Case(name, "linked.o", m, true, section, off, msg);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
            elf("shorter than the identification", b -> b.b = Arrays.copyOf(b.b, 10), "ELF header", x -> 0,
                    "too short"),
            elf("bad magic", b -> b.b[1] = 'X', "ELF header", x -> 0, "bad magic"),
            elf("32-bit class", b -> b.b[4] = 1, "ELF header", x -> 4, "ELFCLASS64"),
            elf("unknown data encoding", b -> b.b[5] = 3, "ELF header", x -> 5, "EI_DATA 3"),
            elf("truncated header", b -> b.b = Arrays.copyOf(b.b, 40), "ELF header", x -> 0, "needs 64 bytes"),
            elf("section headers but no table offset", b -> b.buf.putLong(40, 0), "ELF header", x -> 40,
                    "e_shoff is 0"),
            elf("wrong section header size", b -> b.buf.putShort(58, (short) 40), "ELF header", x -> 58,
                    "e_shentsize 40"),
            elf("section count beyond the file", b -> b.buf.putShort(60, (short) 0x7fff), "section headers",
                    Bytes::shoff, "do not fit"),
            elf("section beyond the file", b -> b.buf.putLong(b.shdr("maps") + 32, 1L << 40), "section headers",
                    x -> x.shdr("maps") + 24, "outside the file"),
            elf("section offset overflows", b -> b.buf.putLong(b.shdr("maps") + 24, -16), "section headers",
                    x -> x.shdr("maps") + 24, "outside the file"),
            elf("link beyond the sections", b -> b.buf.putInt(b.shdr(".relsocket") + 40, 500), "section headers",
                    x -> x.shdr(".relsocket") + 40, "links to section 500"),
            elf("name table index out of range", b -> b.buf.putShort(62, (short) 99), "ELF header", x -> 62,
                    "e_shstrndx 99"),
            elf("name table escape past the sections", b -> {
                b.buf.putShort(62, (short) 0xffff);
                b.buf.putInt(b.shdr(0) + 40, 0xa1000000);
            }, "section headers", x -> x.shdr(0) + 40, "section 0's sh_link 2701131776 is not a section index"),
            elf("name table not a string table", b -> b.buf.putShort(62, (short) 3), "section headers",
                    x -> x.shdr(3) + 4, "not SHT_STRTAB"),
            elf("section name offset out of range", b -> b.buf.putInt(b.shdr("maps"), 100000), ".shstrtab",
                    x -> x.sec(".strtab").offset(), "string offset 100000"),
            elf("unterminated section name", b -> {
                ElfSection st = b.sec(".strtab");
                b.b[(int) (st.offset() + st.size() - 1)] = 'x';
                b.buf.putInt(b.shdr(1), (int) st.size() - 1);
            }, ".shstrtab", x -> x.sec(".strtab").offset() + x.sec(".strtab").size() - 1, "runs past the end"),
            elf("overlapping sections", b -> b.buf.putLong(b.shdr("license") + 24, b.sec("maps").offset() + 8),
                    "license", x -> x.sec("maps").offset() + 8, "overlaps section 5"),
            elf("section over the ELF header", b -> b.buf.putLong(b.shdr("license") + 24, 8), "license", x -> 8,
                    "overlaps the ELF header"),
            elf("section over the section header table", b -> b.buf.putLong(b.shdr("license") + 24, b.shoff()),
                    "license", Bytes::shoff, "overlaps the section header table"),
            elf("wrong program header size", b -> {
                b.buf.putShort(56, (short) 1);
                b.buf.putShort(54, (short) 32);
            }, "ELF header", x -> 54, "e_phentsize 32"),
            elf("program headers beyond the file", b -> {
                b.buf.putLong(32, b.b.length - 8);
                b.buf.putShort(56, (short) 3);
                b.buf.putShort(54, (short) 56);
            }, "program headers", x -> x.b.length - 8, "do not fit"),
            elf("loadable segment beyond the file", b -> {
                int ph = b.append(56);
                b.buf.putLong(32, ph);
                b.buf.putShort(56, (short) 1);
                b.buf.putShort(54, (short) 56);
                b.buf.putInt(ph, ProgramHeader.LOAD);
                b.buf.putLong(ph + 8, 64);
                b.buf.putLong(ph + 32, 1L << 33);
                b.buf.putLong(ph + 40, 1L << 33);
            }, "program headers", x -> x.b.length + 8, "PT_LOAD segment 0"),
            elf("loadable segment larger in file than in memory", b -> {
                int ph = b.append(56);
                b.buf.putLong(32, ph);
                b.buf.putShort(56, (short) 1);
                b.buf.putShort(54, (short) 56);
                b.buf.putInt(ph, ProgramHeader.LOAD);
                b.buf.putLong(ph + 32, 64);
                b.buf.putLong(ph + 40, 16);
            }, "program headers", x -> x.b.length + 32, "larger than p_memsz"),
            elf("two symbol tables", b -> b.buf.putInt(b.shdr(".debug_frame") + 4, ElfSection.SYMTAB), ".symtab",
                    x -> x.sec(".symtab").offset(), "a second symbol table"),
            elf("symbol size not 24", b -> b.buf.putLong(b.shdr(".symtab") + 56, 16), ".symtab",
                    x -> x.shdr(".symtab") + 56, "sh_entsize 16"),
            elf("symbol table size not whole", b -> b.buf.putLong(b.shdr(".symtab") + 32,
                    b.sec(".symtab").size() - 5), ".symtab", x -> x.sec(".symtab").offset(), "whole number"),
            elf("symbol strings not a string table", b -> b.buf.putInt(b.shdr(".symtab") + 40, 3), ".symtab",
                    x -> x.shdr(".symtab") + 40, "not a string table"),
            elf("symbol in a section that does not exist", b -> b.buf.putShort(b.sym("legacy_hash") + 6,
                    (short) 300), ".symtab", x -> x.sym("legacy_hash") + 6, "refers to section 300"),
            elf("symbol with extended section index", b -> b.buf.putShort(b.sym("legacy_hash") + 6, (short) -1),
                    ".symtab", x -> x.sym("legacy_hash") + 6, "SHN_XINDEX"),
            elf("symbol name out of range", b -> b.buf.putInt(b.sym("legacy_hash"), 1 << 20), ".symtab",
                    x -> x.sym("legacy_hash"), "string offset 1048576"),
            elf("relocation size not 16", b -> b.buf.putLong(b.shdr(".relsocket") + 56, 24), ".relsocket",
                    x -> x.shdr(".relsocket") + 56, "sh_entsize 24"),
            elf("relocation table size not whole", b -> b.buf.putLong(b.shdr(".relsocket") + 32, 20), ".relsocket",
                    x -> x.sec(".relsocket").offset(), "whole number"),
            elf("relocation symbols not a symbol table", b -> b.buf.putInt(b.shdr(".relsocket") + 40, 3),
                    ".relsocket", x -> x.shdr(".relsocket") + 40, "not a symbol table"),
            elf("relocated section out of range", b -> b.buf.putInt(b.shdr(".relsocket") + 44, 77), ".relsocket",
                    x -> x.shdr(".relsocket") + 44, "sh_info 77"),
            elf("relocation symbol out of range", b -> b.buf.putInt((int) b.sec(".relsocket").offset() + 12, 9999),
                    ".relsocket", x -> x.sec(".relsocket").offset() + 8, "symbol 9999"),
            elf("relocation outside its section", b -> b.buf.putLong((int) b.sec(".relsocket").offset(), 0x1000),
                    ".relsocket", x -> x.sec(".relsocket").offset(), "lies outside section 3"),
            obj("not a BPF machine", b -> b.buf.putShort(18, (short) 62), "ELF header", x -> 16,
                    "not a BPF relocatable object"),
            obj("no symbol table", b -> b.buf.putInt(b.shdr(".symtab") + 4, ElfSection.DYNSYM), "ELF header",
                    x -> -1, "stripped"),
            obj("program crossing its section", b -> b.buf.putLong(b.sym("xdp_pass") + 16, 64), "xdp",
                    x -> x.sym("xdp_pass"), "crosses the section boundary"),
            obj("program of odd size", b -> b.buf.putLong(b.sym("xdp_pass") + 16, 12), "xdp",
                    x -> x.sym("xdp_pass"), "corrupted program xdp_pass"),
            obj("static program outside .text", b -> b.b[b.sym("xdp_pass") + 4] = (byte) ElfSymbol.FUNC, "xdp",
                    x -> x.sym("xdp_pass"), "is static"),
            obj("relocation of an instruction that is neither a call nor a 64-bit load", b -> {
                ElfSection rel = b.sec(".relsocket");
                b.buf.putLong((int) rel.offset(), 0);
            }, ".relsocket", x -> x.sec(".relsocket").offset(), "invalid relo against 'global_helper'"),
            obj("relocation inside an instruction", b -> b.buf.putLong((int) b.sec(".relsocket").offset(), 12),
                    ".relsocket", x -> x.sec(".relsocket").offset(), "invalid offset 0xc"),
            obj("call into a data section", b -> {
                ElfSection rel = b.sec(".relsocket");
                int symIdx = b.elf.symbols().stream().filter(s -> s.name().equals("data_var")).findFirst()
                        .orElseThrow().index();
                b.buf.putInt((int) rel.offset() + 12, symIdx);
            }, ".relsocket", x -> x.sec(".relsocket").offset(), "bad call relo against 'data_var'"),
            obj("map reference to a symbol that is no map", b -> {
                ElfSection rel = b.sec(".reltp/syscalls/sys_enter_getppid");
                int symIdx = b.elf.symbols().stream().filter(s -> s.name().equals("LICENSE")).findFirst()
                        .orElseThrow().index();
                b.buf.putInt((int) rel.offset() + 12, symIdx);
            }, ".reltp/syscalls/sys_enter_getppid", x -> x.sec(".reltp/syscalls/sys_enter_getppid").offset(),
                    "bad map relo against 'LICENSE' in section 'license'"),
            obj("kernel version of wrong size", b -> {
                int nameOff = (int) b.sec(".strtab").offset() + b.buf.getInt(b.shdr("license"));
                System.arraycopy("version".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, b.b, nameOff, 7);
            }, "version", x -> x.sec("license").offset(), "invalid kernel version section"),
            obj(".maps without .BTF", b -> {
                int nameOff = (int) b.sec(".strtab").offset() + b.buf.getInt(b.shdr(".BTF"));
                b.b[nameOff + 1] = 'X';
            }, ".maps", x -> x.sec(".maps").offset(), ".maps needs .BTF"),
            obj("map with an unknown field", b -> {
                ElfSection btf = b.sec(".BTF");
                byte[] d = Arrays.copyOfRange(b.b, (int) btf.offset(), (int) (btf.offset() + btf.size()));
                String s = new String(d, java.nio.charset.StandardCharsets.ISO_8859_1);
                int at = s.indexOf("\0max_entries\0");
                b.b[(int) btf.offset() + at + 1] = 'n';
            }, ".maps", x -> x.sec(".maps").offset(), "unknown field 'nax_entries'"),
            obj("BTF.ext with bad magic", b -> b.b[(int) b.sec(".BTF.ext").offset()] = 0, ".BTF.ext",
                    x -> x.sec(".BTF.ext").offset(), "bad magic")
        ).map(c -> Arguments.of(c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejects(Case c) throws IOException {
        byte[] original = Files.readAllBytes(TestObjects.own(c.file()));
        Bytes b = new Bytes(original.clone());
        long expectedOffset = c.offset().applyAsLong(b);
        c.mutate().accept(b);
        byte[] input = b.b;
        assertThatThrownBy(() -> {
            if (c.object()) {
                BpfObject.read(input, "linked");
            } else {
                ElfFile.read(input);
            }
        }).isInstanceOfSatisfying(ElfFormatException.class, e -> {
            assertThat(e.section()).as(e.getMessage()).isEqualTo(c.section());
            assertThat(e.byteOffset()).as(e.getMessage()).isEqualTo(expectedOffset);
            assertThat(e.getMessage()).contains(c.message());
        });
    }
}
