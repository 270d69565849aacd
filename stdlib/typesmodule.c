/* typesmodule.c - _types: help for classes written in Python that stand in
 * for CPython's C types.
 *
 * A C type's tp_name carries its module ("datetime.date"), and CPython's
 * messages show it ("unsupported operand type(s) for +: 'datetime.date' and
 * 'int'"), while its __name__ is the bare name. A class statement makes
 * both the bare name; set_message_name gives such a class the qualified
 * one for messages only (its subclasses keep their own). */
#include <gc/gc.h>
#include <string.h>
#include "object.h"
#include "error.h"
#include "str.h"
#include "module.h"

static Value t_set_message_name(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "set_message_name", nargs, kw, 2, 2)) return 0;
    if (!IS_CLASS(args[0]) || !(AS_TYPE(args[0])->flags & TF_HEAP))
        return err_format(t, &exc_TypeError, "set_message_name() argument 1 must be a class");
    if (!IS_STR(args[1])) return err_format(t, &exc_TypeError, "set_message_name() argument 2 must be str");
    size_t n = STR_SIZE(args[1]);
    char *name = GC_MALLOC_ATOMIC(n + 1);
    if (!name) return err_no_memory(t);
    memcpy(name, STR_DATA(args[1]), n + 1);
    AS_TYPE(args[0])->name = name;
    return V_NONE;
}

/* set_class_ops(cls): iter(cls), len(cls), x in cls, reversed(cls) and
 * repr(cls) call the class's __class_iter__, __class_len__,
 * __class_contains__, __class_reversed__ and __class_repr__, for cls and its
 * subclasses (enum.Enum: what its metaclass does in CPython) */
static Value t_set_class_ops(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "set_class_ops", nargs, kw, 1, 1)) return 0;
    if (!IS_CLASS(args[0]) || !(AS_TYPE(args[0])->flags & TF_HEAP))
        return err_format(t, &exc_TypeError, "set_class_ops() argument must be a class");
    AS_TYPE(args[0])->flags |= TF_CLASS_OPS;
    return V_NONE;
}

static const MethodDef types_functions[] = {
    {"set_class_ops", t_set_class_ops, METH_PLAIN,
     "set_class_ops(cls): iter/len/in/reversed/repr of the class itself call its __class_*__ methods"},
    {"set_message_name", t_set_message_name, METH_PLAIN,
     "set_message_name(cls, name): the name cls shows in messages, as a C type's tp_name"},
    {NULL},
};

const NativeModule types_native_module = {"_types", types_functions, NULL};
