package io.github.bpf4j.cli;

import io.github.bpf4j.asm.CoreRef;
import io.github.bpf4j.asm.CoreResolver;
import io.github.bpf4j.asm.text.Assembly;
import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.core.LocalTypes;
import io.github.bpf4j.elf.ElfWriter;
import io.github.bpf4j.elf.RelocatableObject;
import java.util.function.Supplier;

/**
 * Lays an assembled unit out as a relocatable ELF object through bpf-elf's writer, with the local BTF of its CO-RE
 * references.
 */
final class ObjectFiles {

    private ObjectFiles() {}

    /** The ELF bytes of {@code assembly} (little endian); {@code core} is the resolver it was assembled with. */
    static byte[] write(Assembly assembly, KernelTypes core) {
        return ElfWriter.write(RelocatableObject.of(assembly, core == null ? null : core.local()));
    }

    /**
     * A {@link CoreResolver} that reads its BTF on the first CO-RE reference, so that assembling a file without any
     * reads no BTF. A BTF that cannot be read becomes an error at the reference (the assembler adds file, line and
     * column).
     */
    static final class KernelTypes implements CoreResolver {
        private final Supplier<Btf> source;
        private final String what;
        private LocalTypes local;

        /** {@code what} names the BTF in messages. */
        KernelTypes(Supplier<Btf> source, String what) {
            this.source = source;
            this.what = what;
        }

        /** The local types resolved so far, or null when there was no reference. */
        LocalTypes local() {
            return local;
        }

        @Override
        public Resolved resolve(CoreRef ref) {
            if (local == null) {
                Btf btf;
                try {
                    btf = source.get();
                } catch (UsageException | io.github.bpf4j.btf.BtfFormatException e) {
                    throw new IllegalArgumentException("no BTF to resolve it against: " + e.getMessage()
                            + " (give one with --btf FILE)");
                }
                local = LocalTypes.of(btf);
            }
            try {
                return local.resolve(ref);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage() + " (BTF: " + what + ")");
            }
        }
    }
}
