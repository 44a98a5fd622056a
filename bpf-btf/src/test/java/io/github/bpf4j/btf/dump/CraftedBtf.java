package io.github.bpf4j.btf.dump;

import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.BtfBuilder;
import io.github.bpf4j.btf.BtfType;
import io.github.bpf4j.btf.BtfType.EnumValue;
import io.github.bpf4j.btf.BtfType.IntEncoding;
import io.github.bpf4j.btf.BtfType.Linkage;
import io.github.bpf4j.btf.BtfType.Member;
import io.github.bpf4j.btf.BtfType.Param;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small BTFs, each aimed at one corner of the C dump: declarators, qualifiers, padding, packing, naming, ordering.
 * Expected output is never written here: bpftool judges them ({@link BtfCDumpBpftoolTest}).
 */
final class CraftedBtf {

    private CraftedBtf() {}

    /** Name to BTF, in a stable order. */
    static Map<String, Btf> all() {
        Map<String, Btf> m = new LinkedHashMap<>();
        m.put("declarators", declarators());
        m.put("qualifiers", qualifiers());
        m.put("padding", padding());
        m.put("packing", packing());
        m.put("names", names());
        m.put("ordering", ordering());
        m.put("enums", enums());
        m.put("misc", misc());
        return m;
    }

    private static int[] ints(BtfBuilder b) {
        int chr = b.addInt("char", 1, IntEncoding.SIGNED);
        int in = b.addInt("int", 4, IntEncoding.SIGNED);
        int ui = b.addInt("unsigned int", 4, IntEncoding.NONE);
        int lng = b.addInt("long int", 8, IntEncoding.SIGNED);
        int sh = b.addInt("short int", 2, IntEncoding.SIGNED);
        return new int[] {chr, in, ui, lng, sh};
    }

    /** Function pointers, arrays of them, pointers to arrays, multi-dimensional arrays, prototypes returning them. */
    static Btf declarators() {
        BtfBuilder b = Btf.builder();
        int[] t = ints(b);
        int chr = t[0];
        int in = t[1];
        int pchr = b.addPtr(chr);
        int fp = b.addFuncProto(in, List.of(new Param("a", in), new Param("s", pchr)));
        int pfp = b.addPtr(fp);
        b.addTypedef("handler_t", pfp);
        int arrPfp = b.addArray(pfp, in, 4);
        int arr2 = b.addArray(in, in, 3);
        int arr23 = b.addArray(arr2, in, 2);
        int parr = b.addPtr(arr2);
        int voidFp = b.addFuncProto(0, List.of(new Param("", 0)));
        int pVoidFp = b.addPtr(voidFp);
        int noArgs = b.addFuncProto(in, List.of());
        int pNoArgs = b.addPtr(noArgs);
        int variadic = b.addFuncProto(in, List.of(new Param("fmt", pchr), new Param("", 0)));
        int pVariadic = b.addPtr(variadic);
        // a function returning a pointer to a function returning int
        int retFp = b.addFuncProto(pfp, List.of(new Param("which", in)));
        int pRetFp = b.addPtr(retFp);
        int ppfp = b.addPtr(pfp);
        b.addStruct("decls", 96, List.of(
                Member.of("handlers", arrPfp, 0),
                Member.of("grid", arr23, 256),
                Member.of("row", parr, 448),
                Member.of("cb", pVoidFp, 512),
                Member.of("noargs", pNoArgs, 576),
                Member.of("printf", pVariadic, 640),
                Member.of("pick", pRetFp, 704),
                Member.of("pp", ppfp, 768)));
        b.addTypedef("grid_t", arr23);
        b.addTypedef("fn_t", fp);
        b.addFunc("some_func", fp, Linkage.GLOBAL);
        return b.build();
    }

    /** const/volatile/restrict on pointers and pointees, qualified arrays (dropped), type tags. */
    static Btf qualifiers() {
        BtfBuilder b = Btf.builder();
        int[] t = ints(b);
        int chr = t[0];
        int in = t[1];
        int cchr = b.addConst(chr);
        int pcchr = b.addPtr(cchr);
        int cpcchr = b.addConst(pcchr);
        int pcpcchr = b.addPtr(cpcchr);
        int vin = b.addVolatile(in);
        int cvin = b.addConst(vin);
        int pin = b.addPtr(in);
        int rpin = b.add(BtfType.Restrict.of(pin));
        int arr = b.addArray(cvin, in, 2);
        int carr = b.addConst(arr);
        int tag = b.add(new BtfType.TypeTag("user", in));
        int ptag = b.addPtr(tag);
        int cv = b.addConst(0);
        int pcv = b.addPtr(cv);
        b.addStruct("quals", 64, List.of(
                Member.of("a", pcchr, 0),
                Member.of("b", pcpcchr, 64),
                Member.of("c", cvin, 128),
                Member.of("d", rpin, 192),
                Member.of("e", carr, 256),
                Member.of("f", ptag, 320),
                Member.of("g", pcv, 384),
                Member.of("h", cpcchr, 448)));
        b.addTypedef("cint_t", b.addConst(in));
        return b.build();
    }

    /** Gaps before members, between bitfields, at the end; unions; nested anonymous records. */
    static Btf padding() {
        BtfBuilder b = Btf.builder();
        int[] t = ints(b);
        int chr = t[0];
        int in = t[1];
        int ui = t[2];
        int lng = t[3];
        int sh = t[4];
        b.addStruct("gap_int", 12, List.of(Member.of("a", chr, 0), Member.of("b", in, 64)));
        b.addStruct("gap_long", 24, List.of(Member.of("a", chr, 0), Member.of("b", lng, 128)));
        b.addStruct("tail", 16, List.of(Member.of("a", chr, 0)));
        b.addStruct("tail_odd", 13, List.of(Member.of("a", chr, 0), Member.of("b", chr, 8)));
        b.addStruct("bits", 16, List.of(new Member("a", ui, 0, 3), new Member("b", ui, 20, 5),
                new Member("c", ui, 33, 30), Member.of("d", sh, 96), new Member("e", chr, 120, 1)));
        b.addStruct("bits_gap", 8, List.of(new Member("x", lng, 0, 7), new Member("y", lng, 40, 9)));
        int anon = b.addStruct("", 8, List.of(Member.of("p", in, 0), Member.of("q", chr, 32)));
        int anonU = b.addUnion("", 8, List.of(Member.of("u", lng, 0), Member.of("s", anon, 0)));
        b.addStruct("outer", 32, List.of(Member.of("first", chr, 0), Member.of("", anonU, 64),
                Member.of("named", anon, 128)));
        b.addUnion("un", 16, List.of(Member.of("a", chr, 0), Member.of("b", in, 0)));
        b.addStruct("empty", 0, List.of());
        int empty = b.addStruct("", 0, List.of());
        b.addStruct("holds_empty", 4, List.of(Member.of("e", empty, 0), Member.of("v", in, 0)));
        return b.build();
    }

    /** Layouts that only a packed struct gives, and aligned ones that look odd but are not packed. */
    static Btf packing() {
        BtfBuilder b = Btf.builder();
        int[] t = ints(b);
        int chr = t[0];
        int in = t[1];
        int lng = t[3];
        int pk = b.addStruct("pk", 5, List.of(Member.of("a", chr, 0), Member.of("b", in, 8)));
        b.addStruct("pk_size", 12, List.of(Member.of("a", lng, 0), Member.of("b", in, 64)));
        b.addStruct("holds_pk", 16, List.of(Member.of("x", chr, 0), Member.of("p", pk, 8), Member.of("y", lng, 64)));
        b.addStruct("aligned_big", 64, List.of(Member.of("a", lng, 0), Member.of("b", chr, 256)));
        int arr = b.addArray(chr, in, 3);
        b.addStruct("arr_odd", 3, List.of(Member.of("c", arr, 0)));
        b.addStruct("flex", 4, List.of(Member.of("n", in, 0), Member.of("data", b.addArray(chr, in, 0), 32)));
        return b.build();
    }

    /** Duplicate struct, union, enum, typedef and enumerator names; forward declarations keep their names. */
    static Btf names() {
        BtfBuilder b = Btf.builder();
        int[] t = ints(b);
        int in = t[1];
        b.addStruct("dup", 4, List.of(Member.of("a", in, 0)));
        b.addStruct("dup", 8, List.of(Member.of("a", in, 0), Member.of("b", in, 32)));
        b.addUnion("dup", 4, List.of(Member.of("u", in, 0)));
        b.add(new BtfType.Enum("dup", 4, false, List.of(new EnumValue("ONE", 1))));
        b.add(new BtfType.Enum("other", 4, false, List.of(new EnumValue("ONE", 1), new EnumValue("TWO", 2))));
        b.addTypedef("TWO", in);
        b.addTypedef("ty", in);
        b.addTypedef("ty", t[0]);
        int fwd = b.add(new BtfType.Fwd("dup", false));
        b.addStruct("uses_fwd", 8, List.of(Member.of("f", b.addPtr(fwd), 0)));
        b.add(new BtfType.Fwd("fu", true));
        b.add(new BtfType.Enum("dup", 4, false, List.of()));
        return b.build();
    }

    /** Mutual recursion through pointers, typedefs met through pointers first, embedded structs after use. */
    static Btf ordering() {
        BtfBuilder b = Btf.builder();
        int[] t = ints(b);
        int in = t[1];
        int aId = b.nextId();
        int pa = b.addPtr(aId + 4);
        int bStruct = b.addStruct("b", 16, List.of(Member.of("to_a", pa, 0), Member.of("v", in, 64)));
        int tdB = b.addTypedef("b_t", bStruct);
        int ptdB = b.addPtr(tdB);
        int a = b.addStruct("a", 24, List.of(Member.of("embedded", bStruct, 0), Member.of("via_td", ptdB, 128)));
        if (a != aId + 4) {
            throw new IllegalStateException("id arithmetic: " + a + " != " + (aId + 4));
        }
        int selfPtr = b.addPtr(b.nextId() + 1);
        b.addStruct("self", 8, List.of(Member.of("next", selfPtr, 0)));
        // a typedef of a pointer to a struct defined later
        int later = b.nextId() + 2;
        int pLater = b.addPtr(later);
        b.addTypedef("later_p", pLater);
        b.addStruct("later", 4, List.of(Member.of("x", in, 0)));
        int anon = b.addStruct("", 4, List.of(Member.of("y", in, 0)));
        b.addTypedef("anon_t", anon);
        int panon = b.addPtr(b.addTypedef("anon_pt", anon));
        b.addStruct("uses_anon", 8, List.of(Member.of("p", panon, 0)));
        b.addTypedef("__builtin_va_list", b.addPtr(t[0]));
        b.addTypedef("__gnuc_va_list", 0);
        return b.build();
    }

    /** Signed, unsigned and 64-bit enums, top-level anonymous enums, anonymous enums inside structs. */
    static Btf enums() {
        BtfBuilder b = Btf.builder();
        int[] t = ints(b);
        b.add(new BtfType.Enum("e_signed", 4, true, List.of(new EnumValue("NEG", -1), new EnumValue("POS", 7))));
        b.add(new BtfType.Enum("e_unsigned", 4, false, List.of(new EnumValue("BIG", 0xffff_fff0L))));
        b.add(new BtfType.Enum64("e64", 8, false, List.of(new EnumValue("HUGE", 0xffff_ffff_ffff_fff0L),
                new EnumValue("SMALL", 3))));
        b.add(new BtfType.Enum64("e64s", 8, true, List.of(new EnumValue("MINUS", Long.MIN_VALUE))));
        b.add(new BtfType.Enum("", 4, false, List.of(new EnumValue("CONST_A", 10), new EnumValue("CONST_B", 11))));
        int inner = b.add(new BtfType.Enum("", 4, false, List.of(new EnumValue("IN_A", 0))));
        b.addStruct("has_enum", 8, List.of(Member.of("k", inner, 0), Member.of("n", t[1], 32)));
        b.add(new BtfType.Enum("e1", 1, false, List.of(new EnumValue("B1", 1))));
        return b.build();
    }

    /** Floats, datasecs, variables, functions and decl tags (not printed), char arrays, a missing base type. */
    static Btf misc() {
        BtfBuilder b = Btf.builder();
        int[] t = ints(b);
        int dbl = b.addFloat("double", 8);
        int poly = b.addInt("__Poly8_t", 1, IntEncoding.NONE);
        int s = b.addStruct("floaty", 16, List.of(Member.of("d", dbl, 0), Member.of("p", poly, 64)));
        int v = b.addVar("global_v", s, Linkage.GLOBAL);
        b.addDatasec(".data", 16, List.of(new BtfType.VarSecinfo(v, 0, 16)));
        b.add(new BtfType.DeclTag("tagged", s, -1));
        b.add(new BtfType.DeclTag("member_tag", s, 0));
        return b.build();
    }
}
