/* ast_dump.c - a compact S-expression rendering of the tree, for tests and
 * debugging: (Module (Assign [(Name x Store)] (BinOp (Constant 1) Add (Constant 2)))).
 * Absent optional children print as `_`. Nesting deeper than DUMP_MAXDEPTH
 * prints `...`, so the recursion stays bounded. */
#include <stdio.h>
#include <string.h>
#include <gc/gc.h>

#include "parse.h"

#define DUMP_MAXDEPTH 400

typedef struct Buf {
    char *s;
    size_t len, cap;
    int with_pos;
} Buf;

static void put(Buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t ncap = b->cap ? b->cap * 2 : 256;
        while (ncap < b->len + n + 1)
            ncap *= 2;
        char *ns = GC_MALLOC_ATOMIC(ncap);
        if (b->len)
            memcpy(ns, b->s, b->len);
        b->s = ns;
        b->cap = ncap;
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = 0;
}

static void puts_(Buf *b, const char *s) { put(b, s, strlen(s)); }

static const char *const binop_names[] = {
    "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr",
    "BitXor", "BitAnd", "FloorDiv",
};
static const char *const unop_names[] = { "Invert", "Not", "UAdd", "USub" };
static const char *const cmp_names[] = {
    "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn",
};
static const char *const ctx_names[] = { "Load", "Store", "Del" };

/* "@line:col-endline:endcol" after the node's name, in positional dumps */
static void pos(Buf *b, const Node *n)
{
    char tmp[64];
    if (!b->with_pos)
        return;
    snprintf(tmp, sizeof tmp, "@%d:%d-%d:%d", n->lineno, n->col, n->end_lineno, n->end_col);
    puts_(b, tmp);
}

/* Writes "(Name" and, in positional dumps, the node's span. */
static void open_(Buf *b, const Node *n, const char *name)
{
    puts_(b, name);
    pos(b, n);
}

static void dump(Buf *b, const Node *n, int depth);

static void dump_list(Buf *b, const NodeList *l, int depth)
{
    puts_(b, "[");
    for (int i = 0; i < l->len; i++) {
        if (i)
            puts_(b, " ");
        dump(b, l->items[i], depth);
    }
    puts_(b, "]");
}

/* Space-separated items without brackets. */
static void dump_items(Buf *b, const NodeList *l, int depth)
{
    for (int i = 0; i < l->len; i++) {
        puts_(b, " ");
        dump(b, l->items[i], depth);
    }
}

static void dump_str(Buf *b, const char *s, size_t n, int bytes)
{
    puts_(b, bytes ? "b'" : "'");
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        char tmp[8];
        if (c == '\\' || c == '\'') {
            tmp[0] = '\\', tmp[1] = (char)c, tmp[2] = 0;
        } else if (c == '\n') {
            strcpy(tmp, "\\n");
        } else if (c == '\t') {
            strcpy(tmp, "\\t");
        } else if (c < 0x20 || c == 0x7f || (bytes && c >= 0x80)) {
            snprintf(tmp, sizeof tmp, "\\x%02x", c);
        } else {
            tmp[0] = (char)c, tmp[1] = 0;
        }
        puts_(b, tmp);
    }
    puts_(b, "'");
}

static void dump_constant(Buf *b, const Node *n)
{
    char tmp[64];
    switch (n->u.constant.kind) {
    case CONST_NONE: puts_(b, "None"); break;
    case CONST_TRUE: puts_(b, "True"); break;
    case CONST_FALSE: puts_(b, "False"); break;
    case CONST_ELLIPSIS: puts_(b, "..."); break;
    case CONST_INT:
        if (n->u.constant.base == 16) puts_(b, "0x");
        else if (n->u.constant.base == 8) puts_(b, "0o");
        else if (n->u.constant.base == 2) puts_(b, "0b");
        put(b, n->u.constant.text, n->u.constant.len);
        break;
    case CONST_FLOAT:
        snprintf(tmp, sizeof tmp, "%.17g", n->u.constant.f);
        puts_(b, tmp);
        if (!strpbrk(tmp, ".en"))
            puts_(b, ".0");
        break;
    case CONST_IMAG:
        snprintf(tmp, sizeof tmp, "%.17gj", n->u.constant.f);
        puts_(b, tmp);
        break;
    case CONST_STR: dump_str(b, n->u.constant.text, n->u.constant.len, 0); break;
    case CONST_BYTES: dump_str(b, n->u.constant.text, n->u.constant.len, 1); break;
    }
}

static void opt(Buf *b, const Node *n, int depth)
{
    puts_(b, " ");
    if (n)
        dump(b, n, depth);
    else
        puts_(b, "_");
}

static void dump_arg(Buf *b, const Node *a, int depth)
{
    if (b->with_pos) {
        puts_(b, "(arg");
        pos(b, a);
        puts_(b, " ");
        puts_(b, a->u.arg.arg);
        opt(b, a->u.arg.annotation, depth);
        puts_(b, ")");
        return;
    }
    if (!a->u.arg.annotation) {
        puts_(b, a->u.arg.arg);
        return;
    }
    puts_(b, "(arg ");
    puts_(b, a->u.arg.arg);
    opt(b, a->u.arg.annotation, depth);
    puts_(b, ")");
}

static void labelled_args(Buf *b, const char *label, const NodeList *l, int depth)
{
    if (!l->len)
        return;
    puts_(b, " (");
    puts_(b, label);
    for (int i = 0; i < l->len; i++) {
        puts_(b, " ");
        dump_arg(b, l->items[i], depth);
    }
    puts_(b, ")");
}

static void labelled_exprs(Buf *b, const char *label, const NodeList *l, int depth)
{
    if (!l->len)
        return;
    puts_(b, " (");
    puts_(b, label);
    for (int i = 0; i < l->len; i++) {
        puts_(b, " ");
        if (l->items[i])
            dump(b, l->items[i], depth);
        else
            puts_(b, "_");
    }
    puts_(b, ")");
}

static void dump_arguments(Buf *b, const Node *n, int depth)
{
    puts_(b, "(arguments");
    labelled_args(b, "posonly", &n->u.arguments.posonlyargs, depth);
    labelled_args(b, "args", &n->u.arguments.args, depth);
    if (n->u.arguments.vararg) {
        puts_(b, " (vararg ");
        dump_arg(b, n->u.arguments.vararg, depth);
        puts_(b, ")");
    }
    labelled_args(b, "kwonly", &n->u.arguments.kwonlyargs, depth);
    labelled_exprs(b, "kw_defaults", &n->u.arguments.kw_defaults, depth);
    if (n->u.arguments.kwarg) {
        puts_(b, " (kwarg ");
        dump_arg(b, n->u.arguments.kwarg, depth);
        puts_(b, ")");
    }
    labelled_exprs(b, "defaults", &n->u.arguments.defaults, depth);
    puts_(b, ")");
}

static void dump(Buf *b, const Node *n, int depth)
{
    if (!n) {
        puts_(b, "_");
        return;
    }
    if (++depth > DUMP_MAXDEPTH) {
        puts_(b, "...");
        return;
    }
    switch (n->kind) {
    case N_MODULE: puts_(b, "(Module"); dump_items(b, &n->u.module.body, depth); break;
    case N_INTERACTIVE: puts_(b, "(Interactive"); dump_items(b, &n->u.module.body, depth); break;
    case N_EXPRESSION: puts_(b, "(Expression"); opt(b, n->u.expression.body, depth); break;
    case N_FUNCDEF:
        open_(b, n, "(FunctionDef"); puts_(b, " ");
        puts_(b, n->u.funcdef.name);
        puts_(b, " ");
        dump(b, n->u.funcdef.args, depth);
        puts_(b, " ");
        dump_list(b, &n->u.funcdef.body, depth);
        if (n->u.funcdef.decorators.len || n->u.funcdef.returns) {
            puts_(b, " ");
            dump_list(b, &n->u.funcdef.decorators, depth);
        }
        if (n->u.funcdef.returns)
            opt(b, n->u.funcdef.returns, depth);
        break;
    case N_LAMBDA:
        open_(b, n, "(Lambda"); puts_(b, " ");
        dump(b, n->u.funcdef.args, depth);
        opt(b, n->u.funcdef.body.len ? n->u.funcdef.body.items[0]->u.value.value : NULL, depth);
        break;
    case N_CLASSDEF:
        open_(b, n, "(ClassDef"); puts_(b, " ");
        puts_(b, n->u.classdef.name);
        puts_(b, " ");
        dump_list(b, &n->u.classdef.bases, depth);
        puts_(b, " ");
        dump_list(b, &n->u.classdef.keywords, depth);
        puts_(b, " ");
        dump_list(b, &n->u.classdef.body, depth);
        if (n->u.classdef.decorators.len) {
            puts_(b, " ");
            dump_list(b, &n->u.classdef.decorators, depth);
        }
        break;
    case N_RETURN: open_(b, n, "(Return"); if (n->u.value.value) opt(b, n->u.value.value, depth); break;
    case N_EXPR: open_(b, n, "(Expr"); opt(b, n->u.value.value, depth); break;
    case N_YIELD: open_(b, n, "(Yield"); if (n->u.value.value) opt(b, n->u.value.value, depth); break;
    case N_YIELDFROM: open_(b, n, "(YieldFrom"); opt(b, n->u.value.value, depth); break;
    case N_DELETE: open_(b, n, "(Delete"); puts_(b, " "); dump_list(b, &n->u.del.targets, depth); break;
    case N_ASSIGN:
        open_(b, n, "(Assign"); puts_(b, " ");
        dump_list(b, &n->u.assign.targets, depth);
        opt(b, n->u.assign.value, depth);
        break;
    case N_AUGASSIGN:
        open_(b, n, "(AugAssign");
        opt(b, n->u.augassign.target, depth);
        puts_(b, " ");
        puts_(b, binop_names[n->u.augassign.op]);
        opt(b, n->u.augassign.value, depth);
        break;
    case N_ANNASSIGN:
        open_(b, n, "(AnnAssign");
        opt(b, n->u.annassign.target, depth);
        opt(b, n->u.annassign.annotation, depth);
        opt(b, n->u.annassign.value, depth);
        puts_(b, n->u.annassign.simple ? " 1" : " 0");
        break;
    case N_FOR:
        open_(b, n, "(For");
        opt(b, n->u.for_.target, depth);
        opt(b, n->u.for_.iter, depth);
        puts_(b, " ");
        dump_list(b, &n->u.for_.body, depth);
        puts_(b, " ");
        dump_list(b, &n->u.for_.orelse, depth);
        break;
    case N_WHILE:
    case N_IF:
        open_(b, n, n->kind == N_IF ? "(If" : "(While");
        opt(b, n->u.cond.test, depth);
        puts_(b, " ");
        dump_list(b, &n->u.cond.body, depth);
        puts_(b, " ");
        dump_list(b, &n->u.cond.orelse, depth);
        break;
    case N_WITH:
        open_(b, n, "(With"); puts_(b, " ");
        dump_list(b, &n->u.with.items, depth);
        puts_(b, " ");
        dump_list(b, &n->u.with.body, depth);
        break;
    case N_WITHITEM:
        puts_(b, "(withitem");
        opt(b, n->u.withitem.context_expr, depth);
        if (n->u.withitem.optional_vars)
            opt(b, n->u.withitem.optional_vars, depth);
        break;
    case N_RAISE:
        open_(b, n, "(Raise");
        if (n->u.raise.exc || n->u.raise.cause) {
            opt(b, n->u.raise.exc, depth);
            if (n->u.raise.cause)
                opt(b, n->u.raise.cause, depth);
        }
        break;
    case N_TRY:
        open_(b, n, "(Try"); puts_(b, " ");
        dump_list(b, &n->u.try_.body, depth);
        puts_(b, " ");
        dump_list(b, &n->u.try_.handlers, depth);
        puts_(b, " ");
        dump_list(b, &n->u.try_.orelse, depth);
        puts_(b, " ");
        dump_list(b, &n->u.try_.finalbody, depth);
        break;
    case N_EXCEPTHANDLER:
        open_(b, n, "(ExceptHandler");
        opt(b, n->u.handler.type, depth);
        puts_(b, " ");
        puts_(b, n->u.handler.name ? n->u.handler.name : "_");
        puts_(b, " ");
        dump_list(b, &n->u.handler.body, depth);
        break;
    case N_ASSERT:
        open_(b, n, "(Assert");
        opt(b, n->u.assert_.test, depth);
        if (n->u.assert_.msg)
            opt(b, n->u.assert_.msg, depth);
        break;
    case N_IMPORT: open_(b, n, "(Import"); puts_(b, " "); dump_list(b, &n->u.import.names, depth); break;
    case N_IMPORTFROM: {
        char tmp[32];
        open_(b, n, "(ImportFrom"); puts_(b, " ");
        puts_(b, n->u.importfrom.module ? n->u.importfrom.module : "_");
        puts_(b, " ");
        dump_list(b, &n->u.importfrom.names, depth);
        snprintf(tmp, sizeof tmp, " %d", n->u.importfrom.level);
        puts_(b, tmp);
        break;
    }
    case N_ALIAS:
        open_(b, n, "(alias"); puts_(b, " ");
        puts_(b, n->u.alias.name);
        if (n->u.alias.asname) {
            puts_(b, " ");
            puts_(b, n->u.alias.asname);
        }
        break;
    case N_GLOBAL:
    case N_NONLOCAL:
        open_(b, n, n->kind == N_GLOBAL ? "(Global" : "(Nonlocal");
        for (int i = 0; i < n->u.names.len; i++) {
            puts_(b, " ");
            puts_(b, n->u.names.names[i]);
        }
        break;
    case N_PASS: open_(b, n, "(Pass"); break;
    case N_BREAK: open_(b, n, "(Break"); break;
    case N_CONTINUE: open_(b, n, "(Continue"); break;
    case N_BOOLOP:
        open_(b, n, "(BoolOp"); puts_(b, n->u.boolop.op == BOOL_AND ? " And" : " Or");
        dump_items(b, &n->u.boolop.values, depth);
        break;
    case N_NAMEDEXPR:
        open_(b, n, "(NamedExpr");
        opt(b, n->u.namedexpr.target, depth);
        opt(b, n->u.namedexpr.value, depth);
        break;
    case N_BINOP:
        open_(b, n, "(BinOp");
        opt(b, n->u.binop.left, depth);
        puts_(b, " ");
        puts_(b, binop_names[n->u.binop.op]);
        opt(b, n->u.binop.right, depth);
        break;
    case N_UNARYOP:
        open_(b, n, "(UnaryOp"); puts_(b, " ");
        puts_(b, unop_names[n->u.unaryop.op]);
        opt(b, n->u.unaryop.operand, depth);
        break;
    case N_IFEXP:
        open_(b, n, "(IfExp");
        opt(b, n->u.ifexp.test, depth);
        opt(b, n->u.ifexp.body, depth);
        opt(b, n->u.ifexp.orelse, depth);
        break;
    case N_DICT:
        open_(b, n, "(Dict");
        puts_(b, " [");
        for (int i = 0; i < n->u.dict.keys.len; i++) {
            if (i)
                puts_(b, " ");
            if (n->u.dict.keys.items[i])
                dump(b, n->u.dict.keys.items[i], depth);
            else
                puts_(b, "_");
        }
        puts_(b, "] ");
        dump_list(b, &n->u.dict.values, depth);
        break;
    case N_SET: open_(b, n, "(Set"); dump_items(b, &n->u.seq.elts, depth); break;
    case N_LIST:
    case N_TUPLE:
        open_(b, n, n->kind == N_LIST ? "(List" : "(Tuple"); puts_(b, " ");
        dump_list(b, &n->u.seq.elts, depth);
        puts_(b, " ");
        puts_(b, ctx_names[n->u.seq.ctx]);
        break;
    case N_LISTCOMP:
    case N_SETCOMP:
    case N_GENEXP:
        open_(b, n, n->kind == N_LISTCOMP ? "(ListComp" : n->kind == N_SETCOMP ? "(SetComp" : "(GeneratorExp");
        opt(b, n->u.comp.elt, depth);
        puts_(b, " ");
        dump_list(b, &n->u.comp.generators, depth);
        break;
    case N_DICTCOMP:
        open_(b, n, "(DictComp");
        opt(b, n->u.comp.elt, depth);
        opt(b, n->u.comp.value, depth);
        puts_(b, " ");
        dump_list(b, &n->u.comp.generators, depth);
        break;
    case N_COMPREHENSION:
        puts_(b, "(comprehension");
        opt(b, n->u.comprehension.target, depth);
        opt(b, n->u.comprehension.iter, depth);
        puts_(b, " ");
        dump_list(b, &n->u.comprehension.ifs, depth);
        break;
    case N_COMPARE:
        open_(b, n, "(Compare");
        opt(b, n->u.compare.left, depth);
        puts_(b, " [");
        for (int i = 0; i < n->u.compare.comparators.len; i++) {
            if (i)
                puts_(b, " ");
            puts_(b, cmp_names[n->u.compare.ops[i]]);
        }
        puts_(b, "] ");
        dump_list(b, &n->u.compare.comparators, depth);
        break;
    case N_CALL:
        open_(b, n, "(Call");
        opt(b, n->u.call.func, depth);
        puts_(b, " ");
        dump_list(b, &n->u.call.args, depth);
        puts_(b, " ");
        dump_list(b, &n->u.call.keywords, depth);
        break;
    case N_KEYWORD:
        open_(b, n, "(keyword"); puts_(b, " ");
        puts_(b, n->u.keyword.arg ? n->u.keyword.arg : "_");
        opt(b, n->u.keyword.value, depth);
        break;
    case N_FORMATTEDVALUE: {
        char tmp[8];
        open_(b, n, "(FormattedValue");
        opt(b, n->u.fvalue.value, depth);
        if (n->u.fvalue.conversion == -1)
            strcpy(tmp, " -1");
        else
            snprintf(tmp, sizeof tmp, " %c", n->u.fvalue.conversion);
        puts_(b, tmp);
        if (n->u.fvalue.format_spec)
            opt(b, n->u.fvalue.format_spec, depth);
        break;
    }
    case N_JOINEDSTR: open_(b, n, "(JoinedStr"); dump_items(b, &n->u.joined.values, depth); break;
    case N_CONSTANT: open_(b, n, "(Constant"); puts_(b, " "); dump_constant(b, n); break;
    case N_ATTRIBUTE:
        open_(b, n, "(Attribute");
        opt(b, n->u.attribute.value, depth);
        puts_(b, " ");
        puts_(b, n->u.attribute.attr);
        puts_(b, " ");
        puts_(b, ctx_names[n->u.attribute.ctx]);
        break;
    case N_SUBSCRIPT:
        open_(b, n, "(Subscript");
        opt(b, n->u.subscript.value, depth);
        opt(b, n->u.subscript.slice, depth);
        puts_(b, " ");
        puts_(b, ctx_names[n->u.subscript.ctx]);
        break;
    case N_STARRED:
        open_(b, n, "(Starred");
        opt(b, n->u.starred.value, depth);
        puts_(b, " ");
        puts_(b, ctx_names[n->u.starred.ctx]);
        break;
    case N_NAME:
        open_(b, n, "(Name"); puts_(b, " ");
        puts_(b, n->u.name.id);
        puts_(b, " ");
        puts_(b, ctx_names[n->u.name.ctx]);
        break;
    case N_SLICE:
        open_(b, n, "(Slice");
        opt(b, n->u.slice.lower, depth);
        opt(b, n->u.slice.upper, depth);
        opt(b, n->u.slice.step, depth);
        break;
    case N_ARGUMENTS: dump_arguments(b, n, depth); return;
    case N_ARG: dump_arg(b, n, depth); return;
    default: puts_(b, "(?"); break;
    }
    puts_(b, ")");
}

char *ast_dump(const Node *n)
{
    Buf b = { 0 };
    puts_(&b, "");
    dump(&b, n, 0);
    return b.s;
}

char *ast_dump_positions(const Node *n)
{
    Buf b = { 0 };
    b.with_pos = 1;
    puts_(&b, "");
    dump(&b, n, 0);
    return b.s;
}
