package io.github.bpf4j.btf.dump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.core.TestTools;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Differential test against the reference: bpftool's C dump of the running kernel's BTF must equal ours byte for
 * byte.
 */
@Tag("tool")
class BtfCDumpVmlinuxTest {

    /** The first differing line with three lines of context on each side, and the number of differing lines. */
    static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int n = Math.min(e.length, a.length);
        int first = -1;
        int differing = Math.abs(e.length - a.length);
        for (int i = 0; i < n; i++) {
            if (!e[i].equals(a[i])) {
                differing++;
                if (first < 0) {
                    first = i;
                }
            }
        }
        if (first < 0 && e.length == a.length) {
            return "";
        }
        if (first < 0) {
            first = n;
        }
        List<String> lines = new ArrayList<>();
        lines.add(differing + " differing lines (by position); bpftool has " + e.length + " lines, ours " + a.length
                + "; first at line " + (first + 1) + ":");
        for (int i = Math.max(0, first - 3); i < Math.min(Math.max(e.length, a.length), first + 4); i++) {
            String ev = i < e.length ? e[i] : "<eof>";
            String av = i < a.length ? a[i] : "<eof>";
            lines.add(String.format("%6d %s bpftool: %s", i + 1, ev.equals(av) ? " " : "!", ev));
            if (!ev.equals(av)) {
                lines.add(String.format("%6d %s ours:    %s", i + 1, "!", av));
            }
        }
        return String.join("\n", lines);
    }

    @Test
    void vmlinuxDumpEqualsBpftool() throws Exception {
        assumeTrue(TestTools.onPath("bpftool"), "bpftool is not installed");
        assumeTrue(Files.isReadable(Btf.VMLINUX), "kernel BTF /sys/kernel/btf/vmlinux is not readable");
        String expected = TestTools.run(List.of("bpftool", "btf", "dump", "file", Btf.VMLINUX.toString(), "format", "c"));
        String actual = BtfCDump.write(Btf.read(Btf.VMLINUX));
        assertThat(firstDifference(expected, actual)).as("C dump differs from bpftool's").isEmpty();
    }
}
