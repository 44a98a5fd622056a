package io.github.bpf4j.bench;

import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.BtfType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parsing the kernel's BTF. {@code read} is what libbpf's {@code btf__parse} does (header, strings, the type
 * index and the checks of every type record); {@code readAndDecodeAll} also makes every type's record, which a
 * lazy reader otherwise does on demand.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BtfBenchmark {

    @Param("/sys/kernel/btf/vmlinux")
    public String path;

    byte[] bytes;

    @Setup
    public void setup() throws IOException {
        bytes = Files.readAllBytes(Path.of(path));
    }

    /** Reading the file is part of libbpf's measured call, so it is part of ours. */
    @Benchmark
    public Btf read() throws IOException {
        return Btf.read(Path.of(path));
    }

    /**
     * The same parse from bytes already in memory (plus the defensive copy {@code read(byte[])} makes): set beside
     * {@code read}, it splits the time between reading the file and indexing it.
     */
    @Benchmark
    public Btf readFromBytes() {
        return Btf.read(bytes);
    }

    @Benchmark
    public void readAndDecodeAll(Blackhole bh) {
        Btf btf = Btf.read(bytes);
        for (BtfType t : btf.types()) {
            bh.consume(t);
        }
    }
}
