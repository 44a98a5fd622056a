package io.github.bpf4j.verifier;

import java.nio.file.Path;

/** Prints the kernel's and the simulator's logs of one recorded program (a development aid, run by hand). */
final class ShowLog {
    public static void main(String[] args) {
        for (Corpus c : Corpus.all(Path.of(args[0]))) {
            if (c.name().equals(args[1])) {
                System.out.println("--- kernel\n" + c.kernel().log());
                System.out.println("--- sim\n" + Verifier.forKernel(Corpus.profile()).verify(c.input()).log());
            }
        }
    }

    private ShowLog() {}
}
