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
    int64_t capacity;          /* 0: rendezvous */
    Value *buf;                /* ring of `capacity` values */
    size_t head, count;
    bool closed, poisoned;
    Waiter *recvq, *recvq_tail;   /* waiting receivers (buffer empty) */
    Waiter *sendq, *sendq_tail;   /* waiting senders (buffer full) */
} ChannelObj;

extern Type channel_type;
#define IS_CHANNEL(v) IS_TYPE(v, &channel_type)
#define AS_CHANNEL(v) ((ChannelObj *)(v))

/* The errors of channels, and the CLOSED sentinel select returns. */
extern Type exc_ChannelError, exc_ChannelClosed, exc_ChannelPoisoned, exc_ChannelEmpty, exc_ChannelFull;
extern Type channel_closed_type;
extern const Obj channel_closed_obj;
#define V_CLOSED OBJ_VAL(&channel_closed_obj)

Value channel_new(Task *t, int64_t capacity);
/* send/recv for C callers (and the embedding API): timeout < 0 waits
 * forever; may return V_PARK only when sched_can_park(t). */
Value channel_send(Task *t, Value ch, Value v, double timeout, bool nowait);
Value channel_recv(Task *t, Value ch, double timeout, bool nowait);
Value channel_select(Task *t, const Value *cases, size_t n, double timeout);
/* close() and poison(), for C callers: wake the waiters as they must. */
void channel_close(Task *t, Value ch);
void channel_poison(Task *t, Value ch);

#endif
