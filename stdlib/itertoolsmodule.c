/* itertoolsmodule.c - itertools: iterator building blocks, in C as in
 * CPython. Each iterator follows CPython's state machine, so shared input
 * iterators are consumed in the same order, and outputs, reprs and
 * messages are the same. */
#include <string.h>
#include <gc/gc.h>
#include "object.h"
#include "error.h"
#include "int.h"
#include "str.h"
#include "list.h"
#include "tuple.h"
#include "dict.h"
#include "names.h"
#include "slice.h"
#include "interp.h"
#include "module.h"

static Value self_iter(Task *t, Value self) { return self; }

static void *alloc(Task *t, Type *tp, size_t size)
{
    if (tp->size > size) size = tp->size;
    Obj *o = GC_MALLOC(size);
    if (!o) {
        err_no_memory(t);
        return NULL;
    }
    o->type = tp;
    return o;
}

/* The type's own name for reprs (a subclass shows its name). */
static const char *short_name(Value self) { return STR_DATA(TYPE_OF(self)->name_str); }

/* "x() takes no keyword arguments" for the exact type (subclasses may take some). */
static bool no_kw(Task *t, Type *tp, Type *exact, const char *name, Value kw)
{
    return tp != exact || args_no_kw(t, name, kw);
}

/* PyArg_UnpackTuple's check: "cycle expected 1 argument, got 0". */
static bool unpack_check(Task *t, const char *name, size_t nargs, size_t min, size_t max)
{
    if (nargs >= min && nargs <= max) return true;
    size_t bound = nargs < min ? min : max;
    err_format(t, &exc_TypeError, "%s expected %s%zu argument%s, got %zu", name,
               min == max ? "" : nargs < min ? "at least " : "at most ", bound, bound == 1 ? "" : "s", nargs);
    return false;
}

/* A non-negative count argument ("r must be non-negative"). */
static bool count_arg(Task *t, Value v, const char *what, int64_t *out)
{
    Value n = obj_index(t, v);
    if (!n || !index_to_i64(t, n, &exc_OverflowError, out)) return false;
    if (*out < 0) {
        err_format(t, &exc_ValueError, "%s", what);
        return false;
    }
    return true;
}

#define ITER_TYPE(var, pyname, obj, newfn, nextfn, ...) \
    Type var = { .hdr = {&type_type}, .name = "itertools." pyname, .size = sizeof(obj), \
                 .flags = TF_BASETYPE, .new_ = newfn, .iter = self_iter, .next = nextfn, __VA_ARGS__ }; \
    REGISTER_TYPE(var)

/* --- count ------------------------------------------------------------------------- */

typedef struct CountObj {
    Obj hdr;
    Value cnt, step;
} CountObj;

extern Type count_type;

static bool is_number(Value v)
{
    if (HAS_FLAG(v, TF_INT) || HAS_FLAG(v, TF_FLOAT) || IS_BOOL(v)) return true;
    Type *tp = TYPE_OF(v);
    return type_lookup(tp, NAME(__index__)) || type_lookup(tp, NAME(__int__)) || type_lookup(tp, NAME(__float__));
}

static Value count_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    static const ArgSpec spec = {"count", 0, 2, 0, 2, {"start", "step"}};
    Value a[2];
    if (!args_bind(t, &spec, args, nargs, kw, a)) return 0;
    if ((a[0] && !is_number(a[0])) || (a[1] && !is_number(a[1])))
        return err_format(t, &exc_TypeError, "a number is required");
    CountObj *c = alloc(t, tp, sizeof *c);
    if (!c) return 0;
    c->cnt = a[0] ? a[0] : MAKE_SMALL(0);
    c->step = a[1] ? a[1] : MAKE_SMALL(1);
    return OBJ_VAL(c);
}

static Value count_next(Task *t, Value self)
{
    CountObj *c = (CountObj *)self;
    Value r = c->cnt;
    Value n;
    intptr_t s;
    if (IS_SMALL(r) && IS_SMALL(c->step) && !__builtin_add_overflow(SMALL_VAL(r), SMALL_VAL(c->step), &s) &&
        FITS_SMALL(s))
        n = MAKE_SMALL(s);
    else
        n = obj_binop(t, r, c->step, BIN_ADD);
    if (!n) return 0;
    c->cnt = n;
    return r;
}

static Value count_repr(Task *t, Value self)
{
    CountObj *c = (CountObj *)self;
    if (HAS_FLAG(c->step, TF_INT) || IS_BOOL(c->step)) {
        int one = obj_eq(t, c->step, MAKE_SMALL(1));
        if (one < 0) return 0;
        if (one) return str_format(t, "%s(%R)", short_name(self), c->cnt);
    }
    return str_format(t, "%s(%R, %R)", short_name(self), c->cnt, c->step);
}

ITER_TYPE(count_type, "count", CountObj, count_new, count_next, .repr = count_repr);

/* --- cycle ------------------------------------------------------------------------- */

typedef struct CycleObj {
    Obj hdr;
    Value it;                  /* 0 once exhausted: then replay saved */
    Value saved;               /* list */
    size_t index;
} CycleObj;

extern Type cycle_type;

static Value cycle_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    if (!no_kw(t, tp, &cycle_type, "cycle", kw) || !unpack_check(t, "cycle", nargs, 1, 1)) return 0;
    Value it = obj_iter(t, args[0]);
    if (!it) return 0;
    CycleObj *c = alloc(t, tp, sizeof *c);
    if (!c) return 0;
    c->it = it;
    c->saved = list_new(0);
    return OBJ_VAL(c);
}

static Value cycle_next(Task *t, Value self)
{
    CycleObj *c = (CycleObj *)self;
    if (c->it) {
        Value v = obj_next(t, c->it);
        if (v) return list_append(t, c->saved, v) ? v : 0;
        if (t->exc) return 0;
        c->it = 0;
    }
    ListObj *saved = AS_LIST(c->saved);
    if (saved->len == 0) return 0;
    Value v = saved->items[c->index++];
    if (c->index >= saved->len) c->index = 0;
    return v;
}

ITER_TYPE(cycle_type, "cycle", CycleObj, cycle_new, cycle_next);

/* --- repeat ------------------------------------------------------------------------ */

typedef struct RepeatObj {
    Obj hdr;
    Value element;
    int64_t cnt;               /* -1: forever */
} RepeatObj;

extern Type repeat_type;

static Value repeat_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    static const ArgSpec spec = {"repeat", 0, 2, 1, 2, {"object", "times"}};
    Value a[2];
    if (!args_bind(t, &spec, args, nargs, kw, a)) return 0;
    int64_t cnt = -1;
    if (a[1]) {
        Value n = obj_index(t, a[1]);
        if (!n || !index_to_i64(t, n, &exc_OverflowError, &cnt)) return 0;
        if (cnt < 0) cnt = 0;
    }
    RepeatObj *r = alloc(t, tp, sizeof *r);
    if (!r) return 0;
    r->element = a[0];
    r->cnt = cnt;
    return OBJ_VAL(r);
}

static Value repeat_next(Task *t, Value self)
{
    RepeatObj *r = (RepeatObj *)self;
    if (r->cnt == 0) return 0;
    if (r->cnt > 0) r->cnt--;
    return r->element;
}

static Value repeat_repr(Task *t, Value self)
{
    RepeatObj *r = (RepeatObj *)self;
    if (r->cnt == -1) return str_format(t, "%s(%R)", short_name(self), r->element);
    return str_format(t, "%s(%R, %lld)", short_name(self), r->element, (long long)r->cnt);
}

static Value repeat_length_hint(Task *t, const Value *args, size_t nargs, Value kw)
{
    RepeatObj *r = (RepeatObj *)args[0];
    if (r->cnt == -1) return err_format(t, &exc_TypeError, "len() of unsized object");
    return int_from_i64(t, r->cnt);
}

static const MethodDef repeat_methods[] = {
    {"__length_hint__", repeat_length_hint, METH_PLAIN, "Private method returning an estimate of len(list(it))."},
    {NULL},
};

ITER_TYPE(repeat_type, "repeat", RepeatObj, repeat_new, repeat_next, .repr = repeat_repr, .methods = repeat_methods);

/* --- accumulate -------------------------------------------------------------------- */

typedef struct AccumulateObj {
    Obj hdr;
    Value it, func, total, initial;   /* total 0: nothing yet; initial 0: given out */
} AccumulateObj;

static Value accumulate_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    static const ArgSpec spec = {"accumulate", 0, 2, 1, 3, {"iterable", "func", "initial"}};
    Value a[3];
    if (!args_bind(t, &spec, args, nargs, kw, a)) return 0;
    Value it = obj_iter(t, a[0]);
    if (!it) return 0;
    AccumulateObj *c = alloc(t, tp, sizeof *c);
    if (!c) return 0;
    c->it = it;
    c->func = a[1] && a[1] != V_NONE ? a[1] : 0;
    c->initial = a[2] && a[2] != V_NONE ? a[2] : 0;
    return OBJ_VAL(c);
}

static Value accumulate_next(Task *t, Value self)
{
    AccumulateObj *c = (AccumulateObj *)self;
    if (c->initial) {
        c->total = c->initial;
        c->initial = 0;
        return c->total;
    }
    Value v = obj_next(t, c->it);
    if (!v) return 0;
    if (!c->total) {
        c->total = v;
        return v;
    }
    Value args[2] = {c->total, v};
    Value n = c->func ? obj_call(t, c->func, args, 2, 0) : obj_binop(t, c->total, v, BIN_ADD);
    if (!n) return 0;
    c->total = n;
    return n;
}

ITER_TYPE(accumulate_type, "accumulate", AccumulateObj, accumulate_new, accumulate_next);

/* --- chain ------------------------------------------------------------------------- */

typedef struct ChainObj {
    Obj hdr;
    Value source;              /* iterator over the iterables, 0 when done */
    Value active;              /* current iterator, or 0 */
} ChainObj;

extern Type chain_type;

static Value chain_make(Task *t, Type *tp, Value source)
{
    ChainObj *c = alloc(t, tp, sizeof *c);
    if (!c) return 0;
    c->source = source;
    return OBJ_VAL(c);
}

static Value chain_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    if (!no_kw(t, tp, &chain_type, "chain", kw)) return 0;
    Value tup = tuple_from_array(args, nargs);
    Value src = tup ? obj_iter(t, tup) : 0;
    return src ? chain_make(t, tp, src) : 0;
}

static Value chain_from_iterable(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "from_iterable", nargs - 1, kw, 1, 1)) return 0;
    Value src = obj_iter(t, args[1]);
    return src ? chain_make(t, AS_TYPE(args[0]), src) : 0;
}

static Value chain_next(Task *t, Value self)
{
    ChainObj *c = (ChainObj *)self;
    while (c->source) {
        if (!c->active) {
            Value iterable = obj_next(t, c->source);
            if (!iterable) {
                c->source = 0;
                return 0;
            }
            c->active = obj_iter(t, iterable);
            if (!c->active) return 0;
        }
        Value v = obj_next(t, c->active);
        if (v) return v;
        if (t->exc) return 0;
        c->active = 0;
    }
    return 0;
}

static const MethodDef chain_methods[] = {
    {"from_iterable", chain_from_iterable, METH_CLASS,
     "Alternative chain() constructor taking a single iterable argument that evaluates lazily."},
    {NULL},
};

ITER_TYPE(chain_type, "chain", ChainObj, chain_new, chain_next, .methods = chain_methods);

/* --- compress ---------------------------------------------------------------------- */

typedef struct CompressObj {
    Obj hdr;
    Value data, selectors;
} CompressObj;

static Value compress_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    static const ArgSpec spec = {"compress", 0, 2, 2, 2, {"data", "selectors"}};
    Value a[2];
    if (!args_bind(t, &spec, args, nargs, kw, a)) return 0;
    Value d = obj_iter(t, a[0]);
    Value s = d ? obj_iter(t, a[1]) : 0;
    if (!s) return 0;
    CompressObj *c = alloc(t, tp, sizeof *c);
    if (!c) return 0;
    c->data = d;
    c->selectors = s;
    return OBJ_VAL(c);
}

static Value compress_next(Task *t, Value self)
{
    CompressObj *c = (CompressObj *)self;
    for (;;) {
        Value datum = obj_next(t, c->data);
        if (!datum) return 0;
        Value sel = obj_next(t, c->selectors);
        if (!sel) return 0;
        int ok = obj_truthy(t, sel);
        if (ok < 0) return 0;
        if (ok) return datum;
    }
}

ITER_TYPE(compress_type, "compress", CompressObj, compress_new, compress_next);

/* --- dropwhile, takewhile, filterfalse, starmap ------------------------------------ */

typedef struct PredObj {
    Obj hdr;
    Value func, it;
    int state;                 /* dropwhile: done dropping; takewhile: stopped */
} PredObj;

extern Type dropwhile_type, takewhile_type, filterfalse_type, starmap_type;

static Value pred_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw, Type *exact, const char *name)
{
    if (!no_kw(t, tp, exact, name, kw) || !unpack_check(t, name, nargs, 2, 2)) return 0;
    Value it = obj_iter(t, args[1]);
    if (!it) return 0;
    PredObj *p = alloc(t, tp, sizeof *p);
    if (!p) return 0;
    p->func = args[0];
    p->it = it;
    return OBJ_VAL(p);
}

/* func(item) as a truth value; func None (filterfalse) tests the item. */
static int pred_test(Task *t, PredObj *p, Value item)
{
    if (p->func == V_NONE) return obj_truthy(t, item);
    Value r = obj_call(t, p->func, &item, 1, 0);
    return r ? obj_truthy(t, r) : -1;
}

static Value dropwhile_new(Task *t, Type *tp, const Value *a, size_t n, Value kw) { return pred_new(t, tp, a, n, kw, &dropwhile_type, "dropwhile"); }
static Value takewhile_new(Task *t, Type *tp, const Value *a, size_t n, Value kw) { return pred_new(t, tp, a, n, kw, &takewhile_type, "takewhile"); }
static Value filterfalse_new(Task *t, Type *tp, const Value *a, size_t n, Value kw) { return pred_new(t, tp, a, n, kw, &filterfalse_type, "filterfalse"); }
static Value starmap_new(Task *t, Type *tp, const Value *a, size_t n, Value kw) { return pred_new(t, tp, a, n, kw, &starmap_type, "starmap"); }

static Value dropwhile_next(Task *t, Value self)
{
    PredObj *p = (PredObj *)self;
    for (;;) {
        Value item = obj_next(t, p->it);
        if (!item) return 0;
        if (p->state) return item;
        int k = pred_test(t, p, item);
        if (k < 0) return 0;
        if (!k) {
            p->state = 1;
            return item;
        }
    }
}

static Value takewhile_next(Task *t, Value self)
{
    PredObj *p = (PredObj *)self;
    if (p->state) return 0;
    Value item = obj_next(t, p->it);
    if (!item) return 0;
    int k = pred_test(t, p, item);
    if (k < 0) return 0;
    if (k) return item;
    p->state = 1;
    return 0;
}

static Value filterfalse_next(Task *t, Value self)
{
    PredObj *p = (PredObj *)self;
    for (;;) {
        Value item = obj_next(t, p->it);
        if (!item) return 0;
        int k = pred_test(t, p, item);
        if (k < 0) return 0;
        if (!k) return item;
    }
}

static Value starmap_next(Task *t, Value self)
{
    PredObj *p = (PredObj *)self;
    Value args = obj_next(t, p->it);
    if (!args) return 0;
    Value tup = IS_TUPLE(args) ? args : tuple_from_iter(t, args);
    if (!tup) return 0;
    return obj_call(t, p->func, AS_TUPLE(tup)->items, TUPLE_LEN(tup), 0);
}

ITER_TYPE(dropwhile_type, "dropwhile", PredObj, dropwhile_new, dropwhile_next);
ITER_TYPE(takewhile_type, "takewhile", PredObj, takewhile_new, takewhile_next);
ITER_TYPE(filterfalse_type, "filterfalse", PredObj, filterfalse_new, filterfalse_next);
ITER_TYPE(starmap_type, "starmap", PredObj, starmap_new, starmap_next);

/* --- groupby ----------------------------------------------------------------------- */

typedef struct GroupByObj {
    Obj hdr;
    Value it, keyfunc;
    Value tgtkey, currkey, currvalue;   /* 0 when not set */
    Value currgrouper;
} GroupByObj;

typedef struct GrouperObj {
    Obj hdr;
    GroupByObj *parent;
    Value tgtkey;
} GrouperObj;

extern Type groupby_type, grouper_type;

static Value groupby_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    static const ArgSpec spec = {"groupby", 0, 2, 1, 2, {"iterable", "key"}};
    Value a[2];
    if (!args_bind(t, &spec, args, nargs, kw, a)) return 0;
    Value it = obj_iter(t, a[0]);
    if (!it) return 0;
    GroupByObj *g = alloc(t, tp, sizeof *g);
    if (!g) return 0;
    g->it = it;
    g->keyfunc = a[1] && a[1] != V_NONE ? a[1] : 0;
    return OBJ_VAL(g);
}

static bool groupby_step(Task *t, GroupByObj *g)
{
    Value v = obj_next(t, g->it);
    if (!v) return false;
    Value k = g->keyfunc ? obj_call(t, g->keyfunc, &v, 1, 0) : v;
    if (!k) return false;
    g->currvalue = v;
    g->currkey = k;
    return true;
}

static Value groupby_next(Task *t, Value self)
{
    GroupByObj *g = (GroupByObj *)self;
    g->currgrouper = 0;
    /* skip to the next key */
    for (;;) {
        if (!g->currkey) {
            /* nothing read yet */
        } else if (!g->tgtkey) {
            break;
        } else {
            int eq = obj_eq(t, g->tgtkey, g->currkey);
            if (eq < 0) return 0;
            if (!eq) break;
        }
        if (!groupby_step(t, g)) return 0;
    }
    g->tgtkey = g->currkey;
    GrouperObj *gr = GC_MALLOC(sizeof *gr);
    if (!gr) return err_no_memory(t);
    gr->hdr.type = &grouper_type;
    gr->parent = g;
    gr->tgtkey = g->tgtkey;
    g->currgrouper = OBJ_VAL(gr);
    return tuple_pack(2, g->currkey, OBJ_VAL(gr));
}

static Value grouper_next(Task *t, Value self)
{
    GrouperObj *gr = (GrouperObj *)self;
    GroupByObj *g = gr->parent;
    if (g->currgrouper != self) return 0;
    if (!g->currvalue && !groupby_step(t, g)) return 0;
    int eq = obj_eq(t, gr->tgtkey, g->currkey);
    if (eq <= 0) return 0;
    Value v = g->currvalue;
    g->currvalue = 0;
    return v;
}

ITER_TYPE(groupby_type, "groupby", GroupByObj, groupby_new, groupby_next);

Type grouper_type = {
    .hdr = {&type_type}, .name = "itertools._grouper", .size = sizeof(GrouperObj),
    .iter = self_iter, .next = grouper_next,
};
REGISTER_TYPE(grouper_type);

/* --- islice ------------------------------------------------------------------------ */

typedef struct IsliceObj {
    Obj hdr;
    Value it;                  /* 0 once done */
    int64_t next, stop, step, cnt;   /* stop -1: none */
} IsliceObj;

extern Type islice_type;

/* None or an int in 0..sys.maxsize, else ValueError(msg). */
static bool islice_arg(Task *t, Value v, const char *msg, int64_t *out)
{
    if (v == V_NONE) return true;
    if (!HAS_FLAG(v, TF_INT) && !IS_BOOL(v) && !type_lookup(TYPE_OF(v), NAME(__index__))) {
        err_format(t, &exc_ValueError, "%s", msg);
        return false;
    }
    Value n = obj_index(t, v);
    if (!n) return false;
    if (!big_to_i64(n, out) || *out < 0) {
        err_format(t, &exc_ValueError, "%s", msg);
        return false;
    }
    return true;
}

static Value islice_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    static const char stop_msg[] = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    static const char index_msg[] = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    if (!no_kw(t, tp, &islice_type, "islice", kw) || !unpack_check(t, "islice", nargs, 2, 4)) return 0;
    int64_t start = 0, stop = -1, step = 1;
    if (nargs == 2) {
        if (!islice_arg(t, args[1], stop_msg, &stop)) return 0;
    } else {
        if (!islice_arg(t, args[1], index_msg, &start)) return 0;
        if (!islice_arg(t, args[2], stop_msg, &stop)) return 0;
        if (nargs == 4 && args[3] != V_NONE) {
            Value n = HAS_FLAG(args[3], TF_INT) || IS_BOOL(args[3]) ||
                              type_lookup(TYPE_OF(args[3]), NAME(__index__))
                          ? obj_index(t, args[3]) : 0;
            if (t->exc) return 0;
            if (!n || !big_to_i64(n, &step)) step = -1;
        }
        if (step < 1) return err_format(t, &exc_ValueError, "Step for islice() must be a positive integer or None.");
    }
    Value it = obj_iter(t, args[0]);
    if (!it) return 0;
    IsliceObj *s = alloc(t, tp, sizeof *s);
    if (!s) return 0;
    s->it = it;
    s->next = start;
    s->stop = stop;
    s->step = step;
    return OBJ_VAL(s);
}

static Value islice_next(Task *t, Value self)
{
    IsliceObj *s = (IsliceObj *)self;
    if (!s->it) return 0;
    while (s->cnt < s->next) {
        Value v = obj_next(t, s->it);
        if (!v) goto empty;
        s->cnt++;
    }
    if (s->stop != -1 && s->cnt >= s->stop) goto empty;
    Value v = obj_next(t, s->it);
    if (!v) goto empty;
    s->cnt++;
    int64_t old = s->next;
    s->next += s->step;
    if (s->next < old || (s->stop != -1 && s->next > s->stop)) s->next = s->stop;
    return v;
empty:
    s->it = 0;
    return 0;
}

ITER_TYPE(islice_type, "islice", IsliceObj, islice_new, islice_next);

/* --- pairwise ---------------------------------------------------------------------- */

typedef struct PairwiseObj {
    Obj hdr;
    Value it, old;
} PairwiseObj;

static Value pairwise_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    if (!args_no_kw(t, "pairwise", kw) || !unpack_check(t, "pairwise", nargs, 1, 1)) return 0;
    Value it = obj_iter(t, args[0]);
    if (!it) return 0;
    PairwiseObj *p = alloc(t, tp, sizeof *p);
    if (!p) return 0;
    p->it = it;
    return OBJ_VAL(p);
}

static Value pairwise_next(Task *t, Value self)
{
    PairwiseObj *p = (PairwiseObj *)self;
    if (!p->it) return 0;
    if (!p->old) {
        p->old = obj_next(t, p->it);
        if (!p->old) {
            p->it = 0;
            return 0;
        }
    }
    Value nv = obj_next(t, p->it);
    if (!nv) {
        p->it = 0;
        p->old = 0;
        return 0;
    }
    Value r = tuple_pack(2, p->old, nv);
    p->old = nv;
    return r;
}

ITER_TYPE(pairwise_type, "pairwise", PairwiseObj, pairwise_new, pairwise_next);

/* --- product ----------------------------------------------------------------------- */

typedef struct ProductObj {
    Obj hdr;
    Value pools;               /* tuple of tuples */
    int64_t *indices;
    Value result;              /* the last tuple given out, or 0 before the first */
    bool stopped;
} ProductObj;

static Value product_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    int64_t repeat = 1;
    for (size_t i = 0; kw && i < TUPLE_LEN(kw); i++) {
        if (!str_eq_cstr(TUPLE_ITEM(kw, i), "repeat"))
            return err_format(t, &exc_TypeError, "'%U' is an invalid keyword argument for product()", TUPLE_ITEM(kw, i));
        Value n = obj_index(t, args[nargs + i]);
        if (!n || !index_to_i64(t, n, &exc_OverflowError, &repeat)) return 0;
        if (repeat < 0) return err_format(t, &exc_ValueError, "repeat argument cannot be negative");
    }
    if (repeat && nargs > (size_t)INT32_MAX / (size_t)repeat)
        return err_format(t, &exc_OverflowError, "repeat argument too large");
    size_t npools = nargs * (size_t)repeat;
    Value pools = tuple_new(npools);
    if (!pools) return err_no_memory(t);
    for (size_t i = 0; i < nargs; i++) {
        Value p = tuple_from_iter(t, args[i]);
        if (!p) return 0;
        for (int64_t r = 0; r < repeat; r++) TUPLE_ITEM(pools, i + nargs * (size_t)r) = p;
    }
    ProductObj *p = alloc(t, tp, sizeof *p);
    if (!p) return 0;
    p->pools = pools;
    p->indices = GC_MALLOC_ATOMIC((npools ? npools : 1) * sizeof(int64_t));
    if (!p->indices) return err_no_memory(t);
    memset(p->indices, 0, (npools ? npools : 1) * sizeof(int64_t));
    return OBJ_VAL(p);
}

static Value product_next(Task *t, Value self)
{
    ProductObj *p = (ProductObj *)self;
    if (p->stopped) return 0;
    Value pools = p->pools;
    size_t n = TUPLE_LEN(pools);
    Value result;
    if (!p->result) {
        result = tuple_new(n);
        if (!result) return err_no_memory(t);
        for (size_t i = 0; i < n; i++) {
            Value pool = TUPLE_ITEM(pools, i);
            if (TUPLE_LEN(pool) == 0) {
                p->stopped = true;
                return 0;
            }
            TUPLE_ITEM(result, i) = TUPLE_ITEM(pool, 0);
        }
    } else {
        result = tuple_from_array(AS_TUPLE(p->result)->items, n);
        if (!result) return err_no_memory(t);
        /* the rightmost index that can move moves; those after it restart */
        size_t i = n;
        for (;;) {
            if (i == 0) {
                p->stopped = true;
                return 0;
            }
            i--;
            Value pool = TUPLE_ITEM(pools, i);
            p->indices[i]++;
            if ((size_t)p->indices[i] == TUPLE_LEN(pool)) {
                p->indices[i] = 0;
                TUPLE_ITEM(result, i) = TUPLE_ITEM(pool, 0);
            } else {
                TUPLE_ITEM(result, i) = TUPLE_ITEM(pool, p->indices[i]);
                break;
            }
        }
    }
    p->result = result;
    return result;
}

ITER_TYPE(product_type, "product", ProductObj, product_new, product_next);

/* --- combinations, combinations_with_replacement, permutations ---------------------- */

typedef struct CombObj {
    Obj hdr;
    Value pool;                /* tuple */
    int64_t r;
    int64_t *indices, *cycles; /* cycles: permutations only */
    Value result;              /* the last tuple, or 0 before the first */
    bool stopped;
} CombObj;

extern Type combinations_type, cwr_type, permutations_type;

static Value comb_make(Task *t, Type *tp, Value iterable, int64_t r, int kind)
{
    Value pool = tuple_from_iter(t, iterable);
    if (!pool) return 0;
    int64_t n = (int64_t)TUPLE_LEN(pool);
    if (kind == 2 && r == -1) r = n;
    CombObj *c = alloc(t, tp, sizeof *c);
    if (!c) return 0;
    c->pool = pool;
    c->r = r;
    int64_t ni = kind == 2 ? n : r;
    c->indices = GC_MALLOC_ATOMIC((ni ? ni : 1) * sizeof(int64_t));
    if (!c->indices) return err_no_memory(t);
    for (int64_t i = 0; i < ni; i++) c->indices[i] = kind == 1 ? 0 : i;
    if (kind == 2) {
        c->cycles = GC_MALLOC_ATOMIC((r ? r : 1) * sizeof(int64_t));
        if (!c->cycles) return err_no_memory(t);
        for (int64_t i = 0; i < r; i++) c->cycles[i] = n - i;
    }
    c->stopped = kind == 1 ? (n == 0 && r > 0) : r > n;
    return OBJ_VAL(c);
}

static Value combinations_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    static const ArgSpec spec = {"combinations", 0, 2, 2, 2, {"iterable", "r"}};
    Value a[2];
    int64_t r;
    if (!args_bind(t, &spec, args, nargs, kw, a) || !count_arg(t, a[1], "r must be non-negative", &r)) return 0;
    return comb_make(t, tp, a[0], r, 0);
}

static Value cwr_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    static const ArgSpec spec = {"combinations_with_replacement", 0, 2, 2, 2, {"iterable", "r"}};
    Value a[2];
    int64_t r;
    if (!args_bind(t, &spec, args, nargs, kw, a) || !count_arg(t, a[1], "r must be non-negative", &r)) return 0;
    return comb_make(t, tp, a[0], r, 1);
}

static Value permutations_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    static const ArgSpec spec = {"permutations", 0, 2, 1, 2, {"iterable", "r"}};
    Value a[2];
    int64_t r = -1;
    if (!args_bind(t, &spec, args, nargs, kw, a)) return 0;
    if (a[1] && a[1] != V_NONE && !count_arg(t, a[1], "r must be non-negative", &r)) return 0;
    return comb_make(t, tp, a[0], r, 2);
}

/* The tuple of pool items at the first r indices. */
static Value pick(Task *t, CombObj *c)
{
    Value r = tuple_new((size_t)c->r);
    if (!r) return err_no_memory(t);
    for (int64_t i = 0; i < c->r; i++) TUPLE_ITEM(r, i) = TUPLE_ITEM(c->pool, c->indices[i]);
    c->result = r;
    return r;
}

static Value combinations_next(Task *t, Value self)
{
    CombObj *c = (CombObj *)self;
    if (c->stopped) return 0;
    if (!c->result) return pick(t, c);
    int64_t n = (int64_t)TUPLE_LEN(c->pool), r = c->r, i;
    /* the rightmost index that is not at its maximum */
    for (i = r - 1; i >= 0 && c->indices[i] == i + n - r; i--)
        ;
    if (i < 0) {
        c->stopped = true;
        return 0;
    }
    c->indices[i]++;
    for (int64_t j = i + 1; j < r; j++) c->indices[j] = c->indices[j - 1] + 1;
    return pick(t, c);
}

static Value cwr_next(Task *t, Value self)
{
    CombObj *c = (CombObj *)self;
    if (c->stopped) return 0;
    if (!c->result) return pick(t, c);
    int64_t n = (int64_t)TUPLE_LEN(c->pool), r = c->r, i;
    for (i = r - 1; i >= 0 && c->indices[i] == n - 1; i--)
        ;
    if (i < 0) {
        c->stopped = true;
        return 0;
    }
    int64_t v = c->indices[i] + 1;
    for (int64_t j = i; j < r; j++) c->indices[j] = v;
    return pick(t, c);
}

static Value permutations_next(Task *t, Value self)
{
    CombObj *c = (CombObj *)self;
    if (c->stopped) return 0;
    if (!c->result) return pick(t, c);
    int64_t n = (int64_t)TUPLE_LEN(c->pool), r = c->r;
    if (n == 0) goto done;
    for (int64_t i = r - 1; i >= 0; i--) {
        c->cycles[i]--;
        if (c->cycles[i] == 0) {
            /* rotate indices[i:] left by one */
            int64_t index = c->indices[i];
            for (int64_t j = i; j < n - 1; j++) c->indices[j] = c->indices[j + 1];
            c->indices[n - 1] = index;
            c->cycles[i] = n - i;
        } else {
            int64_t j = c->cycles[i];
            int64_t tmp = c->indices[i];
            c->indices[i] = c->indices[n - j];
            c->indices[n - j] = tmp;
            return pick(t, c);
        }
    }
done:
    c->stopped = true;
    return 0;
}

ITER_TYPE(combinations_type, "combinations", CombObj, combinations_new, combinations_next);
ITER_TYPE(cwr_type, "combinations_with_replacement", CombObj, cwr_new, cwr_next);
ITER_TYPE(permutations_type, "permutations", CombObj, permutations_new, permutations_next);

/* --- tee --------------------------------------------------------------------------- */

/* The values read from the shared iterator, as a linked list that every
 * copy walks at its own pace; the nodes no copy points to are collected. */
typedef struct TeeNode {
    Value value;               /* 0 until read */
    struct TeeNode *next;
} TeeNode;

typedef struct TeeShared {
    Value it;
    bool running;              /* reading now: a re-entrant read is an error */
} TeeShared;

typedef struct TeeObj {
    Obj hdr;
    TeeShared *shared;
    TeeNode *node;             /* the next value to give */
} TeeObj;

extern Type tee_type;

static Value tee_make(Task *t, TeeShared *shared, TeeNode *node)
{
    TeeObj *o = GC_MALLOC(sizeof *o);
    if (!o) return err_no_memory(t);
    o->hdr.type = &tee_type;
    o->shared = shared;
    o->node = node;
    return OBJ_VAL(o);
}

static Value tee_next(Task *t, Value self)
{
    TeeObj *o = (TeeObj *)self;
    TeeNode *node = o->node;
    if (!node->next) {
        TeeShared *s = o->shared;
        if (s->running) return err_format(t, &exc_RuntimeError, "cannot re-enter the tee iterator");
        s->running = true;
        Value v = obj_next(t, s->it);
        s->running = false;
        if (!v) return 0;
        TeeNode *nn = GC_MALLOC(sizeof *nn);
        if (!nn) return err_no_memory(t);
        node->value = v;
        node->next = nn;
    }
    o->node = node->next;
    return node->value;
}

static Value tee_copy(Task *t, const Value *args, size_t nargs, Value kw)
{
    TeeObj *o = (TeeObj *)args[0];
    return tee_make(t, o->shared, o->node);
}

static Value tee_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "_tee", nargs, kw, 1, 1)) return 0;
    Value it = obj_iter(t, args[0]);
    if (!it) return 0;
    if (IS_TYPE(it, &tee_type)) return tee_copy(t, &it, 1, 0);
    TeeShared *s = GC_MALLOC(sizeof *s);
    TeeNode *node = GC_MALLOC(sizeof *node);
    if (!s || !node) return err_no_memory(t);
    s->it = it;
    return tee_make(t, s, node);
}

static const MethodDef tee_methods[] = {
    {"__copy__", tee_copy, METH_PLAIN, "Returns an independent iterator."},
    {NULL},
};

Type tee_type = {
    .hdr = {&type_type}, .name = "itertools._tee", .size = sizeof(TeeObj),
    .new_ = tee_new, .iter = self_iter, .next = tee_next, .methods = tee_methods,
};
REGISTER_TYPE(tee_type);

static Value it_tee(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_no_kw(t, "tee", kw) || !unpack_check(t, "tee", nargs, 1, 2)) return 0;
    int64_t n = 2;
    if (nargs > 1) {
        Value nv = obj_index(t, args[1]);
        if (!nv || !index_to_i64(t, nv, &exc_OverflowError, &n)) return 0;
    }
    if (n < 0) return err_format(t, &exc_ValueError, "n must be >= 0");
    Value result = tuple_new((size_t)n);
    if (!result) return err_no_memory(t);
    if (n == 0) return result;
    Value it = obj_iter(t, args[0]);
    if (!it) return 0;
    /* an iterator that can copy itself is copied; others get a tee */
    Value copyable;
    Value copyfn = obj_getattr_opt(t, it, str_intern_cstr("__copy__"));
    if (t->exc) return 0;
    if (copyfn) {
        copyable = it;
    } else {
        copyable = tee_new(t, &tee_type, &it, 1, 0);
        if (!copyable) return 0;
        copyfn = obj_getattr(t, copyable, str_intern_cstr("__copy__"));
        if (!copyfn) return 0;
    }
    TUPLE_ITEM(result, 0) = copyable;
    for (int64_t i = 1; i < n; i++) {
        Value c = obj_call(t, copyfn, NULL, 0, 0);
        if (!c) return 0;
        TUPLE_ITEM(result, i) = c;
    }
    return result;
}

/* --- zip_longest ------------------------------------------------------------------- */

typedef struct ZipLongestObj {
    Obj hdr;
    Value iters;               /* tuple; an exhausted one becomes 0 */
    size_t active;
    Value fill;
} ZipLongestObj;

static Value zip_longest_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    Value fill = V_NONE;
    for (size_t i = 0; kw && i < TUPLE_LEN(kw); i++) {
        if (!str_eq_cstr(TUPLE_ITEM(kw, i), "fillvalue"))
            return err_format(t, &exc_TypeError, "zip_longest() got an unexpected keyword argument");
        fill = args[nargs + i];
    }
    Value iters = tuple_new(nargs);
    if (!iters) return err_no_memory(t);
    for (size_t i = 0; i < nargs; i++) {
        Value it = obj_iter(t, args[i]);
        if (!it) return 0;
        TUPLE_ITEM(iters, i) = it;
    }
    ZipLongestObj *z = alloc(t, tp, sizeof *z);
    if (!z) return 0;
    z->iters = iters;
    z->active = nargs;
    z->fill = fill;
    return OBJ_VAL(z);
}

static Value zip_longest_next(Task *t, Value self)
{
    ZipLongestObj *z = (ZipLongestObj *)self;
    size_t n = TUPLE_LEN(z->iters);
    if (n == 0 || z->active == 0) return 0;
    Value result = tuple_new(n);
    if (!result) return err_no_memory(t);
    for (size_t i = 0; i < n; i++) {
        Value it = TUPLE_ITEM(z->iters, i);
        Value v;
        if (!it) {
            v = z->fill;
        } else {
            v = obj_next(t, it);
            if (!v) {
                if (t->exc) return 0;
                z->active--;
                if (z->active == 0) return 0;
                TUPLE_ITEM(z->iters, i) = 0;
                v = z->fill;
            }
        }
        TUPLE_ITEM(result, i) = v;
    }
    return result;
}

ITER_TYPE(zip_longest_type, "zip_longest", ZipLongestObj, zip_longest_new, zip_longest_next);

/* --- the module --------------------------------------------------------------------- */

static const MethodDef itertools_functions[] = {
    {"tee", it_tee, METH_PLAIN, "Returns a tuple of n independent iterators."},
    {NULL},
};

static bool itertools_init(Task *t, Value m)
{
    static Type *const types[] = {
        &accumulate_type, &chain_type, &combinations_type, &cwr_type, &compress_type, &count_type,
        &cycle_type, &dropwhile_type, &filterfalse_type, &groupby_type, &islice_type, &pairwise_type,
        &permutations_type, &product_type, &repeat_type, &starmap_type, &takewhile_type,
        &zip_longest_type, &grouper_type, &tee_type,
    };
    DictObj *d = module_dict(m);
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        dict_set_str(d, types[i]->name_str, OBJ_VAL(types[i]));
    dict_set_cstr(d, "__doc__", str_from_cstr("Functional tools for creating and using iterators."));
    return true;
}

const NativeModule itertools_module = {"itertools", itertools_functions, itertools_init};
