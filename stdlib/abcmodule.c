/* abcmodule.c - _abc: what abc.py needs from C. atoll has no metaclasses
 * other than type, so ABCMeta's isinstance/issubclass hooks are switched on
 * per class by a flag (TF_ABC, inherited by subclasses) instead. */
#include "object.h"
#include "error.h"
#include "interp.h"
#include "module.h"

/* set_hooks(cls): isinstance(x, cls) and issubclass(C, cls) now call
 * cls.__instancecheck__(x) and cls.__subclasscheck__(C). */
static Value a_set_hooks(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "set_hooks", nargs, kw, 1, 1)) return 0;
    if (!IS_CLASS(args[0]) || !(AS_TYPE(args[0])->flags & TF_HEAP))
        return err_format(t, &exc_TypeError, "set_hooks() argument must be a class defined in Python");
    AS_TYPE(args[0])->flags |= TF_ABC;
    return V_NONE;
}

static const MethodDef abc_functions[] = {
    {"set_hooks", a_set_hooks, METH_PLAIN, NULL},
    {NULL},
};

const NativeModule abc_native_module = {"_abc", abc_functions, NULL};
