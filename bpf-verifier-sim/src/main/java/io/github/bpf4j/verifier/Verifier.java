package io.github.bpf4j.verifier;

import io.github.bpf4j.verifier.internal.Checker;
import io.github.bpf4j.verifier.internal.VerifierBug;
import java.util.Objects;

/**
 * An offline model of the Linux verifier: given a program it predicts the kernel's verdict, the failing
 * instruction, the message and the level-1 log, following kernel/bpf/verifier.c of the profile's release.
 *
 * <pre>{@code
 * Verdict v = Verifier.forKernel(KernelProfile.linux618())
 *         .verify(ProgramInput.of(code, ProgType.XDP, null, List.of()));
 * }</pre>
 *
 * <p>{@link #verify} never throws for any program: a failure inside the simulator becomes a verdict whose
 * {@link Verdict#internalBug()} says what went wrong. Immutable and thread-safe.
 */
public final class Verifier {

    private final KernelProfile profile;

    private Verifier(KernelProfile profile) {
        this.profile = profile;
    }

    /** A verifier for a kernel; only {@link KernelProfile#linux618()} is modelled. */
    public static Verifier forKernel(KernelProfile profile) {
        Objects.requireNonNull(profile, "profile");
        if (!"6.18".equals(profile.release())) {
            throw new IllegalArgumentException("only the Linux 6.18 verifier is simulated, not " + profile.release());
        }
        return new Verifier(profile);
    }

    /** The profile simulated. */
    public KernelProfile profile() {
        return profile;
    }

    /** Simulates loading {@code input}. */
    public Verdict verify(ProgramInput input) {
        Objects.requireNonNull(input, "input");
        try {
            // Most programs are accepted, and an accepted program's level-1 log is only its statistics: simulate
            // without formatting the walk first, and walk again with the log only to explain a rejection.
            Checker.Result r = checker(input).quiet().run();
            if (r.errno() != null) {
                r = checker(input).run();
            }
            return Verdict.fromLog(r.errno(), r.log());
        } catch (VerifierBug e) {
            return bug(e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return bug(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private Checker checker(ProgramInput input) {
        return new Checker(input.insns(), input.type(), input.expectedAttachType(), input.maps(),
                profile.possibleCpus()).kernelBtf(profile.btf(), input.attachBtf()).kallsyms(profile.kallsyms())
                .extInfo(input.lineInfo(), !input.funcInfo().isEmpty())
                .funcInfo(input.funcInfo(), input.btf());
    }

    private static Verdict bug(String what) {
        return new Verdict(false, null, null, "EFAULT", null, "", what);
    }
}
