/* mappingproxy.c - types.MappingProxyType, the read-only view that a class's
 * __dict__ is in CPython: reads go to the wrapped mapping, writes are refused
 * (a class's namespace must change through setattr, which keeps method
 * caches right). */
#include <gc/gc.h>

#include "mappingproxy.h"
#include "dict.h"
#include "error.h"
#include "str.h"
#include "names.h"
#include "list.h"
#include "tuple.h"
#include "interp.h"

typedef struct MappingProxyObj {
    Obj hdr;
    Value mapping;
} MappingProxyObj;

#define MP(v) ((MappingProxyObj *)(v))

Value mappingproxy_new(Task *t, Value mapping)
{
    MappingProxyObj *p = GC_MALLOC(sizeof(MappingProxyObj));
    if (!p) return err_no_memory(t);
    p->hdr.type = &mappingproxy_type;
    p->mapping = mapping;
    return OBJ_VAL(p);
}

static Value mp_new(Task *t, Type *type, const Value *args, size_t nargs, Value kwnames)
{
    if (!args_check(t, "mappingproxy", nargs, kwnames, 1, 1)) return 0;
    Value m = args[0];
    if (!obj_getattr_opt(t, m, NAME(keys)) || IS_LIST_LIKE(m) || IS_TUPLE_LIKE(m))
        return t->exc ? 0 : err_format(t, &exc_TypeError, "mappingproxy() argument must be a mapping, not %s", obj_type_name(m));
    return mappingproxy_new(t, m);
}

/* The read-only methods are the wrapped mapping's own. */
static Value forward(Task *t, const char *name, const Value *a, size_t n, Value kw)
{
    Value f = obj_getattr(t, MP(a[0])->mapping, str_intern_cstr(name));
    return f ? obj_call(t, f, a + 1, n - 1, kw) : 0;
}

static Value mp_get(Task *t, const Value *a, size_t n, Value kw) { return forward(t, "get", a, n, kw); }
static Value mp_keys(Task *t, const Value *a, size_t n, Value kw) { return forward(t, "keys", a, n, kw); }
static Value mp_values(Task *t, const Value *a, size_t n, Value kw) { return forward(t, "values", a, n, kw); }
static Value mp_items(Task *t, const Value *a, size_t n, Value kw) { return forward(t, "items", a, n, kw); }
static Value mp_copy(Task *t, const Value *a, size_t n, Value kw) { return forward(t, "copy", a, n, kw); }

static Value mp_repr(Task *t, Value self)
{
    StrBuf b;
    sb_init(&b, 64);
    sb_puts(&b, "mappingproxy(");
    if (!sb_put_repr(t, &b, MP(self)->mapping)) return 0;
    sb_putc(&b, ')');
    return sb_finish(&b);
}

static Value mp_str(Task *t, Value self) { return obj_str(t, MP(self)->mapping); }
static int64_t mp_len(Task *t, Value self) { return obj_len(t, MP(self)->mapping); }
static Value mp_getitem(Task *t, Value self, Value key) { return obj_getitem(t, MP(self)->mapping, key); }
static int mp_contains(Task *t, Value self, Value x) { return obj_contains(t, MP(self)->mapping, x); }
static Value mp_iter(Task *t, Value self) { return obj_iter(t, MP(self)->mapping); }

static Value mp_richcmp(Task *t, Value self, Value other, CmpOpKind op)
{
    return obj_richcmp(t, MP(self)->mapping, other, op);
}

/* proxy | other gives a new dict, as CPython's mappingproxy_or */
static Value mp_binop(Task *t, Value a, Value b, BinOpKind op, int side)
{
    if (op != BIN_BITOR) return V_NOTIMPL;
    if (IS_TYPE(a, &mappingproxy_type)) a = MP(a)->mapping;
    if (IS_TYPE(b, &mappingproxy_type)) b = MP(b)->mapping;
    return obj_binop(t, a, b, op);
}

static const MethodDef mp_methods[] = {
    {"get", mp_get, METH_PLAIN, NULL},
    {"keys", mp_keys, METH_PLAIN, NULL},
    {"values", mp_values, METH_PLAIN, NULL},
    {"items", mp_items, METH_PLAIN, NULL},
    {"copy", mp_copy, METH_PLAIN, NULL},
    {NULL},
};

Type mappingproxy_type = {
    .hdr = {&type_type},
    .name = "mappingproxy",
    .size = sizeof(MappingProxyObj),
    .methods = mp_methods,
    .repr = mp_repr,
    .str = mp_str,
    .richcmp = mp_richcmp,
    .binop = mp_binop,
    .len = mp_len,
    .getitem = mp_getitem,
    .contains = mp_contains,
    .iter = mp_iter,
    .new_ = mp_new,
};
REGISTER_TYPE(mappingproxy_type);
