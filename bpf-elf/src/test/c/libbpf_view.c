// Prints libbpf's view of a BPF object (tests of bpf-elf): maps and programs after bpf_object__open, and with
// --load the final instructions of each loaded program (bpf_program__insns after bpf_object__load).
#include <stdio.h>
#include <string.h>
#include <bpf/libbpf.h>
#include <bpf/bpf.h>

static int quiet(enum libbpf_print_level level, const char *fmt, va_list args)
{
	return level == LIBBPF_WARN ? vfprintf(stderr, fmt, args) : 0;
}

int main(int argc, char **argv)
{
	int load = argc > 2 && strcmp(argv[2], "--load") == 0;
	struct bpf_object *obj;
	struct bpf_program *prog;
	struct bpf_map *map;

	libbpf_set_print(quiet);
	obj = bpf_object__open_file(argv[1], NULL);
	if (!obj) {
		printf("open-failed\n");
		return 2;
	}
	bpf_object__for_each_map(map, obj)
		printf("map %s type %d key %u value %u max %u flags %u\n", bpf_map__name(map), bpf_map__type(map),
		       bpf_map__key_size(map), bpf_map__value_size(map), bpf_map__max_entries(map),
		       bpf_map__map_flags(map));
	bpf_object__for_each_program(prog, obj)
		printf("prog %s sec %s type %d attach %d autoload %d insns %zu\n", bpf_program__name(prog),
		       bpf_program__section_name(prog), bpf_program__type(prog),
		       bpf_program__expected_attach_type(prog), bpf_program__autoload(prog),
		       bpf_program__insn_cnt(prog));
	if (load) {
		int err = bpf_object__load(obj);
		printf("load %d\n", err);
		bpf_object__for_each_program(prog, obj) {
			const struct bpf_insn *in = bpf_program__insns(prog);
			size_t n = bpf_program__insn_cnt(prog);
			if (!bpf_program__autoload(prog))
				continue;
			printf("linked %s %zu", bpf_program__name(prog), n);
			for (size_t i = 0; i < n; i++)
				printf(" %02x:%x:%x:%d:%d", in[i].code, in[i].dst_reg, in[i].src_reg, in[i].off, in[i].imm);
			printf("\n");
		}
	}
	bpf_object__close(obj);
	return 0;
}
