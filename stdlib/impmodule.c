/* impmodule.c - _imp: what importlib (stdlib/importlib/) asks of atoll's
 * import system, which has no finders or loaders of its own to expose. */
#include "object.h"
#include "error.h"
#include "str.h"
#include "module.h"
#include "import.h"

static Value i_locate(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "locate", nargs, kw, 1, 1)) return 0;
    if (!IS_STR(args[0])) return err_format(t, &exc_TypeError, "module name must be str, not %s", obj_type_name(args[0]));
    return import_locate(t, args[0]);
}

static Value i_reload(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "reload", nargs, kw, 1, 1)) return 0;
    return import_reload(t, args[0]);
}

static const MethodDef imp_functions[] = {
    {"locate", i_locate, METH_PLAIN,
     "locate(name) -> (kind, origin, search locations) or None; parent packages are imported"},
    {"reload", i_reload, METH_PLAIN, "reload(module) -> the module, its code run again"},
    {NULL},
};

const NativeModule imp_native_module = {"_imp", imp_functions, NULL};
