package io.github.bpf4j.verifier.internal;

import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.BtfFormatException;
import io.github.bpf4j.btf.BtfKind;
import io.github.bpf4j.btf.BtfType;
import io.github.bpf4j.verifier.KernelProfile;
import java.util.HashMap;
import java.util.Map;

/**
 * Kernel symbols loaded by BTF id: {@code ld_imm64} with {@code BPF_PSEUDO_BTF_ID} (source 3), what libbpf emits for
 * a typed {@code __ksym} variable or function. Follows Linux 6.18 {@code check_pseudo_btf_id} and
 * {@code __check_pseudo_btf_id} (run by {@code resolve_pseudo_ldimm64} before verification, so a failure is logged
 * with nothing processed), and the register {@code check_ld_imm} then gives the destination:
 * <ul>
 *   <li>a {@code FUNC}: {@code PTR_TO_MEM | MEM_RDONLY} of size 0 ({@code rdonly_mem(sz=0)});</li>
 *   <li>a {@code VAR} of the {@code .data..percpu} section: {@code PTR_TO_BTF_ID | MEM_PERCPU} of the variable's type
 *       ({@code percpu_ptr_rq()}), the argument {@code bpf_per_cpu_ptr} and {@code bpf_this_cpu_ptr} take;</li>
 *   <li>any other {@code VAR} of a struct type: {@code PTR_TO_BTF_ID} ({@code ptr_task_struct()});</li>
 *   <li>any other {@code VAR}: {@code PTR_TO_MEM | MEM_RDONLY} of the type's size ({@code rdonly_mem(sz=8)}).</li>
 * </ul>
 * The symbol must resolve through kallsyms ({@link KernelProfile#kallsyms()}); a kernel without
 * {@code CONFIG_KALLSYMS_ALL} finds no variable. Module BTF (a BTF fd in the second half) is not simulated: no fd
 * names a BTF object offline, so the kernel's answer for it is {@code invalid module BTF object FD specified.}.
 */
final class Ksyms {

    /** Why a load was refused before verification, with the kernel's errno. */
    record Failure(String message, String errno) {}

    private final Btf btf;
    private final KernelProfile.Kallsyms kallsyms;
    /** The register each resolved load gives ({@code insn_aux_data.btf_var}), by instruction. */
    private final Map<Integer, RegState.Pointer> byInsn = new HashMap<>();
    private int percpuDatasec = -2;

    Ksyms(Btf btf, KernelProfile.Kallsyms kallsyms) {
        this.btf = btf;
        this.kallsyms = kallsyms;
    }

    /**
     * {@code check_pseudo_btf_id} for the load at {@code insn} with immediates {@code imm} (the BTF id) and
     * {@code btfFd} (the second half); {@code null} when it resolves, and then {@link #reg} gives its register.
     */
    Failure resolve(int insn, int imm, int btfFd) {
        if (btfFd != 0) {
            // __btf_get_by_fd: offline no fd names a module's BTF
            return new Failure("invalid module BTF object FD specified.", "EINVAL");
        }
        if (btf == null) {
            return new Failure("kernel variables by BTF id (ld_imm64 src 3) are not simulated without the kernel's "
                    + "BTF (KernelProfile.withBtf)", "EINVAL");
        }
        // btf_type_by_id: ids past the last type, and 0 (void, which is neither VAR nor FUNC) as the next check says
        long id = Integer.toUnsignedLong(imm);
        if (id >= btf.typeCount()) {
            return new Failure("ldimm64 insn specifies invalid btf_id " + imm + ".", "ENOENT");
        }
        BtfKind kind = id == 0 ? BtfKind.VOID : btf.kind((int) id);
        if (kind != BtfKind.VAR && kind != BtfKind.FUNC) {
            return new Failure("pseudo btf_id " + imm + " in ldimm64 isn't KIND_VAR or KIND_FUNC", "EINVAL");
        }
        String symbol = btf.name((int) id);
        if (!kallsyms.resolves(symbol, kind == BtfKind.FUNC)) {
            return new Failure("ldimm64 failed to find the address for kernel symbol '" + symbol + "'.", "ENOENT");
        }
        if (kind == BtfKind.FUNC) {
            byInsn.put(insn, rdonlyMem(0));
            return null;
        }
        int type = ((BtfType.Var) btf.type((int) id)).type();
        int resolved = skipModifiers(type);
        BtfKind rk = resolved == 0 ? BtfKind.VOID : btf.kind(resolved);
        if (isPercpu((int) id)) {
            byInsn.put(insn, RegState.Pointer.ofBtf(type, name(type), RegState.Pointer.PERCPU));
        } else if (rk != BtfKind.STRUCT) {
            // btf_resolve_size: sized types and arrays of them; anything else is -EINVAL
            long size = sizeOf(resolved);
            if (size < 0) {
                return new Failure("ldimm64 unable to resolve the size of type '" + name(resolved) + "': -22",
                        "EINVAL");
            }
            byInsn.put(insn, rdonlyMem((int) size));
        } else {
            byInsn.put(insn, RegState.Pointer.ofBtf(type, name(type), 0));
        }
        return null;
    }

    /** The register {@code check_ld_imm} gives the destination of the resolved load at {@code insn}. */
    RegState.Pointer reg(int insn) {
        RegState.Pointer r = byInsn.get(insn);
        if (r == null) {
            throw new VerifierBug(insn, "ld_imm64 by BTF id was not resolved");
        }
        return r;
    }

    /**
     * The register {@code bpf_per_cpu_ptr} / {@code bpf_this_cpu_ptr} return ({@code RET_PTR_TO_MEM_OR_BTF_ID |
     * MEM_RDONLY} in {@code check_helper_call}): for a struct, {@code PTR_TO_BTF_ID} of the variable's type (the
     * read-only flag folded away); for anything else, read-only memory of the type's size. {@code maybeNull}:
     * {@code PTR_MAYBE_NULL} (the caller gives the id).
     */
    RegState.Pointer perCpuResult(int btfId, boolean maybeNull) {
        if (btf == null) {
            throw new VerifierBug(-1, "a per-CPU pointer without the kernel's BTF");
        }
        int resolved = skipModifiers(btfId);
        BtfKind rk = resolved == 0 ? BtfKind.VOID : btf.kind(resolved);
        RegState.Pointer r;
        if (rk == BtfKind.STRUCT) {
            r = RegState.Pointer.ofBtf(btfId, name(btfId), 0);
        } else {
            long size = sizeOf(resolved);
            if (size < 0) {
                // the same size resolution has already succeeded for the ld_imm64 that made the argument
                throw new VerifierBug(-1, "unable to resolve the size of type '" + name(resolved) + "'");
            }
            r = rdonlyMem((int) size);
        }
        return r.withMaybeNull(maybeNull);
    }

    /** {@code btf_resolve_size}: the size of a sized type or an array of them, -1 for anything else. */
    private long sizeOf(int resolved) {
        long size;
        try {
            size = resolved == 0 ? -1 : btf.sizeOf(resolved);
        } catch (IllegalArgumentException | BtfFormatException e) {
            size = -1;
        }
        return size > 0xffffffffL ? -1 : size;
    }

    private static RegState.Pointer rdonlyMem(int size) {
        return RegState.Pointer.of(RegType.PTR_TO_MEM).withMem(size, false).withFlags(RegState.Pointer.RDONLY);
    }

    /** {@code find_btf_percpu_datasec}: whether VAR {@code id} is listed in the {@code .data..percpu} DATASEC. */
    private boolean isPercpu(int id) {
        if (percpuDatasec == -2) {
            percpuDatasec = btf.find(".data..percpu", BtfKind.DATASEC).orElse(-1);
        }
        if (percpuDatasec <= 0) {
            return false;
        }
        for (BtfType.VarSecinfo v : ((BtfType.Datasec) btf.type(percpuDatasec)).vars()) {
            if (v.type() == id) {
                return true;
            }
        }
        return false;
    }

    /** {@code btf_type_skip_modifiers}, bounded as the BTF reader bounds resolution. */
    private int skipModifiers(int id) {
        for (int depth = 0; depth < 32 && id != 0; depth++) {
            BtfKind k = btf.kind(id);
            if (!k.isModifier() && k != BtfKind.TYPEDEF) {
                return id;
            }
            id = ((BtfType.Reference) btf.type(id)).type();
        }
        return id;
    }

    private String name(int id) {
        return id == 0 ? "" : btf.name(id);
    }
}
