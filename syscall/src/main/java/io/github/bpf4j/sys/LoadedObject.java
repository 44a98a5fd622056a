package io.github.bpf4j.sys;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A BPF object in the kernel: its maps created and its programs loaded by {@link Bpf#load}. Closing closes every
 * program and map (links stay with whoever holds them).
 */
public final class LoadedObject implements AutoCloseable {

    private final String name;
    private final Map<String, BpfMap> maps;
    private final Map<String, Program> programs;
    private final List<String> notes;
    private final LoadedBtf btf;

    LoadedObject(String name, Map<String, BpfMap> maps, Map<String, Program> programs, List<String> notes,
            LoadedBtf btf) {
        this.btf = btf;
        this.name = name;
        this.maps = Collections.unmodifiableMap(new LinkedHashMap<>(maps));
        this.programs = Collections.unmodifiableMap(new LinkedHashMap<>(programs));
        this.notes = List.copyOf(notes);
    }

    public String name() {
        return name;
    }

    /** The map of this name (as the object names it). */
    public BpfMap map(String mapName) {
        BpfMap m = maps.get(mapName);
        if (m == null) {
            throw new IllegalArgumentException("object '" + name + "' has no map '" + mapName + "'; it has "
                    + maps.keySet());
        }
        return m;
    }

    /** The loaded program of this name (the function name in the object). */
    public Program program(String programName) {
        Program p = programs.get(programName);
        if (p == null) {
            throw new IllegalArgumentException("object '" + name + "' has no loaded program '" + programName
                    + "'; it has " + programs.keySet());
        }
        return p;
    }

    public Map<String, BpfMap> maps() {
        return maps;
    }

    public Map<String, Program> programs() {
        return programs;
    }

    /** What the loader left out or worked around (BTF the kernel refused, programs not autoloaded, ...). */
    public List<String> notes() {
        return notes;
    }

    /** The object's BTF as loaded into the kernel (maps and programs refer to it), if the kernel took it. */
    public java.util.Optional<LoadedBtf> btf() {
        return java.util.Optional.ofNullable(btf);
    }

    @Override
    public void close() {
        List<AutoCloseable> all = new ArrayList<>(programs.values());
        all.addAll(maps.values());
        if (btf != null) {
            all.add(btf);
        }
        for (AutoCloseable c : all) {
            try {
                c.close();
            } catch (Exception ignored) {
                // fd close does not fail in a way worth reporting
            }
        }
    }
}
