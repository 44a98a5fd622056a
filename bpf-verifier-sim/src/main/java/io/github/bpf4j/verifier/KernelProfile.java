package io.github.bpf4j.verifier;

import io.github.bpf4j.btf.Btf;

/**
 * The kernel whose verifier is simulated, and what of the machine it depends on. Only Linux 6.18 with a fully
 * privileged loader (CAP_BPF, CAP_PERFMON, CAP_NET_ADMIN, CAP_SYS_ADMIN: {@code allow_ptr_leaks},
 * {@code bpf_capable}, uninitialized stack reads allowed) is modelled.
 *
 * @param release      the kernel release the rules follow
 * @param possibleCpus the kernel's {@code nr_cpu_ids} (the count in /sys/devices/system/cpu/possible), which
 *                     bounds {@code bpf_get_smp_processor_id()}; 0 when unknown, and then the simulator takes the
 *                     result for any u32 (stricter than a real kernel)
 * @param btf          the kernel's own BTF (what /sys/kernel/btf/vmlinux holds), which types {@code PTR_TO_BTF_ID}
 *                     registers, {@code tp_btf} context arguments and helpers such as
 *                     {@code bpf_get_current_task_btf}; {@code null} when unknown, and then a program that needs it
 *                     gets a verdict whose {@link Verdict#internalBug()} says so
 * @param kallsyms     which kernel symbols {@code kallsyms_lookup_name} finds: a {@code ld_imm64} of a kernel
 *                     variable or function by BTF id ({@code BPF_PSEUDO_BTF_ID}, libbpf's typed {@code __ksym}) is
 *                     refused before verification when it does not ({@code ldimm64 failed to find the address for
 *                     kernel symbol 'runqueues'.}, ENOENT). The caller that knows the machine fills it from
 *                     /proc/kallsyms ({@link Kallsyms#parse}); {@code null} means {@link Kallsyms#textOnly()}, what
 *                     the kernels of these machines do (built without {@code CONFIG_KALLSYMS_ALL}: functions
 *                     resolve, variables, per-CPU ones included, do not)
 */
public record KernelProfile(String release, int possibleCpus, Btf btf, Kallsyms kallsyms) {

    public KernelProfile {
        if (possibleCpus < 0) {
            throw new IllegalArgumentException("possibleCpus is a count, not " + possibleCpus);
        }
        kallsyms = kallsyms == null ? Kallsyms.textOnly() : kallsyms;
    }

    /** A profile with the default kallsyms ({@link Kallsyms#textOnly()}). */
    public KernelProfile(String release, int possibleCpus, Btf btf) {
        this(release, possibleCpus, btf, null);
    }

    /** A profile without the kernel's BTF. */
    public KernelProfile(String release, int possibleCpus) {
        this(release, possibleCpus, null);
    }

    /** This profile with the kernel's BTF (read by the caller, e.g. {@code Btf.read(Btf.VMLINUX)}). */
    public KernelProfile withBtf(Btf kernelBtf) {
        return new KernelProfile(release, possibleCpus, kernelBtf, kallsyms);
    }

    /** This profile with what the kernel's kallsyms resolves (e.g. {@code Kallsyms.parse} of /proc/kallsyms). */
    public KernelProfile withKallsyms(Kallsyms symbols) {
        return new KernelProfile(release, possibleCpus, btf, symbols);
    }

    /**
     * The kernel symbols {@code kallsyms_lookup_name} resolves, as far as the verifier asks: the name of a BTF
     * {@code VAR} or {@code FUNC} named by a {@code BPF_PSEUDO_BTF_ID} load ({@code __check_pseudo_btf_id}, 6.18).
     * Immutable; dispatch on {@link #kind()}.
     */
    public sealed interface Kallsyms permits Kallsyms.TextOnly, Kallsyms.All, Kallsyms.Listed {

        /** The kinds of answer. */
        enum Kind { TEXT_ONLY, ALL, LISTED }

        Kind kind();

        /** Whether {@code kallsyms_lookup_name(name)} finds an address; {@code function}: a BTF FUNC, else a VAR. */
        boolean resolves(String name, boolean function);

        /** A kernel without {@code CONFIG_KALLSYMS_ALL}: functions resolve, data symbols do not (this machine). */
        static Kallsyms textOnly() {
            return TextOnly.INSTANCE;
        }

        /** A kernel with {@code CONFIG_KALLSYMS_ALL} whose listing is not at hand: every BTF symbol resolves. */
        static Kallsyms all() {
            return All.INSTANCE;
        }

        /** Exactly the symbols {@code names} (e.g. the third column of /proc/kallsyms). */
        static Kallsyms of(java.util.Collection<String> names) {
            return new Listed(java.util.Set.copyOf(names));
        }

        /**
         * The symbols of a /proc/kallsyms text: lines {@code ADDRESS TYPE NAME} with an optional
         * {@code [MODULE]}; blank lines are skipped. The addresses may be zeros (a reader without CAP_SYSLOG):
         * the kernel's own lookup still finds the symbol.
         *
         * @throws IllegalArgumentException naming the line (1-based) that is not such a line
         */
        static Kallsyms parse(CharSequence text) {
            java.util.Set<String> names = new java.util.HashSet<>();
            int line = 1;
            int start = 0;
            int n = text.length();
            while (start < n) {
                int end = start;
                while (end < n && text.charAt(end) != '\n') {
                    end++;
                }
                String l = text.subSequence(start, end).toString().strip();
                if (!l.isEmpty()) {
                    String[] f = l.split("[ \t]+");
                    if (f.length < 3 || f.length > 4 || f[1].length() != 1 || !f[0].matches("[0-9a-fA-F]+")
                            || (f.length == 4 && !(f[3].startsWith("[") && f[3].endsWith("]")))) {
                        throw new IllegalArgumentException("kallsyms line " + line + ": expected 'ADDRESS TYPE NAME"
                                + " [MODULE]', got '" + (l.length() > 80 ? l.substring(0, 80) + "..." : l) + "'");
                    }
                    names.add(f[2]);
                }
                line++;
                start = end + 1;
            }
            return new Listed(names);
        }

        /** See {@link #textOnly()}. */
        record TextOnly() implements Kallsyms {
            static final TextOnly INSTANCE = new TextOnly();

            @Override
            public Kind kind() {
                return Kind.TEXT_ONLY;
            }

            @Override
            public boolean resolves(String name, boolean function) {
                return function;
            }
        }

        /** See {@link #all()}. */
        record All() implements Kallsyms {
            static final All INSTANCE = new All();

            @Override
            public Kind kind() {
                return Kind.ALL;
            }

            @Override
            public boolean resolves(String name, boolean function) {
                return true;
            }
        }

        /** See {@link #of}. */
        record Listed(java.util.Set<String> names) implements Kallsyms {
            public Listed {
                names = java.util.Set.copyOf(names);
            }

            @Override
            public Kind kind() {
                return Kind.LISTED;
            }

            @Override
            public boolean resolves(String name, boolean function) {
                return names.contains(name);
            }

            @Override
            public String toString() {
                return "Listed[" + names.size() + " symbols]";
            }
        }
    }

    /** Linux 6.18, privileged loader, CPU count unknown. */
    public static KernelProfile linux618() {
        return new KernelProfile("6.18", 0);
    }

    /** Linux 6.18 on a machine with {@code possibleCpus} possible CPUs. */
    public static KernelProfile linux618(int possibleCpus) {
        return new KernelProfile("6.18", possibleCpus);
    }
}
