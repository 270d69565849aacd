/* parse.c - the parser's entry points: source preparation (BOM, encoding
 * declaration, NUL bytes, UTF-8, universal newlines), running the grammar,
 * settling which error CPython 3.11 would report, nested parses for f-string
 * expressions, the REPL's completeness test, and CPython's SyntaxError text. */
#include <string.h>
#include <gc/gc.h>

#include "parse.h"
#include "lexer.h"
#include "grammar.h"

#define FSTRING_MAXDEPTH 8

/* ------------------------------------------------------------ source text */

char *source_line(const char *src, size_t len, int lineno)
{
    const char *p = src, *end = src + len;
    for (int l = 1; l < lineno && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            return NULL;
        p = nl + 1;
    }
    if (p > end)
        return NULL;
    const char *e = memchr(p, '\n', (size_t)(end - p));
    if (!e)
        e = end;
    char *s = GC_MALLOC_ATOMIC((size_t)(e - p) + 1);
    memcpy(s, p, (size_t)(e - p));
    s[e - p] = 0;
    return s;
}

static int line_of(const char *src, const char *p)
{
    int l = 1;
    for (const char *q = src; q < p; q++)
        l += *q == '\n';
    return l;
}

/* Length of a valid UTF-8 sequence at p, or 0. */
static int utf8_len(const unsigned char *p, const unsigned char *end)
{
    unsigned c = p[0];
    if (c < 0x80) return 1;
    int n;
    unsigned min;
    if (c >= 0xC2 && c <= 0xDF) n = 2, min = 0x80;
    else if (c >= 0xE0 && c <= 0xEF) n = 3, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4) n = 4, min = 0x10000;
    else return 0;
    if (end - p < n) return 0;
    unsigned cp = c & (0x7Fu >> n);
    for (int i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80) return 0;
        cp = cp << 6 | (p[i] & 0x3Fu);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return n;
}

/* The encoding named by a PEP 263 comment on line 1 or 2, or NULL. */
static char *coding_spec(const char *s, size_t n)
{
    const char *p = s, *end = s + n;
    for (int line = 0; line < 2 && p < end; line++) {
        const char *e = memchr(p, '\n', (size_t)(end - p));
        if (!e) e = end;
        const char *q = p;
        while (q < e && (*q == ' ' || *q == '\t' || *q == '\f')) q++;
        if (q < e && *q == '#') {
            for (const char *c = q; c + 6 < e; c++) {
                if (!memcmp(c, "coding", 6) && (c[6] == ':' || c[6] == '=')) {
                    const char *v = c + 7;
                    while (v < e && (*v == ' ' || *v == '\t')) v++;
                    const char *w = v;
                    while (w < e && ((*w >= 'a' && *w <= 'z') || (*w >= 'A' && *w <= 'Z')
                                     || (*w >= '0' && *w <= '9') || *w == '-' || *w == '_' || *w == '.'))
                        w++;
                    if (w > v) {
                        char *name = GC_MALLOC_ATOMIC((size_t)(w - v) + 1);
                        for (size_t i = 0; i < (size_t)(w - v); i++) {
                            char ch = v[i];
                            if (ch >= 'A' && ch <= 'Z') ch = (char)(ch + 32);
                            name[i] = ch == '_' ? '-' : ch;
                        }
                        name[w - v] = 0;
                        return name;
                    }
                }
            }
        } else if (q < e) {
            return NULL;   /* a code line ends the search */
        }
        p = e + 1;
    }
    return NULL;
}

static int prefix_is(const char *name, const char *enc)
{
    size_t k = strlen(enc);
    return !strncmp(name, enc, k) && (name[k] == 0 || name[k] == '-');
}

static void simple_error(ParseError *err, const char *msg)
{
    memset(err, 0, sizeof *err);
    err->kind = "SyntaxError";
    err->msg = msg;
}

/* Makes the NUL-terminated, UTF-8, '\n'-only buffer the lexer scans. A NUL
 * byte or invalid UTF-8 ends the buffer at the start of its line and leaves
 * *pending set: CPython reads files line by line and reports such a line
 * when it gets there (or when it scans ahead after another error). */
static char *prepare_source(const char *src, size_t len, const char *filename, size_t *outlen,
                            ParseError *err, ParseError **pending)
{
    *pending = NULL;
    int bom = len >= 3 && !memcmp(src, "\xEF\xBB\xBF", 3);
    if (bom)
        src += 3, len -= 3;
    int latin1 = 0;
    char *coding = coding_spec(src, len);
    if (coding && bom && !prefix_is(coding, "utf-8")) {
        simple_error(err, ps_printf("encoding problem: %s with BOM", coding));
        return NULL;
    }
    if (coding && !prefix_is(coding, "utf-8") && strcmp(coding, "utf8")) {
        if (prefix_is(coding, "latin-1") || prefix_is(coding, "iso-8859-1") || prefix_is(coding, "iso-latin-1"))
            latin1 = 1;
        else
            for (size_t i = 0; i < len; i++)
                if ((unsigned char)src[i] >= 0x80) {
                    simple_error(err, ps_printf("encoding problem: %s (atoll reads UTF-8 and Latin-1 source only)",
                                                coding));
                    return NULL;
                }
    }
    char *buf = GC_MALLOC_ATOMIC(latin1 ? 2 * len + 1 : len + 1);
    size_t k = 0, line_k = 0;
    const unsigned char *p = (const unsigned char *)src, *end = p + len, *line_p = p;
    while (p < end) {
        unsigned c = *p;
        if (c == '\r' || c == '\n') {
            buf[k++] = '\n';
            p += c == '\r' && p + 1 < end && p[1] == '\n' ? 2 : 1;
            line_k = k;
            line_p = p;
        } else if (c == 0) {
            ParseError *e = GC_MALLOC(sizeof *e);
            simple_error(e, "source code cannot contain null bytes");
            e->lineno = e->end_lineno = line_of(src, (const char *)p);
            char *text = GC_MALLOC_ATOMIC((size_t)(p - line_p) + 1);
            memcpy(text, line_p, (size_t)(p - line_p));
            text[p - line_p] = 0;
            e->text = text;
            e->col = e->end_col = -1;
            *pending = e;
            k = line_k;
            break;
        } else if (c < 0x80) {
            buf[k++] = (char)c;
            p++;
        } else if (latin1) {
            buf[k++] = (char)(0xC0 | c >> 6);
            buf[k++] = (char)(0x80 | (c & 0x3F));
            p++;
        } else {
            int n = utf8_len(p, end);
            if (!n) {
                ParseError *e = GC_MALLOC(sizeof *e);
                simple_error(e, ps_printf("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "
                                          "but no encoding declared; see https://peps.python.org/pep-0263/ "
                                          "for details", c, filename ? filename : "<string>",
                                          line_of(src, (const char *)p)));
                *pending = e;
                k = line_k;
                break;
            }
            memcpy(buf + k, p, (size_t)n);
            k += (size_t)n;
            p += n;
        }
    }
    buf[k] = 0;
    *outlen = k;
    return buf;
}

/* ------------------------------------------------------------ running */

static int mode_token(int mode)
{
    switch (mode) {
    case PARSE_EVAL: return T_START_EVAL;
    case PARSE_SINGLE: return T_START_SINGLE;
    case PARSE_FSTRING_EXPR: return T_START_FSTRING;
    default: return T_START_FILE;
    }
}

/* CPython keeps scanning after a grammar error: a tokenizer error anywhere
 * later wins, and so does a bracket left open when the error lies on a later
 * line than the bracket. */
static void settle_error(ParseState *ps)
{
    Lexer *lx = ps->lx;
    if (!ps->err_class)
        ps_error_at(ps, "SyntaxError", lx->prev[0].loc.first_line, lx->prev[0].loc.first_column,
                    lx->prev[0].loc.last_line, lx->prev[0].loc.last_column, "invalid syntax");
    if (ps->err_class != ERRC_PARSER || ps->no_drain)
        return;
    int err_line = lx->furthest_line;
    lexer_drain(lx);
    if (lx->err_class == ERRC_TOKEN_HARD
        || (lx->err_class == ERRC_TOKEN && lx->err_unclosed && err_line > lx->err.lineno)) {
        ps->err = lx->err;
        ps->err_class = lx->err_class;
        ps->err_final = 0;
    }
}

static ParseState *run(const char *buf, size_t n, int mode, int line, int col, int fdepth,
                       const ParseError *pending)
{
    ParseState *ps = GC_MALLOC(sizeof *ps);
    ps->mode = mode;
    ps->fdepth = fdepth;
    ps->lx = lexer_new(buf, n, mode_token(mode), line, col);
    ps->lx->end_error = pending;
    if (grammar_parse(ps) != 0 || !ps->result) {
        ps->result = NULL;
        settle_error(ps);
    }
    return ps;
}

Node *parse_source(const char *src, size_t len, const char *filename, ParseMode mode, ParseError *err)
{
    size_t n;
    ParseError *pending;
    memset(err, 0, sizeof *err);
    char *buf = prepare_source(src, len, filename, &n, err, &pending);
    if (!buf)
        return NULL;
    ParseState *ps = run(buf, n, mode, 1, 0, 0, pending);
    if (ps->result)
        return ps->result;
    *err = ps->err;
    if (!err->text && err->lineno > 0)
        err->text = source_line(buf, n, err->lineno);
    return NULL;
}

/* An f-string field's expression, parsed as CPython 3.11 does: the text
 * "(" + expr + ")" with the "(" where the `{` is and the ")" where the field's
 * expression ends, so nodes get their real positions. Errors are reported
 * relative to that text, with "f-string: " before parser messages. */
Node *parse_fstring_expr(ParseState *outer, const char *src, size_t len, const FExprPos *at)
{
    if (outer->fdepth >= FSTRING_MAXDEPTH) {
        ps_error_span(outer, outer->lx->prev[0].loc, "f-string: expressions nested too deeply");
        return NULL;
    }
    char *buf = GC_MALLOC_ATOMIC(len + 3);
    buf[0] = '(';
    memcpy(buf + 1, src, len);
    buf[len + 1] = ')';
    buf[len + 2] = 0;
    ParseState *ps = run(buf, len + 2, PARSE_FSTRING_EXPR, at->brace_line, at->brace_col,
                         outer->fdepth + 1, NULL);
    if (ps->result)
        return ps->result;
    ParseError e = ps->err;
    if (!ps->err_final) {
        if (e.lineno == at->brace_line) {
            if (e.col >= 0)
                e.col -= at->brace_col;
            if (e.end_lineno == e.lineno && e.end_col >= 0)
                e.end_col -= at->brace_col;
        }
        e.text = buf;
        if (ps->err_class == ERRC_PARSER)
            e.msg = ps_printf("f-string: %s", e.msg);
    }
    if (!outer->err_class) {
        outer->err = e;   /* keeps its units: an inner tokenizer error counts characters */
        outer->err_class = ERRC_PARSER;
        outer->err_final = 1;
    }
    return NULL;
}

int parse_is_complete(const char *src, size_t len)
{
    size_t n;
    ParseError err, *pending;
    char *buf = prepare_source(src, len, "<stdin>", &n, &err, &pending);
    if (!buf)
        return 1;
    ParseState *ps = run(buf, n, PARSE_SINGLE, 1, 0, 0, pending);
    if (!ps->result) {
        const char *m = ps->err.msg;
        if (ps->err_at_eof || !strncmp(m, "unterminated triple-quoted", 26)
            || strstr(m, "was never closed") || !strcmp(m, "unexpected EOF while parsing"))
            return 0;
        return 1;
    }
    /* a compound statement ends with an empty line */
    NodeList *body = &ps->result->u.module.body;
    if (body->len == 1) {
        NodeKind k = body->items[0]->kind;
        if (k == N_IF || k == N_WHILE || k == N_FOR || k == N_TRY || k == N_WITH || k == N_FUNCDEF
            || k == N_CLASSDEF) {
            const char *e = buf + n;
            if (e > buf && e[-1] == '\n')
                e--;
            const char *ls = e;
            while (ls > buf && ls[-1] != '\n')
                ls--;
            for (const char *q = ls; q < e; q++)
                if (*q != ' ' && *q != '\t' && *q != '\f')
                    return 0;
            return ls > buf;   /* the last line is blank */
        }
    }
    return 1;
}

/* ------------------------------------------------------------ error text */

/* Characters of text before byte offset col (bytes past its end count one each). */
static int chars_before(const char *text, int col)
{
    if (!text)
        return col;
    int n = 0, i = 0;
    for (; text[i] && i < col; i++)
        if (((unsigned char)text[i] & 0xC0) != 0x80)
            n++;
    return n + (col - i);
}

void parse_error_offsets(const ParseError *e, int *offset, int *end_offset)
{
    int col = e->col, end_col = e->end_col;
    if (!e->offsets_in_bytes) {
        if (col >= 0)
            col = chars_before(e->text, col);
        if (end_col >= 0 && e->end_lineno == e->lineno)
            end_col = chars_before(e->text, end_col);
    }
    *offset = col < 0 ? 0 : col + 1;
    *end_offset = end_col >= 0 ? end_col + 1 : end_col == -1 ? 0 : -1;
}

/* pythonrun.c's print_exception_file_and_line + print_error_text (3.11). */
char *parse_error_format(const char *filename, const ParseError *e)
{
    const char *kind = e->kind ? e->kind : "SyntaxError";
    if (e->lineno <= 0)
        return ps_printf("%s: %s\n", kind, e->msg);
    char *head = ps_printf("  File \"%s\", line %d\n", filename ? filename : "<string>", e->lineno);
    if (!e->text)
        return ps_printf("%s%s: %s\n", head, kind, e->msg);
    int offset, end_offset;
    parse_error_offsets(e, &offset, &end_offset);
    long line_size = (long)strlen(e->text) + 1;   /* CPython's text keeps its '\n' */
    if (strcmp(kind, "SyntaxError"))
        end_offset = -1;   /* subclasses (IndentationError, TabError) get one caret */
    else if (e->end_lineno > e->lineno)
        end_offset = (int)line_size;
    if (end_offset > line_size + 1)
        end_offset = (int)line_size + 1;
    long carets = end_offset > 0 && end_offset > offset ? end_offset - offset : 1;
    /* as CPython, offsets index the UTF-8 text as if each byte were a column */
    const char *text = e->text;
    long off = offset - 1;
    while (*text == ' ' || *text == '\t' || *text == '\f')
        text++, off--;
    long len = (long)strlen(text);
    if (off > len)
        off = len;
    char *out = ps_printf("%s    %s\n", head, text);
    if (off >= 0) {
        char *caret = GC_MALLOC_ATOMIC((size_t)(off + carets) + 1);
        memset(caret, ' ', (size_t)off);
        memset(caret + off, '^', (size_t)carets);
        caret[off + carets] = 0;
        out = ps_printf("%s    %s\n", out, caret);
    }
    return ps_printf("%s%s: %s\n", out, kind, e->msg);
}
