/* scheduler.h - the M:N scheduler: tasks of many interpreters on a pool of
 * worker threads.
 *
 * The unit a worker takes is an interpreter with runnable tasks: owning it
 * is holding the interpreter's lock, so at most one of its tasks runs at a
 * time, while tasks of different interpreters run in parallel. A task that
 * waits (channel, join, sleep) parks: its frames stay on its own frame
 * stack and the worker moves on. When the wait happens where the evaluator
 * cannot be left (a built-in called from C), the thread blocks instead,
 * after giving the interpreter to other workers. */
#ifndef ATOLL_SCHEDULER_H
#define ATOLL_SCHEDULER_H

#include "interp.h"

/* Sentinels the evaluator understands (never visible to Python). */
extern const Obj sched_park_obj, sched_yield_obj, sched_exhausted_obj;
#define V_PARK      OBJ_VAL(&sched_park_obj)       /* a built-in parked its task */
#define V_YIELD     OBJ_VAL(&sched_yield_obj)      /* the task gives its worker away */
#define V_EXHAUSTED OBJ_VAL(&sched_exhausted_obj)  /* delivered to a parked FOR_ITER: the iterator ended */

/* Instructions (roughly) a task runs before it offers its worker to others. */
#define TASK_BUDGET 20000

/* Sets the number of workers (before the first task starts; default: the
 * online CPUs, or ATOLL_WORKERS). */
void sched_set_workers(int n);
int sched_workers(void);
int64_t sched_now(void);                       /* monotonic nanoseconds */

/* The interpreter registry. */
void sched_add_interp(Interp *in);
/* Marks in destroyed and unlists it, unless it has live tasks (false). */
bool sched_remove_interp(Interp *in);
Value sched_interp_list(Task *t);              /* list of the live interpreters */
Interp *sched_interp_by_id(int64_t id);

/* Starts a task made with task_new: its start function runs first. False,
 * and nothing started, when its interpreter has been destroyed (checked with
 * the scheduler's lock held, as sched_remove_interp checks for tasks). */
bool sched_spawn(Task *t);
/* Called (once per deadlock, on a worker) with a report when every task
 * waits and nothing can wake one; NULL: nobody looks. */
void sched_set_deadlock_handler(void (*handler)(void *ud, const char *report), void *ud);

/* Waiting, for built-ins: call sched_begin_wait before the waiter becomes
 * visible to others, then sched_wait. sched_wait returns V_PARK when the
 * task can park (return it straight to the evaluator), else blocks the
 * thread and returns what sched_wake delivered (0 with the exception set).
 * deadline: sched_now()-based, or -1. */
void sched_begin_wait(Task *t, const char *what, Value obj);
Value sched_wait(Task *t, int64_t deadline);
/* Wakes a waiting task with a value or an exception (exc non-zero). False
 * when it was not waiting any more (a timeout won). Any thread. */
bool sched_wake(Task *t, Value value, Value exc);
/* Can a built-in called now park its task (rather than block the thread)? */
bool sched_can_park(Task *t);
/* Does any other task want a worker? (the evaluator's yield test) */
bool sched_others_waiting(void);
/* Whether another task of t's interpreter is runnable (read without the lock). */
bool sched_runnable_here(Task *t);

/* time.sleep: parks the task for secs seconds (or blocks the thread).
 * Returns V_PARK or None. */
Value sched_sleep(Task *t, double secs);

/* signal.pause(): waits until runtime/sigs.c ends the wait, when a signal
 * with a Python handler came. Returns V_PARK or None. */
Value sched_pause(Task *t);
/* For runtime/sigs.c: is t waiting (1), in pause() (2), ended (-1), or
 * else (0: new, runnable, running)? */
int sched_wait_kind(Task *t);
/* Ends t's wait, as its timeout would (a no-op when it does not wait);
 * with exc, that is what the wait raises instead. A waker that came at the
 * same moment may have its value dropped. Called with t's interpreter
 * owned by the caller, so that t cannot run in between. */
void sched_interrupt_wait(Task *t, Value exc);

/* Has t not ended yet? How many started tasks of in have not? (Any thread.) */
bool sched_task_alive(Task *t);
int sched_live_tasks(Interp *in);

/* A task ended (the evaluator's driver calls it): wakes those joining it. */
void sched_task_done(Task *t);
/* join() and result(): waits until t has ended (timeout: deadline). Returns
 * V_PARK, or what the waiter gets: None for join, task_outcome's for result. */
Value sched_join(Task *self, Task *t, int64_t deadline, bool want_result);
/* What result() gives a waiter of an ended task (island.c). */
void task_outcome(Task *done, Task *waiter, Value *value, Value *exc);
/* Prepares a finished task's outcome for other islands (island.c). */
void task_finish(Task *t, Value result);

/* --- for the embedding API (vm/api.c), where the host's threads are not
 * workers: they start the pool, take interpreters to run code on their own
 * thread, and wait for the tasks to end. */

/* Starts the worker threads for a host (whose threads are not workers);
 * false when they run already (for another host). */
bool sched_start(void);
/* Waits until no task is live (deadline as for sched_wait, -1: no limit);
 * false when the deadline passed first. */
bool sched_wait_idle(int64_t deadline);
/* With no live task: stops and joins the workers, forgets every interpreter
 * (marked destroyed) and restarts the ids, so that the scheduler can start
 * afresh. False, changing nothing, while a task is live. */
bool sched_shutdown(void);
/* Takes the interpreter for the calling thread, as a worker takes it: waits
 * until no worker and no other thread owns it (a worker running its tasks
 * gives it up at the next yield point: waiters count as others waiting).
 * False at once when the calling thread owns it already (it would wait for
 * itself). */
bool sched_acquire(Interp *in);
/* Gives the interpreter back; its runnable tasks go to the workers. */
void sched_release(Interp *in);

#endif
