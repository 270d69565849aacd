/* channel.h - CSP channels: the only way islands exchange values. */
#ifndef ATOLL_CHANNEL_H
#define ATOLL_CHANNEL_H

#include <pthread.h>
#include "interp.h"

/* Waiter.kind for channels. */
typedef enum WaitKind { WAIT_RECV, WAIT_ITER, WAIT_SEND, WAIT_SELECT_RECV, WAIT_SELECT_SEND } WaitKind;

typedef struct ChannelObj {
    Obj hdr;
    pthread_mutex_t lock;
    int64_t capacity;          /* 0: rendezvous; < 0: unbounded (C callers only) */
    Value *buf;                /* ring of `bufsize` values */
    size_t bufsize, head, count;
    bool closed, poisoned;
    Waiter *recvq, *recvq_tail;   /* waiting receivers (buffer empty) */
    Waiter *sendq, *sendq_tail;   /* waiting senders (buffer full) */
    /* The exception a receive (sending false) or send that cannot wait
     * raises, nowait or timed out; NULL: ChannelEmpty/ChannelFull, or
     * TimeoutError. queue.c gives queues theirs. */
    Value (*wait_error)(Task *t, struct ChannelObj *c, bool sending);
} ChannelObj;

extern Type channel_type;
#define IS_CHANNEL(v) IS_TYPE(v, &channel_type)
#define AS_CHANNEL(v) ((ChannelObj *)(v))

/* The errors of channels, and the CLOSED sentinel select returns. */
extern Type exc_ChannelError, exc_ChannelClosed, exc_ChannelPoisoned, exc_ChannelEmpty, exc_ChannelFull;
extern Type channel_closed_type;
extern const Obj channel_closed_obj;
#define V_CLOSED OBJ_VAL(&channel_closed_obj)

/* concurrent.interpreters' Queue (queue.c): a channel with PEP 734's face,
 * shared between islands as channels are; maxsize <= 0 is unbounded. */
extern Type queue_type, exc_QueueError, exc_QueueEmpty, exc_QueueFull;
Value queue_new(Task *t, int64_t maxsize);

Value channel_new(Task *t, int64_t capacity);
/* Sets up a channel embedded at the start of a bigger object of type tp. */
bool channel_init(Task *t, ChannelObj *c, Type *tp, int64_t capacity);
/* send/recv for C callers (and the embedding API): timeout < 0 waits
 * forever; may return V_PARK only when sched_can_park(t). */
Value channel_send(Task *t, Value ch, Value v, double timeout, bool nowait);
Value channel_recv(Task *t, Value ch, double timeout, bool nowait);
Value channel_select(Task *t, const Value *cases, size_t n, double timeout);
/* close() and poison(), for C callers: wake the waiters as they must. */
bool channel_close(Task *t, Value ch);   /* false: the channel is poisoned */
void channel_poison(Task *t, Value ch);

#endif
