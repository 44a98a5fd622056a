package io.github.bpf4j.sys;

import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.BtfKind;
import io.github.bpf4j.sys.internal.Tracefs;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** BTF ids of attach targets in the running kernel's BTF ({@code /sys/kernel/btf/vmlinux}), read once. */
public final class KernelTypes {

    private static volatile Btf vmlinux;

    private KernelTypes() {}

    /** The kernel's BTF. */
    public static Btf vmlinux() {
        Btf b = vmlinux;
        if (b == null) {
            if (!Files.isReadable(Btf.VMLINUX)) {
                throw new FeatureUnavailableException("read " + Btf.VMLINUX, Errno.ENOENT, "kernel BTF ids",
                        Btf.VMLINUX + " is missing: the kernel was built without CONFIG_DEBUG_INFO_BTF");
            }
            b = Btf.read(Btf.VMLINUX);
            vmlinux = b;
        }
        return b;
    }

    /** The BTF id of kernel function {@code name} (an fentry/fexit target). */
    public static int function(String name) {
        OptionalInt id = vmlinux().find(name, BtfKind.FUNC);
        if (id.isEmpty()) {
            throw notFound("function", name, names(BtfKind.FUNC, ""));
        }
        return id.getAsInt();
    }

    /** The BTF id of the {@code btf_trace_<name>} typedef that a tp_btf program on tracepoint {@code name} names. */
    public static int tracepoint(String name) {
        OptionalInt id = vmlinux().find("btf_trace_" + name, BtfKind.TYPEDEF);
        if (id.isEmpty()) {
            throw notFound("tracepoint", name, names(BtfKind.TYPEDEF, "btf_trace_"));
        }
        return id.getAsInt();
    }

    private static List<String> names(BtfKind kind, String prefix) {
        Btf b = vmlinux();
        List<String> out = new ArrayList<>();
        b.idsOf(kind).forEach(id -> {
            String n = b.name(id);
            if (n.startsWith(prefix)) {
                out.add(n.substring(prefix.length()));
            }
        });
        return out;
    }

    private static BpfException notFound(String what, String name, List<String> candidates) {
        List<String> similar = Tracefs.similar(name, candidates, 5);
        return new BpfException("BTF lookup", Errno.ENOENT, "no " + what + " '" + name + "' in " + Btf.VMLINUX,
                similar.isEmpty() ? null : "similar names that exist: " + String.join(", ", similar));
    }
}
