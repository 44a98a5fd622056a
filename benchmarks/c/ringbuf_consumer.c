// SPDX-License-Identifier: GPL-2.0
/* Reference consumer for the ring buffer reader benchmark (libbpf 1.1 ring_buffer__new / ring_buffer__poll).
 *
 *   ringbuf_consumer OBJ.o RECORDS ROUNDS
 *
 * Per round: the producer (BPF_PROG_TEST_RUN, repeat RECORDS/8, 8 records a run) fills the ring with RECORDS
 * records, then the clock runs while ring_buffer__poll drains them. Prints the best round in million records per CPU-second.
 * Exactly the protocol of io.github.bpf4j.bench.ReaderThroughput. */
#include <stdio.h>
#include <stdlib.h>
#include "thread_clock.h"
#include <bpf/libbpf.h>
#include <bpf/bpf.h>

static long seen;
static unsigned long long sum;

static int on_record(void *ctx, void *data, size_t size)
{
	(void)ctx;
	(void)size;
	sum += *(unsigned long long *)data; /* touch the record, as the Java consumer does */
	seen++;
	return 0;
}

int main(int argc, char **argv)
{
	if (argc != 4) {
		fprintf(stderr, "usage: %s OBJ.o RECORDS ROUNDS\n", argv[0]);
		return 2;
	}
	long records = atol(argv[2]);
	int rounds = atoi(argv[3]);
	struct bpf_object *obj = bpf_object__open_file(argv[1], NULL);
	if (!obj || bpf_object__load(obj)) {
		fprintf(stderr, "cannot load %s\n", argv[1]);
		return 1;
	}
	int prog = bpf_program__fd(bpf_object__find_program_by_name(obj, "produce"));
	int map = bpf_object__find_map_fd_by_name(obj, "rb");
	struct ring_buffer *rb = ring_buffer__new(map, on_record, NULL, NULL);
	if (!rb) {
		fprintf(stderr, "ring_buffer__new failed\n");
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
		double t0 = now();
		while (seen < records) {
			if (ring_buffer__poll(rb, 100) < 0) {
				fprintf(stderr, "poll failed\n");
				return 1;
			}
		}
		double rate = seen / (now() - t0) / 1e6;
		if (rate > best)
			best = rate;
	}
	printf("%.3f\n", best);
	fprintf(stderr, "checksum %llu\n", sum);
	ring_buffer__free(rb);
	bpf_object__close(obj);
	return 0;
}
