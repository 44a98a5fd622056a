package io.github.bpf4j.asm.text;

import io.github.bpf4j.asm.CoreResolver;
import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.InsnCodec;
import io.github.bpf4j.asm.text.internal.AsmBuilder;
import io.github.bpf4j.asm.text.internal.LineParser;
import io.github.bpf4j.asm.text.internal.LineScanner;
import io.github.bpf4j.asm.text.internal.LineVisitor;
import io.github.bpf4j.asm.text.internal.ParsedLine;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The text assembler. It reads the BPF syntax of LLVM 19 ({@code clang -S -target bpf}, {@code llvm-mc -triple
 * bpfel}) and produces the same section bytes and relocations as {@code llvm-mc-19 -mcpu=v4 -filetype=obj}; it
 * also reads instructions copied from a kernel verifier log ({@link Dialect#VERIFIER_LOG}).
 *
 * <p>Input is read line by line from a {@link Reader}, so a large file is never held as one string. Every problem
 * is an {@link AsmSyntaxException} with file, line and column. Thread-safe: each call has its own state.
 */
public final class Assembler {

    private static final String DEFAULT_NAME = "<input>";

    private Assembler() {}

    /** Assembles LLVM-syntax text. */
    public static Assembly assemble(String text) {
        return assemble(new StringReader(text), DEFAULT_NAME, Dialect.LLVM);
    }

    /** Assembles text of either dialect, detected with {@link Dialect#detect}; {@code file} names it in errors. */
    public static Assembly assemble(String text, String file) {
        return assemble(new StringReader(text), file, Dialect.detect(text));
    }

    /**
     * Assembles from a reader. A verifier log becomes one {@code .text} section holding its instructions.
     *
     * @param in      the text, read to its end but not closed
     * @param file    the name used in error messages
     * @param dialect the syntax
     */
    public static Assembly assemble(Reader in, String file, Dialect dialect) {
        return assemble(in, file, dialect, null);
    }

    /**
     * Assembles from a reader, resolving CO-RE references ({@code core(task_struct, real_parent)}) with
     * {@code core}; the assembly's {@link Assembly#coreRelocations()} then name types of that resolver's local BTF.
     *
     * @param core the resolver, or null when the text may hold no CO-RE reference
     */
    public static Assembly assemble(Reader in, String file, Dialect dialect, CoreResolver core) {
        if (dialect == Dialect.VERIFIER_LOG) {
            List<Insn> insns = verifierLog(in, file);
            byte[] bytes = InsnCodec.encode(insns);
            List<Assembly.PlacedInsn> placed = new ArrayList<>(insns.size());
            long at = 0;
            for (Insn i : insns) {
                placed.add(new Assembly.PlacedInsn(at, i));
                at += i.slots() * 8L;
            }
            Assembly.Section text = new Assembly.Section(".text", Assembly.SectionType.PROGBITS,
                    EnumSet.of(Assembly.SectionFlag.ALLOC, Assembly.SectionFlag.EXECINSTR), 0, 8, bytes.length, bytes,
                    placed, List.of());
            return new Assembly(List.of(text), List.of(), false, List.of());
        }
        return llvm(in, file, true, core).finish();
    }

    /** Assembles LLVM-syntax text that may hold CO-RE references, resolved with {@code core}. */
    public static Assembly assemble(String text, String file, CoreResolver core) {
        return assemble(new StringReader(text), file, Dialect.detect(text), core);
    }

    /**
     * LLVM-syntax text with the fast path for common instruction lines on or off; tests compare the two, which
     * must agree on every input (the grammar defines the language).
     */
    static Assembly assembleLlvm(Reader in, String file, boolean fastPath) {
        return llvm(in, file, fastPath, null).finish();
    }

    /**
     * Assembles a plain list of instructions (what {@code bpf4j asm IN.s -o OUT.bin} writes): the dialect is
     * detected, labels are resolved to numeric offsets, and the instructions must all sit in one section with
     * nothing a bare list would lose (relocations, data between instructions).
     */
    public static List<Insn> assembleInstructions(String text) {
        return assembleInstructions(new StringReader(text), DEFAULT_NAME, Dialect.detect(text));
    }

    /** As {@link #assembleInstructions(String)}, from a reader in a known dialect. */
    public static List<Insn> assembleInstructions(Reader in, String file, Dialect dialect) {
        if (dialect == Dialect.VERIFIER_LOG) {
            return verifierLog(in, file);
        }
        AsmBuilder b = llvm(in, file, true, null);
        b.finish();
        return b.bareInstructions();
    }

    /**
     * Assembles a file, streaming it; the dialect is detected from its first lines.
     *
     * @throws UncheckedIOException when the file cannot be read
     */
    public static Assembly assemble(Path file) {
        return assemble(file, null);
    }

    /** As {@link #assemble(Path)}, resolving CO-RE references with {@code core} (null: none allowed). */
    public static Assembly assemble(Path file, CoreResolver core) {
        Dialect dialect = detect(file);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return assemble(in, file.toString(), dialect, core);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@link #assembleInstructions(String)} for a file, streaming it. */
    public static List<Insn> assembleInstructions(Path file) {
        Dialect dialect = detect(file);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return assembleInstructions(in, file.toString(), dialect);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Dialect detect(Path file) {
        char[] head = new char[1 << 14];
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int n = in.read(head);
            return Dialect.detect(CharBuffer.wrap(head, 0, Math.max(n, 0)));
        } catch (MalformedInputException e) {
            throw new AsmSyntaxException(file.toString(), 1, 1, "the file is not UTF-8 text", null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The instructions of a pasted verifier log (see {@link Dialect#VERIFIER_LOG}). */
    public static List<Insn> assembleVerifierLog(String log) {
        return verifierLog(new StringReader(log), DEFAULT_NAME);
    }

    private static AsmBuilder llvm(Reader in, String file, boolean fastPath, CoreResolver core) {
        AsmBuilder b = new AsmBuilder(file, core);
        LineVisitor visitor = new LineVisitor(file, b);
        if (Runtime.getRuntime().availableProcessors() < 2) {
            LineScanner scanner = new LineScanner(in, file, Dialect.LLVM);
            LineParser parser = new LineParser(fastPath);
            while (scanner.next()) {
                if (scanner.code != null) {
                    visitor.assembleLine(parser.parse(scanner, file));
                }
            }
            return b;
        }
        ParsingThread parsing = new ParsingThread(in, file, fastPath);
        parsing.start();
        try {
            for (ParsedLine[] batch = parsing.take(); batch != null; batch = parsing.take()) {
                for (ParsedLine line : batch) {
                    visitor.assembleLine(line);
                }
            }
        } finally {
            parsing.interrupt();
        }
        return b;
    }

    /**
     * Reads and parses lines on a second thread while the caller's thread assembles the lines already parsed:
     * lexing and parsing are about two thirds of the work and lines parse independently. Batches keep the hand-over
     * cheap and the queue bounds the memory held. Errors travel through the queue in line order, so the first error
     * reported is the first in the input, as when one thread does everything.
     */
    private static final class ParsingThread extends Thread {
        private static final int BATCH = 256;
        private static final Object END = new Object();
        private final BlockingQueue<Object> queue =
                new ArrayBlockingQueue<>(16);
        private final Reader in;
        private final String file;
        private final boolean fastPath;

        ParsingThread(Reader in, String file, boolean fastPath) {
            super("bpf4j-asm-parse");
            setDaemon(true);
            this.in = in;
            this.file = file;
            this.fastPath = fastPath;
        }

        @Override
        public void run() {
            ParsedLine[] batch = new ParsedLine[BATCH];
            int n = 0;
            try {
                try {
                    LineScanner scanner = new LineScanner(in, file, Dialect.LLVM);
                    LineParser parser = new LineParser(fastPath);
                    while (scanner.next()) {
                        if (scanner.code == null) {
                            continue;
                        }
                        ParsedLine parsed = parser.parse(scanner, file);
                        batch[n++] = parsed;
                        if (n == BATCH) {
                            queue.put(batch);
                            batch = new ParsedLine[BATCH];
                            n = 0;
                        }
                    }
                    flush(batch, n);
                    queue.put(END);
                } catch (RuntimeException | Error e) {
                    // the lines before the failing one go first: one of them may hold an earlier error
                    flush(batch, n);
                    queue.put(e);
                }
            } catch (InterruptedException stopped) {
                // the assembling thread gave up (an error, or it is done): stop reading
            }
        }

        private void flush(ParsedLine[] batch, int n) throws InterruptedException {
            if (n > 0) {
                queue.put(Arrays.copyOf(batch, n));
            }
        }

        /** The next batch, or null at the end; rethrows what the parsing thread threw. */
        ParsedLine[] take() {
            Object o;
            try {
                o = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while assembling", e);
            }
            if (o == END) {
                return null;
            }
            if (o instanceof RuntimeException e) {
                throw e;
            }
            if (o instanceof Error e) {
                throw e;
            }
            return (ParsedLine[]) o;
        }
    }

    private record Seen(Insn insn, int line) {}

    /**
     * The instructions of a verifier log by instruction index, without requiring every index to be present (the
     * log shows only the instructions the verifier visited).
     */
    public static SortedMap<Integer, Insn> assembleVerifierLogByIndex(String log) {
        SortedMap<Integer, Insn> out = new TreeMap<>();
        verifierLogIndexed(new StringReader(log), DEFAULT_NAME).forEach((k, v) -> out.put(k, v.insn()));
        return out;
    }

    private static List<Insn> verifierLog(Reader in, String file) {
        TreeMap<Integer, Seen> byIndex = verifierLogIndexed(in, file);
        List<Insn> out = new ArrayList<>(byIndex.size());
        int expect = 0;
        for (Map.Entry<Integer, Seen> e : byIndex.entrySet()) {
            if (e.getKey() != expect) {
                String why = e.getKey() < expect ? "overlaps the 16-byte instruction before it"
                        : "follows index " + (expect - 1) + ": the log has no instruction " + expect
                                + " (the verifier did not visit it)";
                throw new AsmSyntaxException(file, e.getValue().line(), 1, "instruction " + e.getKey() + " " + why,
                        null);
            }
            out.add(e.getValue().insn());
            expect += e.getValue().insn().slots();
        }
        return out;
    }

    private static TreeMap<Integer, Seen> verifierLogIndexed(Reader in, String file) {
        LineScanner scanner = new LineScanner(in, file, Dialect.VERIFIER_LOG);
        LineParser parser = new LineParser();
        LineVisitor visitor = new LineVisitor(file, null);
        TreeMap<Integer, Seen> byIndex = new TreeMap<>();
        int next = 0;
        while (scanner.next()) {
            if (scanner.code == null) {
                continue;
            }
            LineVisitor.Built b = visitor.verifierInsn(parser.parse(scanner, file));
            int index = scanner.index >= 0 ? scanner.index : next;
            Seen before = byIndex.get(index);
            if (before != null) {
                if (!before.insn().equals(b.insn())) {
                    throw new AsmSyntaxException(file, scanner.lineNumber, scanner.opcodeColumn - 1,
                            "instruction " + index + " differs from the one at line " + before.line(), null);
                }
            } else {
                byIndex.put(index, new Seen(b.insn(), scanner.lineNumber));
            }
            next = index + b.insn().slots();
        }
        return byIndex;
    }
}
