/* compiler.h - the compiler's internal state, shared by compile.c
 * (statements), compile_expr.c (expressions) and assemble.c (turning the
 * instruction list into a code object). */
#ifndef ATOLL_COMPILER_H
#define ATOLL_COMPILER_H

#include "object.h"
#include "ast.h"
#include "code.h"
#include "opcodes.h"
#include "symtable.h"

/* Markers that exist only while compiling: they bracket the code a handler
 * protects, and become the exception table. */
enum { PSEUDO_SETUP = OP_COUNT, PSEUDO_POP_BLOCK, PSEUDO_COUNT };

typedef struct Instr {
    uint8_t op;
    uint32_t arg;
    int target;                /* label for jumps and SETUP, else -1 */
    SrcPos pos;
} Instr;

/* What a break, continue or return must undo on its way out. */
typedef enum FBlockKind {
    FB_WHILE, FB_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END, FB_WITH,
    FB_HANDLER_CLEANUP, FB_EXCEPTION_HANDLER
} FBlockKind;

typedef struct FBlock {
    FBlockKind kind;
    int top, exit;             /* loop labels: continue target, break target */
    int handler;               /* SETUP label to re-push after an early exit */
    Node *node;                /* try statement (finally body), handler name */
} FBlock;

#define MAX_FBLOCKS 20

typedef struct Unit {
    struct Unit *parent;
    Scope *scope;
    Instr *code;
    int ncode, cap;
    int *labels;
    int nlabels, labcap;
    Value consts, names, varnames, cellvars, freevars;   /* lists */
    DictObj *const_map, *name_map, *var_map;
    int argcount, posonly, kwonly, flags;
    Value name, qualname, doc;
    int firstlineno;
    FBlock fblocks[MAX_FBLOCKS];
    int nfblocks;
    SrcPos pos;                /* position given to emitted instructions */
} Unit;

typedef struct Compiler {
    Task *t;
    SymTable st;
    Value filename;
    const char *src;
    size_t srclen;
    Unit *u;
    bool failed;
    Value error;               /* the first failure's exception, raised at the end: kept
                                * out of the task meanwhile, so that constant folding,
                                * which clears the errors it causes, cannot lose it */
    bool interactive;
    bool future_annotations;   /* from __future__ import annotations (PEP 563) */
    Node **future;             /* the module's leading `from __future__` imports */
    int nfuture;
    int optimize;              /* the -O level the code is compiled for */
    int depth;                 /* AST nesting, bounded against C stack overflow */
} Compiler;

/* emitting */
int emit(Compiler *c, int op, uint32_t arg);
int emit_jump(Compiler *c, int op, int label);
int new_label(Compiler *c);
void place_label(Compiler *c, int label);
void set_pos(Compiler *c, Node *n);
uint32_t add_const(Compiler *c, Value v);
uint32_t add_name(Compiler *c, Value name);
Value intern_id(Compiler *c, const char *id);
/* A name or attribute as the current scope sees it (__x mangled in classes). */
Value intern_private(Compiler *c, const char *id);
void emit_load_const(Compiler *c, Value v);
/* raises SyntaxError at n (once) */
void compile_error(Compiler *c, Node *n, const char *fmt, ...);
/* Nesting the compiler follows recursively, as CPython's limit allows. */
#define MAX_COMPILE_DEPTH 2000
void compile_too_deep(Compiler *c);
void compile_fail(Compiler *c, Value exc);

/* expressions (compile_expr.c) */
void compile_expr(Compiler *c, Node *n);
void compile_jump_if(Compiler *c, Node *n, int label, bool cond);
void compile_store(Compiler *c, Node *target);
void compile_delete(Compiler *c, Node *target);
void compile_name(Compiler *c, const char *id, ExprCtx ctx, Node *at);
bool forbidden_name(Compiler *c, const char *name, ExprCtx ctx, Node *at);
bool validate_keywords(Compiler *c, NodeList *kws, Node *at);
void compile_function_def(Compiler *c, Node *n);
Value const_value(Compiler *c, Node *n);   /* 0 when n is not a constant */
void compile_annotation(Compiler *c, Node *ann);
/* The expression as ast.unparse writes it (unparse.c); 0 on failure. */
Value unparse_expr(Compiler *c, Node *n);
/* Pushes a function made from code, with its closure; flags as MAKE_FUNCTION's
 * (the caller pushed defaults etc. first). */
void make_closure(Compiler *c, CodeObj *code, uint32_t flags);

/* units (compile.c) */
void unit_enter(Compiler *c, Node *node, Value name, int firstlineno);
Value unit_finish(Compiler *c);            /* the code object; leaves the unit */
void compile_body(Compiler *c, NodeList *body);
void compile_stmt(Compiler *c, Node *n);

/* assembly (assemble.c) */
Value assemble(Compiler *c, Unit *u);

#endif
