package io.github.bpf4j.sys.internal;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * The few libc functions the module calls. Variadic {@code syscall} and {@code ioctl} receive every argument as a
 * {@code long} so that the upper halves of the argument registers are defined whatever the ABI.
 */
public interface LibC extends Library {

    /** The library, loaded once. */
    LibC INSTANCE = Native.load("c", LibC.class);

    long syscall(long number, Object... args);

    int ioctl(int fd, long request, Object... args);

    Pointer mmap(Pointer addr, long length, int prot, int flags, int fd, long offset);

    int munmap(Pointer addr, long length);

    int mprotect(Pointer addr, long length, int prot);

    int close(int fd);

    int epoll_create1(int flags);

    int epoll_ctl(int epfd, int op, int fd, Pointer event);

    int epoll_wait(int epfd, Pointer events, int maxevents, int timeout);

    int getpid();

    long sysconf(int name);
}
