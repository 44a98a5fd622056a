package io.github.bpf4j.cli;

/** Bad input or usage that the user can correct: printed as {@code bpf4j: message}, exit code 2. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
