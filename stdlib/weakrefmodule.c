/* weakrefmodule.c - _weakref: weak references on the Boehm collector
 * (ref, proxy, getweakrefcount, getweakrefs); stdlib/weakref.py builds the
 * weak containers, WeakMethod and finalize on them.
 *
 * A weak reference holds its referent's address hidden (GC_HIDE_POINTER),
 * so the conservative collector does not count it, and registers that word
 * as a disappearing link: the collector clears it when it frees the
 * referent. A hidden pointer is turned back into a pointer only under the
 * allocator lock (reveal), so that no collection can free the object
 * between the read and the moment the pointer sits where the collector
 * looks (a register or the stack).
 *
 * Each interpreter keeps a table (WeakState) from referent to the weak
 * references made to it by its code: getweakrefcount/getweakrefs read it,
 * ref(o) finds the existing plain reference there, and the callbacks are
 * found through it. The table holds referents and references alike through
 * disappearing links, so it keeps neither alive.
 *
 * When callbacks run. CPython calls a weak reference's callback the moment
 * its referent's count drops to zero. Here nothing happens at that moment:
 * the collector clears the links during some later collection, and
 * callbacks cannot run inside the collector (it holds its lock, the world
 * is stopped, and the referent's island may be running elsewhere). So the
 * interpreter that made the references runs their callbacks itself, at
 * safe points of its own tasks: the evaluator's periodic check (the one
 * that looks for Ctrl-C, every few thousand instructions) notices that a
 * collection happened since its last look and scans the table; gc.collect()
 * collects, then scans. A callback therefore runs some time after the
 * referent became unreachable, from whatever code of that island is
 * running then, never from another island's thread; and a reference that
 * died in the same collection as its referent gets no call, as in CPython.
 * Callbacks of references to one object run newest first, as CPython's. */
#include <stddef.h>
#include <gc/gc.h>
#include "object.h"
#include "error.h"
#include "str.h"
#include "list.h"
#include "dict.h"
#include "names.h"
#include "interp.h"
#include "module.h"
#include "genericalias.h"
#include "weakrefmodule.h"

/* One weak reference (ref and the proxies share the layout). */
typedef struct WeakRefObj {
    Obj hdr;
    GC_hidden_pointer obj;     /* the referent, hidden; 0 once the collector freed it */
    Value callback;            /* or 0 */
    int64_t hash;              /* the referent's, once asked; -1 before */
} WeakRefObj;

/* A link from the table to one weak reference (cleared when it dies). */
typedef struct WeakCell {
    GC_hidden_pointer ref;
    struct WeakCell *next;
} WeakCell;

/* The weak references of one referent, newest first. */
typedef struct WeakNode {
    GC_hidden_pointer obj;     /* the referent; 0 once freed: its callbacks are due */
    struct WeakNode *next;     /* in its bucket */
    WeakCell *refs;
} WeakNode;

struct WeakState {
    WeakNode **buckets;
    size_t nbuckets, count;
    GC_word gc_seen;           /* the collection count at the last scan */
    bool running;              /* callbacks are being run (no nested scan) */
};
typedef struct WeakState WeakState;

extern Type weakref_type, proxy_type, callable_proxy_type;
extern Type gen_type, func_type, native_type, method_type, code_type, module_type, file_type,
    partial_type, lru_wrapper_type, pattern_type, deque_type, array_type, channel_type, task_type,
    interp_type, host_function_type;

#define IS_WEAK(v) (!IS_SMALL(v) && (type_is_subtype(TYPE_OF(v), &weakref_type) \
                                     || TYPE_OF(v) == &proxy_type || TYPE_OF(v) == &callable_proxy_type))
#define AS_WEAK(v) ((WeakRefObj *)(v))

/* --- hidden pointers --------------------------------------------------------------- */

/* The object *p hides, or 0 if the collector cleared it. */
static Value reveal(const GC_hidden_pointer *p)
{
    GC_alloc_lock();
    GC_hidden_pointer h = *(const volatile GC_hidden_pointer *)p;
    Value volatile v = h ? (Value)GC_REVEAL_POINTER(h) : 0;
    GC_alloc_unlock();
    return v;
}

/* Stores o hidden in *link, to be cleared when o is freed. An object
 * outside the collected heap (a static built-in) never is; one inside
 * another object dies with it. */
static bool hide(Task *t, GC_hidden_pointer *link, Value o)
{
    *link = GC_HIDE_POINTER(o);
    void *base = GC_base((void *)o);
    if (base && GC_general_register_disappearing_link((void **)link, base) == GC_NO_MEMORY) {
        *link = 0;
        err_no_memory(t);
        return false;
    }
    return true;
}

/* --- which objects may be weakly referenced --------------------------------------- */

/* CPython's answer, per atoll type: instances of classes, except those
 * derived from int, tuple or bytes; and of the built-in types whose
 * CPython counterpart has a weak reference list. */
static bool weakrefable(Value o)
{
    if (IS_SMALL(o)) return false;
    Type *tp = TYPE_OF(o);
    if (tp->flags & TF_HEAP)
        return !(tp->boxed == &int_type || tp->boxed == &tuple_type || tp->boxed == &bytes_type);
    if (tp->flags & TF_TYPE) return true;
    static Type *const ok[] = {
        &set_type, &frozenset_type, &func_type, &native_type, &method_type, &gen_type, &code_type,
        &module_type, &file_type, &partial_type, &lru_wrapper_type, &pattern_type, &deque_type,
        &array_type, &channel_type, &task_type, &interp_type, &host_function_type,
    };
    for (size_t i = 0; i < sizeof ok / sizeof *ok; i++)
        if (tp == ok[i]) return true;
    return false;
}

static bool check_weakrefable(Task *t, Value o)
{
    if (weakrefable(o)) return true;
    err_format(t, &exc_TypeError, "cannot create weak reference to '%s' object", obj_type_name(o));
    return false;
}

/* --- the interpreter's table ------------------------------------------------------- */

static size_t addr_hash(GC_hidden_pointer h, size_t mask)
{
    uintptr_t a = (uintptr_t)~h;   /* the address as a number: never dereferenced */
    return (size_t)(((a >> 4) * UINT64_C(0x9E3779B97F4A7C15)) >> 20) & mask;
}

static WeakState *state(Task *t)
{
    Interp *in = t->interp;
    if (!in->weak) {
        WeakState *st = GC_MALLOC(sizeof *st);
        WeakNode **b = GC_MALLOC(16 * sizeof *b);
        if (!st || !b) return NULL;
        st->buckets = b;
        st->nbuckets = 16;
        in->weak = st;
    }
    return in->weak;
}

/* Drops the cells of references the collector freed. */
static void prune_cells(WeakNode *n)
{
    WeakCell **pp = &n->refs;
    while (*pp)
        if ((*pp)->ref == 0) *pp = (*pp)->next;
        else pp = &(*pp)->next;
}

/* The node of o (alive: the caller holds it), or NULL. */
static WeakNode *find_node(WeakState *st, Value o)
{
    if (!st) return NULL;
    GC_hidden_pointer h = GC_HIDE_POINTER(o);
    for (WeakNode *n = st->buckets[addr_hash(h, st->nbuckets - 1)]; n; n = n->next)
        if (n->obj == h) return n;
    return NULL;
}

static void grow(WeakState *st)
{
    size_t nb = st->nbuckets * 2;
    WeakNode **b = GC_MALLOC(nb * sizeof *b);
    if (!b) return;   /* longer chains, still correct */
    for (size_t i = 0; i < st->nbuckets; i++)
        for (WeakNode *n = st->buckets[i], *next; n; n = next) {
            next = n->next;
            if (!n->obj && !n->refs) {   /* dead with nothing to call: forget it */
                st->count--;
                continue;
            }
            /* a dead node keeps its place under any bucket until the scan */
            size_t j = n->obj ? addr_hash(n->obj, nb - 1) : 0;
            n->next = b[j];
            b[j] = n;
        }
    st->buckets = b;
    st->nbuckets = nb;
}

/* Records r as a weak reference to o. */
static bool table_add(Task *t, Value o, Value r)
{
    WeakState *st = state(t);
    if (!st) return err_no_memory(t);
    WeakNode *n = find_node(st, o);
    if (!n) {
        if (st->count >= st->nbuckets * 2) grow(st);
        n = GC_MALLOC(sizeof *n);
        if (!n) return err_no_memory(t);
        if (!hide(t, &n->obj, o)) return false;
        size_t j = addr_hash(n->obj, st->nbuckets - 1);
        n->next = st->buckets[j];
        st->buckets[j] = n;
        st->count++;
    }
    WeakCell *c = GC_MALLOC(sizeof *c);
    if (!c) return err_no_memory(t);
    if (!hide(t, &c->ref, r)) return false;
    prune_cells(n);
    c->next = n->refs;
    n->refs = c;
    return true;
}

/* The shared plain reference or proxy (no callback, exact type tp) to o, or 0. */
static Value find_plain(Task *t, Value o, Type *tp)
{
    WeakNode *n = find_node(t->interp->weak, o);
    for (WeakCell *c = n ? n->refs : NULL; c; c = c->next) {
        Value r = reveal(&c->ref);
        if (r && TYPE_OF(r) == tp && !AS_WEAK(r)->callback) return r;
    }
    return 0;
}

/* --- running callbacks ------------------------------------------------------------- */

/* Unlinks the nodes of freed referents, gathering the live references to
 * them that have callbacks (newest first per referent), and drops nodes
 * left without references. */
static Value collect_due(Task *t, WeakState *st)
{
    Value due = list_new(0);
    if (!due) return 0;
    for (size_t i = 0; i < st->nbuckets; i++) {
        WeakNode **pp = &st->buckets[i];
        while (*pp) {
            WeakNode *n = *pp;
            if (n->obj) {
                prune_cells(n);
                if (n->refs) {
                    pp = &n->next;
                    continue;
                }
            } else {
                for (WeakCell *c = n->refs; c; c = c->next) {
                    Value r = reveal(&c->ref);
                    if (r && AS_WEAK(r)->callback && !list_append(t, due, r)) return 0;
                }
            }
            *pp = n->next;
            st->count--;
        }
    }
    return due;
}

void weak_run_callbacks(Task *t)
{
    WeakState *st = t->interp->weak;
    if (!st || st->running) return;
    st->running = true;
    Value due = collect_due(t, st);
    if (!due) {
        err_clear(t);
        st->running = false;
        return;
    }
    ListObj *l = AS_LIST(due);
    for (size_t i = 0; i < l->len; i++) {
        WeakRefObj *r = AS_WEAK(l->items[i]);
        Value cb = r->callback, arg = OBJ_VAL(r);
        r->callback = 0;   /* once dead, __callback__ is None */
        if (cb && !obj_call(t, cb, &arg, 1, 0)) exc_write_unraisable(t, "in", cb);
    }
    st->running = false;
}

void weak_poll(Task *t)
{
    WeakState *st = t->interp->weak;
    if (!st || !st->count || st->running) return;
    GC_alloc_lock();
    GC_word n = GC_get_gc_no();
    GC_alloc_unlock();
    if (n == st->gc_seen) return;
    st->gc_seen = n;
    weak_run_callbacks(t);
}

/* --- ref --------------------------------------------------------------------------- */

/* The referent, or 0 when dead (no exception). */
static Value referent(Value self)
{
    return reveal(&AS_WEAK(self)->obj);
}

static Value make_weak(Task *t, Type *tp, Value o, Value cb)
{
    if (!check_weakrefable(t, o)) return 0;
    if (cb == V_NONE) cb = 0;
    bool plain = !cb && (tp == &weakref_type || tp == &proxy_type || tp == &callable_proxy_type);
    if (plain) {
        Value r = find_plain(t, o, tp);
        if (r) return r;
    }
    WeakRefObj *r = GC_MALLOC(tp->size > sizeof(WeakRefObj) ? tp->size : sizeof(WeakRefObj));
    if (!r) return err_no_memory(t);
    r->hdr.type = tp;
    r->callback = cb;
    r->hash = -1;
    if (!hide(t, &r->obj, o) || !table_add(t, o, OBJ_VAL(r))) return 0;
    return OBJ_VAL(r);
}

static Value ref_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    if (tp == &weakref_type && !args_no_kw(t, "ref", kw)) return 0;
    if (!args_check(t, "__new__", nargs, 0, 1, 2)) return 0;
    return make_weak(t, tp, args[0], nargs > 1 ? args[1] : 0);
}

/* Everything was done by __new__; a subclass's __init__ may pass more. */
static bool ref_init(Task *t, Value self, const Value *args, size_t nargs, Value kw)
{
    return true;
}

static Value ref_call(Task *t, Value self, const Value *args, size_t nargs, Value kw)
{
    if (!args_no_kw(t, "weakref", kw)) return 0;
    if (nargs) return err_format(t, &exc_TypeError, "weakref expected 0 arguments, got %zu", nargs);
    Value o = referent(self);
    return o ? o : V_NONE;
}

static int64_t ref_hash(Task *t, Value self)
{
    WeakRefObj *r = AS_WEAK(self);
    if (r->hash != -1) return r->hash;
    Value o = referent(self);
    if (!o) {
        err_format(t, &exc_TypeError, "weak object has gone away");
        return -1;
    }
    int64_t h = obj_hash(t, o);
    if (h != -1) r->hash = h;
    return h;
}

static Value ref_richcmp(Task *t, Value self, Value other, CmpOpKind op)
{
    if ((op != CMP_EQ && op != CMP_NOTEQ) || IS_SMALL(other)
        || !type_is_subtype(TYPE_OF(other), &weakref_type))
        return V_NOTIMPL;
    Value a = referent(self), b = referent(other);
    if (!a || !b) return V_BOOL((self == other) == (op == CMP_EQ));
    return obj_richcmp(t, a, b, op);
}

/* __name__ of o when it is a str, else 0 (no exception). */
static Value name_of(Task *t, Value o)
{
    Value n = obj_getattr(t, o, NAME(__name__));
    if (!n) err_clear(t);
    return n && HAS_FLAG(n, TF_STR) ? n : 0;
}

static Value ref_repr(Task *t, Value self)
{
    Value o = referent(self);
    if (!o) return str_format(t, "<weakref at %p; dead>", (void *)self);
    Value n = name_of(t, o);
    if (n) return str_format(t, "<weakref at %p; to '%s' at %p (%U)>", (void *)self, obj_type_name(o), (void *)o, n);
    return str_format(t, "<weakref at %p; to '%s' at %p>", (void *)self, obj_type_name(o), (void *)o);
}

static Value ref_get_callback(Task *t, Value self)
{
    Value cb = AS_WEAK(self)->callback;
    return cb ? cb : V_NONE;
}

static const MemberDef ref_members[] = {
    {"__callback__", ref_get_callback, NULL},
    {NULL},
};

static const MethodDef ref_methods[] = {
    {"__class_getitem__", generic_class_getitem, METH_CLASS, "See PEP 585"},
    {NULL},
};

Type weakref_type = {
    .hdr = {&type_type}, .name = "weakref.ReferenceType", .size = sizeof(WeakRefObj), .flags = TF_BASETYPE,
    .new_ = ref_new, .init = ref_init, .call = ref_call, .hash = ref_hash, .richcmp = ref_richcmp,
    .repr = ref_repr, .members = ref_members, .methods = ref_methods,
};
REGISTER_TYPE(weakref_type);

/* --- proxies ----------------------------------------------------------------------- */

/* The referent of a proxy, or ReferenceError; other values as they are. */
static Value unwrap(Task *t, Value v)
{
    if (IS_SMALL(v) || (TYPE_OF(v) != &proxy_type && TYPE_OF(v) != &callable_proxy_type)) return v;
    Value o = referent(v);
    return o ? o : err_format(t, &exc_ReferenceError, "weakly-referenced object no longer exists");
}

static Value proxy_repr(Task *t, Value self)
{
    Value o = referent(self);
    if (!o) o = V_NONE;
    return str_format(t, "<weakproxy at %p to %s at %p>", (void *)self, obj_type_name(o), (void *)o);
}

static Value proxy_str(Task *t, Value self)
{
    Value o = unwrap(t, self);
    return o ? obj_str(t, o) : 0;
}

static Value proxy_getattr(Task *t, Value self, Value name)
{
    Value o = unwrap(t, self);
    return o ? obj_getattr(t, o, name) : 0;
}

static bool proxy_setattr(Task *t, Value self, Value name, Value v)
{
    Value o = unwrap(t, self);
    if (!o) return false;
    return v ? obj_setattr(t, o, name, v) : obj_delattr(t, o, name);
}

static Value proxy_richcmp(Task *t, Value self, Value other, CmpOpKind op)
{
    Value a = unwrap(t, self), b = a ? unwrap(t, other) : 0;
    return b ? obj_richcmp(t, a, b, op) : 0;
}

static Value proxy_binop(Task *t, Value a, Value b, BinOpKind op, int side)
{
    Value x = unwrap(t, a), y = x ? unwrap(t, b) : 0;
    return y ? obj_binop(t, x, y, op) : 0;
}

/* The result of an in-place operator is the referent's, not a proxy. */
static Value proxy_inplace(Task *t, Value a, Value b, BinOpKind op)
{
    Value x = unwrap(t, a), y = x ? unwrap(t, b) : 0;
    return y ? obj_inplace(t, x, y, op) : 0;
}

static Value proxy_unary(Task *t, Value a, UnaryOpKind op)
{
    Value x = unwrap(t, a);
    return x ? obj_unary(t, x, op) : 0;
}

static int proxy_truth(Task *t, Value self)
{
    Value o = unwrap(t, self);
    return o ? obj_truthy(t, o) : -1;
}

static int64_t proxy_len(Task *t, Value self)
{
    Value o = unwrap(t, self);
    return o ? obj_len(t, o) : -1;
}

static Value proxy_getitem(Task *t, Value self, Value key)
{
    Value o = unwrap(t, self);
    return o ? obj_getitem(t, o, key) : 0;
}

static bool proxy_setitem(Task *t, Value self, Value key, Value v)
{
    Value o = unwrap(t, self);
    if (!o) return false;
    return v ? obj_setitem(t, o, key, v) : obj_delitem(t, o, key);
}

static int proxy_contains(Task *t, Value self, Value x)
{
    Value o = unwrap(t, self);
    return o ? obj_contains(t, o, x) : -1;
}

static Value proxy_iter(Task *t, Value self)
{
    Value o = unwrap(t, self);
    return o ? obj_iter(t, o) : 0;
}

static Value proxy_next(Task *t, Value self)
{
    Value o = unwrap(t, self);
    if (!o) return 0;
    if (!TYPE_OF(o)->next)
        return err_format(t, &exc_TypeError, "Weakref proxy referenced a non-iterator '%s' object",
                          obj_type_name(o));
    return obj_next(t, o);
}

static Value proxy_call(Task *t, Value self, const Value *args, size_t nargs, Value kw)
{
    Value o = unwrap(t, self);
    return o ? obj_call(t, o, args, nargs, kw) : 0;
}

static Value proxy_bytes(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "__bytes__", nargs - 1, kw, 0, 0)) return 0;
    Value o = unwrap(t, args[0]);
    return o ? obj_call(t, OBJ_VAL(&bytes_type), &o, 1, 0) : 0;
}

static Value proxy_reversed(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "__reversed__", nargs - 1, kw, 0, 0)) return 0;
    Value o = unwrap(t, args[0]);
    return o ? obj_call_method(t, o, str_intern_cstr("__reversed__"), NULL, 0) : 0;
}

static const MethodDef proxy_methods[] = {
    {"__bytes__", proxy_bytes, METH_PLAIN, NULL},
    {"__reversed__", proxy_reversed, METH_PLAIN, NULL},
    {NULL},
};

#define PROXY_SLOTS \
    .size = sizeof(WeakRefObj), .flags = TF_ABSTRACT_NEW, .repr = proxy_repr, .str = proxy_str, \
    .hash = hash_unhashable, .getattr = proxy_getattr, .setattr = proxy_setattr, \
    .richcmp = proxy_richcmp, .binop = proxy_binop, .inplace = proxy_inplace, .unary = proxy_unary, \
    .truth = proxy_truth, .len = proxy_len, .getitem = proxy_getitem, .setitem = proxy_setitem, \
    .contains = proxy_contains, .iter = proxy_iter, .next = proxy_next, .methods = proxy_methods

Type proxy_type = {.hdr = {&type_type}, .name = "weakref.ProxyType", PROXY_SLOTS};
REGISTER_TYPE(proxy_type);

Type callable_proxy_type = {.hdr = {&type_type}, .name = "weakref.CallableProxyType", PROXY_SLOTS,
                            .call = proxy_call};
REGISTER_TYPE(callable_proxy_type);

/* --- module functions -------------------------------------------------------------- */

static Value w_proxy(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_no_kw(t, "_weakref.proxy", kw) || !args_check(t, "proxy", nargs, 0, 1, 2)) return 0;
    if (!check_weakrefable(t, args[0])) return 0;
    Type *tp = TYPE_OF(args[0])->call ? &callable_proxy_type : &proxy_type;
    return make_weak(t, tp, args[0], nargs > 1 ? args[1] : 0);
}

/* The live weak references to o made by this interpreter, newest first. */
static Value refs_of(Task *t, Value o)
{
    Value l = list_new(0);
    if (!l) return err_no_memory(t);
    WeakNode *n = find_node(t->interp->weak, o);
    for (WeakCell *c = n ? n->refs : NULL; c; c = c->next) {
        Value r = reveal(&c->ref);
        if (r && !list_append(t, l, r)) return 0;
    }
    return l;
}

static Value w_getweakrefcount(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "_weakref.getweakrefcount", nargs, kw, 1, 1)) return 0;
    Value l = refs_of(t, args[0]);
    return l ? MAKE_SMALL(AS_LIST(l)->len) : 0;
}

static Value w_getweakrefs(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "_weakref.getweakrefs", nargs, kw, 1, 1)) return 0;
    return refs_of(t, args[0]);
}

/* Deletes d[key] if it is a dead weak reference (WeakValueDictionary's
 * callbacks use it). */
static Value w_remove_dead(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "_remove_dead_weakref", nargs, kw, 2, 2)) return 0;
    if (!IS_DICT_LIKE(args[0])) return err_format(t, &exc_TypeError, "_remove_dead_weakref() argument 1 must be dict");
    DictObj *d = AS_DICT(args[0]);
    Value v = dict_get(t, d, args[1]);
    if (!v) return t->exc ? 0 : V_NONE;
    if (IS_WEAK(v) && !referent(v) && dict_del(t, d, args[1]) < 0) return 0;
    return V_NONE;
}

static const MethodDef weakref_functions[] = {
    {"proxy", w_proxy, METH_PLAIN,
     "Create a proxy object that weakly references 'object'.\n\n'callback', if given, is called with a "
     "reference to the proxy when 'object' is about to be finalized."},
    {"getweakrefcount", w_getweakrefcount, METH_PLAIN, "Return the number of weak references to 'object'."},
    {"getweakrefs", w_getweakrefs, METH_PLAIN, "Return a list of all weak reference objects pointing to 'object'."},
    {"_remove_dead_weakref", w_remove_dead, METH_PLAIN, "Atomically remove key from dict if it points to a dead weakref."},
    {NULL},
};

static bool weakref_init(Task *t, Value m)
{
    DictObj *d = module_dict(m);
    return dict_set_cstr(d, "ref", OBJ_VAL(&weakref_type))
        && dict_set_cstr(d, "ReferenceType", OBJ_VAL(&weakref_type))
        && dict_set_cstr(d, "ProxyType", OBJ_VAL(&proxy_type))
        && dict_set_cstr(d, "CallableProxyType", OBJ_VAL(&callable_proxy_type));
}

const NativeModule weakref_native_module = {"_weakref", weakref_functions, weakref_init};
