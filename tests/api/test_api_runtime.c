/* test_api_runtime.c - the runtime: opening and closing (again), its
 * options (workers, recursion limit, module path, output callbacks,
 * deadlock reports), waiting for tasks, and the thread rules: host threads
 * calling into one interpreter take turns, a host call gets in while a task
 * of the interpreter loops, an output callback cannot call back in; the
 * host's signals reach the host's threads, never a worker; the atexit
 * callbacks run when interpreters are destroyed and at the close. */
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

static atoll_runtime *rt;

/* --- output callbacks ------------------------------------------------------ */

typedef struct Capture {
    pthread_mutex_t lock;
    char out[4096], err[4096];
    atoll_interp *in;          /* for the misuse check */
    int misuse;                /* what a call back in from the callback gave */
} Capture;

static void append(char *buf, const char *data, size_t len)
{
    size_t n = strlen(buf);
    if (n + len < 4095) {
        memcpy(buf + n, data, len);
        buf[n + len] = 0;
    }
}

static void on_out(void *ud, const char *data, size_t len)
{
    Capture *c = ud;
    pthread_mutex_lock(&c->lock);
    append(c->out, data, len);
    pthread_mutex_unlock(&c->lock);
    if (c->in) {
        atoll_value *v;
        c->misuse = atoll_get_global(c->in, "x", &v);
        c->in = NULL;
    }
}

static void on_err(void *ud, const char *data, size_t len)
{
    Capture *c = ud;
    pthread_mutex_lock(&c->lock);
    append(c->err, data, len);
    pthread_mutex_unlock(&c->lock);
}

static int deadlocks;

static void on_deadlock(void *ud, const char *report)
{
    __atomic_add_fetch(&deadlocks, 1, __ATOMIC_SEQ_CST);
    if (!strstr(report, "waiting on recv")) __atomic_add_fetch(&deadlocks, 100, __ATOMIC_SEQ_CST);
}

static void test_options(void)
{
    char dir[] = "/tmp/atoll_path_XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char file[64];
    snprintf(file, sizeof file, "%s/helper.py", dir);
    FILE *fp = fopen(file, "w");
    fputs("def hello():\n    return 'hello from helper'\n", fp);
    fclose(fp);

    Capture cap = {.lock = PTHREAD_MUTEX_INITIALIZER};
    const char *path[] = {dir, NULL};
    atoll_config cfg = {.workers = 3, .recursion_limit = 321, .path = path, .write_stdout = on_out,
                        .write_stderr = on_err, .write_ud = &cap, .on_deadlock = on_deadlock,
                        .optimize = 2};
    CHECK_OK(atoll_open(&cfg, &rt));
    atoll_runtime *second = (atoll_runtime *)1;
    CHECK_ST(atoll_open(NULL, &second), ATOLL_EBUSY);        /* one runtime at a time */
    CHECK(second == NULL);
    atoll_interp *in = atoll_interp_new(rt, "main");

    CHECK(eval_int(in, "__import__('sys').getrecursionlimit()") == 321);
    /* -OO: asserts and docstrings dropped, here and in the interpreters
     * scripts create */
    CHECK(eval_int(in, "__import__('sys').flags.optimize * 10 + __debug__") == 20);
    CHECK_OK(atoll_exec(in, "def f():\n    'doc'\n    assert False\nf()\nassert f.__doc__ is None\n", ATOLL_NTS, NULL));
    CHECK_OK(atoll_exec(in, "import subinterpreters as si\ns = si.create()\ns.exec('assert False')\ns.destroy()\n",
                        ATOLL_NTS, NULL));
    CHECK(eval_int(in, "__import__('helper').hello() == 'hello from helper'") == 1);
    CHECK_OK(atoll_exec(in,
                        "import sys\n"
                        "print('out', 1)\n"
                        "print('err', 2, file=sys.stderr)\n"
                        "sys.stdout.write('partial')\n"
                        "sys.stdout.flush()\n"
                        "import subinterpreters as si\n"
                        "s = si.create()\n"
                        "s.exec('print(\"from a subinterpreter\")')\n"
                        "s.destroy()\n",
                        ATOLL_NTS, NULL));
    CHECK_STR(cap.out, "out 1\npartialfrom a subinterpreter\n");
    CHECK_STR(cap.err, "err 2\n");

    /* an entry typed at a prompt: its value is echoed and kept in _ */
    cap.out[0] = 0;
    CHECK_OK(atoll_exec_interactive(in, "6 * 7\n", ATOLL_NTS));
    CHECK_OK(atoll_exec_interactive(in, "for i in range(2):\n    i\n\n", ATOLL_NTS));
    CHECK_STR(cap.out, "42\n0\n1\n");
    CHECK(eval_int(in, "_") == 1);
    CHECK_ST(atoll_exec_interactive(in, "1 +", ATOLL_NTS), ATOLL_EXCEPTION);
    CHECK_STR(atoll_error_type(in), "SyntaxError");
    CHECK(strstr(atoll_error_traceback(in), "File \"<stdin>\", line 1") != NULL);

    /* an output callback may not call back into the printing interpreter */
    CHECK_OK(atoll_exec(in, "x = 1", ATOLL_NTS, NULL));
    cap.in = in;
    CHECK_OK(atoll_exec(in, "print('again')", ATOLL_NTS, NULL));
    CHECK_ST(cap.misuse, ATOLL_EMISUSE);

    /* a deadlock is reported (once), and the host can still end it */
    atoll_channel *ch = atoll_channel_new(rt, 0);
    atoll_value *chv = atoll_channel_value(ch);
    CHECK_OK(atoll_set_global(in, "stuck", chv));
    atoll_task *t;
    CHECK_OK(atoll_spawn(in, "stuck.recv()\n", ATOLL_NTS, NULL, "stuck", &t));
    for (int i = 0; i < 200 && !__atomic_load_n(&deadlocks, __ATOMIC_SEQ_CST); i++) usleep(10000);
    usleep(20000);
    CHECK(deadlocks == 1);
    CHECK_ST(atoll_wait_idle(rt, 0.01), ATOLL_ETIMEOUT);
    CHECK_ST(atoll_close(rt), ATOLL_EBUSY);                 /* a task still waits */
    CHECK_OK(atoll_channel_poison(ch));
    CHECK_ST(atoll_task_join(t, -1, NULL), ATOLL_EXCEPTION);
    CHECK_STR(atoll_error_type(in), "ChannelPoisoned");
    CHECK_OK(atoll_wait_idle(rt, -1));
    atoll_task_release(t);
    atoll_release(chv);
    atoll_channel_release(ch);
    CHECK_OK(atoll_close(rt));

    unlink(file);
    char cache[80];
    snprintf(cache, sizeof cache, "%s/__pycache__", dir);
    rmdir(cache);
    rmdir(dir);
}

/* --- threads ----------------------------------------------------------------- */

typedef struct Caller {
    atoll_interp *in;
    atoll_value *inc;
    int bad;
} Caller;

static void *call_many(void *arg)
{
    Caller *c = arg;
    if (atoll_thread_attach(rt)) return NULL;
    for (int i = 0; i < 500; i++)
        if (atoll_call(c->in, c->inc, 0, NULL, NULL) != ATOLL_OK) c->bad++;
    atoll_thread_detach(rt);
    return NULL;
}

static void test_threads(void)
{
    CHECK_OK(atoll_open(NULL, &rt));                          /* again, after a close */
    atoll_interp *in = atoll_interp_new(rt, "main");
    CHECK(atoll_interp_id(in) == 0);                          /* ids start afresh */
    /* the read-modify-write of n is not atomic in Python: only the
     * interpreter's lock keeps the count right */
    CHECK_OK(atoll_exec(in, "n = 0\ndef inc():\n    global n\n    v = n\n    n = v + 1\n", ATOLL_NTS, NULL));
    atoll_value *inc;
    CHECK_OK(atoll_get_global(in, "inc", &inc));
    pthread_t th[4];
    Caller c[4];
    for (int i = 0; i < 4; i++) {
        c[i] = (Caller){in, inc, 0};
        pthread_create(&th[i], NULL, call_many, &c[i]);
    }
    /* meanwhile a task of the same interpreter calls it too */
    atoll_task *t;
    CHECK_OK(atoll_spawn(in, "for i in range(500):\n    inc()\n", ATOLL_NTS, NULL, NULL, &t));
    for (int i = 0; i < 4; i++) {
        pthread_join(th[i], NULL);
        CHECK(c[i].bad == 0);
    }
    CHECK_OK(atoll_task_join(t, -1, NULL));
    atoll_task_release(t);
    CHECK(eval_int(in, "n") == 2500);

    /* a host call gets the interpreter while its task loops (the task yields) */
    CHECK_OK(atoll_exec(in, "stop = False\ncount = 0\n", ATOLL_NTS, NULL));
    CHECK_OK(atoll_spawn(in, "while not stop:\n    count += 1\n", ATOLL_NTS, NULL, "loop", &t));
    while (eval_int(in, "count") == 0) usleep(1000);
    atoll_value *yes = atoll_new_bool(rt, 1);
    CHECK_OK(atoll_set_global(in, "stop", yes));
    CHECK_OK(atoll_task_join(t, 30, NULL));
    atoll_task_release(t);
    atoll_release(yes);
    atoll_release(inc);
    CHECK_OK(atoll_close(rt));
}

/* --- signals ----------------------------------------------------------------- */

static volatile sig_atomic_t usr1_taken;
static pthread_t usr1_thread;

static void on_usr1(int sig)
{
    (void)sig;
    usr1_thread = pthread_self();
    usr1_taken = 1;
}

/* A signal sent to the process while the host's thread blocks it waits for
 * that thread (a worker would take it at once: the pause gives it time),
 * and runs there when the thread unblocks it. */
static void test_signals(void)
{
    atoll_config cfg = {.workers = 4};
    CHECK_OK(atoll_open(&cfg, &rt));
    atoll_interp *in = atoll_interp_new(rt, "signals");
    CHECK_OK(atoll_exec(in, "x = 1", ATOLL_NTS, "<signals>"));
    struct sigaction sa = {0}, old;
    sa.sa_handler = on_usr1;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGUSR1, &sa, &old);
    sigset_t usr1, prev, pending;
    sigemptyset(&usr1);
    sigaddset(&usr1, SIGUSR1);
    pthread_sigmask(SIG_BLOCK, &usr1, &prev);
    kill(getpid(), SIGUSR1);
    usleep(50000);
    sigpending(&pending);
    CHECK(sigismember(&pending, SIGUSR1) && !usr1_taken);
    pthread_sigmask(SIG_SETMASK, &prev, NULL);
    CHECK(usr1_taken && pthread_equal(usr1_thread, pthread_self()));
    sigaction(SIGUSR1, &old, NULL);
    CHECK_OK(atoll_interp_destroy(in));
    CHECK_OK(atoll_close(rt));
}

/* --- finalization ------------------------------------------------------------ */

/* A host gets CPython's finalization too: an interpreter's atexit callbacks
 * run when atoll_interp_destroy ends it (not when it refuses to, while a
 * task lives), and atoll_close runs those of every interpreter still alive,
 * the main one first, failures reported on its stderr. */
static void test_atexit(void)
{
    Capture cap = {.lock = PTHREAD_MUTEX_INITIALIZER};
    atoll_config cfg = {.write_stdout = on_out, .write_stderr = on_err, .write_ud = &cap};
    CHECK_OK(atoll_open(&cfg, &rt));
    atoll_interp *in = atoll_interp_new(rt, "main");
    atoll_interp *other = atoll_interp_new(rt, "other");
    CHECK_OK(atoll_exec(in,
                        "import atexit, sys\n"
                        "atexit.register(print, 'main: second')\n"
                        "def fail(): raise ValueError('main fails')\n"
                        "atexit.register(fail)\n"
                        "atexit.register(sys.stdout.write, 'main: first\\n')\n"
                        "import subinterpreters as si\n"
                        "left = si.create('left')\n"
                        "left.exec('import atexit; atexit.register(print, \"left: alive at the close\")')\n",
                        ATOLL_NTS, NULL));
    CHECK_OK(atoll_exec(other, "import atexit\natexit.register(print, 'other: destroyed')\n", ATOLL_NTS, NULL));

    /* a destroy refused runs nothing */
    atoll_channel *ch = atoll_channel_new(rt, 0);
    atoll_value *chv = atoll_channel_value(ch);
    CHECK_OK(atoll_set_global(other, "gate", chv));
    atoll_task *t;
    CHECK_OK(atoll_spawn(other, "gate.recv()\n", ATOLL_NTS, NULL, "waits", &t));
    CHECK_ST(atoll_interp_destroy(other), ATOLL_EBUSY);
    CHECK_ST(atoll_close(rt), ATOLL_EBUSY);
    CHECK_STR(cap.out, "");
    CHECK_OK(atoll_send(ch, chv, -1));
    CHECK_OK(atoll_task_join(t, -1, NULL));
    atoll_task_release(t);
    CHECK_OK(atoll_wait_idle(rt, -1));

    CHECK_OK(atoll_interp_destroy(other));
    CHECK_STR(cap.out, "other: destroyed\n");
    CHECK_STR(cap.err, "");

    atoll_release(chv);
    atoll_channel_release(ch);
    CHECK_OK(atoll_close(rt));
    CHECK_STR(cap.out, "other: destroyed\nmain: first\nmain: second\nleft: alive at the close\n");
    CHECK(strstr(cap.err, "Exception ignored in atexit callback: <function fail at 0x") == cap.err);
    CHECK(strstr(cap.err, "\nValueError: main fails\n") != NULL);
}

int main(void)
{
    CHECK_STR(atoll_version(), "0.1.0");
    CHECK_STR(atoll_status_string(ATOLL_ETYPE), "wrong type");
    CHECK_STR(atoll_status_string(12345), "unknown status");
    CHECK_ST(atoll_open(NULL, NULL), ATOLL_EINVAL);
    atoll_config bad = {.workers = -1};
    CHECK_ST(atoll_open(&bad, &rt), ATOLL_EINVAL);
    const char *badpath[] = {"\xff", NULL};
    atoll_config bad2 = {.path = badpath};
    CHECK_ST(atoll_open(&bad2, &rt), ATOLL_EINVAL);
    atoll_config bad3 = {.optimize = -1};
    CHECK_ST(atoll_open(&bad3, &rt), ATOLL_EINVAL);
    CHECK_ST(atoll_close(NULL), ATOLL_EINVAL);
    test_options();
    test_threads();
    test_signals();
    test_atexit();
    return report_failures("test_api_runtime");
}
