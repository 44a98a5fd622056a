package io.github.bpf4j.verifier.internal.protos;

import io.github.bpf4j.asm.Helper;
import java.util.List;
import java.util.Objects;

/**
 * One {@code struct bpf_func_proto} of Linux 6.18: the facts the verifier checks a helper call against.
 *
 * @param symbol the kernel's name of the prototype object ({@code bpf_get_stackid_proto_pe}): one helper has one
 *     prototype per group of program types that share it
 * @param helper the helper it describes
 * @param ret {@code ret_type}
 * @param args {@code arg1_type .. arg5_type}, always five, unused ones {@link Arg#DONTCARE}
 * @param gplOnly {@code gpl_only}: a program whose license is not GPL-compatible may not call it
 * @param mightSleep {@code might_sleep}: only sleepable programs may call it
 * @param pktAccess {@code pkt_access}: packet pointers may be passed as memory arguments
 * @param allowed whether the prototype has an {@code allowed} callback (d_path, sk_storage in tracing, ima hashes):
 *     the kernel then refuses some programs of an otherwise allowed type with "helper call is not allowed in probe"
 */
public record HelperProto(String symbol, Helper helper, Ret ret, List<Arg> args, boolean gplOnly, boolean mightSleep,
                          boolean pktAccess, boolean allowed) {

    /** The number of arguments the prototype has (slots before the first unused one). */
    public int argCount() {
        int n = 0;
        while (n < args.size() && args.get(n).base() != ArgType.DONTCARE) {
            n++;
        }
        return n;
    }

    public HelperProto {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(helper, "helper");
        Objects.requireNonNull(ret, "ret");
        args = List.copyOf(args);
        if (args.size() != 5) {
            throw new IllegalArgumentException(symbol + ": a prototype has 5 argument slots, not " + args.size());
        }
        boolean unused = false;
        for (Arg a : args) {
            if (unused && a.base() != ArgType.DONTCARE) {
                throw new IllegalArgumentException(symbol + ": argument after an unused slot");
            }
            unused |= a.base() == ArgType.DONTCARE;
        }
    }

    /** The argument {@code n}, 1-based as the kernel counts ({@code arg1_type}). */
    public Arg arg(int n) {
        if (n < 1 || n > 5) {
            throw new IllegalArgumentException("helper arguments are 1 to 5, not " + n);
        }
        return args.get(n - 1);
    }
}
