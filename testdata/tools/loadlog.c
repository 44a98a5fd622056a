// SPDX-License-Identifier: Apache-2.0
/*
 * loadlog: let the running kernel (and libbpf 1.1) judge BPF programs and record
 * what they said, so that bpf4j's Java tests can compare against it.
 *
 *   loadlog obj OBJ.o OUTDIR [--level N] [--btf TARGET_BTF] [--no-load] [--prog NAME]
 *   loadlog raw --type T [options] PROG.bin OUTDIR/NAME
 *   loadlog raw --batch [default options]   < lines "PROG.bin<TAB>options OUTDIR/NAME"
 *
 * See README.md next to this file for output formats and exit codes.
 *
 * How the instructions are captured (obj mode): this executable defines its own
 * syscall(). libbpf.so calls syscall(__NR_bpf, ...) through the PLT, and the dynamic
 * linker binds that reference to the executable's definition first, so every bpf()
 * command libbpf issues passes through here. For BPF_PROG_LOAD of the program under
 * test we copy attr->insns: these are exactly the bytes libbpf handed to the kernel
 * (CO-RE applied, subprograms appended, map fds embedded), whether the kernel then
 * accepts or rejects them. With --no-load we do not call the kernel for that program at
 * all and hand libbpf a placeholder fd instead, which is how fentry programs (refused
 * with EPERM on this kernel) still yield their relocated instructions. libbpf 1.1 has
 * no public "relocate without loading" entry point, and its prog_prepare_load_fn hook
 * only exists for custom section handlers, so the syscall seam is the robust choice.
 */
#define _GNU_SOURCE
#include <bpf/bpf.h>
#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include <ctype.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/bpf.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#define EXIT_USAGE 1
#define EXIT_SETUP 2
#define EXIT_BATCH_ERRORS 3

/* The kernel refuses log_size >= UINT_MAX >> 2 (kernel 6.18 bpf_verifier_log_attr_valid). */
#define LOG_SIZE_MAX ((size_t)(UINT32_MAX >> 2) - 1)
#define LOG_SIZE_START ((size_t)1 << 20)

/* ------------------------------------------------------------------ small helpers */

static void die(int code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("loadlog: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	exit(code);
}

static const char *errno_name(int err)
{
	static char buf[32];
	const char *name = strerrorname_np(err);
	if (name)
		return name;
	if (err == 524) /* kernel-internal, no libc name; what bpf4j's Errno and Verdict call it */
		return "ENOTSUPP";
	snprintf(buf, sizeof(buf), "E%d", err);
	return buf;
}

static void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		die(EXIT_SETUP, "out of memory allocating %zu bytes", n);
	return p;
}

static void mkdirs(const char *path)
{
	char *tmp = strdup(path);
	for (char *p = tmp + 1; *p; p++) {
		if (*p == '/') {
			*p = '\0';
			if (mkdir(tmp, 0755) && errno != EEXIST)
				die(EXIT_SETUP, "mkdir %s: %s", tmp, strerror(errno));
			*p = '/';
		}
	}
	if (mkdir(tmp, 0755) && errno != EEXIST)
		die(EXIT_SETUP, "mkdir %s: %s", tmp, strerror(errno));
	free(tmp);
}

static int write_errors; /* outputs that could not be written; turns the exit code into 2 */

/* Writes len bytes to dir/base+suffix (dir may be NULL when base already has it). */
static int write_file(const char *dir, const char *base, const char *suffix, const void *data, size_t len)
{
	char path[4096];
	if (dir)
		snprintf(path, sizeof(path), "%s/%s%s", dir, base, suffix);
	else
		snprintf(path, sizeof(path), "%s%s", base, suffix);
	FILE *f = fopen(path, "wb");
	if (!f) {
		fprintf(stderr, "loadlog: cannot write %s: %s\n", path, strerror(errno));
		write_errors++;
		return -1;
	}
	if (len && fwrite(data, 1, len, f) != len) {
		fprintf(stderr, "loadlog: short write to %s\n", path);
		fclose(f);
		write_errors++;
		return -1;
	}
	if (fclose(f)) {
		write_errors++;
		return -1;
	}
	return 0;
}

static int read_file(const char *path, unsigned char **data, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return -errno;
	size_t cap = 4096, n = 0;
	unsigned char *buf = xmalloc(cap);
	size_t got;
	while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
		n += got;
		if (n == cap) {
			cap *= 2;
			buf = realloc(buf, cap);
			if (!buf)
				die(EXIT_SETUP, "out of memory reading %s", path);
		}
	}
	int err = ferror(f) ? -EIO : 0;
	fclose(f);
	if (err) {
		free(buf);
		return err;
	}
	*data = buf;
	*len = n;
	return 0;
}

/* The kernel's verifier ends its log with "processed N insns (limit ...)". */
static long processed_insns(const char *log)
{
	const char *p = NULL, *q = log;
	while ((q = strstr(q, "processed ")) != NULL) {
		p = q;
		q += 10;
	}
	if (!p)
		return -1;
	char *end;
	long n = strtol(p + 10, &end, 10);
	if (end == p + 10 || strncmp(end, " insns", 6) != 0)
		return -1;
	return n;
}

/* "accept processed=N" / "reject EACCES processed=N" / "reject EPERM" */
static void format_result(char *out, size_t cap, int err, const char *log)
{
	long n = log ? processed_insns(log) : -1;
	int w = err ? snprintf(out, cap, "reject %s", errno_name(err)) : snprintf(out, cap, "accept");
	if (n >= 0 && (size_t)w < cap)
		w += snprintf(out + w, cap - w, " processed=%ld", n);
	if ((size_t)w < cap)
		snprintf(out + w, cap - w, "\n");
}

/* Name tables: libbpf 1.1 knows the kernel's lowercase spellings up to Linux 6.1; the few
 * newer ones are listed below, and any value is also accepted as a number. */
static int parse_enum(const char *s, const char *(*to_str)(int), int limit)
{
	char *end;
	long v = strtol(s, &end, 0);
	if (*s && !*end)
		return (int)v;
	for (int i = 0; i < limit; i++) {
		const char *name = to_str(i);
		if (name && strcmp(name, s) == 0)
			return i;
	}
	return -1;
}

/* Values Linux 6.18 added after libbpf 1.1's tables (from the 6.18 uapi enums), spelled the
 * way the kernel names them, lowercase, without the BPF_/BPF_PROG_TYPE_/BPF_MAP_TYPE_ prefix. */
struct named { int value; const char *name; };
static const struct named newer_prog_types[] = { { 32, "netfilter" } };
static const struct named newer_attach_types[] = {
	{ 44, "struct_ops" }, { 45, "netfilter" }, { 46, "tcx_ingress" }, { 47, "tcx_egress" },
	{ 48, "trace_uprobe_multi" }, { 49, "cgroup_unix_connect" }, { 50, "cgroup_unix_sendmsg" },
	{ 51, "cgroup_unix_recvmsg" }, { 52, "cgroup_unix_getpeername" },
	{ 53, "cgroup_unix_getsockname" }, { 54, "netkit_primary" }, { 55, "netkit_peer" },
	{ 56, "trace_kprobe_session" }, { 57, "trace_uprobe_session" },
};
static const struct named newer_map_types[] = { { 31, "user_ringbuf" }, { 32, "cgrp_storage" }, { 33, "arena" } };

static const char *newer(const struct named *tab, size_t n, int t)
{
	for (size_t i = 0; i < n; i++)
		if (tab[i].value == t)
			return tab[i].name;
	return NULL;
}

#define NEWER(tab, t) newer(tab, sizeof(tab) / sizeof(tab[0]), t)

static const char *prog_type_str(int t)
{
	const char *s = libbpf_bpf_prog_type_str((enum bpf_prog_type)t);
	return s ? s : NEWER(newer_prog_types, t);
}

static const char *attach_type_str(int t)
{
	const char *s = libbpf_bpf_attach_type_str((enum bpf_attach_type)t);
	return s ? s : NEWER(newer_attach_types, t);
}

static const char *map_type_str(int t)
{
	const char *s = libbpf_bpf_map_type_str((enum bpf_map_type)t);
	return s ? s : NEWER(newer_map_types, t);
}

static const char *name_or_number(const char *name, unsigned v)
{
	static char buf[4][24];
	static int slot;
	if (name)
		return name;
	slot = (slot + 1) % 4;
	snprintf(buf[slot], sizeof(buf[slot]), "%u", v);
	return buf[slot];
}

/* ------------------------------------------------------------------ the bpf() seam */

static long (*real_syscall)(long, ...);

static long raw_bpf(int cmd, union bpf_attr *attr, unsigned size)
{
	if (!real_syscall)
		real_syscall = (long (*)(long, ...))dlsym(RTLD_NEXT, "syscall");
	return real_syscall(__NR_bpf, cmd, attr, size);
}

/* A verifier log buffer shared by every load in this process; grows on ENOSPC. */
static char *log_buf;
static size_t log_cap;

/* BPF_PROG_LOAD with our own log buffer, doubling it while the kernel says ENOSPC.
 * Returns the fd or -errno; the log (NUL-terminated) is left in log_buf. */
static int prog_load_growing_log(union bpf_attr *attr, unsigned size)
{
	if (!log_buf) {
		log_cap = LOG_SIZE_START;
		log_buf = xmalloc(log_cap);
	}
	int eagain = 0;
	for (;;) {
		log_buf[0] = '\0';
		if (attr->log_level) {
			attr->log_buf = (uintptr_t)log_buf;
			attr->log_size = (uint32_t)log_cap;
		} else {
			attr->log_buf = 0;
			attr->log_size = 0;
		}
		long fd = raw_bpf(BPF_PROG_LOAD, attr, size);
		if (fd >= 0)
			return (int)fd;
		int err = errno;
		if (err == ENOSPC && attr->log_level && log_cap < LOG_SIZE_MAX) {
			log_cap = log_cap * 2 > LOG_SIZE_MAX ? LOG_SIZE_MAX : log_cap * 2;
			free(log_buf);
			log_buf = xmalloc(log_cap);
			continue;
		}
		if (err == EAGAIN && ++eagain < 5)
			continue; /* the verifier was interrupted; libbpf retries these 5 times too */
		return -err;
	}
}

/* State of the one program obj mode is currently capturing. */
static struct capture {
	bool active;
	bool no_load;
	char name[BPF_OBJ_NAME_LEN];   /* as libbpf truncates it into attr->prog_name */
	unsigned prog_type;
	int attempts;                  /* BPF_PROG_LOAD calls seen for this program */
	union bpf_attr attr;           /* last attempt, pointers not valid afterwards */
	unsigned char *insns;
	size_t insns_len;
	unsigned char *func_info, *line_info;
	size_t func_info_len, line_info_len;
	int err;                       /* 0 accepted, else errno of the last attempt */
	char *log;
	int fake_fd;                   /* --no-load placeholder handed to libbpf */
	char license[128];
} cap = { .fake_fd = -1 };

static void *dup_user(uint64_t ptr, size_t len)
{
	void *p = xmalloc(len);
	if (len)
		memcpy(p, (const void *)(uintptr_t)ptr, len);
	return p;
}

static bool is_target(const union bpf_attr *attr)
{
	return cap.active && attr->prog_type == cap.prog_type &&
	       strncmp(attr->prog_name, cap.name, sizeof(attr->prog_name)) == 0;
}

static long intercept_prog_load(union bpf_attr *attr, unsigned size)
{
	cap.attempts++;
	/* libbpf may pass a shorter attribute than this header's union */
	memset(&cap.attr, 0, sizeof(cap.attr));
	memcpy(&cap.attr, attr, size < sizeof(cap.attr) ? size : sizeof(cap.attr));
	snprintf(cap.license, sizeof(cap.license), "%s",
		 attr->license ? (const char *)(uintptr_t)attr->license : "");
	free(cap.insns);
	free(cap.func_info);
	free(cap.line_info);
	cap.insns_len = (size_t)attr->insn_cnt * sizeof(struct bpf_insn);
	cap.insns = dup_user(attr->insns, cap.insns_len);
	cap.func_info_len = (size_t)attr->func_info_cnt * attr->func_info_rec_size;
	cap.func_info = dup_user(attr->func_info, cap.func_info_len);
	cap.line_info_len = (size_t)attr->line_info_cnt * attr->line_info_rec_size;
	cap.line_info = dup_user(attr->line_info, cap.line_info_len);
	free(cap.log);
	cap.log = NULL;

	if (cap.no_load) {
		cap.err = 0;
		if (cap.fake_fd < 0)
			cap.fake_fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
		return cap.fake_fd < 0 ? -1 : dup(cap.fake_fd);
	}

	/* Load with our growing buffer, then give libbpf its view back: its own buffer,
	 * filled as far as it fits, so its messages stay coherent. */
	uint64_t user_buf = attr->log_buf;
	uint32_t user_size = attr->log_size;
	int fd = prog_load_growing_log(attr, size);
	cap.err = fd < 0 ? -fd : 0;
	cap.log = strdup(log_buf ? log_buf : "");
	attr->log_buf = user_buf;
	attr->log_size = user_size;
	if (user_buf && user_size) {
		char *dst = (char *)(uintptr_t)user_buf;
		snprintf(dst, user_size, "%s", cap.log);
	}
	if (fd < 0) {
		errno = -fd;
		return -1;
	}
	return fd;
}

long syscall(long nr, ...)
{
	va_list ap;
	va_start(ap, nr);
	long a1 = va_arg(ap, long), a2 = va_arg(ap, long), a3 = va_arg(ap, long);
	long a4 = va_arg(ap, long), a5 = va_arg(ap, long), a6 = va_arg(ap, long);
	va_end(ap);
	if (!real_syscall)
		real_syscall = (long (*)(long, ...))dlsym(RTLD_NEXT, "syscall");
	if (nr == __NR_bpf && cap.active) {
		union bpf_attr *attr = (union bpf_attr *)a2;
		if (a1 == BPF_PROG_LOAD && is_target(attr))
			return intercept_prog_load(attr, (unsigned)a3);
		/* libbpf binds .rodata to each loaded program; a placeholder cannot be bound. */
		if (a1 == BPF_PROG_BIND_MAP && cap.no_load)
			return 0;
	}
	return real_syscall(nr, a1, a2, a3, a4, a5, a6);
}

/* ------------------------------------------------------------------ obj mode */

/* libbpf's own messages (all levels) for the program being processed. */
static char *lib_msgs;
static size_t lib_len, lib_cap;

static int print_cb(enum libbpf_print_level level, const char *fmt, va_list args)
{
	static const char *tags[] = { "warn", "info", "debug" };
	char line[8192];
	int n = vsnprintf(line, sizeof(line), fmt, args);
	if (n < 0)
		return 0;
	if ((size_t)n >= sizeof(line))
		n = sizeof(line) - 1;
	size_t need = lib_len + (size_t)n + 16;
	if (need > lib_cap) {
		lib_cap = need * 2;
		lib_msgs = realloc(lib_msgs, lib_cap);
		if (!lib_msgs)
			die(EXIT_SETUP, "out of memory");
	}
	lib_len += (size_t)snprintf(lib_msgs + lib_len, lib_cap - lib_len, "%s: %s",
				    tags[level <= LIBBPF_DEBUG ? level : LIBBPF_DEBUG], line);
	return 0;
}

struct obj_opts {
	const char *obj_path, *outdir, *btf_path, *only_prog;
	int level;
	bool no_load;
};

static struct bpf_object *open_obj(const struct obj_opts *o)
{
	LIBBPF_OPTS(bpf_object_open_opts, oo, .btf_custom_path = o->btf_path);
	struct bpf_object *obj = bpf_object__open_file(o->obj_path, &oo);
	if (!obj) {
		int err = errno;
		fprintf(stderr, "loadlog: libbpf cannot open %s: %s\n%.*s", o->obj_path, errno_name(err),
			(int)lib_len, lib_msgs ? lib_msgs : "");
		exit(EXIT_SETUP);
	}
	return obj;
}

static void write_attr(const struct obj_opts *o, const char *prog, struct bpf_program *p, int load_err)
{
	const union bpf_attr *a = &cap.attr;
	char buf[4096];
	size_t insn_cnt = bpf_program__insn_cnt(p);
	const char *after;
	if (!cap.attempts)
		after = "none";
	else if (insn_cnt * sizeof(struct bpf_insn) == cap.insns_len &&
		 memcmp(bpf_program__insns(p), cap.insns, cap.insns_len) == 0)
		after = "same";
	else
		after = "different";
	snprintf(buf, sizeof(buf),
		 "section=%s\n"
		 "prog_type=%u\n"
		 "prog_type_name=%s\n"
		 "expected_attach_type=%u\n"
		 "expected_attach_type_name=%s\n"
		 "attach_btf_id=%u\n"
		 "attach_btf_obj_fd_set=%s\n"
		 "prog_flags=0x%x\n"
		 "kern_version=%u\n"
		 "license=%s\n"
		 "insn_cnt=%u\n"
		 "log_level=%u\n"
		 "func_info_rec_size=%u\n"
		 "func_info_cnt=%u\n"
		 "line_info_rec_size=%u\n"
		 "line_info_cnt=%u\n"
		 "load_attempts=%d\n"
		 "bpf_object__load=%s\n"
		 "libbpf_insns_after_load=%s\n",
		 bpf_program__section_name(p),
		 a->prog_type, name_or_number(prog_type_str((int)a->prog_type), a->prog_type),
		 a->expected_attach_type,
		 name_or_number(attach_type_str((int)a->expected_attach_type), a->expected_attach_type),
		 a->attach_btf_id, a->attach_btf_obj_fd ? "yes" : "no", a->prog_flags, a->kern_version,
		 cap.license, a->insn_cnt, a->log_level, a->func_info_rec_size,
		 a->func_info_cnt, a->line_info_rec_size, a->line_info_cnt, cap.attempts,
		 load_err ? errno_name(-load_err) : "ok", after);
	write_file(o->outdir, prog, ".attr", buf, strlen(buf));
}

static void write_maps(const struct obj_opts *o, const char *prog, struct bpf_object *obj)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	struct bpf_map *m;
	bpf_object__for_each_map(m, obj) {
		fprintf(f, "%d\t%s\t%s\t%u\t%u\t%u\t0x%x\n", bpf_map__fd(m), bpf_map__name(m),
			name_or_number(map_type_str(bpf_map__type(m)), bpf_map__type(m)),
			bpf_map__key_size(m), bpf_map__value_size(m), bpf_map__max_entries(m),
			bpf_map__map_flags(m));
	}
	fclose(f);
	write_file(o->outdir, prog, ".maps", buf, len);
	free(buf);
}

static int run_one_program(const struct obj_opts *o, const char *prog)
{
	lib_len = 0;
	struct bpf_object *obj = open_obj(o);
	struct bpf_program *p, *target = NULL;
	bpf_object__for_each_program(p, obj) {
		bool me = strcmp(bpf_program__name(p), prog) == 0;
		bpf_program__set_autoload(p, me);
		if (me)
			target = p;
	}
	if (!target)
		die(EXIT_SETUP, "program %s vanished from %s", prog, o->obj_path);
	bpf_program__set_log_level(target, (uint32_t)o->level);

	memset(&cap, 0, sizeof(cap));
	cap.fake_fd = -1;
	cap.active = true;
	cap.no_load = o->no_load;
	snprintf(cap.name, sizeof(cap.name), "%s", prog);
	cap.prog_type = bpf_program__type(target);

	int err = bpf_object__load(obj);
	cap.active = false;

	char result[256];
	if (!cap.attempts) {
		/* libbpf gave up before asking the kernel (e.g. attach target not found) */
		snprintf(result, sizeof(result), "libbpf-error %s\n", errno_name(err ? -err : EINVAL));
	} else if (o->no_load) {
		snprintf(result, sizeof(result), "relocated\n");
	} else {
		format_result(result, sizeof(result), cap.err, cap.log);
	}
	write_file(o->outdir, prog, ".result", result, strlen(result));
	if (cap.attempts) {
		write_file(o->outdir, prog, ".insns", cap.insns, cap.insns_len);
		write_file(o->outdir, prog, ".func_info", cap.func_info, cap.func_info_len);
		write_file(o->outdir, prog, ".line_info", cap.line_info, cap.line_info_len);
		if (!o->no_load)
			write_file(o->outdir, prog, ".log", cap.log, strlen(cap.log));
	}
	write_attr(o, prog, target, err);
	write_maps(o, prog, obj);
	write_file(o->outdir, prog, ".libbpf", lib_msgs ? lib_msgs : "", lib_len);
	printf("%s\t%s", prog, result);

	bpf_object__close(obj);
	if (cap.fake_fd >= 0)
		close(cap.fake_fd);
	free(cap.insns);
	free(cap.func_info);
	free(cap.line_info);
	free(cap.log);
	return 0;
}

static int cmd_obj(int argc, char **argv)
{
	struct obj_opts o = { .level = 2 };
	int pos = 0;
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--level") && i + 1 < argc)
			o.level = atoi(argv[++i]);
		else if (!strcmp(a, "--btf") && i + 1 < argc)
			o.btf_path = argv[++i];
		else if (!strcmp(a, "--prog") && i + 1 < argc)
			o.only_prog = argv[++i];
		else if (!strcmp(a, "--no-load"))
			o.no_load = true;
		else if (a[0] == '-' && a[1] == '-')
			die(EXIT_USAGE, "obj: unknown option %s", a);
		else if (pos == 0)
			o.obj_path = a, pos++;
		else if (pos == 1)
			o.outdir = a, pos++;
		else
			die(EXIT_USAGE, "obj: unexpected argument %s", a);
	}
	if (!o.obj_path || !o.outdir)
		die(EXIT_USAGE, "usage: loadlog obj OBJ.o OUTDIR [--level N] [--btf TARGET_BTF] [--no-load] [--prog NAME]");
	if (o.level < 0 || o.level > 7)
		die(EXIT_USAGE, "obj: --level must be 0..7 (bits: 1 log, 2 states, 4 stats)");
	mkdirs(o.outdir);

	/* First pass: the list of entry programs (libbpf hides subprograms). */
	struct bpf_object *obj = open_obj(&o);
	size_t n = 0;
	char **names = NULL;
	struct bpf_program *p;
	bpf_object__for_each_program(p, obj) {
		if (o.only_prog && strcmp(o.only_prog, bpf_program__name(p)))
			continue;
		names = realloc(names, (n + 1) * sizeof(*names));
		names[n++] = strdup(bpf_program__name(p));
	}
	bpf_object__close(obj);
	if (o.only_prog && !n)
		die(EXIT_USAGE, "obj: no program named %s in %s", o.only_prog, o.obj_path);

	/* One open+load per program: libbpf stops at the first program the kernel rejects,
	 * and every program's own verdict, log and instructions are wanted. */
	for (size_t i = 0; i < n; i++) {
		run_one_program(&o, names[i]);
		free(names[i]);
	}
	free(names);
	return write_errors ? EXIT_SETUP : 0;
}

/* ------------------------------------------------------------------ raw mode */

#define MAX_MAPS 64

struct map_spec {
	unsigned type, key_size, value_size, max_entries, flags;
	/* a map of maps: the inner map template, created first and passed as inner_map_fd */
	bool has_inner;
	unsigned inner_type, inner_key_size, inner_value_size, inner_max_entries, inner_flags;
};

struct raw_opts {
	int prog_type;
	int attach_type;
	const char *attach_btf_name;
	const char *license;
	int level;
	unsigned prog_flags;
	unsigned kern_version;
	struct map_spec maps[MAX_MAPS];
	int nmaps;
	const char *prog_path;
	const char *out; /* OUTDIR/NAME */
	const char *run_path; /* BPF_PROG_TEST_RUN input, optional */
	unsigned run_repeat;
};

static struct btf *vmlinux_btf;
static bool vmlinux_btf_tried;

/* The BTF id the kernel expects for attach_btf_id, looked up in a vmlinux BTF parsed once
 * per process. Prefixes as the kernel 6.18 (bpf_check_attach_target) and libbpf
 * (find_attach_btf_id) use them. */
static int find_attach_btf_id(const char *name, int attach_type)
{
	if (!vmlinux_btf_tried) {
		vmlinux_btf_tried = true;
		vmlinux_btf = btf__load_vmlinux_btf();
		if (!vmlinux_btf)
			vmlinux_btf = NULL;
	}
	if (!vmlinux_btf)
		return -ENOENT;
	char full[512];
	int kind = BTF_KIND_FUNC;
	switch (attach_type) {
	case BPF_TRACE_RAW_TP:
		snprintf(full, sizeof(full), "btf_trace_%s", name);
		kind = BTF_KIND_TYPEDEF;
		break;
	case BPF_LSM_MAC:
	case BPF_LSM_CGROUP:
		snprintf(full, sizeof(full), "bpf_lsm_%s", name);
		break;
	case BPF_TRACE_ITER:
		snprintf(full, sizeof(full), "bpf_iter_%s", name);
		break;
	default:
		snprintf(full, sizeof(full), "%s", name);
	}
	return btf__find_by_name_kind(vmlinux_btf, full, kind);
}

static int parse_map_spec(const char *s, struct map_spec *m, char *err, size_t errcap);

/* TYPE:KEYSZ:VALSZ:ENTRIES[:FLAGS](inner=TYPE:KEYSZ:VALSZ:ENTRIES[:FLAGS]): the outer map's spec,
 * then its inner map template's. */
static int parse_map_spec_inner(const char *s, struct map_spec *m, char *err, size_t errcap)
{
	const char *open = strstr(s, "(inner=");
	if (!open)
		return parse_map_spec(s, m, err, errcap);
	size_t n = strlen(s);
	char outer[128], inner[128];
	size_t olen = (size_t)(open - s), ilen = n - olen - strlen("(inner=") - 1;
	if (s[n - 1] != ')' || olen >= sizeof(outer) || n < olen + strlen("(inner=") + 1 || ilen >= sizeof(inner)) {
		snprintf(err, errcap, "--map %s: expected TYPE:KEYSZ:VALSZ:ENTRIES[:FLAGS](inner=TYPE:...)", s);
		return -1;
	}
	memcpy(outer, s, olen);
	outer[olen] = '\0';
	memcpy(inner, open + strlen("(inner="), ilen);
	inner[ilen] = '\0';
	struct map_spec in;
	if (parse_map_spec(outer, m, err, errcap) || parse_map_spec(inner, &in, err, errcap))
		return -1;
	m->has_inner = true;
	m->inner_type = in.type;
	m->inner_key_size = in.key_size;
	m->inner_value_size = in.value_size;
	m->inner_max_entries = in.max_entries;
	m->inner_flags = in.flags;
	return 0;
}

static int parse_map_spec(const char *s, struct map_spec *m, char *err, size_t errcap)
{
	char type[64];
	const char *colon = strchr(s, ':');
	if (!colon || (size_t)(colon - s) >= sizeof(type)) {
		snprintf(err, errcap, "--map %s: expected TYPE:KEYSZ:VALSZ:ENTRIES[:FLAGS]", s);
		return -1;
	}
	memcpy(type, s, (size_t)(colon - s));
	type[colon - s] = '\0';
	int t = parse_enum(type, map_type_str, 64);
	if (t < 0) {
		snprintf(err, errcap, "--map %s: unknown map type %s", s, type);
		return -1;
	}
	m->type = (unsigned)t;
	m->flags = 0;
	m->has_inner = false;
	int n = sscanf(colon + 1, "%u:%u:%u:%i", &m->key_size, &m->value_size, &m->max_entries,
		       (int *)&m->flags);
	if (n < 3) {
		snprintf(err, errcap, "--map %s: expected TYPE:KEYSZ:VALSZ:ENTRIES[:FLAGS]", s);
		return -1;
	}
	return 0;
}

/* Parses raw-mode options from argv into *o (which holds defaults on entry).
 * Positionals: PROG.bin then OUTDIR/NAME, unless the caller pre-set prog_path. */
static int parse_raw_args(int argc, char **argv, struct raw_opts *o, bool *batch, char *err, size_t errcap)
{
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i];
		bool has = i + 1 < argc;
		if (!strcmp(a, "--batch") && batch) {
			*batch = true;
		} else if (!strcmp(a, "--type") && has) {
			o->prog_type = parse_enum(argv[++i], prog_type_str, 64);
			if (o->prog_type < 0) {
				snprintf(err, errcap, "unknown program type %s", argv[i]);
				return -1;
			}
		} else if (!strcmp(a, "--expected-attach-type") && has) {
			o->attach_type = parse_enum(argv[++i], attach_type_str, 128);
			if (o->attach_type < 0) {
				snprintf(err, errcap, "unknown attach type %s", argv[i]);
				return -1;
			}
		} else if (!strcmp(a, "--attach-btf-name") && has) {
			o->attach_btf_name = argv[++i];
		} else if (!strcmp(a, "--level") && has) {
			o->level = atoi(argv[++i]);
		} else if (!strcmp(a, "--license") && has) {
			o->license = argv[++i];
		} else if (!strcmp(a, "--flags") && has) {
			o->prog_flags = (unsigned)strtoul(argv[++i], NULL, 0);
		} else if (!strcmp(a, "--kern-version") && has) {
			o->kern_version = (unsigned)strtoul(argv[++i], NULL, 0);
		} else if (!strcmp(a, "--run") && has) {
			o->run_path = argv[++i];
		} else if (!strcmp(a, "--repeat") && has) {
			o->run_repeat = (unsigned)strtoul(argv[++i], NULL, 0);
		} else if (!strcmp(a, "--map") && has) {
			if (o->nmaps == MAX_MAPS) {
				snprintf(err, errcap, "more than %d --map options", MAX_MAPS);
				return -1;
			}
			if (parse_map_spec_inner(argv[++i], &o->maps[o->nmaps], err, errcap))
				return -1;
			o->nmaps++;
		} else if (a[0] == '-' && a[1] == '-') {
			snprintf(err, errcap, "unknown or incomplete option %s", a);
			return -1;
		} else if (!o->prog_path) {
			o->prog_path = a;
		} else if (!o->out) {
			o->out = a;
		} else {
			snprintf(err, errcap, "unexpected argument %s", a);
			return -1;
		}
	}
	return 0;
}

static void write_result_line(const char *out, const char *line)
{
	write_file(NULL, out, ".result", line, strlen(line));
}

static void ensure_parent_dir(const char *out)
{
	char *d = strdup(out);
	char *slash = strrchr(d, '/');
	if (slash && slash != d) {
		*slash = '\0';
		struct stat st;
		if (stat(d, &st))
			mkdirs(d);
	}
	free(d);
}

static void hex(FILE *f, const unsigned char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		fprintf(f, "%02x", p[i]);
}

static void test_run(const struct raw_opts *o, int prog_fd)
{
	unsigned char *in = NULL;
	size_t in_len = 0;
	char path[4096];
	snprintf(path, sizeof(path), "%s.run", o->out);
	FILE *f = fopen(path, "w");
	if (!f)
		return;
	int rerr = read_file(o->run_path, &in, &in_len);
	if (rerr) {
		fprintf(f, "error cannot read %s: %s\n", o->run_path, errno_name(-rerr));
		fclose(f);
		return;
	}
	size_t out_cap = in_len + 4096;
	unsigned char *outbuf = xmalloc(out_cap);
	union bpf_attr attr;
	memset(&attr, 0, sizeof(attr));
	attr.test.prog_fd = (uint32_t)prog_fd;
	attr.test.data_in = (uintptr_t)in;
	attr.test.data_size_in = (uint32_t)in_len;
	attr.test.data_out = (uintptr_t)outbuf;
	attr.test.data_size_out = (uint32_t)out_cap;
	attr.test.repeat = o->run_repeat;
	long r = raw_bpf(BPF_PROG_TEST_RUN, &attr, sizeof(attr));
	if (r < 0) {
		fprintf(f, "error %s\n", errno_name(errno));
	} else {
		size_t n = attr.test.data_size_out < out_cap ? attr.test.data_size_out : out_cap;
		fprintf(f, "retval=%u\ndata_out=", attr.test.retval);
		hex(f, outbuf, n);
		fputc('\n', f);
	}
	fclose(f);
	free(in);
	free(outbuf);
}

/* Loads one raw program; returns 0 when a verdict was recorded, -1 on a setup error
 * (which is also recorded as "error ..." in NAME.result when NAME is known). */
static int run_raw(const struct raw_opts *o)
{
	char msg[512];
	int map_fds[MAX_MAPS];
	int nfds = 0, ret = -1, prog_fd = -1;
	unsigned char *code = NULL;
	size_t len = 0;

	ensure_parent_dir(o->out);
	if (o->prog_type < 0) {
		snprintf(msg, sizeof(msg), "error missing --type\n");
		goto out;
	}
	int rerr = read_file(o->prog_path, &code, &len);
	if (rerr) {
		snprintf(msg, sizeof(msg), "error cannot read %s: %s\n", o->prog_path, errno_name(-rerr));
		goto out;
	}
	if (len == 0 || len % sizeof(struct bpf_insn)) {
		snprintf(msg, sizeof(msg), "error %s: %zu bytes is not a positive multiple of 8\n", o->prog_path, len);
		goto out;
	}
	for (int i = 0; i < o->nmaps; i++) {
		const struct map_spec *m = &o->maps[i];
		union bpf_attr a;
		memset(&a, 0, sizeof(a));
		a.map_type = m->type;
		a.key_size = m->key_size;
		a.value_size = m->value_size;
		a.max_entries = m->max_entries;
		a.map_flags = m->flags;
		int inner_fd = -1;
		if (m->has_inner) {
			union bpf_attr ia;
			memset(&ia, 0, sizeof(ia));
			ia.map_type = m->inner_type;
			ia.key_size = m->inner_key_size;
			ia.value_size = m->inner_value_size;
			ia.max_entries = m->inner_max_entries;
			ia.map_flags = m->inner_flags;
			inner_fd = (int)raw_bpf(BPF_MAP_CREATE, &ia, sizeof(ia));
			if (inner_fd < 0) {
				snprintf(msg, sizeof(msg), "error map %d inner create %s\n", i, errno_name(errno));
				goto out;
			}
			a.inner_map_fd = (uint32_t)inner_fd;
		}
		long fd = raw_bpf(BPF_MAP_CREATE, &a, sizeof(a));
		int create_errno = errno;
		/* the outer map keeps its own template (bpf_map_meta_alloc): the inner fd is not needed after */
		if (inner_fd >= 0)
			close(inner_fd);
		errno = create_errno;
		if (fd < 0) {
			snprintf(msg, sizeof(msg), "error map %d create %s\n", i, errno_name(errno));
			goto out;
		}
		map_fds[nfds++] = (int)fd;
	}
	/* Map references: ld_imm64 with src_reg 1 (map fd) or 2 (map value) carries the index
	 * into the --map list in imm; src_reg 5/6 (map idx) are resolved by the kernel
	 * through fd_array. */
	struct bpf_insn *insns = (struct bpf_insn *)code;
	size_t cnt = len / sizeof(struct bpf_insn);
	for (size_t i = 0; i + 1 < cnt; i++) {
		if (insns[i].code != (BPF_LD | BPF_DW | BPF_IMM))
			continue;
		if (insns[i].src_reg == BPF_PSEUDO_MAP_FD || insns[i].src_reg == BPF_PSEUDO_MAP_VALUE) {
			int idx = insns[i].imm;
			if (idx < 0 || idx >= nfds) {
				snprintf(msg, sizeof(msg), "error insn %zu: map index %d outside --map list of %d\n",
					 i, idx, nfds);
				goto out;
			}
			insns[i].imm = map_fds[idx];
		}
		i++; /* skip the second half of ld_imm64 */
	}

	union bpf_attr a;
	memset(&a, 0, sizeof(a));
	a.prog_type = (uint32_t)o->prog_type;
	a.insns = (uintptr_t)insns;
	a.insn_cnt = (uint32_t)cnt;
	a.license = (uintptr_t)(o->license ? o->license : "GPL");
	a.log_level = (uint32_t)o->level;
	a.kern_version = o->kern_version;
	a.prog_flags = o->prog_flags;
	a.expected_attach_type = o->attach_type > 0 ? (uint32_t)o->attach_type : 0;
	a.fd_array = nfds ? (uintptr_t)map_fds : 0;
	if (o->attach_btf_name) {
		int id = find_attach_btf_id(o->attach_btf_name, o->attach_type);
		if (id < 0) {
			snprintf(msg, sizeof(msg), "error attach target %s not in vmlinux BTF: %s\n",
				 o->attach_btf_name, errno_name(-id));
			goto out;
		}
		a.attach_btf_id = (uint32_t)id;
	}
	prog_fd = prog_load_growing_log(&a, sizeof(a));
	const char *log = o->level && log_buf ? log_buf : "";
	write_file(NULL, o->out, ".log", log, strlen(log));
	format_result(msg, sizeof(msg), prog_fd < 0 ? -prog_fd : 0, log);
	if (prog_fd >= 0 && o->run_path)
		test_run(o, prog_fd);
	ret = 0;
out:
	write_result_line(o->out, msg);
	printf("%s\t%s", o->out, msg);
	if (prog_fd >= 0)
		close(prog_fd);
	for (int i = 0; i < nfds; i++)
		close(map_fds[i]);
	free(code);
	return ret;
}

/* Splits a line on tabs and spaces in place. */
static int split_ws(char *line, char **argv, int max)
{
	int n = 0;
	for (char *tok = strtok(line, " \t\r\n"); tok && n < max; tok = strtok(NULL, " \t\r\n"))
		argv[n++] = tok;
	return n;
}

static int cmd_raw(int argc, char **argv)
{
	struct raw_opts defaults;
	memset(&defaults, 0, sizeof(defaults));
	defaults.prog_type = -1;
	defaults.attach_type = -1;
	defaults.level = 2;
	bool batch = false;
	char err[512];
	if (parse_raw_args(argc, argv, &defaults, &batch, err, sizeof(err)))
		die(EXIT_USAGE, "raw: %s", err);
	if (!batch) {
		if (!defaults.prog_path || !defaults.out)
			die(EXIT_USAGE, "usage: loadlog raw --type T [--expected-attach-type T] "
					"[--attach-btf-name NAME] [--level N] [--map TYPE:KEYSZ:VALSZ:ENTRIES[:FLAGS][(inner=TYPE:...)]]... "
					"PROG.bin OUTDIR/NAME");
		return run_raw(&defaults) || write_errors ? EXIT_SETUP : 0;
	}
	if (defaults.prog_path)
		die(EXIT_USAGE, "raw --batch: programs come from stdin, not the command line (%s)", defaults.prog_path);

	char *line = NULL;
	size_t cap_ = 0;
	long lineno = 0;
	int failures = 0;
	while (getline(&line, &cap_, stdin) > 0) {
		lineno++;
		char *args[256];
		int n = split_ws(line, args, 256);
		if (n == 0 || args[0][0] == '#')
			continue;
		struct raw_opts o = defaults;
		if (parse_raw_args(n, args, &o, NULL, err, sizeof(err)) || !o.prog_path || !o.out) {
			fprintf(stderr, "loadlog: stdin:%ld: %s\n", lineno,
				err[0] ? err : "expected PROG.bin<TAB>options OUTDIR/NAME");
			/* the last word names the outputs even when an option before it was bad */
			if (!o.out && n > 1 && args[n - 1][0] != '-')
				o.out = args[n - 1];
			if (o.out) {
				char msg[600];
				snprintf(msg, sizeof(msg), "error %s\n", err);
				ensure_parent_dir(o.out);
				write_result_line(o.out, msg);
			}
			failures++;
			err[0] = '\0';
			continue;
		}
		if (run_raw(&o))
			failures++;
		fflush(stdout);
	}
	free(line);
	return failures ? EXIT_BATCH_ERRORS : write_errors ? EXIT_SETUP : 0;
}

/* ------------------------------------------------------------------ main */

int main(int argc, char **argv)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	libbpf_set_print(print_cb);
	if (argc < 2)
		die(EXIT_USAGE, "usage: loadlog obj OBJ.o OUTDIR [...] | loadlog raw [...] (see README.md)");
	if (!strcmp(argv[1], "obj"))
		return cmd_obj(argc - 2, argv + 2);
	if (!strcmp(argv[1], "raw"))
		return cmd_raw(argc - 2, argv + 2);
	die(EXIT_USAGE, "unknown mode %s (expected obj or raw)", argv[1]);
	return EXIT_USAGE;
}
