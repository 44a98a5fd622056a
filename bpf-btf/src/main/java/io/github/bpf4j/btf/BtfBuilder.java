package io.github.bpf4j.btf;

import io.github.bpf4j.btf.BtfType.IntEncoding;
import io.github.bpf4j.btf.BtfType.Linkage;
import io.github.bpf4j.btf.BtfType.Member;
import io.github.bpf4j.btf.BtfType.Param;
import io.github.bpf4j.btf.BtfType.VarSecinfo;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds BTF from Java: each {@code add...} appends one type and returns its id, so later types can refer to it.
 * A type may refer to an id not yet added (a struct member pointing to the struct itself); {@link #build()} checks
 * that every referenced id exists.
 */
public final class BtfBuilder {
    private final Btf base;
    private final int firstId;
    private final List<BtfType> types = new ArrayList<>();

    BtfBuilder(Btf base) {
        this.base = base;
        this.firstId = base == null ? 1 : base.typeCount();
    }

    /** The id the next added type will get. */
    public int nextId() {
        return firstId + types.size();
    }

    /** Appends {@code type}; returns its id. */
    public int add(BtfType type) {
        if (type.kind() == BtfKind.VOID) {
            throw new IllegalArgumentException("void is id 0 and cannot be added");
        }
        types.add(type);
        return firstId + types.size() - 1;
    }

    /** Replaces the type at {@code id} (to close a cycle after adding a placeholder). */
    public BtfBuilder set(int id, BtfType type) {
        types.set(id - firstId, type);
        return this;
    }

    public int addInt(String name, int size, IntEncoding encoding) {
        return add(BtfType.Int.of(name, size, encoding));
    }

    public int addPtr(int type) {
        return add(BtfType.Ptr.of(type));
    }

    public int addConst(int type) {
        return add(BtfType.Const.of(type));
    }

    public int addVolatile(int type) {
        return add(BtfType.Volatile.of(type));
    }

    public int addTypedef(String name, int type) {
        return add(new BtfType.Typedef(name, type));
    }

    public int addArray(int elemType, int indexType, int nelems) {
        return add(BtfType.Array.of(elemType, indexType, nelems));
    }

    public int addStruct(String name, int size, List<Member> members) {
        return add(new BtfType.Struct(name, size, members));
    }

    public int addUnion(String name, int size, List<Member> members) {
        return add(new BtfType.Union(name, size, members));
    }

    public int addFuncProto(int returnType, List<Param> params) {
        return add(BtfType.FuncProto.of(returnType, params));
    }

    public int addFunc(String name, int protoType, Linkage linkage) {
        return add(new BtfType.Func(name, protoType, linkage));
    }

    public int addVar(String name, int type, Linkage linkage) {
        return add(new BtfType.Var(name, type, linkage));
    }

    public int addDatasec(String name, int size, List<VarSecinfo> vars) {
        return add(new BtfType.Datasec(name, size, vars));
    }

    public int addFloat(String name, int size) {
        return add(new BtfType.Float(name, size));
    }

    /** The BTF built so far; checks every referenced id exists. */
    public Btf build() {
        return base == null ? Btf.of(types) : Btf.of(base, types);
    }
}
