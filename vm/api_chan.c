/* api_chan.c - channels and tasks seen from the host.
 *
 * A host thread is not a task: when it waits (a channel with nothing to
 * receive, a task not done) it blocks on a task of the runtime's host
 * context, which the scheduler cannot park (it is not driven by a worker)
 * and which owns no interpreter, so nothing else is held while it waits.
 * The wakers are the usual ones (a script's send, a task's end). */
#include <gc/gc.h>
#include <math.h>
#include "api.h"
#include "error.h"
#include "tuple.h"
#include "scheduler.h"
#include "channel.h"

/* timeout in seconds as channel.h takes it (< 0: no limit), or NaN. */
static bool bad_timeout(double timeout) { return isnan(timeout); }

atoll_channel *atoll_channel_new(atoll_runtime *rt, size_t capacity)
{
    if (!rt || capacity > (size_t)INT64_MAX / sizeof(Value)) return NULL;
    Task t;
    task_init(&t, rt->host_in);
    Value ch = channel_new(&t, (int64_t)capacity);
    atoll_channel *h = ch ? GC_MALLOC_UNCOLLECTABLE(sizeof *h) : NULL;
    if (h) *h = (atoll_channel){ch, rt};
    return h;
}

void atoll_channel_release(atoll_channel *ch)
{
    if (ch) GC_FREE(ch);
}

atoll_value *atoll_channel_value(atoll_channel *ch)
{
    return ch ? api_value_new(ch->rt->host_in, ch->ch) : NULL;
}

int atoll_to_channel(atoll_value *v, atoll_channel **out)
{
    if (!out) return ATOLL_EINVAL;
    *out = NULL;
    if (!v) return ATOLL_EINVAL;
    if (!IS_CHANNEL(v->v)) return ATOLL_ETYPE;
    atoll_channel *h = GC_MALLOC_UNCOLLECTABLE(sizeof *h);
    if (!h) return ATOLL_ENOMEM;
    *h = (atoll_channel){v->v, API_RT(v->owner)};
    *out = h;
    return ATOLL_OK;
}

int atoll_send(atoll_channel *ch, atoll_value *v, double timeout)
{
    if (!ch || !v || bad_timeout(timeout)) return ATOLL_EINVAL;
    int st;
    Value x = api_value_prepare(ch->rt->host_in, v, &st);
    if (!x) return st;
    Task *t = api_host_task(ch->rt);      /* on the heap: a waiter may outlive a timeout */
    if (!t) return ATOLL_ENOMEM;
    return channel_send(t, ch->ch, x, timeout < 0 ? -1 : timeout, false) ? ATOLL_OK : api_status_of(t);
}

int atoll_recv(atoll_channel *ch, double timeout, atoll_value **out)
{
    if (!out) return ATOLL_EINVAL;
    *out = NULL;
    if (!ch || bad_timeout(timeout)) return ATOLL_EINVAL;
    Task *t = api_host_task(ch->rt);
    if (!t) return ATOLL_ENOMEM;
    Value v = channel_recv(t, ch->ch, timeout < 0 ? -1 : timeout, false);
    if (!v) return api_status_of(t);
    /* what a sender sent is the receiver's own: the host's */
    return (*out = api_value_new(ch->rt->host_in, v)) ? ATOLL_OK : ATOLL_ENOMEM;
}

int atoll_channel_close(atoll_channel *ch)
{
    if (!ch) return ATOLL_EINVAL;
    Task t;
    task_init(&t, ch->rt->host_in);
    return channel_close(&t, ch->ch) ? ATOLL_OK : ATOLL_EPOISONED;
}

int atoll_channel_poison(atoll_channel *ch)
{
    if (!ch) return ATOLL_EINVAL;
    Task t;
    task_init(&t, ch->rt->host_in);
    channel_poison(&t, ch->ch);
    return ATOLL_OK;
}

/* --- tasks ------------------------------------------------------------------------------ */

int atoll_task_join(atoll_task *h, double timeout, atoll_value **result)
{
    if (result) *result = NULL;
    if (!h || bad_timeout(timeout)) return ATOLL_EINVAL;
    Task *task = h->task, *self = api_host_task(h->rt);
    if (!self) return ATOLL_ENOMEM;
    int64_t deadline = timeout < 0 ? -1 : sched_now() + (int64_t)(timeout * 1e9);
    if (!sched_join(self, task, deadline, false)) return api_status_of(self);
    Interp *in = task->interp;
    if (task->failure) {
        /* the failure becomes its interpreter's last error */
        Value info = task->failure_info;
        Value rec = tuple_pack(4, TUPLE_ITEM(info, 0), TUPLE_ITEM(info, 1), TUPLE_ITEM(info, 2), task->failure);
        __atomic_store_n(&in->api_error, rec, __ATOMIC_RELEASE);
        return ATOLL_EXCEPTION;
    }
    if (result && !(*result = api_value_new(in, task->result ? task->result : V_NONE))) return ATOLL_ENOMEM;
    return ATOLL_OK;
}

int atoll_task_done(atoll_task *h)
{
    return h && __atomic_load_n(&h->task->state, __ATOMIC_ACQUIRE) == TASK_DONE;
}

void atoll_task_release(atoll_task *h)
{
    if (h) GC_FREE(h);
}
