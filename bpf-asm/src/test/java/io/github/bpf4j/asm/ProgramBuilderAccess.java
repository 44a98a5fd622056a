package io.github.bpf4j.asm;

/** Lets tests in other packages reach the sample program of {@link ProgramBuilderTest}. */
public final class ProgramBuilderAccess {

    private ProgramBuilderAccess() {}

    public static ProgramBuilder realistic() {
        return ProgramBuilderTest.realistic();
    }

    public static String realisticText() {
        return ProgramBuilderTest.REALISTIC_TEXT;
    }
}
