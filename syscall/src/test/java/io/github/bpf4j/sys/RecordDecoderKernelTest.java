package io.github.bpf4j.sys;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpf4j.elf.BpfObject;
import io.github.bpf4j.sys.perf.PerfReader;
import io.github.bpf4j.sys.perf.PerfRecord;
import io.github.bpf4j.sys.record.RecordDecoder;
import io.github.bpf4j.sys.record.RecordValue;
import io.github.bpf4j.sys.ring.RingReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * End to end: testdata's execsnoop objects loaded with {@link Bpf#load}, attached, a process exec'd from here, its
 * record decoded by the object's own BTF. {@code /bin/sh -c 'exec /bin/true'} makes the exec's comm known ("sh",
 * the name before the exec) and its parent this JVM.
 */
@Tag("kernel")
class RecordDecoderKernelTest {

    private static final Path BUILD = Path.of(System.getProperty("bpf4j.testdata", "../testdata"), "build");

    @BeforeEach
    void kernel() {
        KernelSupport.assumeTracefs();
    }

    private static Process execTrue() throws Exception {
        Process child = new ProcessBuilder("/bin/sh", "-c", "exec /bin/true").start();
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        return child;
    }

    private static long myUid() throws Exception {
        return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).longValue();
    }

    private static void assertExec(List<RecordValue> events, Process child) throws Exception {
        RecordValue exec = events.stream().filter(e -> e.getString("filename").equals("/bin/true")
                && e.getLong("pid") == child.pid()).findFirst().orElseThrow(() -> new AssertionError(
                "no exec of /bin/true by pid " + child.pid() + " among " + events));
        assertThat(exec.getLong("ppid")).isEqualTo(ProcessHandle.current().pid());
        assertThat(exec.getLong("uid")).isEqualTo(myUid());
        assertThat(exec.getString("comm")).isEqualTo("sh");
        assertThat(exec.getLong("ts_ns")).isPositive();
    }

    @Test
    void perfRecordsOfExecsnoopDecode() throws Exception {
        BpfObject obj = BpfObject.read(BUILD.resolve("execsnoop.o"));
        RecordDecoder decoder = RecordDecoder.of(obj.btf().orElseThrow(), "event");
        List<RecordValue> events = new ArrayList<>();
        Process child;
        try (LoadedObject live = Bpf.load(obj, LoadOptions.defaults());
             PerfReader reader = PerfReader.open(live.map("events"));
             Link link = live.program("handle_execve").attach()) {
            child = execTrue();
            while (reader.poll(Duration.ofMillis(200), r -> {
                if (r instanceof PerfRecord.Sample s) {
                    events.add(decoder.decode(s.data()));
                }
            }) > 0) {
                // drain
            }
        }
        assertExec(events, child);
    }

    @Test
    void ringRecordsOfExecsnoopRbDecode() throws Exception {
        BpfObject obj = BpfObject.read(BUILD.resolve("execsnoop_rb.o"));
        RecordDecoder decoder = RecordDecoder.of(obj.btf().orElseThrow(), "event");
        List<RecordValue> events = new ArrayList<>();
        Process child;
        try (LoadedObject live = Bpf.load(obj, LoadOptions.defaults());
             RingReader reader = RingReader.open(live.map("rb"));
             Link exec = live.program("handle_execve").attach();
             Link exit = live.program("handle_exit").attach()) {
            child = execTrue();
            while (reader.poll(Duration.ofMillis(200), b -> events.add(decoder.decode(b))) > 0) {
                // drain
            }
        }
        assertExec(events, child);
        RecordValue exit = events.stream().filter(e -> e.getLong("is_exit") == 1 && e.getLong("pid") == child.pid())
                .findFirst().orElseThrow(() -> new AssertionError("no exit of pid " + child.pid() + " in " + events));
        assertThat(exit.getString("comm")).isEqualTo("true");
        assertThat(exit.getLong("exit_code")).isZero();
    }
}
