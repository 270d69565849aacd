/* atoll.h - the embedding API of libatoll: atoll as a parallel scripting
 * engine inside a C program, in the spirit of Lua's C API.
 *
 * A host opens one runtime (the worker threads that run Python tasks),
 * creates interpreters in it (islands: each has its own modules, globals and
 * objects, and its own lock), runs source or files in them, calls Python
 * functions, converts values, registers modules of C functions that scripts
 * import, and talks to running scripts through channels. Nothing here exits
 * the process, aborts on bad input or prints: every function reports failure
 * by its return value, and Python output goes where the host says. (A
 * script's os._exit() does end the process, as in CPython; sys.exit() is
 * an exception like any other.)
 *
 * STATUS. Functions that can fail in several ways return an int status:
 * ATOLL_OK (0) or one of the ATOLL_E* codes below. A Python exception gives
 * ATOLL_EXCEPTION, and atoll_error_type/message/traceback describe it.
 * Functions that make a handle return it, or NULL when they fail.
 *
 * VALUES. An atoll_value is a handle the host owns: it keeps its Python
 * object alive (for the garbage collector) until atoll_release. A value
 * belongs either to one interpreter (what a script made: functions,
 * instances, its lists and dicts) or to the host (what atoll_new_* made, and
 * every immutable value: None, bool, int, float, str, bytes, tuples of
 * those, channels). Values cross between the host and interpreters by the
 * rules islands use (SPEC §4): immutable values and channels are shared as
 * they are; a list or dict given to another interpreter than its own is
 * deep-copied; anything else cannot cross (ATOLL_ENOTSHAREABLE). So a host
 * list passed to a script arrives as the script's own copy, and a function
 * of one interpreter cannot be called in another.
 *
 * THREADS. atoll uses the Boehm collector, which must know every thread that
 * touches its objects: the thread that calls atoll_open is registered; any
 * other host thread calls atoll_thread_attach before its first atoll call
 * and atoll_thread_detach before it ends. Then:
 *  - Values, channels and tasks may be used from any attached thread. An
 *    immutable value may be read by several threads at once; a host list or
 *    dict is the host's data like any C structure (one thread at a time);
 *    a list or dict of an interpreter is read and changed under that
 *    interpreter's lock, which the call takes itself.
 *  - Calls that run in an interpreter (exec, eval, call, getattr, globals,
 *    import, spawning tasks) take its lock: they wait until no worker and no
 *    other thread runs that interpreter's code, run on the calling thread,
 *    and give the lock back. Other interpreters keep running in parallel.
 *    Python code a host call runs cannot park on the host's thread: a
 *    channel wait in it blocks the thread (the interpreter is released
 *    meanwhile, so its other tasks go on).
 *  - Channel operations may come from any attached thread at any time,
 *    also while scripts run; a blocking one blocks only the calling thread
 *    (which is not a task and owns no interpreter while it waits).
 *  - C functions of registered modules run without their interpreter's
 *    lock (as Lua unlocks around C functions): they may call any function
 *    of this API, block on channels, or wait for tasks. A C function that
 *    blocks keeps its worker thread meanwhile (other tasks, of its own
 *    interpreter too, run on the other workers): with one worker, nothing
 *    else runs until it returns.
 *  - Output callbacks (atoll_config.write_*) run while the printing
 *    interpreter is locked: they must not call this API for that
 *    interpreter (the call would return ATOLL_EMISUSE).
 *  - A handle may not be used after it is released, nor after atoll_close.
 * Debug builds (without NDEBUG) check these rules as Lua's lua_lock does:
 * a call from a thread that is not attached gives ATOLL_EMISUSE, and the
 * interpreter's lock is asserted wherever its objects are touched.
 */
#ifndef ATOLL_H
#define ATOLL_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* What the shared library exports (everything else in it is hidden). */
#if defined(__GNUC__)
#define ATOLL_API __attribute__((visibility("default")))
#else
#define ATOLL_API
#endif

#define ATOLL_VERSION_MAJOR 0
#define ATOLL_VERSION_MINOR 1
#define ATOLL_VERSION_PATCH 0

/* The library's version, "MAJOR.MINOR.PATCH". */
ATOLL_API const char *atoll_version(void);

typedef struct atoll_runtime atoll_runtime;  /* the worker pool and every interpreter */
typedef struct atoll_interp atoll_interp;    /* one interpreter (island) */
typedef struct atoll_value atoll_value;      /* a Python value the host holds */
typedef struct atoll_channel atoll_channel;  /* a channel the host holds */
typedef struct atoll_task atoll_task;        /* a task the host started */

/* ---- status codes ---------------------------------------------------------- */

enum {
    ATOLL_OK = 0,
    ATOLL_EXCEPTION,     /* Python code raised: see atoll_error_*() of the interpreter */
    ATOLL_ETYPE,         /* a value is not of the type the call needs */
    ATOLL_ERANGE,        /* a number does not fit in the C type, or an index is out of range */
    ATOLL_ENOTFOUND,     /* no such global, key or attribute; the end of a dict */
    ATOLL_ENOTSHAREABLE, /* the value cannot cross into another interpreter */
    ATOLL_ECLOSED,       /* the channel is closed (and drained, for a receive) */
    ATOLL_EPOISONED,     /* the channel is poisoned */
    ATOLL_ETIMEOUT,      /* the wait timed out (with timeout 0: it would have waited) */
    ATOLL_EBUSY,         /* tasks still run, or the thing already exists */
    ATOLL_EINVAL,        /* a bad argument: NULL, invalid UTF-8 or number text, a destroyed interpreter */
    ATOLL_ENOMEM,        /* out of memory */
    ATOLL_EMISUSE,       /* a thread rule was broken (see THREADS above) */
};

/* A short English description of a status code ("ok", "wrong type", ...). */
ATOLL_API const char *atoll_status_string(int status);

/* ---- the runtime ------------------------------------------------------------- */

/* Receives output written to sys.stdout or sys.stderr (UTF-8, not
 * NUL-terminated), line by line or on flush. Calls for one stream never
 * overlap, but may come from any thread that runs Python code. */
typedef void (*atoll_write_fn)(void *ud, const char *data, size_t len);

/* Receives the report (one line per task) when every task waits and nothing
 * can wake one. Called on a worker thread; the tasks stay blocked. */
typedef void (*atoll_deadlock_fn)(void *ud, const char *report);

/* Options for atoll_open. A zeroed struct means every default. */
typedef struct atoll_config {
    int workers;              /* worker threads; 0: $ATOLL_WORKERS, else one per online CPU */
    int recursion_limit;      /* sys.getrecursionlimit() of new interpreters; 0: 1000 */
    const char *const *path;  /* NULL-terminated directories every interpreter's sys.path starts with */
    atoll_write_fn write_stdout;  /* NULL: the process's stdout */
    atoll_write_fn write_stderr;  /* NULL: the process's stderr */
    void *write_ud;               /* passed to both */
    atoll_deadlock_fn on_deadlock;/* NULL: deadlocks are not looked for (the host may still wake tasks) */
    void *deadlock_ud;
    int optimize;             /* as python -O (1) or -OO (2 or more): asserts dropped, __debug__
                                 False, from 2 on docstrings too; 0: none; < 0: ATOLL_EINVAL */
} atoll_config;

/* Opens the runtime (cfg may be NULL for the defaults) and stores it in *out.
 * One runtime at a time per process: ATOLL_EBUSY while one is open. The
 * calling thread is attached. */
ATOLL_API int atoll_open(const atoll_config *cfg, atoll_runtime **out);

/* Closes the runtime: destroys every interpreter, stops the workers, frees
 * what the runtime holds; every handle becomes invalid. Fails with
 * ATOLL_EBUSY, changing nothing, while any task is still running or
 * waiting (join your tasks, or close their channels, first). Call it from
 * the thread that opened the runtime, when no other thread is inside an
 * atoll call. Destroying the interpreters finalizes them as CPython does at
 * exit, on the calling thread: each one's atexit callbacks run (last
 * registered first; a failing one is reported on its sys.stderr and the
 * others go on), then its sys.stdout and sys.stderr are flushed; the
 * interpreters in the order they were created, so the main one (the first)
 * before the others. If a callback starts a task that is still live then,
 * the call fails with ATOLL_EBUSY after all (the callbacks have run: they
 * do not run again). */
ATOLL_API int atoll_close(atoll_runtime *rt);

/* Waits until no task of any interpreter is running or waiting, or timeout
 * seconds (< 0: no limit). ATOLL_OK or ATOLL_ETIMEOUT. */
ATOLL_API int atoll_wait_idle(atoll_runtime *rt, double timeout);

/* Registers the calling thread with the collector (see THREADS): before a
 * thread other than the opener makes its first atoll call. Attaching an
 * attached thread does nothing. */
ATOLL_API int atoll_thread_attach(atoll_runtime *rt);
/* Unregisters it: after its last atoll call, before it exits. */
ATOLL_API int atoll_thread_detach(atoll_runtime *rt);

/* ---- interpreters ------------------------------------------------------------ */

/* A new interpreter with its own builtins, sys and __main__; name (may be
 * NULL) is what subinterpreters shows. The first one of a runtime is the
 * main interpreter (id 0). NULL when memory runs out or rt is NULL. */
ATOLL_API atoll_interp *atoll_interp_new(atoll_runtime *rt, const char *name);

/* Destroys an interpreter: ATOLL_EBUSY while it has tasks running or
 * waiting (or a C function of it runs). Otherwise it is finalized first, on
 * the calling thread, as atoll_close does: its atexit callbacks run, then
 * its output is flushed (ATOLL_EBUSY if a callback left a task running; the
 * callbacks do not run again). The handle is invalid afterwards; values it
 * owned stay readable while the host holds them. */
ATOLL_API int atoll_interp_destroy(atoll_interp *in);

/* The interpreter's id (subinterpreters' Subinterpreter.id), -1 for NULL. */
ATOLL_API int64_t atoll_interp_id(atoll_interp *in);

/* Sets sys.argv to the argc strings of argv. */
ATOLL_API int atoll_set_argv(atoll_interp *in, int argc, const char *const *argv);

/* ---- running code ------------------------------------------------------------ */

/* Length argument meaning "up to the terminating NUL". */
#define ATOLL_NTS ((size_t)-1)

/* Runs source text (len bytes, or ATOLL_NTS) as statements in the
 * interpreter's __main__ module, on the calling thread, until it ends.
 * filename is what tracebacks show (NULL: "<string>"). A syntax error or an
 * uncaught exception (SystemExit too) gives ATOLL_EXCEPTION. */
ATOLL_API int atoll_exec(atoll_interp *in, const char *src, size_t len, const char *filename);

/* Runs a file as atoll_exec does, with __main__.__file__ set to path.
 * ATOLL_ENOTFOUND when it cannot be read. */
ATOLL_API int atoll_exec_file(atoll_interp *in, const char *path);

/* Evaluates one expression in __main__'s namespace; *result gets its value. */
ATOLL_API int atoll_eval(atoll_interp *in, const char *expr, atoll_value **result);

/* Runs one entry typed at an interactive prompt (a statement, or a block
 * ended by an empty line) in __main__, as CPython's >>> does: the value of
 * an expression statement is printed with repr() and kept in builtins._.
 * Tracebacks name the file "<stdin>". */
ATOLL_API int atoll_exec_interactive(atoll_interp *in, const char *src, size_t len);

/* Asks the interpreter's running code to raise KeyboardInterrupt, as Ctrl-C
 * does in CPython; it is noticed in loops (a task parked on a channel or in
 * sleep() notices nothing until it runs again). Safe in a signal handler.
 * Returns 1 when an earlier request is still unnoticed, else 0. */
ATOLL_API int atoll_interrupt(atoll_interp *in);

/* Starts source text in __main__ as a new task of the interpreter: it runs
 * on the worker threads, in parallel with the host and with other
 * interpreters, and the call returns at once. The text is compiled first,
 * so a syntax error is reported here (ATOLL_EXCEPTION, no task). name (may
 * be NULL) is the task's name; *out gets the task. */
ATOLL_API int atoll_spawn(atoll_interp *in, const char *src, size_t len, const char *filename,
                          const char *name, atoll_task **out);

/* Starts fn(*argv) as a new task of the interpreter fn belongs to, which must
 * be in. Arguments cross into it as described under VALUES. */
ATOLL_API int atoll_spawn_call(atoll_interp *in, atoll_value *fn, size_t argc, atoll_value *const *argv,
                               atoll_task **out);

/* Waits for the task to end, blocking the calling thread (never a worker),
 * for at most timeout seconds (< 0: no limit; ATOLL_ETIMEOUT). *result (may
 * be NULL) gets the value a function task returned, None for source. When
 * the task raised, ATOLL_EXCEPTION, and its interpreter's atoll_error_*
 * describe the exception. A task may be joined many times. */
ATOLL_API int atoll_task_join(atoll_task *task, double timeout, atoll_value **result);

/* 1 when the task has ended, else 0. */
ATOLL_API int atoll_task_done(atoll_task *task);

/* Lets go of a task handle (the task itself runs on). NULL is ignored. */
ATOLL_API void atoll_task_release(atoll_task *task);

/* ---- globals, attributes, calls ----------------------------------------------- */

/* The global `name` of __main__; ATOLL_ENOTFOUND when it is not set. */
ATOLL_API int atoll_get_global(atoll_interp *in, const char *name, atoll_value **out);

/* Sets the global `name` of __main__ to v (crossing in as under VALUES). */
ATOLL_API int atoll_set_global(atoll_interp *in, const char *name, atoll_value *v);

/* Imports a module (dotted names too) in the interpreter: *out gets it. */
ATOLL_API int atoll_import(atoll_interp *in, const char *module, atoll_value **out);

/* getattr(obj, name) in the interpreter; ATOLL_ENOTFOUND for AttributeError. */
ATOLL_API int atoll_getattr(atoll_interp *in, atoll_value *obj, const char *name, atoll_value **out);

/* Calls fn(*argv) in the interpreter, on the calling thread; *result (may be
 * NULL) gets the return value. fn must belong to in, or be a host value
 * (which is then not callable: ATOLL_ETYPE). */
ATOLL_API int atoll_call(atoll_interp *in, atoll_value *fn, size_t argc, atoll_value *const *argv,
                         atoll_value **result);

/* str(v) and repr(v), computed in the interpreter, as str values. */
ATOLL_API int atoll_str_of(atoll_interp *in, atoll_value *v, atoll_value **out);
ATOLL_API int atoll_repr(atoll_interp *in, atoll_value *v, atoll_value **out);

/* ---- values ---------------------------------------------------------------------- */

/* What atoll_typeof answers: exact built-in types (an instance of a
 * subclass of int or list is ATOLL_TOTHER). */
enum {
    ATOLL_TNONE, ATOLL_TBOOL, ATOLL_TINT, ATOLL_TFLOAT, ATOLL_TSTR, ATOLL_TBYTES,
    ATOLL_TLIST, ATOLL_TTUPLE, ATOLL_TDICT, ATOLL_TCHANNEL, ATOLL_TOTHER,
};
ATOLL_API int atoll_typeof(atoll_value *v);
/* The Python type's name ("int", "MyClass"); valid while v is held. */
ATOLL_API const char *atoll_type_name(atoll_value *v);

/* New host values. NULL when memory runs out, or for invalid text (a str
 * must be valid UTF-8; a decimal string may have a sign and any number of
 * digits). Strings are copied. */
ATOLL_API atoll_value *atoll_new_none(atoll_runtime *rt);
ATOLL_API atoll_value *atoll_new_bool(atoll_runtime *rt, int b);
ATOLL_API atoll_value *atoll_new_int(atoll_runtime *rt, int64_t n);
ATOLL_API atoll_value *atoll_new_int_str(atoll_runtime *rt, const char *decimal);
ATOLL_API atoll_value *atoll_new_float(atoll_runtime *rt, double d);
ATOLL_API atoll_value *atoll_new_str(atoll_runtime *rt, const char *utf8, size_t len);
ATOLL_API atoll_value *atoll_new_bytes(atoll_runtime *rt, const void *data, size_t len);
/* A tuple of n items (immutable: items of interpreters are copied as when
 * they cross; NULL when one cannot be shared). */
ATOLL_API atoll_value *atoll_new_tuple(atoll_runtime *rt, size_t n, atoll_value *const *items);
ATOLL_API atoll_value *atoll_new_list(atoll_runtime *rt);
ATOLL_API atoll_value *atoll_new_dict(atoll_runtime *rt);

/* A second handle to the same object (the two are released separately). */
ATOLL_API atoll_value *atoll_dup(atoll_value *v);
/* Lets go of a value handle. NULL is ignored; so are the argument handles a
 * C function receives (they belong to the call). */
ATOLL_API void atoll_release(atoll_value *v);

/* Reading values: ATOLL_ETYPE when v is not of the type asked for. Pointers
 * handed out stay valid while v is held. */
ATOLL_API int atoll_to_bool(atoll_value *v, int *out);                 /* bool */
ATOLL_API int atoll_to_int(atoll_value *v, int64_t *out);              /* int or bool; ATOLL_ERANGE beyond 64 bits */
ATOLL_API int atoll_to_int_str(atoll_value *v, const char **decimal);  /* int or bool, any size */
ATOLL_API int atoll_to_float(atoll_value *v, double *out);             /* float, or an int (ATOLL_ERANGE if too big) */
ATOLL_API int atoll_to_str(atoll_value *v, const char **utf8, size_t *len);          /* str; len may be NULL */
ATOLL_API int atoll_to_bytes(atoll_value *v, const void **data, size_t *len);        /* bytes */

/* Containers. len: items of a list, tuple or dict, code points of a str,
 * bytes of bytes. Changing a list or dict of an interpreter takes its lock;
 * an item stored into one crosses in as under VALUES. */
ATOLL_API int atoll_len(atoll_value *v, size_t *out);
ATOLL_API int atoll_get_item(atoll_value *seq, size_t i, atoll_value **out);         /* list or tuple */
ATOLL_API int atoll_list_append(atoll_value *list, atoll_value *item);
ATOLL_API int atoll_list_set(atoll_value *list, size_t i, atoll_value *item);
/* d[key]: ATOLL_ENOTFOUND when absent; ATOLL_EXCEPTION when hashing or
 * comparing raised (in an interpreter's dict: its error describes it). */
ATOLL_API int atoll_dict_get(atoll_value *dict, atoll_value *key, atoll_value **out);
ATOLL_API int atoll_dict_set(atoll_value *dict, atoll_value *key, atoll_value *value);
/* Iterates a dict in order: start with *pos = 0; each call gives the next
 * key and value and advances *pos; ATOLL_ENOTFOUND after the last. */
ATOLL_API int atoll_dict_next(atoll_value *dict, size_t *pos, atoll_value **key, atoll_value **value);

/* ---- errors ---------------------------------------------------------------------- */

/* The last exception of a call into this interpreter (or of a joined task
 * of it): the type's name ("ValueError"), str() of the exception, and the
 * traceback as CPython prints it ("Traceback (most recent call last):...",
 * the last line "ValueError: message"). NULL when there is none. The text
 * stays valid until the next error of the interpreter is recorded; when
 * several threads call into one interpreter, copy it right away. */
ATOLL_API const char *atoll_error_type(atoll_interp *in);
ATOLL_API const char *atoll_error_message(atoll_interp *in);
ATOLL_API const char *atoll_error_traceback(atoll_interp *in);
/* The exception object itself (a value of the interpreter). */
ATOLL_API int atoll_error_value(atoll_interp *in, atoll_value **out);
/* 1 when the last error is an instance of the built-in exception type_name
 * ("OSError", "SystemExit", also the subinterpreters errors such as
 * "ChannelClosed"), a subclass's included; else 0. */
ATOLL_API int atoll_error_matches(atoll_interp *in, const char *type_name);
/* Forgets the last error. */
ATOLL_API void atoll_error_clear(atoll_interp *in);

/* ---- modules of C functions ----------------------------------------------------- */

/* A C function scripts call. argv holds argc argument handles, valid during
 * the call only (atoll_dup one to keep it). Return ATOLL_OK with *result
 * set to a value (the call takes it over and releases it; leave it NULL
 * for None), or an error: `return atoll_raise(in, "ValueError", "...")`
 * raises that exception in the script; ATOLL_EXCEPTION from a failed call
 * into the same interpreter re-raises that exception; another status
 * raises a matching exception (ATOLL_ETYPE: TypeError...). in is the
 * calling interpreter; ud the pointer given at registration. Keyword
 * arguments are refused with TypeError. */
typedef int (*atoll_cfunc)(atoll_interp *in, size_t argc, atoll_value **argv,
                           atoll_value **result, void *ud);

typedef struct atoll_function {
    const char *name;
    atoll_cfunc fn;
} atoll_function;

/* Registers a module every interpreter of the runtime can import (each
 * makes its own module object on its first import). fns ends with an entry
 * whose name is NULL; the table and names are copied. Built-in modules
 * come first: a host module cannot replace one. ATOLL_EBUSY when the name
 * is already registered. */
ATOLL_API int atoll_register_module(atoll_runtime *rt, const char *name, const atoll_function *fns, void *ud);

/* In a C function: makes the call raise type_name (a built-in exception
 * as atoll_error_matches names them; an unknown name gives RuntimeError)
 * with message (may be NULL), and returns ATOLL_EXCEPTION, for the function
 * to return. ATOLL_EMISUSE outside a C function call of that interpreter
 * on this thread. */
ATOLL_API int atoll_raise(atoll_interp *in, const char *type_name, const char *message);

/* ---- channels ---------------------------------------------------------------------- */

/* A new channel: capacity 0 is a rendezvous (a send waits for a receiver),
 * n buffers n values. NULL when memory runs out. */
ATOLL_API atoll_channel *atoll_channel_new(atoll_runtime *rt, size_t capacity);
/* Lets go of a channel handle (scripts holding the channel keep it). */
ATOLL_API void atoll_channel_release(atoll_channel *ch);
/* The channel as a value, to hand to scripts (set_global, call arguments...). */
ATOLL_API atoll_value *atoll_channel_value(atoll_channel *ch);
/* The channel a value holds (a channel a script made): a new handle. */
ATOLL_API int atoll_to_channel(atoll_value *v, atoll_channel **out);

/* Sends v (it crosses as under VALUES: lists and dicts are copied). timeout
 * in seconds: < 0 waits as long as it takes, 0 does not wait. Any thread.
 * ATOLL_ECLOSED, ATOLL_EPOISONED, ATOLL_ETIMEOUT, ATOLL_ENOTSHAREABLE. */
ATOLL_API int atoll_send(atoll_channel *ch, atoll_value *v, double timeout);
/* Receives the next value into *out (a host value). Any thread.
 * ATOLL_ECLOSED once closed and drained, ATOLL_EPOISONED, ATOLL_ETIMEOUT. */
ATOLL_API int atoll_recv(atoll_channel *ch, double timeout, atoll_value **out);
/* close(): receivers drain what was sent, then get ATOLL_ECLOSED (scripts:
 * ChannelClosed); senders fail at once. ATOLL_EPOISONED on a poisoned
 * channel, as every operation after poison(). */
ATOLL_API int atoll_channel_close(atoll_channel *ch);
/* poison(): every blocked and later operation fails at once. */
ATOLL_API int atoll_channel_poison(atoll_channel *ch);

/* ---- the command line ---------------------------------------------------------- */

/* Runs the atoll command line (`atoll [option] ... [-c cmd | file | -] [arg] ...`)
 * and returns the process exit status: 0, 1 after an uncaught exception, the
 * SystemExit code, or 2 for a bad command line. It opens and closes its own
 * runtime. */
ATOLL_API int atoll_main(int argc, char **argv);

#ifdef __cplusplus
}
#endif

#endif
