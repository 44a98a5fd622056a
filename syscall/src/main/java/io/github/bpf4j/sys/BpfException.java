package io.github.bpf4j.sys;

import java.util.Objects;

/**
 * A failed system call of this module: which command, the errno, and a hint at the usual cause. The message reads
 * {@code "BPF_MAP_CREATE failed with EPERM: <detail>; hint: <hint>"}.
 */
public class BpfException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String command;
    private final Errno errno;
    private final String hint;

    /** A failure with the default hint for the errno. */
    public BpfException(String command, Errno errno) {
        this(command, errno, null, hintFor(command, errno));
    }

    /**
     * A failure with a detail (what was being done, may be {@code null}) and a hint (may be {@code null}).
     */
    public BpfException(String command, Errno errno, String detail, String hint) {
        super(message(command, errno, detail, hint));
        this.command = Objects.requireNonNull(command, "command");
        this.errno = Objects.requireNonNull(errno, "errno");
        this.hint = hint;
    }

    /** The failing command: a {@link BpfCommand} name with {@code BPF_} prefix or a system call name. */
    public String command() {
        return command;
    }

    /** The errno the call returned. */
    public Errno errno() {
        return errno;
    }

    /** The hint at the usual cause, or {@code null}. */
    public String hint() {
        return hint;
    }

    private static String message(String command, Errno errno, String detail, String hint) {
        StringBuilder sb = new StringBuilder().append(displayName(command)).append(" failed with ").append(errno);
        if (detail != null && !detail.isEmpty()) {
            sb.append(": ").append(detail);
        }
        if (hint != null && !hint.isEmpty()) {
            sb.append("; hint: ").append(hint);
        }
        return sb.toString();
    }

    private static String displayName(String command) {
        for (BpfCommand c : BpfCommand.values()) {
            if (c.name().equals(command)) {
                return "BPF_" + command;
            }
        }
        return command;
    }

    /** The usual cause of an errno for a command. */
    public static String hintFor(String command, Errno errno) {
        return switch (errno.symbol()) {
            case "EPERM" -> "needs root or CAP_BPF (plus CAP_PERFMON for tracing programs and perf events, "
                    + "CAP_NET_ADMIN for networking program types)";
            case "EACCES" -> command.equals("OBJ_GET") || command.equals("OBJ_PIN")
                    ? "no permission on the bpffs path"
                    : "access refused: the verifier rejected a memory access or an LSM denied the operation";
            case "E2BIG" -> "a size is too large for this kernel: too many instructions, a key or value too big, "
                    + "or a non-zero attribute field this kernel does not know";
            case "EINVAL" -> "the kernel rejected an attribute: a type, size or flag this command, map or program "
                    + "type does not accept";
            case "ENOSPC" -> command.equals("PROG_LOAD") || command.equals("BTF_LOAD")
                    ? "the log buffer is too small for the verifier log"
                    : "no space: the map is full (max_entries reached)";
            case "ENOENT" -> command.equals("MAP_LOOKUP_ELEM") || command.equals("MAP_DELETE_ELEM")
                    || command.equals("MAP_UPDATE_ELEM")
                    ? "the key is not in the map" : "no such object, path or attach point";
            case "EBADF" -> "a file descriptor passed is closed or not of the kind the command needs";
            case "EFAULT" -> "the kernel could not access a user buffer: a pointer or size in the attributes is wrong";
            case "EEXIST" -> "the key or path already exists";
            case "ENOMEM" -> "the kernel could not allocate memory (memory cgroup limit?): lower max_entries";
            case "EMFILE" -> "too many open files: close descriptors or raise RLIMIT_NOFILE";
            case "EBUSY" -> "the object is busy: already attached or in use";
            case "EOPNOTSUPP", "ENOTSUPP" -> "this kernel does not support the operation for this object type";
            case "EILSEQ" -> "the probe address is not on an instruction boundary (kprobe offset inside an "
                    + "instruction)";
            default -> null;
        };
    }
}
