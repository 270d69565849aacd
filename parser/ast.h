/* ast.h - the abstract syntax tree the parser builds and the compiler reads.
 *
 * The shapes follow CPython's `ast` module so that its documentation describes
 * them. Nodes live on the GC heap; identifiers are NUL-terminated UTF-8 C
 * strings (the compiler interns them); literals stay raw data so the parser
 * needs nothing from the runtime. Every node carries its source span:
 * 1-based lines, 0-based byte columns, as CPython's ast does. */
#ifndef ATOLL_AST_H
#define ATOLL_AST_H

#include <stddef.h>
#include <stdint.h>

typedef struct Node Node;

typedef struct NodeList {
    Node **items;
    int len, cap;
} NodeList;

typedef enum NodeKind {
    /* roots */
    N_MODULE,        /* module.body */
    N_EXPRESSION,    /* expression.body: what eval() compiles */
    N_INTERACTIVE,   /* module.body: one REPL entry; expression statements echo */
    /* statements */
    N_FUNCDEF, N_CLASSDEF, N_RETURN, N_DELETE, N_ASSIGN, N_AUGASSIGN, N_ANNASSIGN,
    N_FOR, N_WHILE, N_IF, N_WITH, N_RAISE, N_TRY, N_ASSERT, N_IMPORT, N_IMPORTFROM,
    N_GLOBAL, N_NONLOCAL, N_EXPR, N_PASS, N_BREAK, N_CONTINUE,
    /* expressions */
    N_BOOLOP, N_NAMEDEXPR, N_BINOP, N_UNARYOP, N_LAMBDA, N_IFEXP, N_DICT, N_SET,
    N_LISTCOMP, N_SETCOMP, N_DICTCOMP, N_GENEXP, N_YIELD, N_YIELDFROM, N_COMPARE,
    N_CALL, N_FORMATTEDVALUE, N_JOINEDSTR, N_CONSTANT, N_ATTRIBUTE, N_SUBSCRIPT,
    N_STARRED, N_NAME, N_LIST, N_TUPLE, N_SLICE,
    /* helpers */
    N_ARGUMENTS, N_ARG, N_KEYWORD, N_ALIAS, N_COMPREHENSION, N_EXCEPTHANDLER, N_WITHITEM,
    N_KIND_COUNT
} NodeKind;

/* Expression context, as CPython's Load/Store/Del. The parser sets STORE/DEL on
 * assignment, for, with, del and comprehension targets (recursively through
 * tuples, lists and starred). */
typedef enum ExprCtx { CTX_LOAD, CTX_STORE, CTX_DEL } ExprCtx;

typedef enum BoolOpKind { BOOL_AND, BOOL_OR } BoolOpKind;

/* Binary operators, in CPython's `ast` order; augmented assignment uses them too. */
typedef enum BinOpKind {
    BIN_ADD, BIN_SUB, BIN_MULT, BIN_MATMULT, BIN_DIV, BIN_MOD, BIN_POW,
    BIN_LSHIFT, BIN_RSHIFT, BIN_BITOR, BIN_BITXOR, BIN_BITAND, BIN_FLOORDIV,
    BIN_COUNT
} BinOpKind;

typedef enum UnaryOpKind { UN_INVERT, UN_NOT, UN_UADD, UN_USUB } UnaryOpKind;

typedef enum CmpOpKind {
    CMP_EQ, CMP_NOTEQ, CMP_LT, CMP_LTE, CMP_GT, CMP_GTE,
    CMP_IS, CMP_ISNOT, CMP_IN, CMP_NOTIN
} CmpOpKind;

typedef enum ConstKind {
    CONST_NONE, CONST_TRUE, CONST_FALSE, CONST_ELLIPSIS,
    CONST_INT,    /* text: digits only, underscores and prefix removed; base in `base` */
    CONST_FLOAT,  /* f */
    CONST_IMAG,   /* f: the imaginary part of `3j`; the compiler rejects complex */
    CONST_STR,    /* text/len: decoded UTF-8 (escapes processed, adjacent literals joined) */
    CONST_BYTES   /* text/len: raw bytes */
} ConstKind;

struct Node {
    NodeKind kind;
    int lineno, col, end_lineno, end_col;
    union {
        /* N_MODULE, N_INTERACTIVE */
        struct { NodeList body; } module;
        /* N_EXPRESSION */
        struct { Node *body; } expression;

        /* N_FUNCDEF; also N_LAMBDA (name NULL, body holds one N_RETURN of the lambda's
         * expression, decorators empty). args is an N_ARGUMENTS node. */
        struct { const char *name; Node *args; NodeList body; NodeList decorators; Node *returns; } funcdef;
        /* N_CLASSDEF: keywords are N_KEYWORD nodes */
        struct { const char *name; NodeList bases; NodeList keywords; NodeList body; NodeList decorators; } classdef;
        /* N_RETURN, N_EXPR, N_YIELD, N_YIELDFROM (value may be NULL for return/yield) */
        struct { Node *value; } value;
        /* N_DELETE */
        struct { NodeList targets; } del;
        /* N_ASSIGN: a = b = value has targets [a, b] */
        struct { NodeList targets; Node *value; } assign;
        /* N_AUGASSIGN */
        struct { Node *target; BinOpKind op; Node *value; } augassign;
        /* N_ANNASSIGN: value may be NULL; simple is 1 for a plain unparenthesized name */
        struct { Node *target; Node *annotation; Node *value; int simple; } annassign;
        /* N_FOR */
        struct { Node *target; Node *iter; NodeList body; NodeList orelse; } for_;
        /* N_WHILE, N_IF (elif is an N_IF alone in orelse) */
        struct { Node *test; NodeList body; NodeList orelse; } cond;
        /* N_WITH: items are N_WITHITEM */
        struct { NodeList items; NodeList body; } with;
        /* N_RAISE: both may be NULL */
        struct { Node *exc; Node *cause; } raise;
        /* N_TRY: handlers are N_EXCEPTHANDLER */
        struct { NodeList body; NodeList handlers; NodeList orelse; NodeList finalbody; } try_;
        /* N_ASSERT: msg may be NULL */
        struct { Node *test; Node *msg; } assert_;
        /* N_IMPORT: names are N_ALIAS */
        struct { NodeList names; } import;
        /* N_IMPORTFROM: module may be NULL (from . import x); a single alias named "*" means star */
        struct { const char *module; NodeList names; int level; } importfrom;
        /* N_GLOBAL, N_NONLOCAL */
        struct { const char **names; int len; } names;

        /* N_BOOLOP: two or more values */
        struct { BoolOpKind op; NodeList values; } boolop;
        /* N_NAMEDEXPR: target is an N_NAME in CTX_STORE */
        struct { Node *target; Node *value; } namedexpr;
        /* N_BINOP */
        struct { Node *left; BinOpKind op; Node *right; } binop;
        /* N_UNARYOP */
        struct { UnaryOpKind op; Node *operand; } unaryop;
        /* N_IFEXP */
        struct { Node *test; Node *body; Node *orelse; } ifexp;
        /* N_DICT: a NULL key means `**values[i]` */
        struct { NodeList keys; NodeList values; } dict;
        /* N_SET, N_LIST, N_TUPLE (ctx matters for list and tuple) */
        struct { NodeList elts; ExprCtx ctx; } seq;
        /* N_LISTCOMP, N_SETCOMP, N_GENEXP (value unused), N_DICTCOMP (elt is the key);
         * generators are N_COMPREHENSION */
        struct { Node *elt; Node *value; NodeList generators; } comp;
        /* N_COMPARE: ops[i] sits between comparators (left is comparators[-1]) */
        struct { Node *left; CmpOpKind *ops; NodeList comparators; } compare;
        /* N_CALL: args may hold N_STARRED for *x; keywords are N_KEYWORD (arg NULL for **x) */
        struct { Node *func; NodeList args; NodeList keywords; } call;
        /* N_FORMATTEDVALUE: conversion is -1, 's', 'r' or 'a'; format_spec an N_JOINEDSTR or NULL.
         * For f"{x=}" the parser emits the literal text "x=" before this node and, when
         * neither conversion nor format spec is given, sets conversion to 'r', as CPython does. */
        struct { Node *value; int conversion; Node *format_spec; } fvalue;
        /* N_JOINEDSTR: values are N_CONSTANT (CONST_STR) and N_FORMATTEDVALUE */
        struct { NodeList values; } joined;
        /* N_CONSTANT */
        struct { ConstKind kind; const char *text; size_t len; double f; int base; } constant;
        /* N_ATTRIBUTE */
        struct { Node *value; const char *attr; ExprCtx ctx; } attribute;
        /* N_SUBSCRIPT: slice is an expression, an N_SLICE, or an N_TUPLE that may hold N_SLICEs */
        struct { Node *value; Node *slice; ExprCtx ctx; } subscript;
        /* N_STARRED */
        struct { Node *value; ExprCtx ctx; } starred;
        /* N_NAME */
        struct { const char *id; ExprCtx ctx; } name;
        /* N_SLICE: any part may be NULL */
        struct { Node *lower; Node *upper; Node *step; } slice;

        /* N_ARGUMENTS: posonlyargs, args, kwonlyargs are N_ARG lists; defaults apply to the
         * last len(defaults) of posonlyargs+args; kw_defaults parallels kwonlyargs (NULL entries
         * for none); vararg/kwarg may be NULL */
        struct { NodeList posonlyargs; NodeList args; Node *vararg; NodeList kwonlyargs;
                 NodeList kw_defaults; Node *kwarg; NodeList defaults; } arguments;
        /* N_ARG: annotation may be NULL */
        struct { const char *arg; Node *annotation; } arg;
        /* N_KEYWORD: arg NULL means **value */
        struct { const char *arg; Node *value; } keyword;
        /* N_ALIAS: name may be dotted ("a.b.c"); asname may be NULL */
        struct { const char *name; const char *asname; } alias;
        /* N_COMPREHENSION: ifs are conditions */
        struct { Node *target; Node *iter; NodeList ifs; } comprehension;
        /* N_EXCEPTHANDLER: type and name may be NULL */
        struct { Node *type; const char *name; NodeList body; } handler;
        /* N_WITHITEM: optional_vars may be NULL */
        struct { Node *context_expr; Node *optional_vars; } withitem;
    } u;
};

/* A syntax error found by the lexer or parser. kind is "SyntaxError",
 * "IndentationError" or "TabError"; lineno/col locate the caret (col 0-based
 * byte offset into the line; end_col exclusive, for ^^^ ranges; equal to col+1
 * for a single caret). text is the offending source line without its newline
 * (NULL when there is none, e.g. at end of file).
 * Special values copy CPython 3.11's SyntaxError attributes: col -1 means
 * offset 0 (no caret), end_col -1 end_offset 0 and -2 end_offset -1; lineno
 * 0 means no location. parse_error_offsets() (parser/parse.h) gives CPython's
 * exact offset/end_offset, parse_error_format() its printed text. */
typedef struct ParseError {
    const char *kind;
    const char *msg;
    const char *text;
    int lineno, col, end_lineno, end_col;
    int offsets_in_bytes;   /* CPython counts this error's offsets in bytes (grammar
                               errors in files), not characters (tokenizer errors) */
} ParseError;

typedef enum ParseMode { PARSE_FILE, PARSE_EVAL, PARSE_SINGLE } ParseMode;

/* Parses UTF-8 source. Returns the root (N_MODULE, N_EXPRESSION or
 * N_INTERACTIVE by mode), or NULL with *err filled. Thread-safe: all state
 * lives in the call. */
Node *parse_source(const char *src, size_t len, const char *filename, ParseMode mode, ParseError *err);

/* PARSE_SINGLE needs to know whether an interactive entry is complete: returns
 * 1 when src parses (or fails for a reason more input cannot fix), 0 when more
 * lines are needed (open bracket, open block, continuation, open triple quote). */
int parse_is_complete(const char *src, size_t len);

/* Node construction for the parser's actions. */
Node *ast_new(NodeKind kind, int lineno, int col, int end_lineno, int end_col);
void ast_list_push(NodeList *list, Node *node);

#endif
