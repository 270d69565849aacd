/* test_api_channel.c - channels between the host and running scripts:
 * buffered and rendezvous channels, timeouts, close and poison, values that
 * cannot cross, a host thread blocked until a script acts, and host threads
 * sending at once. */
#include <pthread.h>
#include "check.h"

static atoll_runtime *rt;

static void test_buffered(void)
{
    atoll_channel *ch = atoll_channel_new(rt, 2);
    atoll_value *one = atoll_new_int(rt, 1), *two = atoll_new_str(rt, "two", ATOLL_NTS), *v;
    CHECK(ch != NULL);
    CHECK_OK(atoll_send(ch, one, 0));
    CHECK_OK(atoll_send(ch, two, 0));
    CHECK_ST(atoll_send(ch, one, 0), ATOLL_ETIMEOUT);        /* full: would wait */
    CHECK_ST(atoll_send(ch, one, 0.02), ATOLL_ETIMEOUT);
    CHECK_OK(atoll_recv(ch, 0, &v));
    CHECK(int_of(v) == 1);
    atoll_release(v);
    CHECK_OK(atoll_recv(ch, -1, &v));
    CHECK_STR(str_of(v), "two");
    atoll_release(v);
    CHECK_ST(atoll_recv(ch, 0, &v), ATOLL_ETIMEOUT);          /* empty */
    CHECK(v == NULL);
    CHECK_ST(atoll_recv(ch, 0.02, &v), ATOLL_ETIMEOUT);

    /* a host list is sent as a copy */
    atoll_value *l = atoll_new_list(rt);
    CHECK_OK(atoll_list_append(l, one));
    CHECK_OK(atoll_send(ch, l, 0));
    CHECK_OK(atoll_list_append(l, one));
    CHECK_OK(atoll_recv(ch, 0, &v));
    size_t n;
    CHECK_OK(atoll_len(v, &n));
    CHECK(n == 1);
    atoll_release(v);

    /* close: what was sent drains, then ECLOSED; senders fail at once */
    CHECK_OK(atoll_send(ch, one, 0));
    CHECK_OK(atoll_channel_close(ch));
    CHECK_ST(atoll_send(ch, one, 0), ATOLL_ECLOSED);
    CHECK_OK(atoll_recv(ch, 0, &v));
    atoll_release(v);
    CHECK_ST(atoll_recv(ch, -1, &v), ATOLL_ECLOSED);
    CHECK_ST(atoll_recv(ch, 0, &v), ATOLL_ECLOSED);
    atoll_channel_release(ch);

    /* poison: everything fails at once */
    ch = atoll_channel_new(rt, 4);
    CHECK_OK(atoll_send(ch, one, 0));
    CHECK_OK(atoll_channel_poison(ch));
    CHECK_ST(atoll_recv(ch, -1, &v), ATOLL_EPOISONED);
    CHECK_ST(atoll_send(ch, one, -1), ATOLL_EPOISONED);
    atoll_channel_release(ch);

    CHECK_ST(atoll_send(NULL, one, 0), ATOLL_EINVAL);
    CHECK_ST(atoll_recv(NULL, 0, &v), ATOLL_EINVAL);
    CHECK_ST(atoll_to_channel(one, &ch), ATOLL_ETYPE);
    atoll_release(l);
    atoll_release(one);
    atoll_release(two);
}

/* A script echoes doubled values back; the host feeds it and waits. */
static void test_with_script(atoll_interp *in)
{
    atoll_channel *to = atoll_channel_new(rt, 0), *from = atoll_channel_new(rt, 0);
    atoll_value *tov = atoll_channel_value(to), *fromv = atoll_channel_value(from);
    CHECK(atoll_typeof(tov) == ATOLL_TCHANNEL);
    CHECK_OK(atoll_set_global(in, "inbox", tov));
    CHECK_OK(atoll_set_global(in, "outbox", fromv));
    atoll_task *t;
    CHECK_OK(atoll_spawn(in,
                         "import time\n"
                         "for x in inbox:\n"
                         "    time.sleep(0.001)\n"
                         "    outbox.send(x * 2)\n"
                         "outbox.close()\n",
                         ATOLL_NTS, "echo.py", "echo", &t));
    long sum = 0;
    for (int i = 0; i < 50; i++) {
        atoll_value *x = atoll_new_int(rt, i), *y;
        CHECK_OK(atoll_send(to, x, -1));                     /* rendezvous: the script takes it */
        CHECK_OK(atoll_recv(from, -1, &y));                  /* blocks until the script sends */
        sum += int_of(y);
        atoll_release(x);
        atoll_release(y);
    }
    CHECK(sum == 2 * (49 * 50 / 2));
    CHECK_OK(atoll_channel_close(to));
    atoll_value *y;
    CHECK_ST(atoll_recv(from, 10, &y), ATOLL_ECLOSED);      /* the script closed it at the end */
    CHECK_OK(atoll_task_join(t, 10, NULL));
    atoll_task_release(t);

    /* a channel a script made, used from the host */
    CHECK_OK(atoll_exec(in, "import subinterpreters as si\nmade = si.Channel(1)\nmade.send({'k': [1, 2]})\n",
                        ATOLL_NTS, NULL));
    atoll_value *mv, *d, *k = atoll_new_str(rt, "k", ATOLL_NTS), *list;
    atoll_channel *made;
    CHECK_OK(atoll_get_global(in, "made", &mv));
    CHECK_OK(atoll_to_channel(mv, &made));
    CHECK_OK(atoll_recv(made, 0, &d));
    CHECK_OK(atoll_dict_get(d, k, &list));                     /* the host's own copy */
    CHECK_OK(atoll_list_append(list, k));
    CHECK(eval_int(in, "len(made)") == 0);
    /* what cannot cross is refused before anything is sent */
    atoll_value *fn;
    CHECK_OK(atoll_eval(in, "lambda: 1", &fn));
    CHECK_ST(atoll_send(made, fn, 0), ATOLL_ENOTSHAREABLE);
    CHECK(eval_int(in, "len(made)") == 0);
    atoll_channel_release(made);

    atoll_value *all[] = {tov, fromv, mv, d, k, list, fn};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++) atoll_release(all[i]);
    atoll_channel_release(to);
    atoll_channel_release(from);
}

/* A script blocked sending (rendezvous) until the host receives; a host
 * blocked receiving is woken by poison from another script. */
static void test_blocking(atoll_interp *in)
{
    atoll_channel *ch = atoll_channel_new(rt, 0);
    atoll_value *chv = atoll_channel_value(ch), *v;
    CHECK_OK(atoll_set_global(in, "ch", chv));
    atoll_task *t;
    CHECK_OK(atoll_spawn(in, "ch.send('late')\n", ATOLL_NTS, NULL, NULL, &t));
    CHECK_ST(atoll_task_join(t, 0.05, NULL), ATOLL_ETIMEOUT); /* it waits for a receiver */
    CHECK_OK(atoll_recv(ch, -1, &v));
    CHECK_STR(str_of(v), "late");
    atoll_release(v);
    CHECK_OK(atoll_task_join(t, -1, NULL));
    atoll_task_release(t);

    CHECK_OK(atoll_spawn(in, "import time\ntime.sleep(0.05)\nch.poison()\n", ATOLL_NTS, NULL, NULL, &t));
    CHECK_ST(atoll_recv(ch, -1, &v), ATOLL_EPOISONED);
    CHECK_OK(atoll_task_join(t, -1, NULL));
    atoll_task_release(t);
    atoll_release(chv);
    atoll_channel_release(ch);
}

typedef struct Sender {
    atoll_channel *ch;
    int base;
} Sender;

static void *send_many(void *arg)
{
    Sender *s = arg;
    if (atoll_thread_attach(rt)) return (void *)1;
    long bad = 0;
    for (int i = 0; i < 200; i++) {
        atoll_value *v = atoll_new_int(rt, s->base + i);
        if (atoll_send(s->ch, v, -1) != ATOLL_OK) bad++;
        atoll_release(v);
    }
    atoll_thread_detach(rt);
    return (void *)bad;
}

/* Four host threads send, a script sums. */
static void test_threads(atoll_interp *in)
{
    atoll_channel *ch = atoll_channel_new(rt, 8);
    atoll_value *chv = atoll_channel_value(ch);
    CHECK_OK(atoll_set_global(in, "numbers", chv));
    atoll_task *t;
    CHECK_OK(atoll_spawn(in, "total = sum(numbers)\n", ATOLL_NTS, NULL, "summer", &t));
    pthread_t th[4];
    Sender s[4];
    for (int i = 0; i < 4; i++) {
        s[i] = (Sender){ch, i * 1000};
        pthread_create(&th[i], NULL, send_many, &s[i]);
    }
    for (int i = 0; i < 4; i++) {
        void *bad;
        pthread_join(th[i], &bad);
        CHECK(bad == NULL);
    }
    CHECK_OK(atoll_channel_close(ch));
    CHECK_OK(atoll_task_join(t, -1, NULL));
    long want = 0;
    for (int i = 0; i < 4; i++) want += 200L * i * 1000 + 199 * 200 / 2;
    CHECK(eval_int(in, "total") == want);
    atoll_task_release(t);
    atoll_release(chv);
    atoll_channel_release(ch);
}

int main(void)
{
    CHECK_OK(atoll_open(NULL, &rt));
    atoll_interp *in = atoll_interp_new(rt, "main");
    test_buffered();
    test_with_script(in);
    test_blocking(in);
    test_threads(in);
    CHECK_OK(atoll_interp_destroy(in));
    CHECK_OK(atoll_close(rt));
    return report_failures("test_api_channel");
}
