/* test_api_module.c - modules of C functions: importing them, arguments
 * and results, user data, raising, failing statuses, calling back into
 * Python (recursion included), the interpreter's lock released while a C
 * function runs, and C functions called from many interpreters at once. */
#include <pthread.h>
#include "check.h"

static atoll_runtime *rt;

typedef struct Counter {
    pthread_mutex_t lock;
    long calls;
} Counter;

/* add(a, b): ints, or TypeError through a status */
static int c_add(atoll_interp *in, size_t argc, atoll_value **argv, atoll_value **result, void *ud)
{
    Counter *c = ud;
    pthread_mutex_lock(&c->lock);
    c->calls++;
    pthread_mutex_unlock(&c->lock);
    if (argc != 2) return atoll_raise(in, "TypeError", "add() takes 2 arguments");
    int64_t a, b;
    int st = atoll_to_int(argv[0], &a);
    if (!st) st = atoll_to_int(argv[1], &b);
    if (st) return st;
    *result = atoll_new_int(rt, a + b);
    return ATOLL_OK;
}

/* first(seq): the first item of a list or tuple (an argument of the
 * interpreter's own, read under its lock) */
static int c_first(atoll_interp *in, size_t argc, atoll_value **argv, atoll_value **result, void *ud)
{
    if (argc != 1) return atoll_raise(in, "TypeError", NULL);
    return atoll_get_item(argv[0], 0, result);
}

/* same(x): its argument back (a borrowed handle may be the result) */
static int c_same(atoll_interp *in, size_t argc, atoll_value **argv, atoll_value **result, void *ud)
{
    atoll_release(argv[0]);                                   /* ignored: the call owns it */
    *result = argv[0];
    return ATOLL_OK;
}

/* apply(f, x): f(x) called back in the interpreter */
static int c_apply(atoll_interp *in, size_t argc, atoll_value **argv, atoll_value **result, void *ud)
{
    if (argc != 2) return atoll_raise(in, "TypeError", "apply(f, x)");
    return atoll_call(in, argv[0], 1, &argv[1], result);
}

/* status(n): fails with status n */
static int c_status(atoll_interp *in, size_t argc, atoll_value **argv, atoll_value **result, void *ud)
{
    int64_t n = 0;
    atoll_to_int(argv[0], &n);
    return (int)n;
}

/* make(): a host list, which the script gets as its own */
static int c_make(atoll_interp *in, size_t argc, atoll_value **argv, atoll_value **result, void *ud)
{
    atoll_value *l = atoll_new_list(rt), *x = atoll_new_str(rt, "made", ATOLL_NTS);
    atoll_list_append(l, x);
    atoll_release(x);
    *result = l;
    return ATOLL_OK;
}

/* wait(ch): receives from a channel, blocking this thread only */
static int c_wait(atoll_interp *in, size_t argc, atoll_value **argv, atoll_value **result, void *ud)
{
    atoll_channel *ch;
    int st = atoll_to_channel(argv[0], &ch);
    if (st) return st;
    st = atoll_recv(ch, 10, result);
    atoll_channel_release(ch);
    return st;
}

/* setglobal(name, v): sets a global of the calling interpreter */
static int c_setglobal(atoll_interp *in, size_t argc, atoll_value **argv, atoll_value **result, void *ud)
{
    const char *name;
    int st = atoll_to_str(argv[0], &name, NULL);
    return st ? st : atoll_set_global(in, name, argv[1]);
}

static const atoll_function fns[] = {
    {"add", c_add}, {"first", c_first}, {"same", c_same}, {"apply", c_apply}, {"status", c_status},
    {"make", c_make}, {"wait", c_wait}, {"setglobal", c_setglobal}, {NULL, NULL},
};

static void test_calls(atoll_interp *in, Counter *counter)
{
    CHECK_OK(atoll_exec(in, "import native\nr = native.add(40, 2)\n", ATOLL_NTS, NULL));
    CHECK(eval_int(in, "r") == 42);
    CHECK(counter->calls == 1);
    CHECK(eval_int(in, "native.first([7, 8])") == 7);
    CHECK(eval_int(in, "native.first((9,))") == 9);
    CHECK(eval_int(in, "native.same(12345678901234567890) == 12345678901234567890") == 1);
    CHECK_OK(atoll_exec(in, "x = [1]\nsame_ok = native.same(x) is x\n", ATOLL_NTS, NULL));
    CHECK(eval_int(in, "same_ok") == 1);
    CHECK(eval_int(in, "native.make() == ['made']") == 1);
    CHECK(eval_int(in, "native.status(0) is None") == 1);
    CHECK(eval_int(in, "native.apply(lambda v: v * 3, 14)") == 42);
    CHECK(eval_int(in, "native.setglobal('g', 5) or g") == 5);
    atoll_value *rep;
    CHECK_OK(atoll_eval(in, "repr(native.add)", &rep));
    CHECK_STR(str_of(rep), "<built-in function add>");
    atoll_release(rep);

    /* raising: atoll_raise, a status, an exception from a call back */
    CHECK_ST(atoll_exec(in, "native.add(1)", ATOLL_NTS, NULL), ATOLL_EXCEPTION);
    CHECK_STR(atoll_error_type(in), "TypeError");
    CHECK_STR(atoll_error_message(in), "add() takes 2 arguments");
    CHECK_ST(atoll_exec(in, "native.add(1, 'two')", ATOLL_NTS, NULL), ATOLL_EXCEPTION);
    CHECK_STR(atoll_error_type(in), "TypeError");
    CHECK_STR(atoll_error_message(in), "add(): wrong type");
    CHECK_ST(atoll_exec(in, "native.first([])", ATOLL_NTS, NULL), ATOLL_EXCEPTION);
    CHECK_STR(atoll_error_type(in), "ValueError");
    CHECK_OK(atoll_exec(in,
                        "try:\n    native.apply(lambda v: {}[v], 'key')\nexcept KeyError as e:\n    caught = repr(e)\n",
                        ATOLL_NTS, NULL));
    atoll_value *caught;
    CHECK_OK(atoll_get_global(in, "caught", &caught));
    CHECK_STR(str_of(caught), "KeyError('key')");
    atoll_release(caught);
    CHECK_ST(atoll_exec(in, "native.status(1)", ATOLL_NTS, NULL), ATOLL_EXCEPTION);
    CHECK_STR(atoll_error_type(in), "SystemError");
    CHECK_ST(atoll_exec(in, "native.status(6)", ATOLL_NTS, NULL), ATOLL_EXCEPTION);
    CHECK_STR(atoll_error_type(in), "ChannelClosed");
    CHECK_ST(atoll_exec(in, "native.add(a=1, b=2)", ATOLL_NTS, NULL), ATOLL_EXCEPTION);
    CHECK_STR(atoll_error_message(in), "add() takes no keyword arguments");
    CHECK_ST(atoll_exec(in, "from native import nothing", ATOLL_NTS, NULL), ATOLL_EXCEPTION);
    CHECK_STR(atoll_error_type(in), "ImportError");

    /* recursion through C ends in RecursionError, with the traceback */
    CHECK_ST(atoll_exec(in, "def down(n):\n    return native.apply(down, n + 1)\ndown(0)\n", ATOLL_NTS, "rec.py"),
             ATOLL_EXCEPTION);
    CHECK_STR(atoll_error_type(in), "RecursionError");
    /* ... also when the limit is raised: the C stack guard stops it, on the
     * host's thread and on a worker */
    CHECK_ST(atoll_exec(in, "import sys\nsys.setrecursionlimit(1000000)\ndown(0)\n", ATOLL_NTS, "rec.py"),
             ATOLL_EXCEPTION);
    CHECK_STR(atoll_error_type(in), "RecursionError");
    atoll_task *t;
    CHECK_OK(atoll_spawn(in, "down(0)\n", ATOLL_NTS, "rec.py", NULL, &t));
    CHECK_ST(atoll_task_join(t, -1, NULL), ATOLL_EXCEPTION);
    CHECK_STR(atoll_error_type(in), "RecursionError");
    atoll_task_release(t);
    CHECK_OK(atoll_exec(in, "sys.setrecursionlimit(1000)\n", ATOLL_NTS, NULL));
    /* atoll_raise is for C functions only */
    CHECK_ST(atoll_raise(in, "ValueError", "x"), ATOLL_EMISUSE);
}

/* A C function that blocks releases its interpreter: another task of the
 * same interpreter runs meanwhile (and sends what it waits for). */
static void test_lock_released(atoll_interp *in)
{
    CHECK_OK(atoll_exec(in,
                        "import subinterpreters as si\n"
                        "ch = si.Channel()\n"
                        "def sender():\n    ch.send('from the other task')\n",
                        ATOLL_NTS, NULL));
    atoll_task *t;
    CHECK_OK(atoll_spawn(in, "got = native.wait(ch)\n", ATOLL_NTS, NULL, "waiter", &t));
    atoll_task *s;
    CHECK_OK(atoll_spawn(in, "sender()\n", ATOLL_NTS, NULL, "sender", &s));
    CHECK_OK(atoll_task_join(t, 20, NULL));
    CHECK_OK(atoll_task_join(s, 20, NULL));
    atoll_value *got;
    CHECK_OK(atoll_get_global(in, "got", &got));
    CHECK_STR(str_of(got), "from the other task");
    atoll_release(got);
    atoll_task_release(t);
    atoll_task_release(s);
}

/* Interpreters a script creates import host modules too; many call the same
 * C function in parallel. */
static void test_parallel(atoll_interp *in, Counter *counter)
{
    long before = counter->calls;
    CHECK_OK(atoll_exec(in,
                        "import subinterpreters as si\n"
                        "src = 'import native\\nfor i in range(500):\\n    native.add(i, 1)\\n'\n"
                        "subs = [si.create() for _ in range(4)]\n"
                        "tasks = [s.run(src) for s in subs]\n"
                        "for t in tasks:\n    t.join()\n"
                        "for s in subs:\n    s.destroy()\n",
                        ATOLL_NTS, NULL));
    CHECK(counter->calls - before == 2000);
}

int main(void)
{
    /* two workers at least: a C function that blocks keeps its worker */
    atoll_config cfg = {.workers = 2};
    CHECK_OK(atoll_open(&cfg, &rt));
    Counter counter = {.lock = PTHREAD_MUTEX_INITIALIZER};
    CHECK_OK(atoll_register_module(rt, "native", fns, &counter));
    CHECK_ST(atoll_register_module(rt, "native", fns, NULL), ATOLL_EBUSY);
    const atoll_function bad[] = {{"f", NULL}, {NULL, NULL}};
    CHECK_ST(atoll_register_module(rt, "bad", bad, NULL), ATOLL_EINVAL);
    CHECK_ST(atoll_register_module(rt, NULL, fns, NULL), ATOLL_EINVAL);
    atoll_interp *in = atoll_interp_new(rt, "main");
    test_calls(in, &counter);
    test_lock_released(in);
    test_parallel(in, &counter);
    CHECK_OK(atoll_interp_destroy(in));
    CHECK_OK(atoll_close(rt));
    return report_failures("test_api_module");
}
