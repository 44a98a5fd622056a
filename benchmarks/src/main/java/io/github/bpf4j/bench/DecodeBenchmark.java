package io.github.bpf4j.bench;

import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.InsnCodec;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decoding and encoding throughput of {@link InsnCodec} over one million instructions. The score is instructions
 * per microsecond (millions per second) thanks to {@link OperationsPerInvocation}.
 *
 * <p>{@code decode}, {@code decodeAndVisit} and {@code encode} run on {@link Workloads#mixedProgram}; the
 * {@code Objects} variants on the code of the testdata objects ({@link Workloads#objectsProgram}).
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

    /** The compiled-code workload, in its own state so that the mixed-program benchmarks need no files. */
    @State(Scope.Benchmark)
    public static class ObjectCode {
        /** The folder of objects, from the folder JMH runs in. */
        @Param("testdata/build")
        String objects;

        byte[] bytes;

        @Setup
        public void setup() {
            Path dir = Path.of(objects);
            if (!Files.isDirectory(dir)) {
                throw new IllegalStateException(dir.toAbsolutePath() + " is not a folder: run from the repository"
                        + " root or pass -p objects=PATH/testdata/build");
            }
            bytes = InsnCodec.encode(Workloads.objectsProgram(COUNT, dir));
        }
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

    /** {@link #decode} over compiled code. */
    @Benchmark
    @OperationsPerInvocation(COUNT)
    public List<Insn> decodeObjects(ObjectCode code) {
        return InsnCodec.decode(code.bytes, 0, code.bytes.length, ByteOrder.LITTLE_ENDIAN);
    }

    /** {@link #decodeAndVisit} over compiled code. */
    @Benchmark
    @OperationsPerInvocation(COUNT)
    public long decodeAndVisitObjects(ObjectCode code) {
        long sum = 0;
        for (Insn insn : InsnCodec.decode(code.bytes, 0, code.bytes.length, ByteOrder.LITTLE_ENDIAN)) {
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
