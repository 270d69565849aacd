/* code.h - code objects: the compiled, immutable form of a module, class
 * body, function or comprehension. A code object is shared by every
 * interpreter that runs it (process-wide module cache), so nothing in it
 * changes after compilation: inline caches live in functions, not here. */
#ifndef ATOLL_CODE_H
#define ATOLL_CODE_H

#include "object.h"

/* One protected range of the exception table: an exception raised by an
 * instruction in [start, end) truncates the stack to depth, pushes the
 * exception (and, when lasti, the raising instruction's index first) and
 * jumps to target. Inner ranges come first. */
typedef struct ExcEntry {
    uint32_t start, end, target;
    uint16_t depth;
    uint16_t lasti;
} ExcEntry;

/* Source position of one instruction (for tracebacks and their carets). */
typedef struct SrcPos {
    int32_t lineno, end_lineno;
    int16_t col, end_col;      /* -1 when unknown */
} SrcPos;

enum {
    CO_VARARGS   = 1 << 0,
    CO_VARKW     = 1 << 1,
    CO_GENERATOR = 1 << 2,
    CO_NEWLOCALS = 1 << 3,     /* function scope (not a module or class body) */
    CO_SIMPLE    = 1 << 4,     /* positional parameters only: the fast call path */
    CO_HAS_CELLS = 1 << 5,
    CO_NESTED    = 1 << 6,     /* inside a function or comprehension, at any depth */
};

typedef struct CodeObj {
    Obj hdr;
    const uint32_t *code;
    const SrcPos *pos;         /* parallel to code */
    const ExcEntry *exctab;
    uint32_t ncode, nexc;
    Value consts;              /* tuple of immutable values */
    Value names;               /* tuple of interned str: globals, attributes */
    Value varnames;            /* tuple: parameters first, then other locals */
    Value cellvars;            /* tuple: locals that closures capture */
    Value freevars;            /* tuple: variables taken from the enclosing scope */
    const int32_t *cell2arg;   /* per cellvar: the parameter it starts from, or -1 */
    uint16_t argcount, posonlyargcount, kwonlyargcount;
    uint16_t flags;
    uint32_t nlocals, ncells;  /* ncells = len(cellvars) + len(freevars) */
    uint32_t stacksize, ncaches;
    uint32_t framesize;        /* slots: nlocals + ncells + stacksize */
    Value name, qualname, filename;
    Value doc;                 /* the docstring, or None */
    int firstlineno;
} CodeObj;

extern Type code_type;
#define AS_CODE(v) ((CodeObj *)(v))

void code_dump(const CodeObj *co);

/* Line of the instruction at index i. */
int code_line(const CodeObj *co, uint32_t i);

#endif
