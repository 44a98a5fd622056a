package io.github.bpf4j.asm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class HelperTest {

    @Test
    void idsAndNames() {
        assertThat(Helper.MAP_LOOKUP_ELEM.id()).isEqualTo(1);
        assertThat(Helper.MAP_LOOKUP_ELEM.shortName()).isEqualTo("map_lookup_elem");
        assertThat(Helper.MAP_LOOKUP_ELEM.kernelName()).isEqualTo("bpf_map_lookup_elem");
        assertThat(Helper.ofId(181)).isEqualTo(Helper.LOOP);
        assertThat(Helper.ofIdOrNull(Helper.MAX_ID)).isNull();
        assertThat(Helper.ofIdOrNull(-1)).isNull();
        assertThat(Helper.ofNameOrNull("ringbuf_output")).isEqualTo(Helper.RINGBUF_OUTPUT);
        assertThat(Helper.ofNameOrNull("bpf_ringbuf_output")).isEqualTo(Helper.RINGBUF_OUTPUT);
        assertThat(Helper.ofNameOrNull("bpf_no_such_helper")).isNull();
        assertThatThrownBy(() -> Helper.ofId(5000)).hasMessageContaining("#5000");
        for (Helper h : Helper.values()) {
            assertThat(Helper.ofId(h.id())).isSameAs(h);
            assertThat(Helper.ofNameOrNull(h.kernelName())).isSameAs(h);
        }
    }

    /** The committed table equals enum bpf_func_id of the running kernel's BTF (testdata/disasm/gen-helper.sh). */
    @Test
    @Tag("kernel")
    void matchesTheRunningKernel() throws IOException, InterruptedException {
        Path btf = Path.of("/sys/kernel/btf/vmlinux");
        assumeTrue(Files.isReadable(btf), "kernel BTF /sys/kernel/btf/vmlinux is not readable");
        assumeTrue(Files.isExecutable(Path.of("/usr/sbin/bpftool")) || Files.isExecutable(Path.of("/usr/bin/bpftool")),
                "bpftool is not installed (Debian package bpftool)");
        Process p = new ProcessBuilder("bpftool", "btf", "dump", "file", btf.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dump = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        int start = dump.indexOf("ENUM 'bpf_func_id'");
        assertThat(start).as("enum bpf_func_id in the kernel BTF").isPositive();
        int end = dump.indexOf("\n[", start);
        Matcher m = Pattern.compile("'BPF_FUNC_([a-z0-9_]+)' val=(\\d+)").matcher(dump.substring(start, end));
        Map<Integer, String> kernel = new LinkedHashMap<>();
        while (m.find()) {
            kernel.put(Integer.parseInt(m.group(2)), m.group(1));
        }
        Map<Integer, String> ours = new LinkedHashMap<>();
        for (Helper h : Helper.values()) {
            ours.put(h.id(), h.shortName());
        }
        assertThat(ours).isEqualTo(kernel);
    }
}
