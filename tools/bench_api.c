/* bench_api.c - what the embedding API costs: a C -> Python call round
 * trip, a Python -> C call, a host <-> script channel round trip, and making
 * an interpreter. Prints one line per measure (README.md, "Embedding").
 *
 *   build/bench_api [calls]        (default 1,000,000 calls) */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "atoll.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static int check(atoll_interp *in, int st, const char *what)
{
    if (st == ATOLL_OK) return 0;
    fprintf(stderr, "%s: %s\n%s", what, atoll_status_string(st),
            st == ATOLL_EXCEPTION ? atoll_error_traceback(in) : "");
    exit(1);
}

static int ident(atoll_interp *in, size_t argc, atoll_value **argv, atoll_value **result, void *ud)
{
    *result = argv[0];          /* a borrowed argument may be the result */
    return ATOLL_OK;
}

int main(int argc, char **argv)
{
    long calls = argc > 1 ? atol(argv[1]) : 1000000;
    atoll_runtime *rt;
    atoll_config cfg = {.workers = 2};
    if (atoll_open(&cfg, &rt)) return 1;
    const atoll_function fns[] = {{"ident", ident}, {NULL, NULL}};
    atoll_register_module(rt, "bench", fns, NULL);
    atoll_interp *in = atoll_interp_new(rt, "main");
    check(in, atoll_exec(in,
                         "import bench\n"
                         "def f(x):\n    return x\n"
                         "def loop(n):\n    g = bench.ident\n    for i in range(n):\n        g(i)\n"
                         "def echo(ch, out):\n    for x in ch:\n        out.send(x)\n",
                         ATOLL_NTS, "bench.py"),
          "exec");
    atoll_value *f, *loop;
    check(in, atoll_get_global(in, "f", &f), "f");
    check(in, atoll_get_global(in, "loop", &loop), "loop");

    /* C -> Python: atoll_call of def f(x): return x, with an int argument */
    atoll_value *arg = atoll_new_int(rt, 42), *r;
    double t0 = now();
    for (long i = 0; i < calls; i++) {
        check(in, atoll_call(in, f, 1, &arg, &r), "call");
        atoll_release(r);
    }
    double t1 = now();
    printf("C -> Python call round trip (atoll_call, 1 int argument, result released): %.0f ns\n",
           (t1 - t0) / calls * 1e9);

    /* Python -> C: a loop calling a host function (the loop's own cost included) */
    atoll_value *n = atoll_new_int(rt, calls);
    t0 = now();
    check(in, atoll_call(in, loop, 1, &n, NULL), "loop");
    t1 = now();
    printf("Python -> C call of a host function (in a for loop): %.0f ns\n", (t1 - t0) / calls * 1e9);

    /* a value to a script task and back over two rendezvous channels */
    atoll_channel *to = atoll_channel_new(rt, 0), *from = atoll_channel_new(rt, 0);
    atoll_value *echo, *chans[2] = {atoll_channel_value(to), atoll_channel_value(from)};
    atoll_task *task;
    check(in, atoll_get_global(in, "echo", &echo), "echo");
    check(in, atoll_spawn_call(in, echo, 2, chans, &task), "spawn");
    long trips = calls / 10;
    t0 = now();
    for (long i = 0; i < trips; i++) {
        check(in, atoll_send(to, arg, -1), "send");
        check(in, atoll_recv(from, -1, &r), "recv");
        atoll_release(r);
    }
    t1 = now();
    atoll_channel_close(to);
    check(in, atoll_task_join(task, -1, NULL), "join");
    printf("host -> script -> host over channels (send + recv): %.1f us\n", (t1 - t0) / trips * 1e6);

    /* making and destroying an interpreter */
    int made = 200;
    t0 = now();
    for (int i = 0; i < made; i++) {
        atoll_interp *x = atoll_interp_new(rt, NULL);
        if (!x || atoll_interp_destroy(x)) return 1;
    }
    t1 = now();
    printf("atoll_interp_new + atoll_interp_destroy: %.0f us\n", (t1 - t0) / made * 1e6);
    t0 = now();
    for (int i = 0; i < made; i++) {
        atoll_interp *x = atoll_interp_new(rt, NULL);
        if (!x || atoll_exec(x, "pass", ATOLL_NTS, NULL) || atoll_interp_destroy(x)) return 1;
    }
    t1 = now();
    printf("... and running `pass` in it: %.0f us\n", (t1 - t0) / made * 1e6);
    return 0;
}
