package io.github.bpf4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How events print, how CPUs are counted and how missing privileges are named. */
class ExampleTest {

    static ByteBuffer event(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.nativeOrder());
    }

    @Test
    void execEventPrintsPidPpidUidCommFilename() {
        ByteBuffer b = event(160).putInt(0, 4711).putInt(4, 1).putInt(8, 1000);
        b.put(16, "bash".getBytes(StandardCharsets.US_ASCII));
        b.put(32, "/bin/true".getBytes(StandardCharsets.US_ASCII));
        assertThat(Example.EXECSNOOP.header()).isEqualTo("PID     PPID    UID     COMM             FILENAME");
        assertThat(Example.EXECSNOOP_RINGBUF.format(b))
                .isEqualTo("4711    1       1000    bash             /bin/true");
    }

    @Test
    void fullFieldsAndControlBytesStayInTheirField() {
        ByteBuffer b = event(160);
        for (int i = 16; i < 160; i++) {
            b.put(i, (byte) 'a');
        }
        b.put(20, (byte) '\n');
        String line = Example.EXECSNOOP.format(b);
        assertThat(line).doesNotContain("\n").contains("aaaa?aaaaaaaaaaa " + "a".repeat(128));
    }

    @Test
    void writeEventPrintsPidFdCountRetAndComm() {
        ByteBuffer b = event(40).putInt(0, 77).putInt(4, 3).putLong(8, 4321).putLong(16, -11);
        b.put(24, "java".getBytes(StandardCharsets.US_ASCII));
        assertThat(Example.WRITETRACK.format(b)).isEqualTo("77      3     4321       -11        java");
    }

    @Test
    void addEventsPrintTheArgumentsThenTheResult() {
        ByteBuffer entry = event(24).putInt(0, 5).putInt(4, 0).putLong(8, 0xffffffff_00000001L).putLong(16, 2);
        ByteBuffer ret = event(24).putInt(0, 5).putInt(4, 1).putLong(8, 3);
        assertThat(Example.UPROBE_ADD.format(entry)).isEqualTo("5       entry   1 2");
        assertThat(Example.UPROBE_ADD.format(ret)).isEqualTo("5       return  3");
    }

    @Test
    void shortEventIsReportedNotDecoded() {
        assertThat(Example.WRITETRACK.format(event(12))).isEqualTo("(short event: 12 bytes, expected 40)");
    }

    static Stream<Arguments> cpuLists() {
        return Stream.of(
                Arguments.of("one CPU", "0\n", 1),
                Arguments.of("a range", "0-3\n", 4),
                Arguments.of("ranges with a hole", "0-1,4-5\n", 6),
                Arguments.of("single CPUs", "0,2,7", 8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cpuLists")
    void perfArrayHasASlotUpToTheHighestPossibleCpu(String name, String list, int slots) {
        assertThat(Example.possibleCpus(list)).isEqualTo(slots);
    }

    @Test
    void malformedCpuListIsRefused() {
        assertThatThrownBy(() -> Example.possibleCpus("0-x")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Example.possibleCpus("0-99999999")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CPU list");
    }

    static Stream<Arguments> capabilitySets() {
        long sysAdmin = 1L << ExampleRun.CAP_SYS_ADMIN;
        long bpf = 1L << ExampleRun.CAP_BPF;
        long perfmon = 1L << ExampleRun.CAP_PERFMON;
        return Stream.of(
                Arguments.of("root", 0x1ff_ffff_ffffL, null),
                Arguments.of("CAP_SYS_ADMIN alone", sysAdmin, null),
                Arguments.of("CAP_BPF + CAP_PERFMON", bpf | perfmon, null),
                Arguments.of("nothing", 0L, "this process lacks CAP_BPF and CAP_PERFMON"),
                Arguments.of("CAP_BPF alone", bpf, "this process lacks CAP_PERFMON"),
                Arguments.of("CAP_PERFMON alone", perfmon, "this process lacks CAP_BPF"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("capabilitySets")
    void namesTheMissingCapability(String name, long capEff, String lacks) {
        Optional<String> missing = ExampleRun.missingCapabilities(capEff);
        if (lacks == null) {
            assertThat(missing).isEmpty();
        } else {
            assertThat(missing).hasValue("needs CAP_BPF + CAP_PERFMON, or root: " + lacks);
        }
    }

    @Test
    void kernelNamesAreCutTo15Bytes() {
        assertThat(ExampleRun.kernelName("execsnoop_ringbuf")).isEqualTo("execsnoop_ringb");
        assertThat(ExampleRun.kernelName("a-b")).isEqualTo("a_b");
    }
}
