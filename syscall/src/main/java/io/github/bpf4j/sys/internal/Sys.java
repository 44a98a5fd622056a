package io.github.bpf4j.sys.internal;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import io.github.bpf4j.sys.BpfCommand;
import io.github.bpf4j.sys.BpfException;
import io.github.bpf4j.sys.Errno;
import java.lang.ref.Reference;
import java.util.Locale;

/** Raw system calls: numbers per architecture and errno capture. */
public final class Sys {

    private static final String ARCH = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);

    /** {@code __NR_bpf}: 321 on x86_64, 280 on aarch64 (asm-generic). */
    public static final long NR_BPF = ARCH.equals("aarch64") || ARCH.equals("arm64") ? 280 : 321;

    /** {@code __NR_perf_event_open}: 298 on x86_64, 241 on aarch64. */
    public static final long NR_PERF_EVENT_OPEN = ARCH.equals("aarch64") || ARCH.equals("arm64") ? 241 : 298;

    /** {@code __NR_gettid}: 186 on x86_64, 178 on aarch64. */
    public static final long NR_GETTID = ARCH.equals("aarch64") || ARCH.equals("arm64") ? 178 : 186;

    /** {@code PERF_FLAG_FD_CLOEXEC}. */
    public static final long PERF_FLAG_FD_CLOEXEC = 1L << 3;

    public static final long PERF_EVENT_IOC_ENABLE = 0x2400;
    public static final long PERF_EVENT_IOC_DISABLE = 0x2401;
    /** {@code _IOW('$', 8, __u32)}. */
    public static final long PERF_EVENT_IOC_SET_BPF = 0x40042408L;

    public static final int PROT_READ = 1;
    public static final int PROT_WRITE = 2;
    public static final int MAP_SHARED = 1;
    public static final int EPOLL_CLOEXEC = 0x80000;
    public static final int EPOLLIN = 1;

    private static final LibC C = LibC.INSTANCE;

    private Sys() {}

    /** The page size of this machine. */
    public static final int PAGE_SIZE = pageSize();

    private static int pageSize() {
        long size = LibC.INSTANCE.sysconf(30); // _SC_PAGESIZE on Linux
        return size > 0 ? (int) size : 4096;
    }

    /**
     * Calls {@code bpf(cmd, attr, size)}; returns the non-negative result or throws {@link BpfException}. EINTR
     * and EAGAIN from program loads are retried as libbpf does (sys_bpf_prog_load retries EAGAIN a few times).
     */
    public static int bpf(BpfCommand cmd, Memory attr) {
        int r = bpfOrErrno(cmd, attr);
        if (r < 0) {
            throw new BpfException(cmd.name(), Errno.of(-r));
        }
        return r;
    }

    /** Calls {@code bpf(cmd, attr, size)}; returns the result or {@code -errno}. */
    public static int bpfOrErrno(BpfCommand cmd, Memory attr) {
        for (int attempt = 0; ; attempt++) {
            long r = FastSyscall.call(NR_BPF, cmd.code(), Pointer.nativeValue(attr), attr.size());
            Reference.reachabilityFence(attr); // its cleaner must not free it during the call
            if (r >= 0) {
                return (int) r;
            }
            int errno = (int) -r;
            boolean retry = errno == Errno.EINTR.number()
                    || (errno == Errno.EAGAIN.number() && cmd == BpfCommand.PROG_LOAD && attempt < 5);
            if (!retry) {
                return -errno;
            }
        }
    }

    /** The calling thread's kernel id. */
    public static int gettid() {
        return (int) C.syscall(NR_GETTID);
    }

    /** {@code getpid()} as a real system call (glibc does not cache it). */
    public static int getpid() {
        return C.getpid();
    }

    /** {@code perf_event_open(attr, pid, cpu, -1, PERF_FLAG_FD_CLOEXEC)}; returns the fd or {@code -errno}. */
    public static int perfEventOpen(Memory attr, int pid, int cpu) {
        long r = C.syscall(NR_PERF_EVENT_OPEN, attr, (long) pid, (long) cpu, -1L, PERF_FLAG_FD_CLOEXEC);
        return r >= 0 ? (int) r : -Native.getLastError();
    }

    /** {@code ioctl(fd, request, arg)}; returns the result or {@code -errno}. */
    public static int ioctl(int fd, long request, long arg) {
        int r = C.ioctl(fd, request, arg);
        return r >= 0 ? r : -Native.getLastError();
    }

    /** {@code mmap(NULL, length, prot, MAP_SHARED, fd, offset)}; returns the mapping or throws. */
    public static Pointer mmap(String what, long length, int prot, int fd, long offset) {
        Pointer p = C.mmap(null, length, prot, MAP_SHARED, fd, offset);
        if (Pointer.nativeValue(p) == -1L) {
            throw new BpfException("mmap " + what, Errno.of(Native.getLastError()));
        }
        return p;
    }

    /** Unmaps a mapping made by {@link #mmap}. */
    public static void munmap(Pointer p, long length) {
        C.munmap(p, length);
    }

    /** Closes a file descriptor, ignoring errors (close is not retried on Linux). */
    public static void close(int fd) {
        if (fd >= 0) {
            C.close(fd);
        }
    }

    /** {@code epoll_create1(EPOLL_CLOEXEC)}. */
    public static int epollCreate() {
        int r = C.epoll_create1(EPOLL_CLOEXEC);
        if (r < 0) {
            throw new BpfException("epoll_create1", Errno.of(Native.getLastError()));
        }
        return r;
    }

    /**
     * Adds {@code fd} to the epoll set with {@code EPOLLIN} and {@code data} as its cookie. {@code struct
     * epoll_event} is packed (12 bytes) on x86_64 and naturally aligned (16 bytes) elsewhere.
     */
    public static void epollAdd(int epfd, int fd, long data) {
        try (Memory ev = new Memory(16)) {
            ev.clear();
            ev.setInt(0, EPOLLIN);
            ev.setLong(EPOLL_DATA_OFFSET, data);
            if (C.epoll_ctl(epfd, 1, fd, ev) < 0) {
                throw new BpfException("epoll_ctl", Errno.of(Native.getLastError()));
            }
        }
    }

    /** Bytes per {@code struct epoll_event}. */
    public static final int EPOLL_EVENT_SIZE = ARCH.equals("amd64") || ARCH.equals("x86_64") ? 12 : 16;
    /** Offset of {@code data} in {@code struct epoll_event}. */
    public static final int EPOLL_DATA_OFFSET = EPOLL_EVENT_SIZE == 12 ? 4 : 8;

    /** {@code epoll_wait}; returns the number of events, 0 on timeout or EINTR. */
    public static int epollWait(int epfd, Memory events, int max, int timeoutMillis) {
        int r = C.epoll_wait(epfd, events, max, timeoutMillis);
        if (r < 0) {
            int errno = Native.getLastError();
            if (errno == Errno.EINTR.number()) {
                return 0;
            }
            throw new BpfException("epoll_wait", Errno.of(errno));
        }
        return r;
    }
}
