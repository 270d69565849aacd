/* syntax_error.c - turns the token where the LALR parser stopped into
 * CPython 3.11's message for it.
 *
 * CPython re-parses a failing file with extra "invalid_*" grammar rules; we
 * recognize the same situations from the failing token, the tokens before it,
 * the tokens the parser could have accepted, and a little bookkeeping the
 * grammar keeps (the last disjunction, the open `x if y`). Where CPython
 * needs to know how far an expression after the failing token reaches (the
 * caret range of "Perhaps you forgot a comma?"), a small recognizer skims
 * the following tokens without building anything. */
#include <string.h>

#include "lexer.h"
#include "grammar.h"

int syntax_error_report(ParseState *ps, int tok, SrcSpan loc, const int *expected, int nexpected);

static int expects(const int *e, int n, int k)
{
    for (int i = 0; i < n; i++)
        if (e[i] == k)
            return 1;
    return 0;
}

/* Error at a token; INDENT, DEDENT and ENDMARKER report CPython's column for
 * them (the indentation width, no end). */
static void error_at_token(ParseState *ps, const char *kind, const Token *t, const char *msg)
{
    int k = t->kind;
    if (k == T_INDENT || k == T_DEDENT || k == T_ENDMARKER) {
        int col = t->loc.first_column >= 0 ? t->loc.first_column - 1 : -1;
        ps_error_at(ps, kind, t->loc.first_line, col, t->loc.first_line, -2, msg);
    } else {
        ps_error_at(ps, kind, t->loc.first_line, t->loc.first_column, t->loc.last_line,
                    t->loc.last_column, msg);
    }
}

/* ---------------------------------------------------------------------------
 * The recognizer: does an expression start at the current token, and where
 * does it end? It follows CPython's `expression` (and `star_expressions`)
 * loosely; brackets are skipped as a whole, so it never recurses. */

typedef struct Skim {
    Lexer *lx;
    Token first;     /* the failing token, already consumed */
    int pos;         /* 0 = first, i > 0 = lexer_peek(i - 1) */
    int last;        /* position of the last token taken */
    int lexer_err;   /* ran into a tokenizer error */
} Skim;

/* Tokens from the failing one on; running into a tokenizer error means
 * CPython's second pass would have raised it. */
static const Token *sk_tok(Skim *s, int pos)
{
    const Token *t = pos == 0 ? &s->first : lexer_peek(s->lx, pos - 1);
    if (t->kind == T_ERRORTOKEN && s->lx->err_class)
        s->lexer_err = 1;
    lexer_note_fetch(s->lx, t);
    return t;
}

static int sk_kind(Skim *s) { return sk_tok(s, s->pos)->kind; }

static void sk_take(Skim *s) { s->last = s->pos++; }

static int is_keyword_name(const Token *t, const char *w)
{
    return t->kind == T_NAME && !strcmp(t->v.str, w);
}

static int starts_expression(int k)
{
    switch (k) {
    case T_NAME: case T_NUMBER: case T_STRING: case T_LPAR: case T_LSQB: case T_LBRACE:
    case T_MINUS: case T_PLUS: case T_TILDE: case T_NOT: case T_LAMBDA: case T_TRUE: case T_FALSE:
    case T_NONE: case T_ELLIPSIS:
        return 1;
    default:
        return 0;
    }
}

/* Skips a bracketed group starting at the current token; gives up at what
 * cannot stand inside an expression. */
static int sk_brackets(Skim *s)
{
    int depth = 0;
    do {
        int k = sk_kind(s);
        if (k == T_ENDMARKER || k == T_ERRORTOKEN) {
            s->lexer_err = s->lx->err_class != 0;
            return 0;
        }
        if (k == T_BADOP || k == T_DEF || k == T_CLASS || k == T_RETURN || k == T_IMPORT || k == T_DEL
            || k == T_PASS || k == T_BREAK || k == T_CONTINUE || k == T_RAISE || k == T_GLOBAL
            || k == T_NONLOCAL || k == T_ASSERT || k == T_WHILE || k == T_TRY || k == T_WITH
            || k == T_EXCEPT || k == T_FINALLY || k == T_ELIF)
            return 0;
        if (k == T_LPAR || k == T_LSQB || k == T_LBRACE)
            depth++;
        else if (k == T_RPAR || k == T_RSQB || k == T_RBRACE)
            depth--;
        sk_take(s);
        if (depth > 0 && (k == T_LPAR || k == T_LSQB || k == T_LBRACE || k == T_COMMA)) {
            /* what follows an opening bracket or a comma must start an item */
            int n = sk_kind(s);
            if (!starts_expression(n) && n != T_STAR && n != T_DSTAR && n != T_YIELD && n != T_COLON
                && n != T_RPAR && n != T_RSQB && n != T_RBRACE && n != T_ENDMARKER && n != T_ERRORTOKEN)
                return 0;
        }
    } while (depth > 0);
    return 1;
}

/* atom trailer*, brackets skipped whole */
static int sk_primary(Skim *s)
{
    int k = sk_kind(s);
    switch (k) {
    case T_NAME: case T_NUMBER: case T_TRUE: case T_FALSE: case T_NONE: case T_ELLIPSIS:
        sk_take(s);
        break;
    case T_STRING:
        while (sk_kind(s) == T_STRING)
            sk_take(s);
        break;
    case T_LPAR: case T_LSQB: case T_LBRACE:
        if (!sk_brackets(s))
            return 0;
        break;
    default:
        return 0;
    }
    for (;;) {
        k = sk_kind(s);
        if (k == T_LPAR || k == T_LSQB) {
            if (!sk_brackets(s))
                return 0;
        } else if (k == T_DOT && sk_tok(s, s->pos + 1)->kind == T_NAME) {
            sk_take(s);
            sk_take(s);
        } else {
            return 1;
        }
    }
}

static int is_binop(int k)
{
    switch (k) {
    case T_PIPE: case T_CARET: case T_AMP: case T_LSHIFT: case T_RSHIFT: case T_PLUS: case T_MINUS:
    case T_STAR: case T_SLASH: case T_DSLASH: case T_PERCENT: case T_AT: case T_DSTAR:
        return 1;
    default:
        return 0;
    }
}

static int is_cmpop(Skim *s)
{
    int k = sk_kind(s);
    if (k == T_LT || k == T_GT || k == T_EQEQ || k == T_GE || k == T_LE || k == T_NE || k == T_IN || k == T_IS)
        return 1;
    return k == T_NOT && sk_tok(s, s->pos + 1)->kind == T_IN;
}

/* bitwise_or: unary prefixes, primaries and binary operators */
static int sk_bitwise_or(Skim *s)
{
    for (;;) {
        while (sk_kind(s) == T_MINUS || sk_kind(s) == T_PLUS || sk_kind(s) == T_TILDE)
            sk_take(s);
        if (!sk_primary(s))
            return 0;
        if (!is_binop(sk_kind(s)))
            return 1;
        int save = s->pos, save_last = s->last;
        sk_take(s);
        int k = sk_kind(s);
        if (!(k == T_NAME || k == T_NUMBER || k == T_STRING || k == T_LPAR || k == T_LSQB || k == T_LBRACE
              || k == T_MINUS || k == T_PLUS || k == T_TILDE || k == T_TRUE || k == T_FALSE || k == T_NONE
              || k == T_ELLIPSIS)) {
            s->pos = save;
            s->last = save_last;
            return 1;
        }
    }
}

static int sk_disjunction(Skim *s)
{
    for (;;) {
        while (sk_kind(s) == T_NOT)
            sk_take(s);
        if (!sk_bitwise_or(s))
            return 0;
        for (;;) {
            int save = s->pos, save_last = s->last;
            if (is_cmpop(s)) {
                if (sk_kind(s) == T_NOT || (sk_kind(s) == T_IS && sk_tok(s, s->pos + 1)->kind == T_NOT))
                    sk_take(s);
                sk_take(s);
                if (sk_bitwise_or(s))
                    continue;
                s->pos = save;
                s->last = save_last;
                if (s->lexer_err)
                    return 0;
            }
            break;
        }
        if (sk_kind(s) != T_AND && sk_kind(s) != T_OR)
            return 1;
        int save = s->pos, save_last = s->last;
        sk_take(s);
        int k = sk_kind(s);
        if (k == T_AND || k == T_OR || k == T_RPAR || k == T_RSQB || k == T_RBRACE || k == T_COMMA
            || k == T_NEWLINE || k == T_ENDMARKER || k == T_COLON) {
            s->pos = save;
            s->last = save_last;
            return 1;
        }
    }
}

/* expression: lambda or disjunction ['if' disjunction 'else' expression] */
static int sk_expression(Skim *s)
{
    for (;;) {
        if (sk_kind(s) == T_LAMBDA) {
            while (sk_kind(s) != T_COLON) {
                int k = sk_kind(s);
                if (k == T_NEWLINE || k == T_ENDMARKER || k == T_ERRORTOKEN)
                    return 0;
                sk_take(s);
            }
            sk_take(s);
            continue;
        }
        if (!sk_disjunction(s))
            return 0;
        if (sk_kind(s) != T_IF)
            return 1;
        int save = s->pos, save_last = s->last;
        sk_take(s);
        if (sk_disjunction(s) && sk_kind(s) == T_ELSE) {
            sk_take(s);
            continue;
        }
        if (s->lexer_err)
            return 0;
        s->pos = save;
        s->last = save_last;
        return 1;
    }
}

/* star_expressions: comma-separated expressions or *bitwise_or */
static int sk_star_expressions(Skim *s)
{
    for (;;) {
        if (sk_kind(s) == T_STAR) {
            sk_take(s);
            if (!sk_bitwise_or(s))
                return 0;
        } else if (!sk_expression(s)) {
            return 0;
        }
        if (sk_kind(s) != T_COMMA)
            return 1;
        int save = s->pos, save_last = s->last;
        sk_take(s);
        int k = sk_kind(s);
        if (!(k == T_NAME || k == T_NUMBER || k == T_STRING || k == T_LPAR || k == T_LSQB || k == T_LBRACE
              || k == T_MINUS || k == T_PLUS || k == T_TILDE || k == T_NOT || k == T_LAMBDA || k == T_STAR
              || k == T_TRUE || k == T_FALSE || k == T_NONE || k == T_ELLIPSIS))
            return 1;   /* a trailing comma belongs to star_expressions too */
        (void)save;
        (void)save_last;
    }
}

/* Does the last disjunction end right where the failing token's predecessor
 * ends? */
static int last_or_ends_before(ParseState *ps, const Token *prev)
{
    return ps->last_or && ps->last_or_loc.last_line == prev->loc.last_line
        && ps->last_or_loc.last_column == prev->loc.last_column;
}

static const Node *leftmost(const Node *n)
{
    for (int guard = 0; guard < 100000; guard++) {
        switch (n->kind) {
        case N_BINOP: n = n->u.binop.left; break;
        case N_CALL: n = n->u.call.func; break;
        case N_ATTRIBUTE: n = n->u.attribute.value; break;
        case N_SUBSCRIPT: n = n->u.subscript.value; break;
        case N_COMPARE: n = n->u.compare.left; break;
        case N_BOOLOP: n = n->u.boolop.values.items[0]; break;
        default: return n;
        }
    }
    return n;
}

static int is_soft_keyword(const Node *n)
{
    return n->kind == N_NAME
        && (!strcmp(n->u.name.id, "match") || !strcmp(n->u.name.id, "case") || !strcmp(n->u.name.id, "_"));
}

static int lexer_error_wins(ParseState *ps, Skim *s)
{
    if (s->lexer_err && ps->lx->err_class) {
        ps->err = ps->lx->err;
        ps->err_class = ps->lx->err_class;
        return 1;
    }
    return 0;
}

/* ---------------------------------------------------------------------------
 * The specialized messages, tried in CPython's order. */

static const char *block_owner(int kind, int line)
{
    switch (kind) {
    case T_IF: return ps_printf("expected an indented block after 'if' statement on line %d", line);
    case T_ELIF: return ps_printf("expected an indented block after 'elif' statement on line %d", line);
    case T_ELSE: return ps_printf("expected an indented block after 'else' statement on line %d", line);
    case T_WHILE: return ps_printf("expected an indented block after 'while' statement on line %d", line);
    case T_FOR: return ps_printf("expected an indented block after 'for' statement on line %d", line);
    case T_WITH: return ps_printf("expected an indented block after 'with' statement on line %d", line);
    case T_TRY: return ps_printf("expected an indented block after 'try' statement on line %d", line);
    case T_EXCEPT: return ps_printf("expected an indented block after 'except' statement on line %d", line);
    case T_FINALLY: return ps_printf("expected an indented block after 'finally' statement on line %d", line);
    case T_DEF: return ps_printf("expected an indented block after function definition on line %d", line);
    case T_CLASS: return ps_printf("expected an indented block after class definition on line %d", line);
    default: return "expected an indented block";
    }
}

/* `print "x"`: the name, then star_expressions */
static int legacy_print(ParseState *ps, const Token *t, const Token *p1, const Token *p2)
{
    if (!(is_keyword_name(p1, "print") || is_keyword_name(p1, "exec")))
        return 0;
    if (!starts_expression(t->kind) && t->kind != T_STAR)
        return 0;
    int k2 = p2->kind;
    if (k2 == T_DOT || k2 == T_NAME || k2 == T_NUMBER || k2 == T_STRING || k2 == T_RPAR || k2 == T_RSQB
        || k2 == T_RBRACE)
        return 0;
    Skim s = { ps->lx, *t, 0, -1, 0 };
    if (!sk_star_expressions(&s) || s.lexer_err)
        return lexer_error_wins(ps, &s);
    const Token *end = sk_tok(&s, s.last);
    ps_error_at(ps, "SyntaxError", p1->loc.first_line, p1->loc.first_column, end->loc.last_line,
                end->loc.last_column,
                ps_printf("Missing parentheses in call to '%s'. Did you mean %s(...)?", p1->v.str, p1->v.str));
    return 1;
}

/* `match subject:` is outside atoll's subset (SPEC §2): say so at the
 * statement rather than "invalid syntax" at its subject. */
static int match_statement(ParseState *ps, const Token *t, const Token *p1, const Token *p2)
{
    /* `match [1, 2]:`, `match (x):`, `match *a, b:` read as an expression
     * (or an annotated target) until the colon: a statement headed by
     * `match` that fails at or just after its colon */
    const Lexer *lx = ps->lx;
    int at_colon = t->kind == T_COLON || (t->kind == T_NEWLINE && p1->kind == T_COLON);
    if (at_colon && lx->head_name && !strcmp(lx->head_name, "match")) {
        ps_error_at(ps, "SyntaxError", lx->head_line, lx->head_col, lx->head_line, lx->head_col + 5,
                    "atoll does not support the match statement");
        return 1;
    }
    if (!is_keyword_name(p1, "match") || (!starts_expression(t->kind) && t->kind != T_STAR))
        return 0;
    int k2 = p2->kind;
    if (k2 != 0 && k2 != T_NEWLINE && k2 != T_INDENT && k2 != T_DEDENT && k2 != T_START_FILE
        && k2 != T_START_SINGLE)
        return 0;   /* `match` does not start the statement: an ordinary name */
    error_at_token(ps, "SyntaxError", p1, "atoll does not support the match statement");
    return 1;
}

/* `name "string" x`: CPython skips the name (it could be a string prefix
 * typo) and tries the string and what follows it. */
static int forgot_comma_after_string(ParseState *ps, const Token *t)
{
    Skim s = { ps->lx, *t, 0, -1, 0 };
    if (!sk_expression(&s) || s.lexer_err)
        return lexer_error_wins(ps, &s);
    const Token *a_end = sk_tok(&s, s.last);
    if (!starts_expression(sk_kind(&s)))
        return lexer_error_wins(ps, &s);
    if (!sk_expression(&s) || s.lexer_err)
        return lexer_error_wins(ps, &s);
    const Token *end = sk_tok(&s, s.last);
    (void)a_end;
    if (end->level == 0)
        return 0;
    ps_error_at(ps, "SyntaxError", t->loc.first_line, t->loc.first_column, end->loc.last_line,
                end->loc.last_column, "invalid syntax. Perhaps you forgot a comma?");
    return 1;
}

/* `[a b]`: two expressions side by side inside brackets */
static int forgot_comma(ParseState *ps, const Token *t, const Token *p1)
{
    if (!starts_expression(t->kind) || !last_or_ends_before(ps, p1))
        return 0;
    const Node *a = ps->last_or;
    const Node *lm = leftmost(a);
    if (a->kind == N_NAME && t->kind == T_STRING)
        return forgot_comma_after_string(ps, t);
    if (is_soft_keyword(lm))
        return 0;
    if (lm->kind == N_NAME && (!strcmp(lm->u.name.id, "print") || !strcmp(lm->u.name.id, "exec"))
        && lm == a)
        return 0;
    Skim s = { ps->lx, *t, 0, -1, 0 };
    if (!sk_expression(&s) || s.lexer_err)
        return lexer_error_wins(ps, &s);
    const Token *end = sk_tok(&s, s.last);
    if (end->level == 0)
        return 0;
    ps_error_at(ps, "SyntaxError", a->lineno, a->col, end->loc.last_line, end->loc.last_column,
                "invalid syntax. Perhaps you forgot a comma?");
    return 1;
}

/* `if x = 1:` and `(f() = 1)`: an assignment where an expression belongs */
static int assign_in_expression(ParseState *ps, const Token *t, const Token *p1)
{
    Lexer *lx = ps->lx;
    if (t->kind != T_EQUAL || !last_or_ends_before(ps, p1))
        return 0;
    if (!(t->level > 0 || lx->head_kind == T_IF || lx->head_kind == T_ELIF || lx->head_kind == T_WHILE))
        return 0;
    const Node *a = ps->last_or;
    Skim s = { lx, *t, 1, 0, 0 };
    if (!sk_bitwise_or(&s) || s.lexer_err)
        return lexer_error_wins(ps, &s);
    int after = sk_kind(&s);
    if (after == T_EQUAL || after == T_WALRUS)
        return 0;
    const Token *end = sk_tok(&s, s.last);
    int a_paren = a->lineno != ps->last_or_loc.first_line || a->col != ps->last_or_loc.first_column;
    if (a->kind == N_NAME && !a_paren) {
        ps_error_at(ps, "SyntaxError", a->lineno, a->col, end->loc.last_line, end->loc.last_column,
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        return 1;
    }
    switch (a->kind) {
    case N_BOOLOP: case N_COMPARE: case N_IFEXP: case N_LAMBDA: case N_STARRED:
        if (!a_paren)
            return 0;
        break;
    case N_UNARYOP:
        if (a->u.unaryop.op == UN_NOT && !a_paren)
            return 0;
        break;
    case N_LIST: case N_TUPLE: case N_GENEXP:
        return 0;
    case N_CONSTANT:
        if (a->u.constant.kind == CONST_TRUE || a->u.constant.kind == CONST_FALSE
            || a->u.constant.kind == CONST_NONE)
            return 0;
        break;
    default:
        break;
    }
    ps_error_node(ps, a, ps_printf("cannot assign to %s here. Maybe you meant '==' instead of '='?",
                                   ast_expr_name(a)));
    return 1;
}

int syntax_error_report(ParseState *ps, int tok, SrcSpan loc, const int *expected, int n)
{
    Lexer *lx = ps->lx;
    (void)loc;
    if (ps->err_class)
        return 0;
    const Token *t = &lx->prev[0];
    const Token *p1 = &lx->prev[1];
    const Token *p2 = &lx->prev[2];
    Token none = { 0 };
    if (lx->nconsumed < 2)
        p1 = &none;
    if (lx->nconsumed < 3)
        p2 = &none;
    if (tok == T_ENDMARKER || (t->loc.first_column < 0 && (tok == T_DEDENT || tok == T_NEWLINE)))
        ps->err_at_eof = 1;

    if (tok == T_ERRORTOKEN && lx->err_class) {
        ps->err = lx->err;
        ps->err_class = lx->err_class;
        return 0;
    }
    if (tok == T_INDENT) {
        error_at_token(ps, "IndentationError", t, "unexpected indent");
        ps->no_drain = 1;
        return 0;
    }
    if (p1->kind == T_NEWLINE && p2->kind == T_COLON) {
        error_at_token(ps, "IndentationError", t, block_owner(lx->nl_head_kind, lx->nl_head_line));
        return 0;
    }
    if (tok == T_ASYNC || tok == T_AWAIT) {
        error_at_token(ps, "SyntaxError", t, "atoll does not support async/await");
        return 0;
    }
    if (tok == T_STAR && p1->kind == T_EXCEPT) {
        ps_error_at(ps, "SyntaxError", p1->loc.first_line, p1->loc.first_column, t->loc.last_line,
                    t->loc.last_column, "atoll does not support except* (exception groups)");
        return 0;
    }
    if (legacy_print(ps, t, p1, p2) || match_statement(ps, t, p1, p2) || ps->err_class)
        return 0;
    if (expects(expected, n, T_ELSE) && tok != T_COLON && tok != T_ELSE && ps->ifexp_sp > 0
        && ps->ifexp_sp <= PS_IFSTACK && last_or_ends_before(ps, p1)) {
        SrcSpan h = ps->ifexp_head[ps->ifexp_sp - 1];
        ps_error_at(ps, "SyntaxError", h.first_line, h.first_column, ps->last_or->end_lineno,
                    ps->last_or->end_col, "expected 'else' after 'if' expression");
        return 0;
    }
    /* {k: v, k2 ...}: once a dict is known, a key must be followed by ':' */
    if (n == 1 && expected[0] == T_COLON && p1->bracket == '{' && last_or_ends_before(ps, p1)) {
        const Node *a = ps->last_or;
        ps_error_at(ps, "SyntaxError", a->lineno, a->end_col - 1, a->end_lineno, -1,
                    "':' expected after dictionary key");
        return 0;
    }
    /* a comprehension's iterable and conditions are plain disjunctions there */
    int after_comprehension = expects(expected, n, T_FOR) && !expects(expected, n, T_COMMA);
    if (!after_comprehension && (forgot_comma(ps, t, p1) || ps->err_class))
        return 0;
    if (assign_in_expression(ps, t, p1) || ps->err_class)
        return 0;
    /* `x.y := 1` where a named expression could stand: statement start,
     * brackets, if/while conditions */
    if (tok == T_WALRUS && last_or_ends_before(ps, p1)
        && ((ps->last_or_loc.first_line == lx->head_line && ps->last_or_loc.first_column == lx->head_col)
            || (t->level > 0 && !expects(expected, n, T_EQUAL))   /* brackets, but not call arguments */
            || lx->head_kind == T_IF || lx->head_kind == T_ELIF || lx->head_kind == T_WHILE)) {
        const Node *a = ps->last_or;
        int paren = a->lineno != ps->last_or_loc.first_line || a->col != ps->last_or_loc.first_column;
        if (a->kind != N_NAME || paren) {
            ps_error_node(ps, a, ps_printf("cannot use assignment expressions with %s", ast_expr_name(a)));
            return 0;
        }
    }
    /* {k:} */
    if ((tok == T_COMMA || tok == T_RBRACE) && t->bracket == '{' && p1->kind == T_COLON
        && expects(expected, n, T_NAME) && expects(expected, n, T_LAMBDA)) {
        error_at_token(ps, "SyntaxError", p1, "expression expected after dictionary key and ':'");
        return 0;
    }
    int head = lx->head_kind;
    if (expects(expected, n, T_COLON) && tok != T_COLON) {
        int only_colon = 1;
        for (int i = 0; i < n; i++)
            if (expected[i] != T_COLON && expected[i] != T_ARROW)
                only_colon = 0;
        if (tok == T_NEWLINE && (head == T_IF || head == T_ELIF || head == T_WHILE || head == T_FOR
                                 || head == T_WITH || head == T_CLASS || head == T_EXCEPT)) {
            error_at_token(ps, "SyntaxError", t, "expected ':'");
            return 0;
        }
        if (only_colon && (head == T_DEF || head == T_ELSE || head == T_TRY || head == T_FINALLY)) {
            error_at_token(ps, "SyntaxError", t, "expected ':'");
            return 0;
        }
    }
    if (head == T_DEF && p1->kind == T_NAME && p2->kind == T_DEF && tok != T_LPAR) {
        error_at_token(ps, "SyntaxError", t, "expected '('");
        return 0;
    }
    if (expects(expected, n, T_EXCEPT) && expects(expected, n, T_FINALLY)) {
        error_at_token(ps, "SyntaxError", t, "expected 'except' or 'finally' block");
        return 0;
    }
    if (tok == T_DEDENT) {
        error_at_token(ps, "IndentationError", t, "unexpected unindent");
        ps->no_drain = 1;
        return 0;
    }
    if (ps->mode == PARSE_SINGLE && expects(expected, n, T_ENDMARKER) && n == 1 && p1->kind == T_NEWLINE) {
        error_at_token(ps, "SyntaxError", p1, "multiple statements found while compiling a single statement");
        return 0;
    }
    /* CPython's second pass reads a token past the failing one: a tokenizer
     * error there is what it reports */
    const Token *next = lexer_peek(lx, 0);
    if (tok != T_ENDMARKER && tok != T_ERRORTOKEN && next->kind == T_ERRORTOKEN && lx->err_class
        && !lx->err_unclosed) {
        ps->err = lx->err;
        ps->err_class = lx->err_class;
        return 0;
    }
    error_at_token(ps, "SyntaxError", t, "invalid syntax");
    return 0;
}
