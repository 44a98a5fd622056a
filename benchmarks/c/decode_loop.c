/*
 * The reference for the decode row of compare.sh: a plain C loop that splits every 8-byte slot of a file into
 * its fields (code, dst, src, off, imm) into an array of structs, as a decoder written in C would, and keeps
 * 64-bit immediate loads together. Prints millions of instructions per second over repeated passes.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct insn {
	uint8_t code, dst, src;
	int16_t off;
	int32_t imm;
	int32_t imm2;
};

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static size_t decode(const uint8_t *b, size_t n, struct insn *out)
{
	size_t i = 0, k = 0;
	while (i + 8 <= n) {
		struct insn *d = &out[k++];
		d->code = b[i];
		d->dst = b[i + 1] & 0x0f;
		d->src = b[i + 1] >> 4;
		memcpy(&d->off, b + i + 2, 2);
		memcpy(&d->imm, b + i + 4, 4);
		d->imm2 = 0;
		if (d->code == 0x18 && i + 16 <= n) {
			memcpy(&d->imm2, b + i + 12, 4);
			i += 16;
		} else {
			i += 8;
		}
	}
	return k;
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: %s FILE.bin\n", argv[0]);
		return 2;
	}
	FILE *f = fopen(argv[1], "rb");
	if (!f) {
		perror(argv[1]);
		return 2;
	}
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	uint8_t *buf = malloc(n);
	struct insn *out = malloc(sizeof(*out) * (n / 8 + 1));
	if (!buf || !out || fread(buf, 1, n, f) != (size_t)n) {
		fprintf(stderr, "cannot read %s\n", argv[1]);
		return 2;
	}
	fclose(f);
	size_t count = 0;
	uint64_t sink = 0;
	for (int w = 0; w < 5; w++)
		count = decode(buf, n, out);
	int passes = 30;
	double t0 = now();
	for (int p = 0; p < passes; p++) {
		count = decode(buf, n, out);
		sink += out[count / 2].imm + out[p % count].code;
	}
	double t = now() - t0;
	printf("%.1f\n", count * (double)passes / t / 1e6);
	fprintf(stderr, "decoded %zu instructions x %d passes in %.3f s (sink %llu)\n", count, passes, t,
		(unsigned long long)sink);
	return 0;
}
