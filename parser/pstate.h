/* pstate.h - state shared by the lexer, the grammar actions and the parse driver.
 *
 * Everything a parse needs lives in one ParseState (and the Lexer it owns),
 * allocated per call on the GC heap: the parser is reentrant, and f-string
 * expressions are parsed by a nested parse with a state of their own. */
#ifndef ATOLL_PSTATE_H
#define ATOLL_PSTATE_H

#include "ast.h"

/* A source span as Bison's locations want it: 1-based lines, 0-based byte
 * columns, last_column exclusive. */
typedef struct SrcSpan {
    int first_line, first_column, last_line, last_column;
} SrcSpan;

/* String literal flags. */
enum { STR_RAW = 1, STR_BYTES = 2, STR_FMT = 4, STR_TRIPLE = 8 };

/* One string literal token as the lexer found it; decoding waits for the
 * grammar so that adjacent literals are joined once. */
typedef struct StrTok {
    const char *body;   /* raw text between the quotes (into the lexer's buffer) */
    size_t len;
    unsigned flags;
    SrcSpan loc;        /* the whole token, prefix and quotes included */
    int body_line, body_col;   /* where body starts */
} StrTok;

/* A run of adjacent string literals. */
typedef struct StrSeq {
    StrTok **items;
    int len, cap;
} StrSeq;

/* Error classes, in increasing strength for the "scan the rest" rule. */
enum {
    ERRC_NONE = 0,
    ERRC_PARSER,     /* grammar or action: later tokenizer errors override it */
    ERRC_TOKEN,      /* tokenizer error raised when its token is reached */
    ERRC_TOKEN_HARD  /* tokenizer error that wins even when found after a parser error */
};

/* One call parameter or one function parameter, before validation. */
typedef struct ArgItem {
    int kind;           /* ARG_* below */
    Node *name;         /* N_ARG for parameters; keyword target expr for calls */
    Node *value;        /* default, or the argument expression */
    SrcSpan loc;        /* the whole item */
    SrcSpan op_loc;     /* '=' or '*'/'**' token, for error carets */
    SrcSpan name_loc;   /* keyword arguments: the span of what precedes '=' */
} ArgItem;

enum {
    /* call arguments */
    ARG_POS, ARG_STAR, ARG_KW, ARG_DSTAR, ARG_GENEXP,
    /* parameters */
    PAR_PLAIN, PAR_DEFAULT, PAR_SLASH, PAR_STAR_BARE, PAR_STAR, PAR_DSTAR
};

typedef struct ArgList {
    ArgItem *items;
    int len, cap;
    int trailing_comma;
} ArgList;

/* `a = b = c`: every part in order, with the source spans of the first and
 * last parts (to tell a parenthesized target from a bare one). */
typedef struct AssignChain {
    NodeList nodes;
    SrcSpan first_loc, last_loc;
} AssignChain;

/* The tail of a comparison chain: `< b > c`. */
typedef struct CmpChain {
    CmpOpKind *ops;
    NodeList rights;
} CmpChain;

/* A block of statements and where its last non-blank token ends (a `;`
 * after the last statement counts, as in CPython's node spans). */
typedef struct Block {
    NodeList body;
    int end_line, end_col;
} Block;

/* A list of identifiers (global, nonlocal, dotted names). */
typedef struct NameList {
    const char **names;
    int len, cap;
} NameList;

struct Lexer;

#define PS_IFSTACK 64
#define PS_BARE 64

typedef struct ParseState {
    struct Lexer *lx;
    int mode;               /* ParseMode, or PARSE_FSTRING_EXPR below */
    Node *result;
    ParseError err;
    int err_class;          /* ERRC_* */
    int fdepth;             /* f-string nesting depth of this parse */
    int no_drain;           /* the error stands even if a tokenizer error follows */
    int err_at_eof;         /* the parser ran out of input (the REPL needs more) */
    int err_final;          /* an f-string error already placed for the outer parse */

    /* Bookkeeping for CPython-style error messages (no effect on the tree). */
    Node *last_or;          /* last expression reduced at disjunction level */
    SrcSpan last_or_loc;
    int ifexp_sp;           /* open `a if b` heads */
    Node *bare[PS_BARE];    /* the latest tuples written without brackets */
    int nbare;
    SrcSpan ifexp_head[PS_IFSTACK];
} ParseState;

/* Internal mode: the expression of an f-string replacement field. */
#define PARSE_FSTRING_EXPR 3

/* Records an error (the first one wins) located at a span. */
void ps_error_at(ParseState *ps, const char *kind, int lineno, int col, int end_lineno, int end_col,
                 const char *msg);
void ps_error_span(ParseState *ps, SrcSpan loc, const char *msg);
void ps_error_node(ParseState *ps, const Node *n, const char *msg);
char *ps_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Nodes from grammar locations. */
Node *ast_at(NodeKind kind, SrcSpan loc);
void ast_set_span(Node *n, SrcSpan loc);

/* Grammar helpers (parser/astbuild.c). */
int ast_set_context(ParseState *ps, Node *n, ExprCtx ctx, int for_target);
Node *ast_make_assign(ParseState *ps, AssignChain *chain, SrcSpan loc);
Node *ast_make_augassign(ParseState *ps, Node *target, SrcSpan tloc, BinOpKind op, Node *value,
                         SrcSpan loc);
Node *ast_make_annassign(ParseState *ps, Node *target, SrcSpan tloc, Node *ann, Node *value,
                         SrcSpan loc);
Node *ast_make_delete(ParseState *ps, Node *targets, SrcSpan tloc, SrcSpan loc);
int ast_check_args(ParseState *ps, ArgList *args, SrcSpan close_loc);
void ast_split_args(ArgList *args, NodeList *pos, NodeList *kw);
int ast_check_kwarg(ParseState *ps, Node *target, SrcSpan tloc, SrcSpan eq);
Node *ast_make_arguments(ParseState *ps, ArgList *params, const SrcSpan *lambda_colon);
Node *ast_make_namedexpr(ParseState *ps, Node *target, SrcSpan tloc, Node *value, SrcSpan loc);
void cmpchain_push(CmpChain *c, CmpOpKind op, Node *right);
void namelist_push(NameList *l, const char *name);
int ast_is_parenthesized(const Node *n, SrcSpan loc);
Node *ps_bare_tuple(ParseState *ps, Node *tuple);
int ps_is_bare_tuple(const ParseState *ps, const Node *n);
Node *ast_make_if_chain(Node *first, NodeList *elifs, Block *orelse);
void ast_end_at(Node *n, const Block *b);
Node *ast_seq(NodeKind kind, NodeList elts, SrcSpan loc);
int ast_check_comprehension_elt(ParseState *ps, Node *elt);
void arglist_push(ArgList *l, ArgItem item);
const char *ast_expr_name(const Node *n);

/* Strings (parser/strlit.c, parser/fstring.c). */
void strseq_push(StrSeq **seq, StrTok *t);
Node *strings_to_node(ParseState *ps, StrSeq *seq, SrcSpan loc, SrcSpan next_loc);
int str_decode(ParseState *ps, const StrTok *t, const char *s, size_t n, int is_bytes,
               char **out, size_t *outlen, SrcSpan err_loc);

/* Where an f-string field's expression sits: its first character, the `{`
 * before it and the character after it (`}`, `!`, `:` or `=`). */
typedef struct FExprPos {
    int line, col, brace_line, brace_col, end_line, end_col;
} FExprPos;

/* Parses the expression of an f-string replacement field, src[0..len), with
 * a nested parser (parse.c). CPython parses it as "(expr)" and reports errors
 * relative to that text. */
Node *parse_fstring_expr(ParseState *outer, const char *src, size_t len, const FExprPos *at);

/* The source line `lineno` of a buffer, without its newline (GC string). */
char *source_line(const char *src, size_t len, int lineno);

#endif
