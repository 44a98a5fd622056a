package io.github.bpf4j.btf.dump;

import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.BtfBuilder;
import io.github.bpf4j.btf.BtfType;
import io.github.bpf4j.btf.BtfType.EnumValue;
import io.github.bpf4j.btf.BtfType.IntEncoding;
import io.github.bpf4j.btf.BtfType.Member;
import io.github.bpf4j.btf.BtfType.Param;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random, C-expressible BTFs for the differential dump test: types refer to earlier ids only, except pointers,
 * which may also point to named structs defined later (the cycles C resolves with forward declarations). Names are
 * drawn from a small pool so that duplicates (and {@code ___N} suffixes) are common; member offsets are sometimes
 * misaligned (packed), sometimes gapped (padding), sometimes bitfields.
 */
final class RandomBtf {

    private static final String[] NAMES = {"a", "b", "c", "node", "ctx", "item", "flags", "list", "data", "next"};

    private final Random rnd;
    private final BtfBuilder b = Btf.builder();
    private final List<Integer> ids = new ArrayList<>();
    private final List<Integer> sized = new ArrayList<>();
    private final List<Integer> ints = new ArrayList<>();

    private RandomBtf(long seed) {
        this.rnd = new Random(seed);
    }

    static Btf of(long seed) {
        return new RandomBtf(seed).build();
    }

    private String name() {
        return NAMES[rnd.nextInt(NAMES.length)] + (rnd.nextInt(4) == 0 ? "___v" + rnd.nextInt(3) : "");
    }

    private int pick(List<Integer> from) {
        return from.get(rnd.nextInt(from.size()));
    }

    private int add(BtfType t, boolean hasSize) {
        int id = b.add(t);
        ids.add(id);
        if (hasSize) {
            sized.add(id);
        }
        return id;
    }

    private Btf build() {
        String[][] base = {{"char", "1"}, {"short int", "2"}, {"int", "4"}, {"unsigned int", "4"},
            {"long int", "8"}, {"long unsigned int", "8"}, {"_Bool", "1"}};
        for (String[] i : base) {
            IntEncoding enc = i[0].startsWith("unsigned") || i[0].startsWith("long unsigned") ? IntEncoding.NONE
                    : i[0].equals("_Bool") ? IntEncoding.BOOL : IntEncoding.SIGNED;
            int id = add(BtfType.Int.of(i[0], Integer.parseInt(i[1]), enc), true);
            ints.add(id);
        }
        int later = 0; // named structs that pointers may refer to before they exist
        int n = 20 + rnd.nextInt(40);
        List<Integer> forwardPtrs = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            switch (rnd.nextInt(12)) {
                case 0 -> add(BtfType.Ptr.of(rnd.nextInt(5) == 0 ? 0 : pick(ids)), true);
                case 1 -> add(BtfType.Array.of(pick(sized), pick(ints), rnd.nextInt(4) == 0 ? 0 : 1 + rnd.nextInt(5)),
                        true);
                case 2, 3, 4 -> add(composite(), true);
                case 5 -> add(enumeration(), true);
                case 6 -> add(new BtfType.Typedef(name(), pick(ids)), true);
                case 7 -> {
                    int q = pick(ids);
                    add(switch (rnd.nextInt(3)) {
                        case 0 -> BtfType.Const.of(q);
                        case 1 -> BtfType.Volatile.of(q);
                        default -> BtfType.Restrict.of(q);
                    }, b.build().kind(q) != io.github.bpf4j.btf.BtfKind.FUNC_PROTO);
                }
                case 8 -> {
                    List<Param> params = new ArrayList<>();
                    int np = rnd.nextInt(4);
                    for (int i = 0; i < np; i++) {
                        params.add(new Param(rnd.nextBoolean() ? name() : "", pick(sized)));
                    }
                    if (np > 0 && rnd.nextInt(4) == 0) {
                        params.add(new Param("", 0));
                    }
                    int fp = add(BtfType.FuncProto.of(rnd.nextInt(4) == 0 ? 0 : pick(sized), params), false);
                    add(BtfType.Ptr.of(fp), true);
                }
                case 9 -> add(new BtfType.Fwd(name(), rnd.nextBoolean()), false);
                case 10 -> {
                    // a pointer to a named struct that comes later
                    forwardPtrs.add(b.nextId());
                    add(BtfType.Ptr.of(0), true);
                    later++;
                }
                default -> add(new BtfType.TypeTag("tag" + rnd.nextInt(2), pick(ints)), true);
            }
        }
        for (int p : forwardPtrs) {
            int target = b.nextId();
            List<Member> m = List.of(Member.of("back", p, 0), Member.of("v", pick(ints), 64));
            add(new BtfType.Struct(name(), 16, m), true);
            b.set(p, BtfType.Ptr.of(target));
        }
        return b.build();
    }

    private BtfType composite() {
        boolean union = rnd.nextInt(4) == 0;
        String name = rnd.nextInt(3) == 0 ? "" : name();
        int count = rnd.nextInt(5);
        List<Member> members = new ArrayList<>();
        long bit = 0;
        long end = 0;
        Btf sofar = b.build();
        for (int i = 0; i < count; i++) {
            int t = pick(sized);
            long size;
            try {
                size = sofar.sizeOf(t);
            } catch (RuntimeException unsized) {
                continue;
            }
            String mname = rnd.nextInt(6) == 0 ? "" : NAMES[rnd.nextInt(NAMES.length)] + i;
            if (mname.isEmpty() && !(sofar.type(sofar.skipModsAndTypedefs(t)) instanceof BtfType.Composite)) {
                mname = "m" + i;
            }
            boolean bitfield = !union && ints.contains(t) && rnd.nextInt(3) == 0 && size < 8;
            if (bitfield) {
                int bits = 1 + rnd.nextInt((int) size * 8 - 1);
                long at = bit + rnd.nextInt(4);
                // keep the bitfield inside one naturally aligned unit of its type, as C lays it out
                long unit = size * 8;
                if (at / unit != (at + bits - 1) / unit) {
                    at = (at / unit + 1) * unit;
                }
                members.add(new Member(mname, t, union ? 0 : at, bits));
                bit = at + bits;
            } else {
                long at = union ? 0 : (bit + 7) / 8 * 8;
                if (!union && rnd.nextInt(3) != 0) {
                    long align = Math.max(1, Math.min(8, size)) * 8;
                    at = (at + align - 1) / align * align + (rnd.nextInt(4) == 0 ? 8 * rnd.nextInt(3) : 0);
                }
                members.add(Member.of(mname, t, at));
                bit = at + size * 8;
            }
            end = Math.max(end, bit);
        }
        long bytes = (end + 7) / 8 + (rnd.nextInt(3) == 0 ? rnd.nextInt(9) : 0);
        return union ? new BtfType.Union(name, (int) bytes, members) : new BtfType.Struct(name, (int) bytes, members);
    }

    private BtfType enumeration() {
        String name = rnd.nextInt(3) == 0 ? "" : name();
        List<EnumValue> values = new ArrayList<>();
        int count = rnd.nextInt(4);
        boolean signed = rnd.nextBoolean();
        boolean wide = rnd.nextInt(4) == 0;
        for (int i = 0; i < count; i++) {
            long v = wide ? rnd.nextLong() : signed ? rnd.nextInt() : rnd.nextInt() & 0xffff_ffffL;
            values.add(new EnumValue(NAMES[rnd.nextInt(NAMES.length)].toUpperCase() + rnd.nextInt(3), v));
        }
        int size = wide ? 8 : new int[] {1, 2, 4, 4, 4, 8}[rnd.nextInt(6)];
        return wide ? new BtfType.Enum64(name, size, signed, values) : new BtfType.Enum(name, size, signed, values);
    }
}
