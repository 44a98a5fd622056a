package io.github.bpf4j.sys;

import java.util.Map;

/**
 * A Linux errno value with its symbolic name ({@code asm-generic/errno-base.h}, {@code errno.h} and the
 * kernel-internal {@code ENOTSUPP} = 524 that the bpf syscall lets through).
 *
 * @param number the positive errno value
 */
public record Errno(int number) {

    public static final Errno EPERM = new Errno(1);
    public static final Errno ENOENT = new Errno(2);
    public static final Errno ESRCH = new Errno(3);
    public static final Errno EINTR = new Errno(4);
    public static final Errno EIO = new Errno(5);
    public static final Errno E2BIG = new Errno(7);
    public static final Errno ENOEXEC = new Errno(8);
    public static final Errno EBADF = new Errno(9);
    public static final Errno EAGAIN = new Errno(11);
    public static final Errno ENOMEM = new Errno(12);
    public static final Errno EACCES = new Errno(13);
    public static final Errno EFAULT = new Errno(14);
    public static final Errno EBUSY = new Errno(16);
    public static final Errno EEXIST = new Errno(17);
    public static final Errno ENODEV = new Errno(19);
    public static final Errno EINVAL = new Errno(22);
    public static final Errno EMFILE = new Errno(24);
    public static final Errno ENOTTY = new Errno(25);
    public static final Errno ENOSPC = new Errno(28);
    public static final Errno ERANGE = new Errno(34);
    public static final Errno ENOSYS = new Errno(38);
    public static final Errno ELOOP = new Errno(40);
    public static final Errno EILSEQ = new Errno(84);
    public static final Errno EOPNOTSUPP = new Errno(95);
    public static final Errno ENOTSUPP = new Errno(524);

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(1, "EPERM"), Map.entry(2, "ENOENT"), Map.entry(3, "ESRCH"), Map.entry(4, "EINTR"),
            Map.entry(5, "EIO"), Map.entry(6, "ENXIO"), Map.entry(7, "E2BIG"), Map.entry(8, "ENOEXEC"),
            Map.entry(9, "EBADF"), Map.entry(10, "ECHILD"), Map.entry(11, "EAGAIN"), Map.entry(12, "ENOMEM"),
            Map.entry(13, "EACCES"), Map.entry(14, "EFAULT"), Map.entry(16, "EBUSY"), Map.entry(17, "EEXIST"),
            Map.entry(18, "EXDEV"), Map.entry(19, "ENODEV"), Map.entry(20, "ENOTDIR"), Map.entry(21, "EISDIR"),
            Map.entry(22, "EINVAL"), Map.entry(23, "ENFILE"), Map.entry(24, "EMFILE"), Map.entry(25, "ENOTTY"),
            Map.entry(27, "EFBIG"), Map.entry(28, "ENOSPC"), Map.entry(30, "EROFS"), Map.entry(34, "ERANGE"),
            Map.entry(36, "ENAMETOOLONG"), Map.entry(38, "ENOSYS"), Map.entry(39, "ENOTEMPTY"),
            Map.entry(40, "ELOOP"), Map.entry(61, "ENODATA"), Map.entry(75, "EOVERFLOW"), Map.entry(84, "EILSEQ"),
            Map.entry(95, "EOPNOTSUPP"), Map.entry(524, "ENOTSUPP"));

    public Errno {
        if (number <= 0) {
            throw new IllegalArgumentException("errno values are positive, got " + number);
        }
    }

    /** The errno of a positive number. */
    public static Errno of(int number) {
        return new Errno(number);
    }

    /** The symbolic name ({@code EINVAL}), or {@code errno N} for a number without one here. */
    public String symbol() {
        return NAMES.getOrDefault(number, "errno " + number);
    }

    @Override
    public String toString() {
        return symbol();
    }
}
