/* frame.c - frames: carving them from the task's frame stack, setting one
 * up for a call (arguments, cells, inline caches), and what other parts
 * read from the running frame (line, globals, super()'s arguments). */
#include <gc/gc.h>
#include <gc/gc_mark.h>
#include <string.h>
#include "object.h"
#include "error.h"
#include "str.h"
#include "tuple.h"
#include "dict.h"
#include "names.h"
#include "interp.h"
#include "func.h"
#include "vm.h"
#include "module.h"
#include "alloc.h"

typedef struct StackChunk {
    struct StackChunk *prev;
    Task *task;
    char *saved_top;           /* its top while a later chunk is in use */
    char *end;
    _Alignas(16) char data[];
} StackChunk;

/* The collector would scan a whole chunk, and the values that returned
 * frames leave above the top would keep what they referenced alive (a
 * function's big local list, long after it returned). Chunks are therefore
 * their own kind of object, whose mark procedure scans only the part in use:
 * up to the task's top for its current chunk, saved_top for the others
 * (a spare chunk's saved_top is its start). */
static unsigned chunk_kind;

static struct GC_ms_entry *chunk_mark(GC_word *addr, struct GC_ms_entry *msp, struct GC_ms_entry *lim,
                                      GC_word env)
{
    StackChunk *c = (StackChunk *)addr;
    msp = GC_MARK_AND_PUSH(c->prev, msp, lim, (void **)&c->prev);
    msp = GC_MARK_AND_PUSH(c->task, msp, lim, (void **)&c->task);
    char *top = c->task && c->task->chunk == c ? c->task->stack_top : c->saved_top;
    /* a stale pointer may reach a chunk that is not what it seems: check */
    if (top < c->data || top > c->end) return msp;
    for (void **p = (void **)c->data; (char *)p < top; p++)
        msp = GC_MARK_AND_PUSH(*p, msp, lim, p);
    return msp;
}

void frame_gc_init(void)
{
    chunk_kind = GC_new_kind(GC_new_free_list(), GC_MAKE_PROC(GC_new_proc(chunk_mark), 0), 0, 1);
}

/* Small first: ten thousand parked tasks must stay cheap. */
enum { FIRST_CHUNK = 1 << 10, MAX_CHUNK = 1 << 20 };

static size_t frame_bytes(const CodeObj *co)
{
    return (sizeof(Frame) + co->framesize * sizeof(Value) + 15) & ~(size_t)15;
}

static bool stack_grow(Task *t, size_t need)
{
    StackChunk *c = t->spare;
    size_t size = t->chunk ? (size_t)(t->chunk->end - (char *)t->chunk) * 2 : FIRST_CHUNK;
    if (size > MAX_CHUNK) size = MAX_CHUNK;
    if (size < need + sizeof(StackChunk)) size = need + sizeof(StackChunk);
    if (!c || (size_t)(c->end - c->data) < need) {
        c = GC_generic_malloc(size, chunk_kind);
        if (!c) return false;
        c->end = (char *)c + size;
    }
    t->spare = NULL;
    c->task = t;
    c->prev = t->chunk;
    if (t->chunk) t->chunk->saved_top = t->stack_top;
    t->chunk = c;
    t->stack_top = c->data;
    t->stack_end = c->end;
    return true;
}

Frame *frame_push(Task *t, CodeObj *co)
{
    size_t size = frame_bytes(co);
    if (!t->chunk || t->stack_top + size > t->stack_end) {
        if (!stack_grow(t, size)) {
            err_no_memory(t);
            return NULL;
        }
    }
    Frame *f = (Frame *)t->stack_top;
    t->stack_top += size;
    /* All of it zeroed, the value stack too, though nothing reads above
     * sp: the collector scans the whole stack region of every frame, and
     * values left there by earlier, deeper calls would keep their objects
     * alive as long as this frame runs (measured: wordfreq's peak RSS went
     * from 35 to 48 MB without this). 0 is also an unbound local. */
    memset(f, 0, size);
    f->code = co;
    return f;
}

void frame_pop(Task *t, Frame *f)
{
    if (f->flags & FRAME_OWNED) return;
    StackChunk *c = t->chunk;
    if ((char *)f == c->data && c->prev) {
        t->chunk = c->prev;
        t->stack_top = t->chunk->saved_top;
        t->stack_end = t->chunk->end;
        c->saved_top = c->data;
        t->spare = c;
    } else {
        t->stack_top = (char *)f;
    }
}

static Frame *frame_alloc_owned(Task *t, CodeObj *co)
{
    Frame *f = gc_alloc(frame_bytes(co));
    if (!f) {
        err_no_memory(t);
        return NULL;
    }
    f->code = co;
    f->flags = FRAME_OWNED;
    return f;
}

/* Cells: fresh ones for the code's cell variables (starting from a parameter
 * when one is captured), the closure's for its free variables. */
static bool init_cells(Task *t, Frame *f, FuncObj *fn)
{
    CodeObj *co = f->code;
    Value *cells = FRAME_CELLS(f);
    size_t ncell = TUPLE_LEN(co->cellvars);
    for (size_t i = 0; i < ncell; i++) {
        int32_t arg = co->cell2arg[i];
        Value v = arg >= 0 ? f->slots[arg] : 0;
        cells[i] = cell_new(v);
        if (!cells[i]) {
            err_no_memory(t);
            return false;
        }
    }
    size_t nfree = TUPLE_LEN(co->freevars);
    for (size_t i = 0; i < nfree; i++)
        cells[ncell + i] = fn && fn->closure ? TUPLE_ITEM(fn->closure, i) : cell_new(0);
    return true;
}

Frame *frame_for_call(Task *t, FuncObj *fn, const Value *args, size_t nargs, Value kwnames, bool owned)
{
    CodeObj *co = fn->code;
    if (t->depth >= t->interp->recursion_limit) {
        err_format(t, &exc_RecursionError, "maximum recursion depth exceeded");
        return NULL;
    }
    Frame *f = owned ? frame_alloc_owned(t, co) : frame_push(t, co);
    if (!f) return NULL;
    if ((co->flags & CO_SIMPLE) && !kwnames && nargs == co->argcount) {
        for (size_t i = 0; i < nargs; i++) f->slots[i] = args[i];   /* few: no memcpy call */
    } else if (!func_bind_args(t, fn, f->slots, args, nargs, kwnames)) {
        frame_pop(t, f);
        return NULL;
    }
    if ((co->flags & CO_HAS_CELLS) && !init_cells(t, f, fn)) {
        frame_pop(t, f);
        return NULL;
    }
    if (!fn->cache && co->ncaches) {
        fn->cache = gc_alloc(co->ncaches * sizeof(ICache));
        if (!fn->cache) {
            frame_pop(t, f);
            err_no_memory(t);
            return NULL;
        }
    }
    f->func = fn;
    f->globals = fn->globals;
    f->builtins = fn->builtins;
    f->cache = fn->cache;
    f->ip = co->code;
    f->sp = FRAME_STACK(f);
    return f;
}

Frame *frame_for_code(Task *t, CodeObj *co, DictObj *globals, Value locals)
{
    Frame *f = frame_push(t, co);
    if (!f) return NULL;
    f->globals = globals;
    Value b = dict_get_str(globals, NAME(__builtins__));
    f->builtins = b && IS_DICT(b) ? AS_DICT(b) : b && IS_TYPE(b, &module_type) ? module_dict(b) : t->interp->builtins;
    f->locals = locals ? locals : OBJ_VAL(globals);
    f->cache = co->ncaches ? gc_alloc(co->ncaches * sizeof(ICache)) : NULL;
    f->ip = co->code;
    f->sp = FRAME_STACK(f);
    if ((co->flags & CO_HAS_CELLS) && !init_cells(t, f, NULL)) {
        frame_pop(t, f);
        return NULL;
    }
    return f;
}

int frame_line(const Frame *f)
{
    const CodeObj *co = f->code;
    uint32_t i = f->ip > co->code ? (uint32_t)(f->ip - co->code - 1) : 0;
    return code_line(co, i);
}

DictObj *frame_globals(Frame *f) { return f->globals; }

bool frame_super_args(Task *t, Value *cls, Value *self)
{
    Frame *f = t->frame;
    if (!f) {
        err_format(t, &exc_RuntimeError, "super(): no current frame");
        return false;
    }
    CodeObj *co = f->code;
    if (co->argcount == 0 && !(co->flags & CO_VARARGS)) {
        err_format(t, &exc_RuntimeError, "super(): no arguments");
        return false;
    }
    Value first = f->slots[0];
    size_t ncell = TUPLE_LEN(co->cellvars);
    for (size_t i = 0; i < ncell; i++)
        if (co->cell2arg[i] == 0) first = AS_CELL(FRAME_CELLS(f)[i])->v;
    if (!first && (co->flags & CO_VARARGS) && co->argcount == 0) {
        Value va = f->slots[co->kwonlyargcount];
        first = va && TUPLE_LEN(va) ? TUPLE_ITEM(va, 0) : 0;
    }
    if (!first) {
        err_format(t, &exc_RuntimeError, "super(): arg[0] deleted");
        return false;
    }
    for (size_t i = 0; i < TUPLE_LEN(co->freevars); i++) {
        if (!str_eq_cstr(TUPLE_ITEM(co->freevars, i), "__class__")) continue;
        Value c = AS_CELL(FRAME_CELLS(f)[ncell + i])->v;
        if (!c) {
            err_format(t, &exc_RuntimeError, "super(): empty __class__ cell");
            return false;
        }
        if (!IS_CLASS(c)) {
            err_format(t, &exc_RuntimeError, "super(): __class__ is not a type (%s)", obj_type_name(c));
            return false;
        }
        *cls = c;
        *self = first;
        return true;
    }
    err_format(t, &exc_RuntimeError, "super(): __class__ cell not found");
    return false;
}
