package io.github.bpf4j.sys.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParsersTest {

    @Test
    void cpuListsInTheKernelFormat() {
        assertThat(Cpus.parse("0-3,5")).containsExactly(0, 1, 2, 3, 5);
        assertThat(Cpus.parse("0")).containsExactly(0);
        assertThatThrownBy(() -> Cpus.parse("3-1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad CPU range '3-1'");
        assertThatThrownBy(() -> Cpus.parse("a")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void syscallNamesGetTheArchitecturePrefixWhenItExists() {
        String pfx = Kallsyms.syscallPrefix();
        Set<String> syms = Set.of(pfx + "sys_clone", "do_sys_open");
        assertThat(Kallsyms.kprobeSymbol("sys_clone", syms)).isEqualTo(pfx.isEmpty() ? "sys_clone"
                : pfx + "sys_clone");
        assertThat(Kallsyms.kprobeSymbol("sys_open", syms)).isEqualTo("sys_open");
        assertThat(Kallsyms.kprobeSymbol("do_sys_open", syms)).isEqualTo("do_sys_open");
    }

    @Test
    void similarNamesRankByDistance() {
        List<String> s = Tracefs.similar("sys_enter_getpidd",
                List.of("sys_enter_getpid", "sys_exit_getpid", "sched_switch", "sys_enter_getppid"), 2);
        assertThat(s).containsExactly("sys_enter_getpid", "sys_enter_getppid");
        assertThat(Tracefs.validName("../x")).isFalse();
        assertThat(Tracefs.validName("sched")).isTrue();
    }
}
