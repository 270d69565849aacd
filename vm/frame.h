/* frame.h - activation records.
 *
 * Frames are carved from the task's frame stack (bump allocation), so a
 * Python-to-Python call allocates nothing from the GC and never recurses in
 * C. A generator's frame is an object of its own, because it outlives the
 * call that created it. */
#ifndef ATOLL_FRAME_H
#define ATOLL_FRAME_H

#include "code.h"
#include "dict.h"

typedef struct FuncObj FuncObj;

/* Per-instruction inline cache, owned by a function (code is shared). */
typedef struct ICache {
    uintptr_t key;             /* Type* or DictObj* the entry was filled for */
    uint32_t version;          /* its version then */
    uint32_t index;            /* dict entry or kind-specific index */
    uintptr_t key2;
    uint32_t version2;
    uint32_t kind;
    Value value;
} ICache;

/* Attribute instructions get a small direct-mapped cache: one entry per
 * type, picked by the type's address, so a site that sees a few classes
 * (a method called on several subclasses) keeps hitting. The way comes from
 * the top bits of a multiplicative hash: classes are allocated in equal
 * size classes, so their low address bits tend to be all alike. */
#define ATTR_CACHE_WAYS 4
#define ATTR_CACHE_WAY(c, key) \
    (&(c)[(uint64_t)((uintptr_t)(key) * UINT64_C(0x9E3779B97F4A7C15)) >> 62])

enum {
    FRAME_ENTRY = 1,           /* returning from it leaves the evaluator loop */
    FRAME_OWNED = 2,           /* belongs to a generator: not on the frame stack */
};

typedef struct Frame {
    struct Frame *back;
    CodeObj *code;
    FuncObj *func;             /* NULL for module, class body and exec code */
    DictObj *globals;
    DictObj *builtins;
    Value locals;              /* mapping for LOAD_NAME (module and class bodies), or 0 */
    const uint32_t *ip;        /* next instruction while the frame is suspended */
    Value *sp;                 /* stack pointer while suspended */
    ICache *cache;
    Value gen;                 /* the generator running this frame, or 0 */
    uint32_t flags;
    uint32_t lasti;            /* index of the instruction being executed */
    Value slots[];             /* locals, cells, value stack */
} Frame;

#define FRAME_LOCALS(f) ((f)->slots)
#define FRAME_CELLS(f)  ((f)->slots + (f)->code->nlocals)
#define FRAME_STACK(f)  ((f)->slots + (f)->code->nlocals + (f)->code->ncells)

enum { FRAME_YIELDED = 4 };      /* the frame left the loop by a yield */

/* The line a frame is at (for tracebacks). */
int frame_line(const Frame *f);
DictObj *frame_globals(Frame *f);
/* The class and first argument of the running method, for super(). */
bool frame_super_args(Task *t, Value *cls, Value *self);

#endif
