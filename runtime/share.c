/* share.c - crossing islands: immutable values go by reference, mutable
 * built-in containers by deep copy (made by the sending side, which owns
 * the originals), everything else is refused before anything is sent. */
#include <gc/gc.h>
#include "object.h"
#include "error.h"
#include "str.h"
#include "list.h"
#include "tuple.h"
#include "dict.h"
#include "set.h"
#include "bytes.h"
#include "interp.h"
#include "channel.h"
#include "share.h"

/* Values another island may hold as they are. */
static bool by_reference(Value v, int depth)
{
    if (IS_SMALL(v)) return true;
    Type *tp = AS_OBJ(v)->type;
    if (tp == &int_type || tp == &float_type || tp == &str_type || tp == &bytes_type ||
        tp == &bool_type || tp == &none_type || tp == &ellipsis_type || tp == &notimpl_type ||
        tp == &channel_type || tp == &queue_type || tp == &channel_closed_type || tp == &interp_type ||
        tp == &task_type)
        return true;
    if (depth > 200) return false;
    if (tp == &tuple_type) {
        for (size_t i = 0; i < TUPLE_LEN(v); i++)
            if (!by_reference(TUPLE_ITEM(v, i), depth + 1)) return false;
        return true;
    }
    if (tp == &frozenset_type) {
        size_t pos = 0;
        Value k;
        while (set_next(v, &pos, &k))
            if (!by_reference(k, depth + 1)) return false;
        return true;
    }
    return false;
}

static bool copyable_type(Type *tp)
{
    return tp == &list_type || tp == &dict_type || tp == &set_type || tp == &bytearray_type ||
           tp == &tuple_type || tp == &frozenset_type;
}

static Value refuse(Task *t, Value v)
{
    return err_format(t, &exc_NotShareableError, "object of type '%s' cannot be shared between interpreters",
                      obj_type_name(v));
}

static Value copy(Task *t, Value v, DictObj *memo);

/* The copies of an iterable's items, in order, as a list. */
static Value copy_items(Task *t, Value v, DictObj *memo)
{
    Value items = list_from_iter(t, v);
    if (!items) return 0;
    ListObj *l = AS_LIST(items);
    for (size_t i = 0; i < l->len; i++) {
        l->items[i] = copy(t, l->items[i], memo);
        if (!l->items[i]) return 0;
    }
    return items;
}

static Value copy_container(Task *t, Value v, DictObj *memo)
{
    Type *tp = AS_OBJ(v)->type;
    if (tp == &bytearray_type) return bytearray_new(t, AS_BYTEARRAY(v)->data, AS_BYTEARRAY(v)->size);
    if (tp == &list_type) {
        Value out = list_new(AS_LIST(v)->len);
        dict_set(t, memo, MAKE_SMALL((intptr_t)v >> 3), out);
        for (size_t i = 0; i < AS_LIST(v)->len; i++) {
            Value c = copy(t, AS_LIST(v)->items[i], memo);
            if (!c || !list_append(t, out, c)) return 0;
        }
        return out;
    }
    if (tp == &dict_type) {
        Value out = dict_new_value();
        dict_set(t, memo, MAKE_SMALL((intptr_t)v >> 3), out);
        size_t pos = 0;
        Value k, x;
        while (dict_next(AS_DICT(v), &pos, &k, &x)) {
            Value ck = copy(t, k, memo), cx = ck ? copy(t, x, memo) : 0;
            if (!cx || !dict_set(t, AS_DICT(out), ck, cx)) return 0;
        }
        return out;
    }
    /* set, tuple, frozenset: items first (a cycle through them is impossible
     * without a mutable container, which the memo already holds) */
    Value items = copy_items(t, v, memo);
    if (!items) return 0;
    if (tp == &tuple_type) return tuple_from_array(AS_LIST(items)->items, AS_LIST(items)->len);
    return set_from_iter(t, tp, items);
}

static Value copy(Task *t, Value v, DictObj *memo)
{
    if (by_reference(v, 0)) return v;
    if (!copyable_type(AS_OBJ(v)->type)) return refuse(t, v);
    Value seen = dict_get(t, memo, MAKE_SMALL((intptr_t)v >> 3));
    if (seen) return seen;
    if (!rec_enter(t, " while copying a value between interpreters")) return 0;
    Value c = copy_container(t, v, memo);
    rec_leave(t);
    return c;
}

Value share_value(Task *t, Value v)
{
    if (by_reference(v, 0)) return v;
    DictObj *memo = dict_new();
    return memo ? copy(t, v, memo) : err_no_memory(t);
}

/* The containers check() has entered: a cycle through lists and dicts is
 * as shareable as its parts (share_value copies it with its cycles), so a
 * container met again is not looked at twice. An open-addressing set of
 * addresses, grown at half full; seen_add gives 1 when v is new, 0 when it
 * was there, -1 out of memory. */
typedef struct Seen {
    Value *slots;
    size_t cap, used;
} Seen;

static int seen_add(Seen *s, Value v)
{
    if (2 * (s->used + 1) > s->cap) {
        Seen bigger = {GC_MALLOC((s->cap ? s->cap * 2 : 16) * sizeof(Value)), s->cap ? s->cap * 2 : 16, 0};
        if (!bigger.slots) return -1;
        for (size_t i = 0; i < s->cap; i++)
            if (s->slots[i]) seen_add(&bigger, s->slots[i]);
        *s = bigger;
    }
    size_t i = ((uintptr_t)v >> 4) & (s->cap - 1);
    while (s->slots[i]) {
        if (s->slots[i] == v) return 0;
        i = (i + 1) & (s->cap - 1);
    }
    s->slots[i] = v;
    s->used++;
    return 1;
}

static bool check(Value v, int depth, Seen *seen)
{
    if (by_reference(v, 0)) return true;
    Type *tp = AS_OBJ(v)->type;
    if (!copyable_type(tp) || depth > 1000) return false;
    if (tp == &bytearray_type) return true;
    if (tp == &list_type || tp == &dict_type) {
        int added = seen_add(seen, v);
        if (added <= 0) return added == 0;     /* met before: its parts are being checked */
    }
    if (tp == &list_type) {
        for (size_t i = 0; i < AS_LIST(v)->len; i++)
            if (!check(AS_LIST(v)->items[i], depth + 1, seen)) return false;
        return true;
    }
    if (tp == &tuple_type) {
        for (size_t i = 0; i < TUPLE_LEN(v); i++)
            if (!check(TUPLE_ITEM(v, i), depth + 1, seen)) return false;
        return true;
    }
    size_t pos = 0;
    Value k, x;
    if (tp == &dict_type) {
        while (dict_next(AS_DICT(v), &pos, &k, &x))
            if (!check(k, depth + 1, seen) || !check(x, depth + 1, seen)) return false;
        return true;
    }
    while (set_next(v, &pos, &k))
        if (!check(k, depth + 1, seen)) return false;
    return true;
}

bool share_check(Value v)
{
    Seen seen = {0};
    return check(v, 0, &seen);
}

bool share_by_reference(Value v) { return by_reference(v, 0); }
