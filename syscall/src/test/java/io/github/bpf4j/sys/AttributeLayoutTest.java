package io.github.bpf4j.sys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpf4j.asm.InsnCodec;
import io.github.bpf4j.elf.AttachType;
import io.github.bpf4j.elf.MapType;
import io.github.bpf4j.elf.ProgType;
import io.github.bpf4j.sys.internal.Attr;
import io.github.bpf4j.sys.perf.PerfEventAttr;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The bytes handed to the kernel, checked against the offsets of the UAPI headers (Linux 6.18). */
class AttributeLayoutTest {

    private static ByteBuffer le(byte[] b) {
        return ByteBuffer.wrap(b).order(ByteOrder.nativeOrder());
    }

    @Test
    void kprobePmuAttribute() {
        // kprobe PMU type 6 (dynamic), retprobe bit 0 from format/retprobe "config:0".
        byte[] b = Attach.kprobeAttr(6, true, 0, 0x7f00_1234_5678L, 16).encode();
        ByteBuffer a = le(b);
        assertThat(b).hasSize(136);
        assertThat(a.getInt(0)).as("type").isEqualTo(6);
        assertThat(a.getInt(4)).as("size").isEqualTo(PerfEventAttr.SIZE_VER8);
        assertThat(a.getLong(8)).as("config: retprobe bit").isEqualTo(1);
        assertThat(a.getLong(56)).as("config1: kprobe_func").isEqualTo(0x7f00_1234_5678L);
        assertThat(a.getLong(64)).as("config2: probe_offset").isEqualTo(16);
        assertThat(a.getLong(16)).as("sample_period").isZero();
        assertThat(a.getLong(40)).as("flags").isZero();
        byte[] entry = Attach.kprobeAttr(6, false, 0, 1, 0).encode();
        assertThat(le(entry).getLong(8)).as("entry probe config").isZero();
    }

    @Test
    void tracefsKprobeAttributeAndCommand() {
        byte[] b = PerfEventAttr.tracepoint(1234).encode();
        ByteBuffer a = le(b);
        assertThat(a.getInt(0)).as("PERF_TYPE_TRACEPOINT").isEqualTo(2);
        assertThat(a.getInt(4)).isEqualTo(136);
        assertThat(a.getLong(8)).as("config: tracefs event id").isEqualTo(1234);
        for (int i = 16; i < 136; i++) {
            assertThat(b[i]).as("byte %d", i).isZero();
        }
        assertThat(Attach.legacyKprobeCommand(false, "bpf4j_1_1", "__x64_sys_clone", 0))
                .isEqualTo("p:bpf4j/bpf4j_1_1 __x64_sys_clone");
        assertThat(Attach.legacyKprobeCommand(true, "bpf4j_1_2", "do_exit", 8))
                .isEqualTo("r:bpf4j/bpf4j_1_2 do_exit+8");
        assertThat(Attach.parseConfigBit("config:0\n")).isZero();
        assertThatThrownBy(() -> Attach.parseConfigBit("config1:3")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bpfOutputAttribute() {
        ByteBuffer a = le(PerfEventAttr.bpfOutput(1).encode());
        assertThat(a.getInt(0)).as("PERF_TYPE_SOFTWARE").isEqualTo(1);
        assertThat(a.getLong(8)).as("PERF_COUNT_SW_BPF_OUTPUT").isEqualTo(10);
        assertThat(a.getLong(16)).as("sample_period").isEqualTo(1);
        assertThat(a.getLong(24)).as("PERF_SAMPLE_RAW").isEqualTo(1 << 10);
        assertThat(a.getInt(48)).as("wakeup_events").isEqualTo(1);
    }

    @Test
    void fentryLoadAttributes() {
        ProgramSpec spec = ProgramSpec.of("fentry_x", ProgType.TRACING, Progs.ret(0))
                .withAttach(AttachType.TRACE_FENTRY, 54321);
        byte[] insns = InsnCodec.encode(spec.insns());
        try (Attr attr = Program.loadAttr(spec, LoadOptions.defaults(), insns, 1, 4096)) {
            ByteBuffer a = le(attr.toBytes());
            assertThat(a.getInt(0)).as("prog_type BPF_PROG_TYPE_TRACING").isEqualTo(26);
            assertThat(a.getInt(4)).as("insn_cnt").isEqualTo(2);
            assertThat(a.getLong(8)).as("insns pointer").isNotZero();
            assertThat(a.getLong(16)).as("license pointer").isNotZero();
            assertThat(a.getInt(24)).as("log_level").isEqualTo(1);
            assertThat(a.getInt(28)).as("log_size").isEqualTo(4096);
            assertThat(a.getLong(32)).as("log_buf").isNotZero();
            byte[] name = new byte[16];
            a.get(48, name);
            assertThat(new String(name, StandardCharsets.UTF_8)).startsWith("fentry_x\0");
            assertThat(a.getInt(68)).as("expected_attach_type BPF_TRACE_FENTRY").isEqualTo(24);
            assertThat(a.getInt(72)).as("prog_btf_fd").isZero();
            assertThat(a.getInt(108)).as("attach_btf_id").isEqualTo(54321);
            assertThat(a.getInt(112)).as("attach_prog_fd").isZero();
            assertThat(attr.pointed(8).getByteArray(0, insns.length)).isEqualTo(insns);
            assertThat(attr.pointed(16).getString(0)).isEqualTo("GPL");
        }
    }

    @Test
    void enumsMatchTheKernelNumbers() {
        assertThat(BpfCommand.PROG_LOAD.code()).isEqualTo(5);
        assertThat(BpfCommand.LINK_CREATE.code()).isEqualTo(28);
        assertThat(BpfCommand.TOKEN_CREATE.code()).isEqualTo(36);
        assertThat(MapType.RINGBUF.code()).isEqualTo(27);
        assertThat(MapType.ARENA.code()).isEqualTo(33);
        assertThat(ProgType.TRACING.code()).isEqualTo(26);
        assertThat(ProgType.NETFILTER.code()).isEqualTo(32);
        assertThat(AttachType.PERF_EVENT.code()).isEqualTo(41);
        assertThat(AttachType.TRACE_UPROBE_MULTI.code()).isEqualTo(48);
        assertThat(AttachType.TRACE_UPROBE_SESSION.code()).isEqualTo(57);
    }

    @Test
    void errnoNamesAndHints() {
        BpfException e = new BpfException("PROG_LOAD", Errno.EPERM);
        assertThat(e.getMessage()).isEqualTo("BPF_PROG_LOAD failed with EPERM; hint: needs root or CAP_BPF (plus "
                + "CAP_PERFMON for tracing programs and perf events, CAP_NET_ADMIN for networking program types)");
        assertThat(Errno.of(9999).symbol()).isEqualTo("errno 9999");
        assertThat(new BpfException("perf_event_open", Errno.EILSEQ).getMessage())
                .contains("EILSEQ", "inside an instruction");
    }
}
