/* queue.c - the cross-interpreter Queue of concurrent.interpreters (PEP 734).
 *
 * A queue is a channel (channel.c) with the face PEP 734 gives it: put/get
 * with block and timeout, their _nowait forms, qsize/empty/full, an id and a
 * maxsize. maxsize <= 0 makes the channel unbounded. Like a channel it is
 * shared between islands by reference, and a blocked put or get parks the
 * task in the channel's queues: nothing polls. The channel's wait_error hook
 * turns "cannot wait" into QueueEmpty / QueueFull with CPython's messages.
 *
 * The ids come from one atomic counter: the only process-wide state here. */
#include <gc/gc.h>
#include "object.h"
#include "error.h"
#include "str.h"
#include "tuple.h"
#include "int.h"
#include "floatobj.h"
#include "interp.h"
#include "channel.h"

typedef struct QueueObj {
    ChannelObj chan;           /* first: channel.c's functions take it as a channel */
    int64_t id;
    int64_t maxsize;           /* as given; <= 0 is unbounded */
} QueueObj;

#define AS_QUEUE(v) ((QueueObj *)(v))

/* QueueError and its kinds; CPython defines QueueEmpty and QueueFull in
 * concurrent.interpreters._queues, QueueError in concurrent.interpreters. */
#define QUEUE_EXC(n, mod, b) \
    Type exc_##n = {.hdr = {&type_type}, .name = mod "." #n, .base = &exc_##b, .flags = TF_BASETYPE | TF_EXC}; \
    REGISTER_TYPE(exc_##n);
QUEUE_EXC(QueueError, "concurrent.interpreters", RuntimeError)
QUEUE_EXC(QueueEmpty, "concurrent.interpreters._queues", QueueError)
QUEUE_EXC(QueueFull, "concurrent.interpreters._queues", QueueError)
#undef QUEUE_EXC

static int64_t next_queue_id = 1;

static Value queue_error(Task *t, ChannelObj *c, bool sending)
{
    Value msg = str_format(t, "queue %lld is %s", (long long)((QueueObj *)c)->id, sending ? "full" : "empty");
    return msg ? exc_new_msg(t, sending ? &exc_QueueFull : &exc_QueueEmpty, msg) : 0;
}

Value queue_new(Task *t, int64_t maxsize)
{
    QueueObj *q = GC_MALLOC(sizeof *q);
    if (!q) return err_no_memory(t);
    if (!channel_init(t, &q->chan, &queue_type, maxsize > 0 ? maxsize : -1)) return 0;
    q->chan.wait_error = queue_error;
    q->maxsize = maxsize;
    q->id = __atomic_fetch_add(&next_queue_id, 1, __ATOMIC_RELAXED);
    return OBJ_VAL(q);
}

/* block and timeout as queue.Queue takes them: seconds to wait, < 0 for
 * ever, 0 for not at all. */
static bool wait_args(Task *t, Value block, Value timeout, double *out)
{
    int b = block ? obj_truthy(t, block) : 1;
    if (b < 0) return false;
    *out = -1;
    if (!b) {
        *out = 0;
        return true;
    }
    if (!timeout || timeout == V_NONE) return true;
    if (float_operand(t, timeout, out) <= 0) {
        if (!t->exc) err_format(t, &exc_TypeError, "timeout must be a number or None, not %s", obj_type_name(timeout));
        return false;
    }
    if (*out < 0) {
        err_format(t, &exc_ValueError, "timeout value must be non-negative");
        return false;
    }
    return true;
}

/* unbounditems is accepted and ignored: an item outlives the interpreter
 * that put it (it belongs to no island once shared). */
static const ArgSpec put_spec = {"put", 0, 3, 1, 4, {"obj", "block", "timeout", "unbounditems"}};
static const ArgSpec put_nowait_spec = {"put_nowait", 0, 1, 1, 2, {"obj", "unbounditems"}};
static const ArgSpec get_spec = {"get", 0, 2, 0, 2, {"block", "timeout"}};

static Value q_put(Task *t, const Value *args, size_t nargs, Value kw)
{
    Value a[4];
    double timeout;
    if (!args_bind(t, &put_spec, args + 1, nargs - 1, kw, a) || !wait_args(t, a[1], a[2], &timeout)) return 0;
    return channel_send(t, args[0], a[0], timeout, false);
}

static Value q_put_nowait(Task *t, const Value *args, size_t nargs, Value kw)
{
    Value a[2];
    if (!args_bind(t, &put_nowait_spec, args + 1, nargs - 1, kw, a)) return 0;
    return channel_send(t, args[0], a[0], -1, true);
}

static Value q_get(Task *t, const Value *args, size_t nargs, Value kw)
{
    Value a[2];
    double timeout;
    if (!args_bind(t, &get_spec, args + 1, nargs - 1, kw, a) || !wait_args(t, a[0], a[1], &timeout)) return 0;
    return channel_recv(t, args[0], timeout, false);
}

static Value q_get_nowait(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "get_nowait", nargs - 1, kw, 0, 0)) return 0;
    return channel_recv(t, args[0], -1, true);
}

static int64_t count_of(QueueObj *q)
{
    pthread_mutex_lock(&q->chan.lock);
    int64_t n = (int64_t)q->chan.count;
    pthread_mutex_unlock(&q->chan.lock);
    return n;
}

static Value q_qsize(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "qsize", nargs - 1, kw, 0, 0)) return 0;
    return MAKE_SMALL(count_of(AS_QUEUE(args[0])));
}

static Value q_empty(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "empty", nargs - 1, kw, 0, 0)) return 0;
    return V_BOOL(count_of(AS_QUEUE(args[0])) == 0);
}

static Value q_full(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "full", nargs - 1, kw, 0, 0)) return 0;
    QueueObj *q = AS_QUEUE(args[0]);
    return V_BOOL(q->maxsize > 0 && count_of(q) >= q->maxsize);
}

static Value q_repr(Task *t, Value self) { return str_format(t, "Queue(%lld)", (long long)AS_QUEUE(self)->id); }
static int64_t q_hash(Task *t, Value self) { return AS_QUEUE(self)->id; }
static Value q_id(Task *t, Value self) { return MAKE_SMALL(AS_QUEUE(self)->id); }
static Value q_maxsize(Task *t, Value self) { return MAKE_SMALL(AS_QUEUE(self)->maxsize); }

static const MethodDef q_methods[] = {
    {"put", q_put, METH_PLAIN, "put(obj, block=True, timeout=None): adds obj, waiting while the queue is full"},
    {"put_nowait", q_put_nowait, METH_PLAIN, "put_nowait(obj): adds obj or raises QueueFull"},
    {"get", q_get, METH_PLAIN, "get(block=True, timeout=None): the next item, waiting while the queue is empty"},
    {"get_nowait", q_get_nowait, METH_PLAIN, "get_nowait(): the next item, or QueueEmpty"},
    {"qsize", q_qsize, METH_PLAIN, "qsize(): the number of items in the queue"},
    {"empty", q_empty, METH_PLAIN, NULL},
    {"full", q_full, METH_PLAIN, NULL},
    {NULL},
};

static const MemberDef q_members[] = {
    {"id", q_id, NULL}, {"maxsize", q_maxsize, NULL},
    {NULL},
};

Type queue_type = {
    .hdr = {&type_type}, .name = "concurrent.interpreters._queues.Queue", .size = sizeof(QueueObj),
    .flags = TF_ABSTRACT_NEW, .repr = q_repr, .hash = q_hash, .methods = q_methods, .members = q_members,
};
REGISTER_TYPE(queue_type);
