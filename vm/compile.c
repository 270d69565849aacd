/* compile.c - the compiler's driver, code units, and statements.
 *
 * Code generation follows CPython 3.11's shapes: loops and try blocks push
 * an fblock so that break, continue and return can undo what they leave
 * (pop an iterator, run a finally body, call __exit__, restore the handled
 * exception); protected code is bracketed by SETUP/POP_BLOCK markers that
 * assemble.c turns into the exception table. */
#include <gc/gc.h>
#include <stdarg.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include "compiler.h"
#include "compile.h"
#include "parse.h"
#include "error.h"
#include "str.h"
#include "list.h"
#include "tuple.h"
#include "dict.h"
#include "names.h"
#include "interp.h"
#include "parse.h"
#include "floatobj.h"
#include "int.h"

/* --- errors --------------------------------------------------------------------- */

/* The text of source line `line` (1-based), or None. */
static Value source_line(Compiler *c, int line)
{
    const char *p = c->src, *end = c->src ? c->src + c->srclen : NULL;
    if (!p) return V_NONE;
    for (int l = 1; l < line && p < end; l++) {
        const char *nl = memchr(p, '\n', end - p);
        if (!nl) return V_NONE;
        p = nl + 1;
    }
    const char *e = memchr(p, '\n', end - p);
    size_t n = e ? (size_t)(e - p) + 1 : (size_t)(end - p);
    return str_new(p, n);
}

/* Records the first failure; exc 0 means the task's pending error. */
void compile_fail(Compiler *c, Value exc)
{
    if (!exc) exc = err_fetch(c->t);
    if (!c->failed) c->error = exc;
    c->failed = true;
}

void compile_error(Compiler *c, Node *n, const char *fmt, ...)
{
    if (c->failed) return;
    va_list ap;
    va_start(ap, fmt);
    Value msg = str_vformat(c->t, fmt, ap);
    va_end(ap);
    if (!msg) {
        compile_fail(c, 0);
        return;
    }
    /* CPython 3.11 locates compiler and symbol-table errors by 1-based byte
     * offsets (not characters), the end on the node's own end line */
    int line = n ? n->lineno : 1;
    bool has_end = n && n->end_lineno > 0;
    Value info = tuple_pack(6, c->filename, MAKE_SMALL(line), MAKE_SMALL((n ? n->col : 0) + 1),
                            source_line(c, line), MAKE_SMALL(has_end ? n->end_lineno : line),
                            MAKE_SMALL(has_end ? n->end_col + 1 : 0));
    Value args[2] = {msg, info};
    compile_fail(c, exc_new(c->t, &exc_SyntaxError, args, 2));
}

void compile_too_deep(Compiler *c)
{
    if (c->failed) return;
    err_format(c->t, &exc_RecursionError, "maximum recursion depth exceeded during compilation");
    compile_fail(c, 0);
}

/* --- emitting --------------------------------------------------------------------- */

int emit(Compiler *c, int op, uint32_t arg)
{
    Unit *u = c->u;
    if (u->ncode == u->cap) {
        u->cap = u->cap ? u->cap * 2 : 64;
        u->code = GC_REALLOC(u->code, u->cap * sizeof(Instr));
    }
    if (arg > MAX_ARG) compile_error(c, NULL, "too many constants or names in one code object");
    Instr *in = &u->code[u->ncode];
    in->op = (uint8_t)op;
    in->arg = arg;
    in->target = -1;
    in->pos = u->pos;
    return u->ncode++;
}

int emit_jump(Compiler *c, int op, int label)
{
    int i = emit(c, op, 0);
    c->u->code[i].target = label;
    return i;
}

int new_label(Compiler *c)
{
    Unit *u = c->u;
    if (u->nlabels == u->labcap) {
        u->labcap = u->labcap ? u->labcap * 2 : 16;
        u->labels = GC_REALLOC(u->labels, u->labcap * sizeof(int));
    }
    u->labels[u->nlabels] = -1;
    return u->nlabels++;
}

void place_label(Compiler *c, int label) { c->u->labels[label] = c->u->ncode; }

void set_pos(Compiler *c, Node *n)
{
    if (!n) return;
    SrcPos *p = &c->u->pos;
    p->lineno = n->lineno;
    p->end_lineno = n->end_lineno;
    p->col = n->col < 0x7fff ? (int16_t)n->col : -1;
    p->end_col = n->end_col < 0x7fff ? (int16_t)n->end_col : -1;
}

/* A float's dedup key: its bits, so that 0.0 and -0.0 stay apart. */
static Value float_bits_key(Value f)
{
    double d = FLOAT_VAL(f);
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    return big_from_u64(bits);
}

/* Constants are deduplicated by type and value (so 1, 1.0 and True stay apart). */
uint32_t add_const(Compiler *c, Value v)
{
    Unit *u = c->u;
    Value key = IS_STR(v) ? v : tuple_pack(2, OBJ_VAL(TYPE_OF(v)), IS_FLOAT(v) ? float_bits_key(v) : v);
    if (IS_TUPLE(v) || (!IS_SMALL(v) && TYPE_OF(v) == &code_type)) key = tuple_pack(1, MAKE_SMALL((intptr_t)v >> 3));
    Value idx = dict_get(c->t, u->const_map, key);
    if (idx) return (uint32_t)SMALL_VAL(idx);
    if (c->t->exc) err_clear(c->t);   /* unhashable constant: keep it without dedup */
    uint32_t i = (uint32_t)AS_LIST(u->consts)->len;
    list_append(c->t, u->consts, v);
    dict_set(c->t, u->const_map, key, MAKE_SMALL(i));
    return i;
}

static uint32_t add_to(Compiler *c, Value list, DictObj *map, Value name)
{
    Value idx = dict_get_str(map, name);
    if (idx) return (uint32_t)SMALL_VAL(idx);
    uint32_t i = (uint32_t)AS_LIST(list)->len;
    list_append(c->t, list, name);
    dict_set_str(map, name, MAKE_SMALL(i));
    return i;
}

uint32_t add_name(Compiler *c, Value name) { return add_to(c, c->u->names, c->u->name_map, name); }

Value intern_id(Compiler *c, const char *id) { return str_intern_cstr(id); }

Value intern_private(Compiler *c, const char *id) { return str_intern_cstr(scope_mangle(c->u->scope, id)); }

void emit_load_const(Compiler *c, Value v) { emit(c, OP_LOAD_CONST, add_const(c, v)); }

/* --- units ------------------------------------------------------------------------ */

static int cmp_names(const void *a, const void *b)
{
    return strcmp(STR_DATA(*(const Value *)a), STR_DATA(*(const Value *)b));
}

/* Locals in order (parameters first), then the sorted cell and free names. */
static void unit_layout(Compiler *c, Unit *u)
{
    Scope *s = u->scope;
    for (int i = 0; i < s->nparams; i++)
        add_to(c, u->varnames, u->var_map, intern_id(c, s->params[i]));
    bool fn = s->kind == SC_FUNCTION || s->kind == SC_COMPREHENSION;
    for (int i = 0; i < s->nsyms; i++) {
        Symbol *sym = &s->syms[i];
        Value name = intern_id(c, sym->name);
        if (fn && sym->res == RES_LOCAL) add_to(c, u->varnames, u->var_map, name);
        if (sym->res == RES_CELL) list_append(c->t, u->cellvars, name);
        if (sym->res == RES_FREE || (sym->flags & SYM_FREE_CLASS)) list_append(c->t, u->freevars, name);
    }
    if (s->kind == SC_CLASS && s->needs_class_cell) list_append(c->t, u->cellvars, NAME(__class__));
    ListObj *cl = AS_LIST(u->cellvars), *fl = AS_LIST(u->freevars);
    if (cl->len) qsort(cl->items, cl->len, sizeof(Value), cmp_names);   /* items may be NULL */
    if (fl->len) qsort(fl->items, fl->len, sizeof(Value), cmp_names);
}

static Value make_qualname(Compiler *c, Unit *parent, Scope *s, Value name)
{
    if (!parent || parent->scope->kind == SC_MODULE) return name;
    Symbol *sym = scope_find(parent->scope, STR_DATA(name));
    if (sym && sym->res == RES_GLOBAL_EXPLICIT) return name;
    bool fn = parent->scope->kind != SC_CLASS;
    return str_format(c->t, fn ? "%U.<locals>.%U" : "%U.%U", parent->qualname, name);
}

void unit_enter(Compiler *c, Node *node, Value name, int firstlineno)
{
    Unit *u = GC_MALLOC(sizeof *u);
    u->parent = c->u;
    u->scope = symtable_lookup(&c->st, node);
    u->consts = list_new(4);
    u->names = list_new(4);
    u->varnames = list_new(4);
    u->cellvars = list_new(0);
    u->freevars = list_new(0);
    u->const_map = dict_new();
    u->name_map = dict_new();
    u->var_map = dict_new();
    u->name = name;
    u->qualname = u->scope->kind == SC_MODULE ? name : make_qualname(c, c->u, u->scope, name);
    u->doc = V_NONE;
    u->firstlineno = firstlineno;
    for (Unit *p = u->parent; p; p = p->parent)
        if (p->scope->kind == SC_FUNCTION || p->scope->kind == SC_COMPREHENSION) u->flags |= CO_NESTED;
    u->pos.lineno = u->pos.end_lineno = firstlineno;
    u->pos.col = u->pos.end_col = -1;
    c->u = u;
    unit_layout(c, u);
}

Value unit_finish(Compiler *c)
{
    Unit *u = c->u;
    Value code = c->failed ? 0 : assemble(c, u);
    c->u = u->parent;
    return code;
}

/* --- fblocks and early exits ------------------------------------------------------- */

static bool push_fblock(Compiler *c, Node *at, FBlockKind kind, int top, int exit, int handler, Node *node)
{
    Unit *u = c->u;
    if (u->nfblocks == MAX_FBLOCKS) {
        compile_error(c, at, "too many statically nested blocks");
        return false;
    }
    u->fblocks[u->nfblocks++] = (FBlock){kind, top, exit, handler, node};
    return true;
}

static void pop_fblock(Compiler *c) { c->u->nfblocks--; }

static void emit_setup(Compiler *c, int handler)
{
    emit_jump(c, PSEUDO_SETUP, handler);
}

/* Calls a with-block's __exit__(None, None, None), the manager being below
 * TOS (or TOS when the return value is not preserved). */
static void call_exit_none(Compiler *c)
{
    emit(c, OP_PUSH_NULL, 0);
    emit_load_const(c, V_NONE);
    emit_load_const(c, V_NONE);
    emit_load_const(c, V_NONE);
    emit(c, OP_CALL_METHOD, 3);
    emit(c, OP_POP_TOP, 0);
}

/* Emits what leaving fblock b early needs. preserve_tos: a return value is
 * on top of the stack and must stay there. */
static void unwind_fblock(Compiler *c, FBlock *b, bool preserve_tos)
{
    switch (b->kind) {
    case FB_WHILE:
    case FB_EXCEPTION_HANDLER:
        break;
    case FB_FOR:
        if (b->handler >= 0) emit(c, PSEUDO_POP_BLOCK, 0);
        if (preserve_tos) emit(c, OP_SWAP, 2);
        emit(c, b->handler >= 0 ? OP_END_ITER : OP_POP_TOP, 0);
        break;
    case FB_TRY_EXCEPT:
        emit(c, PSEUDO_POP_BLOCK, 0);
        break;
    case FB_FINALLY_TRY: {
        emit(c, PSEUDO_POP_BLOCK, 0);
        /* the finally body runs outside its own block; the blocks it pushes
         * reuse the slots from b's up, which later exits from the same try
         * (and reopen_fblocks) still need: keep them aside meanwhile */
        Unit *u = c->u;
        Node *try_ = b->node;
        int saved = u->nfblocks, at = (int)(b - u->fblocks);
        FBlock kept[MAX_FBLOCKS];
        memcpy(kept, b, (size_t)(saved - at) * sizeof(FBlock));
        u->nfblocks = at;
        if (preserve_tos) push_fblock(c, try_, FB_EXCEPTION_HANDLER, -1, -1, -1, NULL);
        compile_body(c, &try_->u.try_.finalbody);
        memcpy(&u->fblocks[at], kept, (size_t)(saved - at) * sizeof(FBlock));
        u->nfblocks = saved;
        break;
    }
    case FB_FINALLY_END:
        if (preserve_tos) emit(c, OP_SWAP, 2);
        emit(c, OP_POP_TOP, 0);          /* the exception */
        emit(c, PSEUDO_POP_BLOCK, 0);
        if (preserve_tos) emit(c, OP_SWAP, 2);
        emit(c, OP_POP_EXCEPT, 0);
        break;
    case FB_WITH:
        emit(c, PSEUDO_POP_BLOCK, 0);
        if (preserve_tos) emit(c, OP_SWAP, 2);
        call_exit_none(c);
        break;
    case FB_HANDLER_CLEANUP:
        if (b->node) {
            emit(c, PSEUDO_POP_BLOCK, 0);
            emit_load_const(c, V_NONE);
            compile_name(c, b->node->u.handler.name, CTX_STORE, NULL);
            compile_name(c, b->node->u.handler.name, CTX_DEL, NULL);
        }
        emit(c, PSEUDO_POP_BLOCK, 0);
        if (preserve_tos) emit(c, OP_SWAP, 2);
        emit(c, OP_POP_EXCEPT, 0);
        break;
    }
}

/* After an early exit's jump, code that follows lexically is still inside
 * the blocks the exit left: open them again for the exception table. */
static void reopen_fblocks(Compiler *c, int from)
{
    Unit *u = c->u;
    for (int i = from; i < u->nfblocks; i++) {
        FBlock *b = &u->fblocks[i];
        switch (b->kind) {
        case FB_TRY_EXCEPT: case FB_FINALLY_TRY: case FB_FINALLY_END: case FB_WITH:
            emit_setup(c, b->handler);
            break;
        case FB_FOR:
            if (b->handler >= 0) emit_setup(c, b->handler);
            break;
        case FB_HANDLER_CLEANUP:
            emit_setup(c, b->handler);
            if (b->node) emit_setup(c, b->top);
            break;
        default:
            break;
        }
    }
}

/* Unwinds to the innermost loop (for break/continue); -1 if none. */
static int unwind_to_loop(Compiler *c, bool *is_for)
{
    Unit *u = c->u;
    for (int i = u->nfblocks - 1; i >= 0; i--) {
        FBlock *b = &u->fblocks[i];
        if (b->kind == FB_WHILE || b->kind == FB_FOR) {
            *is_for = b->kind == FB_FOR;
            return i;
        }
    }
    return -1;
}

static void compile_break_continue(Compiler *c, Node *n, bool is_break)
{
    bool is_for = false;
    int loop = unwind_to_loop(c, &is_for);
    if (loop < 0) {
        compile_error(c, n, is_break ? "'break' outside loop" : "'continue' not properly in loop");
        return;
    }
    Unit *u = c->u;
    for (int i = u->nfblocks - 1; i > loop; i--) unwind_fblock(c, &u->fblocks[i], false);
    FBlock *b = &u->fblocks[loop];
    if (is_break) {
        unwind_fblock(c, b, false);
        emit_jump(c, OP_JUMP, b->exit);
    } else {
        emit_jump(c, OP_JUMP, b->top);
    }
    reopen_fblocks(c, loop + 1);
}

static void compile_return(Compiler *c, Node *n)
{
    Scope *s = c->u->scope;
    if (s->kind != SC_FUNCTION) {
        compile_error(c, n, "'return' outside function");
        return;
    }
    Node *v = n->u.value.value;
    if (v) compile_expr(c, v);
    else emit_load_const(c, V_NONE);
    Unit *u = c->u;
    for (int i = u->nfblocks - 1; i >= 0; i--) unwind_fblock(c, &u->fblocks[i], true);
    set_pos(c, n);
    emit(c, OP_RETURN_VALUE, 0);
    reopen_fblocks(c, 0);
}

/* --- loops ---------------------------------------------------------------------- */

/* Whether a for loop owns the iterator of `iter` (see gen_claim_iter): it
 * comes from a call, except to the built-ins that wrap or copy what they
 * are given (a generator passed to them is not theirs to close). */
static bool owns_iterator(Node *iter)
{
    static const char *const wrappers[] = {
        "range", "enumerate", "zip", "map", "filter", "reversed", "sorted", "iter", "list", "tuple",
        "dict", "set", "frozenset", "str", "bytes", "open", NULL,
    };
    if (iter->kind != N_CALL) return false;
    Node *fn = iter->u.call.func;
    if (fn->kind != N_NAME) return true;
    for (int i = 0; wrappers[i]; i++)
        if (!strcmp(fn->u.name.id, wrappers[i])) return false;
    return true;
}

/* A loop that owns its iterator closes it however it is left early: break
 * and return through unwind_fblock, an exception through a handler that
 * closes it and re-raises. */
static void compile_for(Compiler *c, Node *n)
{
    int top = new_label(c), end = new_label(c), exit = new_label(c);
    bool owned = owns_iterator(n->u.for_.iter);
    int handler = owned ? new_label(c) : -1;
    compile_expr(c, n->u.for_.iter);
    set_pos(c, n->u.for_.iter);
    emit(c, OP_GET_ITER, owned);
    if (owned) emit_setup(c, handler);
    place_label(c, top);
    set_pos(c, n);
    emit_jump(c, OP_FOR_ITER, end);
    if (!push_fblock(c, n, FB_FOR, top, exit, handler, NULL)) return;
    compile_store(c, n->u.for_.target);
    compile_body(c, &n->u.for_.body);
    emit_jump(c, OP_JUMP, top);
    pop_fblock(c);
    place_label(c, end);
    if (owned) emit(c, PSEUDO_POP_BLOCK, 0);
    compile_body(c, &n->u.for_.orelse);
    if (owned) {
        emit_jump(c, OP_JUMP, exit);
        place_label(c, handler);        /* [iterator, exc] */
        emit(c, OP_SWAP, 2);
        emit(c, OP_END_ITER, 0);
        emit(c, OP_RERAISE, 0);
    }
    place_label(c, exit);
}

static void compile_while(Compiler *c, Node *n)
{
    int top = new_label(c), orelse = new_label(c), exit = new_label(c);
    place_label(c, top);
    Value k = const_value(c, n->u.cond.test);
    bool forever = k && k != V_NONE && k != V_FALSE && k != MAKE_SMALL(0);
    if (!forever) compile_jump_if(c, n->u.cond.test, orelse, false);
    if (!push_fblock(c, n, FB_WHILE, top, exit, -1, NULL)) return;
    compile_body(c, &n->u.cond.body);
    emit_jump(c, OP_JUMP, top);
    pop_fblock(c);
    place_label(c, orelse);
    compile_body(c, &n->u.cond.orelse);
    place_label(c, exit);
}

static void compile_if(Compiler *c, Node *n)
{
    int orelse = new_label(c), end = new_label(c);
    compile_jump_if(c, n->u.cond.test, orelse, false);
    compile_body(c, &n->u.cond.body);
    if (n->u.cond.orelse.len) emit_jump(c, OP_JUMP, end);
    place_label(c, orelse);
    compile_body(c, &n->u.cond.orelse);
    place_label(c, end);
}

/* --- try ---------------------------------------------------------------------- */

/* Shared by every handler: [prev_exc, exc] -> restore prev_exc, re-raise exc. */
static void emit_cleanup_reraise(Compiler *c, int label)
{
    place_label(c, label);
    emit(c, OP_SWAP, 2);
    emit(c, OP_POP_EXCEPT, 0);
    emit(c, OP_RERAISE, 0);
}

static void compile_handler(Compiler *c, Node *h, int end, int cleanup)
{
    int next = new_label(c);
    set_pos(c, h);
    if (h->u.handler.type) {
        compile_expr(c, h->u.handler.type);
        emit(c, OP_CHECK_EXC_MATCH, 0);
        emit_jump(c, OP_POP_JUMP_IF_FALSE, next);
    }
    const char *name = h->u.handler.name;
    int name_cleanup = -1;
    if (name) {
        compile_name(c, name, CTX_STORE, h);
        name_cleanup = new_label(c);
        emit_setup(c, name_cleanup);
    } else {
        emit(c, OP_POP_TOP, 0);
    }
    if (!push_fblock(c, h, FB_HANDLER_CLEANUP, name_cleanup, -1, cleanup, name ? h : NULL)) return;
    compile_body(c, &h->u.handler.body);
    pop_fblock(c);
    if (name) {
        emit(c, PSEUDO_POP_BLOCK, 0);
        emit_load_const(c, V_NONE);
        compile_name(c, name, CTX_STORE, NULL);
        compile_name(c, name, CTX_DEL, NULL);
    }
    emit(c, PSEUDO_POP_BLOCK, 0);
    emit(c, OP_POP_EXCEPT, 0);
    emit_jump(c, OP_JUMP, end);
    emit_setup(c, cleanup);
    if (name) {
        /* [prev_exc, exc2]: unbind the name, then let the cleanup re-raise */
        place_label(c, name_cleanup);
        emit_load_const(c, V_NONE);
        compile_name(c, name, CTX_STORE, NULL);
        compile_name(c, name, CTX_DEL, NULL);
        emit(c, OP_RERAISE, 0);
    }
    place_label(c, next);
}

static void compile_try_except(Compiler *c, Node *n)
{
    int handlers = new_label(c), cleanup = new_label(c), orelse_end = new_label(c), end = new_label(c);
    emit_setup(c, handlers);
    if (!push_fblock(c, n, FB_TRY_EXCEPT, -1, -1, handlers, NULL)) return;
    compile_body(c, &n->u.try_.body);
    pop_fblock(c);
    emit(c, PSEUDO_POP_BLOCK, 0);
    compile_body(c, &n->u.try_.orelse);
    emit_jump(c, OP_JUMP, orelse_end);
    place_label(c, handlers);               /* [exc] */
    emit_setup(c, cleanup);
    emit(c, OP_PUSH_EXC_INFO, 0);           /* [prev_exc, exc] */
    NodeList *hs = &n->u.try_.handlers;
    for (int i = 0; i < hs->len; i++) {
        Node *h = hs->items[i];
        if (!h->u.handler.type && i < hs->len - 1) {
            compile_error(c, h, "default 'except:' must be last");
            return;
        }
        compile_handler(c, h, end, cleanup);
    }
    emit(c, OP_RERAISE, 0);                 /* nothing matched */
    emit(c, PSEUDO_POP_BLOCK, 0);
    emit_cleanup_reraise(c, cleanup);
    place_label(c, orelse_end);
    place_label(c, end);
}

static void compile_try_finally(Compiler *c, Node *n)
{
    int final = new_label(c), cleanup = new_label(c), end = new_label(c);
    emit_setup(c, final);
    if (!push_fblock(c, n, FB_FINALLY_TRY, -1, -1, final, n)) return;
    if (n->u.try_.handlers.len) compile_try_except(c, n);
    else compile_body(c, &n->u.try_.body);
    pop_fblock(c);
    emit(c, PSEUDO_POP_BLOCK, 0);
    compile_body(c, &n->u.try_.finalbody);
    emit_jump(c, OP_JUMP, end);
    place_label(c, final);                  /* [exc] */
    emit_setup(c, cleanup);
    emit(c, OP_PUSH_EXC_INFO, 0);           /* [prev_exc, exc] */
    if (!push_fblock(c, n, FB_FINALLY_END, -1, -1, cleanup, NULL)) return;
    compile_body(c, &n->u.try_.finalbody);
    pop_fblock(c);
    emit(c, OP_RERAISE, 0);
    emit(c, PSEUDO_POP_BLOCK, 0);
    emit_cleanup_reraise(c, cleanup);
    place_label(c, end);
}

static void compile_try(Compiler *c, Node *n)
{
    if (n->u.try_.finalbody.len) compile_try_finally(c, n);
    else compile_try_except(c, n);
}

/* --- with ------------------------------------------------------------------------ */

static void compile_with_items(Compiler *c, Node *n, int i)
{
    Node *item = n->u.with.items.items[i];
    int exc = new_label(c), cleanup = new_label(c), suppress = new_label(c), end = new_label(c);
    compile_expr(c, item->u.withitem.context_expr);
    set_pos(c, item->u.withitem.context_expr);
    emit(c, OP_BEFORE_WITH, 0);             /* [exit, value] */
    if (item->u.withitem.optional_vars) compile_store(c, item->u.withitem.optional_vars);
    else emit(c, OP_POP_TOP, 0);
    emit_setup(c, exc);                     /* protects [exit] */
    if (!push_fblock(c, n, FB_WITH, -1, -1, exc, NULL)) return;
    if (i + 1 < n->u.with.items.len) compile_with_items(c, n, i + 1);
    else compile_body(c, &n->u.with.body);
    pop_fblock(c);
    emit(c, PSEUDO_POP_BLOCK, 0);
    set_pos(c, n);
    call_exit_none(c);                      /* consumes exit */
    emit_jump(c, OP_JUMP, end);
    place_label(c, exc);                    /* [exit, exc] */
    emit_setup(c, cleanup);
    emit(c, OP_PUSH_EXC_INFO, 0);           /* [exit, prev, exc] */
    emit(c, OP_WITH_EXCEPT_START, 0);       /* [exit, prev, exc, res] */
    emit_jump(c, OP_POP_JUMP_IF_TRUE, suppress);
    emit(c, OP_RERAISE, 0);
    place_label(c, suppress);
    emit(c, OP_POP_TOP, 0);                 /* exc */
    emit(c, PSEUDO_POP_BLOCK, 0);
    emit(c, OP_POP_EXCEPT, 0);
    emit(c, OP_POP_TOP, 0);                 /* exit */
    emit_jump(c, OP_JUMP, end);
    emit_cleanup_reraise(c, cleanup);
    place_label(c, end);
}

/* --- assignment ----------------------------------------------------------------- */

static void compile_augassign(Compiler *c, Node *n)
{
    Node *t = n->u.augassign.target;
    uint32_t op = (uint32_t)n->u.augassign.op + 16;
    switch (t->kind) {
    case N_NAME:
        compile_name(c, t->u.name.id, CTX_LOAD, t);
        compile_expr(c, n->u.augassign.value);
        set_pos(c, n);
        emit(c, OP_BINARY_OP, op);
        compile_name(c, t->u.name.id, CTX_STORE, t);
        break;
    case N_ATTRIBUTE: {
        compile_expr(c, t->u.attribute.value);
        emit(c, OP_COPY, 1);
        set_pos(c, t);
        uint32_t name = add_name(c, intern_private(c, t->u.attribute.attr));
        emit(c, OP_LOAD_ATTR, name);
        compile_expr(c, n->u.augassign.value);
        set_pos(c, n);
        emit(c, OP_BINARY_OP, op);
        emit(c, OP_SWAP, 2);
        set_pos(c, t);
        emit(c, OP_STORE_ATTR, name);
        break;
    }
    case N_SUBSCRIPT:
        compile_expr(c, t->u.subscript.value);
        compile_expr(c, t->u.subscript.slice);
        emit(c, OP_COPY, 2);
        emit(c, OP_COPY, 2);
        set_pos(c, t);
        emit(c, OP_BINARY_SUBSCR, 0);
        compile_expr(c, n->u.augassign.value);
        set_pos(c, n);
        emit(c, OP_BINARY_OP, op);
        emit(c, OP_SWAP, 3);
        emit(c, OP_SWAP, 2);
        set_pos(c, t);
        emit(c, OP_STORE_SUBSCR, 0);
        break;
    default:
        compile_error(c, t, "'%s' is an illegal expression for augmented assignment", "expression");
    }
}

static void compile_assign(Compiler *c, Node *n)
{
    compile_expr(c, n->u.assign.value);
    NodeList *ts = &n->u.assign.targets;
    for (int i = 0; i < ts->len; i++) {
        if (i < ts->len - 1) emit(c, OP_COPY, 1);
        compile_store(c, ts->items[i]);
    }
}

static void compile_annassign(Compiler *c, Node *n)
{
    Node *t = n->u.annassign.target;
    if (n->u.annassign.value) {
        compile_expr(c, n->u.annassign.value);
        compile_store(c, t);
    } else if (t->kind == N_NAME && forbidden_name(c, t->u.name.id, CTX_STORE, n)) {
        return;
    }
    /* Simple names at module and class level record their annotation. */
    if (t->kind == N_NAME && n->u.annassign.simple && c->u->scope->kind != SC_FUNCTION) {
        compile_annotation(c, n->u.annassign.annotation);
        compile_name(c, "__annotations__", CTX_LOAD, n);
        emit_load_const(c, intern_id(c, t->u.name.id));
        emit(c, OP_STORE_SUBSCR, 0);
    } else if (t->kind != N_NAME && !n->u.annassign.value) {
        /* evaluate the target's parts for their errors, as CPython does */
        if (t->kind == N_ATTRIBUTE) {
            compile_expr(c, t->u.attribute.value);
            emit(c, OP_POP_TOP, 0);
        } else if (t->kind == N_SUBSCRIPT) {
            compile_expr(c, t->u.subscript.value);
            emit(c, OP_POP_TOP, 0);
            compile_expr(c, t->u.subscript.slice);
            emit(c, OP_POP_TOP, 0);
        }
    }
}

/* --- raise, assert, import ---------------------------------------------------------- */

static void compile_raise(Compiler *c, Node *n)
{
    int nargs = 0;
    if (n->u.raise.exc) {
        compile_expr(c, n->u.raise.exc);
        nargs = 1;
        if (n->u.raise.cause) {
            compile_expr(c, n->u.raise.cause);
            nargs = 2;
        }
    }
    set_pos(c, n);
    emit(c, OP_RAISE_VARARGS, nargs);
}

/* The comparison whose position CPython 3.11 leaves behind after compiling
 * test as a jump: the last one reached through not/and/or/if-else, in
 * compile order. NULL when the test is no such comparison. */
static Node *last_jump_compare(Node *test)
{
    Node *r = NULL;
    switch (test->kind) {
    case N_COMPARE:
        return test;
    case N_UNARYOP:
        return test->u.unaryop.op == UN_NOT ? last_jump_compare(test->u.unaryop.operand) : NULL;
    case N_BOOLOP:
        for (int i = test->u.boolop.values.len - 1; i >= 0 && !r; i--)
            r = last_jump_compare(test->u.boolop.values.items[i]);
        return r;
    case N_IFEXP:
        r = last_jump_compare(test->u.ifexp.orelse);
        if (!r) r = last_jump_compare(test->u.ifexp.body);
        return r ? r : last_jump_compare(test->u.ifexp.test);
    default:
        return NULL;
    }
}

/* A failed assert is reported at the position CPython gives it: that of the
 * test's comparison if any (tracebacks underline it), else the statement. */
static void compile_assert(Compiler *c, Node *n)
{
    if (c->optimize) return;
    int end = new_label(c);
    compile_jump_if(c, n->u.assert_.test, end, true);
    Node *cmp = last_jump_compare(n->u.assert_.test);
    set_pos(c, cmp ? cmp : n);
    emit(c, OP_LOAD_ASSERTION_ERROR, 0);
    if (n->u.assert_.msg) {
        compile_expr(c, n->u.assert_.msg);
        set_pos(c, cmp ? cmp : n);
        emit(c, OP_CALL, 1);
    }
    emit(c, OP_RAISE_VARARGS, 1);
    place_label(c, end);
}

static void compile_import(Compiler *c, Node *n)
{
    NodeList *names = &n->u.import.names;
    for (int i = 0; i < names->len; i++) {
        Node *a = names->items[i];
        set_pos(c, n);
        emit_load_const(c, MAKE_SMALL(0));
        emit_load_const(c, V_NONE);
        emit(c, OP_IMPORT_NAME, add_name(c, intern_id(c, a->u.alias.name)));
        const char *name = a->u.alias.name;
        if (a->u.alias.asname) {
            /* import a.b.c as d binds the leaf module */
            for (const char *dot = strchr(name, '.'); dot; dot = strchr(dot + 1, '.')) {
                const char *next = strchr(dot + 1, '.');
                size_t len = next ? (size_t)(next - dot - 1) : strlen(dot + 1);
                emit(c, OP_IMPORT_FROM, add_name(c, str_intern(str_new(dot + 1, len))));
                emit(c, OP_SWAP, 2);
                emit(c, OP_POP_TOP, 0);
            }
            compile_name(c, a->u.alias.asname, CTX_STORE, n);
        } else {
            const char *dot = strchr(name, '.');
            Value top = dot ? str_intern(str_new(name, dot - name)) : intern_id(c, name);
            compile_name(c, STR_DATA(top), CTX_STORE, n);
        }
    }
}

static bool is_future_import(Node *s)
{
    return s->kind == N_IMPORTFROM && s->u.importfrom.level == 0 && s->u.importfrom.module &&
           !strcmp(s->u.importfrom.module, "__future__");
}

/* The features of a leading `from __future__ import` the compiler knows:
 * those of Python 3 programs (no effect) and annotations (PEP 563). */
static void future_features(Compiler *c, Node *n)
{
    static const char *const known[] = {
        "nested_scopes", "generators", "division", "absolute_import", "with_statement",
        "print_function", "unicode_literals", "generator_stop", "annotations", NULL,
    };
    Node at = {.lineno = n->lineno, .col = n->col, .end_lineno = n->lineno, .end_col = n->col + 1};
    NodeList *names = &n->u.importfrom.names;
    for (int i = 0; i < names->len && !c->failed; i++) {
        const char *name = names->items[i]->u.alias.name;
        int k = 0;
        while (known[k] && strcmp(known[k], name)) k++;
        if (known[k]) c->future_annotations |= !strcmp(name, "annotations");
        else if (!strcmp(name, "braces")) compile_error(c, &at, "not a chance");
        else if (!strcmp(name, "barry_as_FLUFL")) compile_error(c, &at, "atoll does not support barry_as_FLUFL");
        else compile_error(c, &at, "future feature %s is not defined", name);
    }
}

static void compile_importfrom(Compiler *c, Node *n)
{
    NodeList *names = &n->u.importfrom.names;
    if (is_future_import(n)) {
        int i = 0;
        while (i < c->nfuture && c->future[i] != n) i++;
        if (i == c->nfuture) {
            compile_error(c, n, "from __future__ imports must occur at the beginning of the file");
            return;
        }
    }
    Value fromlist = tuple_new(names->len);
    for (int i = 0; i < names->len; i++)
        TUPLE_ITEM(fromlist, i) = intern_id(c, names->items[i]->u.alias.name);
    set_pos(c, n);
    emit_load_const(c, MAKE_SMALL(n->u.importfrom.level));
    emit_load_const(c, fromlist);
    const char *mod = n->u.importfrom.module ? n->u.importfrom.module : "";
    emit(c, OP_IMPORT_NAME, add_name(c, intern_id(c, mod)));
    if (names->len == 1 && !strcmp(names->items[0]->u.alias.name, "*")) {
        emit(c, OP_IMPORT_STAR, 0);
        return;
    }
    for (int i = 0; i < names->len; i++) {
        Node *a = names->items[i];
        emit(c, OP_IMPORT_FROM, add_name(c, TUPLE_ITEM(fromlist, i)));
        compile_name(c, a->u.alias.asname ? a->u.alias.asname : a->u.alias.name, CTX_STORE, n);
    }
    emit(c, OP_POP_TOP, 0);
}

/* --- classes ------------------------------------------------------------------- */

static bool is_docstring(Node *s)
{
    return s->kind == N_EXPR && s->u.value.value->kind == N_CONSTANT &&
           s->u.value.value->u.constant.kind == CONST_STR;
}

static void compile_call_kwargs(Compiler *c, NodeList *keywords, int npos);

static bool has_annotations(NodeList *body);

static void compile_class(Compiler *c, Node *n)
{
    for (int i = 0; i < n->u.classdef.decorators.len; i++) compile_expr(c, n->u.classdef.decorators.items[i]);
    int firstline = n->u.classdef.decorators.len ? n->u.classdef.decorators.items[0]->lineno : n->lineno;
    Value name = intern_id(c, n->u.classdef.name);
    unit_enter(c, n, name, firstline);
    Unit *u = c->u;
    set_pos(c, n);
    compile_name(c, "__name__", CTX_LOAD, n);
    compile_name(c, "__module__", CTX_STORE, n);
    emit_load_const(c, u->qualname);
    compile_name(c, "__qualname__", CTX_STORE, n);
    NodeList *body = &n->u.classdef.body;
    if (has_annotations(body)) emit(c, OP_SETUP_ANNOTATIONS, 0);
    int start = 0;
    if (body->len && is_docstring(body->items[0])) {
        Node *d = body->items[0]->u.value.value;
        if (c->optimize < 2) {
            emit_load_const(c, str_new(d->u.constant.text, d->u.constant.len));
            compile_name(c, "__doc__", CTX_STORE, n);
        }
        start = 1;
    }
    for (int i = start; i < body->len; i++) compile_stmt(c, body->items[i]);
    if (u->scope->needs_class_cell) {
        uint32_t idx = 0;
        ListObj *cells = AS_LIST(u->cellvars);
        while (idx < cells->len && !str_eq_cstr(cells->items[idx], "__class__")) idx++;
        emit(c, OP_LOAD_CLOSURE, idx);
        emit(c, OP_COPY, 1);
        compile_name(c, "__classcell__", CTX_STORE, n);
    } else {
        emit_load_const(c, V_NONE);
    }
    emit(c, OP_RETURN_VALUE, 0);
    Value code = unit_finish(c);
    if (!code) return;
    set_pos(c, n);
    emit(c, OP_LOAD_BUILD_CLASS, 0);
    if (n->u.classdef.keywords.len) emit(c, OP_PUSH_NULL, 0);
    make_closure(c, AS_CODE(code), 0);
    emit_load_const(c, name);
    NodeList *bases = &n->u.classdef.bases;
    for (int i = 0; i < bases->len; i++) {
        if (bases->items[i]->kind == N_STARRED) {
            compile_error(c, bases->items[i], "atoll does not support starred class bases");
            return;
        }
        compile_expr(c, bases->items[i]);
    }
    set_pos(c, n);
    if (!validate_keywords(c, &n->u.classdef.keywords, n)) return;
    if (n->u.classdef.keywords.len) {
        compile_call_kwargs(c, &n->u.classdef.keywords, 2 + bases->len);
    } else {
        emit(c, OP_CALL, 2 + bases->len);
    }
    for (int i = 0; i < n->u.classdef.decorators.len; i++) emit(c, OP_CALL, 1);
    compile_name(c, n->u.classdef.name, CTX_STORE, n);
}

/* Class keywords (metaclass=...) make a CALL_KW on __build_class__; the
 * caller pushed the NULL below the arguments. */
static void compile_call_kwargs(Compiler *c, NodeList *keywords, int npos)
{
    Value names = tuple_new(keywords->len);
    for (int i = 0; i < keywords->len; i++) {
        Node *k = keywords->items[i];
        if (!k->u.keyword.arg) {
            compile_error(c, k, "atoll does not support ** in class keywords");
            return;
        }
        TUPLE_ITEM(names, i) = intern_id(c, k->u.keyword.arg);
        compile_expr(c, k->u.keyword.value);
    }
    /* CALL_KW wants [f, NULL, args..., kwnames]: the NULL goes under the args */
    emit_load_const(c, names);
    emit(c, OP_CALL_KW, (uint32_t)(npos + keywords->len));
}

/* --- statements ------------------------------------------------------------------- */

void compile_stmt(Compiler *c, Node *n)
{
    if (c->failed) return;
    if (++c->depth > MAX_COMPILE_DEPTH) {
        compile_too_deep(c);
        return;
    }
    set_pos(c, n);
    switch (n->kind) {
    case N_FUNCDEF: compile_function_def(c, n); break;
    case N_CLASSDEF: compile_class(c, n); break;
    case N_RETURN: compile_return(c, n); break;
    case N_DELETE:
        for (int i = 0; i < n->u.del.targets.len; i++) compile_delete(c, n->u.del.targets.items[i]);
        break;
    case N_ASSIGN: compile_assign(c, n); break;
    case N_AUGASSIGN: compile_augassign(c, n); break;
    case N_ANNASSIGN: compile_annassign(c, n); break;
    case N_FOR: compile_for(c, n); break;
    case N_WHILE: compile_while(c, n); break;
    case N_IF: compile_if(c, n); break;
    case N_WITH: compile_with_items(c, n, 0); break;
    case N_RAISE: compile_raise(c, n); break;
    case N_TRY: compile_try(c, n); break;
    case N_ASSERT: compile_assert(c, n); break;
    case N_IMPORT: compile_import(c, n); break;
    case N_IMPORTFROM: compile_importfrom(c, n); break;
    case N_GLOBAL: case N_NONLOCAL: case N_PASS: break;
    case N_BREAK: compile_break_continue(c, n, true); break;
    case N_CONTINUE: compile_break_continue(c, n, false); break;
    case N_EXPR:
        if (c->interactive && c->u->scope->kind == SC_MODULE) {
            compile_expr(c, n->u.value.value);
            set_pos(c, n);
            emit(c, OP_PRINT_EXPR, 0);
        } else if (n->u.value.value->kind != N_CONSTANT) {
            compile_expr(c, n->u.value.value);
            emit(c, OP_POP_TOP, 0);
        }
        break;
    default:
        compile_error(c, n, "unsupported statement");
    }
    c->depth--;
}

void compile_body(Compiler *c, NodeList *body)
{
    for (int i = 0; i < body->len && !c->failed; i++) compile_stmt(c, body->items[i]);
}

/* CPython's find_ann: an annotated assignment anywhere in the block,
 * compound statements included, nested functions and classes not. */
static bool has_annotations(NodeList *body)
{
    for (int i = 0; i < body->len; i++) {
        Node *s = body->items[i];
        switch (s->kind) {
        case N_ANNASSIGN:
            return true;
        case N_FOR:
            if (has_annotations(&s->u.for_.body) || has_annotations(&s->u.for_.orelse)) return true;
            break;
        case N_WHILE:
        case N_IF:
            if (has_annotations(&s->u.cond.body) || has_annotations(&s->u.cond.orelse)) return true;
            break;
        case N_WITH:
            if (has_annotations(&s->u.with.body)) return true;
            break;
        case N_TRY:
            if (has_annotations(&s->u.try_.body) || has_annotations(&s->u.try_.orelse) ||
                has_annotations(&s->u.try_.finalbody))
                return true;
            for (int h = 0; h < s->u.try_.handlers.len; h++)
                if (has_annotations(&s->u.try_.handlers.items[h]->u.handler.body)) return true;
            break;
        default:
            break;
        }
    }
    return false;
}

static Value compile_module(Compiler *c, Node *root)
{
    unit_enter(c, root, str_intern_cstr("<module>"), 1);
    if (root->kind == N_EXPRESSION) {
        compile_expr(c, root->u.expression.body);
        emit(c, OP_RETURN_VALUE, 0);
        return unit_finish(c);
    }
    NodeList *body = &root->u.module.body;
    if (has_annotations(body)) emit(c, OP_SETUP_ANNOTATIONS, 0);
    int start = 0;
    if (!c->interactive && body->len && is_docstring(body->items[0])) {
        Node *d = body->items[0]->u.value.value;
        if (c->optimize < 2) {
            set_pos(c, body->items[0]);
            emit_load_const(c, str_new(d->u.constant.text, d->u.constant.len));
            compile_name(c, "__doc__", CTX_STORE, d);
        }
        start = 1;
    }
    /* the future statements: those right after the docstring */
    c->future = body->items + start;
    while (start + c->nfuture < body->len && is_future_import(body->items[start + c->nfuture]))
        future_features(c, body->items[start + c->nfuture++]);
    for (int i = start; i < body->len && !c->failed; i++) compile_stmt(c, body->items[i]);
    c->u->pos.col = c->u->pos.end_col = -1;
    emit_load_const(c, V_NONE);
    emit(c, OP_RETURN_VALUE, 0);
    return unit_finish(c);
}

static void raise_symtable_error(Compiler *c)
{
    Node at = {.lineno = c->st.err_line, .col = c->st.err_col, .end_lineno = c->st.err_end_line,
               .end_col = c->st.err_end_col};
    compile_error(c, &at, "%s", c->st.err_msg);
}

static Value compile_root(Task *t, Node *root, Value filename, const char *src, size_t len, int optimize)
{
    Compiler c = {0};
    c.t = t;
    c.optimize = optimize;
    c.filename = filename;
    c.src = src;
    c.srclen = len;
    c.interactive = root->kind == N_INTERACTIVE;
    if (!symtable_build(&c.st, root)) {
        if (c.st.too_deep) compile_too_deep(&c);
        else raise_symtable_error(&c);
    }
    Value code = c.failed ? 0 : compile_module(&c, root);
    if (!c.failed) return code;
    if (c.error) err_set(t, c.error);
    return 0;
}

Value compile_ast(Task *t, Node *root, Value filename)
{
    return compile_root(t, root, filename, NULL, 0, t->interp->optimize);
}

Value compile_source(Task *t, const char *src, size_t len, const char *filename, ParseMode mode)
{
    return compile_source_opt(t, src, len, filename, mode, t->interp->optimize);
}

Value compile_source_opt(Task *t, const char *src, size_t len, const char *filename, ParseMode mode, int optimize)
{
    ParseError pe;
    Value fname = str_from_cstr(filename);
    Node *root = parse_source(src, len, filename, mode, &pe);
    if (!root) {
        Type *type = !strcmp(pe.kind, "IndentationError") ? &exc_IndentationError
                   : !strcmp(pe.kind, "TabError") ? &exc_TabError : &exc_SyntaxError;
        Value text = pe.text ? str_from_cstr(pe.text) : V_NONE;
        int off, end_off;
        parse_error_offsets(&pe, &off, &end_off);
        if (IS_STR(text)) text = str_concat(t, text, str_char('\n'));
        Value info = tuple_pack(6, fname, MAKE_SMALL(pe.lineno), MAKE_SMALL(off), text,
                                MAKE_SMALL(pe.end_lineno), MAKE_SMALL(end_off));
        Value args[2] = {str_from_cstr(pe.msg), info};
        /* an error with no line (undecodable source) has no location at all */
        Value exc = exc_new(t, type, args, pe.lineno > 0 ? 2 : 1);
        return exc ? err_set(t, exc) : 0;
    }
    return compile_root(t, root, fname, src, len, optimize);
}
