/* genericalias.c - types.GenericAlias, the value of list[int] and friends.
 *
 * Scripts with annotations evaluate these at definition time, so they must
 * exist and print as CPython's do; beyond that an alias only remembers its
 * origin and arguments, calls through to the origin, and forwards other
 * attribute reads to it. */
#include <gc/gc.h>

#include "genericalias.h"
#include "tuple.h"
#include "error.h"
#include "str.h"
#include "slice.h"
#include "names.h"
#include "interp.h"
#include "union.h"

Value generic_alias_new(Task *t, Value origin, Value item)
{
    GenericAliasObj *g = GC_MALLOC(sizeof(GenericAliasObj));
    Value args = IS_TUPLE(item) ? item : tuple_pack(1, item);
    if (!g || !args)
        return err_no_memory(t);
    g->hdr.type = &generic_alias_type;
    g->origin = origin;
    g->args = args;
    return OBJ_VAL(g);
}

Value generic_class_getitem(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_one(t, "__class_getitem__", nargs - 1, kwnames))
        return 0;
    return generic_alias_new(t, args[0], args[1]);
}

#define GA(v) ((GenericAliasObj *)(v))

/* One item of the repr, CPython's ga_repr_item: "..." for Ellipsis, the
 * repr of another alias, module.qualname of a class ("int" for builtins),
 * repr() of anything else. */
static bool put_item(Task *t, StrBuf *b, Value p)
{
    if (p == V_ELLIPSIS) {
        sb_puts(b, "...");
        return true;
    }
    if (IS_TYPE(p, &generic_alias_type))
        return sb_put_repr(t, b, p);
    Value qualname = obj_getattr_opt(t, p, NAME(__qualname__));
    Value module = qualname ? obj_getattr_opt(t, p, NAME(__module__)) : 0;
    if (t->exc)
        return false;
    if (!qualname || !module || module == V_NONE || !IS_STR(qualname) || !IS_STR(module))
        return sb_put_repr(t, b, p);
    if (!str_eq_cstr(module, "builtins")) {
        sb_putv(b, module);
        sb_putc(b, '.');
    }
    sb_putv(b, qualname);
    return true;
}

static Value ga_repr(Task *t, Value self)
{
    StrBuf b;
    sb_init(&b, 32);
    if (!put_item(t, &b, GA(self)->origin))
        return 0;
    sb_putc(&b, '[');
    Value args = GA(self)->args;
    if (TUPLE_LEN(args) == 0)
        sb_puts(&b, "()");
    for (size_t i = 0; i < TUPLE_LEN(args); i++) {
        if (i)
            sb_puts(&b, ", ");
        if (!put_item(t, &b, TUPLE_ITEM(args, i)))
            return 0;
    }
    sb_putc(&b, ']');
    return sb_finish(&b);
}

static Value ga_richcmp(Task *t, Value self, Value other, CmpOpKind op)
{
    if (!IS_TYPE(other, &generic_alias_type) || (op != CMP_EQ && op != CMP_NOTEQ))
        return V_NOTIMPL;
    int eq = obj_eq(t, GA(self)->origin, GA(other)->origin);
    if (eq > 0)
        eq = obj_eq(t, GA(self)->args, GA(other)->args);
    if (eq < 0)
        return 0;
    return V_BOOL(op == CMP_EQ ? eq : !eq);
}

static int64_t ga_hash(Task *t, Value self)
{
    int64_t h0 = obj_hash(t, GA(self)->origin);
    if (h0 == -1)
        return -1;
    int64_t h1 = obj_hash(t, GA(self)->args);
    if (h1 == -1)
        return -1;
    int64_t h = h0 ^ h1;
    return h == -1 ? -2 : h;
}

/* list[int](x) is list(x); CPython then tries to set __orig_class__. */
static Value ga_call(Task *t, Value self, const Value *args, size_t nargs, Value kwnames)
{
    Value r = obj_call(t, GA(self)->origin, args, nargs, kwnames);
    if (r && !obj_setattr(t, r, str_intern_cstr("__orig_class__"), self))
        err_clear(t);   /* instances without a __dict__ just do not get it */
    return r;
}

/* Attributes of the alias itself, then those of its origin. */
static Value ga_getattr(Task *t, Value self, Value name)
{
    Value v = generic_getattr(t, self, name);
    if (v || !err_matches(t, &exc_AttributeError))
        return v;
    err_clear(t);
    return obj_getattr(t, GA(self)->origin, name);
}

static Value get_origin(Task *t, Value self) { return GA(self)->origin; }
static Value get_args(Task *t, Value self) { return GA(self)->args; }
static Value get_parameters(Task *t, Value self) { return tuple_empty(); }

static const MemberDef ga_members[] = {
    {"__origin__", get_origin, NULL},
    {"__args__", get_args, NULL},
    {"__parameters__", get_parameters, NULL},
    {NULL, NULL, NULL},
};

/* GenericAlias(origin, args): what a class's __class_getitem__ =
 * classmethod(GenericAlias) makes (concurrent.futures.Future's). */
static Value ga_tp_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "GenericAlias", nargs, kw, 2, 2))
        return 0;
    return generic_alias_new(t, args[0], args[1]);
}

Type generic_alias_type = {
    .hdr = {&type_type},
    .name = "types.GenericAlias",
    .size = sizeof(GenericAliasObj),
    .new_ = ga_tp_new,
    .members = ga_members,
    .repr = ga_repr,
    .hash = ga_hash,
    .richcmp = ga_richcmp,
    .binop = union_binop,     /* list[int] | None */
    .call = ga_call,
    .getattr = ga_getattr,
};
REGISTER_TYPE(generic_alias_type);
