/* tracebackmodule.c - _traceback: what traceback.py needs from the
 * interpreter: the text of an exception as an uncaught one prints (its
 * frames with source lines and markers, its exception line), the code
 * object of a traceback entry, and the frames of the running task. */
#include "object.h"
#include "error.h"
#include "int.h"
#include "list.h"
#include "tuple.h"
#include "module.h"
#include "interp.h"
#include "frame.h"
#include "code.h"

static Value tb_format_exception(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "format_exception", nargs, kw, 1, 1)) return 0;
    return exc_format(t, args[0]);
}

static Value tb_format_exception_only(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "format_exception_only", nargs, kw, 1, 1)) return 0;
    return exc_format_only(t, args[0]);
}

static Value tb_format_tb(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "format_tb", nargs, kw, 1, 1)) return 0;
    if (!IS_LIST(args[0])) return err_format(t, &exc_TypeError, "format_tb() expects a list");
    return tb_format_frames(t, args[0]);
}

/* tb_code(tb) -> the code object of the frame of a traceback entry */
static Value tb_code(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "tb_code", nargs, kw, 1, 1)) return 0;
    if (!IS_TYPE(args[0], &traceback_type)) return err_format(t, &exc_TypeError, "expected a traceback object");
    return ((TracebackObj *)args[0])->code;
}

/* stack(skip) -> [(code, lineno), ...] of the running frames, innermost
 * first, the skip innermost ones left out */
static Value tb_stack(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "stack", nargs, kw, 0, 1)) return 0;
    int64_t skip = 0;
    if (nargs && !int_as_i64(t, args[0], &skip)) return 0;
    Value out = list_new(8);
    for (Frame *f = t->frame; f; f = f->back) {
        if (skip > 0) {
            skip--;
            continue;
        }
        Value item = tuple_pack(2, OBJ_VAL(f->code), MAKE_SMALL(frame_line(f)));
        if (!list_append(t, out, item)) return 0;
    }
    return out;
}

static const MethodDef traceback_functions[] = {
    {"format_exception", tb_format_exception, METH_PLAIN, NULL},
    {"format_exception_only", tb_format_exception_only, METH_PLAIN, NULL},
    {"format_tb", tb_format_tb, METH_PLAIN, NULL},
    {"tb_code", tb_code, METH_PLAIN, NULL},
    {"stack", tb_stack, METH_PLAIN, NULL},
    {NULL},
};

const NativeModule traceback_native_module = {"_traceback", traceback_functions, NULL};
