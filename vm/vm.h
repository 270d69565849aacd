/* vm.h - running code: the evaluator loop and its entry points. */
#ifndef ATOLL_VM_H
#define ATOLL_VM_H

#include "func.h"

/* Runs a module body, class body or exec'd code with the given namespaces
 * (locals 0: use globals). */
Value vm_run_code(Task *t, CodeObj *code, DictObj *globals, Value locals);
/* Calls a Python function from C (a nested evaluator loop). */
Value vm_call_function(Task *t, FuncObj *f, const Value *args, size_t nargs, Value kwnames);
/* Resumes a generator with a value to send, or an exception to throw in (exc
 * non-zero). Returns the yielded value; 0 with no exception pending when the
 * generator returned (its value in *retval), 0 with one pending on error. */
Value vm_gen_resume(Task *t, GenObj *g, Value v, Value exc, Value *retval);
/* next(g): the next value, or StopIteration(return value) raised. */
Value gen_next_or_stop(Task *t, Value g);
/* Frame stack management for the evaluator and generator objects. */
Frame *frame_push(Task *t, CodeObj *code);
void frame_pop(Task *t, Frame *f);
/* Registers the frame stacks' kind of object with the collector (once). */
void frame_gc_init(void);
/* A frame for calling fn (arguments bound, cells made); owned: on the heap,
 * for a generator. NULL with an exception pending. */
Frame *frame_for_call(Task *t, FuncObj *fn, const Value *args, size_t nargs, Value kwnames, bool owned);
/* A frame running code in a namespace (module, exec, class body). */
Frame *frame_for_code(Task *t, CodeObj *co, DictObj *globals, Value locals);
/* Runs a frame marked FRAME_ENTRY until it returns or yields; throwing: an
 * exception is pending and is raised at the frame's current instruction. */
Value vm_run_frame(Task *t, Frame *f, bool throwing);
/* Runs a task from its entry frame or where it parked or yielded; returns
 * its result, 0 on failure, or V_PARK / V_YIELD (scheduler.h). */
Value vm_task_run(Task *t);
/* Runs a class body with its namespace; returns the body's result (the
 * __class__ cell or None). */
Value vm_run_class_body(Task *t, FuncObj *body, DictObj *ns);
Value gen_new(Task *t, Frame *f, FuncObj *fn);
/* Resuming a generator frame, for gen.c and the evaluator's inline path:
 * gen_enter checks the state, pushes the sent value and returns the frame to
 * run (NULL: exhausted, or an exception is pending); gen_yielded and
 * gen_finished restore the resumer's exception state. gen_finished turns a
 * StopIteration escaping the generator into RuntimeError (PEP 479). */
Frame *gen_enter(Task *t, GenObj *g, Value sent);
void gen_yielded(Task *t, GenObj *g);
void gen_finished(Task *t, GenObj *g);
/* The iterators of `for x in f(...)` loops: gen_claim_iter marks one that is
 * a generator the call just made; gen_release_iter, when the loop is left
 * early, closes a generator so marked (see gen.c). */
void gen_claim_iter(Value it);
void gen_release_iter(Task *t, Value it);

#endif
