package io.github.bpf4j.cli;

import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.LoadImm64;
import io.github.bpf4j.asm.text.Assembler;
import io.github.bpf4j.asm.text.Assembly;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bundled example's assembly text with its {@code .set} constants bound, assembled into its programs.
 *
 * <p>The constants are substituted into the text before assembling, each {@code .set} line turned into a comment
 * so that line numbers stay those of the bundled file. This works whether or not the assembler knows {@code .set},
 * and it is how the kernel-structure offsets of execsnoop get the running kernel's values: a stand-in for CO-RE
 * relocations until the assembler can write them.
 *
 * @param resource  the bundled file, relative to this package
 * @param constants the {@code .set} constants as bound, in file order
 * @param assembly  the assembled text
 */
record ExampleSource(String resource, Map<String, Long> constants, Assembly assembly) {

    private static final Pattern SET = Pattern.compile("(?m)^[ \\t]*\\.set[ \\t]+([A-Za-z_][A-Za-z0-9_]*)[ \\t]*,"
            + "[ \\t]*(-?[0-9]+)[ \\t]*$");

    ExampleSource {
        constants = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(constants));
    }

    /**
     * Reads {@code resource} and assembles it with {@code bindings} in place of the file's own {@code .set} values.
     *
     * @throws IllegalArgumentException when a binding names a constant the file does not define
     */
    static ExampleSource of(String resource, Map<String, Long> bindings) {
        String text = bundled(resource);
        Map<String, Long> defaults = defaults(text);
        for (String name : bindings.keySet()) {
            if (!defaults.containsKey(name)) {
                throw new IllegalArgumentException(resource + " defines no constant " + name + " (it has "
                        + defaults.keySet() + ")");
            }
        }
        Map<String, Long> bound = new LinkedHashMap<>(defaults);
        bound.putAll(bindings);
        return new ExampleSource(resource, bound, Assembler.assemble(substitute(text, bound), resource));
    }

    /** The {@code .set NAME, VALUE} constants of a text, in order. */
    static Map<String, Long> defaults(String text) {
        Map<String, Long> out = new LinkedHashMap<>();
        Matcher m = SET.matcher(text);
        while (m.find()) {
            out.put(m.group(1), Long.parseLong(m.group(2)));
        }
        return out;
    }

    /** The text with every {@code .set} line commented out and every use of a constant replaced by its value. */
    static String substitute(String text, Map<String, Long> values) {
        String set = SET.matcher(text).replaceAll(r -> Matcher.quoteReplacement("# .set " + r.group(1) + ", "
                + values.get(r.group(1)) + " (bound by bpf4j)"));
        StringBuilder out = new StringBuilder(set.length());
        for (String line : set.split("\n", -1)) {
            // only the code before a comment: the constants' names may appear in prose
            int hash = line.indexOf('#');
            String code = hash < 0 ? line : line.substring(0, hash);
            for (Map.Entry<String, Long> e : values.entrySet()) {
                code = code.replaceAll("\\b" + Pattern.quote(e.getKey()) + "\\b", e.getValue().toString());
            }
            out.append(code).append(hash < 0 ? "" : line.substring(hash)).append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    /** The program sections, in file order (not the empty {@code .text} every assembly has). */
    List<Assembly.Section> programs() {
        return assembly.sections().stream().filter(s -> s.isCode() && s.size() > 0).toList();
    }

    /** The maps the programs load with {@code r = NAME ll}, in first-use order. */
    Set<String> mapNames() {
        Set<String> names = new LinkedHashSet<>();
        for (Assembly.Section s : programs()) {
            for (Assembly.Relocation r : s.relocations()) {
                if (r.type() == Assembly.RelocationType.BPF_64_64) {
                    names.add(r.symbol().name());
                }
            }
        }
        return names;
    }

    /**
     * The instructions of a program with every {@code r = NAME ll} turned into a map load of {@code fdOf(NAME)}:
     * a file descriptor for the kernel, or an index into the map list for the verifier simulator.
     *
     * @throws IllegalStateException when a relocation does not sit on a 64-bit immediate load
     */
    static List<Insn> linked(Assembly.Section program, ToIntFunction<String> fdOf) {
        Map<Long, String> maps = new LinkedHashMap<>();
        for (Assembly.Relocation r : program.relocations()) {
            if (r.type() != Assembly.RelocationType.BPF_64_64) {
                throw new IllegalStateException(program.name() + ": relocation " + r.type() + " at byte "
                        + r.offset() + " against " + r.symbol().name() + " is not a map reference");
            }
            maps.put(r.offset(), r.symbol().name());
        }
        List<Insn> out = new ArrayList<>();
        for (Assembly.PlacedInsn p : program.insns()) {
            String map = maps.remove(p.offset());
            if (map == null) {
                out.add(p.insn());
            } else if (p.insn() instanceof LoadImm64 ld) {
                out.add(LoadImm64.mapFd(ld.dst(), fdOf.applyAsInt(map)));
            } else {
                throw new IllegalStateException(program.name() + ": the reference to map " + map + " at byte "
                        + p.offset() + " is not on a 64-bit immediate load");
            }
        }
        if (!maps.isEmpty()) {
            throw new IllegalStateException(program.name() + ": map references at bytes " + maps.keySet()
                    + " fall on no instruction");
        }
        return out;
    }

    /** The text of a file bundled in the jar. */
    static String bundled(String resource) {
        try (InputStream in = ExampleSource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundled " + resource + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("reading the bundled " + resource, e);
        }
    }
}
