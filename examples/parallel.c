/* parallel.c - atoll as a parallel scripting engine: the host starts N
 * interpreters running the same worker script, feeds them jobs over one
 * channel from a feeder thread, and gathers their results from another.
 * The interpreters run in parallel on the runtime's worker threads; a
 * module of C functions ("host") is called from all of them at once.
 *
 *   cc parallel.c $(pkg-config --cflags --libs atoll) -o parallel && ./parallel [N] */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <atoll.h>

/* The worker: takes (lo, hi) ranges until the channel is closed and drained,
 * sends back (lo, primes in [lo, hi)). */
static const char worker[] =
    "import host\n"
    "\n"
    "def is_prime(n):\n"
    "    if n < 2:\n"
    "        return False\n"
    "    i = 2\n"
    "    while i * i <= n:\n"
    "        if n % i == 0:\n"
    "            return False\n"
    "        i += 1\n"
    "    return True\n"
    "\n"
    "for lo, hi in jobs:\n"
    "    results.send((lo, sum(1 for n in range(lo, hi) if is_prime(n))))\n"
    "    host.done(worker_id)\n";

enum { JOBS = 64, SPAN = 5000 };

/* The user data of the "host" module: jobs done per worker. */
typedef struct Tally {
    pthread_mutex_t lock;
    long done[64];
} Tally;

/* host.done(worker_id): called by every worker, in parallel. */
static int host_done(atoll_interp *in, size_t argc, atoll_value **argv, atoll_value **result, void *ud)
{
    Tally *tally = ud;
    int64_t id;
    if (argc != 1) return atoll_raise(in, "TypeError", "done() takes one argument");
    int st = atoll_to_int(argv[0], &id);
    if (st) return st;                           /* raises TypeError in the script */
    if (id < 0 || id >= 64) return atoll_raise(in, "ValueError", "bad worker id");
    pthread_mutex_lock(&tally->lock);
    tally->done[id]++;
    pthread_mutex_unlock(&tally->lock);
    return ATOLL_OK;                             /* returns None */
}

typedef struct Feeder {
    atoll_runtime *rt;
    atoll_channel *jobs;
} Feeder;

/* A host thread: sends the jobs, then closes the channel (which ends the
 * workers' loops once they have drained it). */
static void *feed(void *arg)
{
    Feeder *f = arg;
    atoll_thread_attach(f->rt);
    for (int64_t j = 0; j < JOBS; j++) {
        atoll_value *range[2] = {atoll_new_int(f->rt, j * SPAN), atoll_new_int(f->rt, (j + 1) * SPAN)};
        atoll_value *job = atoll_new_tuple(f->rt, 2, range);
        int st = atoll_send(f->jobs, job, -1);
        atoll_release(job);
        atoll_release(range[0]);
        atoll_release(range[1]);
        if (st) {
            fprintf(stderr, "send: %s\n", atoll_status_string(st));
            break;
        }
    }
    atoll_channel_close(f->jobs);
    atoll_thread_detach(f->rt);
    return NULL;
}

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 4;
    if (n < 1 || n > 64) n = 4;
    atoll_runtime *rt;
    if (atoll_open(NULL, &rt) != ATOLL_OK) return 1;
    Tally tally = {.lock = PTHREAD_MUTEX_INITIALIZER};
    const atoll_function host_fns[] = {{"done", host_done}, {NULL, NULL}};
    atoll_register_module(rt, "host", host_fns, &tally);

    atoll_channel *jobs = atoll_channel_new(rt, 16), *results = atoll_channel_new(rt, 0);
    atoll_value *jobs_v = atoll_channel_value(jobs), *results_v = atoll_channel_value(results);

    /* N interpreters, each running the worker script as a task */
    atoll_interp *interps[64];
    atoll_task *tasks[64];
    for (int i = 0; i < n; i++) {
        char name[16];
        snprintf(name, sizeof name, "worker-%d", i);
        interps[i] = atoll_interp_new(rt, name);
        atoll_value *id = atoll_new_int(rt, i);
        atoll_set_global(interps[i], "jobs", jobs_v);
        atoll_set_global(interps[i], "results", results_v);
        atoll_set_global(interps[i], "worker_id", id);
        atoll_release(id);
        if (atoll_spawn(interps[i], worker, ATOLL_NTS, "worker.py", name, &tasks[i]) != ATOLL_OK) {
            fputs(atoll_error_traceback(interps[i]), stderr);
            return 1;
        }
    }

    pthread_t feeder;
    Feeder f = {rt, jobs};
    pthread_create(&feeder, NULL, feed, &f);

    /* gather one result per job */
    int64_t total = 0;
    for (int j = 0; j < JOBS; j++) {
        atoll_value *r, *count;
        int64_t c;
        if (atoll_recv(results, -1, &r) || atoll_get_item(r, 1, &count) || atoll_to_int(count, &c)) return 1;
        total += c;
        atoll_release(count);
        atoll_release(r);
    }
    pthread_join(feeder, NULL);

    long jobs_done = 0;
    for (int i = 0; i < n; i++) {
        if (atoll_task_join(tasks[i], -1, NULL) != ATOLL_OK) {
            fputs(atoll_error_traceback(interps[i]), stderr);
            return 1;
        }
        atoll_task_release(tasks[i]);
        atoll_interp_destroy(interps[i]);
        jobs_done += tally.done[i];
    }
    printf("%d interpreters, %ld jobs: %lld primes below %d\n", n, jobs_done, (long long)total, JOBS * SPAN);

    atoll_release(jobs_v);
    atoll_release(results_v);
    atoll_channel_release(jobs);
    atoll_channel_release(results);
    return atoll_close(rt) == ATOLL_OK ? 0 : 1;
}
