package io.github.bpf4j.sys;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A map seen through key and value codecs. Does not own the map: closing stays with the {@link BpfMap}.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class TypedMap<K, V> {

    private final BpfMap map;
    private final Codec<K> keys;
    private final Codec<V> values;

    TypedMap(BpfMap map, Codec<K> keys, Codec<V> values) {
        this.map = Objects.requireNonNull(map, "map");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.values = Objects.requireNonNull(values, "values");
        if (keys.size() != map.keySize()) {
            throw new IllegalArgumentException("key codec of " + keys.size() + " bytes for map '" + map.name()
                    + "' with " + map.keySize() + "-byte keys");
        }
        if (values.size() != map.valueSize()) {
            throw new IllegalArgumentException("value codec of " + values.size() + " bytes for map '" + map.name()
                    + "' with " + map.valueSize() + "-byte values");
        }
    }

    public Optional<V> get(K key) {
        return map.lookup(keys.encode(key)).map(values::decode);
    }

    public void put(K key, V value, UpdateFlag... flags) {
        map.update(keys.encode(key), values.encode(value), flags);
    }

    public boolean remove(K key) {
        return map.delete(keys.encode(key));
    }

    /** A snapshot of every entry, in the kernel's iteration order. */
    public Map<K, V> snapshot() {
        Map<K, V> out = new LinkedHashMap<>();
        for (byte[] k : map.keys()) {
            map.lookup(k).ifPresent(v -> out.put(keys.decode(k), values.decode(v)));
        }
        return out;
    }

    public BpfMap map() {
        return map;
    }
}
