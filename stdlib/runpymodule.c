/* runpymodule.c - _runpy: the one thing stdlib/runpy.py cannot do in
 * Python, finding a module's code without importing it (the command line's
 * -m uses it too). */
#include "object.h"
#include "error.h"
#include "str.h"
#include "module.h"
#include "import.h"

static const ArgSpec find_source_spec = {"find_source", 1, 1, 1, 1, {"mod_name"}};

static Value r_find_source(Task *t, const Value *args, size_t nargs, Value kw)
{
    Value a[1];
    if (!args_bind(t, &find_source_spec, args, nargs, kw, a)) return 0;
    if (!IS_STR(a[0])) return err_format(t, &exc_TypeError, "module name must be str, not %s", obj_type_name(a[0]));
    return import_find_source(t, a[0]);
}

static const MethodDef runpy_functions[] = {
    {"find_source", r_find_source, METH_PLAIN,
     "find_source(mod_name) -> (filename, source or None, package name, __cached__ or None), or the\n"
     "message why there is nothing to run. Parent packages are imported; the module itself is not."},
    {NULL},
};

const NativeModule runpy_native_module = {"_runpy", runpy_functions, NULL};
