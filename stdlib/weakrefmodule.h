/* weakrefmodule.h - what the evaluator and gc.collect() call of _weakref:
 * the safe points where the callbacks of weak references run. */
#ifndef ATOLL_WEAKREFMODULE_H
#define ATOLL_WEAKREFMODULE_H

#include "interp.h"

/* At a check point of the evaluator: if the collector has run since the
 * last look and t's interpreter has weak references, runs the callbacks of
 * those whose referents it freed. Never raises (a failing callback is
 * reported as unraisable, as CPython does). */
void weak_poll(Task *t);
/* The same, whether or not a collection was seen (gc.collect()). */
void weak_run_callbacks(Task *t);

#endif
