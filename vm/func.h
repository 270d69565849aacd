/* func.h - callables: Python functions, built-in functions and methods,
 * bound methods, closure cells and generators. */
#ifndef ATOLL_FUNC_H
#define ATOLL_FUNC_H

#include "frame.h"

struct FuncObj {
    Obj hdr;
    CodeObj *code;
    DictObj *globals;
    DictObj *builtins;
    Value defaults;            /* tuple, or 0 */
    Value kwdefaults;          /* dict, or 0 */
    Value closure;             /* tuple of cells, or 0 */
    Value name, qualname, doc, module;
    Value annotations;         /* dict, or 0 */
    DictObj *dict;             /* function attributes, or NULL */
    ICache *cache;             /* code->ncaches entries, made on first call */
};

/* A built-in function, or a built-in method bound to self. */
typedef struct NativeFuncObj {
    Obj hdr;
    const MethodDef *def;
    Value self;                /* bound object or module; 0 for none */
} NativeFuncObj;

/* A method of a built-in type, read through the type (list.append). */
typedef struct MethodDescrObj {
    Obj hdr;
    const MethodDef *def;
    Type *owner;
} MethodDescrObj;

/* A function bound to an instance. */
typedef struct MethodObj {
    Obj hdr;
    Value func;
    Value self;
} MethodObj;

typedef struct CellObj {
    Obj hdr;
    Value v;                   /* 0: empty */
} CellObj;

typedef enum GenState { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_DONE } GenState;

typedef struct GenObj {
    Obj hdr;
    Frame *frame;
    Value name, qualname;
    GenState state;
    bool loop_owned;           /* made for a for loop, which closes it (gen_release_iter) */
    Value exc_state;           /* the exception it was handling when it yielded, or 0 */
    Value caller_exc_info;     /* the resumer's, restored when it yields or ends */
} GenObj;

extern Type func_type, native_type, method_descr_type, method_type, cell_type, gen_type;

#define AS_FUNC(v) ((FuncObj *)(v))
#define AS_GEN(v) ((GenObj *)(v))
#define AS_CELL(v) ((CellObj *)(v))

Value func_new(Task *t, CodeObj *code, DictObj *globals, Value qualname);
Value native_new(const MethodDef *def, Value self);
Value method_new(Value func, Value self);
Value method_descr_new(const MethodDef *def, Type *owner);
Value cell_new(Value v);
/* Binds the call's arguments into a fresh frame's locals, CPython's rules and
 * messages. */
bool func_bind_args(Task *t, FuncObj *f, Value *locals, const Value *args, size_t nargs, Value kwnames);

#endif
