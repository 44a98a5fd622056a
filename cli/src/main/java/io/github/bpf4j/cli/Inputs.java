package io.github.bpf4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading the files a command is given, with the errors a user can act on. */
final class Inputs {

    private Inputs() {}

    /** The bytes of {@code path}; a missing or unreadable file is a {@link UsageException}. */
    static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new UsageException(path + ": no such file");
        } catch (IOException e) {
            throw new UsageException(path + ": cannot read: " + e.getMessage());
        }
    }

    /** Whether {@code bytes} start with the ELF magic. */
    static boolean isElf(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 0x7f && bytes[1] == 'E' && bytes[2] == 'L' && bytes[3] == 'F';
    }

    /** Writes {@code bytes} to {@code path}. */
    static void write(Path path, byte[] bytes) {
        try {
            Files.write(path, bytes);
        } catch (IOException e) {
            throw new UsageException(path + ": cannot write: " + e.getMessage());
        }
    }
}
