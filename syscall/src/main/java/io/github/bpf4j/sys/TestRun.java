package io.github.bpf4j.sys;

/**
 * The input of {@code BPF_PROG_TEST_RUN}.
 *
 * @param dataIn      packet or input data, or {@code null}
 * @param dataSizeOut bytes to receive of output data (0: none)
 * @param ctxIn       context input, or {@code null}
 * @param ctxSizeOut  bytes to receive of the output context (0: none)
 * @param repeat      runs; 0 means one (raw tracepoint test runs accept only 0)
 * @param flags       {@code BPF_F_TEST_*} flags
 * @param cpu         CPU to run on with {@code BPF_F_TEST_RUN_ON_CPU}, else 0
 */
public record TestRun(byte[] dataIn, int dataSizeOut, byte[] ctxIn, int ctxSizeOut, int repeat, int flags,
        int cpu) {

    /** {@code BPF_F_TEST_RUN_ON_CPU}. */
    public static final int F_RUN_ON_CPU = 1;

    public TestRun {
        if (dataSizeOut < 0 || ctxSizeOut < 0 || repeat < 0 || cpu < 0) {
            throw new IllegalArgumentException("test run sizes, repeat and cpu are non-negative");
        }
    }

    /** One run over {@code data} with room for as much data out. */
    public static TestRun ofData(byte[] data) {
        return new TestRun(data, data == null ? 0 : data.length, null, 0, 0, 0, 0);
    }

    /** One run with a context and no data. */
    public static TestRun ofCtx(byte[] ctx) {
        return new TestRun(null, 0, ctx, 0, 0, 0, 0);
    }

    public TestRun withRepeat(int n) {
        return new TestRun(dataIn, dataSizeOut, ctxIn, ctxSizeOut, n, flags, cpu);
    }

    public TestRun withDataSizeOut(int n) {
        return new TestRun(dataIn, n, ctxIn, ctxSizeOut, repeat, flags, cpu);
    }

    public TestRun withCtxSizeOut(int n) {
        return new TestRun(dataIn, dataSizeOut, ctxIn, n, repeat, flags, cpu);
    }
}
