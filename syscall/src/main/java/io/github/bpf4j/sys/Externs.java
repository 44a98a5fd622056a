package io.github.bpf4j.sys;

import io.github.bpf4j.asm.Call;
import io.github.bpf4j.asm.CallKind;
import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.LoadImm64;
import io.github.bpf4j.asm.Pseudo;
import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.BtfKind;
import io.github.bpf4j.btf.BtfType;
import io.github.bpf4j.elf.BpfObject;
import io.github.bpf4j.elf.ProgType;
import io.github.bpf4j.sys.internal.Kallsyms;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * An object's {@code extern} declarations and what they resolve to on this kernel: {@code __kconfig} variables laid
 * out in the {@code .kconfig} map (libbpf 1.1 {@code bpf_object__collect_externs} order: alignment descending, then
 * size, then name) and filled from {@code uname} and {@code /proc/config.gz} ({@code bpf_object__read_kconfig_file});
 * {@code __ksym} variables and kernel functions resolved against {@code /sys/kernel/btf/vmlinux}
 * ({@code bpf_object__resolve_ksyms_btf_id}) or, typeless, {@code /proc/kallsyms}.
 */
final class Externs {

    /** One {@code __kconfig} extern: where it lives in the map and how its text value is encoded. */
    record Kcfg(String name, int typeId, int size, int align, boolean weak, int offset) {}

    private final BpfObject object;
    private final Btf btf;
    private final Set<String> weak;
    private final Map<String, Kcfg> kcfg;
    private final int kcfgSize;
    private final Function<String, Optional<String>> config;

    private Externs(BpfObject object, Btf btf, Set<String> weak, Map<String, Kcfg> kcfg, int kcfgSize,
            Function<String, Optional<String>> config) {
        this.object = object;
        this.btf = btf;
        this.weak = weak;
        this.kcfg = kcfg;
        this.kcfgSize = kcfgSize;
        this.config = config;
    }

    /** The externs of an object; kconfig values come from this kernel. */
    static Externs of(BpfObject object) {
        return of(object, KernelFacts::config);
    }

    /** The externs of an object with kconfig values from {@code config} (tests give their own). */
    static Externs of(BpfObject object, Function<String, Optional<String>> config) {
        Set<String> weak = object.weakExterns();
        Btf btf = object.btf().orElse(null);
        List<Kcfg> list = new ArrayList<>();
        OptionalInt sec = btf == null ? OptionalInt.empty() : btf.find(".kconfig", BtfKind.DATASEC);
        if (sec.isPresent()) {
            for (BtfType.VarSecinfo vs : btf.type(sec.getAsInt(), BtfType.Datasec.class).vars()) {
                BtfType.Var v = btf.type((int) vs.type(), BtfType.Var.class);
                int size = (int) btf.sizeOf(v.type());
                list.add(new Kcfg(v.name(), v.type(), size, Math.max(1, btf.alignOf(v.type())),
                        weak.contains(v.name()), 0));
            }
        }
        list.sort(Comparator.comparingInt((Kcfg k) -> -k.align()).thenComparingInt(Kcfg::size)
                .thenComparing(Kcfg::name));
        Map<String, Kcfg> byName = new LinkedHashMap<>();
        int off = 0;
        for (Kcfg k : list) {
            off = (off + k.align() - 1) / k.align() * k.align();
            byName.put(k.name(), new Kcfg(k.name(), k.typeId(), k.size(), k.align(), k.weak(), off));
            off += k.size();
        }
        return new Externs(object, btf, weak, byName, off, config);
    }

    /** The offset of a kconfig extern in the {@code .kconfig} map, -1 if there is no such extern. */
    long kconfigOffset(String name) {
        Kcfg k = kcfg.get(name);
        return k == null ? -1 : k.offset();
    }

    int kconfigSize() {
        return kcfgSize;
    }

    /** The initial value of the {@code .kconfig} map (libbpf {@code bpf_object__resolve_externs}). */
    byte[] kconfigValue() {
        ByteBuffer out = ByteBuffer.allocate(kcfgSize).order(object.contents().order());
        for (Kcfg k : kcfg.values()) {
            Optional<String> value = value(k.name());
            if (value.isEmpty()) {
                if (k.weak()) {
                    continue; // libbpf: "extern (kcfg) ... (weak): not resolved, defaulting to zero"
                }
                throw new BpfException("resolve extern", Errno.ESRCH, "extern (kcfg) '" + k.name()
                        + "': value not found", k.name().startsWith("CONFIG_")
                        ? "/proc/config.gz does not set it; declare it __weak to default to zero"
                        : "unknown LINUX_* extern; declare it __weak to default to zero");
            }
            encode(k, value.get(), out);
        }
        return out.array();
    }

    private Optional<String> value(String name) {
        switch (name) {
            case "LINUX_KERNEL_VERSION":
                return Optional.of(Integer.toString(kernelVersion(System.getProperty("os.version", ""))));
            case "LINUX_HAS_SYSCALL_WRAPPER":
                return Optional.of(Kallsyms.names().contains(Kallsyms.syscallPrefix() + "sys_bpf") ? "1" : "0");
            case "LINUX_HAS_BPF_COOKIE":
                return Optional.of(Features.helper(ProgType.TRACEPOINT, 174) ? "1" : "0");
            default:
                if (!name.startsWith("CONFIG_")) {
                    return Optional.empty();
                }
                // "# CONFIG_X is not set" is no value for libbpf (it reads only CONFIG_ lines)
                return config.apply(name).filter(v -> !v.equals("n"));
        }
    }

    /** {@code KERNEL_VERSION(a, b, c)} of a release string, the patch level capped at 255 as libbpf does. */
    static int kernelVersion(String release) {
        String[] parts = release.split("[^0-9]+", 4);
        int[] v = new int[3];
        for (int i = 0; i < 3 && i < parts.length; i++) {
            try {
                v[i] = parts[i].isEmpty() ? 0 : Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                v[i] = 0;
            }
        }
        return (v[0] << 16) + (v[1] << 8) + Math.min(v[2], 255);
    }

    private void encode(Kcfg k, String value, ByteBuffer out) {
        int id = btf.skipModsAndTypedefs(k.typeId());
        BtfType t = btf.type(id);
        boolean tri = value.equals("y") || value.equals("n") || value.equals("m");
        if (t instanceof BtfType.Enum e && e.name().equals("libbpf_tristate") && tri) {
            putInt(out, k, value.equals("y") ? 1 : value.equals("m") ? 2 : 0);
        } else if (t instanceof BtfType.Int i && i.encoding() == BtfType.IntEncoding.BOOL) {
            if (!tri || value.equals("m")) {
                throw bad(k, value, "bool");
            }
            out.put(k.offset(), (byte) (value.equals("y") ? 1 : 0));
        } else if (t instanceof BtfType.Int i && i.size() == 1 && i.encoding() == BtfType.IntEncoding.CHAR && tri) {
            out.put(k.offset(), (byte) value.charAt(0));
        } else if (t instanceof BtfType.Int && !tri) {
            long n;
            try {
                n = value.startsWith("0x") || value.startsWith("0X") ? Long.parseUnsignedLong(value.substring(2), 16)
                        : Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw bad(k, value, "integer");
            }
            putInt(out, k, n);
        } else if (t instanceof BtfType.Array a && value.length() >= 2 && value.startsWith("\"")
                && value.endsWith("\"")) {
            byte[] s = value.substring(1, value.length() - 1).getBytes(StandardCharsets.UTF_8);
            int n = Math.min(s.length, (int) a.count() - 1); // always NUL-terminated, as libbpf truncates
            out.put(k.offset(), s, 0, Math.max(0, n));
        } else {
            throw bad(k, value, btf.typeName(k.typeId()));
        }
    }

    private static void putInt(ByteBuffer out, Kcfg k, long n) {
        switch (k.size()) {
            case 1 -> out.put(k.offset(), (byte) n);
            case 2 -> out.putShort(k.offset(), (short) n);
            case 4 -> out.putInt(k.offset(), (int) n);
            case 8 -> out.putLong(k.offset(), n);
            default -> throw bad(k, Long.toString(n), k.size() + "-byte integer");
        }
    }

    private static BpfException bad(Kcfg k, String value, String type) {
        return new BpfException("resolve extern", Errno.EINVAL, "extern (kcfg) '" + k.name() + "': value '" + value
                + "' cannot be stored in " + type, "declare it with a type that fits the Kconfig value");
    }

    /**
     * The 64-bit load of a {@code __ksym} variable: a typed one becomes {@code BPF_PSEUDO_BTF_ID} with the vmlinux
     * VAR id, a typeless one ({@code extern const void x __ksym}) the kallsyms address; an unresolved weak one 0.
     */
    Insn ksymLoad(String program, LoadImm64 ld, String name) {
        int local = object.ksymType(name);
        if (local == 0) {
            long addr = Kallsyms.address(name);
            if (addr == 0 && !weak.contains(name)) {
                throw unresolved(program, name, "/proc/kallsyms has no address for it (or hides addresses)");
            }
            return new LoadImm64(ld.dst(), Pseudo.NONE, (int) addr, (int) (addr >>> 32));
        }
        Btf kernel = KernelTypes.vmlinux();
        OptionalInt id = kernel.find(name, BtfKind.VAR);
        if (id.isEmpty()) {
            if (weak.contains(name)) {
                return new LoadImm64(ld.dst(), Pseudo.NONE, 0, 0);
            }
            throw unresolved(program, name, "no VAR of that name in " + Btf.VMLINUX);
        }
        // libbpf checks the local and kernel types with bpf_core_types_are_compat; the shallow form: same kind
        // and name once modifiers and typedefs are peeled
        int want = local;
        int got = kernel.skipModsAndTypedefs(kernel.type(id.getAsInt(), BtfType.Var.class).type());
        if (btf.kind(want) != kernel.kind(got) || !btf.name(want).equals(kernel.name(got))) {
            throw new BpfException("resolve extern", Errno.EINVAL, "program " + program + ": ksym '" + name
                    + "' is declared as " + btf.typeName(local) + " but the kernel's is " + kernel.typeName(got),
                    "declare the extern with the kernel's type (see vmlinux.h)");
        }
        return new LoadImm64(ld.dst(), Pseudo.BTF_ID, id.getAsInt(), 0);
    }

    /** A call of a kernel function: {@code src_reg} 2 with the vmlinux FUNC id (0 when weak and absent). */
    Insn kfuncCall(String program, String name) {
        OptionalInt id = KernelTypes.vmlinux().find(name, BtfKind.FUNC);
        if (id.isEmpty()) {
            if (weak.contains(name)) {
                return new Call(CallKind.KFUNC, 0, (short) 0);
            }
            throw unresolved(program, name, "no FUNC of that name in " + Btf.VMLINUX);
        }
        return new Call(CallKind.KFUNC, id.getAsInt(), (short) 0);
    }

    private static BpfException unresolved(String program, String name, String why) {
        return new BpfException("resolve extern", Errno.ESRCH, "program " + program + ": extern (ksym) '" + name
                + "': failed to find kernel symbol: " + why, "declare it __weak to load without it");
    }
}
