package io.github.bpf4j.elf;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a program attaches, as its section name says, following the rules of libbpf 1.1's auto-attach handlers
 * ({@code attach_kprobe}, {@code attach_uprobe}, {@code attach_tp}, {@code attach_raw_tp}, {@code attach_trace},
 * {@code attach_lsm}, {@code attach_iter}, {@code attach_ksyscall}).
 */
public sealed interface AttachTarget {

    /** The kinds of target. */
    enum Kind { KPROBE, UPROBE, TRACEPOINT, RAW_TRACEPOINT, BTF, SYSCALL }

    Kind kind();

    /** {@code kprobe/func[+offset]} or {@code kretprobe/func}. */
    record Kprobe(String function, long offset, boolean retprobe) implements AttachTarget {
        @Override
        public Kind kind() {
            return Kind.KPROBE;
        }
    }

    /** {@code uprobe/binary:func[+offset]} or {@code uretprobe/binary:func}. */
    record Uprobe(String binary, String function, long offset, boolean retprobe) implements AttachTarget {
        @Override
        public Kind kind() {
            return Kind.UPROBE;
        }
    }

    /** {@code tracepoint/category/name} or {@code tp/category/name}. */
    record Tracepoint(String category, String name) implements AttachTarget {
        @Override
        public Kind kind() {
            return Kind.TRACEPOINT;
        }
    }

    /** {@code raw_tracepoint/name}, {@code raw_tp/name} and their {@code .w} forms. */
    record RawTracepoint(String name) implements AttachTarget {
        @Override
        public Kind kind() {
            return Kind.RAW_TRACEPOINT;
        }
    }

    /** A BTF-named target: {@code tp_btf/}, {@code fentry/}, {@code fexit/}, {@code fmod_ret/}, {@code lsm/}, ... */
    record Btf(String name) implements AttachTarget {
        @Override
        public Kind kind() {
            return Kind.BTF;
        }
    }

    /** {@code ksyscall/name} or {@code kretsyscall/name}. */
    record Syscall(String name, boolean retprobe) implements AttachTarget {
        @Override
        public Kind kind() {
            return Kind.SYSCALL;
        }
    }

    /** A malformed attach specification, with libbpf's reason. */
    final class FormatException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        FormatException(String sectionName, String why) {
            super("section '" + sectionName + "': " + why);
        }
    }

    // sscanf("%m[a-zA-Z0-9_.]+%li") and sscanf("%m[^/]/%m[^:]:%m[a-zA-Z0-9_.]+%li")
    Pattern KPROBE = Pattern.compile("([a-zA-Z0-9_.]+)(?:\\+(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*))?.*");
    Pattern UPROBE = Pattern.compile("([^/]+)/([^:]+)(?::([a-zA-Z0-9_.]+)(?:\\+(-?(?:0[xX][0-9a-fA-F]+|0[0-7]*"
            + "|[1-9][0-9]*)))?)?.*", Pattern.DOTALL);

    /**
     * The target a section name specifies, or empty when it names none (e.g. {@code SEC("kprobe")} or a type
     * without auto-attach).
     *
     * @throws FormatException where libbpf's auto-attach would fail with {@code -EINVAL}
     */
    static Optional<AttachTarget> parse(String sectionName) {
        String sec = sectionName.startsWith("?") ? sectionName.substring(1) : sectionName;
        Optional<SectionDef> def = SectionDef.find(sec);
        if (def.isEmpty()) {
            return Optional.empty();
        }
        String pattern = def.get().pattern();
        String base = pattern.endsWith("+") ? pattern.substring(0, pattern.length() - 1) : pattern;
        String rest = sec.length() > base.length() + 1 ? sec.substring(base.length() + 1) : null;
        switch (base) {
            case "kprobe", "kretprobe" -> {
                if (rest == null) {
                    return Optional.empty();
                }
                Matcher m = KPROBE.matcher(rest);
                if (!m.matches()) {
                    throw new FormatException(sec, "kprobe name is invalid: " + rest);
                }
                long off = m.group(2) == null ? 0 : Long.decode(m.group(2)); // like %li: 0x hex, 0 octal, decimal
                boolean ret = base.equals("kretprobe");
                if (ret && off != 0) {
                    throw new FormatException(sec, "kretprobes do not support offset specification");
                }
                return Optional.of(new Kprobe(m.group(1), off, ret));
            }
            case "uprobe", "uretprobe", "uprobe.s", "uretprobe.s" -> {
                if (rest == null) {
                    return Optional.empty();
                }
                Matcher m = UPROBE.matcher(sec);
                if (!m.matches() || m.group(3) == null) {
                    throw new FormatException(sec, "missing ':function[+offset]' specification");
                }
                long off = m.group(4) == null ? 0 : Long.decode(m.group(4));
                boolean ret = base.startsWith("uretprobe");
                if (ret && off != 0) {
                    throw new FormatException(sec, "uretprobes do not support offset specification");
                }
                return Optional.of(new Uprobe(m.group(2), m.group(3), off, ret));
            }
            case "tracepoint", "tp" -> {
                if (rest == null) {
                    return Optional.empty();
                }
                int slash = rest.indexOf('/');
                if (slash < 0) {
                    throw new FormatException(sec, "expected " + base + "/<category>/<name>");
                }
                return Optional.of(new Tracepoint(rest.substring(0, slash), rest.substring(slash + 1)));
            }
            case "raw_tracepoint", "raw_tp", "raw_tracepoint.w", "raw_tp.w" -> {
                return rest == null ? Optional.empty() : Optional.of(new RawTracepoint(rest));
            }
            case "ksyscall", "kretsyscall" -> {
                return rest == null ? Optional.empty()
                        : Optional.of(new Syscall(rest, base.equals("kretsyscall")));
            }
            default -> {
                if (def.get().flags().contains(SectionDef.Flag.ATTACH_BTF)) {
                    int slash = sec.indexOf('/');
                    return slash < 0 ? Optional.empty() : Optional.of(new Btf(sec.substring(slash + 1)));
                }
                return Optional.empty();
            }
        }
    }
}
