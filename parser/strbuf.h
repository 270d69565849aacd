/* strbuf.h - a growable GC byte buffer, and the f-string splitter's state
 * (strlit.c joins literals, fstring.c splits f-strings into parts). */
#ifndef ATOLL_STRBUF_H
#define ATOLL_STRBUF_H

#include "pstate.h"

typedef struct StrBuf {
    char *s;        /* NUL-terminated once anything was put */
    size_t len, cap;
} StrBuf;

void strbuf_put(StrBuf *b, const char *s, size_t n);
void strbuf_putc(StrBuf *b, char c);
void strbuf_put_utf8(StrBuf *b, unsigned cp);

/* Adjacent literals being joined into one JoinedStr. */
typedef struct FStringCtx {
    ParseState *ps;
    SrcSpan whole;      /* all the adjacent literals: the span of every part */
    SrcSpan err_loc;    /* where CPython 3.11 reports f-string errors: the next token */
    StrBuf pending;     /* literal text not yet turned into a Constant */
    NodeList values;
} FStringCtx;

int fstring_parse_into(FStringCtx *fc, const StrTok *t);
void fstring_flush(FStringCtx *fc, NodeList *into, SrcSpan loc);
Node *str_constant_node(const char *s, size_t n, SrcSpan loc);

#endif
