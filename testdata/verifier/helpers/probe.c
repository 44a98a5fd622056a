// Asks the running kernel, for every (program type, helper id), whether the program type may call the helper,
// and records the verifier's own words. One process, one BPF_PROG_LOAD per pair and license: a few seconds.
//
// The program is three instructions: `call HELPER; r0 = 0; exit`. The verifier looks the helper up
// (get_func_proto of the program type) before it looks at any argument register, so the first error in the log
// tells availability apart from everything else:
//   "program of this type cannot use helper NAME#ID"   -> the type's get_func_proto has no proto for the id
//   "invalid func NAME#ID" / "unknown func NAME#ID"      -> the id is outside this kernel's helper range
//   anything else (accepted, "R2 !read_ok", GPL, sleep)   -> the type may call the helper
// Each pair is loaded four times: with license "GPL" (the availability answer), with license "Proprietary"
// (a gpl_only helper then answers "cannot call GPL-restricted function from non-GPL compatible program"), and with
// license "GPL" and r1..r5 all holding the context, then all 0 (the complaint names the first argument that refuses
// the value).
//
// Output (stdout), one line per pair, tab separated:
//   TYPE  ID  NAME  gpl=<first error line or "accept">  nongpl=<same>  allctx=<same>  allzero=<same>
// NAME is the helper's name as the verifier log prints the call ("0: (85) call NAME#ID").
// Usage: probe [TYPE...]   (default: every type in the table below)
//        probe --writes     (second question, see WRITE_CASES below)
#define _GNU_SOURCE
#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include <errno.h>
#include <linux/bpf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

// Numbers from enum bpf_prog_type / enum bpf_attach_type of Linux 6.18 (the installed uapi headers are older).
// The expected attach type is the one libbpf sets for the type's usual section: several get_func_proto functions
// look at it (cgroup_common_func_proto offers get_retval only to some attach types, cgroup_sock_addr offers bind
// only to connect hooks), and the kernel stores whatever the loader passes (0 = cgroup_inet_ingress otherwise).
struct variant {
    const char *name;       // kernel spelling of the type, with a suffix for attach-type variants
    unsigned prog_type;
    int expected_attach_type; // -1: leave 0
    const char *btf_typedef;  // attach_btf_id: a vmlinux type name, or NULL
    unsigned prog_flags;
};

#define F_SLEEPABLE (1U << 4)

static const struct variant VARIANTS[] = {
    {"socket_filter", 1, -1, NULL, 0},
    {"kprobe", 2, -1, NULL, 0},
    {"sched_cls", 3, -1, NULL, 0},
    {"sched_act", 4, -1, NULL, 0},
    {"tracepoint", 5, -1, NULL, 0},
    {"xdp", 6, -1, NULL, 0},
    {"perf_event", 7, -1, NULL, 0},
    {"cgroup_skb", 8, 0 /* cgroup_inet_ingress */, NULL, 0},
    {"cgroup_sock", 9, 2 /* cgroup_inet_sock_create */, NULL, 0},
    {"lwt_in", 10, -1, NULL, 0},
    {"lwt_out", 11, -1, NULL, 0},
    {"lwt_xmit", 12, -1, NULL, 0},
    {"sock_ops", 13, 3 /* cgroup_sock_ops */, NULL, 0},
    {"sk_skb", 14, 5 /* sk_skb_stream_verdict */, NULL, 0},
    {"cgroup_device", 15, 6 /* cgroup_device */, NULL, 0},
    {"sk_msg", 16, 7 /* sk_msg_verdict */, NULL, 0},
    {"raw_tracepoint", 17, -1, NULL, 0},
    {"cgroup_sock_addr", 18, 10 /* cgroup_inet4_connect */, NULL, 0},
    {"lwt_seg6local", 19, -1, NULL, 0},
    // lirc_mode2 (20) is left out: this kernel is built without CONFIG_BPF_LIRC_MODE2, so every load of the type
    // fails with EINVAL and an empty log before any helper is looked at.
    {"sk_reuseport", 21, 39 /* sk_reuseport_select */, NULL, 0},
    {"flow_dissector", 22, 17 /* flow_dissector */, NULL, 0},
    {"cgroup_sysctl", 23, 18 /* cgroup_sysctl */, NULL, 0},
    {"raw_tracepoint_writable", 24, -1, NULL, 0},
    {"cgroup_sockopt", 25, 21 /* cgroup_getsockopt */, NULL, 0},
    {"tracing", 26, 23 /* trace_raw_tp (tp_btf) */, "btf_trace_sched_switch", 0},
    {"sk_lookup", 30, 36 /* sk_lookup */, NULL, 0},
    {"syscall", 31, -1, NULL, F_SLEEPABLE},
    {"netfilter", 32, 45 /* netfilter */, NULL, 0},
};

// Large enough for a three-instruction program's log at level 2.
static char logbuf[1 << 16];

static int find_btf_id(const char *name) {
    static struct btf *vmlinux;
    if (!vmlinux) {
        vmlinux = btf__load_vmlinux_btf();
        if (!vmlinux) {
            fprintf(stderr, "probe: cannot read /sys/kernel/btf/vmlinux: %s\n", strerror(errno));
            exit(2);
        }
    }
    int id = btf__find_by_name(vmlinux, name);
    if (id < 0) {
        fprintf(stderr, "probe: no BTF type %s in vmlinux\n", name);
        exit(2);
    }
    return id;
}

// The first line of the log that explains a rejection: the last non-empty line before "processed ..." /
// "verification time ...". Returns "accept" when the kernel accepted the program.
// Registers r1..r5 before the call: REGS_UNSET leaves r1 = ctx and r2..r5 unset; REGS_CTX sets r2..r5 to the
// context too (the first complaint then names the first argument that does not take a context pointer, which
// locates the arguments after the first); REGS_ZERO sets r1..r5 to the scalar 0 (names the first argument that
// takes neither NULL nor zero).
enum { REGS_UNSET, REGS_CTX, REGS_ZERO };
static void load(const struct variant *v, int attach_btf_id, int helper, const char *license, char *out,
                 size_t outsz, char *name, size_t namesz, int regs) {
    struct bpf_insn insns[8];
    int n = 0;
    memset(insns, 0, sizeof insns);
    for (int r = regs == REGS_ZERO ? 1 : 2; regs != REGS_UNSET && r <= 5; r++) {
        insns[n].code = regs == REGS_CTX ? BPF_ALU64 | BPF_MOV | BPF_X : BPF_ALU64 | BPF_MOV | BPF_K;
        insns[n].dst_reg = r;
        insns[n++].src_reg = regs == REGS_CTX ? 1 : 0; // rR = r1, or rR = 0
    }
    insns[n].code = BPF_JMP | BPF_CALL;
    insns[n++].imm = helper;
    insns[n++].code = BPF_ALU64 | BPF_MOV | BPF_K; // r0 = 0
    insns[n++].code = BPF_JMP | BPF_EXIT;

    union bpf_attr attr;
    memset(&attr, 0, sizeof attr);
    attr.prog_type = v->prog_type;
    attr.insns = (unsigned long)insns;
    attr.insn_cnt = (unsigned)n;
    attr.license = (unsigned long)license;
    attr.log_buf = (unsigned long)logbuf;
    attr.log_size = sizeof logbuf;
    attr.log_level = 2; // level 2 keeps the instruction trace of accepted programs too (the helper name)
    attr.prog_flags = v->prog_flags;
    if (v->expected_attach_type >= 0) {
        attr.expected_attach_type = (unsigned)v->expected_attach_type;
    }
    attr.attach_btf_id = (unsigned)attach_btf_id;
    logbuf[0] = 0;
    int fd = (int)syscall(SYS_bpf, BPF_PROG_LOAD, &attr, sizeof attr);
    int err = errno;
    // The instruction trace names the helper: "0: (85) call bpf_map_lookup_elem#1".
    char *call = strstr(logbuf, ": (85) call ");
    if (call && name) {
        call += strlen(": (85) call ");
        size_t len = strcspn(call, "#\n");
        snprintf(name, namesz, "%.*s", (int)len, call);
    }
    if (fd >= 0) {
        close(fd);
        snprintf(out, outsz, "accept");
        return;
    }
    // Walk the lines; keep the last meaningful one.
    char last[512] = "";
    char *save = NULL;
    for (char *line = strtok_r(logbuf, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        if (*line == 0 || strncmp(line, "processed ", 10) == 0 || strncmp(line, "verification time", 17) == 0
            || strncmp(line, "stack depth", 11) == 0 || strncmp(line, "func#", 5) == 0
            || strstr(line, ": (") != NULL /* the instruction trace "0: (85) call ..." */) {
            continue;
        }
        snprintf(last, sizeof last, "%s", line);
    }
    if (last[0] == 0) {
        snprintf(out, outsz, "errno %s, empty log", strerrorname_np(err) ? strerrorname_np(err) : "?");
    } else {
        snprintf(out, outsz, "%s", last);
    }
}

// Does a helper write through a memory argument (MEM_WRITE / MEM_UNINIT in its prototype) or only read it? The
// verifier answers when the argument points into a map that programs may only read (BPF_F_RDONLY_PROG): a write
// access is refused with "write into map forbidden", a read is fine. Asked only where the kernel's history leaves the
// answer open for 6.18.y (prototypes that gained MEM_WRITE in late 2025 fixes), plus two cases whose answer is known
// (bpf_get_current_comm writes, bpf_trace_printk reads) to show the question works.
enum { A_NONE, A_CTX, A_VAL, A_IMM };
struct write_case {
    const char *type;
    int helper;
    int arg; // the memory argument asked about
    struct { int kind; int imm; } regs[5];
};
static const struct write_case WRITE_CASES[] = {
    {"kprobe", 16, 1, {{A_VAL, 0}, {A_IMM, 8}}},
    {"kprobe", 6, 1, {{A_VAL, 0}, {A_IMM, 8}}},
    {"raw_tracepoint", 67, 2, {{A_CTX, 0}, {A_VAL, 0}, {A_IMM, 8}, {A_IMM, 0}}},
    {"perf_event", 119, 2, {{A_CTX, 0}, {A_VAL, 0}, {A_IMM, 8}, {A_IMM, 0}}},
    {"xdp", 69, 2, {{A_CTX, 0}, {A_VAL, 0}, {A_IMM, 64}, {A_IMM, 0}}},
    {"sched_cls", 69, 2, {{A_CTX, 0}, {A_VAL, 0}, {A_IMM, 64}, {A_IMM, 0}}},
    {"tracepoint", 149, 1, {{A_VAL, 0}, {A_IMM, 8}, {A_VAL, 0}, {A_IMM, 8}, {A_IMM, 0}}},
    {"tracepoint", 165, 1, {{A_VAL, 0}, {A_IMM, 8}, {A_VAL, 0}, {A_IMM, 8}, {A_IMM, 0}}},
    {"cgroup_sysctl", 101, 2, {{A_CTX, 0}, {A_VAL, 0}, {A_IMM, 8}, {A_IMM, 0}}},
    {"sock_ops", 142, 2, {{A_CTX, 0}, {A_VAL, 0}, {A_IMM, 8}, {A_IMM, 0}}},
    {"syscall", 179, 1, {{A_VAL, 0}, {A_IMM, 8}, {A_IMM, 0}, {A_IMM, 0}}},
    {"xdp", 204, 1, {{A_VAL, 0}, {A_VAL, 0}, {A_IMM, 20}}},
    {"xdp", 206, 1, {{A_VAL, 0}, {A_VAL, 0}}},
};

static int write_probe(void) {
    union bpf_attr ma;
    memset(&ma, 0, sizeof ma);
    ma.map_type = BPF_MAP_TYPE_ARRAY;
    ma.key_size = 4;
    ma.value_size = 64;
    ma.max_entries = 1;
    ma.map_flags = 1U << 7; // BPF_F_RDONLY_PROG
    int map = (int)syscall(SYS_bpf, BPF_MAP_CREATE, &ma, sizeof ma);
    if (map < 0) {
        fprintf(stderr, "probe: BPF_MAP_CREATE: %s\n", strerror(errno));
        return 2;
    }
    for (size_t c = 0; c < sizeof WRITE_CASES / sizeof WRITE_CASES[0]; c++) {
        const struct write_case *w = &WRITE_CASES[c];
        const struct variant *v = NULL;
        for (size_t i = 0; i < sizeof VARIANTS / sizeof VARIANTS[0]; i++) {
            if (strcmp(VARIANTS[i].name, w->type) == 0) {
                v = &VARIANTS[i];
            }
        }
        struct bpf_insn insns[16];
        int n = 0;
        memset(insns, 0, sizeof insns);
        insns[n].code = BPF_ALU64 | BPF_MOV | BPF_X; // r6 = r1 (ctx)
        insns[n].dst_reg = 6;
        insns[n++].src_reg = 1;
        for (int r = 0; r < 5; r++) {
            int reg = r + 1;
            switch (w->regs[r].kind) {
            case A_CTX:
                insns[n].code = BPF_ALU64 | BPF_MOV | BPF_X;
                insns[n].dst_reg = reg;
                insns[n++].src_reg = 6;
                break;
            case A_VAL: // ld_imm64 reg = &map value + 0 (BPF_PSEUDO_MAP_VALUE)
                insns[n].code = BPF_LD | BPF_DW | BPF_IMM;
                insns[n].dst_reg = reg;
                insns[n].src_reg = 2;
                insns[n++].imm = map;
                insns[n++].imm = 0;
                break;
            case A_IMM:
                insns[n].code = BPF_ALU64 | BPF_MOV | BPF_K;
                insns[n].dst_reg = reg;
                insns[n++].imm = w->regs[r].imm;
                break;
            default:
                break;
            }
        }
        insns[n].code = BPF_JMP | BPF_CALL;
        insns[n++].imm = w->helper;
        insns[n++].code = BPF_ALU64 | BPF_MOV | BPF_K;
        insns[n++].code = BPF_JMP | BPF_EXIT;
        union bpf_attr attr;
        memset(&attr, 0, sizeof attr);
        attr.prog_type = v->prog_type;
        attr.insns = (unsigned long)insns;
        attr.insn_cnt = (unsigned)n;
        attr.license = (unsigned long)"GPL";
        attr.log_buf = (unsigned long)logbuf;
        attr.log_size = sizeof logbuf;
        attr.log_level = 1;
        attr.prog_flags = v->prog_flags;
        if (v->expected_attach_type >= 0) {
            attr.expected_attach_type = (unsigned)v->expected_attach_type;
        }
        logbuf[0] = 0;
        int fd = (int)syscall(SYS_bpf, BPF_PROG_LOAD, &attr, sizeof attr);
        const char *verdict = strstr(logbuf, "write into map forbidden") ? "writes" : "reads";
        char last[512] = "accept";
        if (fd >= 0) {
            close(fd);
        } else {
            char *save = NULL;
            for (char *line = strtok_r(logbuf, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
                if (*line && strncmp(line, "processed ", 10) != 0 && strstr(line, ": (") == NULL) {
                    snprintf(last, sizeof last, "%s", line);
                }
            }
        }
        printf("write\t%s\t%d\t%d\t%s\t%s\n", w->type, w->helper, w->arg, verdict, last);
    }
    close(map);
    return 0;
}

int main(int argc, char **argv) {
    if (argc == 2 && strcmp(argv[1], "--writes") == 0) {
        return write_probe();
    }
    size_t n = sizeof VARIANTS / sizeof VARIANTS[0];
    char gpl[512], nongpl[512], allctx[512], allzero[512], name[128];
    for (size_t i = 0; i < n; i++) {
        const struct variant *v = &VARIANTS[i];
        if (argc > 1) {
            int wanted = 0;
            for (int a = 1; a < argc; a++) {
                wanted |= strcmp(argv[a], v->name) == 0;
            }
            if (!wanted) {
                continue;
            }
        }
        int btf_id = v->btf_typedef ? find_btf_id(v->btf_typedef) : 0;
        // 0 and 212 are outside the helper range of Linux 6.18 (1..211): they record the "invalid" wording.
        for (int id = 0; id <= 212; id++) {
            snprintf(name, sizeof name, "?");
            load(v, btf_id, id, "GPL", gpl, sizeof gpl, name, sizeof name, REGS_UNSET);
            load(v, btf_id, id, "Proprietary", nongpl, sizeof nongpl, NULL, 0, REGS_UNSET);
            load(v, btf_id, id, "GPL", allctx, sizeof allctx, NULL, 0, REGS_CTX);
            load(v, btf_id, id, "GPL", allzero, sizeof allzero, NULL, 0, REGS_ZERO);
            printf("%s\t%d\t%s\tgpl=%s\tnongpl=%s\tallctx=%s\tallzero=%s\n", v->name, id, name, gpl, nongpl,
                   allctx, allzero);
        }
    }
    return 0;
}
