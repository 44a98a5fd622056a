package io.github.bpf4j.asm.text.internal;

import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.InsnCodec;
import io.github.bpf4j.asm.text.Assembly;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A section while it is being filled. */
final class SectionBuilder {
    /** Bounds what one input can make the assembler allocate. */
    static final long MAX_SIZE = 1L << 28;

    final String name;
    final Assembly.SectionType type;
    final Set<Assembly.SectionFlag> flags;
    final int entrySize;
    /** Debug sections are parsed (so that their labels resolve) but not kept. */
    final boolean discarded;
    long alignment;
    byte[] bytes = new byte[64];
    long size;
    final List<Assembly.PlacedInsn> insns = new ArrayList<>();
    final List<PendingReloc> relocs = new ArrayList<>();
    SymbolEntry sectionSymbolUse;

    SectionBuilder(String name, Assembly.SectionType type, Set<Assembly.SectionFlag> flags, int entrySize,
            long alignment) {
        this.name = name;
        this.type = type;
        this.flags = flags.isEmpty() ? EnumSet.noneOf(Assembly.SectionFlag.class) : EnumSet.copyOf(flags);
        this.entrySize = entrySize;
        this.alignment = alignment;
        this.discarded = name.startsWith(".debug_");
    }

    boolean isCode() {
        return flags.contains(Assembly.SectionFlag.EXECINSTR);
    }

    boolean isNobits() {
        return type == Assembly.SectionType.NOBITS;
    }

    /** Makes room for {@code n} more bytes and returns the offset where they start; false when over the cap. */
    long reserve(long n) {
        long at = size;
        long newSize = size + n;
        if (n < 0 || newSize > MAX_SIZE) {
            return -1;
        }
        if (!isNobits() && newSize > bytes.length) {
            long cap = Math.max(newSize, Math.min(MAX_SIZE, (long) bytes.length * 2));
            bytes = Arrays.copyOf(bytes, (int) cap);
        }
        size = newSize;
        return at;
    }

    void put(long at, int width, long value) {
        for (int i = 0; i < width; i++) {
            bytes[(int) at + i] = (byte) (value >>> (8 * i));
        }
    }

    int addInsn(long at, Insn insn) {
        insns.add(new Assembly.PlacedInsn(at, insn));
        InsnCodec.encodeAt(insn, bytes, (int) at, ByteOrder.LITTLE_ENDIAN);
        return insns.size() - 1;
    }

    void replaceInsn(int index, Insn insn) {
        long at = insns.get(index).offset();
        insns.set(index, new Assembly.PlacedInsn(at, insn));
        InsnCodec.encodeAt(insn, bytes, (int) at, ByteOrder.LITTLE_ENDIAN);
    }

    /** A relocation waiting for the final symbol objects. */
    record PendingReloc(long offset, SymbolEntry symbol, SectionBuilder viaSection, Assembly.RelocationType type,
            int line, int column) {}
}
