// SPDX-License-Identifier: GPL-2.0
/* Reference consumer for the perf buffer reader benchmark (libbpf 1.1 perf_buffer__new / perf_buffer__poll).
 *
 *   perfbuf_consumer OBJ.o RECORDS ROUNDS PAGES
 *
 * Per round: the producer (BPF_PROG_TEST_RUN, repeat RECORDS/8, 8 samples a run) fills the per-CPU buffers
 * (PAGES data pages each) with RECORDS samples, then the clock runs while perf_buffer__poll drains them. Prints
 * the best round in million records/s. Exactly the protocol of io.github.bpf4j.bench.ReaderThroughput. */
#include <stdio.h>
#include <stdlib.h>
#include "thread_clock.h"
#include <bpf/libbpf.h>
#include <bpf/bpf.h>

static long seen;
static long lost;
static unsigned long long sum;

static void on_sample(void *ctx, int cpu, void *data, __u32 size)
{
	(void)ctx;
	(void)cpu;
	(void)size;
	sum += *(unsigned long long *)data;
	seen++;
}

static void on_lost(void *ctx, int cpu, __u64 n)
{
	(void)ctx;
	(void)cpu;
	lost += n;
}

int main(int argc, char **argv)
{
	if (argc != 5) {
		fprintf(stderr, "usage: %s OBJ.o RECORDS ROUNDS PAGES\n", argv[0]);
		return 2;
	}
	long records = atol(argv[2]);
	int rounds = atoi(argv[3]);
	int pages = atoi(argv[4]);
	struct bpf_object *obj = bpf_object__open_file(argv[1], NULL);
	if (!obj || bpf_object__load(obj)) {
		fprintf(stderr, "cannot load %s\n", argv[1]);
		return 1;
	}
	int prog = bpf_program__fd(bpf_object__find_program_by_name(obj, "produce"));
	int map = bpf_object__find_map_fd_by_name(obj, "pb");
	struct perf_buffer *pb = perf_buffer__new(map, pages, on_sample, on_lost, NULL, NULL);
	if (!pb) {
		fprintf(stderr, "perf_buffer__new failed\n");
		return 1;
	}
	char pkt[64] = {0};
	double best = 0;
	for (int r = 0; r < rounds; r++) {
		LIBBPF_OPTS(bpf_test_run_opts, opts, .data_in = pkt, .data_size_in = sizeof(pkt),
			    .repeat = (int)(records / 8));
		if (bpf_prog_test_run_opts(prog, &opts)) {
			fprintf(stderr, "test run failed\n");
			return 1;
		}
		seen = 0;
		lost = 0;
		double t0 = now();
		while (seen + lost < records) {
			if (perf_buffer__poll(pb, 100) < 0) {
				fprintf(stderr, "poll failed\n");
				return 1;
			}
		}
		double rate = seen / (now() - t0) / 1e6;
		if (lost) {
			fprintf(stderr, "lost %ld samples: raise PAGES\n", lost);
			return 1;
		}
		if (rate > best)
			best = rate;
	}
	printf("%.3f\n", best);
	fprintf(stderr, "checksum %llu\n", sum);
	perf_buffer__free(pb);
	bpf_object__close(obj);
	return 0;
}
