/* island.h - interpreters and tasks as objects scripts use. */
#ifndef ATOLL_ISLAND_H
#define ATOLL_ISLAND_H

#include "interp.h"

Interp *island_create(Task *t, Value name);
/* Starts target (a function, or source text) in `in` with args (a tuple)
 * and kwargs (a dict, or 0); arguments cross by share.h's rules. */
Task *island_run(Task *t, Interp *in, Value target, Value args, Value kwargs);
bool island_destroy(Task *t, Interp *in);
/* How another island finds function f: (module, qualname, main script file
 * or None); InterpreterError (and 0) when f is not a plain module-level
 * function. */
Value island_target_name(Task *t, Value f);
/* The function island_target_name described, found (imported) in t's island. */
Value island_resolve(Task *t, Value module, Value qualname, Value file);
/* Starts function f in `in` as CPython 3.14 runs a "stateless" function
 * there: remade from its (shared, immutable) code with in's __main__ as its
 * globals, rather than found by name. Defaults and arguments cross by
 * share.h's rules; a closure is refused (InterpreterError). */
Task *island_run_code(Task *t, Interp *in, Value f, Value args, Value kwargs);
/* t's island's __main__ namespace, made on first use. */
DictObj *island_main_namespace(Task *t);
/* What other islands may know of exception exc, all shareable: (type name,
 * message, traceback text, type module, type qualname, args or None when
 * they cannot cross). TaskFailed carries it. */
Value island_exc_snapshot(Task *t, Value exc);
/* The task running on a worker in `in` right now, or NULL (scheduler.c). */
Task *island_running_task(Interp *in);

#endif
