package io.github.bpf4j.verifier;

import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.InsnCodec;
import java.util.List;
import java.util.Objects;

/**
 * What a program load hands the verifier.
 *
 * @param insns              the instructions
 * @param type               the program type
 * @param expectedAttachType the expected attach type in lowercase kernel spelling ({@code cgroup_inet_egress}),
 *                           or {@code null}
 * @param maps               the maps, referenced by index from {@code ld_imm64} instructions
 * @param attachBtf          the attach target named in the kernel's BTF ({@code attach_btf_id}): for a
 *                           {@link ProgType#TRACING} program attached as {@code trace_raw_tp} ({@code tp_btf}) the
 *                           raw tracepoint's name ({@code sched_switch}, typed by {@code btf_trace_sched_switch});
 *                           {@code null} for none
 * @param lineInfo           the program's {@code bpf_line_info} records (source lines, from the object's
 *                           {@code .BTF.ext}), by increasing instruction; the log then names the source line of each
 *                           instruction as the kernel's does ({@code ; text @ file.c:68}). Empty for none
 * @param funcInfo           the program's {@code bpf_func_info} records (the BTF function of each subprogram start);
 *                           empty for none
 * @param btf                the program's own BTF ({@code prog_btf_fd}: the object's {@code .BTF}) that
 *                           {@code funcInfo}'s type ids refer to; with it, global functions are verified on their
 *                           own against their prototypes and callbacks are allowed, as the kernel does. {@code null}
 *                           for none
 */
public record ProgramInput(List<Insn> insns, ProgType type, String expectedAttachType, List<MapDef> maps,
                           String attachBtf, List<LineInfo> lineInfo, List<FuncInfo> funcInfo,
                           io.github.bpf4j.btf.Btf btf) {

    /**
     * {@code struct bpf_line_info} with its strings resolved: the instruction (8-byte slot index of the program) that
     * starts a source line.
     *
     * @param insn     the slot index
     * @param fileName the source file as the object names it (the log prints what follows the last '/')
     * @param line     the source line's text
     * @param lineNum  the line number
     * @param column   the column
     */
    public record LineInfo(int insn, String fileName, String line, int lineNum, int column) {
        public LineInfo {
            if (insn < 0) {
                throw new IllegalArgumentException("line_info insn_off " + insn + " is negative");
            }
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(line, "line");
        }
    }

    /**
     * {@code struct bpf_func_info} with its name resolved: the subprogram starting at {@code insn} is the BTF
     * function {@code typeId} of the object's BTF.
     */
    public record FuncInfo(int insn, int typeId, String name) {
        public FuncInfo {
            if (insn < 0) {
                throw new IllegalArgumentException("func_info insn_off " + insn + " is negative");
            }
            Objects.requireNonNull(name, "name");
        }
    }

    public ProgramInput {
        insns = List.copyOf(insns);
        Objects.requireNonNull(type, "type");
        maps = List.copyOf(maps);
        lineInfo = List.copyOf(lineInfo);
        funcInfo = List.copyOf(funcInfo);
        // check_btf_line and check_btf_func refuse records out of order before verification starts
        for (int i = 1; i < lineInfo.size(); i++) {
            if (lineInfo.get(i).insn() <= lineInfo.get(i - 1).insn()) {
                throw new IllegalArgumentException("line_info[" + i + "].insn_off " + lineInfo.get(i).insn()
                        + " does not follow line_info[" + (i - 1) + "].insn_off " + lineInfo.get(i - 1).insn());
            }
        }
        for (int i = 1; i < funcInfo.size(); i++) {
            if (funcInfo.get(i).insn() <= funcInfo.get(i - 1).insn()) {
                throw new IllegalArgumentException("func_info[" + i + "].insn_off " + funcInfo.get(i).insn()
                        + " does not follow func_info[" + (i - 1) + "].insn_off " + funcInfo.get(i - 1).insn());
            }
        }
    }

    /** A program without its own BTF. */
    public ProgramInput(List<Insn> insns, ProgType type, String expectedAttachType, List<MapDef> maps,
                        String attachBtf, List<LineInfo> lineInfo, List<FuncInfo> funcInfo) {
        this(insns, type, expectedAttachType, maps, attachBtf, lineInfo, funcInfo, null);
    }

    /** A program without an attach target in the kernel's BTF. */
    public ProgramInput(List<Insn> insns, ProgType type, String expectedAttachType, List<MapDef> maps) {
        this(insns, type, expectedAttachType, maps, null);
    }

    /** A program without line or func info. */
    public ProgramInput(List<Insn> insns, ProgType type, String expectedAttachType, List<MapDef> maps,
                        String attachBtf) {
        this(insns, type, expectedAttachType, maps, attachBtf, List.of(), List.of());
    }

    /** This program with the attach target {@code name} in the kernel's BTF (see {@link #attachBtf}). */
    public ProgramInput withAttachBtf(String name) {
        return new ProgramInput(insns, type, expectedAttachType, maps, name, lineInfo, funcInfo, btf);
    }

    /** This program with its line and func info (see {@link #lineInfo} and {@link #funcInfo}). */
    public ProgramInput withExtInfo(List<LineInfo> lines, List<FuncInfo> funcs) {
        return new ProgramInput(insns, type, expectedAttachType, maps, attachBtf, lines, funcs, btf);
    }

    /** This program with its own BTF (see {@link #btf}), e.g. the object's {@code .BTF}; null for none. */
    public ProgramInput withBtf(io.github.bpf4j.btf.Btf programBtf) {
        return new ProgramInput(insns, type, expectedAttachType, maps, attachBtf, lineInfo, funcInfo, programBtf);
    }

    /** A program from little-endian instruction bytes (a multiple of 8 bytes; see {@link InsnCodec#decode}). */
    public static ProgramInput of(byte[] code, ProgType type, String expectedAttachType, List<MapDef> maps) {
        return new ProgramInput(InsnCodec.decode(code), type, expectedAttachType, maps);
    }

    /**
     * A program from little-endian instruction bytes and the header line testdata's verifier corpus gives each
     * program ({@code type: T; maps: TYPE:K:V:N, ...; attach: A; attach_btf: NAME}, an optional leading {@code #};
     * only {@code type} is required; maps as {@link MapDef#parse}).
     *
     * @throws IllegalArgumentException naming the field that is unknown, missing or malformed
     */
    public static ProgramInput ofHeader(byte[] code, String header) {
        ProgType type = null;
        String attach = null;
        String attachBtf = null;
        List<MapDef> maps = new java.util.ArrayList<>();
        for (String part : header.replaceFirst("^#\\s*", "").split(";")) {
            if (part.isBlank()) {
                continue;
            }
            String[] kv = part.strip().split(":\\s*", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("header field '" + part.strip() + "' has no value");
            }
            switch (kv[0].strip()) {
                case "type" -> type = ProgType.of(kv[1].strip());
                case "attach" -> attach = kv[1].strip();
                case "attach_btf" -> attachBtf = kv[1].strip();
                case "maps" -> {
                    for (String m : kv[1].split(",")) {
                        maps.add(MapDef.parse(m.strip()));
                    }
                }
                default -> throw new IllegalArgumentException("unknown header field '" + kv[0].strip() + "'");
            }
        }
        if (type == null) {
            throw new IllegalArgumentException("the header names no program type");
        }
        return of(code, type, attach, maps).withAttachBtf(attachBtf);
    }
}
