// SPDX-License-Identifier: GPL-2.0
/* Reference for the map round trip benchmark: bpf_map_lookup_elem then bpf_map_update_elem (libbpf 1.1) of one
 * key of a map, the value incremented each time.
 *
 *   mapops_roundtrip array|hash ITERATIONS ROUNDS
 *
 * Prints the best round in million round trips per CPU-second. Exactly the protocol of io.github.bpf4j.bench.MapOpsRoundTrip. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "thread_clock.h"
#include <bpf/bpf.h>

int main(int argc, char **argv)
{
	if (argc != 4) {
		fprintf(stderr, "usage: %s array|hash ITERATIONS ROUNDS\n", argv[0]);
		return 2;
	}
	enum bpf_map_type type = strcmp(argv[1], "hash") == 0 ? BPF_MAP_TYPE_HASH : BPF_MAP_TYPE_ARRAY;
	long iterations = atol(argv[2]);
	int rounds = atoi(argv[3]);
	int fd = bpf_map_create(type, "mapops", 4, 8, 16, NULL);
	if (fd < 0) {
		perror("bpf_map_create");
		return 1;
	}
	__u32 key = 3;
	__u64 value = 0;
	if (bpf_map_update_elem(fd, &key, &value, BPF_ANY)) {
		perror("update");
		return 1;
	}
	double best = 0;
	for (int r = 0; r < rounds; r++) {
		double t0 = now();
		for (long i = 0; i < iterations; i++) {
			if (bpf_map_lookup_elem(fd, &key, &value)) {
				perror("lookup");
				return 1;
			}
			value++;
			if (bpf_map_update_elem(fd, &key, &value, BPF_ANY)) {
				perror("update");
				return 1;
			}
		}
		double rate = iterations / (now() - t0) / 1e6;
		if (rate > best)
			best = rate;
	}
	printf("%.3f\n", best);
	fprintf(stderr, "value %llu\n", (unsigned long long)value);
	return 0;
}
