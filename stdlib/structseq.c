/* structseq.c - struct sequences: tuples with named fields, as CPython's
 * PyStructSequence. Each is a class made in the interpreter that uses it
 * (classes belong to their interpreter), deriving from tuple, with one
 * _collections._tuplegetter per field and a repr naming the fields. */
#include "object.h"
#include "error.h"
#include "str.h"
#include "tuple.h"
#include "dict.h"
#include "names.h"
#include "interp.h"
#include "func.h"
#include "structseq.h"

Value tuplegetter_field(Task *t, int64_t index);   /* collectionsmodule.c */

/* "module.name(f1=v1, ...)": the names are the type's __match_args__. */
static Value structseq_repr(Task *t, const Value *args, size_t nargs, Value kw)
{
    Value self = args[0];
    Type *tp = TYPE_OF(self);
    Value fields = type_lookup(tp, str_intern_cstr("__match_args__"));
    Value prefix = type_lookup(tp, str_intern_cstr("_repr_prefix"));
    Value tup = obj_unbox(self);
    if (!fields || !IS_TUPLE(fields) || !prefix || !IS_STR(prefix) || !IS_TUPLE(tup))
        return err_format(t, &exc_TypeError, "not a struct sequence");
    StrBuf b;
    sb_init(&b, 64);
    sb_putv(&b, prefix);
    sb_putc(&b, '(');
    for (size_t i = 0; i < TUPLE_LEN(fields) && i < TUPLE_LEN(tup); i++) {
        if (i) sb_puts(&b, ", ");
        sb_putv(&b, TUPLE_ITEM(fields, i));
        sb_putc(&b, '=');
        if (!sb_put_repr(t, &b, TUPLE_ITEM(tup, i))) return 0;
    }
    sb_putc(&b, ')');
    return sb_finish(&b);
}

static const MethodDef repr_def = {"__repr__", structseq_repr, METH_PLAIN, "Return repr(self)."};

Value structseq_type(Task *t, const char *module, const char *name, const char *const *fields, size_t nfields)
{
    DictObj *ns = dict_new();
    Value names = tuple_new(nfields);
    if (!ns || !names) return err_no_memory(t);
    dict_set_str(ns, NAME(__module__), str_from_cstr(module ? module : "builtins"));
    dict_set_str(ns, NAME(__doc__), V_NONE);
    for (size_t i = 0; i < nfields; i++) {
        Value fname = str_intern_cstr(fields[i]);
        TUPLE_ITEM(names, i) = fname;
        Value getter = tuplegetter_field(t, (int64_t)i);
        if (!getter || !dict_set_str(ns, fname, getter)) return 0;
    }
    dict_set_cstr(ns, "__match_args__", names);
    dict_set_cstr(ns, "n_fields", MAKE_SMALL(nfields));
    dict_set_cstr(ns, "n_sequence_fields", MAKE_SMALL(nfields));
    dict_set_cstr(ns, "n_unnamed_fields", MAKE_SMALL(0));
    dict_set_cstr(ns, "_repr_prefix", module ? str_format(t, "%s.%s", module, name) : str_from_cstr(name));
    Value bases = tuple_pack(1, OBJ_VAL(&tuple_type));
    Value tp = bases ? type_new_class(t, str_from_cstr(name), bases, ns, 0) : 0;
    if (!tp) return 0;
    dict_set_str(AS_TYPE(tp)->dict, NAME(__repr__), method_descr_new(&repr_def, AS_TYPE(tp)));
    type_fixup_slots(AS_TYPE(tp));
    return tp;
}

Value structseq_new(Task *t, Value type, const Value *values, size_t n)
{
    Value tup = tuple_from_array(values, n);
    return tup ? obj_call(t, type, &tup, 1, 0) : 0;
}
