/* astbuild.c - the checks and assembly the grammar's actions delegate:
 * assignment/deletion targets (Store/Del context, CPython 3.11's messages),
 * call arguments, parameter lists, comparison chains, elif chains.
 *
 * Recursion here follows tuple/list/starred nesting of targets, which needs
 * brackets, so it is bounded by the lexer's 200 nesting levels. */
#include <string.h>
#include <gc/gc.h>

#include "lexer.h"

/* --------------------------------------------------------------- small lists */

void arglist_push(ArgList *l, ArgItem item)
{
    if (l->len == l->cap) {
        int ncap = l->cap ? l->cap * 2 : 4;
        ArgItem *items = GC_MALLOC(sizeof(ArgItem) * (size_t)ncap);
        if (l->len)
            memcpy(items, l->items, sizeof(ArgItem) * (size_t)l->len);
        l->items = items;
        l->cap = ncap;
    }
    l->items[l->len++] = item;
}

void namelist_push(NameList *l, const char *name)
{
    if (l->len == l->cap) {
        int ncap = l->cap ? l->cap * 2 : 4;
        const char **names = GC_MALLOC(sizeof(char *) * (size_t)ncap);
        if (l->len)
            memcpy(names, l->names, sizeof(char *) * (size_t)l->len);
        l->names = names;
        l->cap = ncap;
    }
    l->names[l->len++] = name;
}

void cmpchain_push(CmpChain *c, CmpOpKind op, Node *right)
{
    int n = c->rights.len;
    if ((n & (n - 1)) == 0) {   /* grow at powers of two, as rights does */
        CmpOpKind *ops = GC_MALLOC_ATOMIC(sizeof(CmpOpKind) * (size_t)(n ? n * 2 : 1));
        if (n)
            memcpy(ops, c->ops, sizeof(CmpOpKind) * (size_t)n);
        c->ops = ops;
    }
    c->ops[n] = op;
    ast_list_push(&c->rights, right);
}

Node *ast_seq(NodeKind kind, NodeList elts, SrcSpan loc)
{
    Node *n = ast_at(kind, loc);
    n->u.seq.elts = elts;
    n->u.seq.ctx = CTX_LOAD;
    return n;
}

/* Tuples written without brackets (`a, b = ...`) are remembered for a while:
 * CPython's messages about targets treat them differently. */
Node *ps_bare_tuple(ParseState *ps, Node *tuple)
{
    ps->bare[ps->nbare++ % PS_BARE] = tuple;
    return tuple;
}

int ps_is_bare_tuple(const ParseState *ps, const Node *n)
{
    if (n->kind != N_TUPLE)
        return 0;
    for (int i = 0; i < PS_BARE && i < ps->nbare; i++)
        if (ps->bare[i] == n)
            return 1;
    return 0;
}

/* A grammar symbol is parenthesized when its span is wider than its node. */
int ast_is_parenthesized(const Node *n, SrcSpan loc)
{
    return n->lineno != loc.first_line || n->col != loc.first_column
        || n->end_lineno != loc.last_line || n->end_col != loc.last_column;
}

void ast_end_at(Node *n, const Block *b)
{
    if (b->body.len) {
        n->end_lineno = b->end_line;
        n->end_col = b->end_col;
    }
}

/* `if a: .. elif b: .. elif c: .. else: ..`: each elif is an If alone in the
 * orelse of the one before; each spans to the end of what follows it. */
Node *ast_make_if_chain(Node *first, NodeList *elifs, Block *orelse)
{
    Block tail = *orelse;
    for (int i = elifs->len - 1; i >= 0; i--) {
        Node *e = elifs->items[i];
        e->u.cond.orelse = tail.body;
        ast_end_at(e, &tail);
        tail = (Block){ { 0 }, e->end_lineno, e->end_col };
        ast_list_push(&tail.body, e);
    }
    first->u.cond.orelse = tail.body;
    ast_end_at(first, &tail);
    return first;
}

/* ---------------------------------------------------------------- targets */

/* CPython's _PyPegen_get_expr_name. */
const char *ast_expr_name(const Node *n)
{
    switch (n->kind) {
    case N_ATTRIBUTE: return "attribute";
    case N_SUBSCRIPT: return "subscript";
    case N_STARRED: return "starred";
    case N_NAME: return "name";
    case N_LIST: return "list";
    case N_TUPLE: return "tuple";
    case N_LAMBDA: return "lambda";
    case N_CALL: return "function call";
    case N_BOOLOP: case N_BINOP: case N_UNARYOP: return "expression";
    case N_GENEXP: return "generator expression";
    case N_YIELD: case N_YIELDFROM: return "yield expression";
    case N_LISTCOMP: return "list comprehension";
    case N_SETCOMP: return "set comprehension";
    case N_DICTCOMP: return "dict comprehension";
    case N_DICT: return "dict literal";
    case N_SET: return "set display";
    case N_JOINEDSTR: case N_FORMATTEDVALUE: return "f-string expression";
    case N_CONSTANT:
        switch (n->u.constant.kind) {
        case CONST_NONE: return "None";
        case CONST_FALSE: return "False";
        case CONST_TRUE: return "True";
        case CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case N_COMPARE: return "comparison";
    case N_IFEXP: return "conditional expression";
    case N_NAMEDEXPR: return "named expression";
    default: return "expression";
    }
}

enum { TGT_STAR, TGT_DEL, TGT_FOR };

/* CPython's _PyPegen_get_invalid_target: the first sub-expression that cannot
 * be assigned to (or deleted), or NULL. */
static const Node *invalid_target(const Node *e, int type)
{
    switch (e->kind) {
    case N_LIST:
    case N_TUPLE:
        for (int i = 0; i < e->u.seq.elts.len; i++) {
            const Node *bad = invalid_target(e->u.seq.elts.items[i], type);
            if (bad)
                return bad;
        }
        return NULL;
    case N_STARRED:
        if (type == TGT_DEL)
            return e;
        return invalid_target(e->u.starred.value, type);
    case N_COMPARE:
        if (type == TGT_FOR) {
            if (e->u.compare.ops[0] == CMP_IN)
                return invalid_target(e->u.compare.left, type);
            return NULL;
        }
        return e;
    case N_NAME:
    case N_SUBSCRIPT:
    case N_ATTRIBUTE:
        return NULL;
    default:
        return e;
    }
}

static void set_ctx(Node *n, ExprCtx ctx)
{
    switch (n->kind) {
    case N_NAME: n->u.name.ctx = ctx; break;
    case N_ATTRIBUTE: n->u.attribute.ctx = ctx; break;
    case N_SUBSCRIPT: n->u.subscript.ctx = ctx; break;
    case N_STARRED:
        n->u.starred.ctx = ctx;
        set_ctx(n->u.starred.value, ctx);
        break;
    case N_LIST:
    case N_TUPLE:
        n->u.seq.ctx = ctx;
        for (int i = 0; i < n->u.seq.elts.len; i++)
            set_ctx(n->u.seq.elts.items[i], ctx);
        break;
    default: break;
    }
}

static int target_error(ParseState *ps, const Node *n, int type)
{
    const Node *bad = invalid_target(n, type);
    if (!bad)
        return 1;
    ps_error_node(ps, bad, ps_printf(type == TGT_DEL ? "cannot delete %s" : "cannot assign to %s",
                                     ast_expr_name(bad)));
    return 0;
}

int ast_set_context(ParseState *ps, Node *n, ExprCtx ctx, int for_target)
{
    if (!target_error(ps, n, ctx == CTX_DEL ? TGT_DEL : for_target ? TGT_FOR : TGT_STAR))
        return 0;
    set_ctx(n, ctx);
    return 1;
}

/* Expressions CPython's `bitwise_or` rule can produce without brackets. */
static int is_bitwise_or_level(const Node *n)
{
    switch (n->kind) {
    case N_BOOLOP: case N_COMPARE: case N_IFEXP: case N_LAMBDA: case N_NAMEDEXPR:
    case N_STARRED: case N_YIELD: case N_YIELDFROM:
        return 0;
    case N_UNARYOP:
        return n->u.unaryop.op != UN_NOT;
    case N_TUPLE:
        return 0;   /* only bracketed tuples get here, and those are told apart by span */
    default:
        return 1;
    }
}

/* The bitwise_or-level expression the value begins with, or NULL. */
static const Node *bitwise_or_prefix(const ParseState *ps, const Node *v, SrcSpan vloc)
{
    if (ast_is_parenthesized(v, vloc))
        return v;
    for (int guard = 0; guard < 100000; guard++) {
        switch (v->kind) {
        case N_TUPLE:
            if (!ps_is_bare_tuple(ps, v) || !v->u.seq.elts.len)
                return v;
            v = v->u.seq.elts.items[0];
            break;
        case N_BOOLOP: v = v->u.boolop.values.items[0]; break;
        case N_COMPARE: v = v->u.compare.left; break;
        case N_IFEXP: v = v->u.ifexp.body; break;
        case N_LAMBDA: case N_STARRED: case N_YIELD: case N_YIELDFROM: return NULL;
        case N_UNARYOP: return v->u.unaryop.op != UN_NOT ? v : NULL;
        default: return v;
        }
    }
    return v;
}

/* Is the node, an item of a bare tuple, written in parentheses? The source
 * tells: its item separator would stand right before it otherwise. */
static const char *source_at(const ParseState *ps, int line, int col)
{
    const char *p = ps->lx->buf;
    for (int l = ps->lx->first_lineno; l < line && *p; p++)
        if (*p == '\n')
            l++;
    return p + (line == ps->lx->first_lineno ? col - ps->lx->col_base : col);
}

static int source_paren_before(const ParseState *ps, const Node *n)
{
    const char *buf = ps->lx->buf, *p = source_at(ps, n->lineno, n->col);
    while (p > buf) {
        char c = *--p;
        if (c != ' ' && c != '\t' && c != '\f' && c != '\n' && c != '\\')
            return c == '(';
    }
    return 0;
}

/* CPython's invalid_named_expression, for the part of a target that stands
 * right before a single `=`: "Maybe you meant '=='...?" messages. */
static int named_expression_error(ParseState *ps, const Node *t, int parenthesized, const Node *vpre)
{
    if (t->kind == N_NAME && !parenthesized) {
        ps_error_at(ps, "SyntaxError", t->lineno, t->col, vpre->end_lineno, vpre->end_col,
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        return 1;
    }
    if (!parenthesized) {
        if (!is_bitwise_or_level(t) || t->kind == N_LIST || t->kind == N_GENEXP
            || (t->kind == N_CONSTANT && (t->u.constant.kind == CONST_TRUE
                                          || t->u.constant.kind == CONST_FALSE
                                          || t->u.constant.kind == CONST_NONE)))
            return 0;
    } else if (t->kind == N_LIST || t->kind == N_TUPLE || t->kind == N_GENEXP) {
        return 0;
    }
    ps_error_node(ps, t, ps_printf("cannot assign to %s here. Maybe you meant '==' instead of '='?",
                                   ast_expr_name(t)));
    return 1;
}

/* `t1 = t2 = value`. CPython 3.11 reports a bad single target as "cannot
 * assign to X here. Maybe you meant '==' instead of '='?" when the statement
 * reads like a comparison (`f() = 1`), otherwise "cannot assign to X". */
Node *ast_make_assign(ParseState *ps, AssignChain *chain, SrcSpan loc)
{
    NodeList *parts = &chain->nodes;
    int ntargets = parts->len - 1;
    Node *value = parts->items[ntargets];
    for (int i = 0; i < ntargets; i++) {
        Node *t = parts->items[i];
        if (!invalid_target(t, TGT_STAR) && t->kind != N_YIELD && t->kind != N_YIELDFROM)
            continue;
        int parenthesized = i == 0 && ast_is_parenthesized(t, chain->first_loc);
        const Node *vpre = bitwise_or_prefix(ps, value, chain->last_loc);
        if (ntargets == 1 && vpre) {
            /* the expression right before `=`: the target, or its last item */
            const Node *last = t;
            int lparen = parenthesized;
            if (ps_is_bare_tuple(ps, t)) {
                const NodeList *e = &t->u.seq.elts;
                last = e->items[e->len - 1];
                lparen = e->len > 1 && source_paren_before(ps, last);
                if (source_at(ps, t->end_lineno, t->end_col)[-1] == ',')
                    last = NULL;   /* a trailing comma comes before `=` */
                else if (last->kind == N_STARRED)
                    last = NULL;
            }
            if (last && named_expression_error(ps, last, lparen, vpre))
                return NULL;
        }
        if ((t->kind == N_YIELD || t->kind == N_YIELDFROM) && !parenthesized) {
            ps_error_node(ps, t, "assignment to yield expression not possible");
            return NULL;
        }
        const Node *bad = invalid_target(t, TGT_STAR);
        ps_error_node(ps, bad, ps_printf("cannot assign to %s", ast_expr_name(bad)));
        return NULL;
    }
    Node *n = ast_at(N_ASSIGN, loc);
    for (int i = 0; i < ntargets; i++) {
        set_ctx(parts->items[i], CTX_STORE);
        ast_list_push(&n->u.assign.targets, parts->items[i]);
    }
    n->u.assign.value = value;
    return n;
}

Node *ast_make_augassign(ParseState *ps, Node *target, SrcSpan tloc, BinOpKind op, Node *value,
                         SrcSpan loc)
{
    (void)tloc;
    if (target->kind != N_NAME && target->kind != N_ATTRIBUTE && target->kind != N_SUBSCRIPT) {
        ps_error_node(ps, target, ps_printf("'%s' is an illegal expression for augmented assignment",
                                            ast_expr_name(target)));
        return NULL;
    }
    set_ctx(target, CTX_STORE);
    Node *n = ast_at(N_AUGASSIGN, loc);
    n->u.augassign.target = target;
    n->u.augassign.op = op;
    n->u.augassign.value = value;
    return n;
}

Node *ast_make_annassign(ParseState *ps, Node *target, SrcSpan tloc, Node *ann, Node *value,
                         SrcSpan loc)
{
    int paren = ast_is_parenthesized(target, tloc);
    if (ps_is_bare_tuple(ps, target) && !paren) {
        ps_error_node(ps, target->u.seq.elts.items[0], "only single target (not tuple) can be annotated");
        return NULL;
    }
    if (target->kind == N_TUPLE || target->kind == N_LIST) {
        ps_error_node(ps, target, ps_printf("only single target (not %s) can be annotated",
                                            target->kind == N_TUPLE ? "tuple" : "list"));
        return NULL;
    }
    if (target->kind != N_NAME && target->kind != N_ATTRIBUTE && target->kind != N_SUBSCRIPT) {
        ps_error_node(ps, target, "illegal target for annotation");
        return NULL;
    }
    set_ctx(target, CTX_STORE);
    Node *n = ast_at(N_ANNASSIGN, loc);
    n->u.annassign.target = target;
    n->u.annassign.annotation = ann;
    n->u.annassign.value = value;
    n->u.annassign.simple = target->kind == N_NAME && !paren;
    return n;
}

Node *ast_make_delete(ParseState *ps, Node *targets, SrcSpan tloc, SrcSpan loc)
{
    Node *n = ast_at(N_DELETE, loc);
    /* `del a, b` deletes two targets; `del (a, b)` one tuple */
    if (ps_is_bare_tuple(ps, targets) && !ast_is_parenthesized(targets, tloc)) {
        for (int i = 0; i < targets->u.seq.elts.len; i++) {
            Node *t = targets->u.seq.elts.items[i];
            if (!ast_set_context(ps, t, CTX_DEL, 0))
                return NULL;
            ast_list_push(&n->u.del.targets, t);
        }
    } else {
        if (!ast_set_context(ps, targets, CTX_DEL, 0))
            return NULL;
        ast_list_push(&n->u.del.targets, targets);
    }
    return n;
}

Node *ast_make_namedexpr(ParseState *ps, Node *target, SrcSpan tloc, Node *value, SrcSpan loc)
{
    if (target->kind != N_NAME || ast_is_parenthesized(target, tloc)) {
        ps_error_node(ps, target, ps_printf("cannot use assignment expressions with %s",
                                            ast_expr_name(target)));
        return NULL;
    }
    target->u.name.ctx = CTX_STORE;
    Node *n = ast_at(N_NAMEDEXPR, loc);
    n->u.namedexpr.target = target;
    n->u.namedexpr.value = value;
    return n;
}

int ast_check_comprehension_elt(ParseState *ps, Node *elt)
{
    if (elt->kind == N_STARRED) {
        ps_error_node(ps, elt, "iterable unpacking cannot be used in comprehension");
        return 0;
    }
    return 1;
}

/* ------------------------------------------------------------- call arguments */

/* The last thing a generator expression's clauses end with: CPython's
 * _PyPegen_get_last_comprehension_item. */
static const Node *last_comprehension_item(const Node *genexp)
{
    const NodeList *g = &genexp->u.comp.generators;
    const Node *c = g->items[g->len - 1];
    if (c->u.comprehension.ifs.len)
        return c->u.comprehension.ifs.items[c->u.comprehension.ifs.len - 1];
    return c->u.comprehension.iter;
}

/* Order rules of CPython's `args` rule, with its error messages. */
int ast_check_args(ParseState *ps, ArgList *args, SrcSpan close_loc)
{
    for (int i = 0; i < args->len; i++) {
        ArgItem *a = &args->items[i];
        if (a->kind == ARG_GENEXP && (args->len > 1 || args->trailing_comma)) {
            const Node *g = a->value;
            const Node *last = last_comprehension_item(g);
            ps_error_at(ps, "SyntaxError", g->u.comp.elt->lineno, g->u.comp.elt->col,
                        last->end_lineno, last->end_col, "Generator expression must be parenthesized");
            return 0;
        }
    }
    int seen_kw = 0, seen_dstar = 0;
    for (int i = 0; i < args->len; i++) {
        ArgItem *a = &args->items[i];
        switch (a->kind) {
        case ARG_POS:
        case ARG_GENEXP:
            if (seen_kw || seen_dstar) {
                ps_error_span(ps, close_loc, seen_dstar
                              ? "positional argument follows keyword argument unpacking"
                              : "positional argument follows keyword argument");
                return 0;
            }
            break;
        case ARG_STAR:
            if (seen_dstar) {
                ps_error_span(ps, a->op_loc, "iterable argument unpacking follows keyword argument unpacking");
                return 0;
            }
            break;
        case ARG_KW:
            seen_kw = 1;
            break;
        case ARG_DSTAR:
            seen_dstar = 1;
            break;
        default:
            break;
        }
    }
    return 1;
}

/* The part before `=` in a call must be a bare name (CPython's invalid_kwarg). */
int ast_check_kwarg(ParseState *ps, Node *t, SrcSpan tloc, SrcSpan eq)
{
    int paren = ast_is_parenthesized(t, tloc);
    if (t->kind == N_CONSTANT && !paren
        && (t->u.constant.kind == CONST_TRUE || t->u.constant.kind == CONST_FALSE
            || t->u.constant.kind == CONST_NONE)) {
        ps_error_at(ps, "SyntaxError", t->lineno, t->col, eq.last_line, eq.last_column,
                    ps_printf("cannot assign to %s", ast_expr_name(t)));
        return 0;
    }
    if (t->kind != N_NAME || paren) {
        ps_error_at(ps, "SyntaxError", t->lineno, t->col, eq.last_line, eq.last_column,
                    "expression cannot contain assignment, perhaps you meant \"==\"?");
        return 0;
    }
    return 1;
}

void ast_split_args(ArgList *args, NodeList *pos, NodeList *kw)
{
    for (int i = 0; i < args->len; i++) {
        ArgItem *a = &args->items[i];
        Node *k;
        switch (a->kind) {
        case ARG_KW:
            k = ast_at(N_KEYWORD, a->loc);
            k->u.keyword.arg = a->name->u.name.id;
            k->u.keyword.value = a->value;
            ast_list_push(kw, k);
            break;
        case ARG_DSTAR:
            k = ast_at(N_KEYWORD, a->loc);
            k->u.keyword.value = a->value;
            ast_list_push(kw, k);
            break;
        default:
            ast_list_push(pos, a->value);
            break;
        }
    }
}

/* ----------------------------------------------------------- parameter lists */

/* Turns def/lambda parameter items into N_ARGUMENTS with CPython's checks:
 * `/` after at least one parameter and once, before `*`; at most one `*`;
 * a bare `*` needs keyword-only parameters after it; nothing after `**`;
 * no parameter without default after one with a default (before `*`). */
Node *ast_make_arguments(ParseState *ps, ArgList *params, const SrcSpan *lambda_colon)
{
    Node *n = ast_new(N_ARGUMENTS, 0, 0, 0, 0);
    NodeList plain = { 0 };
    int seen_slash = 0, seen_star = 0, seen_default = 0;
    const ArgItem *bare_star = NULL;
    int kwonly_after_bare = 0;
    const ArgItem *dstar = NULL;
    for (int i = 0; i < params->len; i++) {
        const ArgItem *p = &params->items[i];
        if (dstar) {
            ps_error_span(ps, p->kind == PAR_PLAIN || p->kind == PAR_DEFAULT ? p->loc : p->op_loc,
                          "arguments cannot follow var-keyword argument");
            return NULL;
        }
        switch (p->kind) {
        case PAR_SLASH:
            if (seen_slash) {
                ps_error_span(ps, p->loc, "/ may appear only once");
                return NULL;
            }
            if (seen_star) {
                ps_error_span(ps, p->loc, "/ must be ahead of *");
                return NULL;
            }
            if (!plain.len) {
                ps_error_span(ps, p->loc, "at least one argument must precede /");
                return NULL;
            }
            n->u.arguments.posonlyargs = plain;
            plain = (NodeList){ 0 };
            seen_slash = 1;
            break;
        case PAR_PLAIN:
        case PAR_DEFAULT:
            if (seen_star) {
                ast_list_push(&n->u.arguments.kwonlyargs, p->name);
                ast_list_push(&n->u.arguments.kw_defaults, p->value);
                kwonly_after_bare = 1;
                break;
            }
            if (p->kind == PAR_PLAIN && seen_default) {
                ps_error_span(ps, p->loc, "non-default argument follows default argument");
                return NULL;
            }
            if (p->kind == PAR_DEFAULT) {
                seen_default = 1;
                ast_list_push(&n->u.arguments.defaults, p->value);
            }
            ast_list_push(&plain, p->name);
            break;
        case PAR_STAR_BARE:
        case PAR_STAR:
            if (seen_star) {
                ps_error_span(ps, p->op_loc, "* argument may appear only once");
                return NULL;
            }
            seen_star = 1;
            if (p->kind == PAR_STAR)
                n->u.arguments.vararg = p->name;
            else
                bare_star = p;
            break;
        case PAR_DSTAR:
            n->u.arguments.kwarg = p->name;
            dstar = p;
            break;
        default:
            break;
        }
    }
    if (bare_star && !kwonly_after_bare) {
        /* CPython points at the `*` in a def, at what follows it in a lambda */
        SrcSpan at = bare_star->loc;
        if (lambda_colon) {
            at = *lambda_colon;
            if (bare_star + 1 < params->items + params->len && bare_star[1].kind == PAR_DSTAR)
                at = bare_star[1].op_loc;
        }
        ps_error_span(ps, at, "named arguments must follow bare *");
        return NULL;
    }
    n->u.arguments.args = plain;
    return n;
}
