#!/usr/bin/env python3
"""Seeded random BPF programs for measuring the verifier simulator against the live kernel.

    python3 testdata/verifier/gen_random.py SEED COUNT OUTDIR

Writes OUTDIR/rNNNN.bin (raw little-endian instructions) and OUTDIR/rNNNN.meta (one header line, the same
"type: T; maps: ..." notation as the corpus sources). The generator is biased towards what the verifier checks:
map lookups with and without null checks, stack spills and fills, packet bounds checks, bounded loops, helper
calls, context loads, branches on unknown scalars, ring-buffer references, and arithmetic on pointers. Roughly
half of the programs are accepted by Linux 6.18. Same seed, same programs.
"""
import os
import random
import struct
import sys

SIZES = {1: 0x10, 2: 0x08, 4: 0x00, 8: 0x18}


def ins(code, dst=0, src=0, off=0, imm=0):
    return struct.pack("<BBhi", code, (src << 4) | dst, off, imm)


def mov_k(d, v, w64=True):
    return [ins(0xb7 if w64 else 0xb4, d, 0, 0, v)]


def mov_x(d, s, w64=True):
    return [ins(0xbf if w64 else 0xbc, d, s)]


def alu_k(op, d, v, w64=True):
    return [ins((0x07 if w64 else 0x04) | op, d, 0, 0, v)]


def alu_x(op, d, s, w64=True):
    return [ins((0x0f if w64 else 0x0c) | op, d, s)]


def ldx(size, d, s, off):
    return [ins(0x61 | SIZES[size], d, s, off)]


def stx(size, d, s, off):
    return [ins(0x63 | SIZES[size], d, s, off)]


def st(size, d, off, v):
    return [ins(0x62 | SIZES[size], d, 0, off, v)]


def jmp_k(op, d, v, off, w64=True):
    return [ins((0x05 if w64 else 0x06) | op, d, 0, off, v)]


def jmp_x(op, d, s, off, w64=True):
    return [ins((0x0d if w64 else 0x0e) | op, d, s, off)]


def call(h):
    return [ins(0x85, 0, 0, 0, h)]


def ld_map(d, idx):
    return [ins(0x18, d, 1, 0, idx), ins(0, 0, 0, 0, 0)]


def ld_imm64(d, v):
    lo = v & 0xffffffff
    hi = (v >> 32) & 0xffffffff
    signed = lambda x: x - (1 << 32) if x & 0x80000000 else x
    return [ins(0x18, d, 0, 0, signed(lo)), ins(0, 0, 0, 0, signed(hi))]


EXIT = [ins(0x95)]
ALU_OPS = [0x00, 0x10, 0x20, 0x30, 0x40, 0x50, 0x60, 0x70, 0x90, 0xa0, 0xc0]
JMP_OPS = [0x10, 0x20, 0x30, 0x40, 0x50, 0x60, 0x70, 0xa0, 0xb0, 0xc0, 0xd0]

CTX_FIELDS = {
    "socket_filter": [(0, 4), (4, 4), (8, 4), (16, 4), (48, 4), (52, 4), (0, 1), (2, 2), (76, 4), (200, 4)],
    "sched_cls": [(0, 4), (8, 4), (16, 4), (32, 4), (48, 4), (0, 2), (36, 4), (88, 4)],
    "xdp": [(12, 4), (16, 4), (20, 4), (12, 2)],
    "tracepoint": [(8, 8), (16, 8), (24, 4), (12, 4), (0, 8), (9, 1)],
    "kprobe": [(0, 8), (8, 8), (112, 8), (160, 8), (168, 8), (4, 4)],
    "cgroup_skb": [(0, 4), (8, 4), (48, 4), (16, 4)],
}


class Gen:
    def __init__(self, rnd, extra=()):
        self.r = rnd
        self.extra = list(extra)
        self.calls = []
        self.pos = 0

    def pick(self, xs):
        return self.r.choice(xs)

    def chance(self, p):
        return self.r.random() < p

    def program(self):
        r = self.r
        ptype = self.pick(["socket_filter", "socket_filter", "xdp", "sched_cls", "tracepoint", "kprobe",
                           "cgroup_skb"])
        maps = ["hash:4:8:16", "array:4:16:4", "ringbuf:0:0:4096", "perf_event_array:4:4:2"]
        body = []
        body += mov_x(6, 1)  # keep ctx
        init = {6, 10}
        blocks = r.randint(1, 5)
        for _ in range(blocks):
            self.pos = len(body)
            kind = self.pick(["map", "map", "stack", "alu", "alu", "branch", "ctx", "helper", "loop", "ptr",
                              "pkt", "ringbuf", "sext", "atomic", "subcall", "varstack", "mapupdate",
                              "spillptr", "ldabs", "perfout", "mapkeyval"] + self.extra)
            block = getattr(self, "b_" + kind)(ptype, init)
            body += block
        # return value
        if self.chance(0.8):
            v = self.pick([0, 1, 1, 2, -1]) if ptype == "cgroup_skb" else self.pick([0, 1, 2])
            body += mov_k(0, v)
        elif init - {6, 10}:
            body += mov_x(0, self.pick(sorted(init - {10})))
        body += EXIT
        if self.calls:
            sub = len(body)
            for at in self.calls:
                body[at] = ins(0x85, 0, 1, 0, sub - at - 1)
            body += self.subprog()
            self.calls = []
        return ptype, maps, body

    def subprog(self):
        out = []
        if self.chance(0.5):
            out += mov_x(0, 1)
            out += alu_k(self.pick([0x00, 0x20, 0x50]), 0, self.r.randint(1, 9))
        else:
            out += stx(8, 10, 1, -8) + ldx(8, 0, 10, -8)
        if self.chance(0.2):
            out += mov_x(0, 10)
        return out + EXIT

    def b_subcall(self, ptype, init):
        out = mov_k(1, self.r.randint(0, 9)) if self.chance(0.8) else []
        self.calls.append(self.pos + len(out))
        out += [ins(0x85, 0, 1, 0, 0)]
        for x in (1, 2, 3, 4, 5):
            init.discard(x)
        init.add(0)
        return out

    def b_sext(self, ptype, init):
        d = self.free_reg()
        out = ldx(4, d, 6, 0) if ptype in ("socket_filter", "sched_cls", "cgroup_skb") else mov_k(d, -7)
        size = self.pick([1, 2, 4])
        code = {1: 0x91, 2: 0x89, 4: 0x81}[size]
        if self.chance(0.5):
            out += [ins(0xbf, d, d, {1: 8, 2: 16, 4: 32}[size])]
        else:
            out += stx(8, 10, d, -16) + [ins(code, d, 10, -16)]
        out += jmp_k(self.pick(JMP_OPS), d, self.r.randint(-5, 5), 1, self.chance(0.5))
        out += alu_k(0x00, d, 1, self.chance(0.5))
        init.add(d)
        return out

    def b_varstack(self, ptype, init):
        d = self.free_reg()
        out = ldx(4, d, 6, 0) if ptype in ("socket_filter", "sched_cls", "cgroup_skb") else mov_k(d, 3)
        out += alu_k(0x50, d, self.pick([7, 15, 31, 63]))
        if self.chance(0.6):
            out += st(8, 10, -16, 0) + st(8, 10, -8, 0) + st(8, 10, -24, 0) + st(8, 10, -32, 0)
        p = self.pick([2, 3, 4, 5])
        out += mov_x(p, 10) + alu_k(0x00, p, -self.pick([16, 32, 64])) + alu_x(0x00, p, d)
        if self.chance(0.5):
            out += ldx(self.pick([1, 2, 4, 8]), 0, p, 0)
            init.add(0)
        else:
            out += stx(self.pick([1, 2, 4, 8]), p, d, 0)
        init.add(d)
        init.add(p)
        return out

    def b_mapupdate(self, ptype, init):
        out = st(4, 10, -4, self.r.randint(0, 3)) if self.chance(0.9) else []
        out += st(8, 10, -16, 1) if self.chance(0.8) else []
        out += st(8, 10, -24, 1) if self.chance(0.5) else []
        out += mov_x(2, 10) + alu_k(0x00, 2, -4) + mov_x(3, 10) + alu_k(0x00, 3, -self.pick([16, 24, 8]))
        out += mov_k(4, self.pick([0, 0, 1, 2, 4]))
        out += ld_map(1, self.pick([0, 1])) + call(self.pick([2, 2, 3]))
        for x in (1, 2, 3, 4, 5):
            init.discard(x)
        init.add(0)
        return out

    def b_spillptr(self, ptype, init):
        src = self.pick([6, 10, 6])
        off = -8 * self.r.randint(1, 6)
        out = stx(8, 10, src, off)
        if self.chance(0.4):
            out += st(self.pick([1, 2, 4]), 10, off + self.pick([0, 4]), 0)
        d = self.free_reg()
        out += ldx(self.pick([8, 8, 4]), d, 10, off)
        if self.chance(0.5):
            out += ldx(4, self.free_reg(), d, self.pick([0, 4, 8]))
        init.add(d)
        return out

    def b_ldabs(self, ptype, init):
        size = self.pick([0x00, 0x08, 0x10])
        if self.chance(0.5):
            out = [ins(0x20 | size, 0, 0, 0, self.pick([0, 12, 14, 23, -1]))]
        else:
            out = mov_k(7, self.pick([0, 2, 100])) + [ins(0x40 | size, 0, 7, 0, self.pick([0, 12]))]
            init.add(7)
        for x in (1, 2, 3, 4, 5):
            init.discard(x)
        init.add(0)
        return out

    def b_perfout(self, ptype, init):
        out = st(8, 10, -8, 5) if self.chance(0.8) else []
        out += mov_x(1, 6) + ld_map(2, self.pick([3, 3, 0])) + ld_imm64(3, 0xffffffff) + mov_x(4, 10)
        out += alu_k(0x00, 4, -8) + mov_k(5, self.pick([8, 8, 0, 16]))
        out += call(25)
        for x in (1, 2, 3, 4, 5):
            init.discard(x)
        init.add(0)
        return out

    def b_mapkeyval(self, ptype, init):
        # a map value used as the key of a second lookup, or as a helper buffer
        out = st(4, 10, -4, 0) + mov_x(2, 10) + alu_k(0x00, 2, -4) + ld_map(1, 1) + call(1)
        tail = mov_x(2, 0) + alu_k(0x00, 2, self.pick([0, 4, 12, 14])) + ld_map(1, 0) + call(1)
        if self.chance(0.3):
            tail = mov_x(1, 0) + mov_k(2, self.pick([8, 16, 20])) + mov_k(3, 0) + call(113)
        out += jmp_k(0x10, 0, 0, len(tail)) if self.chance(0.8) else []
        out += tail
        for x in (1, 2, 3, 4, 5):
            init.discard(x)
        return out

    def b_atomic(self, ptype, init):
        out = st(8, 10, -24, 3) if self.chance(0.8) else []
        s = self.reg(init)
        op = self.pick([0x00, 0x01, 0x40, 0xe1, 0xf1, 0x50])
        if op == 0xf1 and self.chance(0.8):
            out += mov_k(0, 3)
            init.add(0)
        out += [ins(self.pick([0xdb, 0xdb, 0xc3]), 10, s, -24, op)]
        return out

    def reg(self, init, allow_uninit=0.05):
        if self.chance(allow_uninit) or not (init - {10}):
            return self.r.randint(0, 9)
        return self.pick(sorted(init - {10}))

    def free_reg(self):
        return self.r.randint(7, 9) if self.chance(0.7) else self.r.randint(0, 5)

    def b_alu(self, ptype, init):
        out = []
        d = self.free_reg()
        out += mov_k(d, self.r.randint(-50, 300)) if self.chance(0.6) else ldx(4, d, 6, 0) if ptype in (
            "socket_filter", "sched_cls", "cgroup_skb") else mov_k(d, self.r.randint(0, 1000))
        init.add(d)
        for _ in range(self.r.randint(1, 4)):
            op = self.pick(ALU_OPS)
            w64 = self.chance(0.7)
            if op in (0x60, 0x70, 0xc0):
                v = self.r.randint(0, 70) if self.chance(0.2) else self.r.randint(0, 31)
            elif op in (0x30, 0x90):
                v = self.r.randint(0, 9)
            else:
                v = self.r.randint(-100, 100)
            if self.chance(0.3):
                out += alu_x(op, d, self.reg(init), w64)
            else:
                out += alu_k(op, d, v, w64)
        return out

    def b_ctx(self, ptype, init):
        off, size = self.pick(CTX_FIELDS.get(ptype, [(0, 4)]))
        d = self.free_reg()
        init.add(d)
        if self.chance(0.15):
            return st(size, 6, off, 1)
        return ldx(size, d, 6, off)

    def b_stack(self, ptype, init):
        out = []
        off = -8 * self.r.randint(1, 8) + (self.r.choice([0, 0, 0, 4, 2, 1]))
        size = self.pick([8, 8, 4, 2, 1])
        s = self.reg(init, 0.03)
        if self.chance(0.2):
            out += st(size, 10, off, self.r.randint(-5, 5))
        else:
            out += stx(size, 10, s, off)
        d = self.free_reg()
        rsize = self.pick([size, size, 8, 4, 1])
        roff = off if self.chance(0.8) else off - 8
        out += ldx(rsize, d, 10, roff)
        init.add(d)
        if self.chance(0.3):
            out += alu_k(0x00, d, 1)
        return out

    def b_map(self, ptype, init):
        out = []
        idx = self.pick([0, 0, 1])
        vs = 8 if idx == 0 else 16
        out += mov_k(1, self.r.randint(0, 5))
        out += stx(4, 10, 1, -4)
        out += mov_x(2, 10)
        out += alu_k(0x00, 2, -4)
        out += ld_map(1, idx)
        out += call(1)
        for x in (1, 2, 3, 4, 5):
            init.discard(x)
        init.add(0)
        access_off = self.pick([0, 0, 4, vs - 8, vs - 4, vs, vs - 1, -1])
        size = self.pick([8, 4, 1])
        acc = []
        d = self.free_reg()
        if self.chance(0.5):
            acc += ldx(size, d, 0, access_off)
            init.add(d)
        else:
            acc += st(size, 0, access_off, 7)
        if self.chance(0.2):
            # variable offset
            acc = ldx(4, d, 0, 0) + alu_k(0x50, d, self.pick([3, 7, 15])) + alu_x(0x00, 0, d) + ldx(1, 3, 0, 0)
            init.add(3)
        check = self.pick(["eq", "eq", "ne", "none"])
        if check == "eq":
            out += jmp_k(0x10, 0, 0, len(acc))
            out += acc
        elif check == "ne":
            out += jmp_k(0x50, 0, 0, 1)
            out += [ins(0x05, 0, 0, len(acc), 0)]
            out += acc
        else:
            out += acc
        init.discard(0)
        return out

    def b_branch(self, ptype, init):
        out = []
        a = self.reg(init)
        op = self.pick(JMP_OPS)
        then = self.b_alu(ptype, set(init)) if self.chance(0.5) else self.b_stack(ptype, set(init))
        if self.chance(0.3):
            out += jmp_x(op, a, self.reg(init), len(then), self.chance(0.8))
        else:
            out += jmp_k(op, a, self.r.randint(-3, 300), len(then), self.chance(0.8))
        out += then
        return out

    def b_helper(self, ptype, init):
        out = []
        h = self.pick([5, 7, 14, 16, 113, 6, 8, 35])
        if h in (16, 113, 6):
            size = self.pick([8, 16, 16, 24, 0, 600])
            out += mov_x(1, 10)
            out += alu_k(0x00, 1, -self.pick([16, 16, 8, 32]))
            out += mov_k(2, size)
            if h == 113:
                out += mov_k(3, 0)
            if h == 6 and self.chance(0.7):
                out = st(8, 10, -16, 0x6968) + st(8, 10, -8, 0) + out
        out += call(h)
        for x in (1, 2, 3, 4, 5):
            init.discard(x)
        init.add(0)
        if self.chance(0.5):
            out += alu_k(0x50, 0, 0xff)
        return out

    def b_loop(self, ptype, init):
        d = self.r.randint(7, 9)
        n = self.r.randint(1, 12)
        body = alu_k(0x00, 8 if d != 8 else 7, 1)
        out = mov_k(d, n) + mov_k(8 if d != 8 else 7, 0)
        init.add(d)
        init.add(8 if d != 8 else 7)
        loop = body + alu_k(0x10, d, 1)
        out += loop
        out += jmp_k(self.pick([0x50, 0x20, 0x60]), d, 0, -(len(loop) + 1))
        return out

    def b_ptr(self, ptype, init):
        out = []
        base = self.pick([10, 6, 10])
        d = self.free_reg()
        out += mov_x(d, base)
        op = self.pick([0x00, 0x00, 0x10, 0x20, 0x50])
        if self.chance(0.7):
            out += alu_k(op, d, self.pick([-8, -16, 8, 4, -512, -600]))
        else:
            s = self.reg(init)
            out += alu_x(op, d, s)
        init.add(d)
        if self.chance(0.6):
            out += ldx(self.pick([8, 4, 1]), self.free_reg(), d, self.pick([0, -8, 0, 4]))
        return out

    def b_pkt(self, ptype, init):
        if ptype == "xdp":
            data, end = (0, 4)
        elif ptype in ("sched_cls", "cgroup_skb"):
            data, end = (76, 80)
        else:
            return self.b_ctx(ptype, init)
        out = ldx(4, 2, 6, data) + ldx(4, 3, 6, end) + mov_x(4, 2) + alu_k(0x00, 4, self.pick([4, 8, 14, 20]))
        acc_off = self.pick([0, 4, 12, 16, 20])
        acc = ldx(self.pick([1, 2, 4]), 5, 2, acc_off)
        if self.chance(0.2) and ptype != "cgroup_skb":
            acc = st(2, 2, acc_off, 0)
        if self.chance(0.85):
            out += jmp_x(self.pick([0x20, 0x20, 0xb0]), 4, 3, len(acc))
        out += acc
        for x in (2, 3, 4, 5):
            init.add(x)
        return out

    def b_sock(self, ptype, init):
        # a socket lookup (only with --sock): null check, field load, cast, release, each usually
        if ptype not in ("sched_cls", "xdp", "cgroup_skb"):
            return self.b_ctx(ptype, init)
        out = []
        for off in (-8, -16, -24, -32, -40):
            out += st(8, 10, off, 0)
        out += mov_x(1, 6) + mov_x(2, 10) + alu_k(0x00, 2, -40) + mov_k(3, self.pick([12, 36, 12, 0, 40]))
        out += mov_k(4, self.pick([0, -1])) + mov_k(5, 0) + call(self.pick([84, 85, 99]))
        use = []
        if self.chance(0.5):
            use += ldx(self.pick([4, 4, 2, 1, 8]), self.pick([7, 8, 9]), 0, self.pick([0, 4, 8, 16, 44, 48, 50, 72, 80]))
        if self.chance(0.2) and ptype != "xdp":
            # a cast keeps the reference: release through the original
            use += mov_x(7, 0) + mov_x(1, 0) + call(self.pick([95, 96])) + mov_x(0, 7)
        rel = mov_x(1, 0) + call(86)
        if self.chance(0.8):
            out += jmp_k(0x10, 0, 0, len(use) + len(rel))
        out += use
        if self.chance(0.85):
            out += rel
        for x in (0, 1, 2, 3, 4, 5, 7, 8, 9):
            init.discard(x)
        return out

    def b_ringbuf(self, ptype, init):
        out = ld_map(1, 2) + mov_k(2, self.pick([8, 16])) + mov_k(3, 0) + call(131)
        rel = mov_x(1, 0) + mov_k(2, 0) + call(self.pick([132, 133]))
        use = st(8, 0, self.pick([0, 8]), 1) if self.chance(0.5) else []
        if self.chance(0.8):
            out += jmp_k(0x10, 0, 0, len(use) + len(rel))
        out += use
        if self.chance(0.85):
            out += rel
        for x in (0, 1, 2, 3, 4, 5):
            init.discard(x)
        return out


def main():
    seed, count, outdir = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    # --sock adds socket lookups to the block kinds (a different stream: without it a seed gives what it always gave)
    extra = ["sock", "sock"] if "--sock" in sys.argv[4:] else []
    os.makedirs(outdir, exist_ok=True)
    rnd = random.Random(seed)
    g = Gen(rnd, extra)
    for n in range(count):
        ptype, maps, body = g.program()
        name = "r%05d" % n
        with open(os.path.join(outdir, name + ".bin"), "wb") as f:
            f.write(b"".join(body))
        with open(os.path.join(outdir, name + ".meta"), "w") as f:
            f.write("# type: %s; maps: %s\n" % (ptype, ", ".join(maps)))


if __name__ == "__main__":
    main()
