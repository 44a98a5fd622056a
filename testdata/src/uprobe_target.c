// SPDX-License-Identifier: Apache-2.0
/* User-space target for uprobe_add.bpf: calls add() with the numbers given on the command
 * line (default 2 3), once per iteration, so a test can attach and observe known values.
 *   uprobe_target [A B [ITERATIONS [SLEEP_MS]]] */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

__attribute__((noinline)) int add(int a, int b)
{
	return a + b;
}

int main(int argc, char **argv)
{
	int a = argc > 2 ? atoi(argv[1]) : 2;
	int b = argc > 2 ? atoi(argv[2]) : 3;
	int n = argc > 3 ? atoi(argv[3]) : 1;
	int sleep_ms = argc > 4 ? atoi(argv[4]) : 0;
	for (int i = 0; i < n; i++) {
		printf("%d\n", add(a, b));
		fflush(stdout);
		if (sleep_ms)
			usleep((useconds_t)sleep_ms * 1000);
	}
	return 0;
}
