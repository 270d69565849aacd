/* operatormodule.c - _operator: the operators as functions, and
 * itemgetter, attrgetter and methodcaller, in C as CPython's accelerator
 * (stdlib/operator.py re-exports them; they are called per item by sort
 * keys and map, so a Python frame each would cost). */
#include <stdio.h>
#include <string.h>
#include <gc/gc.h>
#include "object.h"
#include "error.h"
#include "int.h"
#include "str.h"
#include "bytes.h"
#include "list.h"
#include "tuple.h"
#include "dict.h"
#include "names.h"
#include "interp.h"
#include "module.h"

/* --- the function forms ------------------------------------------------------------ */

static bool two(Task *t, const char *name, size_t nargs, Value kw)
{
    if (!args_no_kw(t, name, kw)) return false;
    if (nargs == 2) return true;
    err_format(t, &exc_TypeError, "%s expected 2 arguments, got %zu", name, nargs);
    return false;
}

static bool one(Task *t, const char *name, size_t nargs, Value kw)
{
    if (nargs == 1 && !kw) return true;
    char q[48];
    snprintf(q, sizeof q, "_operator.%s", name);
    return args_check(t, q, nargs, kw, 1, 1);
}

#define BINOP(fn, pyname, op) \
    static Value fn(Task *t, const Value *a, size_t n, Value kw) \
    { return two(t, pyname, n, kw) ? obj_binop(t, a[0], a[1], op) : 0; }
BINOP(o_add, "add", BIN_ADD)
BINOP(o_sub, "sub", BIN_SUB)
BINOP(o_mul, "mul", BIN_MULT)
BINOP(o_matmul, "matmul", BIN_MATMULT)
BINOP(o_truediv, "truediv", BIN_DIV)
BINOP(o_floordiv, "floordiv", BIN_FLOORDIV)
BINOP(o_mod, "mod", BIN_MOD)
BINOP(o_pow, "pow", BIN_POW)
BINOP(o_lshift, "lshift", BIN_LSHIFT)
BINOP(o_rshift, "rshift", BIN_RSHIFT)
BINOP(o_and, "and_", BIN_BITAND)
BINOP(o_or, "or_", BIN_BITOR)
BINOP(o_xor, "xor", BIN_BITXOR)

#define INPLACE(fn, pyname, op) \
    static Value fn(Task *t, const Value *a, size_t n, Value kw) \
    { return two(t, pyname, n, kw) ? obj_inplace(t, a[0], a[1], op) : 0; }
INPLACE(o_iadd, "iadd", BIN_ADD)
INPLACE(o_isub, "isub", BIN_SUB)
INPLACE(o_imul, "imul", BIN_MULT)
INPLACE(o_imatmul, "imatmul", BIN_MATMULT)
INPLACE(o_itruediv, "itruediv", BIN_DIV)
INPLACE(o_ifloordiv, "ifloordiv", BIN_FLOORDIV)
INPLACE(o_imod, "imod", BIN_MOD)
INPLACE(o_ipow, "ipow", BIN_POW)
INPLACE(o_ilshift, "ilshift", BIN_LSHIFT)
INPLACE(o_irshift, "irshift", BIN_RSHIFT)
INPLACE(o_iand, "iand", BIN_BITAND)
INPLACE(o_ior, "ior", BIN_BITOR)
INPLACE(o_ixor, "ixor", BIN_BITXOR)

#define CMPOP(fn, pyname, op) \
    static Value fn(Task *t, const Value *a, size_t n, Value kw) \
    { return two(t, pyname, n, kw) ? obj_richcmp(t, a[0], a[1], op) : 0; }
CMPOP(o_lt, "lt", CMP_LT)
CMPOP(o_le, "le", CMP_LTE)
CMPOP(o_eq, "eq", CMP_EQ)
CMPOP(o_ne, "ne", CMP_NOTEQ)
CMPOP(o_gt, "gt", CMP_GT)
CMPOP(o_ge, "ge", CMP_GTE)

#define UNOP(fn, pyname, op) \
    static Value fn(Task *t, const Value *a, size_t n, Value kw) \
    { return one(t, pyname, n, kw) ? obj_unary(t, a[0], op) : 0; }
UNOP(o_neg, "neg", UN_USUB)
UNOP(o_pos, "pos", UN_UADD)
UNOP(o_inv, "inv", UN_INVERT)
UNOP(o_invert, "invert", UN_INVERT)

static Value o_not(Task *t, const Value *a, size_t n, Value kw)
{
    if (!one(t, "not_", n, kw)) return 0;
    int r = obj_truthy(t, a[0]);
    return r < 0 ? 0 : V_BOOL(!r);
}

static Value o_truth(Task *t, const Value *a, size_t n, Value kw)
{
    if (!one(t, "truth", n, kw)) return 0;
    int r = obj_truthy(t, a[0]);
    return r < 0 ? 0 : V_BOOL(r);
}

static Value o_is(Task *t, const Value *a, size_t n, Value kw) { return two(t, "is_", n, kw) ? V_BOOL(a[0] == a[1]) : 0; }
static Value o_is_not(Task *t, const Value *a, size_t n, Value kw) { return two(t, "is_not", n, kw) ? V_BOOL(a[0] != a[1]) : 0; }

static Value o_abs(Task *t, const Value *a, size_t n, Value kw)
{
    if (!one(t, "abs", n, kw)) return 0;
    Value f = interp_builtin(t->interp, "abs");
    return f ? obj_call(t, f, a, 1, 0) : err_format(t, &exc_RuntimeError, "abs is missing");
}

static Value o_index(Task *t, const Value *a, size_t n, Value kw) { return one(t, "index", n, kw) ? obj_index(t, a[0]) : 0; }

static Value o_getitem(Task *t, const Value *a, size_t n, Value kw) { return two(t, "getitem", n, kw) ? obj_getitem(t, a[0], a[1]) : 0; }

static Value o_contains(Task *t, const Value *a, size_t n, Value kw)
{
    if (!two(t, "contains", n, kw)) return 0;
    int r = obj_contains(t, a[0], a[1]);
    return r < 0 ? 0 : V_BOOL(r);
}

static Value o_setitem(Task *t, const Value *a, size_t n, Value kw)
{
    if (!args_no_kw(t, "setitem", kw)) return 0;
    if (n != 3) return err_format(t, &exc_TypeError, "setitem expected 3 arguments, got %zu", n);
    return obj_setitem(t, a[0], a[1], a[2]) ? V_NONE : 0;
}

static Value o_delitem(Task *t, const Value *a, size_t n, Value kw)
{
    return two(t, "delitem", n, kw) && obj_delitem(t, a[0], a[1]) ? V_NONE : 0;
}

static Value o_call(Task *t, const Value *a, size_t n, Value kw)
{
    if (n < 1) return err_format(t, &exc_TypeError, "call() missing 1 required positional argument: 'obj'");
    return obj_call(t, a[0], a + 1, n - 1, kw);
}

/* --- itemgetter, attrgetter, methodcaller ---------------------------------------------- */

typedef struct GetterObj {
    Obj hdr;
    Value items;               /* itemgetter: the keys; attrgetter: tuples of name parts */
    Value names;               /* attrgetter: the names as given (for repr) */
} GetterObj;

typedef struct CallerObj {
    Obj hdr;
    Value name, args, kwnames;   /* kwnames: tuple or 0 */
} CallerObj;

extern Type itemgetter_type, attrgetter_type, methodcaller_type;

static Value getter_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw, const char *name)
{
    if (tp == &itemgetter_type || tp == &attrgetter_type)
        if (!args_no_kw(t, name, kw)) return 0;
    if (nargs < 1) return err_format(t, &exc_TypeError, "%s expected 1 argument, got 0", name);
    size_t size = tp->size > sizeof(GetterObj) ? tp->size : sizeof(GetterObj);
    GetterObj *g = GC_MALLOC(size);
    if (!g) return err_no_memory(t);
    g->hdr.type = tp;
    g->items = tuple_from_array(args, nargs);
    return g->items ? OBJ_VAL(g) : err_no_memory(t);
}

static Value itemgetter_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    return getter_new(t, tp, args, nargs, kw, "itemgetter");
}

static Value itemgetter_call(Task *t, Value self, const Value *args, size_t nargs, Value kw)
{
    GetterObj *g = (GetterObj *)self;
    if (!args_check(t, "itemgetter", nargs, kw, 1, 1)) return 0;
    Value obj = args[0];
    size_t n = TUPLE_LEN(g->items);
    if (n == 1) return obj_getitem(t, obj, TUPLE_ITEM(g->items, 0));
    Value r = tuple_new(n);
    if (!r) return err_no_memory(t);
    for (size_t i = 0; i < n; i++) {
        Value v = obj_getitem(t, obj, TUPLE_ITEM(g->items, i));
        if (!v) return 0;
        TUPLE_ITEM(r, i) = v;
    }
    return r;
}

/* "operator.itemgetter(1, 'a')" (a subclass shows its own name). */
static Value getter_repr(Task *t, Value self, Value shown)
{
    Type *tp = TYPE_OF(self);
    int r = repr_enter(t, self);
    if (r != 0) return r > 0 ? str_format(t, "%s(...)", tp->name) : 0;
    StrBuf b;
    sb_init(&b, 32);
    sb_puts(&b, tp->name);
    sb_putc(&b, '(');
    bool ok = true;
    for (size_t i = 0; ok && i < TUPLE_LEN(shown); i++) {
        if (i) sb_puts(&b, ", ");
        ok = sb_put_repr(t, &b, TUPLE_ITEM(shown, i));
    }
    repr_leave(t, self);
    if (!ok) return 0;
    sb_putc(&b, ')');
    return sb_finish(&b);
}

static Value itemgetter_repr(Task *t, Value self) { return getter_repr(t, self, ((GetterObj *)self)->items); }

static Value attrgetter_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    Value g = getter_new(t, tp, args, nargs, kw, "attrgetter");
    if (!g) return 0;
    GetterObj *o = (GetterObj *)g;
    Value paths = tuple_new(nargs);
    if (!paths) return err_no_memory(t);
    for (size_t i = 0; i < nargs; i++) {
        Value name = obj_unbox(args[i]);
        if (!IS_STR(name)) return err_format(t, &exc_TypeError, "attribute name must be a string");
        /* "a.b.c": the parts, interned */
        size_t parts = 1;
        for (const char *p = STR_DATA(name); *p; p++) parts += *p == '.';
        Value path = tuple_new(parts);
        if (!path) return err_no_memory(t);
        const char *s = STR_DATA(name), *end = s + STR_SIZE(name);
        for (size_t k = 0; k < parts; k++) {
            const char *dot = memchr(s, '.', (size_t)(end - s));
            if (!dot) dot = end;
            TUPLE_ITEM(path, k) = str_intern(str_new(s, (size_t)(dot - s)));
            s = dot + 1;
        }
        TUPLE_ITEM(paths, i) = path;
    }
    o->names = o->items;
    o->items = paths;
    return g;
}

static Value attr_path(Task *t, Value obj, Value path)
{
    for (size_t k = 0; obj && k < TUPLE_LEN(path); k++) obj = obj_getattr(t, obj, TUPLE_ITEM(path, k));
    return obj;
}

static Value attrgetter_call(Task *t, Value self, const Value *args, size_t nargs, Value kw)
{
    GetterObj *g = (GetterObj *)self;
    if (!args_check(t, "attrgetter", nargs, kw, 1, 1)) return 0;
    size_t n = TUPLE_LEN(g->items);
    if (n == 1) return attr_path(t, args[0], TUPLE_ITEM(g->items, 0));
    Value r = tuple_new(n);
    if (!r) return err_no_memory(t);
    for (size_t i = 0; i < n; i++) {
        Value v = attr_path(t, args[0], TUPLE_ITEM(g->items, i));
        if (!v) return 0;
        TUPLE_ITEM(r, i) = v;
    }
    return r;
}

static Value attrgetter_repr(Task *t, Value self) { return getter_repr(t, self, ((GetterObj *)self)->names); }

static Value methodcaller_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    if (nargs < 1) return err_format(t, &exc_TypeError, "methodcaller needs at least one argument, the method name");
    Value name = obj_unbox(args[0]);
    if (!IS_STR(name)) return err_format(t, &exc_TypeError, "method name must be a string");
    size_t nk = kw ? TUPLE_LEN(kw) : 0;
    size_t size = tp->size > sizeof(CallerObj) ? tp->size : sizeof(CallerObj);
    CallerObj *c = GC_MALLOC(size);
    if (!c) return err_no_memory(t);
    c->hdr.type = tp;
    c->name = str_intern(name);
    c->args = tuple_from_array(args + 1, nargs - 1 + nk);   /* positional, then keyword values */
    c->kwnames = nk ? kw : 0;
    return c->args ? OBJ_VAL(c) : err_no_memory(t);
}

static Value methodcaller_call(Task *t, Value self, const Value *args, size_t nargs, Value kw)
{
    CallerObj *c = (CallerObj *)self;
    if (!args_check(t, "methodcaller", nargs, kw, 1, 1)) return 0;
    Value m = obj_getattr(t, args[0], c->name);
    if (!m) return 0;
    size_t nk = c->kwnames ? TUPLE_LEN(c->kwnames) : 0;
    return obj_call(t, m, AS_TUPLE(c->args)->items, TUPLE_LEN(c->args) - nk, c->kwnames);
}

static Value methodcaller_repr(Task *t, Value self)
{
    CallerObj *c = (CallerObj *)self;
    Type *tp = TYPE_OF(self);
    int r = repr_enter(t, self);
    if (r != 0) return r > 0 ? str_format(t, "%s(...)", tp->name) : 0;
    StrBuf b;
    sb_init(&b, 32);
    sb_puts(&b, tp->name);
    sb_putc(&b, '(');
    bool ok = sb_put_repr(t, &b, c->name);
    size_t nk = c->kwnames ? TUPLE_LEN(c->kwnames) : 0, np = TUPLE_LEN(c->args) - nk;
    for (size_t i = 0; ok && i < np; i++) {
        sb_puts(&b, ", ");
        ok = sb_put_repr(t, &b, TUPLE_ITEM(c->args, i));
    }
    for (size_t i = 0; ok && i < nk; i++) {
        sb_puts(&b, ", ");
        sb_putv(&b, TUPLE_ITEM(c->kwnames, i));
        sb_putc(&b, '=');
        ok = sb_put_repr(t, &b, TUPLE_ITEM(c->args, np + i));
    }
    repr_leave(t, self);
    if (!ok) return 0;
    sb_putc(&b, ')');
    return sb_finish(&b);
}

Type itemgetter_type = {
    .hdr = {&type_type}, .name = "operator.itemgetter", .size = sizeof(GetterObj),
    .new_ = itemgetter_new, .call = itemgetter_call, .repr = itemgetter_repr,
};
REGISTER_TYPE(itemgetter_type);

Type attrgetter_type = {
    .hdr = {&type_type}, .name = "operator.attrgetter", .size = sizeof(GetterObj),
    .new_ = attrgetter_new, .call = attrgetter_call, .repr = attrgetter_repr,
};
REGISTER_TYPE(attrgetter_type);

Type methodcaller_type = {
    .hdr = {&type_type}, .name = "operator.methodcaller", .size = sizeof(CallerObj),
    .new_ = methodcaller_new, .call = methodcaller_call, .repr = methodcaller_repr,
};
REGISTER_TYPE(methodcaller_type);

/* _compare_digest(a, b): a == b for two ASCII strs or two bytes-like
 * objects, in a time that depends on the length of b only (hmac's). */
static Value o_compare_digest(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "_compare_digest", nargs, kw, 2, 2)) return 0;
    Value a = args[0], b = args[1];
    const char *pa, *pb;
    size_t na, nb;
    if (IS_STR(a) && IS_STR(b)) {
        if (!STR_IS_ASCII(a) || !STR_IS_ASCII(b))
            return err_format(t, &exc_TypeError, "comparing strings with non-ASCII characters is not supported");
        pa = STR_DATA(a), na = STR_SIZE(a);
        pb = STR_DATA(b), nb = STR_SIZE(b);
    } else if (bytes_like(a) && bytes_like(b)) {
        bytes_view(a, &pa, &na);
        bytes_view(b, &pb, &nb);
    } else if (bytes_like(a) || bytes_like(b)) {
        /* one side is bytes-like: CPython asks for a buffer of the other */
        return err_format(t, &exc_TypeError, "a bytes-like object is required, not '%s'",
                          obj_type_name(bytes_like(a) ? b : a));
    } else {
        return err_format(t, &exc_TypeError, "unsupported operand types(s) or combination of types: '%s' and '%s'",
                          obj_type_name(a), obj_type_name(b));
    }
    /* compare against b itself when the lengths differ, touching every
     * byte of b either way */
    const volatile unsigned char *left = (const unsigned char *)(na == nb ? pa : pb);
    const volatile unsigned char *right = (const unsigned char *)pb;
    unsigned result = na != nb;
    for (size_t i = 0; i < nb; i++) result |= left[i] ^ right[i];
    return V_BOOL(result == 0);
}

/* --- the module ------------------------------------------------------------------------- */

#define F(name, fn) {name, fn, METH_PLAIN, NULL}
static const MethodDef operator_functions[] = {
    F("add", o_add), F("sub", o_sub), F("mul", o_mul), F("matmul", o_matmul), F("truediv", o_truediv),
    F("floordiv", o_floordiv), F("mod", o_mod), F("pow", o_pow), F("lshift", o_lshift), F("rshift", o_rshift),
    F("and_", o_and), F("or_", o_or), F("xor", o_xor),
    F("iadd", o_iadd), F("isub", o_isub), F("imul", o_imul), F("imatmul", o_imatmul), F("itruediv", o_itruediv),
    F("ifloordiv", o_ifloordiv), F("imod", o_imod), F("ipow", o_ipow), F("ilshift", o_ilshift),
    F("irshift", o_irshift), F("iand", o_iand), F("ior", o_ior), F("ixor", o_ixor),
    F("lt", o_lt), F("le", o_le), F("eq", o_eq), F("ne", o_ne), F("gt", o_gt), F("ge", o_ge),
    F("neg", o_neg), F("pos", o_pos), F("inv", o_inv), F("invert", o_invert), F("not_", o_not),
    F("truth", o_truth), F("is_", o_is), F("is_not", o_is_not), F("abs", o_abs), F("index", o_index),
    F("getitem", o_getitem), F("contains", o_contains), F("setitem", o_setitem), F("delitem", o_delitem),
    F("call", o_call), F("_compare_digest", o_compare_digest),
    {NULL},
};
#undef F

static bool operator_init(Task *t, Value m)
{
    DictObj *d = module_dict(m);
    dict_set_cstr(d, "itemgetter", OBJ_VAL(&itemgetter_type));
    dict_set_cstr(d, "attrgetter", OBJ_VAL(&attrgetter_type));
    dict_set_cstr(d, "methodcaller", OBJ_VAL(&methodcaller_type));
    return true;
}

const NativeModule operator_native_module = {"_operator", operator_functions, operator_init};
