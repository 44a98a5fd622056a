package io.github.bpf4j.verifier.internal;

import io.github.bpf4j.verifier.MapDef;
import io.github.bpf4j.verifier.MapType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Maps of maps as the verifier sees them (Linux 6.18). The program's maps are numbered by their position; each
 * inner map template ({@code map->inner_map_meta}, made by {@code bpf_map_meta_alloc} from {@code inner_map_fd})
 * gets a number after them, so that a register can point to it like to any other map.
 *
 * <p>A lookup in a map of maps returns {@code map_value_or_null} of the outer map (its {@code ks}/{@code vs} in the
 * log); the null check turns the non-null branch into {@code map_ptr} of the template
 * ({@code mark_ptr_not_null_reg}). The template carries no name ({@code bpf_map_meta_alloc} copies type, sizes,
 * flags and capacity only), so the log prints no {@code map=}.
 */
final class MapInMap {

    private final List<MapDef> all;
    private final int[] innerOf;
    private final int outerCount;

    private MapInMap(List<MapDef> all, int[] innerOf, int outerCount) {
        this.all = all;
        this.innerOf = innerOf;
        this.outerCount = outerCount;
    }

    /** The program's maps followed by the inner map templates of its maps of maps. */
    static MapInMap of(List<MapDef> maps) {
        List<MapDef> all = new ArrayList<>(maps);
        int[] innerOf = new int[maps.size()];
        for (int i = 0; i < maps.size(); i++) {
            MapDef inner = maps.get(i).inner();
            if (inner == null) {
                innerOf[i] = -1;
            } else {
                innerOf[i] = all.size();
                // the template is a copy of the inner map's shape: no name, no contents
                all.add(new MapDef(inner.type(), inner.keySize(), inner.valueSize(), inner.maxEntries(),
                        inner.flags()));
            }
        }
        return new MapInMap(Collections.unmodifiableList(all), innerOf, maps.size());
    }

    /** Every map a register may point to: the program's, then the templates. */
    List<MapDef> maps() {
        return all;
    }

    /** The maps the program names by position (what {@code ld_imm64} may refer to). */
    List<MapDef> programMaps() {
        return all.subList(0, outerCount);
    }

    /**
     * The kernel struct behind a map of {@code type} ({@code map->ops->map_btf_id}, Linux 6.18), which
     * {@code check_ptr_to_map_access} names when a program reads or writes through a map pointer.
     */
    static String structName(MapType type) {
        return switch (type) {
            case ARRAY, PERCPU_ARRAY, PROG_ARRAY, PERF_EVENT_ARRAY, ARRAY_OF_MAPS, CGROUP_ARRAY -> "bpf_array";
            case HASH, PERCPU_HASH, LRU_HASH, LRU_PERCPU_HASH, HASH_OF_MAPS -> "bpf_htab";
            case QUEUE, STACK -> "bpf_queue_stack";
            case RINGBUF -> "bpf_ringbuf_map";
            case STACK_TRACE -> "bpf_stack_map";
            case DEVMAP, DEVMAP_HASH -> "bpf_dtab";
            case SOCKMAP -> "bpf_stab";
            case SOCKHASH -> "bpf_shtab";
            case CPUMAP -> "bpf_cpu_map";
            case XSKMAP -> "xsk_map";
            case BLOOM_FILTER -> "bpf_bloom_filter";
            case CGROUP_STORAGE, PERCPU_CGROUP_STORAGE -> "bpf_cgroup_storage_map";
        };
    }

    /**
     * {@code mark_ptr_not_null_reg} for a value of a map of maps: the pointer becomes {@code CONST_PTR_TO_MAP} of
     * the inner template; any other pointer is returned as it is.
     */
    RegState.Pointer markNotNull(RegState.Pointer reg) {
        if (reg.type() != RegType.PTR_TO_MAP_VALUE || reg.map() < 0 || reg.map() >= outerCount
                || innerOf[reg.map()] < 0) {
            return reg;
        }
        return new RegState.Pointer(RegType.CONST_PTR_TO_MAP, false, false, reg.off(), reg.var(), reg.id(),
                reg.refObjId(), reg.range(), innerOf[reg.map()], reg.memSize(), reg.frameno(), reg.btfId(),
                reg.btfName(), reg.flags());
    }
}
