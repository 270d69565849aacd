/* api_value.c - value handles of the embedding API: making host values,
 * reading them, lists and dicts, and values crossing between the host and
 * interpreters.
 *
 * A handle records whom its value belongs to. Immutable values (and
 * channels) belong to nobody in particular and are filed as the host's; a
 * list or dict belongs to the interpreter it came from, or to the host
 * that made it. Reading or changing an interpreter's container takes that
 * interpreter's lock; a value given to an interpreter other than its owner
 * is copied by share_value's rules, as a channel message would be. */
#include <gc/gc.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "api.h"
#include "error.h"
#include "str.h"
#include "list.h"
#include "tuple.h"
#include "dict.h"
#include "bytes.h"
#include "int.h"
#include "bignum.h"
#include "floatobj.h"
#include "share.h"
#include "channel.h"

atoll_value *api_value_new(Interp *owner, Value v)
{
    atoll_value *h = GC_MALLOC_UNCOLLECTABLE(sizeof *h);
    if (!h) return NULL;
    h->v = v;
    h->owner = API_IS_HOST(owner) || !share_by_reference(v) ? owner : API_RT(owner)->host_in;
    return h;
}

Value api_value_prepare(Interp *in, atoll_value *h, int *status)
{
    if (!h) {
        *status = ATOLL_EINVAL;
        return 0;
    }
    if (h->owner == in || share_by_reference(h->v)) return h->v;
    Value c;
    if (API_IS_HOST(h->owner)) {
        /* a host list or dict: the host's own data, copied without a lock */
        Task t;
        task_init(&t, h->owner);
        if (!(c = share_value(&t, h->v))) *status = api_status_of(&t);
        return c;
    }
    Entry e;
    if ((*status = api_enter(h->owner, &e))) return 0;
    if (!(c = share_value(e.t, h->v))) *status = api_status_of(e.t);
    api_leave(&e);
    return c;
}

int api_values_prepare(Interp *in, size_t n, atoll_value *const *hs, Value *out)
{
    int st = ATOLL_OK;
    for (size_t i = 0; i < n; i++)
        if (!(out[i] = api_value_prepare(in, hs[i], &st))) return st;
    return ATOLL_OK;
}

/* --- making host values ------------------------------------------------------------- */

static atoll_value *host_value(atoll_runtime *rt, Value v)
{
    return rt && v ? api_value_new(rt->host_in, v) : NULL;
}

atoll_value *atoll_new_none(atoll_runtime *rt) { return host_value(rt, V_NONE); }
atoll_value *atoll_new_bool(atoll_runtime *rt, int b) { return host_value(rt, V_BOOL(b)); }

atoll_value *atoll_new_int(atoll_runtime *rt, int64_t n)
{
    return host_value(rt, FITS_SMALL(n) ? MAKE_SMALL(n) : big_from_i64(n));
}

atoll_value *atoll_new_int_str(atoll_runtime *rt, const char *decimal)
{
    if (!rt || !decimal) return NULL;
    bool ok;
    Value v = big_from_str(decimal, strlen(decimal), 10, &ok);
    return ok ? host_value(rt, v) : NULL;
}

atoll_value *atoll_new_float(atoll_runtime *rt, double d)
{
    if (!rt) return NULL;
    Task t;
    task_init(&t, rt->host_in);
    return host_value(rt, float_new(&t, d));
}

atoll_value *atoll_new_str(atoll_runtime *rt, const char *utf8, size_t len)
{
    if (!rt || !utf8) return NULL;
    if (len == ATOLL_NTS) len = strlen(utf8);
    return utf8_valid(utf8, len) ? host_value(rt, str_new(utf8, len)) : NULL;
}

atoll_value *atoll_new_bytes(atoll_runtime *rt, const void *data, size_t len)
{
    if (!rt || (!data && len)) return NULL;
    Task t;
    task_init(&t, rt->host_in);
    return host_value(rt, bytes_new(&t, data ? data : "", len));
}

atoll_value *atoll_new_tuple(atoll_runtime *rt, size_t n, atoll_value *const *items)
{
    if (!rt || (n && !items)) return NULL;
    Value tup = tuple_new(n);
    if (!tup || api_values_prepare(rt->host_in, n, items, AS_TUPLE(tup)->items) != ATOLL_OK) return NULL;
    return host_value(rt, tup);
}

atoll_value *atoll_new_list(atoll_runtime *rt) { return rt ? host_value(rt, list_new(0)) : NULL; }
atoll_value *atoll_new_dict(atoll_runtime *rt) { return rt ? host_value(rt, dict_new_value()) : NULL; }

atoll_value *atoll_dup(atoll_value *v)
{
    atoll_value *h = v ? GC_MALLOC_UNCOLLECTABLE(sizeof *h) : NULL;
    if (h) *h = (atoll_value){v->v, v->owner, NULL, false};
    return h;
}

void atoll_release(atoll_value *v)
{
    if (v && !v->borrowed) GC_FREE(v);
}

/* --- reading values ---------------------------------------------------------------------- */

int atoll_typeof(atoll_value *h)
{
    if (!h) return ATOLL_TOTHER;
    Value v = h->v;
    if (IS_SMALL(v)) return ATOLL_TINT;
    Type *tp = AS_OBJ(v)->type;
    return tp == &none_type ? ATOLL_TNONE : tp == &bool_type ? ATOLL_TBOOL : tp == &int_type ? ATOLL_TINT
         : tp == &float_type ? ATOLL_TFLOAT : tp == &str_type ? ATOLL_TSTR : tp == &bytes_type ? ATOLL_TBYTES
         : tp == &list_type ? ATOLL_TLIST : tp == &tuple_type ? ATOLL_TTUPLE : tp == &dict_type ? ATOLL_TDICT
         : tp == &channel_type ? ATOLL_TCHANNEL : ATOLL_TOTHER;
}

const char *atoll_type_name(atoll_value *h)
{
    if (!h) return NULL;
    Value name = TYPE_OF(h->v)->name_str;
    return name && IS_STR(name) ? STR_DATA(name) : TYPE_OF(h->v)->name;
}

int atoll_to_bool(atoll_value *h, int *out)
{
    if (!h || !out) return ATOLL_EINVAL;
    if (!IS_BOOL(h->v)) return ATOLL_ETYPE;
    *out = h->v == V_TRUE;
    return ATOLL_OK;
}

/* int and bool, as the int they are. */
static bool int_value(Value v, Value *out)
{
    if (IS_BOOL(v)) {
        *out = MAKE_SMALL(v == V_TRUE);
        return true;
    }
    *out = v;
    return IS_INT(v);
}

int atoll_to_int(atoll_value *h, int64_t *out)
{
    Value v;
    if (!h || !out) return ATOLL_EINVAL;
    if (!int_value(h->v, &v)) return ATOLL_ETYPE;
    if (IS_SMALL(v)) {
        *out = SMALL_VAL(v);
        return ATOLL_OK;
    }
    return big_to_i64(v, out) ? ATOLL_OK : ATOLL_ERANGE;
}

int atoll_to_int_str(atoll_value *h, const char **decimal)
{
    Value v;
    if (!h || !decimal) return ATOLL_EINVAL;
    if (!int_value(h->v, &v)) return ATOLL_ETYPE;
    if (!h->text) {
        char *s;
        if (IS_SMALL(v)) {
            s = GC_MALLOC_ATOMIC(24);
            if (s) snprintf(s, 24, "%lld", (long long)SMALL_VAL(v));
        } else {
            s = big_to_str(v, 10, NULL);
        }
        if (!s) return ATOLL_ENOMEM;
        h->text = s;
    }
    *decimal = h->text;
    return ATOLL_OK;
}

int atoll_to_float(atoll_value *h, double *out)
{
    Value v;
    if (!h || !out) return ATOLL_EINVAL;
    if (IS_FLOAT(h->v)) {
        *out = FLOAT_VAL(h->v);
        return ATOLL_OK;
    }
    if (!int_value(h->v, &v)) return ATOLL_ETYPE;
    if (IS_SMALL(v)) {
        *out = (double)SMALL_VAL(v);
        return ATOLL_OK;
    }
    bool overflow = false;
    *out = big_to_double(v, &overflow);
    return overflow ? ATOLL_ERANGE : ATOLL_OK;
}

int atoll_to_str(atoll_value *h, const char **utf8, size_t *len)
{
    if (!h || !utf8) return ATOLL_EINVAL;
    if (!IS_STR(h->v)) return ATOLL_ETYPE;
    *utf8 = STR_DATA(h->v);
    if (len) *len = STR_SIZE(h->v);
    return ATOLL_OK;
}

int atoll_to_bytes(atoll_value *h, const void **data, size_t *len)
{
    if (!h || !data || !len) return ATOLL_EINVAL;
    if (!IS_BYTES(h->v)) return ATOLL_ETYPE;
    *data = AS_BYTES(h->v)->data;
    *len = AS_BYTES(h->v)->size;
    return ATOLL_OK;
}

/* --- containers ---------------------------------------------------------------------------- */

/* Working on a handle's object: inside its interpreter (its lock taken), or
 * on a task of the host context for a host value. */
typedef struct Access {
    atoll_value *h;
    Entry e;
    bool entered;
    Task host;
    Task *t;
} Access;

static int access_begin(Access *a, atoll_value *h)
{
    a->h = h;
    a->entered = !API_IS_HOST(h->owner);
    if (!a->entered) {
        task_init(&a->host, h->owner);
        a->t = &a->host;
        return ATOLL_OK;
    }
    int st = api_enter(h->owner, &a->e);
    a->t = a->e.t;
    return st;
}

static void access_end(Access *a)
{
    if (a->entered) api_leave(&a->e);
}

/* The exception pending: the interpreter's error, or a status for the host. */
static int access_fail(Access *a)
{
    return a->entered ? api_fail(&a->e) : api_status_of(a->t);
}

/* A value read out of the container, as a new handle of the same owner. */
static int access_out(Access *a, Value v, atoll_value **out)
{
    return (*out = api_value_new(a->h->owner, v)) ? ATOLL_OK : ATOLL_ENOMEM;
}

int atoll_len(atoll_value *h, size_t *out)
{
    if (!h || !out) return ATOLL_EINVAL;
    Value v = h->v;
    if (IS_STR(v)) *out = STR_LEN(v);
    else if (IS_BYTES(v)) *out = AS_BYTES(v)->size;
    else if (IS_TUPLE(v)) *out = TUPLE_LEN(v);
    else if (!IS_LIST(v) && !IS_DICT(v)) return ATOLL_ETYPE;
    else {
        Access a;
        int st = access_begin(&a, h);
        if (st) return st;
        *out = IS_LIST(v) ? AS_LIST(v)->len : AS_DICT(v)->used;
        access_end(&a);
    }
    return ATOLL_OK;
}

int atoll_get_item(atoll_value *h, size_t i, atoll_value **out)
{
    if (!out) return ATOLL_EINVAL;
    *out = NULL;
    if (!h) return ATOLL_EINVAL;
    if (IS_TUPLE(h->v)) {
        if (i >= TUPLE_LEN(h->v)) return ATOLL_ERANGE;
        return (*out = api_value_new(h->owner, TUPLE_ITEM(h->v, i))) ? ATOLL_OK : ATOLL_ENOMEM;
    }
    if (!IS_LIST(h->v)) return ATOLL_ETYPE;
    Access a;
    int st = access_begin(&a, h);
    if (st) return st;
    ListObj *l = AS_LIST(h->v);
    st = i < l->len ? access_out(&a, l->items[i], out) : ATOLL_ERANGE;
    access_end(&a);
    return st;
}

/* An item to store into h's container, prepared for its owner. */
static Value item_for(atoll_value *h, atoll_value *item, int *st)
{
    return api_value_prepare(h->owner, item, st);
}

int atoll_list_append(atoll_value *h, atoll_value *item)
{
    if (!h || !item) return ATOLL_EINVAL;
    if (!IS_LIST(h->v)) return ATOLL_ETYPE;
    int st;
    Value x = item_for(h, item, &st);
    if (!x) return st;
    Access a;
    if ((st = access_begin(&a, h))) return st;
    if (!list_append(a.t, h->v, x)) st = access_fail(&a);
    access_end(&a);
    return st;
}

int atoll_list_set(atoll_value *h, size_t i, atoll_value *item)
{
    if (!h || !item) return ATOLL_EINVAL;
    if (!IS_LIST(h->v)) return ATOLL_ETYPE;
    int st;
    Value x = item_for(h, item, &st);
    if (!x) return st;
    Access a;
    if ((st = access_begin(&a, h))) return st;
    ListObj *l = AS_LIST(h->v);
    if (i < l->len) l->items[i] = x;
    else st = ATOLL_ERANGE;
    access_end(&a);
    return st;
}

int atoll_dict_get(atoll_value *h, atoll_value *key, atoll_value **out)
{
    if (!out) return ATOLL_EINVAL;
    *out = NULL;
    if (!h || !key) return ATOLL_EINVAL;
    if (!IS_DICT(h->v)) return ATOLL_ETYPE;
    int st;
    Value k = item_for(h, key, &st);
    if (!k) return st;
    Access a;
    if ((st = access_begin(&a, h))) return st;
    Value v = dict_get(a.t, AS_DICT(h->v), k);
    if (v) st = access_out(&a, v, out);
    else st = a.t->exc ? access_fail(&a) : ATOLL_ENOTFOUND;
    access_end(&a);
    return st;
}

int atoll_dict_set(atoll_value *h, atoll_value *key, atoll_value *value)
{
    if (!h || !key || !value) return ATOLL_EINVAL;
    if (!IS_DICT(h->v)) return ATOLL_ETYPE;
    int st;
    Value k = item_for(h, key, &st), v = k ? item_for(h, value, &st) : 0;
    if (!v) return st;
    Access a;
    if ((st = access_begin(&a, h))) return st;
    if (!dict_set(a.t, AS_DICT(h->v), k, v)) st = access_fail(&a);
    access_end(&a);
    return st;
}

int atoll_dict_next(atoll_value *h, size_t *pos, atoll_value **key, atoll_value **value)
{
    if (!key || !value) return ATOLL_EINVAL;
    *key = *value = NULL;
    if (!h || !pos) return ATOLL_EINVAL;
    if (!IS_DICT(h->v)) return ATOLL_ETYPE;
    Access a;
    int st = access_begin(&a, h);
    if (st) return st;
    Value k, v;
    if (!dict_next(AS_DICT(h->v), pos, &k, &v)) st = ATOLL_ENOTFOUND;
    else if ((st = access_out(&a, k, key)) == ATOLL_OK && (st = access_out(&a, v, value)) != ATOLL_OK) {
        atoll_release(*key);
        *key = NULL;
    }
    access_end(&a);
    return st;
}
