package io.github.bpf4j.bench;

import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.InsnCodec;
import java.nio.ByteOrder;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decoding and encoding throughput of {@link InsnCodec} over one million instructions. The score is instructions
 * per microsecond (millions per second) thanks to {@link OperationsPerInvocation}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DecodeBenchmark {

    static final int COUNT = 1_000_000;

    byte[] bytes;
    List<Insn> insns;

    @Setup
    public void setup() {
        insns = Workloads.mixedProgram(COUNT, 42);
        bytes = InsnCodec.encode(insns);
    }

    @Benchmark
    @OperationsPerInvocation(COUNT)
    public List<Insn> decode() {
        return InsnCodec.decode(bytes, 0, bytes.length, ByteOrder.LITTLE_ENDIAN);
    }

    /** Decodes and reads every instruction's record, as a consumer walking the program does. */
    @Benchmark
    @OperationsPerInvocation(COUNT)
    public long decodeAndVisit() {
        long sum = 0;
        for (Insn insn : InsnCodec.decode(bytes, 0, bytes.length, ByteOrder.LITTLE_ENDIAN)) {
            sum += insn.code() + insn.imm();
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(COUNT)
    public byte[] encode() {
        return InsnCodec.encode(insns, ByteOrder.LITTLE_ENDIAN);
    }
}
