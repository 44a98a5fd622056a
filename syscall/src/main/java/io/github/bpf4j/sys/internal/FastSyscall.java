package io.github.bpf4j.sys.internal;

import com.sun.jna.Function;
import com.sun.jna.JNIEnv;
import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import io.github.bpf4j.sys.Errno;
import java.util.Locale;
import java.util.Map;

/**
 * System calls of up to three arguments at the cost of a plain JNI call, for the paths where the call itself is the
 * work (map element commands). A call through JNA's direct mapping costs about 300 ns on top of the system call:
 * the JVM calls a libffi closure that unpacks the arguments into an array, JNA's {@code dispatch_direct} looks at
 * each one, and {@code ffi_call} packs them into registers again (perf on the map round trip benchmark: a fifth of
 * the thread's time inside libjnidispatch). On x86-64 this class instead binds {@link Stub#call} to six
 * instructions of machine code written at class initialization into a page of its own, registered with JNI's
 * {@code RegisterNatives} (reached through JNA: nothing is compiled or shipped). The JVM's native-call wrapper
 * passes the Java arguments in the registers of the C calling convention after {@code JNIEnv*} and the class;
 * the stub moves them to the system call registers and returns what the kernel returned, {@code -errno} on error:
 * <pre>
 *   mov rax, rdx ; number
 *   mov rdi, rcx ; arg1
 *   mov rsi, r8  ; arg2
 *   mov rdx, r9  ; arg3
 *   syscall      ; clobbers rcx and r11, caller-saved in the C convention
 *   ret
 * </pre>
 * The page is written while read-write and then made read-execute, never both. A self-test ({@code getpid}
 * against the JVM's pid) has to pass before the stub is used. Anywhere else (another architecture, a kernel or
 * policy that refuses executable anonymous memory, {@code -Dbpf4j.syscall.stub=false}) calls go through JNA's
 * direct mapping with the same results. Map round trips against libbpf's from C, benchmarks/compare-sys.sh
 * (2026-11-22, 2 cores, ratio of best rounds): array 0.47-0.83 and hash 0.49-0.51 through JNA (three runs), array
 * 0.82 and 0.92, hash 0.88 and 0.86 through the stub (two runs).
 */
public final class FastSyscall {

    private static final boolean X86_64 = Platform.isLinux() && Platform.isIntel() && Platform.is64Bit();
    private static final long NR_GETPID = 39;
    /** Index of {@code RegisterNatives} in the JNI function table ({@code struct JNINativeInterface_}). */
    private static final int JNI_REGISTER_NATIVES = 215;
    private static final int PROT_READ = 1;
    private static final int PROT_WRITE = 2;
    private static final int PROT_EXEC = 4;
    private static final int MAP_PRIVATE_ANONYMOUS = 0x22;

    private static final byte[] X86_64_STUB = {
        0x48, (byte) 0x89, (byte) 0xd0, // mov rax, rdx
        0x48, (byte) 0x89, (byte) 0xcf, // mov rdi, rcx
        0x4c, (byte) 0x89, (byte) 0xc6, // mov rsi, r8
        0x4c, (byte) 0x89, (byte) 0xca, // mov rdx, r9
        0x0f, 0x05,                     // syscall
        (byte) 0xc3,                    // ret
    };

    /** Whether calls go through the stub; otherwise why not. */
    private static final String UNUSED_BECAUSE = install();
    private static final boolean STUB = UNUSED_BECAUSE == null;

    private FastSyscall() {}

    /** The native method the stub is registered for. */
    private static final class Stub {
        static native long call(long number, long arg1, long arg2, long arg3);
    }

    /** The fallback: {@code syscall(2)} from libc through JNA's direct mapping. */
    private static final class ViaJna {
        static {
            Native.register(ViaJna.class, NativeLibrary.getInstance(Platform.C_LIBRARY_NAME));
        }

        static native long syscall(long number, long arg1, long arg2, long arg3);

        static long call(long number, long arg1, long arg2, long arg3) {
            long r = syscall(number, arg1, arg2, arg3);
            return r == -1 ? -Native.getLastError() : r;
        }
    }

    /** {@code syscall(number, arg1, arg2, arg3)}: the kernel's result, {@code -errno} on failure. */
    public static long call(long number, long arg1, long arg2, long arg3) {
        return STUB ? Stub.call(number, arg1, arg2, arg3) : ViaJna.call(number, arg1, arg2, arg3);
    }

    /** The same call through JNA whatever {@link #usesStub()} says (tests compare the two). */
    static long callViaJna(long number, long arg1, long arg2, long arg3) {
        return ViaJna.call(number, arg1, arg2, arg3);
    }

    /** Whether {@link #call} runs the machine-code stub. */
    public static boolean usesStub() {
        return STUB;
    }

    /** Why {@link #call} goes through JNA, or "" when it does not. */
    public static String fallbackReason() {
        return STUB ? "" : UNUSED_BECAUSE;
    }

    /** Writes and registers the stub; null when it is in use, else the reason it is not. */
    private static String install() {
        if (!X86_64) {
            return "no stub for " + System.getProperty("os.arch", "?").toLowerCase(Locale.ROOT);
        }
        if ("false".equals(System.getProperty("bpf4j.syscall.stub"))) {
            return "turned off by -Dbpf4j.syscall.stub=false";
        }
        try {
            LibC c = LibC.INSTANCE;
            long page = Sys.PAGE_SIZE;
            Pointer code = c.mmap(null, page, PROT_READ | PROT_WRITE, MAP_PRIVATE_ANONYMOUS, -1, 0);
            if (Pointer.nativeValue(code) == -1L) {
                return "mmap of a code page failed: " + errnoName();
            }
            code.write(0, X86_64_STUB, 0, X86_64_STUB.length);
            if (c.mprotect(code, page, PROT_READ | PROT_EXEC) != 0) {
                String why = "mprotect to read-execute refused: " + errnoName();
                c.munmap(code, page);
                return why;
            }
            int rc = registerNative(code);
            if (rc != 0) {
                return "RegisterNatives returned " + rc; // the page stays: the JVM may have bound it
            }
            long pid = Stub.call(NR_GETPID, 0, 0, 0);
            if (pid != ProcessHandle.current().pid()) {
                return "self-test failed: getpid through the stub gave " + pid;
            }
            return null;
        } catch (RuntimeException | LinkageError e) {
            return "could not install: " + e;
        }
    }

    private static String errnoName() {
        return Errno.of(Native.getLastError()).symbol();
    }

    /**
     * Calls JNI {@code RegisterNatives(env, Stub.class, {"call", "(JJJJ)J", code}, 1)}. The function comes from the
     * JNIEnv's table; the JNIEnv pointer itself from {@code memmove(env, env, 0)}, which returns its first argument
     * (JNA substitutes the current JNIEnv for {@link JNIEnv#CURRENT} and passes a Class as its JNI reference when
     * objects are allowed).
     */
    private static int registerNative(Pointer code) {
        Map<String, Object> objects = Map.of(Library.OPTION_ALLOW_OBJECTS, Boolean.TRUE);
        Function memmove = NativeLibrary.getInstance(Platform.C_LIBRARY_NAME).getFunction("memmove");
        long env = (Long) memmove.invoke(long.class, new Object[] {JNIEnv.CURRENT, JNIEnv.CURRENT, 0L}, objects);
        Pointer table = new Pointer(env).getPointer(0);
        Function register = Function.getFunction(table.getPointer((long) JNI_REGISTER_NATIVES * Native.POINTER_SIZE));
        try (Memory name = new Memory(8); Memory signature = new Memory(16); Memory method = new Memory(24)) {
            name.setString(0, "call", "US-ASCII");
            signature.setString(0, "(JJJJ)J", "US-ASCII");
            method.setPointer(0, name);
            method.setPointer(Native.POINTER_SIZE, signature);
            method.setPointer(2L * Native.POINTER_SIZE, code);
            return (Integer) register.invoke(int.class, new Object[] {JNIEnv.CURRENT, Stub.class, method, 1}, objects);
        }
    }
}
