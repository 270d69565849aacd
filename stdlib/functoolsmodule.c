/* functoolsmodule.c - _functools: partial, the lru_cache wrapper,
 * cmp_to_key and reduce in C, as CPython's accelerator (stdlib/functools.py
 * re-exports them).
 *
 * The lru_cache wrapper counts as one level of recursion while it calls the
 * cached function, as CPython's C wrapper does (it goes through
 * Py_EnterRecursiveCall), so a memoized recursion overflows at the same
 * depth; partial does not, as CPython's vectorcall does not. */
#include <string.h>
#include <stddef.h>
#include <gc/gc.h>
#include "object.h"
#include "error.h"
#include "int.h"
#include "str.h"
#include "list.h"
#include "tuple.h"
#include "dict.h"
#include "names.h"
#include "interp.h"
#include "func.h"
#include "genericalias.h"
#include "module.h"

/* --- partial ------------------------------------------------------------------------ */

typedef struct PartialObj {
    Obj hdr;
    DictObj *dict;             /* instance attributes */
    Value fn;
    Value args;                /* tuple */
    DictObj *kw;
} PartialObj;

extern Type partial_type;

static Value partial_call(Task *t, Value self, const Value *args, size_t nargs, Value kwnames);

static Value partial_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    if (nargs < 1) return err_format(t, &exc_TypeError, "type 'partial' takes at least one argument");
    Value fn = args[0];
    if (!TYPE_OF(fn)->call) return err_format(t, &exc_TypeError, "the first argument must be callable");
    Value pargs = 0;
    DictObj *pkw = NULL;
    /* a partial of a partial is flattened, unless it has attributes of its own */
    if (!IS_SMALL(fn) && TYPE_OF(fn)->call == partial_call) {
        PartialObj *inner = (PartialObj *)fn;
        if (!inner->dict || inner->dict->used == 0) {
            pargs = inner->args;
            pkw = inner->kw;
            fn = inner->fn;
        }
    }
    size_t np = pargs ? TUPLE_LEN(pargs) : 0;
    Value all = tuple_new(np + nargs - 1);
    if (!all) return err_no_memory(t);
    for (size_t i = 0; i < np; i++) TUPLE_ITEM(all, i) = TUPLE_ITEM(pargs, i);
    for (size_t i = 1; i < nargs; i++) TUPLE_ITEM(all, np + i - 1) = args[i];
    DictObj *kwd = pkw ? dict_copy(pkw) : dict_new();
    if (!kwd) return err_no_memory(t);
    for (size_t i = 0; kw && i < TUPLE_LEN(kw); i++)
        if (!dict_set(t, kwd, TUPLE_ITEM(kw, i), args[nargs + i])) return 0;
    size_t size = tp->size > sizeof(PartialObj) ? tp->size : sizeof(PartialObj);
    PartialObj *p = GC_MALLOC(size);
    if (!p) return err_no_memory(t);
    p->hdr.type = tp;
    p->fn = fn;
    p->args = all;
    p->kw = kwd;
    return OBJ_VAL(p);
}

static Value partial_call(Task *t, Value self, const Value *args, size_t nargs, Value kwnames)
{
    PartialObj *p = (PartialObj *)self;
    size_t np = TUPLE_LEN(p->args), nk = kwnames ? TUPLE_LEN(kwnames) : 0;
    Value stackbuf[16];
    if (p->kw->used == 0) {
        /* the call's keywords pass straight through */
        size_t total = np + nargs + nk;
        Value *all = total <= 16 ? stackbuf : GC_MALLOC(total * sizeof(Value));
        if (!all) return err_no_memory(t);
        memcpy(all, AS_TUPLE(p->args)->items, np * sizeof(Value));
        memcpy(all + np, args, (nargs + nk) * sizeof(Value));
        return obj_call(t, p->fn, all, np + nargs, kwnames);
    }
    /* stored keywords, overridden by the call's */
    DictObj *kw = dict_copy(p->kw);
    if (!kw) return err_no_memory(t);
    for (size_t i = 0; i < nk; i++)
        if (!dict_set(t, kw, TUPLE_ITEM(kwnames, i), args[nargs + i])) return 0;
    size_t total = np + nargs + kw->used;
    Value *all = GC_MALLOC(total * sizeof(Value));
    Value names = tuple_new(kw->used);
    if (!all || !names) return err_no_memory(t);
    memcpy(all, AS_TUPLE(p->args)->items, np * sizeof(Value));
    memcpy(all + np, args, nargs * sizeof(Value));
    size_t pos = 0, i = 0;
    Value k, v;
    while (dict_next(kw, &pos, &k, &v)) {
        TUPLE_ITEM(names, i) = k;
        all[np + nargs + i] = v;
        i++;
    }
    return obj_call(t, p->fn, all, np + nargs, names);
}

static Value partial_repr(Task *t, Value self)
{
    PartialObj *p = (PartialObj *)self;
    int r = repr_enter(t, self);
    if (r != 0) return r > 0 ? str_from_cstr("...") : 0;
    StrBuf b;
    sb_init(&b, 64);
    sb_puts(&b, TYPE_OF(self)->name);   /* "functools.partial", or a subclass's name */
    sb_putc(&b, '(');
    bool ok = sb_put_repr(t, &b, p->fn);
    for (size_t i = 0; ok && i < TUPLE_LEN(p->args); i++) {
        sb_puts(&b, ", ");
        ok = sb_put_repr(t, &b, TUPLE_ITEM(p->args, i));
    }
    size_t pos = 0;
    Value k, v;
    while (ok && dict_next(p->kw, &pos, &k, &v)) {
        sb_puts(&b, ", ");
        ok = sb_put_str(t, &b, k);
        sb_putc(&b, '=');
        ok = ok && sb_put_repr(t, &b, v);
    }
    repr_leave(t, self);
    if (!ok) return 0;
    sb_putc(&b, ')');
    return sb_finish(&b);
}

/* __dict__ of partial and the lru_cache wrapper, made on first use. */
static Value get_dict(Task *t, Value self)
{
    DictObj **dp = obj_dict_ptr(self);
    if (!*dp) *dp = dict_new();
    return *dp ? OBJ_VAL(*dp) : err_no_memory(t);
}

static Value partial_get_func(Task *t, Value self) { return ((PartialObj *)self)->fn; }
static Value partial_get_args(Task *t, Value self) { return ((PartialObj *)self)->args; }
static Value partial_get_keywords(Task *t, Value self) { return OBJ_VAL(((PartialObj *)self)->kw); }

static const MemberDef partial_members[] = {
    {"func", partial_get_func, NULL},
    {"args", partial_get_args, NULL},
    {"keywords", partial_get_keywords, NULL},
    {"__dict__", get_dict, NULL},
    {NULL},
};

/* (type, (func,), (func, args, keywords or None, __dict__ or None)), as CPython's */
static Value partial_reduce(Task *t, const Value *args, size_t nargs, Value kw)
{
    PartialObj *p = (PartialObj *)args[0];
    Value kwv = p->kw->used ? OBJ_VAL(p->kw) : V_NONE;
    Value dv = p->dict && p->dict->used ? OBJ_VAL(p->dict) : V_NONE;
    Value state = tuple_pack(4, p->fn, p->args, kwv, dv);
    Value cargs = tuple_pack(1, p->fn);
    return state && cargs ? tuple_pack(3, OBJ_VAL(TYPE_OF(args[0])), cargs, state) : err_no_memory(t);
}

static Value partial_setstate(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "__setstate__", nargs - 1, kw, 1, 1)) return 0;
    PartialObj *p = (PartialObj *)args[0];
    Value st = args[1];
    if (!IS_TUPLE(st) || TUPLE_LEN(st) != 4) return err_format(t, &exc_TypeError, "invalid partial state");
    Value fn = TUPLE_ITEM(st, 0), fargs = TUPLE_ITEM(st, 1), kwv = TUPLE_ITEM(st, 2), dv = TUPLE_ITEM(st, 3);
    if (!TYPE_OF(fn)->call || !IS_TUPLE_LIKE(fargs) || (kwv != V_NONE && !IS_DICT_LIKE(kwv)))
        return err_format(t, &exc_TypeError, "invalid partial state");
    p->fn = fn;
    p->args = obj_unbox(fargs);
    p->kw = kwv == V_NONE ? dict_new() : dict_copy(AS_DICT(kwv));
    if (dv != V_NONE) {
        if (!IS_DICT_LIKE(dv)) return err_format(t, &exc_TypeError, "invalid partial state");
        p->dict = dict_copy(AS_DICT(dv));
    } else {
        p->dict = NULL;
    }
    return V_NONE;
}

static const MethodDef partial_methods[] = {
    {"__class_getitem__", generic_class_getitem, METH_CLASS, "See PEP 585"},
    {"__reduce__", partial_reduce, METH_PLAIN, NULL},
    {"__setstate__", partial_setstate, METH_PLAIN, NULL},
    {NULL},
};

Type partial_type = {
    .hdr = {&type_type}, .name = "functools.partial", .size = sizeof(PartialObj),
    .dict_offset = offsetof(PartialObj, dict), .flags = TF_BASETYPE,
    .new_ = partial_new, .call = partial_call, .repr = partial_repr,
    .members = partial_members, .methods = partial_methods,
};
REGISTER_TYPE(partial_type);

/* --- the lru_cache wrapper ----------------------------------------------------------- */

/* The cache of a bounded wrapper is a dict of key -> link; the links form
 * a ring through root, least recently used first. */
typedef struct LruLink {
    Obj hdr;
    struct LruLink *prev, *next;
    Value key, result;
} LruLink;

typedef struct LruObj {
    Obj hdr;
    DictObj *dict;
    Value fn;
    DictObj *cache;
    int64_t maxsize;           /* -1: unbounded */
    Value maxsize_obj;         /* as given, for cache_info */
    bool typed;
    int64_t hits, misses;
    LruLink *root;
    Value cache_info_type;
} LruObj;

extern Type lru_link_type, lru_wrapper_type;

/* Marks the keyword part of a key: never equal to a user object. */
static const Obj kwd_mark = {&object_type};

/* CPython's lru_cache_make_key: the argument itself for one str or int,
 * else a flat tuple of the arguments, keyword names and values, and (typed)
 * their types. */
static Value make_key(Task *t, bool typed, const Value *args, size_t nargs, Value kwnames)
{
    size_t nk = kwnames ? TUPLE_LEN(kwnames) : 0;
    if (!typed && !nk) {
        if (nargs == 1 && (IS_STR(args[0]) || IS_INT(args[0]))) return args[0];
        return tuple_from_array(args, nargs);
    }
    size_t size = nargs + (nk ? 2 * nk + 1 : 0) + (typed ? nargs + nk : 0), i = 0;
    Value key = tuple_new(size);
    if (!key) return err_no_memory(t);
    for (size_t k = 0; k < nargs; k++) TUPLE_ITEM(key, i++) = args[k];
    if (nk) {
        TUPLE_ITEM(key, i++) = OBJ_VAL(&kwd_mark);
        for (size_t k = 0; k < nk; k++) {
            TUPLE_ITEM(key, i++) = TUPLE_ITEM(kwnames, k);
            TUPLE_ITEM(key, i++) = args[nargs + k];
        }
    }
    if (typed) {
        for (size_t k = 0; k < nargs + nk; k++) TUPLE_ITEM(key, i++) = OBJ_VAL(TYPE_OF(args[k]));
    }
    return key;
}

/* Calls the cached function, one recursion level deeper (see the top). */
static Value call_cached(Task *t, LruObj *w, const Value *args, size_t nargs, Value kwnames)
{
    t->depth++;
    Value r = obj_call(t, w->fn, args, nargs, kwnames);
    t->depth--;
    return r;
}

static void link_remove(LruLink *l)
{
    l->prev->next = l->next;
    l->next->prev = l->prev;
}

static void link_append(LruLink *root, LruLink *l)
{
    l->prev = root->prev;
    l->next = root;
    root->prev->next = l;
    root->prev = l;
}

static Value lru_call(Task *t, Value self, const Value *args, size_t nargs, Value kwnames)
{
    LruObj *w = (LruObj *)self;
    if (w->maxsize == 0) {
        w->misses++;
        return call_cached(t, w, args, nargs, kwnames);
    }
    Value key = make_key(t, w->typed, args, nargs, kwnames);
    if (!key) return 0;
    int64_t hash = dict_key_hash(t, key);
    if (hash == -1 && t->exc) return 0;
    Value found = dict_get_hash(t, w->cache, key, hash);
    if (!found && t->exc) return 0;
    if (w->maxsize < 0) {
        if (found) {
            w->hits++;
            return found;
        }
        w->misses++;
        Value r = call_cached(t, w, args, nargs, kwnames);
        if (!r || !dict_set_hash(t, w->cache, key, hash, r)) return 0;
        return r;
    }
    if (found) {
        LruLink *l = (LruLink *)found;
        link_remove(l);
        link_append(w->root, l);
        w->hits++;
        return l->result;
    }
    w->misses++;
    Value r = call_cached(t, w, args, nargs, kwnames);
    if (!r) return 0;
    /* the call may have cached this key itself (recursion): keep that link */
    int in = dict_contains_hash(t, w->cache, key, hash);
    if (in < 0) return 0;
    if (in) return r;
    LruLink *l;
    if ((int64_t)w->cache->used < w->maxsize) {
        l = GC_MALLOC(sizeof *l);
        if (!l) return err_no_memory(t);
        l->hdr.type = &lru_link_type;
    } else {
        l = w->root->next;     /* the least recently used makes room */
        if (dict_del(t, w->cache, l->key) < 0) return 0;
        link_remove(l);
    }
    l->key = key;
    l->result = r;
    if (!dict_set_hash(t, w->cache, key, hash, OBJ_VAL(l))) return 0;
    link_append(w->root, l);
    return r;
}

static void lru_reset(LruObj *w)
{
    dict_clear(w->cache);
    w->root->prev = w->root->next = w->root;
    w->hits = w->misses = 0;
}

static Value lru_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    static const ArgSpec spec = {"_lru_cache_wrapper", 0, 4, 4, 4, {"user_function", "maxsize", "typed", "cache_info_type"}};
    Value a[4];
    if (!args_bind(t, &spec, args, nargs, kw, a)) return 0;
    if (!TYPE_OF(a[0])->call) return err_format(t, &exc_TypeError, "the first argument must be callable");
    int64_t maxsize = -1;
    if (a[1] != V_NONE) {
        if (!HAS_FLAG(a[1], TF_INT) && !IS_BOOL(a[1]) && !type_lookup(TYPE_OF(a[1]), NAME(__index__)))
            return err_format(t, &exc_TypeError, "maxsize should be integer or None");
        Value n = obj_index(t, a[1]);
        if (!n) return 0;
        if (!big_to_i64(n, &maxsize)) maxsize = big_sign(n) < 0 ? 0 : INT64_MAX;
        if (maxsize < 0) maxsize = 0;
    }
    int typed = obj_truthy(t, a[2]);
    if (typed < 0) return 0;
    size_t size = tp->size > sizeof(LruObj) ? tp->size : sizeof(LruObj);
    LruObj *w = GC_MALLOC(size);
    LruLink *root = GC_MALLOC(sizeof *root);
    DictObj *cache = dict_new();
    if (!w || !root || !cache) return err_no_memory(t);
    w->hdr.type = tp;
    root->hdr.type = &lru_link_type;
    root->prev = root->next = root;
    w->fn = a[0];
    w->cache = cache;
    w->maxsize = maxsize;
    w->maxsize_obj = a[1];
    w->typed = typed;
    w->root = root;
    w->cache_info_type = a[3];
    return OBJ_VAL(w);
}

static Value lru_cache_info(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "cache_info", nargs - 1, kw, 0, 0)) return 0;
    LruObj *w = (LruObj *)args[0];
    Value info[4] = {int_from_i64(t, w->hits), int_from_i64(t, w->misses),
                     w->maxsize < 0 ? V_NONE : int_from_i64(t, w->maxsize), int_from_i64(t, (int64_t)w->cache->used)};
    return obj_call(t, w->cache_info_type, info, 4, 0);
}

static Value lru_cache_clear(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "cache_clear", nargs - 1, kw, 0, 0)) return 0;
    lru_reset((LruObj *)args[0]);
    return V_NONE;
}

static Value lru_copy(Task *t, const Value *args, size_t nargs, Value kw) { return args[0]; }

/* A function-like descriptor: looked up through an instance, it binds. */
static Value lru_descr_get(Task *t, Value self, Value obj, Type *type)
{
    if (!obj || obj == V_NONE) return self;
    Value m = method_new(self, obj);
    return m ? m : err_no_memory(t);
}

static const MethodDef lru_methods[] = {
    {"cache_info", lru_cache_info, METH_PLAIN, "Report cache statistics"},
    {"cache_clear", lru_cache_clear, METH_PLAIN, "Clear the cache and cache statistics"},
    {"__copy__", lru_copy, METH_PLAIN, NULL},
    {"__deepcopy__", lru_copy, METH_PLAIN, NULL},
    {NULL},
};

static const MemberDef lru_members[] = {
    {"__dict__", get_dict, NULL},
    {NULL},
};

Type lru_wrapper_type = {
    .hdr = {&type_type}, .name = "functools._lru_cache_wrapper", .size = sizeof(LruObj),
    .dict_offset = offsetof(LruObj, dict), .flags = TF_BASETYPE,
    .new_ = lru_new, .call = lru_call, .descr_get = lru_descr_get, .methods = lru_methods,
    .members = lru_members,
};
REGISTER_TYPE(lru_wrapper_type);

Type lru_link_type = {
    .hdr = {&type_type}, .name = "functools._lru_list_elem", .size = sizeof(LruLink),
    .flags = TF_ABSTRACT_NEW,
};
REGISTER_TYPE(lru_link_type);

/* --- cmp_to_key ---------------------------------------------------------------------- */

typedef struct KeyObj {
    Obj hdr;
    Value cmp;
    Value object;              /* 0 for the factory cmp_to_key returns */
} KeyObj;

extern Type key_type;

static Value key_make(Task *t, Value cmp, Value object)
{
    KeyObj *k = GC_MALLOC(sizeof *k);
    if (!k) return err_no_memory(t);
    k->hdr.type = &key_type;
    k->cmp = cmp;
    k->object = object;
    return OBJ_VAL(k);
}

static Value key_call(Task *t, Value self, const Value *args, size_t nargs, Value kw)
{
    static const ArgSpec spec = {"K", 0, 1, 1, 1, {"obj"}};
    Value a[1];
    if (!args_bind(t, &spec, args, nargs, kw, a)) return 0;
    return key_make(t, ((KeyObj *)self)->cmp, a[0]);
}

static Value key_richcmp(Task *t, Value self, Value other, CmpOpKind op)
{
    if (!IS_TYPE(other, &key_type)) return err_format(t, &exc_TypeError, "other argument must be K instance");
    KeyObj *a = (KeyObj *)self, *b = (KeyObj *)other;
    if (!a->object || !b->object) return err_format(t, &exc_AttributeError, "object");
    Value args[2] = {a->object, b->object};
    Value r = obj_call(t, a->cmp, args, 2, 0);
    return r ? obj_richcmp(t, r, MAKE_SMALL(0), op) : 0;
}

static Value key_get_obj(Task *t, Value self)
{
    KeyObj *k = (KeyObj *)self;
    return k->object ? k->object : err_format(t, &exc_AttributeError, "obj");
}

static const MemberDef key_members[] = {
    {"obj", key_get_obj, NULL},
    {NULL},
};

Type key_type = {
    .hdr = {&type_type}, .name = "functools.KeyWrapper", .size = sizeof(KeyObj), .flags = TF_ABSTRACT_NEW,
    .call = key_call, .richcmp = key_richcmp, .hash = hash_unhashable, .members = key_members,
};
REGISTER_TYPE(key_type);

static Value f_cmp_to_key(Task *t, const Value *args, size_t nargs, Value kw)
{
    static const ArgSpec spec = {"cmp_to_key", 0, 1, 1, 1, {"mycmp"}};
    Value a[1];
    if (!args_bind(t, &spec, args, nargs, kw, a)) return 0;
    return key_make(t, a[0], 0);
}

/* --- reduce -------------------------------------------------------------------------- */

static Value f_reduce(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "reduce", nargs, kw, 2, 3)) return 0;
    Value it = obj_iter(t, args[1]);
    if (!it) {
        if (err_matches(t, &exc_TypeError)) {
            err_clear(t);
            err_format(t, &exc_TypeError, "reduce() arg 2 must support iteration");
        }
        return 0;
    }
    Value acc = nargs > 2 ? args[2] : 0;
    for (;;) {
        Value v = obj_next(t, it);
        if (!v) {
            if (t->exc) return 0;
            break;
        }
        if (!acc) {
            acc = v;
            continue;
        }
        Value pair[2] = {acc, v};
        acc = obj_call(t, args[0], pair, 2, 0);
        if (!acc) return 0;
    }
    if (!acc) return err_format(t, &exc_TypeError, "reduce() of empty iterable with no initial value");
    return acc;
}

static const MethodDef functools_functions[] = {
    {"reduce", f_reduce, METH_PLAIN,
     "reduce(function, iterable[, initial]) -> value\n\nApply a function of two arguments cumulatively to the items of a sequence\nor iterable, from left to right, so as to reduce the iterable to a single\nvalue."},
    {"cmp_to_key", f_cmp_to_key, METH_PLAIN, "Convert a cmp= function into a key= function."},
    {NULL},
};

static bool functools_init(Task *t, Value m)
{
    DictObj *d = module_dict(m);
    dict_set_cstr(d, "partial", OBJ_VAL(&partial_type));
    dict_set_cstr(d, "_lru_cache_wrapper", OBJ_VAL(&lru_wrapper_type));
    dict_set_cstr(d, "KeyWrapper", OBJ_VAL(&key_type));
    return true;
}

const NativeModule functools_native_module = {"_functools", functools_functions, functools_init};
