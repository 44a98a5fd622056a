/* The clock of every C reference in compare-sys.sh. */
#ifndef BPF4J_THREAD_CLOCK_H
#define BPF4J_THREAD_CLOCK_H

#include <time.h>

/* The calling thread's CPU time in seconds (user + system): on a machine shared with other work a round's wall
 * time includes other processes' time slices, its CPU time does not. The Java side reads the same clock. */
static inline double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
	return t.tv_sec + t.tv_nsec / 1e9;
}

#endif
