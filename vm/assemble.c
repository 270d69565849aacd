/* assemble.c - from the compiler's instruction list to a code object:
 * stack depths by flow analysis, the exception table from the SETUP /
 * POP_BLOCK markers, jump targets, inline cache words. */
#include <gc/gc.h>
#include <string.h>
#include "compiler.h"
#include "frame.h"
#include "error.h"
#include "str.h"
#include "list.h"
#include "tuple.h"
#include "dict.h"

typedef struct Asm {
    Compiler *c;
    Unit *u;
    int *depth;                /* stack depth before each instruction, -1 unknown */
    int *setup_depth;          /* for SETUP markers: the depth they protect */
    int *work;
    int nwork;
    int maxdepth;
    bool bad;
} Asm;

static int label_pos(Unit *u, int label) { return u->labels[label]; }

static void reach(Asm *a, int i, int d)
{
    if (i >= a->u->ncode) return;
    if (d < 0) {
        a->bad = true;
        return;
    }
    if (a->depth[i] == -1) {
        a->depth[i] = d;
        a->work[a->nwork++] = i;
        if (d > a->maxdepth) a->maxdepth = d;
    } else if (a->depth[i] != d) {
        a->bad = true;
    }
}

/* Propagates depths from instruction i; returns false at the end of a path. */
static void flow(Asm *a, int i)
{
    Instr *in = &a->u->code[i];
    int d = a->depth[i];
    int t = in->target >= 0 ? label_pos(a->u, in->target) : -1;
    switch (in->op) {
    case PSEUDO_SETUP:
        a->setup_depth[i] = d;
        reach(a, t, d + 1);
        reach(a, i + 1, d);
        return;
    case PSEUDO_POP_BLOCK: reach(a, i + 1, d); return;
    case OP_JUMP: reach(a, t, d); return;
    case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
        reach(a, t, d - 1);
        reach(a, i + 1, d - 1);
        return;
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
        reach(a, t, d);
        reach(a, i + 1, d - 1);
        return;
    case OP_FOR_ITER:
        reach(a, t, d - 1);
        reach(a, i + 1, d + 1);
        return;
    case OP_SEND:
        reach(a, t, d - 1);
        reach(a, i + 1, d);
        return;
    case OP_RETURN_VALUE: case OP_RAISE_VARARGS: case OP_RERAISE:
        return;
    default:
        reach(a, i + 1, d + opcode_stack_effect(in->op, in->arg));
    }
}

static bool compute_depths(Asm *a)
{
    Unit *u = a->u;
    a->depth = GC_MALLOC_ATOMIC(u->ncode * sizeof(int));
    a->setup_depth = GC_MALLOC_ATOMIC(u->ncode * sizeof(int));
    a->work = GC_MALLOC_ATOMIC((u->ncode + 1) * sizeof(int));
    for (int i = 0; i < u->ncode; i++) a->depth[i] = a->setup_depth[i] = -1;
    reach(a, 0, 0);
    while (a->nwork > 0 && !a->bad) flow(a, a->work[--a->nwork]);
    return !a->bad;
}

/* The exception table: each instruction's innermost open SETUP, in runs. */
static ExcEntry *build_exctab(Asm *a, const uint32_t *final, uint32_t *nexc)
{
    Unit *u = a->u;
    int *stack = GC_MALLOC_ATOMIC((u->ncode + 1) * sizeof(int));
    int sp = 0, cap = 16;
    ExcEntry *tab = GC_MALLOC_ATOMIC(cap * sizeof(ExcEntry));
    uint32_t n = 0;
    for (int i = 0; i < u->ncode; i++) {
        Instr *in = &u->code[i];
        if (in->op == PSEUDO_SETUP) { stack[sp++] = i; continue; }
        if (in->op == PSEUDO_POP_BLOCK) { if (sp) sp--; continue; }
        if (!sp) continue;
        int s = stack[sp - 1];
        int handler = label_pos(u, u->code[s].target);
        uint32_t target = final[handler];
        /* A SETUP re-opened after an early exit is unreachable itself: the
         * handler's depth (set by the first SETUP) is the one to use. */
        int d = a->depth[handler] > 0 ? a->depth[handler] - 1 : a->setup_depth[s];
        uint16_t depth = (uint16_t)(d < 0 ? 0 : d);
        uint32_t start = final[i], end = final[i + 1];
        if (n && tab[n - 1].end == start && tab[n - 1].target == target && tab[n - 1].depth == depth) {
            tab[n - 1].end = end;
            continue;
        }
        if (n == (uint32_t)cap) {
            cap *= 2;
            tab = GC_REALLOC(tab, cap * sizeof(ExcEntry));
        }
        tab[n++] = (ExcEntry){start, end, target, depth, 0};
    }
    *nexc = n;
    return tab;
}

static Value list_to_tuple(Value list)
{
    return tuple_from_array(AS_LIST(list)->items, AS_LIST(list)->len);
}

static int32_t *cell_args(Unit *u, Value varnames, Value cellvars)
{
    size_t n = TUPLE_LEN(cellvars);
    int32_t *map = GC_MALLOC_ATOMIC((n ? n : 1) * sizeof(int32_t));
    int nargs = u->argcount + u->kwonly + !!(u->flags & CO_VARARGS) + !!(u->flags & CO_VARKW);
    for (size_t i = 0; i < n; i++) {
        map[i] = -1;
        for (int j = 0; j < nargs && j < (int)TUPLE_LEN(varnames); j++)
            if (str_eq(TUPLE_ITEM(varnames, j), TUPLE_ITEM(cellvars, i))) map[i] = j;
    }
    return map;
}

Value assemble(Compiler *c, Unit *u)
{
    Asm a = {c, u, .maxdepth = 0};
    if (!compute_depths(&a)) {
        err_format(c->t, &exc_SystemError, "compiler bug: inconsistent stack depth in %U", u->qualname);
        compile_fail(c, 0);
        return 0;
    }
    /* final word index of every instruction (markers take none, cached ops two) */
    uint32_t *final = GC_MALLOC_ATOMIC((u->ncode + 1) * sizeof(uint32_t));
    uint32_t nwords = 0;
    for (int i = 0; i < u->ncode; i++) {
        final[i] = nwords;
        int op = u->code[i].op;
        if (op < OP_COUNT) nwords += (opcode_flags[op] & OPF_C) ? 2 : 1;
    }
    final[u->ncode] = nwords;
    uint32_t *words = GC_MALLOC_ATOMIC((nwords ? nwords : 1) * sizeof(uint32_t));
    SrcPos *pos = GC_MALLOC_ATOMIC((nwords ? nwords : 1) * sizeof(SrcPos));
    uint32_t w = 0, cache = 0;
    for (int i = 0; i < u->ncode; i++) {
        Instr *in = &u->code[i];
        if (in->op >= OP_COUNT) continue;
        uint32_t arg = in->target >= 0 ? final[label_pos(u, in->target)] : in->arg;
        pos[w] = in->pos;
        words[w++] = INSTR(in->op, arg);
        if (opcode_flags[in->op] & OPF_C) {
            pos[w] = in->pos;
            words[w++] = INSTR(OP_CACHE, cache);
            cache += in->op == OP_LOAD_GLOBAL ? 1 : ATTR_CACHE_WAYS;
        }
    }
    CodeObj *co = GC_MALLOC(sizeof *co);
    if (!co) return err_no_memory(c->t);
    co->hdr.type = &code_type;
    co->code = words;
    co->pos = pos;
    co->ncode = nwords;
    co->exctab = build_exctab(&a, final, &co->nexc);
    co->consts = list_to_tuple(u->consts);
    co->names = list_to_tuple(u->names);
    co->varnames = list_to_tuple(u->varnames);
    co->cellvars = list_to_tuple(u->cellvars);
    co->freevars = list_to_tuple(u->freevars);
    co->cell2arg = cell_args(u, co->varnames, co->cellvars);
    co->argcount = (uint16_t)u->argcount;
    co->posonlyargcount = (uint16_t)u->posonly;
    co->kwonlyargcount = (uint16_t)u->kwonly;
    co->nlocals = (uint32_t)TUPLE_LEN(co->varnames);
    co->ncells = (uint32_t)(TUPLE_LEN(co->cellvars) + TUPLE_LEN(co->freevars));
    co->flags = (uint16_t)u->flags;
    if (!(u->flags & (CO_VARARGS | CO_VARKW)) && u->kwonly == 0) co->flags |= CO_SIMPLE;
    if (co->ncells) co->flags |= CO_HAS_CELLS;
    co->stacksize = (uint32_t)a.maxdepth + 1;
    co->ncaches = cache;
    co->framesize = co->nlocals + co->ncells + co->stacksize;
    co->name = u->name;
    co->qualname = u->qualname;
    co->filename = c->filename;
    co->doc = u->doc;
    co->firstlineno = u->firstlineno;
    return OBJ_VAL(co);
}
