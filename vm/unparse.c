/* unparse.c - an expression back to source text, as CPython's ast.unparse
 * writes it: what `from __future__ import annotations` keeps of an
 * annotation (PEP 563). Annotations are names, attributes, subscripts,
 * constants and operators; those are rebuilt from the tree with
 * ast.unparse's precedence rules, so `Dict[str,int]` reads 'Dict[str, int]'.
 * Rarer forms (lambdas, f-strings, comprehensions...) keep their source
 * text as written. */
#include <string.h>
#include "compiler.h"
#include "str.h"

/* ast.unparse's precedence levels, lowest first. */
enum {
    P_TUPLE = 1, P_TEST, P_OR, P_AND, P_NOT, P_CMP, P_EXPR, P_BOR = P_EXPR, P_BXOR, P_BAND, P_SHIFT,
    P_ARITH, P_TERM, P_FACTOR, P_POWER, P_ATOM
};

static const struct { const char *text; int prec; } binops[BIN_COUNT] = {
    [BIN_ADD] = {"+", P_ARITH}, [BIN_SUB] = {"-", P_ARITH}, [BIN_MULT] = {"*", P_TERM},
    [BIN_MATMULT] = {"@", P_TERM}, [BIN_DIV] = {"/", P_TERM}, [BIN_MOD] = {"%", P_TERM},
    [BIN_POW] = {"**", P_POWER}, [BIN_LSHIFT] = {"<<", P_SHIFT}, [BIN_RSHIFT] = {">>", P_SHIFT},
    [BIN_BITOR] = {"|", P_BOR}, [BIN_BITXOR] = {"^", P_BXOR}, [BIN_BITAND] = {"&", P_BAND},
    [BIN_FLOORDIV] = {"//", P_TERM},
};

static const char *const cmpops[] = {"==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"};

static bool put(Compiler *c, StrBuf *b, Node *n, int prec);

/* The node's text as written (its span in the source). */
static bool put_source(Compiler *c, StrBuf *b, Node *n)
{
    const char *p = c->src, *end = c->src + c->srclen;
    if (!p) return false;
    for (int line = 1; line < n->lineno && p < end; line++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        p = nl ? nl + 1 : end;
    }
    const char *start = p + n->col;
    for (int line = n->lineno; line < n->end_lineno && p < end; line++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        p = nl ? nl + 1 : end;
    }
    const char *stop = p + n->end_col;
    if (start > end || stop > end || stop < start) return false;
    sb_put(b, start, (size_t)(stop - start));
    return true;
}

static bool put_list(Compiler *c, StrBuf *b, NodeList *l, int prec)
{
    for (int i = 0; i < l->len; i++) {
        if (i) sb_puts(b, ", ");
        if (!put(c, b, l->items[i], prec)) return false;
    }
    return true;
}

static bool put_binop(Compiler *c, StrBuf *b, Node *n)
{
    int p = binops[n->u.binop.op].prec;
    bool right_assoc = n->u.binop.op == BIN_POW;
    if (!put(c, b, n->u.binop.left, right_assoc ? p + 1 : p)) return false;
    sb_printf(b, " %s ", binops[n->u.binop.op].text);
    return put(c, b, n->u.binop.right, right_assoc ? p : p + 1);
}

static bool put_call(Compiler *c, StrBuf *b, Node *n)
{
    if (!put(c, b, n->u.call.func, P_ATOM)) return false;
    sb_putc(b, '(');
    if (!put_list(c, b, &n->u.call.args, P_TEST)) return false;
    for (int i = 0; i < n->u.call.keywords.len; i++) {
        Node *k = n->u.call.keywords.items[i];
        if (i || n->u.call.args.len) sb_puts(b, ", ");
        if (k->u.keyword.arg) sb_printf(b, "%s=", k->u.keyword.arg);
        else sb_puts(b, "**");
        if (!put(c, b, k->u.keyword.value, P_TEST)) return false;
    }
    sb_putc(b, ')');
    return true;
}

/* A subscript's index: a tuple goes without parentheses (x[a, b]). */
static bool put_index(Compiler *c, StrBuf *b, Node *s)
{
    if (s->kind != N_TUPLE || !s->u.seq.elts.len) return put(c, b, s, P_TUPLE);
    if (!put_list(c, b, &s->u.seq.elts, P_TEST)) return false;
    if (s->u.seq.elts.len == 1) sb_putc(b, ',');
    return true;
}

static bool put_slice(Compiler *c, StrBuf *b, Node *n)
{
    if (n->u.slice.lower && !put(c, b, n->u.slice.lower, P_TEST)) return false;
    sb_putc(b, ':');
    if (n->u.slice.upper && !put(c, b, n->u.slice.upper, P_TEST)) return false;
    if (!n->u.slice.step) return true;
    sb_putc(b, ':');
    return put(c, b, n->u.slice.step, P_TEST);
}

static bool put_dict(Compiler *c, StrBuf *b, Node *n)
{
    sb_putc(b, '{');
    for (int i = 0; i < n->u.dict.values.len; i++) {
        Node *k = n->u.dict.keys.items[i];
        if (i) sb_puts(b, ", ");
        if (k && !put(c, b, k, P_TEST)) return false;
        sb_puts(b, k ? ": " : "**");
        if (!put(c, b, n->u.dict.values.items[i], k ? P_TEST : P_EXPR)) return false;
    }
    sb_putc(b, '}');
    return true;
}

static bool put_compare(Compiler *c, StrBuf *b, Node *n)
{
    if (!put(c, b, n->u.compare.left, P_CMP + 1)) return false;
    for (int i = 0; i < n->u.compare.comparators.len; i++) {
        sb_printf(b, " %s ", cmpops[n->u.compare.ops[i]]);
        if (!put(c, b, n->u.compare.comparators.items[i], P_CMP + 1)) return false;
    }
    return true;
}

static bool put_boolop(Compiler *c, StrBuf *b, Node *n)
{
    int p = n->u.boolop.op == BOOL_AND ? P_AND : P_OR;
    for (int i = 0; i < n->u.boolop.values.len; i++) {
        if (i) sb_puts(b, p == P_AND ? " and " : " or ");
        if (!put(c, b, n->u.boolop.values.items[i], p + 1)) return false;
    }
    return true;
}

static bool put_unary(Compiler *c, StrBuf *b, Node *n)
{
    static const char *const text[] = {[UN_INVERT] = "~", [UN_NOT] = "not ", [UN_UADD] = "+", [UN_USUB] = "-"};
    sb_puts(b, text[n->u.unaryop.op]);
    return put(c, b, n->u.unaryop.operand, n->u.unaryop.op == UN_NOT ? P_NOT : P_FACTOR);
}

static bool put_seq(Compiler *c, StrBuf *b, Node *n, int prec)
{
    const char *open = n->kind == N_LIST ? "[" : n->kind == N_SET ? "{" : "(";
    const char *close = n->kind == N_LIST ? "]" : n->kind == N_SET ? "}" : ")";
    bool delimit = n->kind != N_TUPLE || !n->u.seq.elts.len || prec > P_TUPLE;
    if (delimit) sb_puts(b, open);
    if (!put_list(c, b, &n->u.seq.elts, P_TEST)) return false;
    if (n->kind == N_TUPLE && n->u.seq.elts.len == 1) sb_putc(b, ',');
    if (delimit) sb_puts(b, close);
    return true;
}

/* The expression's own precedence, for the parentheses its context needs. */
static int precedence(Node *n)
{
    switch (n->kind) {
    case N_BINOP: return binops[n->u.binop.op].prec;
    case N_UNARYOP: return n->u.unaryop.op == UN_NOT ? P_NOT : P_FACTOR;
    case N_BOOLOP: return n->u.boolop.op == BOOL_AND ? P_AND : P_OR;
    case N_COMPARE: return P_CMP;
    case N_IFEXP: case N_LAMBDA: return P_TEST;
    default: return P_ATOM;
    }
}

static bool put_expr(Compiler *c, StrBuf *b, Node *n, int prec)
{
    switch (n->kind) {
    case N_NAME: sb_puts(b, n->u.name.id); return true;
    case N_CONSTANT: {
        Value v = n->u.constant.kind == CONST_ELLIPSIS ? 0 : const_value(c, n);
        if (!v) sb_puts(b, "...");
        return !v || sb_put_repr(c->t, b, v);
    }
    case N_ATTRIBUTE:
        if (!put(c, b, n->u.attribute.value, P_ATOM)) return false;
        sb_printf(b, ".%s", n->u.attribute.attr);
        return true;
    case N_SUBSCRIPT:
        if (!put(c, b, n->u.subscript.value, P_ATOM)) return false;
        sb_putc(b, '[');
        if (!put_index(c, b, n->u.subscript.slice)) return false;
        sb_putc(b, ']');
        return true;
    case N_STARRED:
        sb_putc(b, '*');
        return put(c, b, n->u.starred.value, P_EXPR);
    case N_SLICE: return put_slice(c, b, n);
    case N_BINOP: return put_binop(c, b, n);
    case N_UNARYOP: return put_unary(c, b, n);
    case N_BOOLOP: return put_boolop(c, b, n);
    case N_COMPARE: return put_compare(c, b, n);
    case N_CALL: return put_call(c, b, n);
    case N_DICT: return put_dict(c, b, n);
    case N_LIST: case N_SET: case N_TUPLE: return put_seq(c, b, n, prec);
    case N_IFEXP:
        if (!put(c, b, n->u.ifexp.body, P_TEST + 1)) return false;
        sb_puts(b, " if ");
        if (!put(c, b, n->u.ifexp.test, P_TEST + 1)) return false;
        sb_puts(b, " else ");
        return put(c, b, n->u.ifexp.orelse, P_TEST);
    default:
        return put_source(c, b, n);
    }
}

static bool put(Compiler *c, StrBuf *b, Node *n, int prec)
{
    bool parens = precedence(n) < prec;
    if (parens) sb_putc(b, '(');
    if (!put_expr(c, b, n, prec)) return false;
    if (parens) sb_putc(b, ')');
    return true;
}

Value unparse_expr(Compiler *c, Node *n)
{
    StrBuf b;
    sb_init(&b, 32);
    if (!put(c, &b, n, P_TEST)) {
        sb_finish(&b);
        return 0;
    }
    return sb_finish(&b);
}
