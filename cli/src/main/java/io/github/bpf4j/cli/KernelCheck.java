package io.github.bpf4j.cli;

import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.LoadImm64;
import io.github.bpf4j.elf.BpfObject;
import io.github.bpf4j.sys.Bpf;
import io.github.bpf4j.sys.BpfException;
import io.github.bpf4j.sys.LoadedObject;
import io.github.bpf4j.sys.BpfMap;
import io.github.bpf4j.sys.LoadOptions;
import io.github.bpf4j.sys.MapSpec;
import io.github.bpf4j.sys.Program;
import io.github.bpf4j.sys.ProgramLoadException;
import io.github.bpf4j.sys.ProgramSpec;
import io.github.bpf4j.verifier.MapDef;
import io.github.bpf4j.verifier.ProgramInput;
import io.github.bpf4j.verifier.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Loads the very program the simulator saw into the live kernel: the same instructions, the same maps (created
 * here, their fds put where the program names them by index), the same program type, log level 1.
 */
final class KernelCheck {

    private KernelCheck() {}

    /** The kernel's answer as a {@link Verdict}, comparable with the simulator's through {@link Verdict#verdict()}. */
    static Verdict load(String name, ProgramInput input) {
        List<BpfMap> maps = new ArrayList<>();
        try {
            for (MapDef m : input.maps()) {
                io.github.bpf4j.elf.MapType type = elfType(io.github.bpf4j.elf.MapType.class, m.type().name());
                // A perf event array declared without a size gets a slot per possible CPU, as libbpf does.
                int entries = m.maxEntries() == 0 && type == io.github.bpf4j.elf.MapType.PERF_EVENT_ARRAY
                        ? Example.possibleCpus() : m.maxEntries();
                // a map of maps takes the template the kernel copies from inner_map_fd
                MapDef in = m.inner();
                MapSpec inner = in == null ? null : MapSpec.of("m" + maps.size() + "_inner",
                        elfType(io.github.bpf4j.elf.MapType.class, in.type().name()), in.keySize(), in.valueSize(),
                        in.maxEntries()).withFlags(in.flags());
                BpfMap map = BpfMap.create(new MapSpec("m" + maps.size(), type, m.keySize(), m.valueSize(), entries,
                        m.flags(), -1, 0, 0, 0, inner));
                maps.add(map);
                if (m.isFrozenReadOnly()) {
                    // as libbpf prepares .rodata: contents at key 0, then frozen
                    map.update(new byte[m.keySize()], m.frozenValue());
                    map.freeze();
                }
            }
            List<Insn> insns = new ArrayList<>(input.insns());
            for (int i = 0; i < insns.size(); i++) {
                if (insns.get(i) instanceof LoadImm64 ld && ld.pseudo().isMap() && ld.imm() >= 0
                        && ld.imm() < maps.size()) {
                    insns.set(i, ld.withImms(maps.get(ld.imm()).fd(), ld.nextImm()));
                }
            }
            ProgramSpec spec = ProgramSpec.of(name.length() > 15 ? name.substring(0, 15) : name,
                    elfType(io.github.bpf4j.elf.ProgType.class, input.type().name()), insns);
            if (input.expectedAttachType() != null) {
                spec = spec.withAttach(elfType(io.github.bpf4j.elf.AttachType.class,
                        input.expectedAttachType().toUpperCase(Locale.ROOT)), 0);
            }
            try (Program p = Program.load(spec, LoadOptions.defaults().withLogLevel(1))) {
                return p.outcome();
            } catch (ProgramLoadException e) {
                return e.outcome();
            }
        } catch (BpfException e) {
            throw new UsageException("the live kernel could not be asked: " + e.getMessage());
        } finally {
            for (BpfMap m : maps) {
                m.close();
            }
        }
    }

    /**
     * The kernel's answer for one program of an object loaded as {@code Bpf.load} loads objects (libbpf 1.1's
     * order: BTF, maps with their initial data, CO-RE against the running kernel, func_info and line_info), only
     * that program selected, log level 1.
     */
    static Verdict loadObject(BpfObject object, String program) {
        try (LoadedObject loaded = Bpf.load(object, LoadOptions.defaults().withLogLevel(1).withPrograms(program))) {
            return loaded.program(program).outcome();
        } catch (ProgramLoadException e) {
            return e.outcome();
        } catch (BpfException e) {
            throw new UsageException("the live kernel could not be asked: " + e.getMessage());
        }
    }

    private static <E extends Enum<E>> E elfType(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new UsageException("no " + type.getSimpleName() + " named " + name.toLowerCase(Locale.ROOT));
        }
    }
}
