package io.github.bpf4j.sys;

import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.elf.AttachType;
import io.github.bpf4j.elf.ProgType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * What a program is to be: the attributes of {@code BPF_PROG_LOAD} that do not name live objects. Pure and
 * immutable; {@link Program#load} makes the live program. File descriptors (program BTF, attach target program)
 * are given in {@link LoadOptions}.
 *
 * @param name               the name (at most 15 bytes, {@code ""} for none)
 * @param type               the program type
 * @param insns              the instructions, map references already resolved to fds
 * @param license            the license string ({@code "GPL"} to call GPL-only helpers)
 * @param expectedAttachType the expected attach type, or {@code null}
 * @param attachBtfId        BTF id of the attach target (fentry function, {@code btf_trace_*} typedef), or 0
 * @param kernVersion        {@code kern_version} (checked only by very old kernels for kprobes)
 * @param flags              {@code prog_flags} ({@code BPF_F_*})
 * @param funcInfo           {@code .BTF.ext} function info records, or {@code null}
 * @param funcInfoRecSize    bytes per function info record (8)
 * @param lineInfo           {@code .BTF.ext} line info records, or {@code null}
 * @param lineInfoRecSize    bytes per line info record (16)
 */
public record ProgramSpec(String name, ProgType type, List<Insn> insns, String license,
        AttachType expectedAttachType, int attachBtfId, int kernVersion, int flags, byte[] funcInfo,
        int funcInfoRecSize, byte[] lineInfo, int lineInfoRecSize) {

    /** {@code BPF_F_SLEEPABLE}. */
    public static final int F_SLEEPABLE = 1 << 4;

    public ProgramSpec {
        name = name == null ? "" : name;
        Objects.requireNonNull(type, "type");
        insns = List.copyOf(Objects.requireNonNull(insns, "insns"));
        license = license == null ? "" : license;
        if (name.getBytes(StandardCharsets.UTF_8).length > 15) {
            throw new IllegalArgumentException("program name '" + name + "' is longer than 15 bytes");
        }
        if (insns.isEmpty()) {
            throw new IllegalArgumentException("program '" + name + "' has no instructions");
        }
        if (license.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("license contains NUL");
        }
        if (funcInfo != null && (funcInfoRecSize <= 0 || funcInfo.length % funcInfoRecSize != 0)) {
            throw new IllegalArgumentException("func_info of " + funcInfo.length + " bytes is not a whole number of "
                    + funcInfoRecSize + "-byte records");
        }
        if (lineInfo != null && (lineInfoRecSize <= 0 || lineInfo.length % lineInfoRecSize != 0)) {
            throw new IllegalArgumentException("line_info of " + lineInfo.length + " bytes is not a whole number of "
                    + lineInfoRecSize + "-byte records");
        }
    }

    /** A program of a type with the GPL license and nothing else set. */
    public static ProgramSpec of(String name, ProgType type, List<Insn> insns) {
        return new ProgramSpec(name, type, insns, "GPL", null, 0, 0, 0, null, 0, null, 0);
    }

    public ProgramSpec withLicense(String newLicense) {
        return new ProgramSpec(name, type, insns, newLicense, expectedAttachType, attachBtfId, kernVersion, flags,
                funcInfo, funcInfoRecSize, lineInfo, lineInfoRecSize);
    }

    /** The same program attaching to a BTF-identified target with an expected attach type. */
    public ProgramSpec withAttach(AttachType attachType, int btfId) {
        return new ProgramSpec(name, type, insns, license, attachType, btfId, kernVersion, flags, funcInfo,
                funcInfoRecSize, lineInfo, lineInfoRecSize);
    }

    public ProgramSpec withFlags(int newFlags) {
        return new ProgramSpec(name, type, insns, license, expectedAttachType, attachBtfId, kernVersion, newFlags,
                funcInfo, funcInfoRecSize, lineInfo, lineInfoRecSize);
    }

    public ProgramSpec withKernVersion(int version) {
        return new ProgramSpec(name, type, insns, license, expectedAttachType, attachBtfId, version, flags,
                funcInfo, funcInfoRecSize, lineInfo, lineInfoRecSize);
    }

    /** The same program with BTF function and line info (load with {@link LoadOptions#withProgBtf}). */
    public ProgramSpec withBtfExt(byte[] newFuncInfo, int funcRecSize, byte[] newLineInfo, int lineRecSize) {
        return new ProgramSpec(name, type, insns, license, expectedAttachType, attachBtfId, kernVersion, flags,
                newFuncInfo, funcRecSize, newLineInfo, lineRecSize);
    }
}
