/*
 * The reference for the btf-parse row of compare.sh: libbpf's btf__parse over a BTF file, repeated, reporting the
 * mean milliseconds per parse (read, header and string checks, type indexing and the sanity pass libbpf does).
 */
#include <bpf/btf.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	const char *path = argc > 1 ? argv[1] : "/sys/kernel/btf/vmlinux";
	int rounds = argc > 2 ? atoi(argv[2]) : 50;
	unsigned types = 0;
	for (int w = 0; w < 5; w++) {
		struct btf *btf = btf__parse(path, NULL);
		if (!btf) {
			fprintf(stderr, "btf__parse(%s) failed\n", path);
			return 2;
		}
		types = btf__type_cnt(btf);
		btf__free(btf);
	}
	double t0 = now();
	for (int r = 0; r < rounds; r++) {
		struct btf *btf = btf__parse(path, NULL);
		btf__free(btf);
	}
	double ms = (now() - t0) * 1e3 / rounds;
	printf("%.3f\n", ms);
	fprintf(stderr, "%u types, %d rounds, %.3f ms per parse\n", types, rounds, ms);
	return 0;
}
