package io.github.bpf4j.btf.core;

import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.InsnCodec;
import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.BtfExt.CoreRelo;
import io.github.bpf4j.btf.BtfKind;
import io.github.bpf4j.btf.BtfType;
import io.github.bpf4j.btf.CoreReloKind;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies CO-RE relocations to instructions as libbpf 1.1 does when it loads an object against a kernel's BTF
 * ({@code bpf_object__relocate_core}, {@code bpf_core_resolve_relo}, {@code bpf_core_calc_relo_insn},
 * {@code bpf_core_patch_insn}).
 *
 * <p>For each relocation: candidates are the target types of a compatible kind whose name equals the local type's
 * with any {@code ___flavor} suffix dropped; the local access string is parsed into a spec and matched against each
 * candidate; all matching candidates must agree on bit offset and value, otherwise the relocation is ambiguous and
 * fails. When no candidate matches, existence relocations give 0 and the others poison the instruction (it becomes
 * {@code call 0xbad2310}, which the verifier rejects only if it is reachable).
 *
 * <p>An instance keeps libbpf's per-object candidate cache: once a relocation has matched some candidates of a
 * local type, later relocations of that type consider only those. Relocate all programs of one object with one
 * instance, in {@code .BTF.ext} order, to get libbpf's results. Kernel module BTFs are searched, as libbpf does,
 * only for local types vmlinux has no candidate for ({@link #of(Btf, Btf, List)}). An instance
 * holds that cache and is not thread-safe; the static {@link #relocate(List, List, Btf, Btf)} uses a fresh one.
 */
public final class CoreRelocator {

    /** A candidate target type: the BTF holding it (vmlinux or a module's split BTF) and its id there. */
    private record Cand(Btf btf, int id) { }

    private final Btf localBtf;
    private final Btf targetBtf;
    private final List<Btf> modules;
    /** Candidates per local root type id, pruned to the ones that matched (libbpf's cand_cache). */
    private final Map<Integer, Cand[]> candidates = new HashMap<>();

    private CoreRelocator(Btf localBtf, Btf targetBtf, List<Btf> modules) {
        this.localBtf = Objects.requireNonNull(localBtf, "localBtf");
        this.targetBtf = Objects.requireNonNull(targetBtf, "targetBtf");
        this.modules = List.copyOf(modules);
    }

    /** A relocator for one object's BTF against one target (kernel) BTF. */
    public static CoreRelocator of(Btf localBtf, Btf targetBtf) {
        return new CoreRelocator(localBtf, targetBtf, List.of());
    }

    /**
     * A relocator against vmlinux and kernel modules: as libbpf's bpf_core_find_cands, a local type's candidates come
     * from {@code vmlinux}, and only when it has none from the modules' split BTFs (their own types), in list order.
     * {@link CoreOutcome#candidates()} then gives ids within the BTF that held them.
     */
    public static CoreRelocator of(Btf localBtf, Btf vmlinux, List<Btf> modules) {
        for (Btf m : modules) {
            if (m.base() != vmlinux) {
                throw new IllegalArgumentException("module BTF must be split BTF over the given vmlinux BTF");
            }
        }
        return new CoreRelocator(localBtf, vmlinux, modules);
    }

    /**
     * Relocates {@code insns} (one ELF section's code; {@code insnOff} of each record counts bytes from its start)
     * with a fresh candidate cache.
     *
     * @throws CoreRelocationException when libbpf would fail the load
     */
    public static CoreResult relocate(List<Insn> insns, List<CoreRelo> relos, Btf localBtf, Btf targetBtf) {
        return of(localBtf, targetBtf).relocate(insns, relos);
    }

    /**
     * Relocates {@code insns} (one ELF section's code) with this instance's candidate cache.
     *
     * @throws CoreRelocationException when libbpf would fail the load; the instructions are then unchanged
     */
    public CoreResult relocate(List<Insn> insns, List<CoreRelo> relos) {
        byte[] code = InsnCodec.encode(insns, ByteOrder.LITTLE_ENDIAN);
        int slots = code.length / InsnCodec.SLOT;
        List<CoreOutcome> outcomes = new ArrayList<>(relos.size());
        for (int i = 0; i < relos.size(); i++) {
            outcomes.add(apply(code, slots, i, relos.get(i)));
        }
        return new CoreResult(InsnCodec.decode(code, 0, code.length, ByteOrder.LITTLE_ENDIAN), outcomes);
    }

    private CoreOutcome apply(byte[] code, int slots, int index, CoreRelo relo) {
        CoreReloKind kind = relo.kind();
        long off = relo.insnOff();
        if (off % 8 != 0 || off < 0 || off / 8 >= slots) {
            throw new CoreRelocationException(index, (int) Math.min(Integer.MAX_VALUE, off / 8), kind, "EINVAL",
                    "insn_off " + off + " is not an instruction of the " + slots + "-slot section");
        }
        int insnIdx = (int) (off / 8);
        int localId = relo.typeId();
        if (localId < 0 || localId >= localBtf.typeCount()) {
            throw new CoreRelocationException(index, insnIdx, kind, "EINVAL",
                    "local type id " + Integer.toUnsignedString(localId) + " is not in the object's BTF");
        }
        BtfType localType = localBtf.type(localId);
        String localDesc = "[" + localId + "] " + CoreEngine.btfKindStr(localType.kind()) + " " + localType.name();

        // bpf_core_resolve_relo: the candidate search comes first (and fails for anonymous types)
        Cand[] cands = null;
        if (kind != CoreReloKind.TYPE_ID_LOCAL) {
            cands = candidates.get(localId);
            if (cands == null) {
                if (localType.name().isEmpty()) {
                    throw new CoreRelocationException(index, insnIdx, kind, "EINVAL",
                            "target candidate search failed for " + localDesc + ": anonymous types have no candidates");
                }
                cands = findCandidates(localType);
                candidates.put(localId, cands);
            }
        }

        // bpf_core_calc_relo_insn
        CoreEngine.Spec local = new CoreEngine.Spec();
        int err = CoreEngine.parseSpec(localBtf, localId, relo.accessString(), kind, local);
        if (err != 0) {
            throw new CoreRelocationException(index, insnIdx, kind, "EINVAL", "parsing " + localDesc + " + "
                    + relo.accessString() + " failed: " + CoreEngine.errnoName(err));
        }
        CoreSpec localSpec = local.toRecord();
        ReloRes res;
        CoreEngine.Spec targ = null;
        List<Integer> matched = new ArrayList<>();
        String reason = "";
        if (kind == CoreReloKind.TYPE_ID_LOCAL) {
            // the id in the instruction may have changed during linking: no check
            res = new ReloRes(localId, localId, false, false, false, 0, 0);
        } else {
            ReloRes[] out = new ReloRes[1];
            ReloRes first = null;
            int j = 0;
            for (int c = 0; c < cands.length; c++) {
                CoreEngine.Spec cand = new CoreEngine.Spec();
                err = CoreEngine.specMatch(local, cands[c].btf(), cands[c].id(), cand);
                if (err < 0) {
                    throw new CoreRelocationException(index, insnIdx, kind, CoreEngine.errnoName(err),
                            "error matching candidate #" + c + " " + cand.format());
                }
                if (err == 0) {
                    continue;
                }
                err = CoreEngine.calcRelo(kind, local, cand, out);
                if (err != 0) {
                    throw calcFailure(index, insnIdx, kind, err);
                }
                if (j == 0) {
                    first = out[0];
                    targ = cand;
                } else if (cand.bitOffset != targ.bitOffset) {
                    throw new CoreRelocationException(index, insnIdx, kind, "EINVAL", "field offset ambiguity: "
                            + cand.bitOffset + " != " + targ.bitOffset);
                } else if (out[0].poison() != first.poison() || out[0].newValue() != first.newValue()) {
                    throw new CoreRelocationException(index, insnIdx, kind, "EINVAL",
                            "relocation decision ambiguity: " + (out[0].poison() ? "failure" : "success") + " "
                            + Long.toUnsignedString(out[0].newValue()) + " != "
                            + (first.poison() ? "failure" : "success") + " " + Long.toUnsignedString(first.newValue()));
                }
                cands[j++] = cands[c];
                matched.add(cands[c].id());
            }
            if (j > 0) {
                // later relocations of this local type only consider the candidates that matched
                candidates.put(localId, java.util.Arrays.copyOf(cands, j));
                res = first;
            } else {
                err = CoreEngine.calcRelo(kind, local, null, out);
                if (err != 0) {
                    throw calcFailure(index, insnIdx, kind, err);
                }
                res = out[0];
                reason = cands.length == 0
                        ? "the target BTF has no " + CoreEngine.btfKindStr(localType.kind()) + " named "
                                + Btf.essentialName(localType.name())
                        : "none of the " + cands.length + " target candidates named "
                                + Btf.essentialName(localType.name()) + " has the accessed member or enumerator, "
                                + "or a compatible type";
            }
        }

        boolean wasLdImm64 = (code[insnIdx * 8] & 0xff) == 0x18;
        List<Insn> before = decodeAt(code, slots, insnIdx, false);
        InsnPatcher.Action action = InsnPatcher.patch(code, slots, insnIdx, index, kind, res);
        if (action == InsnPatcher.Action.POISONED && !res.poison()) {
            reason = "load/store size would change from " + res.origSize() + " to " + res.newSize()
                    + " bytes for a field that is neither a pointer nor an unsigned integer on both sides";
        }
        List<Insn> after = decodeAt(code, slots, insnIdx, wasLdImm64 && action == InsnPatcher.Action.POISONED);
        if (action != InsnPatcher.Action.POISONED) {
            reason = "";
        }
        return new CoreOutcome(index, relo, insnIdx, localSpec,
                Optional.ofNullable(targ).map(CoreEngine.Spec::toRecord), matched, res.origValue(), res.newValue(),
                action == InsnPatcher.Action.POISONED, reason, before, after);
    }

    private static CoreRelocationException calcFailure(int index, int insnIdx, CoreReloKind kind, int err) {
        String what = err == CoreEngine.EOPNOTSUPP ? "unrecognized CO-RE relocation " + CoreEngine.kindStr(kind)
                : err == CoreEngine.E2BIG ? "bitfield can't be read with one load of at most 8 bytes"
                : "relocation value cannot be computed";
        return new CoreRelocationException(index, insnIdx, kind, CoreEngine.errnoName(err), what);
    }

    /** The instruction at slot {@code idx}; {@code wide} also decodes the slot after a 1-slot result. */
    private static List<Insn> decodeAt(byte[] code, int slots, int idx, boolean wide) {
        Insn first = InsnCodec.decodeAt(code, idx * 8, slots * 8, ByteOrder.LITTLE_ENDIAN);
        if (wide && first.slots() == 1 && idx + 1 < slots) {
            // a poisoned 64-bit load: both of its slots became calls
            return List.of(first, InsnCodec.decodeAt(code, idx * 8 + 8, slots * 8, ByteOrder.LITTLE_ENDIAN));
        }
        return List.of(first);
    }

    /**
     * libbpf bpf_core_find_cands / bpf_core_add_cands: target types of a core-compatible kind whose essential name
     * equals the local type's, in id order; vmlinux first, modules only when vmlinux has none.
     */
    private Cand[] findCandidates(BtfType localType) {
        List<Cand> out = new ArrayList<>();
        addCandidates(localType, targetBtf, 1, out);
        if (out.isEmpty()) {
            for (Btf module : modules) {
                addCandidates(localType, module, module.firstId(), out);
            }
        }
        return out.toArray(new Cand[0]);
    }

    private static void addCandidates(BtfType localType, Btf btf, int firstId, List<Cand> out) {
        int[] byName = btf.idsByEssentialName(Btf.essentialName(localType.name())).clone();
        java.util.Arrays.sort(byName); // libbpf scans ids in order
        for (int id : byName) {
            if (id >= firstId && !btf.name(id).isEmpty()
                    && CoreEngine.kindCoreCompat(btf.kind(id), localType.kind())) {
                out.add(new Cand(btf, id));
            }
        }
    }
}
