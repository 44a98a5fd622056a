package io.github.bpf4j.elf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpf4j.asm.Call;
import io.github.bpf4j.asm.Alu;
import io.github.bpf4j.asm.AluOp;
import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.LoadImm64;
import io.github.bpf4j.asm.Pseudo;
import io.github.bpf4j.asm.Reg;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The object model of our own test objects (src/test/c), with the figures libbpf 1.1 prints for them in its debug
 * log (LibbpfOracleTest checks those against the live libbpf).
 */
class BpfObjectTest {

    private static final BpfObject LINKED = BpfObject.read(TestObjects.own("linked.o"));

    @Test
    void programsAreEntryPointsInLibbpfOrder() {
        assertThat(LINKED.name()).isEqualTo("linked");
        assertThat(LINKED.programs()).extracting(BpfProgram::name)
                .containsExactly("tail_target", "first", "second", "xdp_pass", "sock_all");
        BpfProgram second = LINKED.program("second");
        assertThat(second.sectionName()).isEqualTo("tracepoint/syscalls/sys_enter_getpid");
        assertThat(second.sectionOffset()).isEqualTo(19 * 8);
        assertThat(second.type()).isEqualTo(ProgType.TRACEPOINT);
        assertThat(second.attachTarget()).contains(new AttachTarget.Tracepoint("syscalls", "sys_enter_getpid"));
        assertThat(LINKED.program("xdp_pass").expectedAttachType()).contains(AttachType.XDP);
        assertThat(LINKED.program("sock_all").type()).isEqualTo(ProgType.SOCKET_FILTER);
        assertThat(LINKED.license()).isEqualTo("Dual BSD/GPL");
        assertThat(LINKED.kernelVersion()).isEmpty();
        assertThatThrownBy(() -> LINKED.program("add_static")).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("tail_target, first, second");
    }

    @Test
    void subprogramsAreAppendedInTheOrderTheyAreFirstReached() {
        BpfProgram first = LINKED.program("first");
        // libbpf: added add_static (now at 19), loop_cb (24), global_helper (31)
        assertThat(first.subprograms()).containsExactly(new BpfProgram.Subprogram("add_static", 19, 5),
                new BpfProgram.Subprogram("loop_cb", 24, 7), new BpfProgram.Subprogram("global_helper", 31, 12));
        assertThat(first.insns()).hasSize(16);
        assertThat(first.linkedSlotCount()).isEqualTo(19 + 5 + 7 + 12);
        assertThat(first.linkedInsnAt(4)).isEqualTo(Call.local(14));
        assertThat(first.linkedInsnAt(17)).isEqualTo(Call.local(13));
        assertThat(first.linkedInsnAt(31 + 10)).isEqualTo(Call.local(-23));
        Insn callback = first.linkedInsnAt(11);
        assertThat(callback).isInstanceOf(LoadImm64.class);
        assertThat(((LoadImm64) callback).pseudo()).isEqualTo(Pseudo.FUNC);
        assertThat(callback.imm()).isEqualTo(12);
        // the same subprogram lands elsewhere in another program
        BpfProgram sock = LINKED.program("sock_all");
        assertThat(sock.subprogramNames()).containsExactly("global_helper", "add_static");
        assertThat(sock.linkedInsnAt(1)).isEqualTo(Call.local(1));
        assertThat(sock.linkedInsnAt(3 + 10)).isEqualTo(Call.local(1));
        assertThat(LINKED.program("xdp_pass").subprograms()).isEmpty();
    }

    @Test
    void fixupsNameMapsAndValueOffsets() {
        BpfProgram first = LINKED.program("first");
        int rodata = LINKED.mapIndex("linked.rodata");
        int data = LINKED.mapIndex("linked.data");
        int bss = LINKED.mapIndex("linked.bss");
        int counts = LINKED.mapIndex("counts");
        assertThat(first.fixups()).containsExactly(new Fixup.MapValue(0, rodata, 0), new Fixup.MapValue(5, data, 0),
                new Fixup.MapValue(19, data, 8), new Fixup.MapValue(24, bss, 0), new Fixup.Map(34, counts));
        for (Fixup f : first.fixups()) {
            assertThat(first.linkedInsnAt(f.insn())).isInstanceOf(LoadImm64.class);
        }
        assertThat(LINKED.program("tail_target").fixups()).containsExactly(
                new Fixup.Map(4, LINKED.mapIndex("outer")), new Fixup.Map(14, LINKED.mapIndex("events")));
    }

    @Test
    void mapsAsLibbpfDefinesThem() {
        assertThat(LINKED.maps()).extracting(BpfMap::name).containsExactly("inner_a", "inner_b", "outer", "jumps",
                "counts", "events", "linked.data", "linked.rodata", ".data.custom", "linked.bss");
        BpfMap outer = LINKED.map("outer");
        assertThat(outer.type()).isEqualTo(MapType.ARRAY_OF_MAPS);
        assertThat(outer.keySize()).isEqualTo(4);
        assertThat(outer.valueSize()).isEqualTo(4);
        assertThat(outer.maxEntries()).isEqualTo(3);
        assertThat(outer.inner().name()).isEqualTo("outer.inner");
        assertThat(outer.inner().type()).isEqualTo(MapType.ARRAY);
        assertThat(outer.inner().valueSize()).isEqualTo(8);
        assertThat(outer.initSlots()).containsExactly("inner_a", null, "inner_b");
        assertThat(LINKED.map("jumps").initSlots()).containsExactly(null, "tail_target");
        BpfMap counts = LINKED.map("counts");
        assertThat(counts.type()).isEqualTo(MapType.HASH);
        assertThat(counts.valueSize()).isEqualTo(16);
        assertThat(counts.flags()).isEqualTo(1);
        assertThat(counts.maxEntries()).isEqualTo(128);
        assertThat(LINKED.btf().orElseThrow().name(counts.btfKeyType())).isEqualTo("__u32");
        BpfMap events = LINKED.map("events");
        assertThat(events.type()).isEqualTo(MapType.RINGBUF);
        assertThat(events.keySize()).isZero();
        assertThat(events.maxEntries()).isEqualTo(4096);

        BpfMap data = LINKED.map("linked.data");
        assertThat(data.origin()).isEqualTo(BpfMap.Origin.DATA);
        assertThat(data.realName()).isEqualTo(".data");
        assertThat(data.initialValue()).containsExactly(7, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0);
        assertThat(data.flags()).isEqualTo(BpfMap.F_MMAPABLE);
        BpfMap rodata = LINKED.map("linked.rodata");
        assertThat(rodata.flags()).isEqualTo(BpfMap.F_MMAPABLE | BpfMap.F_RDONLY_PROG);
        assertThat(new String(rodata.initialValue(), 4, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("hello");
        assertThat(LINKED.btf().orElseThrow().name(rodata.btfValueType())).isEqualTo(".rodata");
        BpfMap bss = LINKED.map("linked.bss");
        assertThat(bss.valueSize()).isEqualTo(4);
        assertThat(bss.initialValue()).isEmpty();
        assertThat(LINKED.map(".data.custom").name()).isEqualTo(".data.custom");
    }

    @Test
    void btfExtRecordsFollowTheLinkedProgram() {
        BpfProgram first = LINKED.program("first");
        assertThat(first.funcInfo()).extracting(ExtInfo.FuncInfo::insn).containsExactly(0, 19, 24, 31);
        var btf = LINKED.btf().orElseThrow();
        assertThat(first.funcInfo()).extracting(f -> btf.name(f.typeId()))
                .containsExactly("first", "add_static", "loop_cb", "global_helper");
        assertThat(first.lineInfo()).isNotEmpty().allSatisfy(l -> assertThat(l.insn()).isBetween(0, 42));
        assertThat(first.lineInfo()).extracting(ExtInfo.LineInfo::insn).isSorted();
        assertThat(LINKED.btfExt()).isPresent();
        // line records name their file through the original string section
        byte[] raw = LINKED.btfBytes().orElseThrow();
        var original = io.github.bpf4j.btf.Btf.read(raw);
        assertThat(original.string(first.lineInfo().get(0).fileNameOff())).endsWith("linked.c");
        assertThat(original.typeCount()).isEqualTo(btf.typeCount());
    }

    @Test
    void kconfigExternsAreLaidOutLikeLibbpf() {
        BpfObject k = BpfObject.read(TestObjects.own("kconfig.o"));
        // libbpf: LINUX_KERNEL_VERSION off 0, CONFIG_BPF_SYSCALL off 4, CONFIG_DEFAULT_HOSTNAME off 5
        BpfMap kconfig = k.map("kconfig.kconfig");
        assertThat(kconfig.origin()).isEqualTo(BpfMap.Origin.KCONFIG);
        assertThat(kconfig.valueSize()).isEqualTo(21);
        assertThat(kconfig.flags()).isEqualTo(0x480);
        int idx = k.mapIndex("kconfig.kconfig");
        assertThat(k.program("on_exec").fixups()).contains(new Fixup.MapValue(0, idx, 4),
                new Fixup.MapValue(3, idx, 0), new Fixup.MapValue(7, idx, 5));
        assertThat(k.kernelVersion()).hasValue(0x061200);
        assertThat(k.program("egress").expectedAttachType()).contains(AttachType.CGROUP_INET_EGRESS);
    }

    @Test
    void legacyMapsAndOptionalPrograms() {
        BpfObject legacy = BpfObject.read(TestObjects.own("legacy.o"));
        assertThat(legacy.maps()).extracting(BpfMap::name).containsExactly("legacy_hash", "legacy_array");
        assertThat(legacy.map("legacy_hash").origin()).isEqualTo(BpfMap.Origin.LEGACY);
        assertThat(legacy.map("legacy_hash").valueSize()).isEqualTo(8);
        assertThat(legacy.program("sock").fixups()).containsExactly(new Fixup.Map(4, 0), new Fixup.Map(9, 1));

        BpfObject opt = BpfObject.read(TestObjects.own("optional.o"));
        BpfProgram off = opt.program("not_autoloaded");
        assertThat(off.autoload()).isFalse();
        assertThat(off.sectionName()).isEqualTo("socket");
        BpfProgram sleepable = opt.program("probe_sleepable");
        assertThat(sleepable.progFlags()).isEqualTo(SectionDef.F_SLEEPABLE);
        assertThat(sleepable.attachTarget()).contains(new AttachTarget.Uprobe("/bin/bash", "readline", 4, false));
        assertThat(opt.program("on_unlink").attachTarget()).contains(new AttachTarget.Btf("do_unlinkat"));
        assertThat(opt.program("on_unlink").expectedAttachType()).contains(AttachType.TRACE_FENTRY);
    }

    @Test
    void bigEndianObjectsGiveTheSameModel() {
        BpfObject be = BpfObject.read(TestObjects.own("linked_be.o"));
        assertThat(be.contents().order()).isEqualTo(ByteOrder.BIG_ENDIAN);
        assertThat(be.programs()).hasSameSizeAs(LINKED.programs());
        for (int i = 0; i < be.programs().size(); i++) {
            BpfProgram b = be.programs().get(i);
            BpfProgram l = LINKED.programs().get(i);
            assertThat(b.linkedInsns()).as(b.name()).isEqualTo(l.linkedInsns());
            assertThat(b.fixups()).isEqualTo(l.fixups());
            assertThat(b.subprograms()).isEqualTo(l.subprograms());
        }
        assertThat(be.map("outer")).isEqualTo(LINKED.map("outer"));
    }

    static List<Path> objects() {
        return TestObjects.all().stream().filter(p -> ElfFile.read(p).machine() == ElfFile.EM_BPF).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("objects")
    void writingAndReadingBackGivesAnEqualModel(Path path) {
        BpfObject o = BpfObject.read(path);
        BpfObject back = BpfObject.read(o.write(), o.name());
        assertThat(back).isEqualTo(o);
        assertThat(back.contents()).isEqualTo(o.contents());
        // and once more: the writer's own output is a fixed point
        assertThat(BpfObject.read(back.write(), o.name()).write()).isEqualTo(back.write());
    }

    @Test
    void anAssembledUnitBecomesAnObject() {
        // r1 = &counter ll; r0 = 0; exit -- as the text assembler would hand it over
        byte[] code = io.github.bpf4j.asm.InsnCodec.encode(List.of(
                LoadImm64.of(Reg.R1, 0),
                Alu.imm(true, AluOp.MOV, Reg.R0, 0),
                io.github.bpf4j.asm.Exit.INSTANCE));
        RelocatableObject unit = new RelocatableObject(ByteOrder.LITTLE_ENDIAN, List.of(
                RelocatableObject.Section.code("xdp", code,
                        List.of(RelocatableObject.Relocation.of(0, BpfRelocType.R_BPF_64_64, 1))),
                RelocatableObject.Section.progbits(".data", ElfSection.ALLOC | ElfSection.WRITE, 8, new byte[8],
                        List.of()),
                RelocatableObject.Section.progbits("license", ElfSection.ALLOC | ElfSection.WRITE, 1,
                        "GPL\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII), List.of())),
                List.of(new RelocatableObject.Symbol("prog", ElfSymbol.FUNC, ElfSymbol.GLOBAL, 0, 0, 0, code.length),
                        new RelocatableObject.Symbol("counter", ElfSymbol.OBJECT, ElfSymbol.GLOBAL, 0, 1, 0, 8)));
        BpfObject o = BpfObject.of(unit, "unit");
        assertThat(o.programs()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("prog");
            assertThat(p.type()).isEqualTo(ProgType.XDP);
            assertThat(p.fixups()).containsExactly(new Fixup.MapValue(0, 0, 0));
        });
        assertThat(o.maps()).singleElement().extracting(BpfMap::name).isEqualTo("unit.data");
        assertThat(o.license()).isEqualTo("GPL");
        assertThat(o.contents()).isEqualTo(unit);
    }
}
