/* cstack.h - a guard on the C stack.
 *
 * Python-to-Python calls use no C stack, and C code that re-enters the
 * evaluator counts its depth (rec_enter), but C code can also recurse on its
 * own: next() of map(map(map(...))) sixty thousand deep, calls of nested
 * partial objects. obj_next and obj_call check the stack pointer against a
 * limit below which they raise RecursionError rather than let the process
 * overflow its stack. */
#ifndef ATOLL_CSTACK_H
#define ATOLL_CSTACK_H

#include <stdbool.h>

/* The lowest address the thread's C stack may reach (NULL: no check).
 * A thread-local, not task or interpreter state: the limit belongs to the
 * OS thread's stack, and a task moves between worker threads (M:N) while
 * host threads enter interpreters from their own stacks. initial-exec for
 * the reason alloc.h gives. */
extern __thread char *cstack_limit __attribute__((tls_model("initial-exec")));

/* Sets the calling thread's limit (once), from its stack's bounds. */
void cstack_init(void);

static inline bool cstack_exhausted(void)
{
    return (char *)__builtin_frame_address(0) < cstack_limit;
}

#endif
