// arenaload: loads a raw program that uses an arena map, which testdata/tools/loadlog cannot create (an arena
// needs map_extra, its user address). Written for bpf4j's disassembler goldens (testdata/disasm/capture.sh).
//
//   arenaload PROG.bin OUT       writes OUT.log (verifier log, level 2) and OUT.result (accept|reject ERRNO)
//
// Every ld_imm64 with src_reg 1 (BPF_PSEUDO_MAP_FD) gets the arena's fd as imm. Program type: syscall.
#define _GNU_SOURCE
#include <errno.h>
#include <linux/bpf.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#define LOG_SIZE (1u << 20)

static long sys_bpf(int cmd, union bpf_attr *attr)
{
	return syscall(__NR_bpf, cmd, attr, sizeof(*attr));
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: arenaload PROG.bin OUT\n");
		return 1;
	}
	FILE *in = fopen(argv[1], "rb");
	if (!in) {
		perror(argv[1]);
		return 2;
	}
	static struct bpf_insn insns[4096];
	size_t n = fread(insns, sizeof(insns[0]), 4096, in);
	fclose(in);

	union bpf_attr m;
	memset(&m, 0, sizeof(m));
	m.map_type = 33; /* BPF_MAP_TYPE_ARENA (Linux 6.9), newer than the installed UAPI headers */
	m.max_entries = 1; /* pages */
	m.map_flags = BPF_F_MMAPABLE;
	m.map_extra = 1ull << 32; /* the arena's user address */
	int map = sys_bpf(BPF_MAP_CREATE, &m);
	if (map < 0) {
		perror("arena map");
		return 2;
	}
	for (size_t i = 0; i + 1 < n; i++) {
		if (insns[i].code == (BPF_LD | BPF_IMM | BPF_DW) && insns[i].src_reg == BPF_PSEUDO_MAP_FD)
			insns[i].imm = map;
	}

	char *log = calloc(1, LOG_SIZE);
	union bpf_attr p;
	memset(&p, 0, sizeof(p));
	p.prog_type = BPF_PROG_TYPE_SYSCALL;
	p.insns = (uintptr_t)insns;
	p.insn_cnt = n;
	p.license = (uintptr_t)"GPL";
	p.log_level = 2;
	p.log_buf = (uintptr_t)log;
	p.log_size = LOG_SIZE;
	p.prog_flags = BPF_F_SLEEPABLE;
	int prog = sys_bpf(BPF_PROG_LOAD, &p);
	int err = errno;

	char path[4096];
	snprintf(path, sizeof(path), "%s.log", argv[2]);
	FILE *out = fopen(path, "w");
	if (!out) {
		perror(path);
		return 2;
	}
	fputs(log, out);
	fclose(out);
	snprintf(path, sizeof(path), "%s.result", argv[2]);
	out = fopen(path, "w");
	if (!out) {
		perror(path);
		return 2;
	}
	if (prog >= 0)
		fprintf(out, "accept\n");
	else
		fprintf(out, "reject %s\n", strerrorname_np(err) ? strerrorname_np(err) : "E?");
	fclose(out);
	if (prog >= 0)
		close(prog);
	close(map);
	free(log);
	return 0;
}
