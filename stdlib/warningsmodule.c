/* warningsmodule.c - _warnings: where a warning happens, for warnings.py
 * (CPython finds it with sys._getframe). */
#include "object.h"
#include "error.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "dict.h"
#include "interp.h"
#include "frame.h"
#include "module.h"

/* _frame_info(depth) -> (filename, lineno, globals) of the Python frame
 * depth levels above the caller of _frame_info (0: the caller itself), or
 * None when the stack is not that deep. */
static Value w_frame_info(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "_frame_info", nargs, kw, 1, 1)) return 0;
    int64_t depth;
    if (!int_as_i64(t, args[0], &depth)) return 0;
    Frame *f = t->frame;
    for (; f && depth > 0; depth--) f = f->back;
    if (!f || depth < 0) return V_NONE;
    Value globals = f->globals ? OBJ_VAL(f->globals) : V_NONE;
    return tuple_pack(3, f->code->filename, MAKE_SMALL(frame_line(f)), globals);
}

static const MethodDef warnings_functions[] = {
    {"_frame_info", w_frame_info, METH_PLAIN, NULL},
    {NULL},
};

const NativeModule warnings_native_module = {"_warnings", warnings_functions, NULL};
