package io.github.bpf4j.btf.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.TestInputs;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OffsetOfTest {
    private static final Btf OBJECT = Btf.read(TestInputs.layoutsBtf());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            holes.l              | 64  | 0
            holes.point.y        | 320 | 0
            holes.as_int         | 256 | 0
            holes.as_bytes[2]    | 272 | 0
            holes.in.flags       | 240 | 0
            holes.bits_b         | 195 | 4
            holes.wide           | 199 | 20
            holes.tail[5]        | 584 | 0
            aligned_one.b        | 512 | 0
            number.p.b           | 8   | 0
            """)
    void resolvesPaths(String path, long bitOffset, int bitfieldSize) {
        FieldOffset off = OffsetOf.of(OBJECT, path);
        assertThat(off.bitOffset()).isEqualTo(bitOffset);
        assertThat(off.bitfieldSize()).isEqualTo(bitfieldSize);
        assertThat(off.byteOffset()).isEqualTo(bitOffset / 8);
    }

    @Test
    void leafTypeIsTheDeclaredType() {
        FieldOffset off = OffsetOf.of(OBJECT, "holes.in");
        assertThat(OBJECT.typeName(off.typeId())).isEqualTo("struct inner");
        assertThat(OffsetOf.of(OBJECT, "holes").bitOffset()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            nope.x               | no struct, union or typedef named 'nope'
            holes.nope           | has no member 'nope'
            holes.l.x            | which is not a struct or union
            holes.l[1]           | which is not an array
            holes.as_bytes[4]    | index 4 outside 0..3
            holes.as_bytes[x]    | bad index 'x'
            holes.as_bytes[1     | unclosed '['
            holes..l             | empty member name
            holes.bits_b.x       | cannot step into bitfield
            .l                   | does not start with a type name
            """)
    void rejectsBadPaths(String path, String message) {
        assertThatThrownBy(() -> OffsetOf.of(OBJECT, path)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    private static final Pattern MEMBER = Pattern.compile(
            "^\\t[^\\t].*?[ *](\\w+)(?:\\[\\d*\\])?(?::\\d+)?(?: __attribute__\\(\\(__aligned__\\(\\d+\\)\\)\\))?;"
                    + "\\s+/\\*\\s+(\\d+)(?::\\s*(\\d+))?\\s+\\d+ \\*/$");

    /** Every named top-level member of the fixed kernel list: offsetof agrees with the offset pahole prints. */
    @Test
    @Tag("tool")
    void kernelOffsetsAgreeWithPahole() throws Exception {
        assumeTrue(PaholeOutput.available(), "pahole (Debian package dwarves) is not installed");
        assumeTrue(Files.isReadable(Btf.VMLINUX), "kernel BTF at /sys/kernel/btf/vmlinux (CONFIG_DEBUG_INFO_BTF)");
        Btf vmlinux = Btf.read(Btf.VMLINUX);
        List<String> names = LayoutPrinterTest.sample(vmlinux, 0, 0, 0);
        List<String> blocks = PaholeOutput.run(Btf.VMLINUX, names);
        int checked = 0;
        for (int i = 0; i < names.size(); i++) {
            for (String line : blocks.get(i).split("\n")) {
                Matcher m = MEMBER.matcher(line);
                if (!m.matches() || line.contains("(*")) {
                    continue;
                }
                FieldOffset off = OffsetOf.of(vmlinux, names.get(i) + "." + m.group(1));
                // pahole prints a bitfield as its storage unit's byte offset and the bit inside that unit.
                long expectedBits = 8 * Long.parseLong(m.group(2))
                        + (m.group(3) == null ? 0 : Long.parseLong(m.group(3)));
                assertThat(off.bitOffset()).as(names.get(i) + "." + m.group(1)).isEqualTo(expectedBits);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(300);
        assertThat(OffsetOf.of(vmlinux, "sock.__sk_common.skc_family").byteOffset())
                .isEqualTo(OffsetOf.of(vmlinux, "sock_common.skc_family").byteOffset());
    }
}
