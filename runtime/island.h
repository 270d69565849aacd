/* island.h - interpreters and tasks as objects scripts use. */
#ifndef ATOLL_ISLAND_H
#define ATOLL_ISLAND_H

#include "interp.h"

Interp *island_create(Task *t, Value name);
/* Starts target (a function, or source text) in `in` with args (a tuple)
 * and kwargs (a dict, or 0); arguments cross by share.h's rules. */
Task *island_run(Task *t, Interp *in, Value target, Value args, Value kwargs);
bool island_destroy(Task *t, Interp *in);
/* The task running on a worker in `in` right now, or NULL (scheduler.c). */
Task *island_running_task(Interp *in);

#endif
