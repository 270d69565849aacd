/* grammar.y - Python 3.11's grammar as a pure LALR(1) Bison parser.
 *
 * Actions only build AST nodes (parser/astbuild.c holds the checks that
 * assignment targets, call arguments and parameter lists need). The grammar
 * follows CPython 3.8's LL(1) Grammar/Grammar, which LALR(1) handles without
 * conflicts, plus the PEG-era additions: parenthesized with-items (the lexer
 * marks their `(`), `*` in subscripts and return/for iterables, walrus in
 * subscripts and sets. Targets are parsed as expressions and then validated.
 *
 * Four start tokens from the lexer select the mode: a file, an eval()
 * expression, one interactive statement, or one f-string expression.
 *
 * Syntax errors go to yyreport_syntax_error (parser/syntax_error.c), which
 * turns the failing token and the parser's expectations into CPython's
 * messages. A few rules record where the last disjunction and the open
 * `x if y` started: bookkeeping for those messages, not tree building. */

%code requires {
#include "pstate.h"
}

%code provides {
const char *grammar_token_name(int kind);
int grammar_parse(ParseState *ps);
}

%code {
#include <string.h>
#include <gc/gc.h>
#include "lexer.h"

/* The parser's stacks hold GC pointers: keep them where the collector looks. */
#define YYMALLOC GC_MALLOC
#define YYFREE GC_FREE
#define YYMAXDEPTH 20000

static int yylex(YYSTYPE *lval, SrcSpan *lloc, ParseState *ps);
static void yyerror(SrcSpan *loc, ParseState *ps, const char *msg);
int syntax_error_report(ParseState *ps, int token, SrcSpan loc, const int *expected, int nexpected);

#define CHECK(x) do { if (!(x)) YYABORT; } while (0)
#define NODE(kind, loc) ast_at((kind), (loc))
#define NAME_NODE(id, loc) name_node((id), (loc))
#define EMPTY_LIST ((NodeList){ 0 })

static Node *name_node(const char *id, SrcSpan loc)
{
    Node *n = ast_at(N_NAME, loc);
    n->u.name.id = id;
    n->u.name.ctx = CTX_LOAD;
    return n;
}

static Node *binop(Node *l, BinOpKind op, Node *r, SrcSpan loc)
{
    Node *n = ast_at(N_BINOP, loc);
    n->u.binop.left = l;
    n->u.binop.op = op;
    n->u.binop.right = r;
    return n;
}

static Node *unop(UnaryOpKind op, Node *x, SrcSpan loc)
{
    Node *n = ast_at(N_UNARYOP, loc);
    n->u.unaryop.op = op;
    n->u.unaryop.operand = x;
    return n;
}

static Node *constant(ConstKind kind, SrcSpan loc)
{
    Node *n = ast_at(N_CONSTANT, loc);
    n->u.constant.kind = kind;
    return n;
}

static NodeList list1(Node *n)
{
    NodeList l = { 0 };
    ast_list_push(&l, n);
    return l;
}

static void list_extend(NodeList *l, const NodeList *more)
{
    for (int i = 0; i < more->len; i++)
        ast_list_push(l, more->items[i]);
}

static Node *comp(NodeKind kind, Node *elt, Node *value, NodeList gens, SrcSpan loc)
{
    Node *n = ast_at(kind, loc);
    n->u.comp.elt = elt;
    n->u.comp.value = value;
    n->u.comp.generators = gens;
    return n;
}

/* A block statement spans from its keyword to the end of its last block. */
static Node *block_stmt(NodeKind kind, SrcSpan loc, const Block *last)
{
    Node *n = ast_at(kind, loc);
    ast_end_at(n, last);
    return n;
}

static Block block1(Node *n)
{
    Block b = { { 0 }, n->end_lineno, n->end_col };
    ast_list_push(&b.body, n);
    return b;
}

static void block_extend(Block *b, const Block *more)
{
    for (int i = 0; i < more->body.len; i++)
        ast_list_push(&b->body, more->body.items[i]);
    b->end_line = more->end_line;
    b->end_col = more->end_col;
}

static Block no_block(void)
{
    Block b = { { 0 }, 0, 0 };
    return b;
}

static SrcSpan span(SrcSpan a, SrcSpan b)
{
    SrcSpan s = { a.first_line, a.first_column, b.last_line, b.last_column };
    return s;
}

static int arg_walrus_ok(ParseState *ps, Node *target, SrcSpan tloc, SrcSpan op)
{
    if (target->kind == N_NAME && !ast_is_parenthesized(target, tloc))
        return 1;
    ps_error_span(ps, op, "invalid syntax");
    return 0;
}

static ArgItem arg_item(int kind, Node *name, Node *value, SrcSpan loc, SrcSpan op_loc)
{
    ArgItem a = { kind, name, value, loc, op_loc, loc };
    return a;
}

static Node *param_arg(const char *name, Node *ann, SrcSpan loc)
{
    Node *n = ast_at(N_ARG, loc);
    n->u.arg.arg = name;
    n->u.arg.annotation = ann;
    return n;
}

static Node *alias(const char *name, const char *asname, SrcSpan loc)
{
    Node *n = ast_at(N_ALIAS, loc);
    n->u.alias.name = name;
    n->u.alias.asname = asname;
    return n;
}

static const char *join_dotted(const NameList *l)
{
    size_t n = 0;
    for (int i = 0; i < l->len; i++)
        n += strlen(l->names[i]) + 1;
    char *s = GC_MALLOC_ATOMIC(n);
    char *p = s;
    for (int i = 0; i < l->len; i++) {
        size_t k = strlen(l->names[i]);
        if (i)
            *p++ = '.';
        memcpy(p, l->names[i], k);
        p += k;
    }
    *p = 0;
    return s;
}

static Node *dict_from_pairs(const NodeList *pairs, SrcSpan loc)
{
    Node *d = ast_at(N_DICT, loc);
    for (int i = 0; i < pairs->len; i++) {
        ast_list_push(&d->u.dict.keys, pairs->items[i]->u.dict.keys.items[0]);
        ast_list_push(&d->u.dict.values, pairs->items[i]->u.dict.values.items[0]);
    }
    return d;
}

/* Bookkeeping for error messages: the last complete disjunction. */
#define NOTE_OR(n, loc) (ps->last_or = (n), ps->last_or_loc = (loc))
}

%define api.pure full
%define api.token.prefix {T_}
%define api.location.type {SrcSpan}
%define parse.error custom
%define api.prefix {gram_}
%define api.token.raw
%locations
%param {ParseState *ps}
%expect 0

%union {
    Node *node;
    NodeList list;
    const char *str;
    StrSeq *strs;
    StrTok *stok;
    ArgList args;
    ArgItem arg;
    Block block;
    AssignChain chain;
    CmpChain cmp;
    NameList names;
    int num;
}

%token ENDMARKER 0 "end of file"
%token <str> NAME "name"
%token <node> NUMBER "number"
%token <stok> STRING "string"
%token NEWLINE "newline" INDENT "indent" DEDENT "dedent" ERRORTOKEN "invalid token"
%token BADOP "unknown operator"
%token START_FILE START_EVAL START_SINGLE START_FSTRING
%token WITH_LPAREN "'(' of with"
%token FALSE "False" NONE "None" TRUE "True" AND "and" AS "as" ASSERT "assert" ASYNC "async"
       AWAIT "await" BREAK "break" CLASS "class" CONTINUE "continue" DEF "def" DEL "del"
       ELIF "elif" ELSE "else" EXCEPT "except" FINALLY "finally" FOR "for" FROM "from"
       GLOBAL "global" IF "if" IMPORT "import" IN "in" IS "is" LAMBDA "lambda"
       NONLOCAL "nonlocal" NOT "not" OR "or" PASS "pass" RAISE "raise" RETURN "return"
       TRY "try" WHILE "while" WITH "with" YIELD "yield"
%token LPAR "(" RPAR ")" LSQB "[" RSQB "]" LBRACE "{" RBRACE "}" COMMA "," COLON ":"
       DOT "." SEMI ";" AT "@" EQUAL "=" ARROW "->"
%token PLUSEQ "+=" MINUSEQ "-=" STAREQ "*=" SLASHEQ "/=" DSLASHEQ "//=" PERCENTEQ "%="
       ATEQ "@=" AMPEQ "&=" PIPEEQ "|=" CARETEQ "^=" RSHIFTEQ ">>=" LSHIFTEQ "<<=" DSTAREQ "**="
%token PLUS "+" MINUS "-" STAR "*" DSTAR "**" SLASH "/" DSLASH "//" PERCENT "%"
       LSHIFT "<<" RSHIFT ">>" AMP "&" PIPE "|" CARET "^" TILDE "~" LT "<" GT ">"
       LE "<=" GE ">=" EQEQ "==" NE "!=" LTGT "<>" WALRUS ":=" ELLIPSIS "..."

%type <list> stmts small_stmts decorators elif_list handlers
%type <block> stmts1 stmt simple_stmt suite else_opt finally_opt
%type <list> tse_list test_list expr_list elts dict_pairs comp_for comp_ifs subscripts
%type <list> with_items dotted_as_names import_as_names import_targets
%type <node> small_stmt expr_stmt rhs del_stmt flow_stmt import_stmt global_stmt
%type <node> nonlocal_stmt assert_stmt return_stmt raise_stmt
%type <node> compound_stmt if_stmt while_stmt for_stmt try_stmt with_stmt funcdef classdef
%type <node> decorated decorator handler with_item dotted_as_name import_as_name import_from
%type <node> testlist_star_expr testlist exprlist test_or_star expr_or_star star_expr
%type <node> yield_expr namedexpr_test namedexpr_or_star test ifexp_head or_test and_test
%type <node> not_test comparison expr xor_expr and_expr shift_expr arith_expr term factor
%type <node> power atom_expr atom lambdef subscript slice opt_test comp_clause
%type <node> dict_item dictorsetmaker parameters kwarg_head
%type <chain> assign_chain
%type <cmp> comp_chain
%type <num> augassign comp_op dots
%type <list> or_list and_list
%type <strs> strings
%type <args> arglist args params lparams lparam_list
%type <arg> argument param lparam
%type <names> names dotted_name

%start start

%%

start:
    START_FILE file_input
  | START_EVAL eval_input
  | START_SINGLE single_input
  | START_FSTRING fstring_input
  ;

/* ------------------------------------------------------------------ roots */

file_input:
    stmts {
        Node *m = ast_new(N_MODULE, 1, 0, 1, 0);
        m->u.module.body = $1;
        ps->result = m;
    }
  ;

eval_input:
    testlist newlines {
        Node *m = ast_new(N_EXPRESSION, 1, 0, 1, 0);
        m->u.expression.body = $1;
        ps->result = m;
    }
  ;

newlines:
    %empty
  | newlines NEWLINE
  ;

single_input:
    %empty {
        ps->result = ast_new(N_INTERACTIVE, 1, 0, 1, 0);
    }
  | simple_stmt {
        Node *m = ast_new(N_INTERACTIVE, 1, 0, 1, 0);
        m->u.module.body = $1.body;
        ps->result = m;
    }
  | compound_stmt {
        Node *m = ast_new(N_INTERACTIVE, 1, 0, 1, 0);
        m->u.module.body = list1($1);
        ps->result = m;
    }
  ;

/* An f-string field, given as "(" + expr + ")" (parse.c). */
fstring_input:
    testlist_star_expr newlines { ps->result = $1; }
  ;

stmts:
    %empty { $$ = EMPTY_LIST; }
  | stmts stmt { $$ = $1; list_extend(&$$, &$2.body); }
  ;

stmts1:
    stmt
  | stmts1 stmt { $$ = $1; block_extend(&$$, &$2); }
  ;

stmt:
    simple_stmt
  | compound_stmt { $$ = block1($1); }
  ;

simple_stmt:
    small_stmts NEWLINE { $$ = (Block){ $1, @1.last_line, @1.last_column }; }
  | small_stmts ";" NEWLINE { $$ = (Block){ $1, @2.last_line, @2.last_column }; }
  ;

small_stmts:
    small_stmt { $$ = list1($1); }
  | small_stmts ";" small_stmt { $$ = $1; ast_list_push(&$$, $3); }
  ;

small_stmt:
    expr_stmt
  | del_stmt
  | "pass" { $$ = NODE(N_PASS, @$); }
  | flow_stmt
  | import_stmt
  | global_stmt
  | nonlocal_stmt
  | assert_stmt
  ;

/* ------------------------------------------------------- simple statements */

expr_stmt:
    testlist_star_expr { $$ = NODE(N_EXPR, @$); $$->u.value.value = $1; }
  | yield_expr { $$ = NODE(N_EXPR, @$); $$->u.value.value = $1; }
  | testlist_star_expr augassign rhs {
        CHECK($$ = ast_make_augassign(ps, $1, @1, (BinOpKind)$2, $3, @$));
    }
  | testlist_star_expr ":" test {
        CHECK($$ = ast_make_annassign(ps, $1, @1, $3, NULL, @$));
    }
  | testlist_star_expr ":" test "=" rhs {
        CHECK($$ = ast_make_annassign(ps, $1, @1, $3, $5, @$));
    }
  | assign_chain { CHECK($$ = ast_make_assign(ps, &$1, @$)); }
  ;

assign_chain:
    testlist_star_expr "=" rhs {
        $$.nodes = list1($1);
        ast_list_push(&$$.nodes, $3);
        $$.first_loc = @1;
        $$.last_loc = @3;
    }
  | yield_expr "=" rhs {
        $$.nodes = list1($1);
        ast_list_push(&$$.nodes, $3);
        $$.first_loc = @1;
        $$.last_loc = @3;
    }
  | assign_chain "=" rhs { $$ = $1; ast_list_push(&$$.nodes, $3); $$.last_loc = @3; }
  ;

rhs:
    yield_expr
  | testlist_star_expr
  ;

augassign:
    "+=" { $$ = BIN_ADD; }
  | "-=" { $$ = BIN_SUB; }
  | "*=" { $$ = BIN_MULT; }
  | "@=" { $$ = BIN_MATMULT; }
  | "/=" { $$ = BIN_DIV; }
  | "%=" { $$ = BIN_MOD; }
  | "&=" { $$ = BIN_BITAND; }
  | "|=" { $$ = BIN_BITOR; }
  | "^=" { $$ = BIN_BITXOR; }
  | "<<=" { $$ = BIN_LSHIFT; }
  | ">>=" { $$ = BIN_RSHIFT; }
  | "**=" { $$ = BIN_POW; }
  | "//=" { $$ = BIN_FLOORDIV; }
  ;

del_stmt:
    "del" exprlist { CHECK($$ = ast_make_delete(ps, $2, @2, @$)); }
  ;

flow_stmt:
    "break" { $$ = NODE(N_BREAK, @$); }
  | "continue" { $$ = NODE(N_CONTINUE, @$); }
  | return_stmt
  | raise_stmt
  ;

return_stmt:
    "return" { $$ = NODE(N_RETURN, @$); }
  | "return" testlist_star_expr { $$ = NODE(N_RETURN, @$); $$->u.value.value = $2; }
  ;

raise_stmt:
    "raise" { $$ = NODE(N_RAISE, @$); }
  | "raise" test { $$ = NODE(N_RAISE, @$); $$->u.raise.exc = $2; }
  | "raise" test "from" test {
        $$ = NODE(N_RAISE, @$);
        $$->u.raise.exc = $2;
        $$->u.raise.cause = $4;
    }
  ;

global_stmt:
    "global" names {
        $$ = NODE(N_GLOBAL, @$);
        $$->u.names.names = $2.names;
        $$->u.names.len = $2.len;
    }
  ;

nonlocal_stmt:
    "nonlocal" names {
        $$ = NODE(N_NONLOCAL, @$);
        $$->u.names.names = $2.names;
        $$->u.names.len = $2.len;
    }
  ;

names:
    NAME { $$ = (NameList){ 0 }; namelist_push(&$$, $1); }
  | names "," NAME { $$ = $1; namelist_push(&$$, $3); }
  ;

assert_stmt:
    "assert" test { $$ = NODE(N_ASSERT, @$); $$->u.assert_.test = $2; }
  | "assert" test "," test {
        $$ = NODE(N_ASSERT, @$);
        $$->u.assert_.test = $2;
        $$->u.assert_.msg = $4;
    }
  ;

import_stmt:
    "import" dotted_as_names { $$ = NODE(N_IMPORT, @$); $$->u.import.names = $2; }
  | import_from
  ;

dotted_as_names:
    dotted_as_name { $$ = list1($1); }
  | dotted_as_names "," dotted_as_name { $$ = $1; ast_list_push(&$$, $3); }
  ;

dotted_as_name:
    dotted_name { $$ = alias(join_dotted(&$1), NULL, @$); }
  | dotted_name "as" NAME { $$ = alias(join_dotted(&$1), $3, @$); }
  ;

dotted_name:
    NAME { $$ = (NameList){ 0 }; namelist_push(&$$, $1); }
  | dotted_name "." NAME { $$ = $1; namelist_push(&$$, $3); }
  ;

import_from:
    "from" dotted_name "import" import_targets {
        $$ = NODE(N_IMPORTFROM, @$);
        $$->u.importfrom.module = join_dotted(&$2);
        $$->u.importfrom.names = $4;
    }
  | "from" dots dotted_name "import" import_targets {
        $$ = NODE(N_IMPORTFROM, @$);
        $$->u.importfrom.module = join_dotted(&$3);
        $$->u.importfrom.names = $5;
        $$->u.importfrom.level = $2;
    }
  | "from" dots "import" import_targets {
        $$ = NODE(N_IMPORTFROM, @$);
        $$->u.importfrom.names = $4;
        $$->u.importfrom.level = $2;
    }
  ;

dots:
    "." { $$ = 1; }
  | "..." { $$ = 3; }
  | dots "." { $$ = $1 + 1; }
  | dots "..." { $$ = $1 + 3; }
  ;

import_targets:
    "*" { $$ = list1(alias("*", NULL, @$)); }
  | "(" import_as_names ")" { $$ = $2; }
  | "(" import_as_names "," ")" { $$ = $2; }
  | import_as_names
  | import_as_names "," {
        ps_error_at(ps, "SyntaxError", @2.last_line, @2.last_column, @2.last_line, @2.last_column,
                    "trailing comma not allowed without surrounding parentheses");
        YYABORT;
    }
  ;

import_as_names:
    import_as_name { $$ = list1($1); }
  | import_as_names "," import_as_name { $$ = $1; ast_list_push(&$$, $3); }
  ;

import_as_name:
    NAME { $$ = alias($1, NULL, @$); }
  | NAME "as" NAME { $$ = alias($1, $3, @$); }
  ;

/* ----------------------------------------------------- compound statements */

compound_stmt:
    if_stmt
  | while_stmt
  | for_stmt
  | try_stmt
  | with_stmt
  | funcdef
  | classdef
  | decorated
  ;

suite:
    simple_stmt
  | NEWLINE INDENT stmts1 DEDENT { $$ = $3; }
  ;

/* elif branches are collected left-recursively (a long elif chain must not
 * grow the parser stack) and nested afterwards. */
if_stmt:
    "if" namedexpr_test ":" suite elif_list else_opt {
        $$ = block_stmt(N_IF, @$, &$4);
        $$->u.cond.test = $2;
        $$->u.cond.body = $4.body;
        $$ = ast_make_if_chain($$, &$5, &$6);
    }
  ;

elif_list:
    %empty { $$ = EMPTY_LIST; }
  | elif_list "elif" namedexpr_test ":" suite {
        Node *n = block_stmt(N_IF, @2, &$5);
        n->u.cond.test = $3;
        n->u.cond.body = $5.body;
        $$ = $1;
        ast_list_push(&$$, n);
    }
  ;

else_opt:
    %empty { $$ = no_block(); }
  | "else" ":" suite { $$ = $3; }
  ;

while_stmt:
    "while" namedexpr_test ":" suite else_opt {
        $$ = block_stmt(N_WHILE, @$, $5.body.len ? &$5 : &$4);
        $$->u.cond.test = $2;
        $$->u.cond.body = $4.body;
        $$->u.cond.orelse = $5.body;
    }
  ;

for_stmt:
    "for" exprlist "in" testlist_star_expr ":" suite else_opt {
        CHECK(ast_set_context(ps, $2, CTX_STORE, 1));
        $$ = block_stmt(N_FOR, @$, $7.body.len ? &$7 : &$6);
        $$->u.for_.target = $2;
        $$->u.for_.iter = $4;
        $$->u.for_.body = $6.body;
        $$->u.for_.orelse = $7.body;
    }
  ;

try_stmt:
    "try" ":" suite handlers else_opt finally_opt {
        Block hb = block1($4.items[$4.len - 1]);
        $$ = block_stmt(N_TRY, @$, $6.body.len ? &$6 : $5.body.len ? &$5 : &hb);
        $$->u.try_.body = $3.body;
        $$->u.try_.handlers = $4;
        $$->u.try_.orelse = $5.body;
        $$->u.try_.finalbody = $6.body;
    }
  | "try" ":" suite "finally" ":" suite {
        $$ = block_stmt(N_TRY, @$, &$6);
        $$->u.try_.body = $3.body;
        $$->u.try_.finalbody = $6.body;
    }
  ;

handlers:
    handler { $$ = list1($1); }
  | handlers handler { $$ = $1; ast_list_push(&$$, $2); }
  ;

handler:
    "except" ":" suite {
        $$ = block_stmt(N_EXCEPTHANDLER, @$, &$3);
        $$->u.handler.body = $3.body;
    }
  | "except" test ":" suite {
        $$ = block_stmt(N_EXCEPTHANDLER, @$, &$4);
        $$->u.handler.type = $2;
        $$->u.handler.body = $4.body;
    }
  | "except" test "as" NAME ":" suite {
        $$ = block_stmt(N_EXCEPTHANDLER, @$, &$6);
        $$->u.handler.type = $2;
        $$->u.handler.name = $4;
        $$->u.handler.body = $6.body;
    }
  | "except" test "," test_list ":" {
        ps_error_at(ps, "SyntaxError", $2->lineno, $2->col, @4.last_line, @4.last_column,
                    "multiple exception types must be parenthesized");
        YYABORT;
    }
  | "except" test "," test_list "as" NAME ":" {
        ps_error_at(ps, "SyntaxError", $2->lineno, $2->col, @6.last_line, @6.last_column,
                    "multiple exception types must be parenthesized");
        YYABORT;
    }
  ;

finally_opt:
    %empty { $$ = no_block(); }
  | "finally" ":" suite { $$ = $3; }
  ;

/* `with (a as b, c):` — the lexer turns this `(` into WITH_LPAREN when its
 * `)` is followed by `:`, as CPython tries the parenthesized form first. */
with_stmt:
    "with" with_items ":" suite {
        $$ = block_stmt(N_WITH, @$, &$4);
        $$->u.with.items = $2;
        $$->u.with.body = $4.body;
    }
  | "with" WITH_LPAREN with_items ")" ":" suite {
        $$ = block_stmt(N_WITH, @$, &$6);
        $$->u.with.items = $3;
        $$->u.with.body = $6.body;
    }
  | "with" WITH_LPAREN with_items "," ")" ":" suite {
        $$ = block_stmt(N_WITH, @$, &$7);
        $$->u.with.items = $3;
        $$->u.with.body = $7.body;
    }
  ;

with_items:
    with_item { $$ = list1($1); }
  | with_items "," with_item { $$ = $1; ast_list_push(&$$, $3); }
  ;

with_item:
    test { $$ = NODE(N_WITHITEM, @$); $$->u.withitem.context_expr = $1; }
  | test "as" expr {
        CHECK(ast_set_context(ps, $3, CTX_STORE, 0));
        $$ = NODE(N_WITHITEM, @$);
        $$->u.withitem.context_expr = $1;
        $$->u.withitem.optional_vars = $3;
    }
  ;

funcdef:
    "def" NAME parameters ":" suite {
        $$ = block_stmt(N_FUNCDEF, @$, &$5);
        $$->u.funcdef.name = $2;
        $$->u.funcdef.args = $3;
        $$->u.funcdef.body = $5.body;
    }
  | "def" NAME parameters "->" test ":" suite {
        $$ = block_stmt(N_FUNCDEF, @$, &$7);
        $$->u.funcdef.name = $2;
        $$->u.funcdef.args = $3;
        $$->u.funcdef.body = $7.body;
        $$->u.funcdef.returns = $5;
    }
  ;

parameters:
    "(" ")" { ArgList none = { 0 }; CHECK($$ = ast_make_arguments(ps, &none, NULL)); }
  | "(" params ")" { CHECK($$ = ast_make_arguments(ps, &$2, NULL)); }
  | "(" params "," ")" { CHECK($$ = ast_make_arguments(ps, &$2, NULL)); }
  ;

params:
    param { $$ = (ArgList){ 0 }; arglist_push(&$$, $1); }
  | params "," param { $$ = $1; arglist_push(&$$, $3); }
  ;

param:
    NAME { $$ = arg_item(PAR_PLAIN, param_arg($1, NULL, @$), NULL, @$, @$); }
  | NAME ":" test { $$ = arg_item(PAR_PLAIN, param_arg($1, $3, @$), NULL, @$, @$); }
  | NAME "=" test { $$ = arg_item(PAR_DEFAULT, param_arg($1, NULL, @1), $3, @1, @2); }
  | NAME ":" test "=" test {
        SrcSpan a = @1;
        a.last_line = @3.last_line;
        a.last_column = @3.last_column;
        $$ = arg_item(PAR_DEFAULT, param_arg($1, $3, a), $5, a, @4);
    }
  | NAME "=" {
        ps_error_span(ps, @2, "expected default value expression");
        YYABORT;
    }
  | NAME ":" test "=" {
        ps_error_span(ps, @4, "expected default value expression");
        YYABORT;
    }
  | "/" { $$ = arg_item(PAR_SLASH, NULL, NULL, @$, @$); }
  | "*" { $$ = arg_item(PAR_STAR_BARE, NULL, NULL, @$, @$); }
  | "*" NAME { $$ = arg_item(PAR_STAR, param_arg($2, NULL, @2), NULL, @$, @1); }
  | "*" NAME ":" test { $$ = arg_item(PAR_STAR, param_arg($2, $4, span(@2, @4)), NULL, @$, @1); }
  | "*" NAME ":" star_expr { $$ = arg_item(PAR_STAR, param_arg($2, $4, span(@2, @4)), NULL, @$, @1); }
  | "*" NAME "=" test {
        ps_error_span(ps, @3, "var-positional argument cannot have default value");
        YYABORT;
    }
  | "**" NAME { $$ = arg_item(PAR_DSTAR, param_arg($2, NULL, @2), NULL, @$, @1); }
  | "**" NAME ":" test { $$ = arg_item(PAR_DSTAR, param_arg($2, $4, span(@2, @4)), NULL, @$, @1); }
  | "**" NAME "=" test {
        ps_error_span(ps, @3, "var-keyword argument cannot have default value");
        YYABORT;
    }
  | "(" names ")" {
        ps_error_at(ps, "SyntaxError", @1.first_line, @1.first_column, @3.last_line, @3.last_column,
                    "Function parameters cannot be parenthesized");
        YYABORT;
    }
  | "(" names "," ")" {
        ps_error_at(ps, "SyntaxError", @1.first_line, @1.first_column, @4.last_line, @4.last_column,
                    "Function parameters cannot be parenthesized");
        YYABORT;
    }
  ;

classdef:
    "class" NAME ":" suite {
        $$ = block_stmt(N_CLASSDEF, @$, &$4);
        $$->u.classdef.name = $2;
        $$->u.classdef.body = $4.body;
    }
  | "class" NAME "(" ")" ":" suite {
        $$ = block_stmt(N_CLASSDEF, @$, &$6);
        $$->u.classdef.name = $2;
        $$->u.classdef.body = $6.body;
    }
  | "class" NAME "(" arglist ")" ":" suite {
        CHECK(ast_check_args(ps, &$4, @5));
        for (int i = 0; i < $4.len; i++)
            if ($4.items[i].kind == ARG_GENEXP) {
                /* class bases are call arguments without the bare generator form */
                const Node *c = $4.items[i].value->u.comp.generators.items[0];
                ps_error_at(ps, "SyntaxError", c->lineno, c->col, c->lineno, c->col + 3, "invalid syntax");
                YYABORT;
            }
        $$ = block_stmt(N_CLASSDEF, @$, &$7);
        $$->u.classdef.name = $2;
        ast_split_args(&$4, &$$->u.classdef.bases, &$$->u.classdef.keywords);
        $$->u.classdef.body = $7.body;
    }
  ;

decorated:
    decorators funcdef { $$ = $2; $$->u.funcdef.decorators = $1; }
  | decorators classdef { $$ = $2; $$->u.classdef.decorators = $1; }
  ;

decorators:
    decorator { $$ = list1($1); }
  | decorators decorator { $$ = $1; ast_list_push(&$$, $2); }
  ;

decorator:
    "@" namedexpr_test NEWLINE { $$ = $2; }
  ;

/* ------------------------------------------------------------- expressions */

/* A tuple without brackets spans its items and a trailing comma. */
testlist_star_expr:
    tse_list { $$ = $1.len == 1 ? $1.items[0] : ps_bare_tuple(ps, ast_seq(N_TUPLE, $1, @$)); }
  | tse_list "," { $$ = ps_bare_tuple(ps, ast_seq(N_TUPLE, $1, @$)); }
  ;

tse_list:
    test_or_star { $$ = list1($1); }
  | tse_list "," test_or_star { $$ = $1; ast_list_push(&$$, $3); }
  ;

test_or_star:
    test
  | star_expr
  ;

testlist:
    test_list { $$ = $1.len == 1 ? $1.items[0] : ast_seq(N_TUPLE, $1, @$); }
  | test_list "," { $$ = ast_seq(N_TUPLE, $1, @$); }
  ;

test_list:
    test { $$ = list1($1); }
  | test_list "," test { $$ = $1; ast_list_push(&$$, $3); }
  ;

exprlist:
    expr_list { $$ = $1.len == 1 ? $1.items[0] : ps_bare_tuple(ps, ast_seq(N_TUPLE, $1, @$)); }
  | expr_list "," { $$ = ps_bare_tuple(ps, ast_seq(N_TUPLE, $1, @$)); }
  ;

expr_list:
    expr_or_star { $$ = list1($1); }
  | expr_list "," expr_or_star { $$ = $1; ast_list_push(&$$, $3); }
  ;

expr_or_star:
    expr
  | star_expr
  ;

star_expr:
    "*" expr { $$ = NODE(N_STARRED, @$); $$->u.starred.value = $2; }
  ;

yield_expr:
    "yield" { $$ = NODE(N_YIELD, @$); }
  | "yield" testlist_star_expr { $$ = NODE(N_YIELD, @$); $$->u.value.value = $2; }
  | "yield" "from" test { $$ = NODE(N_YIELDFROM, @$); $$->u.value.value = $3; }
  ;

namedexpr_test:
    test
  | test ":=" test { CHECK($$ = ast_make_namedexpr(ps, $1, @1, $3, @$)); }
  ;

namedexpr_or_star:
    namedexpr_test
  | star_expr
  ;

test:
    or_test
  | ifexp_head or_test "else" test {
        $$ = NODE(N_IFEXP, @$);
        $$->u.ifexp.body = $1;
        $$->u.ifexp.test = $2;
        $$->u.ifexp.orelse = $4;
        ps->ifexp_sp--;
    }
  | lambdef
  ;

/* `x if`: reduced on its own so that "expected 'else'" knows where x began. */
ifexp_head:
    or_test "if" {
        $$ = $1;
        if (ps->ifexp_sp < PS_IFSTACK) {
            SrcSpan s = { $1->lineno, $1->col, $1->end_lineno, $1->end_col };
            ps->ifexp_head[ps->ifexp_sp] = s;
        }
        ps->ifexp_sp++;
    }
  ;

lambdef:
    "lambda" ":" test {
        ArgList none = { 0 };
        $$ = NODE(N_LAMBDA, @$);
        CHECK($$->u.funcdef.args = ast_make_arguments(ps, &none, &@2));
        Node *r = ast_new(N_RETURN, $3->lineno, $3->col, $3->end_lineno, $3->end_col);
        r->u.value.value = $3;
        $$->u.funcdef.body = list1(r);
    }
  | "lambda" lparams ":" test {
        $$ = NODE(N_LAMBDA, @$);
        CHECK($$->u.funcdef.args = ast_make_arguments(ps, &$2, &@3));
        Node *r = ast_new(N_RETURN, $4->lineno, $4->col, $4->end_lineno, $4->end_col);
        r->u.value.value = $4;
        $$->u.funcdef.body = list1(r);
    }
  ;

lparams:
    lparam_list
  | lparam_list "," { $$ = $1; $$.trailing_comma = 1; }
  ;

lparam_list:
    lparam { $$ = (ArgList){ 0 }; arglist_push(&$$, $1); }
  | lparam_list "," lparam { $$ = $1; arglist_push(&$$, $3); }
  ;

lparam:
    NAME { $$ = arg_item(PAR_PLAIN, param_arg($1, NULL, @$), NULL, @$, @$); }
  | NAME "=" test { $$ = arg_item(PAR_DEFAULT, param_arg($1, NULL, @1), $3, @1, @2); }
  | "/" { $$ = arg_item(PAR_SLASH, NULL, NULL, @$, @$); }
  | "*" { $$ = arg_item(PAR_STAR_BARE, NULL, NULL, @$, @$); }
  | "*" NAME { $$ = arg_item(PAR_STAR, param_arg($2, NULL, @2), NULL, @$, @1); }
  | "*" NAME "=" test {
        ps_error_span(ps, @3, "var-positional argument cannot have default value");
        YYABORT;
    }
  | "**" NAME { $$ = arg_item(PAR_DSTAR, param_arg($2, NULL, @2), NULL, @$, @1); }
  | "**" NAME "=" test {
        ps_error_span(ps, @3, "var-keyword argument cannot have default value");
        YYABORT;
    }
  | "(" names ")" {
        ps_error_at(ps, "SyntaxError", @1.first_line, @1.first_column, @3.last_line, @3.last_column,
                    "Lambda expression parameters cannot be parenthesized");
        YYABORT;
    }
  | "(" names "," ")" {
        ps_error_at(ps, "SyntaxError", @1.first_line, @1.first_column, @4.last_line, @4.last_column,
                    "Lambda expression parameters cannot be parenthesized");
        YYABORT;
    }
  ;

or_test:
    and_test { $$ = $1; NOTE_OR($$, @$); }
  | or_list {
        $$ = NODE(N_BOOLOP, @$);
        $$->u.boolop.op = BOOL_OR;
        $$->u.boolop.values = $1;
        NOTE_OR($$, @$);
    }
  ;

or_list:
    and_test "or" and_test { $$ = list1($1); ast_list_push(&$$, $3); }
  | or_list "or" and_test { $$ = $1; ast_list_push(&$$, $3); }
  ;

and_test:
    not_test
  | and_list {
        $$ = NODE(N_BOOLOP, @$);
        $$->u.boolop.op = BOOL_AND;
        $$->u.boolop.values = $1;
    }
  ;

and_list:
    not_test "and" not_test { $$ = list1($1); ast_list_push(&$$, $3); }
  | and_list "and" not_test { $$ = $1; ast_list_push(&$$, $3); }
  ;

not_test:
    "not" not_test { $$ = unop(UN_NOT, $2, @$); }
  | comparison
  ;

comparison:
    expr
  | expr comp_chain {
        $$ = NODE(N_COMPARE, @$);
        $$->u.compare.left = $1;
        $$->u.compare.ops = $2.ops;
        $$->u.compare.comparators = $2.rights;
    }
  ;

comp_chain:
    comp_op expr { $$ = (CmpChain){ 0 }; cmpchain_push(&$$, (CmpOpKind)$1, $2); }
  | comp_chain comp_op expr { $$ = $1; cmpchain_push(&$$, (CmpOpKind)$2, $3); }
  ;

comp_op:
    "<" { $$ = CMP_LT; }
  | ">" { $$ = CMP_GT; }
  | "==" { $$ = CMP_EQ; }
  | ">=" { $$ = CMP_GTE; }
  | "<=" { $$ = CMP_LTE; }
  | "!=" { $$ = CMP_NOTEQ; }
  | "in" { $$ = CMP_IN; }
  | "not" "in" { $$ = CMP_NOTIN; }
  | "is" { $$ = CMP_IS; }
  | "is" "not" { $$ = CMP_ISNOT; }
  ;

expr:
    xor_expr
  | expr "|" xor_expr { $$ = binop($1, BIN_BITOR, $3, @$); }
  ;

xor_expr:
    and_expr
  | xor_expr "^" and_expr { $$ = binop($1, BIN_BITXOR, $3, @$); }
  ;

and_expr:
    shift_expr
  | and_expr "&" shift_expr { $$ = binop($1, BIN_BITAND, $3, @$); }
  ;

shift_expr:
    arith_expr
  | shift_expr "<<" arith_expr { $$ = binop($1, BIN_LSHIFT, $3, @$); }
  | shift_expr ">>" arith_expr { $$ = binop($1, BIN_RSHIFT, $3, @$); }
  ;

arith_expr:
    term
  | arith_expr "+" term { $$ = binop($1, BIN_ADD, $3, @$); }
  | arith_expr "-" term { $$ = binop($1, BIN_SUB, $3, @$); }
  ;

term:
    factor
  | term "*" factor { $$ = binop($1, BIN_MULT, $3, @$); }
  | term "/" factor { $$ = binop($1, BIN_DIV, $3, @$); }
  | term "%" factor { $$ = binop($1, BIN_MOD, $3, @$); }
  | term "//" factor { $$ = binop($1, BIN_FLOORDIV, $3, @$); }
  | term "@" factor { $$ = binop($1, BIN_MATMULT, $3, @$); }
  ;

/* -x**y is -(x**y); x**-y is x**(-y). */
factor:
    "+" factor { $$ = unop(UN_UADD, $2, @$); }
  | "-" factor { $$ = unop(UN_USUB, $2, @$); }
  | "~" factor { $$ = unop(UN_INVERT, $2, @$); }
  | power
  ;

power:
    atom_expr
  | atom_expr "**" factor { $$ = binop($1, BIN_POW, $3, @$); }
  ;

atom_expr:
    atom
  | atom_expr "(" ")" {
        $$ = NODE(N_CALL, @$);
        $$->u.call.func = $1;
    }
  | atom_expr "(" arglist ")" {
        CHECK(ast_check_args(ps, &$3, @4));
        $$ = NODE(N_CALL, @$);
        $$->u.call.func = $1;
        ast_split_args(&$3, &$$->u.call.args, &$$->u.call.keywords);
        /* f(x for x in y): the generator spans the call's parentheses */
        if ($3.len == 1 && $3.items[0].kind == ARG_GENEXP) {
            SrcSpan g = { @2.first_line, @2.first_column, @4.last_line, @4.last_column };
            ast_set_span($$->u.call.args.items[0], g);
        }
    }
  | atom_expr "[" subscripts "]" {
        $$ = NODE(N_SUBSCRIPT, @$);
        $$->u.subscript.value = $1;
        if ($3.len == 1 && $3.items[0]->kind != N_STARRED) {
            $$->u.subscript.slice = $3.items[0];
        } else {
            SrcSpan s = { @3.first_line, @3.first_column, @3.last_line, @3.last_column };
            $$->u.subscript.slice = ast_seq(N_TUPLE, $3, s);
        }
    }
  | atom_expr "[" subscripts "," "]" {
        $$ = NODE(N_SUBSCRIPT, @$);
        $$->u.subscript.value = $1;
        SrcSpan s = { @3.first_line, @3.first_column, @4.last_line, @4.last_column };
        $$->u.subscript.slice = ast_seq(N_TUPLE, $3, s);
    }
  | atom_expr "." NAME {
        $$ = NODE(N_ATTRIBUTE, @$);
        $$->u.attribute.value = $1;
        $$->u.attribute.attr = $3;
    }
  ;

atom:
    NAME { $$ = NAME_NODE($1, @$); }
  | NUMBER
  | strings { CHECK($$ = strings_to_node(ps, $1, @$, yylloc)); }
  | "..." { $$ = constant(CONST_ELLIPSIS, @$); }
  | "None" { $$ = constant(CONST_NONE, @$); }
  | "True" { $$ = constant(CONST_TRUE, @$); }
  | "False" { $$ = constant(CONST_FALSE, @$); }
  | "(" ")" { $$ = ast_seq(N_TUPLE, EMPTY_LIST, @$); }
  | "(" yield_expr ")" { $$ = $2; }
  | "(" elts ")" {
        if ($2.len == 1) {
            $$ = $2.items[0];
            if ($$->kind == N_STARRED) {
                ps_error_node(ps, $$, "cannot use starred expression here");
                YYABORT;
            }
        } else {
            $$ = ast_seq(N_TUPLE, $2, @$);
        }
    }
  | "(" elts "," ")" { $$ = ast_seq(N_TUPLE, $2, @$); }
  | "(" namedexpr_or_star comp_for ")" {
        CHECK(ast_check_comprehension_elt(ps, $2));
        $$ = comp(N_GENEXP, $2, NULL, $3, @$);
    }
  | "(" "**" expr ")" {
        ps_error_span(ps, @2, "cannot use double starred expression here");
        YYABORT;
    }
  | "[" "]" { $$ = ast_seq(N_LIST, EMPTY_LIST, @$); }
  | "[" elts "]" { $$ = ast_seq(N_LIST, $2, @$); }
  | "[" elts "," "]" { $$ = ast_seq(N_LIST, $2, @$); }
  | "[" namedexpr_or_star comp_for "]" {
        CHECK(ast_check_comprehension_elt(ps, $2));
        $$ = comp(N_LISTCOMP, $2, NULL, $3, @$);
    }
  | "[" elts "," namedexpr_or_star comp_for "]" {
        Node *last = $4;
        ps_error_at(ps, "SyntaxError", $2.items[0]->lineno, $2.items[0]->col, last->end_lineno, last->end_col,
                    "did you forget parentheses around the comprehension target?");
        YYABORT;
    }
  | "{" "}" {
        $$ = NODE(N_DICT, @$);
    }
  | "{" dictorsetmaker "}" { $$ = $2; ast_set_span($$, @$); }
  ;

strings:
    STRING { $$ = NULL; strseq_push(&$$, $1); }
  | strings STRING { $$ = $1; strseq_push(&$$, $2); }
  ;

elts:
    namedexpr_or_star { $$ = list1($1); }
  | elts "," namedexpr_or_star { $$ = $1; ast_list_push(&$$, $3); }
  ;

dictorsetmaker:
    dict_pairs { $$ = dict_from_pairs(&$1, @$); }
  | dict_pairs "," { $$ = dict_from_pairs(&$1, @$); }
  | test ":" test comp_for { $$ = comp(N_DICTCOMP, $1, $3, $4, @$); }
  | "**" expr comp_for {
        ps_error_span(ps, @1, "dict unpacking cannot be used in dict comprehension");
        YYABORT;
    }
  | elts { $$ = ast_seq(N_SET, $1, @$); }
  | elts "," { $$ = ast_seq(N_SET, $1, @$); }
  | namedexpr_or_star comp_for {
        CHECK(ast_check_comprehension_elt(ps, $1));
        $$ = comp(N_SETCOMP, $1, NULL, $2, @$);
    }
  | elts "," namedexpr_or_star comp_for {
        ps_error_at(ps, "SyntaxError", $1.items[0]->lineno, $1.items[0]->col, $3->end_lineno, $3->end_col,
                    "did you forget parentheses around the comprehension target?");
        YYABORT;
    }
  ;

/* Each item is a one-entry N_DICT, merged by dict_from_pairs. */
dict_pairs:
    dict_item { $$ = EMPTY_LIST; ast_list_push(&$$, $1); }
  | dict_pairs "," dict_item { $$ = $1; ast_list_push(&$$, $3); }
  ;

dict_item:
    test ":" test { $$ = NODE(N_DICT, @$); ast_list_push(&$$->u.dict.keys, $1); ast_list_push(&$$->u.dict.values, $3); }
  | test ":" star_expr {
        ps_error_at(ps, "SyntaxError", @3.first_line, @3.first_column, @3.last_line, @3.last_column,
                    "cannot use a starred expression in a dictionary value");
        YYABORT;
    }
  | "**" expr { $$ = NODE(N_DICT, @$); ast_list_push(&$$->u.dict.keys, NULL); ast_list_push(&$$->u.dict.values, $2); }
  ;

comp_for:
    comp_clause { $$ = list1($1); }
  | comp_for comp_clause { $$ = $1; ast_list_push(&$$, $2); }
  ;

comp_clause:
    "for" exprlist "in" or_test comp_ifs {
        CHECK(ast_set_context(ps, $2, CTX_STORE, 1));
        $$ = NODE(N_COMPREHENSION, @$);
        $$->u.comprehension.target = $2;
        $$->u.comprehension.iter = $4;
        $$->u.comprehension.ifs = $5;
    }
  ;

comp_ifs:
    %empty { $$ = EMPTY_LIST; }
  | comp_ifs "if" or_test { $$ = $1; ast_list_push(&$$, $3); }
  ;

subscripts:
    subscript { $$ = list1($1); }
  | subscripts "," subscript { $$ = $1; ast_list_push(&$$, $3); }
  ;

subscript:
    namedexpr_test
  | "*" test { $$ = NODE(N_STARRED, @$); $$->u.starred.value = $2; }
  | slice
  ;

slice:
    opt_test ":" opt_test {
        SrcSpan s = @$;
        if (!$1) { s.first_line = @2.first_line; s.first_column = @2.first_column; }
        $$ = NODE(N_SLICE, s);
        $$->u.slice.lower = $1;
        $$->u.slice.upper = $3;
    }
  | opt_test ":" opt_test ":" opt_test {
        SrcSpan s = @$;
        if (!$1) { s.first_line = @2.first_line; s.first_column = @2.first_column; }
        $$ = NODE(N_SLICE, s);
        $$->u.slice.lower = $1;
        $$->u.slice.upper = $3;
        $$->u.slice.step = $5;
    }
  ;

opt_test:
    %empty { $$ = NULL; }
  | test
  ;

/* Call arguments, checked and split by astbuild.c. */
arglist:
    args
  | args "," { $$ = $1; $$.trailing_comma = 1; }
  ;

args:
    argument { $$ = (ArgList){ 0 }; arglist_push(&$$, $1); }
  | args "," argument { $$ = $1; arglist_push(&$$, $3); }
  ;

/* `name=`: checked as soon as the `=` is seen, as CPython reports a bad
 * keyword before looking further. */
kwarg_head:
    test "=" { CHECK(ast_check_kwarg(ps, $1, @1, @2)); $$ = $1; }
  ;

/* A walrus target in arguments must be a plain name; anything else is just
 * "invalid syntax" at the `:=` there (CPython has no better message). */
argument:
    test { $$ = arg_item(ARG_POS, NULL, $1, @$, @$); }
  | test ":=" test {
        CHECK(arg_walrus_ok(ps, $1, @1, @2));
        $$ = arg_item(ARG_POS, NULL, ast_make_namedexpr(ps, $1, @1, $3, @$), @$, @$);
    }
  | test comp_for {
        $$ = arg_item(ARG_GENEXP, NULL, comp(N_GENEXP, $1, NULL, $2, @$), @$, @$);
    }
  | test ":=" test comp_for {
        CHECK(arg_walrus_ok(ps, $1, @1, @2));
        Node *w = ast_make_namedexpr(ps, $1, @1, $3, span(@1, @3));
        $$ = arg_item(ARG_GENEXP, NULL, comp(N_GENEXP, w, NULL, $4, @$), @$, @$);
    }
  | kwarg_head test { $$ = arg_item(ARG_KW, $1, $2, @$, @1); $$.name_loc = $$.loc; }
  | kwarg_head test comp_for {
        ps_error_at(ps, "SyntaxError", @1.first_line, @1.first_column, @1.last_line, @1.last_column,
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        YYABORT;
    }
  | "*" test { $$ = arg_item(ARG_STAR, NULL, NODE(N_STARRED, @$), @$, @1); $$.value->u.starred.value = $2; }
  | "**" test { $$ = arg_item(ARG_DSTAR, NULL, $2, @$, @1); }
  ;

%%

static int yylex(YYSTYPE *lval, SrcSpan *lloc, ParseState *ps)
{
    Token t = lexer_next(ps->lx);
    *lloc = t.loc;
    switch (t.kind) {
    case T_NAME: lval->str = t.v.str; break;
    case T_NUMBER: lval->node = t.v.node; break;
    case T_STRING: lval->stok = t.v.stok; break;
    default: break;
    }
    return t.kind;
}

/* Only reached when the parser stack is exhausted. */
static void yyerror(SrcSpan *loc, ParseState *ps, const char *msg)
{
    (void)msg;
    ps_error_at(ps, "SyntaxError", loc->first_line, loc->first_column, loc->last_line,
                loc->last_column, "too complex");
}

static int yyreport_syntax_error(const yypcontext_t *ctx, ParseState *ps)
{
    /* with api.token.raw, symbol kinds of terminals are their token kinds */
    yysymbol_kind_t syms[64];
    int expected[64];
    int n = yypcontext_expected_tokens(ctx, syms, 64);
    if (n < 0)
        n = 0;
    for (int i = 0; i < n; i++)
        expected[i] = (int)syms[i];
    return syntax_error_report(ps, (int)yypcontext_token(ctx), *yypcontext_location(ctx), expected, n);
}

const char *grammar_token_name(int kind)
{
    if (kind < 0 || kind >= YYNTOKENS)
        return "?";
    return yysymbol_name((yysymbol_kind_t)kind);
}

int grammar_parse(ParseState *ps)
{
    return yyparse(ps);
}
