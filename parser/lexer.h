/* lexer.h - Python's tokenizer, as the grammar and the tests see it.
 *
 * The lexer turns a NUL-terminated UTF-8 buffer into the grammar's tokens
 * (T_* from grammar.h), with INDENT/DEDENT/NEWLINE computed as CPython's
 * tokenizer does. Tokens pass through a queue so that the parser side can
 * look ahead (parenthesized `with` items, error messages) without rescanning. */
#ifndef ATOLL_LEXER_H
#define ATOLL_LEXER_H

#include "pstate.h"

#define LEX_MAXINDENT 100   /* CPython's MAXINDENT */
#define LEX_MAXLEVEL 200    /* CPython's MAXLEVEL: bracket nesting */

typedef struct Token {
    int kind;       /* T_* from grammar.h */
    SrcSpan loc;
    int level;      /* bracket depth after this token, as CPython records it */
    char bracket;   /* the innermost open bracket after it, or 0 */
    union {
        const char *str;   /* T_NAME */
        Node *node;        /* T_NUMBER: an N_CONSTANT */
        StrTok *stok;      /* T_STRING */
    } v;
} Token;

typedef struct Lexer {
    const char *buf, *end;      /* NUL-terminated copy; end = buf + len */
    const char *cur;            /* scan position */
    const char *line_start;     /* start of the physical line being scanned */
    int lineno;                 /* of cur, in the caller's numbering */
    int col_base;               /* added to columns on the first line (f-strings) */
    int first_lineno;

    int layout;                 /* emit INDENT/DEDENT (file and single modes) */
    int atbol;                  /* at the beginning of a physical line */
    int pendin;                 /* > 0: INDENTs to emit; < 0: DEDENTs */
    int indent;
    int indstack[LEX_MAXINDENT], altindstack[LEX_MAXINDENT];
    int level;
    char parenstack[LEX_MAXLEVEL];
    int parenline[LEX_MAXLEVEL], parencol[LEX_MAXLEVEL];
    int start_kind;             /* mode token, emitted first; 0 once sent */
    int last_kind;              /* last scanned token (for the final NEWLINE) */
    int eof_state;              /* 0 scanning; 1 ENDMARKER sent or error */
    int last_line;              /* number of the last line of the buffer */

    const ParseError *end_error;  /* raised on reaching the end (bad bytes follow) */
    ParseError err;             /* the first tokenizer error */
    int err_class;              /* ERRC_TOKEN or ERRC_TOKEN_HARD once set */
    int err_unclosed;           /* the error is "'(' was never closed" */

    /* scanned tokens not yet consumed: q[qhead .. qhead+qlen) in a ring */
    Token *q;
    int qhead, qlen, qcap;
    int furthest_line;          /* line of the furthest token the parser looked at */

    /* what the parser consumed, for error messages */
    Token prev[3];              /* prev[0]: the last token consumed */
    int nconsumed;
    int last_real_kind;         /* last consumed token other than INDENT/DEDENT */
    int head_kind, head_line, head_col;   /* first token of the current logical line */
    const char *head_name;      /* its text when it is a NAME, else NULL */
    int nl_head_kind, nl_head_line;   /* ... of the line the last NEWLINE ended */
} Lexer;

/* mode_token: T_START_FILE, T_START_EVAL, T_START_SINGLE or T_START_FSTRING.
 * src must be NUL-terminated at src[len] and hold no other NUL; first_line and
 * first_col place it in a larger file (f-string expressions). */
Lexer *lexer_new(const char *src, size_t len, int mode_token, int first_line, int first_col);

/* The next token for the parser. */
Token lexer_next(Lexer *lx);

/* The i-th token after the last one consumed (0 = the next), scanning ahead
 * as needed; stays at ENDMARKER/ERRORTOKEN at the end. */
const Token *lexer_peek(Lexer *lx, int i);

/* Notes that the parser side looked at a token (for CPython's rule that an
 * unclosed bracket wins over an error on a later line). */
void lexer_note_fetch(Lexer *lx, const Token *t);

/* Scans what is left of the input (after a parser error) so that a later
 * tokenizer error can be reported instead, as CPython does. */
void lexer_drain(Lexer *lx);

#endif
