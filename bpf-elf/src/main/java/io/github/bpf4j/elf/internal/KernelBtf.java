package io.github.bpf4j.elf.internal;

import io.github.bpf4j.elf.ElfFile;
import io.github.bpf4j.elf.ElfFormatException;
import io.github.bpf4j.elf.ElfSection;
import io.github.bpf4j.elf.ElfSymbol;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The object's {@code .BTF} as libbpf hands it to the kernel after {@code bpf_object_fixup_btf} /
 * {@code btf_fixup_datasec} (libbpf 1.1): clang leaves DATASEC sizes at zero, so each gets its ELF section's size,
 * every global variable its ELF symbol's value as offset, hidden globals become static, and each DATASEC's
 * variables are sorted by offset. The bytes are patched in place, so string offsets (which {@code .BTF.ext}
 * records use) stay valid. {@code .kconfig} and {@code .ksyms} are left as they are (libbpf lays them out with
 * the externs).
 */
public final class KernelBtf {

    private static final String SEC = ".BTF";
    private static final int VAR_STATIC = 0;
    private static final int VAR_GLOBAL_EXTERN = 2;

    private KernelBtf() {}

    /** The fixed-up copy of {@code raw}, the {@code .BTF} section of {@code elf}. */
    public static byte[] fixup(ElfFile elf, byte[] raw) {
        byte[] b = raw.clone();
        ByteOrder order = b.length >= 2 && (b[0] & 0xff) == 0x9f && (b[1] & 0xff) == 0xeb ? ByteOrder.LITTLE_ENDIAN
                : ByteOrder.BIG_ENDIAN;
        Bytes r = new Bytes(b, order);
        long hdrLen = r.u32(SEC, 4);
        long typeOff = hdrLen + r.u32(SEC, 8);
        long typeEnd = typeOff + r.u32(SEC, 12);
        long strOff = hdrLen + r.u32(SEC, 16);
        long strLen = r.u32(SEC, 20);
        r.check(SEC, typeOff, typeEnd - typeOff);
        r.check(SEC, strOff, strLen);
        // type id -> offset of its btf_type, to reach VARs from DATASEC entries
        List<Long> at = new ArrayList<>();
        at.add(-1L);
        for (long p = typeOff; p < typeEnd;) {
            at.add(p);
            int info = r.i32(SEC, p + 4);
            int kind = (info >>> 24) & 0x1f;
            int vlen = info & 0xffff;
            p += 12 + switch (kind) {
                case 1, 14, 17 -> 4;          // INT, VAR, DECL_TAG
                case 3 -> 12;                  // ARRAY
                case 4, 5 -> 12L * vlen;       // STRUCT, UNION
                case 6 -> 8L * vlen;           // ENUM
                case 13 -> 8L * vlen;          // FUNC_PROTO
                case 15 -> 12L * vlen;         // DATASEC
                case 19 -> 12L * vlen;         // ENUM64
                default -> 0;
            };
        }
        for (int id = 1; id < at.size(); id++) {
            long p = at.get(id);
            int info = r.i32(SEC, p + 4);
            if (((info >>> 24) & 0x1f) != 15) {
                continue;
            }
            String name = r.cstring(SEC, strOff, strLen, r.u32(SEC, p));
            if (name.equals(".kconfig") || name.equals(".ksyms")) {
                continue;
            }
            boolean fixOffsets = false;
            if (r.i32(SEC, p + 8) == 0) {
                ElfSection s = elf.section(name).orElseThrow(() -> new ElfFormatException(SEC, -1, "DATASEC '"
                        + name + "' has no ELF section to take its size from"));
                if (s.size() == 0 || s.size() > Integer.MAX_VALUE) {
                    throw new ElfFormatException(SEC, -1, "DATASEC '" + name + "': section size " + s.size());
                }
                Bytes.put32(b, (int) p + 8, (int) s.size(), order);
                fixOffsets = true;
            }
            int vlen = info & 0xffff;
            long[][] entries = new long[vlen][];
            for (int i = 0; i < vlen; i++) {
                long e = p + 12 + 12L * i;
                int varId = r.i32(SEC, e);
                entries[i] = new long[] {r.u32(SEC, e), r.u32(SEC, e + 4), r.u32(SEC, e + 8)};
                if (varId <= 0 || varId >= at.size() || ((r.i32(SEC, at.get(varId) + 4) >>> 24) & 0x1f) != 14) {
                    throw new ElfFormatException(SEC, -1, "DATASEC '" + name + "': entry " + i + " is not a VAR");
                }
                long var = at.get(varId);
                int linkage = r.i32(SEC, var + 12);
                if (linkage == VAR_STATIC || linkage == VAR_GLOBAL_EXTERN) {
                    continue;
                }
                String varName = r.cstring(SEC, strOff, strLen, r.u32(SEC, var));
                ElfSymbol sym = findVarSymbol(elf, varName);
                if (fixOffsets) {
                    entries[i][1] = sym.value();
                }
                if (sym.visibility() == ElfSymbol.HIDDEN || sym.visibility() == ElfSymbol.INTERNAL) {
                    Bytes.put32(b, (int) var + 12, VAR_STATIC, order);
                }
            }
            Arrays.sort(entries, Comparator.comparingLong(x -> x[1]));
            for (int i = 0; i < vlen; i++) {
                long e = p + 12 + 12L * i;
                Bytes.put32(b, (int) e, (int) entries[i][0], order);
                Bytes.put32(b, (int) e + 4, (int) entries[i][1], order);
                Bytes.put32(b, (int) e + 8, (int) entries[i][2], order);
            }
        }
        return b;
    }

    /** libbpf's {@code find_elf_var_sym}: a global or weak OBJECT symbol of that name. */
    private static ElfSymbol findVarSymbol(ElfFile elf, String name) {
        for (ElfSymbol s : elf.symbols()) {
            if (s.type() == ElfSymbol.OBJECT && (s.bind() == ElfSymbol.GLOBAL || s.bind() == ElfSymbol.WEAK)
                    && s.name().equals(name)) {
                return s;
            }
        }
        throw new ElfFormatException(SEC, -1, "no ELF symbol for BTF VAR '" + name + "'");
    }
}
