/* share.h - what may cross from one island to another, and how. */
#ifndef ATOLL_SHARE_H
#define ATOLL_SHARE_H

#include "object.h"

/* The island errors (island.c). */
extern Type exc_InterpreterError, exc_InterpreterNotFoundError, exc_NotShareableError,
    exc_TaskFailed, exc_ChannelError, exc_ChannelClosed, exc_ChannelPoisoned,
    exc_ChannelEmpty, exc_ChannelFull;

/* v as the receiving island gets it: immutable values (None, bool, int,
 * float, str, bytes, and tuples/frozensets of them), channels, interpreter
 * and task handles are shared as they are; list, dict, set and bytearray
 * are deep-copied (sharing and cycles preserved); anything else raises
 * NotShareableError and returns 0. */
Value share_value(Task *t, Value v);
/* Would share_value accept v? (no copy made) */
bool share_check(Value v);
/* Does v cross as it is (immutable, a channel...), with no copy? */
bool share_by_reference(Value v);

#endif
