package io.github.bpf4j.sys;

/**
 * The result of {@code BPF_PROG_TEST_RUN}.
 *
 * @param retval     the program's return value (of the last run)
 * @param durationNs the mean duration of one run in nanoseconds, as the kernel measures it
 * @param dataOut    the output data (as many bytes as the kernel wrote), empty when none was asked for
 * @param ctxOut     the output context, empty when none was asked for
 */
public record TestRunResult(int retval, long durationNs, byte[] dataOut, byte[] ctxOut) {}
