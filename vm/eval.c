/* eval.c - the evaluator loop.
 *
 * One loop runs every Python frame of a task: a call to a Python function
 * pushes a frame and continues in the same loop; a return pops it. C
 * recursion happens only when C code calls back into Python (a dunder, a
 * sort key), and is bounded by MAX_C_DEPTH. Dispatch is by computed goto
 * over the table made from opcodes.h. Exceptions are values: a failing
 * instruction jumps to `error`, which consults the code's exception table
 * and unwinds frames. Inline caches (per function) remember global lookups
 * and attribute locations keyed by dict and type versions. */
#include <gc/gc.h>
#include <math.h>
#include <string.h>
#include "object.h"
#include "error.h"
#include "str.h"
#include "list.h"
#include "tuple.h"
#include "dict.h"
#include "set.h"
#include "names.h"
#include "interp.h"
#include "int.h"
#include "floatobj.h"
#include "slice.h"
#include "module.h"
#include "func.h"
#include "vm.h"
#include "opcodes.h"
#include "import.h"
#include "format.h"
#include "scheduler.h"
#include "sigs.h"
#include "weakrefmodule.h"

enum { IC_EMPTY, IC_GLOBAL, IC_BUILTIN, IC_INSTANCE, IC_METHOD, IC_MODULE, IC_TYPE_ATTR };

/* --- helpers used by instructions ---------------------------------------------------- */

static Value name_error(Task *t, Value name)
{
    err_format(t, &exc_NameError, "name '%U' is not defined", name);
    if (t->exc) {
        DictObj **dp = obj_dict_ptr(t->exc);
        if (dp && *dp) dict_set_str(*dp, NAME(name), name);
    }
    return 0;
}

static Value load_global(Task *t, Frame *f, Value name, ICache *c)
{
    DictObj *g = f->globals, *b = f->builtins;
    if (c->key == (uintptr_t)g && c->version == g->version) {
        if (c->kind == IC_GLOBAL) return g->entries[c->index].value;
        if (c->key2 == (uintptr_t)b && c->version2 == b->version) return b->entries[c->index].value;
    }
    int64_t i = dict_find_str(g, name);
    if (i >= 0) {
        *c = (ICache){.key = (uintptr_t)g, .version = g->version, .index = (uint32_t)i, .kind = IC_GLOBAL};
        return g->entries[i].value;
    }
    i = dict_find_str(b, name);
    if (i >= 0) {
        *c = (ICache){.key = (uintptr_t)g, .version = g->version, .index = (uint32_t)i,
                      .key2 = (uintptr_t)b, .version2 = b->version, .kind = IC_BUILTIN};
        return b->entries[i].value;
    }
    return name_error(t, name);
}

static DictObj *instance_dict(Value o, Type *tp)
{
    return tp->dict_offset ? *(DictObj **)((char *)o + tp->dict_offset) : NULL;
}

/* Can o's instance dict hide the class attribute `name`? Not for a class
 * none of whose instances ever stored a name its MRO defines (TF_SHADOWED
 * tracks that, see generic_setattr). */
static bool may_shadow(Value o, Type *tp, Value name)
{
    if ((tp->flags & (TF_HEAP | TF_SHADOWED)) == TF_HEAP) return false;
    DictObj *d = instance_dict(o, tp);
    return d && d->used && dict_find_str(d, name) >= 0;
}

/* Remembers where an attribute was found, when the lookup path allows it:
 * generic attribute access, no data descriptor on the type. */
static void fill_attr_cache(Task *t, Value o, Value name, ICache *c, bool method)
{
    if (IS_SMALL(o)) return;
    Type *tp = AS_OBJ(o)->type;
    c = ATTR_CACHE_WAY(c, IS_MODULE(o) ? (uintptr_t)module_dict(o) : (uintptr_t)tp);
    if (IS_MODULE(o)) {
        int64_t i = dict_find_str(module_dict(o), name);
        if (i >= 0) *c = (ICache){.key = (uintptr_t)module_dict(o), .index = (uint32_t)i, .kind = IC_MODULE};
        return;
    }
    if (tp->getattr != generic_getattr || !tp->version) return;
    Value descr = type_lookup_cached(t, tp, name);
    DictObj *d = instance_dict(o, tp);
    if (descr) {
        Type *dt = TYPE_OF(descr);
        if (dt->descr_set) return;
        if (method && (dt == &func_type || dt == &method_descr_type))
            *c = (ICache){.key = (uintptr_t)tp, .version = tp->version, .value = descr, .kind = IC_METHOD};
        else if (!method && !dt->descr_get && (!d || dict_find_str(d, name) < 0))
            *c = (ICache){.key = (uintptr_t)tp, .version = tp->version, .value = descr, .kind = IC_TYPE_ATTR};
        if (descr && c->kind != IC_INSTANCE) return;
    }
    if (d) {
        int64_t i = dict_find_str(d, name);
        if (i >= 0) *c = (ICache){.key = (uintptr_t)tp, .version = tp->version, .index = (uint32_t)i, .kind = IC_INSTANCE};
    }
}

/* The value of o.name from the cache, or 0 when the cache cannot answer. */
static inline Value attr_from_cache(Value o, Value name, ICache *c)
{
    if (IS_SMALL(o)) return 0;
    Type *tp = AS_OBJ(o)->type;
    c = ATTR_CACHE_WAY(c, tp == &module_type ? (uintptr_t)module_dict(o) : (uintptr_t)tp);
    if (c->kind == IC_MODULE) {
        if (!IS_MODULE(o) || (uintptr_t)module_dict(o) != c->key) return 0;
        DictObj *d = module_dict(o);
        if (c->index < d->nentries && d->entries[c->index].key == name) return d->entries[c->index].value;
        return 0;
    }
    if (c->key != (uintptr_t)tp || c->version != tp->version) return 0;
    DictObj *d = instance_dict(o, tp);
    if (c->kind == IC_INSTANCE) {
        if (!d) return 0;
        if (c->index < d->nentries && d->entries[c->index].key == name) return d->entries[c->index].value;
        int64_t i = dict_find_str(d, name);
        if (i < 0) return 0;
        c->index = (uint32_t)i;
        return d->entries[i].value;
    }
    if (c->kind == IC_TYPE_ATTR && !may_shadow(o, tp, name)) return c->value;
    return 0;
}

static __attribute__((noinline)) Value load_attr_slow(Task *t, Value o, Value name, ICache *c)
{
    Value v = obj_getattr(t, o, name);
    if (v) fill_attr_cache(t, o, name, c, false);
    return v;
}

/* Inline, as the hit is a few loads: a call to it cost as much. */
static inline Value load_attr(Task *t, Value o, Value name, ICache *c)
{
    Value v = attr_from_cache(o, name, c);
    return v ? v : load_attr_slow(t, o, name, c);
}

/* LOAD_METHOD: pushes (function, self) when the attribute is a plain method
 * the instance does not shadow, else (attribute, NULL). */
static bool load_method(Task *t, Value o, Value name, ICache *c, Value *out)
{
    if (!IS_SMALL(o)) {
        Type *tp = AS_OBJ(o)->type;
        ICache *w = ATTR_CACHE_WAY(c, tp);
        if (w->kind == IC_METHOD && w->key == (uintptr_t)tp && w->version == tp->version &&
            !may_shadow(o, tp, name)) {
            out[0] = w->value;
            out[1] = o;
            return true;
        }
    }
    Type *tp = TYPE_OF(o);
    if (tp->getattr == generic_getattr) {
        Value descr = type_lookup_cached(t, tp, name);
        if (descr && (TYPE_OF(descr) == &func_type || TYPE_OF(descr) == &method_descr_type)) {
            if (IS_SMALL(o) || !may_shadow(o, tp, name)) {
                fill_attr_cache(t, o, name, c, true);
                out[0] = descr;
                out[1] = o;
                return true;
            }
        }
    }
    Value v = load_attr(t, o, name, c);
    if (!v) return false;
    out[0] = v;
    out[1] = 0;
    return true;
}

static bool store_attr(Task *t, Value o, Value name, Value v, ICache *c)
{
    if (!IS_SMALL(o)) {
        /* w, not c: the way is picked again below from the base */
        Type *tp = AS_OBJ(o)->type;
        ICache *w = ATTR_CACHE_WAY(c, tp);
        if (w->kind == IC_INSTANCE && w->key == (uintptr_t)tp && w->version == tp->version) {
            DictObj *d = instance_dict(o, tp);
            if (d && w->index < d->nentries && d->entries[w->index].key == name) {
                d->entries[w->index].value = v;
                return true;
            }
        }
    }
    if (!obj_setattr(t, o, name, v)) return false;
    Type *tp = TYPE_OF(o);
    if (!IS_SMALL(o) && tp->setattr == generic_setattr && tp->version) {
        Value descr = type_lookup_cached(t, tp, name);
        DictObj *d = instance_dict(o, tp);
        if ((!descr || !TYPE_OF(descr)->descr_set) && d) {
            c = ATTR_CACHE_WAY(c, tp);
            int64_t i = dict_find_str(d, name);
            if (i >= 0) *c = (ICache){.key = (uintptr_t)tp, .version = tp->version, .index = (uint32_t)i, .kind = IC_INSTANCE};
        }
    }
    return true;
}

static Value load_name(Task *t, Frame *f, Value name)
{
    Value loc = f->locals;
    if (loc) {
        Value v;
        if (IS_DICT(loc)) {
            v = dict_get_str(AS_DICT(loc), name);
        } else {
            v = obj_getitem(t, loc, name);
            if (!v && !err_matches(t, &exc_KeyError)) return 0;
            err_clear(t);
        }
        if (v) return v;
    }
    Value v = dict_get_str(f->globals, name);
    if (!v) v = dict_get_str(f->builtins, name);
    return v ? v : name_error(t, name);
}

static bool store_name(Task *t, Frame *f, Value name, Value v)
{
    if (!f->locals) {
        err_format(t, &exc_SystemError, "no locals found when storing %R", name);
        return false;
    }
    if (IS_DICT(f->locals)) return v ? dict_set(t, AS_DICT(f->locals), name, v)
                                     : dict_del(t, AS_DICT(f->locals), name) > 0 || (name_error(t, name), false);
    return v ? obj_setitem(t, f->locals, name, v) : obj_delitem(t, f->locals, name);
}

static Value unbound_local(Task *t, Value name)
{
    return err_format(t, &exc_UnboundLocalError,
                      "cannot access local variable '%U' where it is not associated with a value", name);
}

static Value unbound_deref(Task *t, CodeObj *co, uint32_t i)
{
    size_t ncell = TUPLE_LEN(co->cellvars);
    if (i < ncell) return unbound_local(t, TUPLE_ITEM(co->cellvars, i));
    return err_format(t, &exc_NameError,
                      "cannot access free variable '%U' where it is not associated with a value in enclosing scope",
                      TUPLE_ITEM(co->freevars, i - ncell));
}

/* Items of an iterable for UNPACK_SEQUENCE / UNPACK_EX, pushed so that the
 * first ends on top. */
static bool unpack(Task *t, Value seq, size_t before, size_t after, bool star, Value *sp)
{
    size_t want = before + after;
    const Value *items = NULL;
    size_t n = 0;
    if (IS_TUPLE(seq)) items = AS_TUPLE(seq)->items, n = TUPLE_LEN(seq);
    else if (IS_LIST(seq)) items = AS_LIST(seq)->items, n = AS_LIST(seq)->len;
    Value list = 0;
    if (!items) {
        if (!obj_has_iter(seq)) {
            err_format(t, &exc_TypeError, "cannot unpack non-iterable %s object", obj_type_name(seq));
            return false;
        }
        list = list_from_iter(t, seq);
        if (!list) return false;
        items = AS_LIST(list)->items;
        n = AS_LIST(list)->len;
    }
    if (!star && n != want) {
        if (n < want)
            err_format(t, &exc_ValueError, "not enough values to unpack (expected %zu, got %zu)", want, n);
        else
            err_format(t, &exc_ValueError, "too many values to unpack (expected %zu)", want);
        return false;
    }
    if (star && n < want) {
        err_format(t, &exc_ValueError, "not enough values to unpack (expected at least %zu, got %zu)", want, n);
        return false;
    }
    size_t total = want + star;
    Value *out = sp + total - 1;     /* out[0] is the first item, on top */
    for (size_t i = 0; i < before; i++) *(out - i) = items[i];
    if (star) {
        Value mid = list_from_array(items + before, n - want);
        if (!mid) return false;
        *(out - before) = mid;
    }
    for (size_t i = 0; i < after; i++) *(out - before - star - i) = items[n - after + i];
    return true;
}

static bool check_exc_class(Task *t, Value cls)
{
    if (IS_TUPLE(cls)) {
        for (size_t i = 0; i < TUPLE_LEN(cls); i++)
            if (!check_exc_class(t, TUPLE_ITEM(cls, i))) return false;
        return true;
    }
    if (IS_CLASS(cls) && type_is_subtype(AS_TYPE(cls), &exc_BaseException)) return true;
    err_format(t, &exc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return false;
}

/* RAISE_VARARGS with an exception (class or instance) and optional cause. */
static void do_raise(Task *t, Value exc, Value cause)
{
    if (IS_CLASS(exc)) {
        if (!type_is_subtype(AS_TYPE(exc), &exc_BaseException)) {
            err_format(t, &exc_TypeError, "exceptions must derive from BaseException");
            return;
        }
        exc = obj_call(t, exc, NULL, 0, 0);
        if (!exc) return;
        if (!exc_is_instance(exc)) {
            err_format(t, &exc_TypeError, "calling %R should have returned an instance of BaseException, not %s",
                       exc, obj_type_name(exc));
            return;
        }
    } else if (!exc_is_instance(exc)) {
        err_format(t, &exc_TypeError, "exceptions must derive from BaseException");
        return;
    }
    if (cause) {
        if (IS_CLASS(cause) && type_is_subtype(AS_TYPE(cause), &exc_BaseException)) {
            cause = obj_call(t, cause, NULL, 0, 0);
            if (!cause) return;
        } else if (cause != V_NONE && !exc_is_instance(cause)) {
            err_format(t, &exc_TypeError, "exception causes must derive from BaseException");
            return;
        }
        ((ExcObj *)exc)->cause = cause == V_NONE ? 0 : cause;
        ((ExcObj *)exc)->suppress_context = true;
    }
    err_set(t, exc);
}

static Value build_map(Task *t, Value *items, size_t n)
{
    DictObj *d = dict_new();
    if (!d) return err_no_memory(t);
    for (size_t i = 0; i < n; i++)
        if (!dict_set(t, d, items[2 * i], items[2 * i + 1])) return 0;
    return OBJ_VAL(d);
}

static Value build_string(Task *t, Value *items, size_t n)
{
    size_t size = 0;
    for (size_t i = 0; i < n; i++) size += STR_SIZE(items[i]);
    StrObj *s = str_alloc(size);
    if (!s) return err_no_memory(t);
    size_t off = 0, len = 0;
    for (size_t i = 0; i < n; i++) {
        memcpy(s->data + off, STR_DATA(items[i]), STR_SIZE(items[i]));
        off += STR_SIZE(items[i]);
        len += STR_LEN(items[i]);
    }
    s->len = len;
    return OBJ_VAL(s);
}

/* The callable's name for messages about bad * and ** arguments:
 * "print()", "__main__.f()", "A.m()" as CPython's _PyObject_FunctionStr. */
static Value func_desc(Task *t, Value f)
{
    Value q = obj_getattr_opt(t, f, NAME(__qualname__));
    if (!q || !IS_STR(q)) {
        err_clear(t);
        return str_format(t, "%s object", obj_type_name(f));
    }
    Value m = obj_getattr_opt(t, f, NAME(__module__));
    err_clear(t);
    if (m && IS_STR(m) && !str_eq_cstr(m, "builtins")) return str_format(t, "%U.%U()", m, q);
    return str_format(t, "%U()", q);
}

static bool dict_merge(Task *t, Value d, Value m, Value f)
{
    if (!IS_DICT_LIKE(m) && !obj_getattr_opt(t, m, NAME(keys))) {
        if (!t->exc)
            err_format(t, &exc_TypeError, "%U argument after ** must be a mapping, not %s", func_desc(t, f), obj_type_name(m));
        return false;
    }
    Value keys = obj_call_method(t, m, NAME(keys), NULL, 0);
    Value it = keys ? obj_iter(t, keys) : 0;
    if (!it) return false;
    for (Value k; (k = obj_next(t, it));) {
        if (!IS_STR(obj_unbox(k))) {
            err_format(t, &exc_TypeError, "keywords must be strings");
            return false;
        }
        Value old = dict_get(t, AS_DICT(d), k);
        if (old) {
            err_format(t, &exc_TypeError, "%U got multiple values for keyword argument '%U'", func_desc(t, f), k);
            return false;
        }
        Value v = obj_getitem(t, m, k);
        if (!v || !dict_set(t, AS_DICT(d), k, v)) return false;
    }
    return !t->exc;
}

/* CALL_EX: f(*tuple, **dict) */
/* CALL_EX's arguments as a call's: positional ones, then the values of
 * kwnames (0 when there are none). */
static bool call_ex_args(Task *t, Value args, Value kwargs, Value **av, size_t *nargs, Value *kwnames)
{
    if (!IS_TUPLE(args)) {
        args = tuple_from_iter(t, args);
        if (!args) return false;
    }
    size_t n = TUPLE_LEN(args), nk = kwargs ? AS_DICT(kwargs)->used : 0;
    *nargs = n;
    *kwnames = 0;
    if (!nk) {
        *av = AS_TUPLE(args)->items;
        return true;
    }
    Value *a = GC_MALLOC((n + nk) * sizeof(Value));
    Value names = tuple_new(nk);
    if (!a || !names) {
        err_no_memory(t);
        return false;
    }
    memcpy(a, AS_TUPLE(args)->items, n * sizeof(Value));
    size_t pos = 0, i = 0;
    Value k, v;
    while (dict_next(AS_DICT(kwargs), &pos, &k, &v)) {
        TUPLE_ITEM(names, i) = k;
        a[n + i++] = v;
    }
    *av = a;
    *kwnames = names;
    return true;
}

static Value make_function(Task *t, Frame *f, Value code, uint32_t flags, Value *sp)
{
    Value fn = func_new(t, AS_CODE(code), f->globals, 0);
    if (!fn) return 0;
    FuncObj *fo = AS_FUNC(fn);
    fo->builtins = f->builtins;
    if (flags & 8) fo->closure = *--sp;
    if (flags & 4) fo->annotations = *--sp;
    if (flags & 2) fo->kwdefaults = *--sp;
    if (flags & 1) fo->defaults = *--sp;
    return fn;
}

/* PRINT_EXPR (an expression statement at the prompt) hands the value to
 * sys.displayhook, which a script may replace. */
static Value print_expr(Task *t, Value v)
{
    Value hook = interp_sys_get(t, "displayhook");
    if (!hook) return err_format(t, &exc_RuntimeError, "lost sys.displayhook");
    return obj_call(t, hook, &v, 1, 0);
}

static Value send_value(Task *t, Value recv, Value v, bool *done)
{
    *done = false;
    if (IS_TYPE(recv, &gen_type)) {
        Value ret = V_NONE;
        Value r = vm_gen_resume(t, AS_GEN(recv), v, 0, &ret);
        if (r || t->exc) return r;
        *done = true;
        return ret;
    }
    /* a class's __next__ is called as a method, so that its StopIteration
     * keeps the value `yield from` returns (the next slot drops it) */
    Value r = v != V_NONE ? obj_call_method(t, recv, NAME(send), &v, 1)
            : (TYPE_OF(recv)->flags & TF_HEAP) ? obj_call_method(t, recv, NAME(__next__), NULL, 0)
            : obj_next(t, recv);
    if (r) return r;
    if (!t->exc) {
        *done = true;
        return V_NONE;
    }
    if (err_matches(t, &exc_StopIteration)) {
        *done = true;
        return err_take_stop_iteration(t);
    }
    return 0;
}

/* --- fast paths ------------------------------------------------------------------- */

static inline Value small_binop(Value a, Value b, uint32_t op)
{
    intptr_t r;
    switch (op) {
    case BIN_ADD:
        if (!__builtin_add_overflow((intptr_t)a, (intptr_t)b - 1, &r)) return (Value)r;
        break;
    case BIN_SUB:
        if (!__builtin_sub_overflow((intptr_t)a, (intptr_t)b - 1, &r)) return (Value)r;
        break;
    case BIN_MULT:
        if (!__builtin_mul_overflow(SMALL_VAL(a), SMALL_VAL(b), &r) && FITS_SMALL(r)) return MAKE_SMALL(r);
        break;
    case BIN_BITAND: return a & b;
    case BIN_BITOR: return a | b;
    case BIN_BITXOR: return (a ^ b) | 1;
    case BIN_FLOORDIV:
    case BIN_MOD: {
        intptr_t x = SMALL_VAL(a), y = SMALL_VAL(b);
        if (y <= 0 || x < 0) break;
        return MAKE_SMALL(op == BIN_MOD ? x % y : x / y);
    }
    default: break;
    }
    return 0;
}

static inline Value float_fast(Task *t, double x, double y, uint32_t op)
{
    switch (op) {
    case BIN_ADD: return float_new(t, x + y);
    case BIN_SUB: return float_new(t, x - y);
    case BIN_MULT: return float_new(t, x * y);
    case BIN_DIV: if (y != 0.0) return float_new(t, x / y); break;
    default: break;
    }
    return float_arith(t, x, y, op);
}

static inline int compare_small(Value a, Value b, uint32_t op)
{
    intptr_t x = (intptr_t)a, y = (intptr_t)b;
    switch (op) {
    case CMP_EQ: return x == y;
    case CMP_NOTEQ: return x != y;
    case CMP_LT: return x < y;
    case CMP_LTE: return x <= y;
    case CMP_GT: return x > y;
    default: return x >= y;
    }
}

static inline int compare_float(double x, double y, uint32_t op)
{
    switch (op) {
    case CMP_EQ: return x == y;
    case CMP_NOTEQ: return x != y;
    case CMP_LT: return x < y;
    case CMP_LTE: return x <= y;
    case CMP_GT: return x > y;
    default: return x >= y;
    }
}

static inline int truth(Task *t, Value v)
{
    if (v == V_TRUE) return 1;
    if (v == V_FALSE || v == V_NONE) return 0;
    return obj_truthy(t, v);
}

/* A generator resumed by FOR_ITER or SEND ended with `value`: FOR_ITER
 * drops the generator and leaves the loop; SEND replaces its receiver with
 * the value; both jump to their target. */
static inline void gen_return(Frame *f, const uint32_t **ip, Value **sp, Value value)
{
    uint32_t w = (*ip)[-1];
    if (INSTR_OP(w) == OP_FOR_ITER) (*sp)--;
    else (*sp)[-1] = value;
    *ip = f->code->code + INSTR_ARG(w);
}

/* --- the loop ------------------------------------------------------------------- */

#define FETCH()     (w = *ip++)
#define DISPATCH()  do { FETCH(); goto *targets[INSTR_OP(w)]; } while (0)
#define ARG         INSTR_ARG(w)
#define PUSH(v)     (*sp++ = (v))
#define POP()       (*--sp)
#define TOP()       (sp[-1])
#define PEEK(n)     (sp[-(intptr_t)(n)])
#define CACHE()     (&f->cache[INSTR_ARG(*ip++)])
#define NAMEV(i)    (AS_TUPLE(f->code->names)->items[i])
#define LOAD_FRAME() do { ip = f->ip; sp = f->sp; locals = f->slots; \
                          consts = AS_TUPLE(f->code->consts)->items; } while (0)
#define SAVE_FRAME() do { f->ip = ip; f->sp = sp; } while (0)
#define ERROR()     goto error

typedef enum RunMode { RUN_ENTER, RUN_THROW, RUN_RESUME } RunMode;

/* ENTER runs f as a new entry frame; THROW also raises the pending
 * exception at its current instruction; RESUME continues a parked or yielded
 * task at its innermost frame with what sched_wake delivered. */
static Value run(Task *t, Frame *f, RunMode mode)
{
    static void *const targets[OP_COUNT] = {
#define OP_TARGET(name, effect, flags) &&L_##name,
        OPCODES(OP_TARGET)
#undef OP_TARGET
    };
    const uint32_t *ip;
    Value *sp, *locals;
    const Value *consts;
    uint32_t w;
    Value result, sent;
    GenObj *gen;

    if (++t->c_depth > MAX_C_DEPTH) {
        t->c_depth--;
        return err_format(t, &exc_RecursionError, "maximum recursion depth exceeded");
    }
    if (mode != RUN_RESUME) {
        f->flags |= FRAME_ENTRY;
        f->flags &= ~FRAME_YIELDED;
        f->back = t->frame;
        t->frame = f;
        t->depth++;
    }
    LOAD_FRAME();
    if (mode == RUN_THROW) goto error;
    if (mode == RUN_RESUME) {
        Value v = t->resume_value, exc = t->resume_exc;
        t->resume_value = t->resume_exc = 0;
        if (exc) {
            err_set(t, exc);
            goto error;
        }
        if (v == V_EXHAUSTED) {        /* a parked FOR_ITER's iterator ended */
            sp--;
            ip = f->code->code + INSTR_ARG(ip[-1]);
        } else if (v) {
            PUSH(v);
        }
    }
    DISPATCH();

    /* Leaving the loop with the task's frames intact: it parked (a built-in
     * returned V_PARK) or gives its worker away (V_YIELD). */
suspend:
    SAVE_FRAME();
    t->c_depth--;
    return result;
budget_out:
    t->budget = TASK_BUDGET;
    /* Ctrl-C (atoll_interrupt) and signals with Python handlers are looked
     * for here, where loops and calls pass regularly; what a handler raises
     * (KeyboardInterrupt) is raised by the instruction about to run (ip
     * moves past it, as if it had started: a loop's try catches it) */
    if (__atomic_load_n(&t->interp->interrupted, __ATOMIC_RELAXED)) {
        SAVE_FRAME();
        if (!sig_check(t)) {
            ip++;
            ERROR();
        }
    }
    /* weak reference callbacks wait for this point of the interpreter that
     * made them: a collection only clears links (stdlib/weakrefmodule.c) */
    if (t->interp->weak) {
        SAVE_FRAME();
        weak_poll(t);
    }
    if (t->driving && t->c_depth == 1 && (sched_others_waiting() || sched_runnable_here(t))) {
        result = V_YIELD;
        goto suspend;
    }
    DISPATCH();

L_NOP:
L_CACHE:
    DISPATCH();
L_POP_TOP:
    sp--;
    DISPATCH();
L_COPY: {
    Value v = PEEK(ARG);
    PUSH(v);
    DISPATCH();
}
L_SWAP: {
    Value v = TOP();
    TOP() = PEEK(ARG);
    PEEK(ARG) = v;
    DISPATCH();
}
L_PUSH_NULL:
    PUSH(0);
    DISPATCH();
L_LOAD_CONST:
    PUSH(consts[ARG]);
    DISPATCH();
L_LOAD_FAST: {
    Value v = locals[ARG];
    if (!v) {
        unbound_local(t, TUPLE_ITEM(f->code->varnames, ARG));
        ERROR();
    }
    PUSH(v);
    DISPATCH();
}
L_STORE_FAST:
    locals[ARG] = POP();
    DISPATCH();
L_DELETE_FAST:
    if (!locals[ARG]) {
        unbound_local(t, TUPLE_ITEM(f->code->varnames, ARG));
        ERROR();
    }
    locals[ARG] = 0;
    DISPATCH();
L_LOAD_DEREF: {
    Value v = AS_CELL(FRAME_CELLS(f)[ARG])->v;
    if (!v) {
        unbound_deref(t, f->code, ARG);
        ERROR();
    }
    PUSH(v);
    DISPATCH();
}
L_STORE_DEREF:
    AS_CELL(FRAME_CELLS(f)[ARG])->v = POP();
    DISPATCH();
L_DELETE_DEREF:
    if (!AS_CELL(FRAME_CELLS(f)[ARG])->v) {
        unbound_deref(t, f->code, ARG);
        ERROR();
    }
    AS_CELL(FRAME_CELLS(f)[ARG])->v = 0;
    DISPATCH();
L_LOAD_CLOSURE:
    PUSH(FRAME_CELLS(f)[ARG]);
    DISPATCH();
L_LOAD_CLASSDEREF: {
    CodeObj *co = f->code;
    size_t ncell = TUPLE_LEN(co->cellvars);
    Value name = ARG < ncell ? TUPLE_ITEM(co->cellvars, ARG) : TUPLE_ITEM(co->freevars, ARG - ncell);
    Value v = f->locals && IS_DICT(f->locals) ? dict_get_str(AS_DICT(f->locals), name) : 0;
    if (!v) v = AS_CELL(FRAME_CELLS(f)[ARG])->v;
    if (!v) {
        unbound_deref(t, co, ARG);
        ERROR();
    }
    PUSH(v);
    DISPATCH();
}
L_LOAD_GLOBAL: {
    Value name = NAMEV(ARG);
    Value v = load_global(t, f, name, CACHE());
    if (!v) ERROR();
    PUSH(v);
    DISPATCH();
}
L_STORE_GLOBAL: {
    Value v = POP();
    if (!dict_set(t, f->globals, NAMEV(ARG), v)) ERROR();
    DISPATCH();
}
L_DELETE_GLOBAL: {
    int r = dict_del(t, f->globals, NAMEV(ARG));
    if (r <= 0) {
        if (r == 0) name_error(t, NAMEV(ARG));
        ERROR();
    }
    DISPATCH();
}
L_LOAD_NAME: {
    Value v = load_name(t, f, NAMEV(ARG));
    if (!v) ERROR();
    PUSH(v);
    DISPATCH();
}
L_STORE_NAME: {
    Value v = POP();
    if (!store_name(t, f, NAMEV(ARG), v)) ERROR();
    DISPATCH();
}
L_DELETE_NAME:
    if (!store_name(t, f, NAMEV(ARG), 0)) ERROR();
    DISPATCH();
L_LOAD_ATTR: {
    Value name = NAMEV(ARG);
    Value v = load_attr(t, TOP(), name, CACHE());
    if (!v) ERROR();
    TOP() = v;
    DISPATCH();
}
L_STORE_ATTR: {
    Value name = NAMEV(ARG);
    ICache *c = CACHE();
    Value o = POP(), v = POP();
    if (!store_attr(t, o, name, v, c)) ERROR();
    DISPATCH();
}
L_DELETE_ATTR: {
    Value o = POP();
    if (!obj_delattr(t, o, NAMEV(ARG))) ERROR();
    DISPATCH();
}
L_LOAD_METHOD: {
    Value name = NAMEV(ARG);
    ICache *c = CACHE();
    Value out[2];
    if (!load_method(t, TOP(), name, c, out)) ERROR();
    TOP() = out[0];
    PUSH(out[1]);
    DISPATCH();
}
L_BINARY_OP: {
    Value b = POP(), a = TOP(), r;
    uint32_t op = ARG & 15;
    if (IS_SMALL(a) && IS_SMALL(b) && (r = small_binop(a, b, op))) {
        TOP() = r;
        DISPATCH();
    }
    if (IS_FLOAT(a) && (IS_FLOAT(b) || IS_SMALL(b))) {
        double y = IS_FLOAT(b) ? FLOAT_VAL(b) : (double)SMALL_VAL(b);
        r = float_fast(t, FLOAT_VAL(a), y, op);
        if (r && r != V_NOTIMPL) {
            TOP() = r;
            DISPATCH();
        }
        if (!r) ERROR();
    } else if (IS_SMALL(a) && IS_FLOAT(b)) {
        r = float_fast(t, (double)SMALL_VAL(a), FLOAT_VAL(b), op);
        if (r && r != V_NOTIMPL) {
            TOP() = r;
            DISPATCH();
        }
        if (!r) ERROR();
    } else if (op == BIN_ADD && IS_STR(a) && IS_STR(b)) {
        r = str_concat(t, a, b);
        if (!r) ERROR();
        TOP() = r;
        DISPATCH();
    }
    r = ARG & 16 ? obj_inplace(t, a, b, op) : obj_binop(t, a, b, op);
    if (!r) ERROR();
    TOP() = r;
    DISPATCH();
}
L_COMPARE_OP: {
    Value b = POP(), a = TOP();
    int c;
    if (IS_SMALL(a) && IS_SMALL(b)) {
        c = compare_small(a, b, ARG);
    } else if (IS_FLOAT(a) && IS_FLOAT(b)) {
        c = compare_float(FLOAT_VAL(a), FLOAT_VAL(b), ARG);
    } else if (IS_STR(a) && IS_STR(b) && ARG <= CMP_NOTEQ) {
        c = str_eq(a, b) == (ARG == CMP_EQ);
    } else {
        Value r = obj_richcmp(t, a, b, ARG);
        if (!r) ERROR();
        if (r != V_TRUE && r != V_FALSE) {
            TOP() = r;
            DISPATCH();
        }
        c = r == V_TRUE;
    }
    /* a comparison feeding a conditional jump needs no bool object */
    uint32_t next = *ip;
    if (INSTR_OP(next) == OP_POP_JUMP_IF_FALSE) {
        sp--;
        ip++;
        if (!c) ip = f->code->code + INSTR_ARG(next);
        DISPATCH();
    }
    if (INSTR_OP(next) == OP_POP_JUMP_IF_TRUE) {
        sp--;
        ip++;
        if (c) ip = f->code->code + INSTR_ARG(next);
        DISPATCH();
    }
    TOP() = V_BOOL(c);
    DISPATCH();
}
L_IS_OP: {
    Value b = POP();
    TOP() = V_BOOL((TOP() == b) != (ARG == 1));
    DISPATCH();
}
L_CONTAINS_OP: {
    Value c = POP(), x = TOP();
    int r = obj_contains(t, c, x);
    if (r < 0) ERROR();
    TOP() = V_BOOL(r != (int)ARG);
    DISPATCH();
}
L_UNARY_OP: {
    Value v = TOP(), r;
    if (ARG == UN_NOT) {
        int b = truth(t, v);
        if (b < 0) ERROR();
        r = V_BOOL(!b);
    } else if (ARG == UN_USUB && IS_SMALL(v) && v != MAKE_SMALL(SMALL_MIN)) {
        r = MAKE_SMALL(-SMALL_VAL(v));
    } else {
        r = obj_unary(t, v, ARG);
        if (!r) ERROR();
    }
    TOP() = r;
    DISPATCH();
}
L_BINARY_SUBSCR: {
    Value k = POP(), o = TOP(), r;
    if (IS_LIST(o) && IS_SMALL(k)) {
        intptr_t i = SMALL_VAL(k);
        ListObj *l = AS_LIST(o);
        if (i < 0) i += (intptr_t)l->len;
        if ((uintptr_t)i < l->len) {
            TOP() = l->items[i];
            DISPATCH();
        }
    } else if (IS_TUPLE(o) && IS_SMALL(k)) {
        intptr_t i = SMALL_VAL(k);
        if (i < 0) i += (intptr_t)TUPLE_LEN(o);
        if ((uintptr_t)i < TUPLE_LEN(o)) {
            TOP() = TUPLE_ITEM(o, i);
            DISPATCH();
        }
    }
    r = obj_getitem(t, o, k);
    if (!r) ERROR();
    TOP() = r;
    DISPATCH();
}
L_STORE_SUBSCR: {
    Value k = POP(), o = POP(), v = POP();
    if (IS_LIST(o) && IS_SMALL(k)) {
        intptr_t i = SMALL_VAL(k);
        ListObj *l = AS_LIST(o);
        if (i < 0) i += (intptr_t)l->len;
        if ((uintptr_t)i < l->len) {
            l->items[i] = v;
            DISPATCH();
        }
    } else if (IS_DICT(o)) {
        if (!dict_set(t, AS_DICT(o), k, v)) ERROR();
        DISPATCH();
    }
    if (!obj_setitem(t, o, k, v)) ERROR();
    DISPATCH();
}
L_DELETE_SUBSCR: {
    Value k = POP(), o = POP();
    if (!obj_delitem(t, o, k)) ERROR();
    DISPATCH();
}
L_BUILD_SLICE: {
    Value step = ARG == 3 ? POP() : V_NONE;
    Value stop = POP(), start = TOP();
    Value s = slice_new(start, stop, step);
    if (!s) { err_no_memory(t); ERROR(); }
    TOP() = s;
    DISPATCH();
}
L_BUILD_TUPLE: {
    Value v = tuple_from_array(sp - ARG, ARG);
    if (!v) { err_no_memory(t); ERROR(); }
    sp -= ARG;
    PUSH(v);
    DISPATCH();
}
L_BUILD_LIST: {
    Value v = list_from_array(sp - ARG, ARG);
    if (!v) { err_no_memory(t); ERROR(); }
    sp -= ARG;
    PUSH(v);
    DISPATCH();
}
L_BUILD_SET: {
    Value s = set_new(&set_type);
    if (!s) { err_no_memory(t); ERROR(); }
    for (uint32_t i = 0; i < ARG; i++)
        if (set_add(t, s, sp[(int)i - (int)ARG]) < 0) ERROR();
    sp -= ARG;
    PUSH(s);
    DISPATCH();
}
L_BUILD_MAP: {
    Value d = build_map(t, sp - 2 * ARG, ARG);
    if (!d) ERROR();
    sp -= 2 * ARG;
    PUSH(d);
    DISPATCH();
}
L_BUILD_STRING: {
    Value s = build_string(t, sp - ARG, ARG);
    if (!s) ERROR();
    sp -= ARG;
    PUSH(s);
    DISPATCH();
}
L_LIST_APPEND: {
    Value v = POP();
    if (!list_append(t, PEEK(ARG), v)) ERROR();
    DISPATCH();
}
L_SET_ADD: {
    Value v = POP();
    if (set_add(t, PEEK(ARG), v) < 0) ERROR();
    DISPATCH();
}
L_MAP_ADD: {
    Value v = POP(), k = POP();
    if (!dict_set(t, AS_DICT(PEEK(ARG)), k, v)) ERROR();
    DISPATCH();
}
L_LIST_EXTEND: {
    /* arg bit 8: building a call's positional arguments (f, NULL below the list) */
    Value it = POP();
    if (!list_extend(t, PEEK(ARG & 0xff), it)) {
        if (err_matches(t, &exc_TypeError) && !obj_has_iter(it)) {
            err_clear(t);
            if (ARG & 0x100)
                err_format(t, &exc_TypeError, "%U argument after * must be an iterable, not %s",
                           func_desc(t, PEEK(3)), obj_type_name(it));
            else
                err_format(t, &exc_TypeError, "Value after * must be an iterable, not %s", obj_type_name(it));
        }
        ERROR();
    }
    DISPATCH();
}
L_SET_UPDATE: {
    Value it = POP();
    if (!set_update(t, PEEK(ARG), it)) ERROR();
    DISPATCH();
}
L_DICT_UPDATE: {
    Value m = POP();
    if (!IS_DICT_LIKE(m) && !obj_getattr_opt(t, m, NAME(keys))) {
        if (!t->exc) err_format(t, &exc_TypeError, "'%s' object is not a mapping", obj_type_name(m));
        ERROR();
    }
    if (!dict_update(t, AS_DICT(PEEK(ARG)), m)) ERROR();
    DISPATCH();
}
L_DICT_MERGE: {
    Value m = POP();
    if (!dict_merge(t, PEEK(ARG), m, PEEK(ARG + 3))) ERROR();
    DISPATCH();
}
L_LIST_TO_TUPLE: {
    Value l = TOP();
    Value v = tuple_from_array(AS_LIST(l)->items, AS_LIST(l)->len);
    if (!v) { err_no_memory(t); ERROR(); }
    TOP() = v;
    DISPATCH();
}
L_UNPACK_SEQUENCE: {
    Value seq = POP();
    if (IS_TUPLE(seq) && TUPLE_LEN(seq) == ARG) {
        for (uint32_t i = ARG; i-- > 0;) PUSH(TUPLE_ITEM(seq, i));
        DISPATCH();
    }
    if (!unpack(t, seq, ARG, 0, false, sp)) ERROR();
    sp += ARG;
    DISPATCH();
}
L_UNPACK_EX: {
    Value seq = POP();
    size_t before = ARG & 0xff, after = ARG >> 8;
    if (!unpack(t, seq, before, after, true, sp)) ERROR();
    sp += before + after + 1;
    DISPATCH();
}
L_FORMAT_VALUE: {
    Value spec = ARG & 4 ? POP() : 0;
    Value v = TOP();
    switch (ARG & 3) {
    case 1: v = obj_str(t, v); break;
    case 2: v = obj_repr(t, v); break;
    case 3: v = obj_ascii(t, v); break;
    default: break;
    }
    if (v && !(IS_STR(v) && !spec)) v = obj_format(t, v, spec ? spec : str_empty());
    if (!v) ERROR();
    TOP() = v;
    DISPATCH();
}
L_JUMP: {
    const uint32_t *to = f->code->code + ARG;
    bool back = to < ip;
    ip = to;
    if (back && --t->budget <= 0) goto budget_out;
    DISPATCH();
}
L_POP_JUMP_IF_FALSE: {
    int b = truth(t, POP());
    if (b < 0) ERROR();
    if (!b) ip = f->code->code + ARG;
    DISPATCH();
}
L_POP_JUMP_IF_TRUE: {
    int b = truth(t, POP());
    if (b < 0) ERROR();
    if (b) ip = f->code->code + ARG;
    DISPATCH();
}
L_JUMP_IF_FALSE_OR_POP: {
    int b = truth(t, TOP());
    if (b < 0) ERROR();
    if (!b) ip = f->code->code + ARG;
    else sp--;
    DISPATCH();
}
L_JUMP_IF_TRUE_OR_POP: {
    int b = truth(t, TOP());
    if (b < 0) ERROR();
    if (b) ip = f->code->code + ARG;
    else sp--;
    DISPATCH();
}
L_GET_ITER: {
    Value it = obj_iter(t, TOP());
    if (!it) ERROR();
    if (ARG) gen_claim_iter(it);
    TOP() = it;
    DISPATCH();
}
L_END_ITER:
    SAVE_FRAME();
    gen_release_iter(t, POP());
    DISPATCH();
L_FOR_ITER: {
    Value it = TOP();
    if (AS_OBJ(it)->type == &gen_type) {
        gen = AS_GEN(it);
        sent = 0;
        goto resume_gen;
    }
    t->park_ok = true;
    Value v = AS_OBJ(it)->type->next(t, it);
    t->park_ok = false;
    if (v == V_PARK) {
        result = V_PARK;
        goto suspend;
    }
    if (v) {
        PUSH(v);
        DISPATCH();
    }
    if (t->exc) ERROR();
    sp--;
    ip = f->code->code + ARG;
    DISPATCH();
}

    /* Calls. args points at the first argument; the callable sits below
     * (and, for the method forms, self or NULL between them). */
    {
        Value callable, kwnames;
        Value *args, *base;
        size_t nargs;
L_CALL:
        nargs = ARG;
        args = sp - nargs;
        callable = args[-1];
        base = args - 1;
        kwnames = 0;
        goto do_call;
L_CALL_METHOD:
        nargs = ARG;
        args = sp - nargs;
        base = args - 2;
        callable = base[0];
        kwnames = 0;
        if (base[1]) {
            args--;
            nargs++;
        }
        goto do_call;
L_CALL_KW:
        kwnames = POP();
        nargs = ARG - TUPLE_LEN(kwnames);
        args = sp - ARG;
        base = args - 2;
        callable = base[0];
        if (base[1]) {
            args--;
            nargs++;
        }
        goto do_call;
L_CALL_EX: {
        /* f(*a, **k): the arguments flattened, then the one call path, so
         * that a Python callee gets a frame here (and can park) */
        Value kw = ARG & 1 ? POP() : 0;
        Value tup = POP();
        sp--;                          /* the NULL */
        callable = TOP();
        base = sp - 1;
        SAVE_FRAME();
        if (!call_ex_args(t, tup, kw, &args, &nargs, &kwnames)) ERROR();
        goto do_call;
}
do_call:
        if (IS_TYPE(callable, &func_type) && !(AS_FUNC(callable)->code->flags & CO_GENERATOR)) {
            Frame *nf = frame_for_call(t, AS_FUNC(callable), args, nargs, kwnames, false);
            if (!nf) {
                sp = base + 1;
                ERROR();
            }
            sp = base;
            SAVE_FRAME();
            nf->back = f;
            f = nf;
            t->frame = f;
            t->depth++;
            LOAD_FRAME();
            if (--t->budget <= 0) goto budget_out;
            DISPATCH();
        }
        SAVE_FRAME();
        Value r;
        t->park_ok = true;     /* a built-in called from here may park the task */
        if (IS_TYPE(callable, &native_type) && !((NativeFuncObj *)callable)->self)
            r = ((NativeFuncObj *)callable)->def->fn(t, args, nargs, kwnames);
        else if (IS_TYPE(callable, &method_descr_type) && nargs &&
                 TYPE_OF(args[0]) == ((MethodDescrObj *)callable)->owner)
            r = ((MethodDescrObj *)callable)->def->fn(t, args, nargs, kwnames);
        else
            r = obj_call(t, callable, args, nargs, kwnames);
        t->park_ok = false;
        sp = base;
        if (r == V_PARK) {
            result = V_PARK;
            goto suspend;
        }
        if (!r) {
            sp++;
            ERROR();
        }
        PUSH(r);
        DISPATCH();
    }

    /* FOR_ITER and SEND resume a generator in this loop: its frame becomes
     * the callee; a yield comes back with the value pushed, a return jumps
     * to the instruction's target (see gen_return). */
resume_gen: {
    Frame *gf = gen_enter(t, gen, sent ? sent : V_NONE);
    if (!gf) {
        if (t->exc) ERROR();
        gen_return(f, &ip, &sp, V_NONE);
        DISPATCH();
    }
    if (t->depth >= t->interp->recursion_limit) {
        gen_yielded(t, gen);
        err_format(t, &exc_RecursionError, "maximum recursion depth exceeded");
        ERROR();
    }
    SAVE_FRAME();
    gf->flags &= ~(FRAME_ENTRY | FRAME_YIELDED);
    gf->back = f;
    f = gf;
    t->frame = f;
    t->depth++;
    LOAD_FRAME();
    DISPATCH();
}

L_RETURN_VALUE:
    result = POP();
    t->depth--;
    if (f->gen && !(f->flags & FRAME_ENTRY)) {
        gen_finished(t, AS_GEN(f->gen));
        f = f->back;
        t->frame = f;
        LOAD_FRAME();
        gen_return(f, &ip, &sp, result);
        DISPATCH();
    }
    if (f->flags & FRAME_ENTRY) {
        t->frame = f->back;
        frame_pop(t, f);
        t->c_depth--;
        return result;
    }
    {
        Frame *back = f->back;
        frame_pop(t, f);
        f = back;
        t->frame = f;
        LOAD_FRAME();
        PUSH(result);
    }
    DISPATCH();

L_MAKE_FUNCTION: {
    Value code = POP();
    int n = __builtin_popcount(ARG & 15);
    Value fn = make_function(t, f, code, ARG, sp);
    if (!fn) ERROR();
    sp -= n;
    PUSH(fn);
    DISPATCH();
}
L_LOAD_BUILD_CLASS: {
    Value v = dict_get_str(f->builtins, NAME(__build_class__));
    if (!v) {
        err_format(t, &exc_NameError, "__build_class__ not found");
        ERROR();
    }
    PUSH(v);
    DISPATCH();
}
L_RAISE_VARARGS:
    if (ARG == 0) {
        if (!t->exc_info) {
            err_format(t, &exc_RuntimeError, "No active exception to reraise");
            ERROR();
        }
        t->exc = t->exc_info;
        goto reraise;
    } else {
        Value cause = ARG == 2 ? POP() : 0;
        Value exc = POP();
        SAVE_FRAME();
        do_raise(t, exc, cause);
    }
    ERROR();
L_RERAISE:
    t->exc = POP();
    goto reraise;
L_PUSH_EXC_INFO: {
    Value exc = TOP();
    TOP() = t->exc_info ? t->exc_info : V_NONE;
    PUSH(exc);
    t->exc_info = exc;
    DISPATCH();
}
L_POP_EXCEPT: {
    Value v = POP();
    t->exc_info = v == V_NONE ? 0 : v;
    DISPATCH();
}
L_CHECK_EXC_MATCH: {
    Value cls = POP();
    if (!check_exc_class(t, cls)) ERROR();
    int r = obj_isinstance(t, TOP(), cls);
    if (r < 0) ERROR();
    PUSH(V_BOOL(r));
    DISPATCH();
}
L_BEFORE_WITH: {
    Value mgr = TOP();
    Value enter = type_lookup_cached(t, TYPE_OF(mgr), NAME(__enter__));
    Value exit = type_lookup_cached(t, TYPE_OF(mgr), NAME(__exit__));
    if (!enter || !exit) {
        err_format(t, &exc_TypeError, "'%s' object does not support the context manager protocol%s",
                   obj_type_name(mgr), enter ? " (missed __exit__ method)" : "");
        ERROR();
    }
    Value bound_exit = obj_getattr(t, mgr, NAME(__exit__));
    if (!bound_exit) ERROR();
    SAVE_FRAME();
    bool found;
    Value r = call_special(t, mgr, NAME(__enter__), NULL, 0, &found);
    if (!r) ERROR();
    TOP() = bound_exit;
    PUSH(r);
    DISPATCH();
}
L_WITH_EXCEPT_START: {
    Value exc = TOP(), exit = PEEK(3);
    Value tb = ((ExcObj *)exc)->traceback;
    Value args[3] = {OBJ_VAL(TYPE_OF(exc)), exc, tb ? tb : V_NONE};
    SAVE_FRAME();
    Value r = obj_call(t, exit, args, 3, 0);
    if (!r) ERROR();
    PUSH(r);
    DISPATCH();
}
L_YIELD_VALUE:
    result = POP();
    SAVE_FRAME();
    t->depth--;
    if (!(f->flags & FRAME_ENTRY)) {
        gen_yielded(t, AS_GEN(f->gen));
        f = f->back;
        t->frame = f;
        LOAD_FRAME();
        PUSH(result);
        DISPATCH();
    }
    f->flags |= FRAME_YIELDED;
    t->frame = f->back;
    t->c_depth--;
    return result;
L_GET_YIELD_FROM_ITER: {
    Value v = TOP();
    if (!IS_TYPE(v, &gen_type)) {
        Value it = obj_iter(t, v);
        if (!it) ERROR();
        TOP() = it;
    }
    DISPATCH();
}
L_SEND: {
    Value v = POP(), recv = TOP();
    if (IS_TYPE(recv, &gen_type)) {
        gen = AS_GEN(recv);
        sent = v;
        goto resume_gen;
    }
    bool done;
    SAVE_FRAME();
    Value r = send_value(t, recv, v, &done);
    if (!r) ERROR();
    if (done) {
        TOP() = r;
        ip = f->code->code + ARG;
    } else {
        PUSH(r);
    }
    DISPATCH();
}
L_IMPORT_NAME: {
    Value fromlist = POP(), level = TOP();
    SAVE_FRAME();
    Value m = import_name(t, NAMEV(ARG), f->globals, fromlist, level);
    if (!m) ERROR();
    TOP() = m;
    DISPATCH();
}
L_IMPORT_FROM: {
    SAVE_FRAME();
    Value v = import_from(t, TOP(), NAMEV(ARG));
    if (!v) ERROR();
    PUSH(v);
    DISPATCH();
}
L_IMPORT_STAR: {
    Value m = POP();
    SAVE_FRAME();
    if (!import_star(t, m, f->locals)) ERROR();
    DISPATCH();
}
L_SETUP_ANNOTATIONS: {
    Value ann = f->locals && IS_DICT(f->locals) ? dict_get_str(AS_DICT(f->locals), NAME(__annotations__)) : 0;
    if (!ann && !store_name(t, f, NAME(__annotations__), dict_new_value())) ERROR();
    DISPATCH();
}
L_PRINT_EXPR: {
    Value v = POP();
    SAVE_FRAME();
    if (!print_expr(t, v)) ERROR();
    DISPATCH();
}
L_LOAD_ASSERTION_ERROR:
    PUSH(OBJ_VAL(&exc_AssertionError));
    DISPATCH();

error:
    /* An exception is pending: record this frame in its traceback. */
    exc_add_traceback(t, t->exc, OBJ_VAL(f->code), (uint32_t)(ip - f->code->code - 1), f->globals);
reraise:
    for (;;) {
        CodeObj *co = f->code;
        uint32_t lasti = (uint32_t)(ip - co->code - 1);
        const ExcEntry *e = NULL;
        for (uint32_t i = 0; i < co->nexc; i++)
            if (co->exctab[i].start <= lasti && lasti < co->exctab[i].end) {
                e = &co->exctab[i];
                break;
            }
        if (e) {
            sp = FRAME_STACK(f) + e->depth;
            PUSH(t->exc);
            t->exc = 0;
            ip = co->code + e->target;
            DISPATCH();
        }
        t->depth--;
        if (f->flags & FRAME_ENTRY) {
            f->ip = ip;
            t->frame = f->back;
            frame_pop(t, f);
            t->c_depth--;
            return 0;
        }
        if (f->gen) gen_finished(t, AS_GEN(f->gen));
        Frame *back = f->back;
        frame_pop(t, f);
        f = back;
        t->frame = f;
        LOAD_FRAME();
        exc_add_traceback(t, t->exc, OBJ_VAL(f->code), (uint32_t)(ip - f->code->code - 1), f->globals);
    }
}

Value vm_run_frame(Task *t, Frame *f, bool throwing)
{
    return run(t, f, throwing ? RUN_THROW : RUN_ENTER);
}

Value vm_task_run(Task *t)
{
    if (!t->frame) return run(t, t->entry, RUN_ENTER);
    return run(t, t->frame, RUN_RESUME);
}

/* --- entry points ---------------------------------------------------------------- */

Value vm_call_function(Task *t, FuncObj *fn, const Value *args, size_t nargs, Value kwnames)
{
    /* CPython 3.11 checks the depth as the function's frame starts, whoever calls it */
    if (t->depth >= t->interp->recursion_limit)
        return err_format(t, &exc_RecursionError, "maximum recursion depth exceeded");
    bool gen = fn->code->flags & CO_GENERATOR;
    Frame *f = frame_for_call(t, fn, args, nargs, kwnames, gen);
    if (!f) return 0;
    if (gen) return gen_new(t, f, fn);
    return vm_run_frame(t, f, false);
}

Value vm_run_code(Task *t, CodeObj *code, DictObj *globals, Value locals)
{
    Frame *f = frame_for_code(t, code, globals, locals);
    return f ? vm_run_frame(t, f, false) : 0;
}

Value vm_run_class_body(Task *t, FuncObj *body, DictObj *ns)
{
    Frame *f = frame_for_call(t, body, NULL, 0, 0, false);
    if (!f) return 0;
    f->locals = OBJ_VAL(ns);
    return vm_run_frame(t, f, false);
}
