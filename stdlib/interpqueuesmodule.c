/* interpqueuesmodule.c - `_interpqueues`, the low level of
 * concurrent.interpreters' queues (the Queue type is runtime/queue.c). */
#include "object.h"
#include "error.h"
#include "dict.h"
#include "int.h"
#include "module.h"
#include "channel.h"

static const ArgSpec create_spec = {"create", 0, 1, 0, 1, {"maxsize"}};

static Value m_create(Task *t, const Value *args, size_t nargs, Value kw)
{
    Value a[1];
    if (!args_bind(t, &create_spec, args, nargs, kw, a)) return 0;
    int64_t maxsize = 0;
    if (a[0]) {
        Value n = obj_index(t, a[0]);
        if (!n || !int_as_i64(t, n, &maxsize)) return 0;
    }
    return queue_new(t, maxsize);
}

static const MethodDef functions[] = {
    {"create", m_create, METH_PLAIN, "create(maxsize=0) -> a new Queue (unbounded when maxsize <= 0)"},
    {NULL},
};

static bool init(Task *t, Value m)
{
    DictObj *d = module_dict(m);
    Type *const types[] = {&queue_type, &exc_QueueError, &exc_QueueEmpty, &exc_QueueFull};
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        dict_set_str(d, types[i]->name_str, OBJ_VAL(types[i]));
    return true;
}

const NativeModule interpqueues_module = {"_interpqueues", functions, init};
