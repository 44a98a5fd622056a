package io.github.bpf4j.sys;

import io.github.bpf4j.elf.MapType;

/**
 * What the kernel says about a live map ({@code struct bpf_map_info} from {@code BPF_OBJ_GET_INFO_BY_FD}).
 *
 * @param type       the map type, or {@code null} when this version does not know the number in {@code typeCode}
 * @param typeCode   the kernel's type number
 * @param id         the map's kernel-wide id
 * @param keySize    bytes per key
 * @param valueSize  bytes per value
 * @param maxEntries capacity
 * @param flags      {@code map_flags}
 * @param name       the name the map was created with
 * @param btfId      id of the BTF object, or 0
 * @param mapExtra   {@code map_extra}
 */
public record MapInfo(MapType type, int typeCode, int id, int keySize, int valueSize, int maxEntries, int flags,
        String name, int btfId, long mapExtra) {}
