/* symtable.h - scopes and the resolution of every name to local, global,
 * free (from an enclosing function) or cell (captured by a nested one). */
#ifndef ATOLL_SYMTABLE_H
#define ATOLL_SYMTABLE_H

#include "ast.h"
#include "object.h"

typedef enum ScopeKind { SC_MODULE, SC_CLASS, SC_FUNCTION, SC_COMPREHENSION } ScopeKind;

enum {
    SYM_ASSIGNED = 1 << 0,
    SYM_PARAM    = 1 << 1,
    SYM_USED     = 1 << 2,
    SYM_GLOBAL   = 1 << 3,     /* declared global */
    SYM_NONLOCAL = 1 << 4,     /* declared nonlocal */
    SYM_CHILDFREE= 1 << 5,     /* only passes a free variable through to nested scopes */
    SYM_FREE_CLASS = 1 << 6,   /* bound by a class, yet free in its methods: the class
                                * passes the enclosing function's cell through */
    SYM_ANNOT    = 1 << 7,     /* the target of a simple annotation (x: int) */
};

typedef enum Resolution {
    RES_LOCAL,                 /* fast local of a function */
    RES_CELL,                  /* local captured by a nested scope */
    RES_FREE,                  /* from an enclosing function's cell */
    RES_GLOBAL_EXPLICIT,       /* declared global */
    RES_GLOBAL_IMPLICIT,       /* not bound anywhere enclosing: globals, then builtins */
    RES_NAME,                  /* module or class namespace (LOAD_NAME) */
} Resolution;

typedef struct Symbol {
    const char *name;
    int flags;
    Resolution res;
    Node *first;               /* where it first appeared (a nonlocal's directive), for errors */
} Symbol;

typedef struct Scope Scope;
struct Scope {
    ScopeKind kind;
    Node *node;
    const char *name;
    Scope *parent;
    Symbol *syms;
    int nsyms, cap;
    Scope **children;
    int nchildren, childcap;
    const char **params;       /* parameter names in order */
    int nparams;
    bool generator;
    bool needs_class_cell;     /* class whose methods use super or __class__ */
    bool has_varargs, has_varkw;
    int comp_depth;            /* comprehension nesting (walrus targets go outward) */
    const char *private_;      /* the innermost enclosing class's name: its __names are
                                * mangled to _Class__names (NULL outside classes) */
};

typedef struct SymTable {
    Scope *top;
    /* node -> scope map (open addressing) */
    Node **keys;
    Scope **vals;
    size_t mask, used;
    /* the first error, if any */
    const char *err_msg;
    int err_line, err_col, err_end_line, err_end_col;   /* end_line -1: unknown */
    bool failed;
    bool too_deep;             /* nesting beyond what the compiler follows */
} SymTable;

/* Builds the scopes of a tree; false with st->err_* filled on a SyntaxError. */
bool symtable_build(SymTable *st, Node *root);
Scope *symtable_lookup(SymTable *st, Node *node);
Symbol *scope_find(Scope *s, const char *name);
/* name as code in scope s sees it: "__x" in class C (or in its methods) is
 * "_C__x", as CPython's _Py_Mangle does; other names are unchanged. */
const char *scope_mangle(const Scope *s, const char *name);

#endif
