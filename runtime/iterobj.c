/* iterobj.c - the iterator types behind built-ins: enumerate, zip, map,
 * filter, reversed, and callable-iterator (iter(f, sentinel)). */
#include <gc/gc.h>
#include <string.h>
#include "object.h"
#include "error.h"
#include "interp.h"
#include "str.h"
#include "tuple.h"
#include "names.h"
#include "int.h"
#include "iterobj.h"
#include "alloc.h"

static Value self_iter(Task *t, Value self) { return self; }

static void *alloc(Task *t, Type *tp, size_t size)
{
    Obj *o = gc_alloc(size);
    if (!o) {
        err_no_memory(t);
        return NULL;
    }
    o->type = tp;
    return o;
}

/* --- enumerate ------------------------------------------------------------------- */

typedef struct EnumerateObj {
    Obj hdr;
    Value it;
    Value index;           /* an int (small while it fits) */
} EnumerateObj;

static const ArgSpec enumerate_spec = {"enumerate", 0, 2, 1, 2, {"iterable", "start"}};

static Value enumerate_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    Value a[2];
    if (!args_bind(t, &enumerate_spec, args, nargs, kw, a)) return 0;
    Value start = a[1] ? obj_index(t, a[1]) : MAKE_SMALL(0);
    Value it = start ? obj_iter(t, a[0]) : 0;
    if (!it) return 0;
    EnumerateObj *e = alloc(t, tp, sizeof *e);
    if (!e) return 0;
    e->it = it;
    e->index = start;
    return OBJ_VAL(e);
}

static Value enumerate_next(Task *t, Value self)
{
    EnumerateObj *e = (EnumerateObj *)self;
    Value v = obj_next(t, e->it);
    if (!v) return 0;
    Value i = e->index;
    e->index = int_arith(t, i, MAKE_SMALL(1), BIN_ADD);
    if (!e->index) return 0;
    return tuple_pack(2, i, v);
}

Type enumerate_type = {
    .hdr = {&type_type}, .name = "enumerate", .size = sizeof(EnumerateObj), .flags = TF_BASETYPE,
    .new_ = enumerate_new, .iter = self_iter, .next = enumerate_next,
};
REGISTER_TYPE(enumerate_type);

/* --- zip ------------------------------------------------------------------------- */

typedef struct ZipObj {
    Obj hdr;
    Value iters;           /* tuple */
    bool strict;
} ZipObj;

static Value zip_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    bool strict = false;
    for (size_t i = 0; kw && i < TUPLE_LEN(kw); i++) {
        if (!str_eq_cstr(TUPLE_ITEM(kw, i), "strict"))
            return err_format(t, &exc_TypeError, "zip() got an unexpected keyword argument '%U'", TUPLE_ITEM(kw, i));
        int b = obj_truthy(t, args[nargs + i]);
        if (b < 0) return 0;
        strict = b;
    }
    Value iters = tuple_new(nargs);
    if (!iters) return err_no_memory(t);
    for (size_t i = 0; i < nargs; i++) {
        Value it = obj_iter(t, args[i]);
        if (!it) return 0;
        TUPLE_ITEM(iters, i) = it;
    }
    ZipObj *z = alloc(t, tp, sizeof *z);
    if (!z) return 0;
    z->iters = iters;
    z->strict = strict;
    return OBJ_VAL(z);
}

static Value zip_strict_error(Task *t, size_t i, bool longer)
{
    if (i == 1) return err_format(t, &exc_ValueError, "zip() argument 2 is %s than argument 1", longer ? "longer" : "shorter");
    return err_format(t, &exc_ValueError, "zip() argument %zu is %s than arguments 1-%zu", i + 1,
                      longer ? "longer" : "shorter", i);
}

static Value zip_next(Task *t, Value self)
{
    ZipObj *z = (ZipObj *)self;
    size_t n = TUPLE_LEN(z->iters);
    if (n == 0) return 0;
    Value out = tuple_new(n);
    if (!out) return err_no_memory(t);
    for (size_t i = 0; i < n; i++) {
        Value v = obj_next(t, TUPLE_ITEM(z->iters, i));
        if (v) {
            TUPLE_ITEM(out, i) = v;
            continue;
        }
        if (t->exc || !z->strict) return 0;
        if (i > 0) return zip_strict_error(t, i, false);
        for (size_t j = 1; j < n; j++) {
            Value w = obj_next(t, TUPLE_ITEM(z->iters, j));
            if (w) return zip_strict_error(t, j, true);
            if (t->exc) return 0;
        }
        return 0;
    }
    return out;
}

Type zip_type = {
    .hdr = {&type_type}, .name = "zip", .size = sizeof(ZipObj), .flags = TF_BASETYPE,
    .new_ = zip_new, .iter = self_iter, .next = zip_next,
};
REGISTER_TYPE(zip_type);

/* --- map ------------------------------------------------------------------------- */

typedef struct MapObj {
    Obj hdr;
    Value func;
    Value iters;           /* tuple */
} MapObj;

static Value map_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    if (!args_no_kw(t, "map", kw)) return 0;
    if (nargs < 2) return err_format(t, &exc_TypeError, "map() must have at least two arguments.");
    Value iters = tuple_new(nargs - 1);
    if (!iters) return err_no_memory(t);
    for (size_t i = 1; i < nargs; i++) {
        Value it = obj_iter(t, args[i]);
        if (!it) return 0;
        TUPLE_ITEM(iters, i - 1) = it;
    }
    MapObj *m = alloc(t, tp, sizeof *m);
    if (!m) return 0;
    m->func = args[0];
    m->iters = iters;
    return OBJ_VAL(m);
}

static Value map_next(Task *t, Value self)
{
    MapObj *m = (MapObj *)self;
    size_t n = TUPLE_LEN(m->iters);
    Value buf[8];
    Value *av = n <= 8 ? buf : gc_alloc(n * sizeof(Value));
    for (size_t i = 0; i < n; i++) {
        av[i] = obj_next(t, TUPLE_ITEM(m->iters, i));
        if (!av[i]) return 0;
    }
    return obj_call(t, m->func, av, n, 0);
}

Type map_type = {
    .hdr = {&type_type}, .name = "map", .size = sizeof(MapObj), .flags = TF_BASETYPE,
    .new_ = map_new, .iter = self_iter, .next = map_next,
};
REGISTER_TYPE(map_type);

/* --- filter ------------------------------------------------------------------------ */

typedef struct FilterObj {
    Obj hdr;
    Value func;            /* None: the item's truth */
    Value it;
} FilterObj;

static Value filter_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "filter", nargs, kw, 2, 2)) return 0;
    Value it = obj_iter(t, args[1]);
    if (!it) return 0;
    FilterObj *f = alloc(t, tp, sizeof *f);
    if (!f) return 0;
    f->func = args[0];
    f->it = it;
    return OBJ_VAL(f);
}

static Value filter_next(Task *t, Value self)
{
    FilterObj *f = (FilterObj *)self;
    for (;;) {
        Value v = obj_next(t, f->it);
        if (!v) return 0;
        Value r = f->func == V_NONE || f->func == OBJ_VAL(&bool_type) ? v : obj_call(t, f->func, &v, 1, 0);
        if (!r) return 0;
        int b = obj_truthy(t, r);
        if (b < 0) return 0;
        if (b) return v;
    }
}

Type filter_type = {
    .hdr = {&type_type}, .name = "filter", .size = sizeof(FilterObj), .flags = TF_BASETYPE,
    .new_ = filter_new, .iter = self_iter, .next = filter_next,
};
REGISTER_TYPE(filter_type);

/* --- reversed -------------------------------------------------------------------- */

typedef struct ReversedObj {
    Obj hdr;
    Value seq;
    int64_t index;         /* next index to produce; -1 when done */
} ReversedObj;

static Value reversed_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "reversed", nargs, kw, 1, 1)) return 0;
    bool found;
    Value r = obj_class_reversed(t, args[0], &found);
    if (!found) r = call_special(t, args[0], NAME(__reversed__), NULL, 0, &found);
    if (found) return r;
    Type *st = TYPE_OF(args[0]);
    if (!st->getitem || !st->len || (st->flags & TF_DICT))
        return err_format(t, &exc_TypeError, "'%s' object is not reversible", st->name);
    int64_t n = obj_len(t, args[0]);
    if (n < 0) return 0;
    ReversedObj *o = alloc(t, tp, sizeof *o);
    if (!o) return 0;
    o->seq = args[0];
    o->index = n - 1;
    return OBJ_VAL(o);
}

static Value reversed_next(Task *t, Value self)
{
    ReversedObj *o = (ReversedObj *)self;
    if (o->index < 0) return 0;
    Value v = obj_getitem(t, o->seq, MAKE_SMALL(o->index));
    if (!v) {
        if (err_matches(t, &exc_IndexError) || err_matches(t, &exc_StopIteration)) {
            err_clear(t);
            o->index = -1;
        }
        return 0;
    }
    o->index--;
    return v;
}

Type reversed_type = {
    .hdr = {&type_type}, .name = "reversed", .size = sizeof(ReversedObj), .flags = TF_BASETYPE,
    .new_ = reversed_new, .iter = self_iter, .next = reversed_next,
};
REGISTER_TYPE(reversed_type);

/* --- iter(callable, sentinel) -------------------------------------------------------- */

typedef struct CallIterObj {
    Obj hdr;
    Value func, sentinel;  /* func 0 when exhausted */
} CallIterObj;

Value calliter_new(Task *t, Value func, Value sentinel)
{
    CallIterObj *c = alloc(t, &calliter_type, sizeof *c);
    if (!c) return 0;
    c->func = func;
    c->sentinel = sentinel;
    return OBJ_VAL(c);
}

static Value calliter_next(Task *t, Value self)
{
    CallIterObj *c = (CallIterObj *)self;
    if (!c->func) return 0;
    Value v = obj_call(t, c->func, NULL, 0, 0);
    if (!v) {
        if (err_matches(t, &exc_StopIteration)) {
            err_clear(t);
            c->func = 0;
        }
        return 0;
    }
    int eq = obj_eq(t, v, c->sentinel);
    if (eq < 0) return 0;
    if (eq) {
        c->func = 0;
        return 0;
    }
    return v;
}

Type calliter_type = {
    .hdr = {&type_type}, .name = "callable_iterator", .size = sizeof(CallIterObj),
    .flags = TF_ABSTRACT_NEW, .iter = self_iter, .next = calliter_next,
};
REGISTER_TYPE(calliter_type);
