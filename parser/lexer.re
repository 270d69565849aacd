/* lexer.re - Python's tokenizer.
 *
 * re2c recognizes each token; the C around it keeps the layout the way
 * CPython's Parser/tokenizer.c does: a stack of indentation widths (tabs to
 * the next multiple of 8, checked against tab size 1 for TabError), pending
 * INDENT/DEDENT counts, a bracket stack that suppresses NEWLINE, blank and
 * comment-only lines ignored, and NEWLINE + DEDENTs at end of input. Error
 * messages and their columns follow CPython 3.11.
 *
 * The buffer is NUL-terminated and holds no other NUL (parse.c ends it before
 * a line with a NUL or bad UTF-8), so NUL is the end sentinel: no rule's
 * character class contains it. */
#include <string.h>
#include <stdlib.h>
#include <gc/gc.h>

#include "lexer.h"
#include "grammar.h"

/* Columns of a position: byte offset in its line (plus the base column of a
 * nested f-string expression on its first line). */
static int col_of(const Lexer *lx, const char *p)
{
    int col = (int)(p - lx->line_start);
    if (lx->lineno == lx->first_lineno)
        col += lx->col_base;
    return col;
}

/* Records a tokenizer error; only the first is kept. */
static void lex_error(Lexer *lx, int cls, const char *kind, int lineno, int col, int end_col,
                      const char *msg)
{
    if (lx->err_class)
        return;
    lx->err.kind = kind;
    lx->err.msg = msg;
    lx->err.text = NULL;
    lx->err.lineno = lineno;
    lx->err.end_lineno = lineno;
    lx->err.col = col;
    lx->err.end_col = end_col;
    lx->err_class = cls;
}

/* CPython's syntaxerror(): the caret sits on the last character consumed,
 * i.e. the one that ends before p. */
static void lex_error_before(Lexer *lx, const char *p, const char *msg)
{
    const char *q = p;
    if (q > lx->line_start) {
        q--;
        while (q > lx->line_start && ((unsigned char)*q & 0xC0) == 0x80)
            q--;
    }
    int c = col_of(lx, q);
    if (p == lx->line_start)
        c = col_of(lx, p) - 1;
    lex_error(lx, ERRC_TOKEN_HARD, "SyntaxError", lx->lineno, c, c, msg);
}

static char *gc_strndup(const char *s, size_t n)
{
    char *r = GC_MALLOC_ATOMIC(n + 1);
    memcpy(r, s, n);
    r[n] = 0;
    return r;
}

/* ---------------------------------------------------------------------------
 * Identifiers: ASCII plus non-ASCII letters. Without Unicode tables we reject
 * the symbol, punctuation, space and control blocks and accept the rest. */

static unsigned decode_utf8(const unsigned char *p, int *n)
{
    if (p[0] < 0x80) { *n = 1; return p[0]; }
    if (p[0] < 0xE0) { *n = 2; return ((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu); }
    if (p[0] < 0xF0) { *n = 3; return ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu); }
    *n = 4;
    return ((p[0] & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
}

static int is_printable_cp(unsigned c)
{
    if (c < 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0xAD) return 0;
    if ((c >= 0x600 && c <= 0x605) || c == 0x61C || c == 0x6DD || c == 0x70F || c == 0x180E) return 0;
    if (c == 0x1680 || (c >= 0x2000 && c <= 0x200F) || (c >= 0x2028 && c <= 0x202F)) return 0;
    if ((c >= 0x205F && c <= 0x206F) || c == 0x3000 || c == 0xFEFF) return 0;
    if ((c >= 0xFFF9 && c <= 0xFFFB) || (c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000) return 0;
    return 1;
}

static int is_ident_cp(unsigned c, int start)
{
    if (!is_printable_cp(c)) return 0;
    if (c < 0xC0) return c == 0xAA || c == 0xB5 || c == 0xBA || (!start && c == 0xB7);
    if (c == 0xD7 || c == 0xF7) return 0;
    if (start && c >= 0x300 && c <= 0x36F) return 0;            /* combining marks */
    if (c >= 0x2000 && c <= 0x206F) return c == 0x203F || c == 0x2040 || c == 0x2054;
    if (c >= 0x20A0 && c <= 0x20FF) return !start && c >= 0x20D0; /* currency; combining */
    if (c >= 0x2100 && c <= 0x214F) return 1;                     /* letterlike */
    if (c >= 0x2150 && c <= 0x218F) return c >= 0x2160;           /* roman numerals */
    if (c >= 0x2190 && c <= 0x2BFF) return 0;                     /* arrows .. symbols */
    if (c >= 0x2E00 && c <= 0x2E7F) return 0;
    if ((c >= 0x3001 && c <= 0x3004) || (c >= 0x3008 && c <= 0x3020) || c == 0x3030) return 0;
    if ((c >= 0xFE10 && c <= 0xFE2F) || (c >= 0xFE45 && c <= 0xFE4C) || (c >= 0xFE50 && c <= 0xFE6F)) return 0;
    if ((c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40 && c != 0xFF3F)
        || (c >= 0xFF5B && c <= 0xFF65) || (c >= 0xFFE0 && c <= 0xFFFF)) return 0;
    if (c >= 0x1F000 && c <= 0x1FBFF) return 0;                   /* emoji, symbols */
    return 1;
}

/* NFKC for the compatibility characters that show up in identifiers:
 * fullwidth ASCII, the micro sign, ordinal indicators, long s, ligatures,
 * Kelvin/Angstrom/Ohm signs. (Python normalizes all of NFKC; the rest of
 * it, composition included, is not done here.) */
static const char *nfkc_map(unsigned c)
{
    static const char *const lig[] = { "ff", "fi", "fl", "ffi", "ffl", "st", "st" };
    switch (c) {
    case 0xAA: return "a";
    case 0xB5: return "\xCE\xBC";
    case 0xBA: return "o";
    case 0x17F: return "s";
    case 0x2071: return "i";
    case 0x207F: return "n";
    case 0x2126: return "\xCE\xA9";
    case 0x212A: return "K";
    case 0x212B: return "\xC3\x85";
    default: break;
    }
    if (c >= 0xFB00 && c <= 0xFB06)
        return lig[c - 0xFB00];
    return NULL;
}

static char *normalize_identifier(const char *s, size_t n)
{
    char *out = GC_MALLOC_ATOMIC(n * 3 + 1);
    size_t k = 0;
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    while (p < end) {
        int len;
        unsigned c = decode_utf8(p, &len);
        const char *m = nfkc_map(c);
        if (c >= 0xFF10 && c <= 0xFF5A && (c <= 0xFF19 || c >= 0xFF21) && (c <= 0xFF3A || c >= 0xFF3F)
            && c != 0xFF40) {
            out[k++] = (char)(c - 0xFF00 + 0x20);   /* fullwidth letters, digits, low line */
        } else if (m) {
            size_t ml = strlen(m);
            memcpy(out + k, m, ml);
            k += ml;
        } else {
            memcpy(out + k, p, (size_t)len);
            k += (size_t)len;
        }
        p += len;
    }
    out[k] = 0;
    return out;
}

/* CPython's verify_identifier: reports the first character that cannot be
 * part of an identifier, with the caret on it. */
static int verify_identifier(Lexer *lx, const char *start, const char *end)
{
    const unsigned char *p = (const unsigned char *)start;
    int first = 1;
    while (p < (const unsigned char *)end) {
        int n;
        unsigned c = decode_utf8(p, &n);
        if (c >= 0x80 && !is_ident_cp(c, first)) {
            char *msg = is_printable_cp(c)
                ? ps_printf("invalid character '%.*s' (U+%04X)", n, (const char *)p, c)
                : ps_printf("invalid non-printable character U+%04X", c);
            int col = col_of(lx, (const char *)p);
            lex_error(lx, ERRC_TOKEN_HARD, "SyntaxError", lx->lineno, col, col, msg);
            return 0;
        }
        first = 0;
        p += n;
    }
    return 1;
}

/* ---------------------------------------------------------------------------
 * Numbers. re2c matches the valid forms; when a number is followed by a
 * character that could continue it, this re-runs CPython's own algorithm to
 * find either the real end (`1if x else y` is allowed) or its exact error. */

static int is_id_char(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 128; }
static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_xdigit(int c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

typedef struct NumScan { const unsigned char *p; Lexer *lx; } NumScan;

static int ns_next(NumScan *s) { int c = *s->p; if (c) s->p++; else return -1; return c; }
static void ns_back(NumScan *s, int c) { if (c != -1) s->p--; }

static int ns_lookahead(NumScan *s, const char *test)
{
    const unsigned char *q = s->p;
    while (*test) {
        if (*q != (unsigned char)*test)
            return 0;
        q++, test++;
    }
    return 1;
}

static int ns_error(NumScan *s, const char *msg)
{
    lex_error_before(s->lx, (const char *)s->p, msg);
    return 0;
}

/* verify_end_of_number: a keyword that may follow a number is allowed (CPython
 * only warns); any other identifier character is an error. */
static int ns_verify_end(NumScan *s, int c, const char *kind)
{
    int r = 0;
    if (c == 'a') r = ns_lookahead(s, "nd");
    else if (c == 'e') r = ns_lookahead(s, "lse");
    else if (c == 'f') r = ns_lookahead(s, "or");
    else if (c == 'i') r = *s->p == 'f' || *s->p == 'n' || *s->p == 's';
    else if (c == 'o') r = ns_lookahead(s, "r");
    else if (c == 'n') r = ns_lookahead(s, "ot");
    if (r)
        return 1;
    if (c != -1 && is_id_char(c)) {
        ns_back(s, c);
        return ns_error(s, ps_printf("invalid %s literal", kind));
    }
    return 1;
}

static int ns_decimal_tail(NumScan *s)
{
    int c;
    for (;;) {
        do c = ns_next(s); while (is_digit(c));
        if (c != '_')
            break;
        c = ns_next(s);
        if (!is_digit(c)) {
            ns_back(s, c);
            ns_error(s, "invalid decimal literal");
            return 0;
        }
    }
    return c;
}

/* Returns the end of the number starting at start, or NULL after an error. */
static const char *number_diagnose(Lexer *lx, const char *start)
{
    NumScan s = { (const unsigned char *)start, lx };
    int c = ns_next(&s);
    if (c == '.') {
        c = ns_next(&s);
        goto fraction;
    }
    if (c == '0') {
        c = ns_next(&s);
        if (c == 'x' || c == 'X') {
            c = ns_next(&s);
            do {
                if (c == '_') c = ns_next(&s);
                if (!is_xdigit(c)) { ns_back(&s, c); return ns_error(&s, "invalid hexadecimal literal"), NULL; }
                do c = ns_next(&s); while (is_xdigit(c));
            } while (c == '_');
            if (!ns_verify_end(&s, c, "hexadecimal")) return NULL;
        } else if (c == 'o' || c == 'O') {
            c = ns_next(&s);
            do {
                if (c == '_') c = ns_next(&s);
                if (c < '0' || c >= '8') {
                    if (is_digit(c)) return ns_error(&s, ps_printf("invalid digit '%c' in octal literal", c)), NULL;
                    ns_back(&s, c);
                    return ns_error(&s, "invalid octal literal"), NULL;
                }
                do c = ns_next(&s); while (c >= '0' && c < '8');
            } while (c == '_');
            if (is_digit(c)) return ns_error(&s, ps_printf("invalid digit '%c' in octal literal", c)), NULL;
            if (!ns_verify_end(&s, c, "octal")) return NULL;
        } else if (c == 'b' || c == 'B') {
            c = ns_next(&s);
            do {
                if (c == '_') c = ns_next(&s);
                if (c != '0' && c != '1') {
                    if (is_digit(c)) return ns_error(&s, ps_printf("invalid digit '%c' in binary literal", c)), NULL;
                    ns_back(&s, c);
                    return ns_error(&s, "invalid binary literal"), NULL;
                }
                do c = ns_next(&s); while (c == '0' || c == '1');
            } while (c == '_');
            if (is_digit(c)) return ns_error(&s, ps_printf("invalid digit '%c' in binary literal", c)), NULL;
            if (!ns_verify_end(&s, c, "binary")) return NULL;
        } else {
            int nonzero = 0;
            for (;;) {
                if (c == '_') {
                    c = ns_next(&s);
                    if (!is_digit(c)) { ns_back(&s, c); return ns_error(&s, "invalid decimal literal"), NULL; }
                }
                if (c != '0') break;
                c = ns_next(&s);
            }
            const unsigned char *zeros_end = s.p;
            if (is_digit(c)) {
                nonzero = 1;
                c = ns_decimal_tail(&s);
                if (c == 0) return NULL;
            }
            if (c == '.') { c = ns_next(&s); goto fraction; }
            if (c == 'e' || c == 'E') goto exponent;
            if (c == 'j' || c == 'J') goto imaginary;
            if (nonzero) {
                ns_back(&s, c);
                int col = col_of(lx, start);
                lex_error(lx, ERRC_TOKEN_HARD, "SyntaxError", lx->lineno, col,
                          col_of(lx, (const char *)zeros_end) - 1,
                          "leading zeros in decimal integer literals are not permitted; "
                          "use an 0o prefix for octal integers");
                return NULL;
            }
            if (!ns_verify_end(&s, c, "decimal")) return NULL;
        }
        ns_back(&s, c);
        return (const char *)s.p;
    }
    /* decimal */
    ns_back(&s, c);
    c = ns_decimal_tail(&s);
    if (c == 0) return NULL;
    if (c == '.') {
        c = ns_next(&s);
fraction:
        if (is_digit(c)) {
            ns_back(&s, c);
            c = ns_decimal_tail(&s);
            if (c == 0) return NULL;
        }
    }
    if (c == 'e' || c == 'E') {
        int e;
exponent:
        e = c;
        c = ns_next(&s);
        if (c == '+' || c == '-') {
            c = ns_next(&s);
            if (!is_digit(c)) { ns_back(&s, c); return ns_error(&s, "invalid decimal literal"), NULL; }
        } else if (!is_digit(c)) {
            ns_back(&s, c);
            if (!ns_verify_end(&s, e, "decimal")) return NULL;
            ns_back(&s, e);
            return (const char *)s.p;
        }
        ns_back(&s, c);
        c = ns_decimal_tail(&s);
        if (c == 0) return NULL;
    }
    if (c == 'j' || c == 'J') {
imaginary:
        c = ns_next(&s);
        if (!ns_verify_end(&s, c, "imaginary")) return NULL;
    } else if (!ns_verify_end(&s, c, "decimal")) {
        return NULL;
    }
    ns_back(&s, c);
    return (const char *)s.p;
}

/* Builds the N_CONSTANT of a number token [s, e). */
static Node *number_node(const char *s, const char *e, SrcSpan loc)
{
    Node *n = ast_at(N_CONSTANT, loc);
    size_t len = (size_t)(e - s);
    char *clean = GC_MALLOC_ATOMIC(len + 1);
    size_t k = 0;
    for (size_t i = 0; i < len; i++)
        if (s[i] != '_')
            clean[k++] = s[i];
    clean[k] = 0;
    char last = clean[k - 1];
    int is_float = 0;
    int base = 10;
    if (k > 1 && clean[0] == '0' && (clean[1] == 'x' || clean[1] == 'X')) base = 16;
    else if (k > 1 && clean[0] == '0' && (clean[1] == 'o' || clean[1] == 'O')) base = 8;
    else if (k > 1 && clean[0] == '0' && (clean[1] == 'b' || clean[1] == 'B')) base = 2;
    else
        for (size_t i = 0; i < k; i++)
            if (clean[i] == '.' || clean[i] == 'e' || clean[i] == 'E')
                is_float = 1;
    if (last == 'j' || last == 'J') {
        clean[k - 1] = 0;
        n->u.constant.kind = CONST_IMAG;
        n->u.constant.f = strtod(clean, NULL);
        n->u.constant.text = clean;
        n->u.constant.len = k - 1;
    } else if (is_float) {
        n->u.constant.kind = CONST_FLOAT;
        n->u.constant.f = strtod(clean, NULL);
        n->u.constant.text = clean;
        n->u.constant.len = k;
    } else {
        const char *digits = base == 10 ? clean : clean + 2;
        if (base == 10) {   /* "000" is 0 */
            while (digits[0] == '0' && digits[1])
                digits++;
        }
        n->u.constant.kind = CONST_INT;
        n->u.constant.base = base;
        n->u.constant.text = digits;
        n->u.constant.len = strlen(digits);
    }
    return n;
}

/* ---------------------------------------------------------------------------
 * Strings: the body runs to the matching quote; a backslash escapes the next
 * character (a newline too); a newline ends a one-quote string in error. */

static int scan_string(Lexer *lx, Token *t, const char *qpos)
{
    const char *tokstart = lx->cur;   /* set by caller to the token start */
    char q = *qpos;
    unsigned flags = 0;
    for (const char *p = tokstart; p < qpos; p++) {
        switch (*p | 0x20) {
        case 'r': flags |= STR_RAW; break;
        case 'b': flags |= STR_BYTES; break;
        case 'f': flags |= STR_FMT; break;
        default: break;
        }
    }
    const char *p = qpos + 1;
    int triple = p[0] == q && p[1] == q;
    if (triple) {
        flags |= STR_TRIPLE;
        p += 2;
    }
    int start_line = lx->lineno;
    int start_col = col_of(lx, tokstart);
    const char *start_line_start = lx->line_start;
    const char *body = p;
    int body_line = lx->lineno, body_col = col_of(lx, body);
    for (;;) {
        char c = *p;
        if (c == 0 && p >= lx->end) {
            if (lx->end_error) {
                lx->err = *lx->end_error;
                lx->err_class = ERRC_TOKEN_HARD;
                return 0;
            }
            if (triple) {
                lex_error(lx, ERRC_TOKEN_HARD, "SyntaxError", start_line, start_col, start_col,
                          ps_printf("unterminated triple-quoted string literal (detected at line %d)",
                                    lx->last_line));
            } else {
                lex_error(lx, ERRC_TOKEN_HARD, "SyntaxError", start_line, start_col, start_col,
                          ps_printf("unterminated string literal (detected at line %d)", lx->lineno));
            }
            lx->line_start = start_line_start;
            return 0;
        }
        if (c == q && (!triple || (p[1] == q && p[2] == q)))
            break;
        if (c == '\n') {
            if (!triple) {
                lex_error(lx, ERRC_TOKEN_HARD, "SyntaxError", start_line, start_col, start_col,
                          ps_printf("unterminated string literal (detected at line %d)", lx->lineno));
                return 0;
            }
            lx->lineno++;
            lx->line_start = p + 1;
        } else if (c == '\\') {
            p++;
            if (*p == '\n') {
                lx->lineno++;
                lx->line_start = p + 1;
            } else if (*p == 0 && p >= lx->end) {
                continue;
            }
        }
        p++;
    }
    StrTok *st = GC_MALLOC(sizeof *st);
    st->body = body;
    st->len = (size_t)(p - body);
    st->flags = flags;
    st->body_line = body_line;
    st->body_col = body_col;
    p += triple ? 3 : 1;
    lx->cur = p;
    t->kind = T_STRING;
    t->loc.first_line = start_line;
    t->loc.first_column = start_col;
    t->loc.last_line = lx->lineno;
    t->loc.last_column = col_of(lx, p);
    st->loc = t->loc;
    t->v.stok = st;
    return 1;
}

/* ---------------------------------------------------------------------------
 * Brackets */

static int open_bracket(Lexer *lx, char c, const char *p)
{
    if (lx->level >= LEX_MAXLEVEL) {
        lex_error_before(lx, p + 1, "too many nested parentheses");
        return 0;
    }
    lx->parenstack[lx->level] = c;
    lx->parenline[lx->level] = lx->lineno;
    lx->parencol[lx->level] = col_of(lx, p);
    lx->level++;
    return 1;
}

static int close_bracket(Lexer *lx, char c, const char *p)
{
    if (!lx->level) {
        lex_error_before(lx, p + 1, ps_printf("unmatched '%c'", c));
        return 0;
    }
    lx->level--;
    char o = lx->parenstack[lx->level];
    if (!((o == '(' && c == ')') || (o == '[' && c == ']') || (o == '{' && c == '}'))) {
        if (lx->parenline[lx->level] != lx->lineno)
            lex_error_before(lx, p + 1,
                ps_printf("closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                          c, o, lx->parenline[lx->level]));
        else
            lex_error_before(lx, p + 1,
                ps_printf("closing parenthesis '%c' does not match opening parenthesis '%c'", c, o));
        return 0;
    }
    return 1;
}

/* ---------------------------------------------------------------------------
 * Layout at the beginning of a line. Returns 0 after an error. */

static int at_line_start(Lexer *lx)
{
    int col = 0, altcol = 0, cont_col = 0;
    const char *p = lx->cur;
    lx->atbol = 0;
    for (;; p++) {
        if (*p == ' ') {
            col++, altcol++;
        } else if (*p == '\t') {
            col = (col / 8 + 1) * 8, altcol++;
        } else if (*p == '\f') {
            col = altcol = 0;
        } else if (*p == '\\') {
            /* a backslash in the indentation joins lines; the indentation
             * before the first one counts (CPython 3.11) */
            cont_col = cont_col ? cont_col : col;
            if (p[1] != '\n') {
                lx->cur = p + 1;
                lex_error(lx, ERRC_TOKEN, "SyntaxError", lx->lineno, col_of(lx, p + 1), -1,
                          "unexpected character after line continuation character");
                return 0;
            }
            if (p[2] == 0 && p + 2 >= lx->end) {
                lx->cur = p + 2;
                lex_error(lx, ERRC_TOKEN, "SyntaxError", lx->lineno, col_of(lx, p + 1), -2,
                          "unexpected EOF while parsing");
                return 0;
            }
            p++;
            lx->lineno++;
            lx->line_start = p + 1;
        } else {
            break;
        }
    }
    lx->cur = p;
    if (cont_col)
        col = altcol = cont_col;
    int blank = *p == '#' || *p == '\n';
    if (blank || lx->level > 0 || !lx->layout)
        return 1;
    if (*p == 0 && p >= lx->end)
        col = altcol = 0;   /* end of input dedents everything */
    int top = lx->indent;
    if (col == lx->indstack[top]) {
        if (altcol != lx->altindstack[top])
            goto tab_error;
    } else if (col > lx->indstack[top]) {
        if (top + 1 >= LEX_MAXINDENT) {
            lex_error(lx, ERRC_TOKEN, "IndentationError", lx->lineno, 0, -1,
                      "too many levels of indentation");
            return 0;
        }
        if (altcol <= lx->altindstack[top])
            goto tab_error;
        lx->pendin++;
        lx->indent = ++top;
        lx->indstack[top] = col;
        lx->altindstack[top] = altcol;
    } else {
        while (top > 0 && col < lx->indstack[top]) {
            lx->pendin--;
            top--;
        }
        lx->indent = top;
        if (col != lx->indstack[top]) {
            const char *e = p;
            while (*e && *e != '\n') e++;
            lex_error(lx, ERRC_TOKEN, "IndentationError", lx->lineno, col_of(lx, e), -2,
                      "unindent does not match any outer indentation level");
            return 0;
        }
        if (altcol != lx->altindstack[top])
            goto tab_error;
    }
    return 1;
tab_error:
    lex_error(lx, ERRC_TOKEN, "TabError", lx->lineno, 0, -1,
              "inconsistent use of tabs and spaces in indentation");
    return 0;
}

/* ---------------------------------------------------------------------------
 * The scanner proper: one raw token into *t. */

#define TOK(k) do { kind = (k); goto done; } while (0)

static void set_loc(Lexer *lx, Token *t, const char *s, const char *e)
{
    t->loc.first_line = t->loc.last_line = lx->lineno;
    t->loc.first_column = col_of(lx, s);
    t->loc.last_column = col_of(lx, e);
}

static void scan(Lexer *lx, Token *t)
{
    const char *YYCURSOR, *YYMARKER, *s;
    int kind;
    memset(t, 0, sizeof *t);
    if (lx->start_kind) {
        t->kind = lx->start_kind;
        t->loc.first_line = t->loc.last_line = lx->lineno;
        t->loc.first_column = t->loc.last_column = col_of(lx, lx->cur);
        lx->start_kind = 0;
        return;
    }
    if (lx->eof_state || lx->err_class) {
        t->kind = lx->err_class ? T_ERRORTOKEN : T_ENDMARKER;
        t->loc.first_line = t->loc.last_line = lx->last_line;
        t->loc.first_column = t->loc.last_column = -1;
        return;
    }
again:
    if (lx->end_error && lx->cur >= lx->end)
        goto end_error;
    if (lx->atbol && !at_line_start(lx))
        goto error;
    if (lx->pendin) {
        /* INDENT/DEDENT carry the position CPython reports for them: the
         * line and the width of its indentation. */
        kind = lx->pendin > 0 ? T_INDENT : T_DEDENT;
        lx->pendin += lx->pendin > 0 ? -1 : 1;
        t->kind = kind;
        t->loc.first_line = t->loc.last_line = lx->lineno;
        t->loc.first_column = t->loc.last_column = col_of(lx, lx->cur);
        if (*lx->cur == 0 && lx->cur >= lx->end) {
            t->loc.first_line = t->loc.last_line = lx->last_line;
            t->loc.first_column = t->loc.last_column = -1;
        }
        t->level = lx->level;
        lx->last_kind = kind;
        return;
    }
    YYCURSOR = lx->cur;
    while (*YYCURSOR == ' ' || *YYCURSOR == '\t' || *YYCURSOR == '\f')
        YYCURSOR++;
    s = YYCURSOR;
    /*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:yyfill:enable = 0;
    re2c:flags:utf-8 = 0;

    u8 = [\xc0-\xdf] [\x80-\xbf] | [\xe0-\xef] [\x80-\xbf]{2} | [\xf0-\xf7] [\x80-\xbf]{3};
    id_start = [a-zA-Z_] | u8;
    id_cont = [a-zA-Z0-9_] | u8;
    strpfx = 'r' | 'u' | 'b' | 'br' | 'rb' | 'f' | 'fr' | 'rf';

    digit = [0-9];
    digitpart = digit ("_"? digit)*;
    decint = [1-9] ("_"? digit)* | "0"+ ("_"? "0")*;
    hexint = "0" [xX] ("_"? [0-9a-fA-F])+;
    octint = "0" [oO] ("_"? [0-7])+;
    binint = "0" [bB] ("_"? [01])+;
    exponent = [eE] [+-]? digitpart;
    pointfloat = digitpart? "." digitpart | digitpart ".";
    float = pointfloat | (digitpart | pointfloat) exponent;
    imag = (float | digitpart) [jJ];

    "\x00" {
        lx->cur = YYCURSOR - 1;
        goto at_eof;
    }
    "#" [^\n\x00]* { lx->cur = YYCURSOR; goto again; }
    "\\\n" {
        if (*YYCURSOR == 0 && YYCURSOR >= lx->end) {
            lx->cur = YYCURSOR;
            lex_error(lx, ERRC_TOKEN, "SyntaxError", lx->lineno, col_of(lx, YYCURSOR - 1), -2,
                      "unexpected EOF while parsing");
            goto error;
        }
        lx->cur = YYCURSOR;
        lx->lineno++;
        lx->line_start = YYCURSOR;
        goto again;
    }
    "\\" {
        lx->cur = YYCURSOR;
        if (*YYCURSOR == 0 && YYCURSOR >= lx->end)
            lex_error(lx, ERRC_TOKEN, "SyntaxError", lx->lineno, col_of(lx, YYCURSOR), -2,
                      "unexpected EOF while parsing");
        else
            lex_error(lx, ERRC_TOKEN, "SyntaxError", lx->lineno, col_of(lx, YYCURSOR), -1,
                      "unexpected character after line continuation character");
        goto error;
    }
    "\n" {
        lx->cur = YYCURSOR;
        int was_blank = lx->last_kind == T_NEWLINE || lx->last_kind == 0 || lx->last_kind == T_INDENT
                        || lx->last_kind == T_DEDENT;
        lx->atbol = 1;
        if (lx->level > 0 || was_blank) {
            lx->lineno++;
            lx->line_start = YYCURSOR;
            goto again;
        }
        set_loc(lx, t, s, s);
        lx->lineno++;
        lx->line_start = YYCURSOR;
        t->kind = T_NEWLINE;
        t->level = lx->level;
        lx->last_kind = T_NEWLINE;
        return;
    }

    "False" { TOK(T_FALSE); }
    "None" { TOK(T_NONE); }
    "True" { TOK(T_TRUE); }
    "and" { TOK(T_AND); }
    "as" { TOK(T_AS); }
    "assert" { TOK(T_ASSERT); }
    "async" { TOK(T_ASYNC); }
    "await" { TOK(T_AWAIT); }
    "break" { TOK(T_BREAK); }
    "class" { TOK(T_CLASS); }
    "continue" { TOK(T_CONTINUE); }
    "def" { TOK(T_DEF); }
    "del" { TOK(T_DEL); }
    "elif" { TOK(T_ELIF); }
    "else" { TOK(T_ELSE); }
    "except" { TOK(T_EXCEPT); }
    "finally" { TOK(T_FINALLY); }
    "for" { TOK(T_FOR); }
    "from" { TOK(T_FROM); }
    "global" { TOK(T_GLOBAL); }
    "if" { TOK(T_IF); }
    "import" { TOK(T_IMPORT); }
    "in" { TOK(T_IN); }
    "is" { TOK(T_IS); }
    "lambda" { TOK(T_LAMBDA); }
    "nonlocal" { TOK(T_NONLOCAL); }
    "not" { TOK(T_NOT); }
    "or" { TOK(T_OR); }
    "pass" { TOK(T_PASS); }
    "raise" { TOK(T_RAISE); }
    "return" { TOK(T_RETURN); }
    "try" { TOK(T_TRY); }
    "while" { TOK(T_WHILE); }
    "with" { TOK(T_WITH); }
    "yield" { TOK(T_YIELD); }

    strpfx? ["'] {
        lx->cur = s;
        if (!scan_string(lx, t, YYCURSOR - 1))
            goto error;
        t->level = lx->level;
        t->bracket = lx->level ? lx->parenstack[lx->level - 1] : 0;
        lx->last_kind = T_STRING;
        return;
    }

    id_start id_cont* {
        t->v.str = NULL;
        for (const char *p = s; p < YYCURSOR; p++)
            if ((unsigned char)*p >= 0x80) {
                if (!verify_identifier(lx, s, YYCURSOR))
                    goto error;
                t->v.str = normalize_identifier(s, (size_t)(YYCURSOR - s));
                break;
            }
        if (!t->v.str)
            t->v.str = gc_strndup(s, (size_t)(YYCURSOR - s));
        TOK(T_NAME);
    }

    decint | hexint | octint | binint | float | imag {
        if (is_id_char(*YYCURSOR)) {
            const char *e = number_diagnose(lx, s);
            if (!e)
                goto error;
            YYCURSOR = e;
        }
        set_loc(lx, t, s, YYCURSOR);
        t->v.node = number_node(s, YYCURSOR, t->loc);
        TOK(T_NUMBER);
    }

    "(" { if (!open_bracket(lx, '(', s)) goto error; TOK(T_LPAR); }
    "[" { if (!open_bracket(lx, '[', s)) goto error; TOK(T_LSQB); }
    "{" { if (!open_bracket(lx, '{', s)) goto error; TOK(T_LBRACE); }
    ")" { if (!close_bracket(lx, ')', s)) goto error; TOK(T_RPAR); }
    "]" { if (!close_bracket(lx, ']', s)) goto error; TOK(T_RSQB); }
    "}" { if (!close_bracket(lx, '}', s)) goto error; TOK(T_RBRACE); }

    "," { TOK(T_COMMA); }
    ":" { TOK(T_COLON); }
    "." { TOK(T_DOT); }
    ";" { TOK(T_SEMI); }
    "@" { TOK(T_AT); }
    "=" { TOK(T_EQUAL); }
    "->" { TOK(T_ARROW); }
    "+=" { TOK(T_PLUSEQ); }
    "-=" { TOK(T_MINUSEQ); }
    "*=" { TOK(T_STAREQ); }
    "/=" { TOK(T_SLASHEQ); }
    "//=" { TOK(T_DSLASHEQ); }
    "%=" { TOK(T_PERCENTEQ); }
    "@=" { TOK(T_ATEQ); }
    "&=" { TOK(T_AMPEQ); }
    "|=" { TOK(T_PIPEEQ); }
    "^=" { TOK(T_CARETEQ); }
    ">>=" { TOK(T_RSHIFTEQ); }
    "<<=" { TOK(T_LSHIFTEQ); }
    "**=" { TOK(T_DSTAREQ); }
    "+" { TOK(T_PLUS); }
    "-" { TOK(T_MINUS); }
    "*" { TOK(T_STAR); }
    "**" { TOK(T_DSTAR); }
    "/" { TOK(T_SLASH); }
    "//" { TOK(T_DSLASH); }
    "%" { TOK(T_PERCENT); }
    "<<" { TOK(T_LSHIFT); }
    ">>" { TOK(T_RSHIFT); }
    "&" { TOK(T_AMP); }
    "|" { TOK(T_PIPE); }
    "^" { TOK(T_CARET); }
    "~" { TOK(T_TILDE); }
    "<" { TOK(T_LT); }
    ">" { TOK(T_GT); }
    "<=" { TOK(T_LE); }
    ">=" { TOK(T_GE); }
    "==" { TOK(T_EQEQ); }
    "!=" { TOK(T_NE); }
    "<>" { TOK(T_LTGT); }
    ":=" { TOK(T_WALRUS); }
    "..." { TOK(T_ELLIPSIS); }

    [\x01-\x1f\x7f] {
        int c = col_of(lx, s);
        lex_error(lx, ERRC_TOKEN_HARD, "SyntaxError", lx->lineno, c, c,
                  ps_printf("invalid non-printable character U+%04X", (unsigned)(unsigned char)*s));
        lx->cur = YYCURSOR;
        goto error;
    }
    * {
        /* `$`, `?`, `!` or a backquote: an operator token CPython's tokenizer
         * lets through and its parser rejects ("invalid syntax" there). */
        TOK(T_BADOP);
    }
    */

done:
    lx->cur = YYCURSOR;
    if (kind != T_NUMBER)
        set_loc(lx, t, s, YYCURSOR);
    t->kind = kind;
    t->level = lx->level;
    t->bracket = lx->level ? lx->parenstack[lx->level - 1] : 0;
    lx->last_kind = kind;
    return;

at_eof:
    if (lx->end_error)
        goto end_error;
    if (lx->level > 0) {
        int i = lx->level - 1;
        lex_error(lx, ERRC_TOKEN, "SyntaxError", lx->parenline[i], lx->parencol[i], -1,
                  ps_printf("'%c' was never closed", lx->parenstack[i]));
        lx->err_unclosed = 1;
        goto error;
    }
    if (lx->last_kind != T_NEWLINE && lx->last_kind != 0 && lx->last_kind != T_DEDENT
        && lx->last_kind != T_INDENT && lx->level == 0) {
        /* the implicit newline at the end of the last line */
        set_loc(lx, t, lx->cur, lx->cur);
        t->kind = T_NEWLINE;
        lx->last_kind = T_NEWLINE;
        return;
    }
    if (lx->layout && lx->indent > 0) {
        lx->indent--;
        t->kind = T_DEDENT;
        t->loc.first_line = t->loc.last_line = lx->last_line;
        t->loc.first_column = t->loc.last_column = -1;
        lx->last_kind = T_DEDENT;
        return;
    }
    lx->eof_state = 1;
    t->kind = T_ENDMARKER;
    t->loc.first_line = t->loc.last_line = lx->last_line;
    t->loc.first_column = t->loc.last_column = -1;
    lx->last_kind = T_ENDMARKER;
    return;

end_error:
    if (!lx->err_class) {
        lx->err = *lx->end_error;
        lx->err_class = ERRC_TOKEN_HARD;
    }
error:
    if (!lx->err_class)
        lex_error(lx, ERRC_TOKEN, "SyntaxError", lx->lineno, 0, -1, "invalid syntax");
    t->kind = T_ERRORTOKEN;
    t->loc.first_line = t->loc.last_line = lx->err.lineno;
    t->loc.first_column = lx->err.col;
    t->loc.last_column = lx->err.col + 1;
    t->level = lx->level;
    lx->last_kind = T_ERRORTOKEN;
}

/* ---------------------------------------------------------------------------
 * The queue between the scanner and the parser. */

static Token *q_at(Lexer *lx, int i) { return &lx->q[(lx->qhead + i) % lx->qcap]; }

/* Makes sure at least n tokens are queued. */
static void q_fill(Lexer *lx, int n)
{
    while (lx->qlen < n) {
        if (lx->qlen == lx->qcap) {
            int ncap = lx->qcap * 2;
            Token *nq = GC_MALLOC(sizeof(Token) * (size_t)ncap);
            for (int i = 0; i < lx->qlen; i++)
                nq[i] = *q_at(lx, i);
            lx->q = nq;
            lx->qhead = 0;
            lx->qcap = ncap;
        }
        Token *t = &lx->q[(lx->qhead + lx->qlen) % lx->qcap];
        if (lx->qlen > 0) {
            const Token *last = q_at(lx, lx->qlen - 1);
            if (last->kind == T_ENDMARKER || last->kind == T_ERRORTOKEN) {
                *t = *last;
                lx->qlen++;
                continue;
            }
        }
        scan(lx, t);
        lx->qlen++;
    }
}

const Token *lexer_peek(Lexer *lx, int i)
{
    q_fill(lx, i + 1);
    return q_at(lx, i);
}

/* `with (` starts parenthesized with-items when the matching `)` is followed
 * by `:` (CPython tries that form first); the parser then needs a token of its
 * own for this `(`. A few contents that only an expression can hold (`for`,
 * `:=`, `yield`, a star item, nothing) keep it an expression. */
static void mark_with_paren(Lexer *lx)
{
    const Token *t = lexer_peek(lx, 0);
    if (t->kind != T_LPAR)
        return;
    int depth = 0, prevk = T_LPAR;
    for (int i = 0;; i++) {
        t = lexer_peek(lx, i);
        int k = t->kind;
        if (k == T_ENDMARKER || k == T_ERRORTOKEN) {
            q_at(lx, 0)->kind = T_WITH_LPAREN;   /* CPython tries this form first */
            return;
        }
        if (k == T_LPAR || k == T_LSQB || k == T_LBRACE) {
            depth++;
        } else if (k == T_RPAR || k == T_RSQB || k == T_RBRACE) {
            if (--depth == 0) {
                if (i == 1)
                    return;   /* `with ():` */
                if (lexer_peek(lx, i + 1)->kind == T_COLON)
                    q_at(lx, 0)->kind = T_WITH_LPAREN;
                return;
            }
        } else if (depth == 1) {
            if (k == T_FOR || k == T_WALRUS || k == T_YIELD
                || ((k == T_STAR || k == T_DSTAR) && (prevk == T_LPAR || prevk == T_COMMA)))
                return;
        }
        prevk = k;
    }
}

static int is_start_kind(int k)
{
    return k == T_START_FILE || k == T_START_EVAL || k == T_START_SINGLE || k == T_START_FSTRING;
}

Token lexer_next(Lexer *lx)
{
    q_fill(lx, 1);
    Token t = *q_at(lx, 0);
    if (t.kind != T_ENDMARKER && t.kind != T_ERRORTOKEN) {
        lx->qhead = (lx->qhead + 1) % lx->qcap;
        lx->qlen--;
    }
    if (t.kind == T_WITH)
        mark_with_paren(lx);
    /* logical-line heads, for "expected an indented block after ..." */
    if (t.kind != T_INDENT && t.kind != T_DEDENT) {
        int k = lx->last_real_kind;
        if (k == 0 || k == T_NEWLINE || is_start_kind(k)) {
            lx->head_kind = t.kind;
            lx->head_line = t.loc.first_line;
            lx->head_col = t.loc.first_column;
            lx->head_name = t.kind == T_NAME ? t.v.str : NULL;
        }
        lx->last_real_kind = t.kind;
    }
    if (t.kind == T_NEWLINE) {
        lx->nl_head_kind = lx->head_kind;
        lx->nl_head_line = lx->head_line;
    }
    lx->prev[2] = lx->prev[1];
    lx->prev[1] = lx->prev[0];
    lx->prev[0] = t;
    lx->nconsumed++;
    lexer_note_fetch(lx, &t);
    return t;
}

void lexer_note_fetch(Lexer *lx, const Token *t)
{
    if (t->loc.first_line > lx->furthest_line)
        lx->furthest_line = t->loc.first_line;
}

void lexer_drain(Lexer *lx)
{
    if (lx->qlen > 0) {
        int k = q_at(lx, lx->qlen - 1)->kind;
        if (k == T_ENDMARKER || k == T_ERRORTOKEN)
            return;
    }
    for (;;) {
        Token t;
        scan(lx, &t);
        if (t.kind == T_ENDMARKER || t.kind == T_ERRORTOKEN)
            return;
    }
}

Lexer *lexer_new(const char *src, size_t len, int mode_token, int first_line, int first_col)
{
    Lexer *lx = GC_MALLOC(sizeof *lx);
    lx->buf = src;
    lx->end = src + len;
    lx->cur = src;
    lx->line_start = src;
    lx->lineno = lx->first_lineno = first_line;
    lx->col_base = first_col;
    lx->start_kind = mode_token;
    lx->layout = mode_token == T_START_FILE || mode_token == T_START_SINGLE;
    lx->atbol = 1;
    int lines = first_line;
    for (const char *p = src; p < lx->end; p++)
        if (*p == '\n' && p + 1 < lx->end)
            lines++;
    lx->last_line = lines;
    lx->qcap = 16;
    lx->q = GC_MALLOC(sizeof(Token) * (size_t)lx->qcap);
    return lx;
}
