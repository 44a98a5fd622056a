package io.github.bpf4j.cli;

import io.github.bpf4j.asm.text.AsmSyntaxException;
import io.github.bpf4j.btf.BtfFormatException;
import io.github.bpf4j.elf.ElfFormatException;

/** How a failed command reports itself: one line a user can act on, and the exit code. */
final class Errors {

    private Errors() {}

    /** The line printed on standard error. Syntax errors already start with {@code file:line:col:}. */
    static String describe(Exception e) {
        if (e instanceof AsmSyntaxException) {
            return e.getMessage();
        }
        // BTF is checked item by item when a type is decoded, so a malformed member can surface mid-command
        if (e instanceof UsageException || e instanceof ElfFormatException || e instanceof BtfFormatException) {
            return "bpf4j: " + e.getMessage();
        }
        return "bpf4j: internal error: " + e;
    }

    /** 2 for bad input; internal errors also exit 2 after saying so (there is no negative answer to give). */
    static int exitCode(Exception e) {
        return Main.BAD_INPUT;
    }
}
