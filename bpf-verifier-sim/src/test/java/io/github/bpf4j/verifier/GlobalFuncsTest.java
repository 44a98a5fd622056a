package io.github.bpf4j.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.BtfBuilder;
import io.github.bpf4j.btf.BtfType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Crafted programs with their own BTF (built here): a global function verified on its own, the same function
 * static, func_info that does not fit the subprograms, and callbacks without the program's BTF. The kernel's
 * answers for real objects are checked by ObjectCorpusTest.
 */
class GlobalFuncsTest {

    private static final Verifier V = Verifier.forKernel(KernelProfile.linux618());

    /** main: r1 = 5; call pc+2; r0 = 0; exit. sub at 4: r0 = r1; exit. */
    private static final byte[] CODE = insns(
            0xb7, 0x01, 0, 5,
            0x85, 0x10, 0, 2,
            0xb7, 0x00, 0, 0,
            0x95, 0x00, 0, 0,
            0xbf, 0x10, 0, 0,
            0x95, 0x00, 0, 0);

    private static byte[] insns(int... f) {
        ByteBuffer b = ByteBuffer.allocate(f.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < f.length; i += 4) {
            b.put((byte) f[i]).put((byte) f[i + 1]).putShort((short) f[i + 2]).putInt(f[i + 3]);
        }
        return b.array();
    }

    private record Prog(Btf btf, int main, int sub) {}

    private static Prog btf(BtfType.Linkage subLinkage) {
        BtfBuilder b = Btf.builder();
        int intType = b.addInt("int", 4, BtfType.IntEncoding.SIGNED);
        int skb = b.addStruct("__sk_buff", 0, List.of());
        int mainProto = b.addFuncProto(intType, List.of(new BtfType.Param("skb", b.addPtr(skb))));
        int main = b.addFunc("prog", mainProto, BtfType.Linkage.GLOBAL);
        int subProto = b.addFuncProto(intType, List.of(new BtfType.Param("x", intType)));
        int sub = b.addFunc("g", subProto, subLinkage);
        return new Prog(b.build(), main, sub);
    }

    private static ProgramInput input(Prog p, List<ProgramInput.FuncInfo> funcs) {
        return ProgramInput.of(CODE, ProgType.SOCKET_FILTER, null, List.of()).withExtInfo(List.of(), funcs)
                .withBtf(p.btf());
    }

    @Test
    void globalFunctionIsVerifiedOnItsOwn() {
        Prog p = btf(BtfType.Linkage.GLOBAL);
        Verdict v = V.verify(input(p, List.of(new ProgramInput.FuncInfo(0, p.main(), "prog"),
                new ProgramInput.FuncInfo(4, p.sub(), "g"))));
        assertThat(v.accepted()).isTrue();
        assertThat(v.processed()).isEqualTo(6);
        assertThat(v.log()).startsWith("Func#1 ('g') is safe for any args that match its prototype\nprocessed 6 ");
    }

    @Test
    void staticFunctionIsWalkedInItsCaller() {
        Prog p = btf(BtfType.Linkage.STATIC);
        Verdict v = V.verify(input(p, List.of(new ProgramInput.FuncInfo(0, p.main(), "prog"),
                new ProgramInput.FuncInfo(4, p.sub(), "g"))));
        assertThat(v.accepted()).isTrue();
        assertThat(v.processed()).isEqualTo(6);
        assertThat(v.log()).startsWith("processed 6 ");
    }

    @Test
    void globalFunctionRefusesAPointerForAnInt() {
        // the call is checked against the prototype (int x): a stack pointer in R1 does not match
        Prog p = btf(BtfType.Linkage.GLOBAL);
        byte[] code = CODE.clone();
        code[0] = (byte) 0xbf; // r1 = r10: a stack pointer where the prototype wants an int
        code[1] = (byte) 0xa1;
        code[4] = 0;
        Verdict v = V.verify(ProgramInput.of(code, ProgType.SOCKET_FILTER, null, List.of())
                .withExtInfo(List.of(), List.of(new ProgramInput.FuncInfo(0, p.main(), "prog"),
                        new ProgramInput.FuncInfo(4, p.sub(), "g"))).withBtf(p.btf()));
        assertThat(v.accepted()).isFalse();
        assertThat(v.insn()).isEqualTo(1);
        assertThat(v.message()).isEqualTo("R1 is not a scalar\nCaller passes invalid args into func#1 ('g')");
        assertThat(v.errno()).isEqualTo("EINVAL");
    }

    @Test
    void funcInfoMustCoverEverySubprogram() {
        Prog p = btf(BtfType.Linkage.GLOBAL);
        Verdict v = V.verify(input(p, List.of(new ProgramInput.FuncInfo(0, p.main(), "prog"))));
        assertThat(v.accepted()).isFalse();
        assertThat(v.message()).isEqualTo("number of funcs in func_info doesn't match number of subprogs");
    }

    @Test
    void funcInfoMustStartEachSubprogram() {
        Prog p = btf(BtfType.Linkage.GLOBAL);
        Verdict v = V.verify(input(p, List.of(new ProgramInput.FuncInfo(0, p.main(), "prog"),
                new ProgramInput.FuncInfo(5, p.sub(), "g"))));
        assertThat(v.message()).isEqualTo("func_info BTF section doesn't match subprog layout in BPF program");
    }

    @Test
    void callbackWithoutTheProgramsBtfIsNotSimulated() {
        // r2 = callback (ld_imm64 src 4, to insn 4); r0 = 0; exit; callback: r0 = 0; exit
        byte[] code = insns(
                0x18, 0x42, 0, 3,
                0x00, 0x00, 0, 0,
                0xb7, 0x00, 0, 0,
                0x95, 0x00, 0, 0,
                0xb7, 0x00, 0, 0,
                0x95, 0x00, 0, 0);
        ProgramInput in = ProgramInput.of(code, ProgType.SOCKET_FILTER, null, List.of())
                .withExtInfo(List.of(), List.of(new ProgramInput.FuncInfo(0, 1, "prog"),
                        new ProgramInput.FuncInfo(4, 2, "cb")));
        Verdict v = V.verify(in);
        assertThat(v.accepted()).isFalse();
        assertThat(v.message()).contains("not simulated without the program's BTF");
        Verdict missing = V.verify(ProgramInput.of(code, ProgType.SOCKET_FILTER, null, List.of()));
        assertThat(missing.message()).isEqualTo("missing btf func_info");
    }
}
