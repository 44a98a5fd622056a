package io.github.bpf4j.sys;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpf4j.asm.Alu;
import io.github.bpf4j.asm.AluOp;
import io.github.bpf4j.asm.Call;
import io.github.bpf4j.asm.Exit;
import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.Load;
import io.github.bpf4j.asm.LoadImm64;
import io.github.bpf4j.asm.Reg;
import io.github.bpf4j.asm.Size;
import io.github.bpf4j.asm.StoreImm;
import io.github.bpf4j.asm.StoreReg;
import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.layout.OffsetOf;
import io.github.bpf4j.elf.ProgType;
import io.github.bpf4j.sys.ring.RingReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What {@code bpf4j demo} does, from instruction records: on every execve, PID, PPID (task->real_parent->tgid with
 * offsets from the kernel's BTF), UID and COMM to a ring buffer.
 */
@Tag("kernel")
class ExecsnoopKernelTest {

    static final int GET_CURRENT_UID_GID = 15;
    static final int GET_CURRENT_COMM = 16;
    static final int GET_CURRENT_TASK = 35;
    static final int PROBE_READ_KERNEL = 113;

    /** Record at fp-32: pid u32, ppid u32, uid u32, pad u32, comm[16]. */
    static List<Insn> execsnoop(int ringFd, int realParentOff, int tgidOff) {
        List<Insn> p = new ArrayList<>();
        p.add(Call.helper(Progs.GET_CURRENT_PID_TGID));
        p.add(Alu.imm(true, AluOp.RSH, Reg.R0, 32));
        p.add(StoreReg.of(Size.W, Reg.R10, -32, Reg.R0));
        p.add(StoreImm.of(Size.W, Reg.R10, -28, 0));
        p.add(StoreImm.of(Size.W, Reg.R10, -20, 0));
        p.add(Call.helper(GET_CURRENT_UID_GID));
        p.add(StoreReg.of(Size.W, Reg.R10, -24, Reg.R0));
        p.add(Call.helper(GET_CURRENT_TASK));
        p.add(Progs.movReg(Reg.R3, Reg.R0));
        p.add(Alu.imm(true, AluOp.ADD, Reg.R3, realParentOff));
        p.add(Progs.movReg(Reg.R1, Reg.R10));
        p.add(Alu.imm(true, AluOp.ADD, Reg.R1, -40));
        p.add(Progs.mov(Reg.R2, 8));
        p.add(Call.helper(PROBE_READ_KERNEL));
        p.add(Load.of(Size.DW, Reg.R3, Reg.R10, -40));
        p.add(Alu.imm(true, AluOp.ADD, Reg.R3, tgidOff));
        p.add(Progs.movReg(Reg.R1, Reg.R10));
        p.add(Alu.imm(true, AluOp.ADD, Reg.R1, -28));
        p.add(Progs.mov(Reg.R2, 4));
        p.add(Call.helper(PROBE_READ_KERNEL));
        p.add(Progs.movReg(Reg.R1, Reg.R10));
        p.add(Alu.imm(true, AluOp.ADD, Reg.R1, -16));
        p.add(Progs.mov(Reg.R2, 16));
        p.add(Call.helper(GET_CURRENT_COMM));
        p.add(LoadImm64.mapFd(Reg.R1, ringFd));
        p.add(Progs.movReg(Reg.R2, Reg.R10));
        p.add(Alu.imm(true, AluOp.ADD, Reg.R2, -32));
        p.add(Progs.mov(Reg.R3, 32));
        p.add(Progs.mov(Reg.R4, 0));
        p.add(Call.helper(Progs.RINGBUF_OUTPUT));
        p.add(Progs.mov(Reg.R0, 0));
        p.add(Exit.INSTANCE);
        return p;
    }

    record Exec(int pid, int ppid, int uid, String comm) {}

    @Test
    void reportsPidPpidUidAndComm() throws Exception {
        KernelSupport.assumeTracefs();
        Btf kernel = KernelTypes.vmlinux();
        int realParent = (int) OffsetOf.of(kernel, "task_struct.real_parent").byteOffset();
        int tgid = (int) OffsetOf.of(kernel, "task_struct.tgid").byteOffset();
        List<Exec> seen = new ArrayList<>();
        try (BpfMap ring = BpfMap.create(MapSpec.ringbuf("execs", 256 * 1024));
             Program prog = Program.load(ProgramSpec.of("execsnoop", ProgType.TRACEPOINT,
                     execsnoop(ring.fd(), realParent, tgid)));
             RingReader reader = RingReader.open(ring);
             Link link = prog.attachTracepoint("syscalls", "sys_enter_execve")) {
            assertThat(link.linkFd()).as("attached with a BPF link").isPositive();
            Process child = new ProcessBuilder("/bin/true").start();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            while (reader.poll(Duration.ofMillis(200), b -> {
                byte[] comm = new byte[16];
                b.get(16, comm);
                int n = 0;
                while (n < 16 && comm[n] != 0) {
                    n++;
                }
                seen.add(new Exec(b.getInt(0), b.getInt(4), b.getInt(8),
                        new String(comm, 0, n, StandardCharsets.UTF_8)));
            }) > 0) {
                // drained
            }
            long me = ProcessHandle.current().pid();
            int uid = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("Uid:")).map(l -> Integer.parseInt(l.split("\\s+")[1]))
                    .findFirst().orElseThrow();
            assertThat(seen).anySatisfy(e -> {
                assertThat(e.pid()).isEqualTo((int) child.pid());
                assertThat(e.ppid()).isEqualTo((int) me);
                assertThat(e.uid()).isEqualTo(uid);
                assertThat(e.comm()).isNotEmpty();
            });
        }
    }

}
