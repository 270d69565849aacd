/* fstring.c - splits an f-string literal into constant text and replacement
 * fields, following CPython 3.11's Parser/string_parser.c: `{{`/`}}` are
 * literal braces, `{expr=!r:spec}` a field whose expression is parsed by a
 * nested parser, whose format spec may hold fields of its own (one level),
 * and whose errors carry the "f-string: ..." messages.
 *
 * Recursion: format specs nest at most two levels (checked), and nested
 * f-strings inside expressions go through parse_fstring_expr, which bounds
 * its own depth. */
#include <string.h>
#include <gc/gc.h>

#include "strbuf.h"

#define FSTRING_MAXLEVEL 200

/* Emits the pending literal text as a Constant (empty text emits nothing). */
void fstring_flush(FStringCtx *fc, NodeList *into, SrcSpan loc)
{
    if (fc->pending.len) {
        char *s = GC_MALLOC_ATOMIC(fc->pending.len + 1);
        memcpy(s, fc->pending.s, fc->pending.len + 1);
        ast_list_push(into, str_constant_node(s, fc->pending.len, loc));
        fc->pending.len = 0;
        fc->pending.s[0] = 0;
    }
}

static int ferror_(FStringCtx *fc, const char *msg)
{
    ps_error_span(fc->ps, fc->err_loc, msg);
    return 0;
}

/* Adds the literal text [s, e) to pending, decoding escapes unless raw. */
static int add_literal(FStringCtx *fc, const StrTok *t, const char *s, const char *e, int raw)
{
    if (s == e)
        return 1;
    if (raw) {
        strbuf_put(&fc->pending, s, (size_t)(e - s));
        return 1;
    }
    char *d;
    size_t dn;
    if (!str_decode(fc->ps, t, s, (size_t)(e - s), 0, &d, &dn, fc->err_loc))
        return 0;
    strbuf_put(&fc->pending, d, dn);
    return 1;
}

/* fstring_find_literal: returns -1 on error, 1 after a doubled brace (the
 * caller loops), 0 at a `{`/`}` that ends the literal or at the end. */
static int find_literal(FStringCtx *fc, const StrTok *t, const char **str, const char *end,
                        int raw, int lvl)
{
    const char *s = *str, *start = s;
    while (s < end) {
        char ch = *s++;
        if (!raw && ch == '\\' && s < end) {
            ch = *s++;
            if (ch == 'N') {
                if (s < end && *s++ == '{') {
                    while (s < end && *s++ != '}') {
                    }
                }
                continue;
            }
        }
        if (ch == '{' || ch == '}') {
            if (lvl == 0) {
                if (s < end && *s == ch) {
                    if (!add_literal(fc, t, start, s, raw))
                        return -1;
                    *str = s + 1;
                    return 1;
                }
                if (ch == '}') {
                    ferror_(fc, "f-string: single '}' is not allowed");
                    return -1;
                }
            }
            s--;
            break;
        }
    }
    *str = s;
    return add_literal(fc, t, start, s, raw) ? 0 : -1;
}

/* Where a byte of the body sits in the file. */
static void body_pos(const StrTok *t, const char *p, int *line, int *col)
{
    int l = t->body_line;
    const char *ls = NULL;
    for (const char *q = t->body; q < p; q++)
        if (*q == '\n') {
            l++;
            ls = q + 1;
        }
    *line = l;
    *col = ls ? (int)(p - ls) : t->body_col + (int)(p - t->body);
}

static Node *parse_spec(FStringCtx *fc, const StrTok *t, const char **str, const char *end,
                        int raw, int lvl);

/* fstring_find_expr: at a `{`; parses one replacement field. */
static int find_expr(FStringCtx *fc, const StrTok *t, const char **str, const char *end, int raw,
                     int lvl, NodeList *values)
{
    char quote = 0;
    int string_type = 0;
    int depth = 0;
    char parens[FSTRING_MAXLEVEL];
    if (lvl >= 2)
        return ferror_(fc, "f-string: expressions nested too deeply");
    const char *brace = *str;
    *str += 1;
    const char *expr_start = *str;
    for (; *str < end; (*str)++) {
        char ch = **str;
        if (ch == '\\')
            return ferror_(fc, "f-string expression part cannot include a backslash");
        if (quote) {
            if (ch == quote) {
                if (string_type == 3) {
                    if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
                        *str += 2;
                        string_type = 0;
                        quote = 0;
                    }
                } else {
                    string_type = 0;
                    quote = 0;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
                string_type = 3;
                *str += 2;
            } else {
                string_type = 1;
            }
            quote = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (depth >= FSTRING_MAXLEVEL)
                return ferror_(fc, "f-string: too many nested parenthesis");
            parens[depth++] = ch;
        } else if (ch == '#') {
            return ferror_(fc, "f-string expression part cannot include '#'");
        } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
            if (*str + 1 < end) {
                char next = (*str)[1];
                if ((ch == '!' || ch == '=' || ch == '<' || ch == '>') && next == '=') {
                    *str += 1;
                    continue;
                }
            }
            if (ch == '>' || ch == '<')
                continue;
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (!depth)
                return ferror_(fc, ps_printf("f-string: unmatched '%c'", ch));
            char open = parens[--depth];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') || (open == '{' && ch == '}')))
                return ferror_(fc, ps_printf("f-string: closing parenthesis '%c' does not match "
                                             "opening parenthesis '%c'", ch, open));
        }
    }
    const char *expr_end = *str;
    if (quote)
        return ferror_(fc, "f-string: unterminated string");
    if (depth)
        return ferror_(fc, ps_printf("f-string: unmatched '%c'", parens[depth - 1]));
    if (*str >= end)
        return ferror_(fc, "f-string: expecting '}'");

    /* fstring_compile_expr */
    const char *s = expr_start;
    while (s < expr_end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f'))
        s++;
    if (s == expr_end) {
        if (*expr_end == '!' || *expr_end == ':' || *expr_end == '=')
            return ferror_(fc, ps_printf("f-string: expression required before '%c'", *expr_end));
        return ferror_(fc, "f-string: empty expression not allowed");
    }
    FExprPos at;
    body_pos(t, expr_start, &at.line, &at.col);
    body_pos(t, brace, &at.brace_line, &at.brace_col);
    body_pos(t, expr_end, &at.end_line, &at.end_col);
    Node *expr = parse_fstring_expr(fc->ps, expr_start, (size_t)(expr_end - expr_start), &at);
    if (!expr)
        return 0;

    int debug = 0;
    if (**str == '=') {
        *str += 1;
        while (*str < end && (**str == ' ' || **str == '\t' || **str == '\n' || **str == '\f'
                              || **str == '\r' || **str == '\v'))
            *str += 1;
        if (*str >= end)
            return ferror_(fc, "f-string: expecting '}'");
        strbuf_put(&fc->pending, expr_start, (size_t)(*str - expr_start));
        debug = 1;
    }
    int conversion = -1;
    if (**str == '!') {
        *str += 1;
        if (*str >= end)
            return ferror_(fc, "f-string: expecting '}'");
        conversion = (unsigned char)**str;
        *str += 1;
        if (conversion != 's' && conversion != 'r' && conversion != 'a')
            return ferror_(fc, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
    Node *spec = NULL;
    if (*str < end && **str == ':') {
        *str += 1;
        if (*str >= end)
            return ferror_(fc, "f-string: expecting '}'");
        spec = parse_spec(fc, t, str, end, raw, lvl + 1);
        if (!spec)
            return 0;
    }
    if (*str >= end || **str != '}')
        return ferror_(fc, "f-string: expecting '}'");
    *str += 1;
    if (debug && !spec && conversion == -1)
        conversion = 'r';
    fstring_flush(fc, values, fc->whole);
    Node *fv = ast_at(N_FORMATTEDVALUE, fc->whole);
    fv->u.fvalue.value = expr;
    fv->u.fvalue.conversion = conversion;
    fv->u.fvalue.format_spec = spec;
    ast_list_push(values, fv);
    return 1;
}

/* Literal text and fields up to the end (lvl 0) or a `}` (format specs). */
static int concat_fstring(FStringCtx *fc, const StrTok *t, const char **str, const char *end,
                          int raw, int lvl, NodeList *values)
{
    for (;;) {
        int r = find_literal(fc, t, str, end, raw, lvl);
        if (r < 0)
            return 0;
        if (r == 1)
            continue;
        if (*str >= end || **str == '}')
            break;
        if (!find_expr(fc, t, str, end, raw, lvl, values))
            return 0;
    }
    if (lvl == 0 && *str < end - 1)
        return ferror_(fc, "f-string: unexpected end of string");
    if (lvl != 0 && (*str >= end || **str != '}'))
        return ferror_(fc, "f-string: expecting '}'");
    return 1;
}

/* A format spec is a JoinedStr of its own, with its own pending text; it
 * and its last constant span only their own token (CPython 3.11's quirk). */
static Node *parse_spec(FStringCtx *fc, const StrTok *t, const char **str, const char *end,
                        int raw, int lvl)
{
    StrBuf saved = fc->pending;
    fc->pending = (StrBuf){ 0 };
    strbuf_put(&fc->pending, "", 0);
    NodeList values = { 0 };
    int ok = concat_fstring(fc, t, str, end, raw, lvl, &values);
    if (ok)
        fstring_flush(fc, &values, t->loc);
    fc->pending = saved;
    if (!ok)
        return NULL;
    Node *j = ast_at(N_JOINEDSTR, t->loc);
    j->u.joined.values = values;
    return j;
}

int fstring_parse_into(FStringCtx *fc, const StrTok *t)
{
    const char *p = t->body;
    return concat_fstring(fc, t, &p, t->body + t->len, (t->flags & STR_RAW) != 0, 0, &fc->values);
}
