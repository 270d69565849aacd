/* sigs.h - process signals and the Python handlers of the main interpreter.
 *
 * A signal reaches the process, not an interpreter. The C-level handler
 * (installed by signal.signal for a Python callable) only trips a flag for
 * the signal and sets INTR_SIGNALS in the main interpreter's `interrupted`
 * word, atomically; the evaluator's periodic check (sig_check) then calls
 * the Python handlers. As CPython's handlers run in the main thread only,
 * atoll's run in the main interpreter's main task (Interp.main_task: the
 * task running __main__'s code, the script's or the prompt's), at its
 * periodic check. When that task waits instead (sleep, channel, join,
 * pause) or has ended, a watcher thread, woken by the C handler through a
 * semaphore, runs the handlers on a task of its own and raises what they
 * raise in the main task's wait (see deliver in sigs.c).
 */
#ifndef ATOLL_SIGS_H
#define ATOLL_SIGS_H

#include <signal.h>
#include "interp.h"

/* Signal numbers are 1 .. SIG_COUNT - 1 (CPython's NSIG on Linux: 65). */
#define SIG_COUNT 65

/* The evaluator's check, when t's interpreter has `interrupted` bits set:
 * KeyboardInterrupt for atoll_interrupt (any task), else the Python
 * handlers of the pending signals when t may run them. False with the
 * exception a handler raised. */
bool sig_check(Task *t);
/* Can t set and run Python signal handlers? (the main interpreter's main
 * task, or a task of a host thread in it) */
bool sig_can_handle(Task *t);
/* Makes t's interpreter the one that gets signals (the main interpreter,
 * when it imports the signal module), starts the watcher thread and makes
 * the table of handlers from the present dispositions, as CPython does at
 * start-up: SIGINT caught by the command line's handler is int_handler
 * (default_int_handler). */
void sig_set_target(Task *t, Value int_handler);
/* Wakes the watcher thread, if it runs: async-signal-safe (atoll_interrupt). */
void sig_wake(void);
/* Installs the C-level disposition of sig for handler: SIG_DFL (0),
 * SIG_IGN (1) or a callable (the flag-setting handler); records handler in
 * the interpreter's table. Returns the previous handler (0 and OSError
 * when the system refuses, as for SIGKILL). */
Value sig_install(Task *t, int sig, Value handler);
/* The handler recorded for sig: the main interpreter's table, or what the
 * C-level disposition says (SIG_DFL, SIG_IGN, None) elsewhere. */
Value sig_handler_of(Task *t, int sig);
/* After a signal sent to the process by a task on a worker (which blocks
 * the signals handlers want, so the host's thread gets it): waits, a
 * second at most, until the C-level handler has seen sig, so that its
 * Python handler runs right after the call as in CPython. Nothing when sig
 * has no Python handler. */
void sig_await(int sig);
/* set_wakeup_fd's descriptor (-1: none); returns the previous one. */
int sig_set_wakeup_fd(int fd);

#endif
