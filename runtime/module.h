/* module.h - module objects and the table of modules written in C. */
#ifndef ATOLL_MODULE_H
#define ATOLL_MODULE_H

#include "object.h"

typedef struct ModuleObj {
    Obj hdr;
    DictObj *dict;
    bool initializing;         /* its code is running (an import error then says so) */
} ModuleObj;

#define AS_MODULE(v) ((ModuleObj *)(v))
#define IS_MODULE(v) IS_TYPE(v, &module_type)

/* A module of C functions: its functions, and an init that adds the rest
 * (constants, types) to the new module's namespace. */
typedef struct NativeModule {
    const char *name;
    const MethodDef *functions;
    bool (*init)(Task *t, Value module);
} NativeModule;

/* Every built-in module (defined in stdlib/), NULL-terminated. */
extern const NativeModule *const native_modules[];

Value module_new(Task *t, Value name);
DictObj *module_dict(Value m);
/* Makes a native module and runs its init (not registered anywhere). */
Value module_from_native(Task *t, const NativeModule *def);
/* Adds functions of a table to a namespace, bound to nothing. */
void module_add_functions(DictObj *d, const MethodDef *fns);

#endif
