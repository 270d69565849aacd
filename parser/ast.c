/* ast.c - node construction and the small helpers every parser file uses:
 * nodes and lists on the GC heap, formatted GC strings, error recording. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <gc/gc.h>

#include "pstate.h"

Node *ast_new(NodeKind kind, int lineno, int col, int end_lineno, int end_col)
{
    Node *n = GC_MALLOC(sizeof *n);
    n->kind = kind;
    n->lineno = lineno;
    n->col = col;
    n->end_lineno = end_lineno;
    n->end_col = end_col;
    return n;
}

void ast_list_push(NodeList *list, Node *node)
{
    if (list->len == list->cap) {
        int ncap = list->cap ? list->cap * 2 : 4;
        Node **items = GC_MALLOC(sizeof(Node *) * (size_t)ncap);
        if (list->len)
            memcpy(items, list->items, sizeof(Node *) * (size_t)list->len);
        list->items = items;
        list->cap = ncap;
    }
    list->items[list->len++] = node;
}

Node *ast_at(NodeKind kind, SrcSpan loc)
{
    return ast_new(kind, loc.first_line, loc.first_column, loc.last_line, loc.last_column);
}

void ast_set_span(Node *n, SrcSpan loc)
{
    n->lineno = loc.first_line;
    n->col = loc.first_column;
    n->end_lineno = loc.last_line;
    n->end_col = loc.last_column;
}

char *ps_printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *s = GC_MALLOC_ATOMIC((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return s;
}

void ps_error_at(ParseState *ps, const char *kind, int lineno, int col, int end_lineno, int end_col,
                 const char *msg)
{
    if (ps->err_class)
        return;
    ps->err.kind = kind;
    ps->err.msg = msg;
    ps->err.text = NULL;
    ps->err.lineno = lineno;
    ps->err.col = col;
    ps->err.end_lineno = end_lineno;
    ps->err.end_col = end_col;
    ps->err.offsets_in_bytes = 1;
    ps->err_class = ERRC_PARSER;
}

void ps_error_span(ParseState *ps, SrcSpan loc, const char *msg)
{
    ps_error_at(ps, "SyntaxError", loc.first_line, loc.first_column, loc.last_line, loc.last_column, msg);
}

void ps_error_node(ParseState *ps, const Node *n, const char *msg)
{
    ps_error_at(ps, "SyntaxError", n->lineno, n->col, n->end_lineno, n->end_col, msg);
}
