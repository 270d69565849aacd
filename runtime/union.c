/* union.c - types.UnionType, the value of `int | str` (PEP 604): what
 * annotations such as `x: int | None` evaluate to when a function is
 * defined, and a second argument isinstance() and issubclass() take. As in
 * CPython, the members are flattened (a union in a union adds its members),
 * kept once each in the order met, None stands for type(None), and a union
 * of a single member is that member. */
#include <gc/gc.h>

#include "union.h"
#include "genericalias.h"
#include "tuple.h"
#include "list.h"
#include "error.h"
#include "str.h"
#include "names.h"

typedef struct UnionObj {
    Obj hdr;
    Value args;                /* tuple of the members */
} UnionObj;

#define UNION(v) ((UnionObj *)(v))

static bool unionable(Value v)
{
    return v == V_NONE || IS_CLASS(v) || IS_TYPE(v, &generic_alias_type) || IS_TYPE(v, &union_type);
}

/* Appends v's members (v itself unless it is a union) to list, skipping
 * those already there. */
static bool add_members(Task *t, Value list, Value v)
{
    Value one = v == V_NONE ? OBJ_VAL(&none_type) : v;
    const Value *items = &one;
    size_t n = 1;
    if (IS_TYPE(v, &union_type)) {
        items = AS_TUPLE(UNION(v)->args)->items;
        n = TUPLE_LEN(UNION(v)->args);
    }
    for (size_t i = 0; i < n; i++) {
        int seen = 0;
        for (size_t j = 0; j < AS_LIST(list)->len && !seen; j++) {
            seen = obj_eq(t, AS_LIST(list)->items[j], items[i]);
            if (seen < 0) return false;
        }
        if (!seen && !list_append(t, list, items[i])) return false;
    }
    return true;
}

/* a | b where a or b is a class, None, an alias or a union. */
Value union_binop(Task *t, Value a, Value b, BinOpKind op, int side)
{
    if (op != BIN_BITOR || !unionable(a) || !unionable(b)) return V_NOTIMPL;
    Value members = list_new(4);
    if (!members || !add_members(t, members, a) || !add_members(t, members, b)) return 0;
    if (AS_LIST(members)->len == 1) return AS_LIST(members)->items[0];
    UnionObj *u = GC_MALLOC(sizeof *u);
    if (!u) return err_no_memory(t);
    u->hdr.type = &union_type;
    u->args = tuple_from_array(AS_LIST(members)->items, AS_LIST(members)->len);
    return OBJ_VAL(u);
}

/* "int | None": classes by their qualified names, None for NoneType */
static Value union_repr(Task *t, Value self)
{
    StrBuf b;
    sb_init(&b, 32);
    Value args = UNION(self)->args;
    for (size_t i = 0; i < TUPLE_LEN(args); i++) {
        Value m = TUPLE_ITEM(args, i);
        if (i) sb_puts(&b, " | ");
        if (m == OBJ_VAL(&none_type)) {
            sb_puts(&b, "None");
        } else if (IS_CLASS(m)) {
            Type *tp = AS_TYPE(m);
            Value mod = tp->interp ? obj_getattr_opt(t, m, NAME(__module__)) : tp->module;
            if (mod && IS_STR(mod) && !str_eq_cstr(mod, "builtins")) {
                sb_putv(&b, mod);
                sb_putc(&b, '.');
            }
            sb_putv(&b, tp->qualname);
        } else if (!sb_put_repr(t, &b, m)) {
            return 0;
        }
    }
    return sb_finish(&b);
}

/* Unions are equal when they have the same members, in any order. */
static Value union_richcmp(Task *t, Value self, Value other, CmpOpKind op)
{
    if (!IS_TYPE(other, &union_type) || (op != CMP_EQ && op != CMP_NOTEQ)) return V_NOTIMPL;
    Value a = UNION(self)->args, b = UNION(other)->args;
    int eq = TUPLE_LEN(a) == TUPLE_LEN(b);
    for (size_t i = 0; eq == 1 && i < TUPLE_LEN(a); i++) {
        int found = 0;
        for (size_t j = 0; !found && j < TUPLE_LEN(b); j++) {
            found = obj_eq(t, TUPLE_ITEM(a, i), TUPLE_ITEM(b, j));
            if (found < 0) return 0;
        }
        eq = found;
    }
    return V_BOOL(op == CMP_EQ ? eq : !eq);
}

/* Order-independent, as the equality is (CPython hashes the frozenset). */
static int64_t union_hash(Task *t, Value self)
{
    uint64_t h = 0x2B992DDFA23249D6ULL;
    Value args = UNION(self)->args;
    for (size_t i = 0; i < TUPLE_LEN(args); i++) {
        int64_t k = obj_hash(t, TUPLE_ITEM(args, i));
        if (k == -1) return -1;
        h ^= (uint64_t)k * 0x9E3779B97F4A7C15ULL;
    }
    int64_t r = (int64_t)(h >> 1);
    return r == -1 ? -2 : r;
}

/* isinstance(v, int | str) and issubclass: any member; a parameterised
 * alias cannot be checked, as in CPython. */
static Value check_members(Task *t, const Value *a, size_t n, Value kw, bool instance)
{
    const char *fname = instance ? "__instancecheck__" : "__subclasscheck__";
    if (!args_check(t, fname, n - 1, kw, 1, 1)) return 0;
    Value args = UNION(a[0])->args;
    for (size_t i = 0; i < TUPLE_LEN(args); i++)
        if (IS_TYPE(TUPLE_ITEM(args, i), &generic_alias_type))
            return err_format(t, &exc_TypeError, "%s() argument 2 cannot be a parameterized generic",
                              instance ? "isinstance" : "issubclass");
    int r = instance ? obj_isinstance(t, a[1], args) : obj_issubclass(t, a[1], args);
    return r < 0 ? 0 : V_BOOL(r);
}

static Value union_instancecheck(Task *t, const Value *a, size_t n, Value kw) { return check_members(t, a, n, kw, true); }
static Value union_subclasscheck(Task *t, const Value *a, size_t n, Value kw) { return check_members(t, a, n, kw, false); }

static Value get_args(Task *t, Value self) { return UNION(self)->args; }
static Value get_parameters(Task *t, Value self) { return tuple_empty(); }

static const MethodDef union_methods[] = {
    {"__instancecheck__", union_instancecheck, METH_PLAIN, NULL},
    {"__subclasscheck__", union_subclasscheck, METH_PLAIN, NULL},
    {NULL},
};

static const MemberDef union_members[] = {
    {"__args__", get_args, NULL},
    {"__parameters__", get_parameters, NULL},
    {NULL},
};

Type union_type = {
    .hdr = {&type_type},
    .name = "types.UnionType",
    .size = sizeof(UnionObj),
    .flags = TF_ABSTRACT_NEW,
    .methods = union_methods,
    .members = union_members,
    .repr = union_repr,
    .hash = union_hash,
    .richcmp = union_richcmp,
    .binop = union_binop,
};
REGISTER_TYPE(union_type);
