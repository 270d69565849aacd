/* channel.c - CSP channels between islands.
 *
 * A channel is a ring buffer plus queues of parked receivers and senders
 * (Janet's design), guarded by its own mutex. Capacity 0 is a rendezvous: a
 * sender hands its value straight to a waiting receiver. close() lets
 * receivers drain what was sent; poison() makes every blocked and later
 * operation raise at once. select() waits on several channels by putting
 * one waiter in each queue; the first waker to claim the select (an atomic
 * compare-and-swap) wins, and the other waiters go stale, to be skipped and
 * dropped by whoever meets them next.
 *
 * Lock order: a channel's lock, then the scheduler's (sched_wake). select
 * takes several channel locks in address order. */
#include <gc/gc.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "object.h"
#include "error.h"
#include "str.h"
#include "tuple.h"
#include "names.h"
#include "interp.h"
#include "floatobj.h"
#include "int.h"
#include "scheduler.h"
#include "share.h"
#include "channel.h"

const Obj channel_closed_obj = {&channel_closed_type};

typedef struct Select {
    int fired;                 /* -1 until a case wins; -2 after a timeout */
    Waiter *ws;                /* one waiter per case */
    size_t n;
} Select;

/* --- queues (channel lock held) ---------------------------------------------------- */

static void q_unlink(Waiter **head, Waiter **tail, Waiter *w);
static bool stale(Waiter *w);

/* Stale select waiters at either end are dropped first: a select that
 * blocks again and again on a quiet channel, its other case firing each
 * time, must not grow that channel's queue. */
static void q_push(Waiter **head, Waiter **tail, Waiter *w)
{
    while (*tail && stale(*tail)) q_unlink(head, tail, *tail);
    while (*head && stale(*head)) q_unlink(head, tail, *head);
    w->next = NULL;
    w->prev = *tail;
    if (*tail) (*tail)->next = w;
    else *head = w;
    *tail = w;
    w->linked = true;
}

static void q_unlink(Waiter **head, Waiter **tail, Waiter *w)
{
    if (w->prev) w->prev->next = w->next;
    else *head = w->next;
    if (w->next) w->next->prev = w->prev;
    else *tail = w->prev;
    w->prev = w->next = NULL;
    w->linked = false;
}

/* A select waiter belongs to whoever claims its select first. */
static bool claim(Waiter *w)
{
    if (!w->sel) return true;
    int expected = -1;
    return __atomic_compare_exchange_n(&w->sel->fired, &expected, w->index, false,
                                       __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE);
}

static bool stale(Waiter *w)
{
    return w->sel && __atomic_load_n(&w->sel->fired, __ATOMIC_ACQUIRE) != -1;
}

/* The first waiter of a queue that can still be woken, claimed; stale ones
 * are dropped on the way. */
static Waiter *q_take(Waiter **head, Waiter **tail)
{
    while (*head) {
        Waiter *w = *head;
        q_unlink(head, tail, w);
        if (claim(w)) return w;
    }
    return NULL;
}

static Waiter *q_first_live(Waiter **head, Waiter **tail)
{
    while (*head && stale(*head)) q_unlink(head, tail, *head);
    return *head;
}

/* --- delivering to waiters (channel lock held) ---------------------------------------- */

static Value error_of(Task *t, Type *type)
{
    return exc_new(t, type, NULL, 0);
}

/* A receiver gets v (or the end: v == 0 after close). */
static void deliver_recv(Task *t, ChannelObj *c, Waiter *w, Value v)
{
    switch ((WaitKind)w->kind) {
    case WAIT_RECV:
        if (v) sched_wake(w->task, v, 0);
        else sched_wake(w->task, 0, error_of(t, &exc_ChannelClosed));
        break;
    case WAIT_ITER:
        sched_wake(w->task, v ? v : V_EXHAUSTED, 0);
        break;
    default:
        sched_wake(w->task, tuple_pack(2, OBJ_VAL(c), v ? v : V_CLOSED), 0);
        break;
    }
}

/* A waiting sender's value was taken. */
static void deliver_sent(ChannelObj *c, Waiter *w)
{
    sched_wake(w->task, w->kind == WAIT_SEND ? V_NONE : tuple_pack(2, OBJ_VAL(c), V_NONE), 0);
}

static void fail_waiters(Task *t, Waiter **head, Waiter **tail, Type *err)
{
    Waiter *w;
    while ((w = q_take(head, tail))) sched_wake(w->task, 0, error_of(t, err));
}

/* --- the operations (channel lock held) ------------------------------------------------ */

/* Takes a value if one is there: from the buffer (refilled from a waiting
 * sender) or straight from a waiting sender. */
static bool take_ready(ChannelObj *c, Value *out)
{
    if (c->count) {
        *out = c->buf[c->head];
        c->buf[c->head] = 0;
        c->head = (c->head + 1) % c->bufsize;
        c->count--;
        Waiter *s = q_take(&c->sendq, &c->sendq_tail);
        if (s) {
            c->buf[(c->head + c->count) % c->bufsize] = s->value;
            c->count++;
            deliver_sent(c, s);
        }
        return true;
    }
    Waiter *s = q_take(&c->sendq, &c->sendq_tail);
    if (!s) return false;
    *out = s->value;
    deliver_sent(c, s);
    return true;
}

/* An unbounded channel's ring, doubled when full (false: out of memory). */
static bool grow(ChannelObj *c)
{
    size_t n = c->bufsize ? c->bufsize * 2 : 16;
    Value *buf = GC_MALLOC(n * sizeof(Value));
    if (!buf) return false;
    for (size_t i = 0; i < c->count; i++) buf[i] = c->buf[(c->head + i) % c->bufsize];
    c->buf = buf;
    c->bufsize = n;
    c->head = 0;
    return true;
}

/* Puts a value if it can go now: to a waiting receiver or into the buffer. */
static bool put_ready(Task *t, ChannelObj *c, Value v)
{
    Waiter *r = q_take(&c->recvq, &c->recvq_tail);
    if (r) {
        deliver_recv(t, c, r, v);
        return true;
    }
    if (c->capacity < 0 && c->count == c->bufsize && !grow(c)) {
        err_no_memory(t);
        return false;
    }
    if (c->capacity < 0 || (int64_t)c->count < c->capacity) {
        c->buf[(c->head + c->count) % c->bufsize] = v;
        c->count++;
        return true;
    }
    return false;
}

static bool recv_ready(ChannelObj *c)
{
    return c->poisoned || c->closed || c->count || q_first_live(&c->sendq, &c->sendq_tail);
}

static bool send_ready(ChannelObj *c)
{
    return c->poisoned || c->closed || q_first_live(&c->recvq, &c->recvq_tail) || c->capacity < 0 ||
           (int64_t)c->count < c->capacity;
}

/* What an operation that cannot wait raises: nowait, or timed out. */
static Value wait_error(Task *t, ChannelObj *c, bool sending, bool nowait)
{
    if (c->wait_error) return c->wait_error(t, c, sending);
    if (!nowait) return error_of(t, &exc_TimeoutError);
    return error_of(t, sending ? &exc_ChannelFull : &exc_ChannelEmpty);
}

/* --- waiting ----------------------------------------------------------------------- */

static int64_t deadline_of(double timeout)
{
    if (timeout < 0) return -1;
    return sched_now() + (int64_t)(timeout * 1e9);
}

/* A timed wait on one channel expired: unlink the waiter unless a waker
 * already took it. */
static void chan_timeout(Task *t)
{
    Waiter *w = &t->waiter;
    ChannelObj *c = w->owner;
    pthread_mutex_lock(&c->lock);
    bool mine = w->linked;
    if (mine) {
        if (w->kind == WAIT_SEND) q_unlink(&c->sendq, &c->sendq_tail, w);
        else q_unlink(&c->recvq, &c->recvq_tail, w);
    }
    pthread_mutex_unlock(&c->lock);
    if (mine) sched_wake(t, 0, wait_error(t, c, w->kind == WAIT_SEND, false));
}

/* Parks (or blocks) t as a waiter of c; called with c's lock held, returns
 * with it released. */
static Value wait_on(Task *t, ChannelObj *c, WaitKind kind, Value v, const char *what, int64_t deadline)
{
    Waiter *w = &t->waiter;
    sched_begin_wait(t, what, OBJ_VAL(c));
    w->owner = c;
    w->kind = kind;
    w->value = v;
    w->sel = NULL;
    w->index = -1;
    if (kind == WAIT_SEND) q_push(&c->sendq, &c->sendq_tail, w);
    else q_push(&c->recvq, &c->recvq_tail, w);
    t->on_timeout = chan_timeout;
    pthread_mutex_unlock(&c->lock);
    return sched_wait(t, deadline);
}

static Value recv_op(Task *t, ChannelObj *c, WaitKind kind, double timeout, bool nowait)
{
    pthread_mutex_lock(&c->lock);
    if (c->poisoned) {
        pthread_mutex_unlock(&c->lock);
        return err_set(t, error_of(t, &exc_ChannelPoisoned));
    }
    Value v;
    if (take_ready(c, &v)) {
        pthread_mutex_unlock(&c->lock);
        return v;
    }
    if (c->closed || nowait || timeout == 0) {
        bool closed = c->closed;
        pthread_mutex_unlock(&c->lock);
        if (closed && kind == WAIT_ITER) return 0;
        if (closed) return err_set(t, error_of(t, &exc_ChannelClosed));
        return err_set(t, wait_error(t, c, false, nowait));
    }
    Value r = wait_on(t, c, kind, 0, kind == WAIT_ITER ? "iteration" : "recv", deadline_of(timeout));
    return r == V_EXHAUSTED ? 0 : r;     /* the thread blocked: the iterator ended */
}

Value channel_recv(Task *t, Value ch, double timeout, bool nowait)
{
    return recv_op(t, AS_CHANNEL(ch), WAIT_RECV, timeout, nowait);
}

Value channel_send(Task *t, Value ch, Value v, double timeout, bool nowait)
{
    ChannelObj *c = AS_CHANNEL(ch);
    v = share_value(t, v);
    if (!v) return 0;
    pthread_mutex_lock(&c->lock);
    if (c->poisoned || c->closed) {
        bool poisoned = c->poisoned;
        pthread_mutex_unlock(&c->lock);
        return err_set(t, error_of(t, poisoned ? &exc_ChannelPoisoned : &exc_ChannelClosed));
    }
    if (put_ready(t, c, v)) {
        pthread_mutex_unlock(&c->lock);
        return V_NONE;
    }
    if (t->exc || nowait || timeout == 0) {    /* t->exc: an unbounded buffer could not grow */
        pthread_mutex_unlock(&c->lock);
        return t->exc ? 0 : err_set(t, wait_error(t, c, true, nowait));
    }
    return wait_on(t, c, WAIT_SEND, v, "send", deadline_of(timeout));
}

/* --- select ------------------------------------------------------------------------ */

typedef struct Case {
    ChannelObj *chan;
    Value value;               /* to send; 0 for a receive */
} Case;

static int cmp_chan(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t)*(ChannelObj *const *)a, y = (uintptr_t)*(ChannelObj *const *)b;
    return x < y ? -1 : x > y;
}

/* The distinct channels of the cases in address order (the locking order). */
static size_t lock_set(Task *t, Case *cases, size_t n, ChannelObj ***out)
{
    ChannelObj **chans = GC_MALLOC((n ? n : 1) * sizeof *chans);
    for (size_t i = 0; i < n; i++) chans[i] = cases[i].chan;
    qsort(chans, n, sizeof *chans, cmp_chan);
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (!m || chans[m - 1] != chans[i]) chans[m++] = chans[i];
    *out = chans;
    return m;
}

static void lock_all(ChannelObj **chans, size_t m)
{
    for (size_t i = 0; i < m; i++) pthread_mutex_lock(&chans[i]->lock);
}

static void unlock_all(ChannelObj **chans, size_t m)
{
    for (size_t i = m; i-- > 0;) pthread_mutex_unlock(&chans[i]->lock);
}

static uint64_t next_random(Task *t)
{
    if (!t->rng) t->rng = ((uint64_t)t->id * 0x9E3779B97F4A7C15ULL) ^ (uint64_t)sched_now() ^ 1;
    uint64_t x = t->rng;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return t->rng = x;
}

/* Performs a case found ready (locks held): its result, or 0 with an
 * exception set, or 0 without one when it was not ready after all: the
 * waiter that made it ready belonged to another select, which a third task
 * claimed through another channel meanwhile. */
static Value fire_case(Task *t, Case *k)
{
    ChannelObj *c = k->chan;
    if (c->poisoned) return err_set(t, error_of(t, &exc_ChannelPoisoned));
    if (k->value) {
        if (c->closed) return err_set(t, error_of(t, &exc_ChannelClosed));
        return put_ready(t, c, k->value) ? tuple_pack(2, OBJ_VAL(c), V_NONE) : 0;
    }
    Value v;
    if (take_ready(c, &v)) return tuple_pack(2, OBJ_VAL(c), v);
    return c->closed ? tuple_pack(2, OBJ_VAL(c), V_CLOSED) : 0;
}

/* A timed-out select takes its waiters out of every queue, one channel
 * lock at a time. */
static void select_timeout(Task *t)
{
    Select *s = t->waiter.sel;
    int expected = -1;
    if (!__atomic_compare_exchange_n(&s->fired, &expected, -2, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
        return;
    for (size_t i = 0; i < s->n; i++) {
        Waiter *w = &s->ws[i];
        ChannelObj *c = w->owner;
        pthread_mutex_lock(&c->lock);
        if (w->linked) {
            if (w->kind == WAIT_SELECT_SEND) q_unlink(&c->sendq, &c->sendq_tail, w);
            else q_unlink(&c->recvq, &c->recvq_tail, w);
        }
        pthread_mutex_unlock(&c->lock);
    }
    sched_wake(t, 0, error_of(t, &exc_TimeoutError));
}

/* No case is ready: a waiter in every queue, then park (locks held on
 * entry, released on return). */
static Value select_wait(Task *t, Case *cases, size_t n, ChannelObj **chans, size_t m, double timeout)
{
    Select *sel = GC_MALLOC(sizeof *sel);
    Waiter *ws = GC_MALLOC(n * sizeof *ws);
    if (!sel || !ws) {
        unlock_all(chans, m);
        return err_no_memory(t);
    }
    sel->fired = -1;
    sel->ws = ws;
    sel->n = n;
    Value chanlist = tuple_new(n);
    for (size_t i = 0; i < n; i++) TUPLE_ITEM(chanlist, i) = OBJ_VAL(cases[i].chan);
    sched_begin_wait(t, "select", chanlist);
    for (size_t i = 0; i < n; i++) {
        Waiter *w = &ws[i];
        ChannelObj *c = cases[i].chan;
        w->task = t;
        w->owner = c;
        w->sel = sel;
        w->index = (int)i;
        w->value = cases[i].value;
        w->kind = cases[i].value ? WAIT_SELECT_SEND : WAIT_SELECT_RECV;
        if (cases[i].value) q_push(&c->sendq, &c->sendq_tail, w);
        else q_push(&c->recvq, &c->recvq_tail, w);
    }
    t->waiter.sel = sel;
    t->on_timeout = select_timeout;
    unlock_all(chans, m);
    return sched_wait(t, deadline_of(timeout));
}

Value channel_select(Task *t, const Value *items, size_t n, double timeout)
{
    Case *cases = GC_MALLOC((n ? n : 1) * sizeof *cases);
    for (size_t i = 0; i < n; i++) {
        Value it = items[i];
        if (IS_CHANNEL(it)) {
            cases[i] = (Case){AS_CHANNEL(it), 0};
        } else if (IS_TUPLE(it) && TUPLE_LEN(it) == 2 && IS_CHANNEL(TUPLE_ITEM(it, 0))) {
            Value v = share_value(t, TUPLE_ITEM(it, 1));
            if (!v) return 0;
            cases[i] = (Case){AS_CHANNEL(TUPLE_ITEM(it, 0)), v};
        } else {
            return err_format(t, &exc_TypeError,
                              "select() cases must be channels or (channel, value) pairs, not %s", obj_type_name(it));
        }
    }
    ChannelObj **chans;
    size_t m = lock_set(t, cases, n, &chans);
    lock_all(chans, m);
    size_t *ready = GC_MALLOC_ATOMIC((n ? n : 1) * sizeof(size_t)), nready = 0;
    for (size_t i = 0; i < n; i++) {
        ChannelObj *c = cases[i].chan;
        if (cases[i].value ? send_ready(c) : recv_ready(c)) ready[nready++] = i;
    }
    /* a uniform choice among the ready cases; one that turns out not to be
     * ready leaves the set */
    while (nready) {
        size_t j = next_random(t) % nready;
        Value r = fire_case(t, &cases[ready[j]]);
        if (r || t->exc) {
            unlock_all(chans, m);
            return r;
        }
        ready[j] = ready[--nready];
    }
    if (timeout == 0) {
        unlock_all(chans, m);
        return err_set(t, error_of(t, &exc_TimeoutError));
    }
    return select_wait(t, cases, n, chans, m, timeout);
}

/* --- the Channel type ------------------------------------------------------------ */

bool channel_init(Task *t, ChannelObj *c, Type *tp, int64_t capacity)
{
    c->hdr.type = tp;
    pthread_mutex_init(&c->lock, NULL);
    c->capacity = capacity;
    if (capacity > 0) {
        c->buf = GC_MALLOC(capacity * sizeof(Value));
        if (!c->buf) {
            err_no_memory(t);
            return false;
        }
        c->bufsize = capacity;
    }
    return true;
}

Value channel_new(Task *t, int64_t capacity)
{
    ChannelObj *c = GC_MALLOC(sizeof *c);
    if (!c) return err_no_memory(t);
    return channel_init(t, c, &channel_type, capacity) ? OBJ_VAL(c) : 0;
}

/* A timeout argument: None (wait forever), or seconds >= 0. */
static bool timeout_arg(Task *t, Value v, double *out)
{
    if (!v || v == V_NONE) {
        *out = -1;
        return true;
    }
    if (float_operand(t, v, out) <= 0) {
        if (!t->exc) err_format(t, &exc_TypeError, "timeout must be a number or None, not %s", obj_type_name(v));
        return false;
    }
    if (*out < 0) *out = 0;
    return true;
}

static const ArgSpec new_spec = {"Channel", 0, 1, 0, 1, {"capacity"}};

static Value ch_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    Value a[1];
    if (!args_bind(t, &new_spec, args, nargs, kw, a)) return 0;
    int64_t cap = 0;
    if (a[0]) {
        Value n = obj_index(t, a[0]);
        if (!n || !int_as_i64(t, n, &cap)) return 0;
        if (cap < 0) return err_format(t, &exc_ValueError, "channel capacity must be >= 0");
    }
    return channel_new(t, cap);
}

static const ArgSpec send_spec = {"send", 0, 2, 1, 2, {"obj", "timeout"}};
static const ArgSpec recv_spec = {"recv", 0, 1, 0, 1, {"timeout"}};

static Value m_send(Task *t, const Value *args, size_t nargs, Value kw)
{
    Value a[2];
    double timeout;
    if (!args_bind(t, &send_spec, args + 1, nargs - 1, kw, a) || !timeout_arg(t, a[1], &timeout)) return 0;
    return channel_send(t, args[0], a[0], timeout, false);
}

static Value m_recv(Task *t, const Value *args, size_t nargs, Value kw)
{
    Value a[1];
    double timeout;
    if (!args_bind(t, &recv_spec, args + 1, nargs - 1, kw, a) || !timeout_arg(t, a[0], &timeout)) return 0;
    return channel_recv(t, args[0], timeout, false);
}

static Value m_send_nowait(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "send_nowait", nargs - 1, kw, 1, 1)) return 0;
    return channel_send(t, args[0], args[1], -1, true);
}

static Value m_recv_nowait(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "recv_nowait", nargs - 1, kw, 0, 0)) return 0;
    return channel_recv(t, args[0], -1, true);
}

bool channel_close(Task *t, Value ch)
{
    ChannelObj *c = AS_CHANNEL(ch);
    pthread_mutex_lock(&c->lock);
    bool poisoned = c->poisoned;
    if (!poisoned && !c->closed) {
        c->closed = true;
        Waiter *w;
        /* receivers waiting means the buffer is empty: they see the end */
        while ((w = q_take(&c->recvq, &c->recvq_tail))) deliver_recv(t, c, w, 0);
        fail_waiters(t, &c->sendq, &c->sendq_tail, &exc_ChannelClosed);
    }
    pthread_mutex_unlock(&c->lock);
    return !poisoned;
}

void channel_poison(Task *t, Value ch)
{
    ChannelObj *c = AS_CHANNEL(ch);
    pthread_mutex_lock(&c->lock);
    c->poisoned = true;
    fail_waiters(t, &c->recvq, &c->recvq_tail, &exc_ChannelPoisoned);
    fail_waiters(t, &c->sendq, &c->sendq_tail, &exc_ChannelPoisoned);
    pthread_mutex_unlock(&c->lock);
}

static Value m_close(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (channel_close(t, args[0])) return V_NONE;
    return err_set(t, error_of(t, &exc_ChannelPoisoned));
}

static Value m_poison(Task *t, const Value *args, size_t nargs, Value kw)
{
    channel_poison(t, args[0]);
    return V_NONE;
}

static Value ch_iter(Task *t, Value self) { return self; }

static Value ch_next(Task *t, Value self)
{
    return recv_op(t, AS_CHANNEL(self), WAIT_ITER, -1, false);
}

static int64_t ch_len(Task *t, Value self)
{
    ChannelObj *c = AS_CHANNEL(self);
    pthread_mutex_lock(&c->lock);
    int64_t n = (int64_t)c->count;
    pthread_mutex_unlock(&c->lock);
    return n;
}

static Value ch_repr(Task *t, Value self)
{
    ChannelObj *c = AS_CHANNEL(self);
    return str_format(t, "<Channel capacity=%lld%s at %p>", (long long)c->capacity,
                      c->poisoned ? " poisoned" : c->closed ? " closed" : "", (void *)self);
}

static Value get_closed(Task *t, Value self) { return V_BOOL(AS_CHANNEL(self)->closed); }
static Value get_capacity(Task *t, Value self) { return MAKE_SMALL(AS_CHANNEL(self)->capacity); }

static const MethodDef ch_methods[] = {
    {"send", m_send, METH_PLAIN, "send(obj, timeout=None): waits until the value is taken (or buffered)"},
    {"recv", m_recv, METH_PLAIN, "recv(timeout=None): the next value; ChannelClosed once closed and drained"},
    {"send_nowait", m_send_nowait, METH_PLAIN, NULL},
    {"recv_nowait", m_recv_nowait, METH_PLAIN, NULL},
    {"close", m_close, METH_PLAIN, NULL},
    {"poison", m_poison, METH_PLAIN, NULL},
    {NULL},
};

static const MemberDef ch_members[] = {
    {"closed", get_closed, NULL}, {"capacity", get_capacity, NULL},
    {NULL},
};

Type channel_type = {
    .hdr = {&type_type}, .name = "subinterpreters.Channel", .size = sizeof(ChannelObj),
    .new_ = ch_new, .iter = ch_iter, .next = ch_next, .len = ch_len, .repr = ch_repr,
    .methods = ch_methods, .members = ch_members,
};
REGISTER_TYPE(channel_type);

static Value closed_repr(Task *t, Value self) { return str_from_cstr("CLOSED"); }

Type channel_closed_type = {
    .hdr = {&type_type}, .name = "subinterpreters._Closed", .size = sizeof(Obj),
    .flags = TF_ABSTRACT_NEW, .repr = closed_repr,
};
REGISTER_TYPE(channel_closed_type);
