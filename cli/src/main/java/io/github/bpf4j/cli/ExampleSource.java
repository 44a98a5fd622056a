package io.github.bpf4j.cli;

import io.github.bpf4j.asm.CoreRelocation;
import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.InsnCodec;
import io.github.bpf4j.asm.LoadImm64;
import io.github.bpf4j.asm.text.Assembler;
import io.github.bpf4j.asm.text.Assembly;
import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.BtfExt;
import io.github.bpf4j.btf.CoreReloKind;
import io.github.bpf4j.btf.core.CoreOutcome;
import io.github.bpf4j.btf.core.CoreRelocationException;
import io.github.bpf4j.btf.core.CoreRelocator;
import io.github.bpf4j.btf.core.CoreResult;
import io.github.bpf4j.btf.core.LocalTypes;
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
 * A bundled example's assembly text with its {@code .set} constants bound, assembled into its programs, with its CO-RE
 * relocations applied.
 *
 * <p>The constants are substituted into the text before assembling, each {@code .set} line turned into a comment
 * so that line numbers stay those of the bundled file (writetrack's tracer pid). Kernel-structure offsets are CO-RE
 * references ({@code core(task_struct, real_parent)}): they assemble against the kernel's BTF, which also serves as
 * the local BTF, and are then relocated against the same target BTF as libbpf would relocate the written object, so
 * that the programs loaded are the ones {@code bpf4j asm} + any loader would load.
 *
 * @param resource  the bundled file, relative to this package
 * @param constants the {@code .set} constants as bound, in file order
 * @param assembly  the assembled text (instructions holding the local values)
 * @param programs  the program sections, in file order (not the empty {@code .text}), CO-RE relocations applied
 * @param core      what each CO-RE relocation did, in section and relocation order
 */
record ExampleSource(String resource, Map<String, Long> constants, Assembly assembly,
        List<Assembly.Section> programs, List<CoreOutcome> core) {

    private static final Pattern SET = Pattern.compile("(?m)^[ \\t]*\\.set[ \\t]+([A-Za-z_][A-Za-z0-9_]*)[ \\t]*,"
            + "[ \\t]*(-?[0-9]+)[ \\t]*$");

    ExampleSource {
        constants = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(constants));
        programs = List.copyOf(programs);
        core = List.copyOf(core);
    }

    /** As {@link #of(String, Map, Btf)} without BTF: for examples that hold no CO-RE reference. */
    static ExampleSource of(String resource, Map<String, Long> bindings) {
        return of(resource, bindings, null);
    }

    /**
     * Reads {@code resource}, assembles it with {@code bindings} in place of the file's own {@code .set} values and
     * its CO-RE references resolved against {@code kernel}, and relocates them against {@code kernel}.
     *
     * @param kernel the BTF to build the local types from and to relocate against; null when the file has no
     *               CO-RE reference
     * @throws IllegalArgumentException when a binding names a constant the file does not define
     * @throws io.github.bpf4j.asm.text.AsmSyntaxException when the file has CO-RE references and {@code kernel} is
     *               null or lacks a type or member
     * @throws CoreRelocationException when a relocation fails as it would in libbpf
     */
    static ExampleSource of(String resource, Map<String, Long> bindings, Btf kernel) {
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
        LocalTypes local = kernel == null ? null : LocalTypes.of(kernel);
        Assembly assembly = Assembler.assemble(substitute(text, bound), resource, local);
        List<Assembly.Section> programs = new ArrayList<>();
        List<CoreOutcome> outcomes = new ArrayList<>();
        // one relocator for the object, as libbpf keeps one candidate cache per object
        CoreRelocator relocator = assembly.coreRelocations().isEmpty() ? null
                : CoreRelocator.of(local.btf(), kernel);
        for (Assembly.Section s : assembly.sections()) {
            if (!s.isCode() || s.size() == 0) {
                continue;
            }
            List<CoreRelocation> relos = assembly.coreRelocations().getOrDefault(s.name(), List.of());
            if (relos.isEmpty()) {
                programs.add(s);
                continue;
            }
            List<BtfExt.CoreRelo> records = relos.stream().map(r -> new BtfExt.CoreRelo(r.insnOff(), r.typeId(),
                    r.accessString(), CoreReloKind.ofValue(r.ref().kind().value()))).toList();
            CoreResult result = relocator.relocate(s.instructions(), records);
            outcomes.addAll(result.outcomes());
            programs.add(withInstructions(s, result.insns()));
        }
        return new ExampleSource(resource, bound, assembly, programs, outcomes);
    }

    /** {@code s} with {@code insns} in place of its instructions (CO-RE patching keeps every size). */
    private static Assembly.Section withInstructions(Assembly.Section s, List<Insn> insns) {
        List<Assembly.PlacedInsn> placed = new ArrayList<>(insns.size());
        byte[] content = s.content();
        for (int i = 0; i < insns.size(); i++) {
            Assembly.PlacedInsn was = s.insns().get(i);
            placed.add(new Assembly.PlacedInsn(was.offset(), insns.get(i)));
            byte[] bytes = InsnCodec.encode(List.of(insns.get(i)));
            System.arraycopy(bytes, 0, content, (int) was.offset(), bytes.length);
        }
        return new Assembly.Section(s.name(), s.type(), s.flags(), s.entrySize(), s.alignment(), s.size(), content,
                placed, s.relocations());
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
        return new String(bundledBytes(resource), StandardCharsets.UTF_8);
    }

    /** The bytes of a file bundled in the jar. */
    static byte[] bundledBytes(String resource) {
        try (InputStream in = ExampleSource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundled " + resource + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("reading the bundled " + resource, e);
        }
    }
}
