/* strlit.c - string and bytes literals: escape decoding and the joining of
 * adjacent literals into one constant (or one JoinedStr when an f-string is
 * among them). Errors follow CPython 3.11, which reports decoding problems at
 * the token after the literals ("(unicode error) 'unicodeescape' codec ...").
 *
 * Strings stay UTF-8. A \ud800-style escape becomes the 3-byte (surrogate)
 * UTF-8 form, as Python's "surrogatepass" would write it. */
#include <string.h>
#include <gc/gc.h>

#include "pstate.h"
#include "strbuf.h"
#include "uninames.h"

void strbuf_put(StrBuf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t ncap = b->cap ? b->cap * 2 : 64;
        while (ncap < b->len + n + 1)
            ncap *= 2;
        char *ns = GC_MALLOC_ATOMIC(ncap);
        if (b->len)
            memcpy(ns, b->s, b->len);
        b->s = ns;
        b->cap = ncap;
    }
    if (n)
        memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = 0;
}

void strbuf_putc(StrBuf *b, char c) { strbuf_put(b, &c, 1); }

void strbuf_put_utf8(StrBuf *b, unsigned cp)
{
    char u[4];
    size_t n;
    if (cp < 0x80) { u[0] = (char)cp; n = 1; }
    else if (cp < 0x800) { u[0] = (char)(0xC0 | cp >> 6); u[1] = (char)(0x80 | (cp & 0x3F)); n = 2; }
    else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | cp >> 12); u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F)); n = 3;
    } else {
        u[0] = (char)(0xF0 | cp >> 18); u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); u[3] = (char)(0x80 | (cp & 0x3F)); n = 4;
    }
    strbuf_put(b, u, n);
}

void strseq_push(StrSeq **seq, StrTok *t)
{
    StrSeq *s = *seq;
    if (!s) {
        s = *seq = GC_MALLOC(sizeof *s);
    }
    if (s->len == s->cap) {
        int ncap = s->cap ? s->cap * 2 : 4;
        StrTok **items = GC_MALLOC(sizeof(StrTok *) * (size_t)ncap);
        if (s->len)
            memcpy(items, s->items, sizeof(StrTok *) * (size_t)s->len);
        s->items = items;
        s->cap = ncap;
    }
    s->items[s->len++] = t;
}

/* ---------------------------------------------------------------- escapes */

static int hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* CPython decodes a str literal after turning each non-ASCII character into a
 * 10-byte \Uxxxxxxxx escape, so its error positions count them that way. */
static size_t cpy_pos(const char *s, const char *p)
{
    size_t pos = 0;
    for (const char *q = s; q < p; q++) {
        unsigned char c = (unsigned char)*q;
        if (c < 0x80)
            pos++;
        else if (c >= 0xC0)
            pos += 10;
    }
    return pos;
}

int str_decode(ParseState *ps, const StrTok *t, const char *s, size_t n, int is_bytes,
               char **out, size_t *outlen, SrcSpan err_loc)
{
    StrBuf b = { 0 };
    const char *p = s, *end = s + n;
    strbuf_put(&b, "", 0);
    (void)t;
    while (p < end) {
        const char *run = p;
        while (p < end && *p != '\\')
            p++;
        if (is_bytes) {
            for (const char *q = run; q < p; q++)
                if ((unsigned char)*q >= 0x80) {
                    ps_error_span(ps, t->loc, "bytes can only contain ASCII literal characters");
                    return 0;
                }
        }
        strbuf_put(&b, run, (size_t)(p - run));
        if (p >= end)
            break;
        const char *esc = p++;   /* at the backslash */
        if (p >= end) {
            /* a lone trailing backslash cannot happen: it would escape the quote */
            strbuf_putc(&b, '\\');
            break;
        }
        char c = *p++;
        switch (c) {
        case '\n': break;
        case '\\': strbuf_putc(&b, '\\'); break;
        case '\'': strbuf_putc(&b, '\''); break;
        case '"': strbuf_putc(&b, '"'); break;
        case 'a': strbuf_putc(&b, '\a'); break;
        case 'b': strbuf_putc(&b, '\b'); break;
        case 'f': strbuf_putc(&b, '\f'); break;
        case 'n': strbuf_putc(&b, '\n'); break;
        case 'r': strbuf_putc(&b, '\r'); break;
        case 't': strbuf_putc(&b, '\t'); break;
        case 'v': strbuf_putc(&b, '\v'); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            unsigned v = (unsigned)(c - '0');
            for (int k = 0; k < 2 && p < end && *p >= '0' && *p <= '7'; k++)
                v = v * 8 + (unsigned)(*p++ - '0');
            if (is_bytes)
                strbuf_putc(&b, (char)(v & 0xFF));
            else
                strbuf_put_utf8(&b, v);
            break;
        }
        case 'x': {
            int h1 = p < end ? hexval(*p) : -1;
            int h2 = h1 >= 0 && p + 1 < end ? hexval(p[1]) : -1;
            if (h1 < 0 || h2 < 0) {
                const char *e = p + (h1 >= 0);
                if (is_bytes)
                    ps_error_span(ps, err_loc, ps_printf("(value error) invalid \\x escape at position %zu",
                                                         (size_t)(esc - s)));
                else
                    ps_error_span(ps, err_loc, ps_printf(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: "
                        "truncated \\xXX escape", cpy_pos(s, esc), cpy_pos(s, e) - 1));
                return 0;
            }
            p += 2;
            unsigned v = (unsigned)(h1 * 16 + h2);
            if (is_bytes)
                strbuf_putc(&b, (char)v);
            else
                strbuf_put_utf8(&b, v);
            break;
        }
        case 'u':
        case 'U': {
            if (is_bytes) {
                strbuf_putc(&b, '\\');
                strbuf_putc(&b, c);
                break;
            }
            int need = c == 'u' ? 4 : 8;
            unsigned v = 0;
            int k = 0;
            for (; k < need && p < end && hexval(*p) >= 0; k++)
                v = v * 16 + (unsigned)hexval(*p++);
            if (k < need) {
                ps_error_span(ps, err_loc, ps_printf(
                    "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: "
                    "truncated \\%cXXXX%s escape", cpy_pos(s, esc), cpy_pos(s, p) - 1, c,
                    c == 'U' ? "XXXX" : ""));
                return 0;
            }
            if (v > 0x10FFFF) {
                ps_error_span(ps, err_loc, ps_printf(
                    "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: "
                    "illegal Unicode character", cpy_pos(s, esc), cpy_pos(s, p) - 1));
                return 0;
            }
            strbuf_put_utf8(&b, v);
            break;
        }
        case 'N': {
            if (is_bytes) {
                strbuf_putc(&b, '\\');
                strbuf_putc(&b, 'N');
                break;
            }
            const char *name = p + 1, *close = name;
            if (p < end && *p == '{') {
                while (close < end && *close != '}')
                    close++;
            }
            if (p >= end || *p != '{' || close >= end || close == name) {
                const char *e = p < end && *p == '{' ? (close < end ? close + 1 : end) : p;
                ps_error_span(ps, err_loc, ps_printf(
                    "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: "
                    "malformed \\N character escape", cpy_pos(s, esc), cpy_pos(s, e) - 1));
                return 0;
            }
            uint32_t cp[UNINAME_SEQ_MAX];
            if (!uniname_lookup(name, (size_t)(close - name), false, cp)) {
                ps_error_span(ps, err_loc, ps_printf(
                    "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: "
                    "unknown Unicode character name", cpy_pos(s, esc), cpy_pos(s, close)));
                return 0;
            }
            strbuf_put_utf8(&b, cp[0]);
            p = close + 1;
            break;
        }
        default:
            /* invalid escape: CPython warns and keeps it */
            strbuf_putc(&b, '\\');
            p--;
            break;
        }
    }
    *out = b.s;
    *outlen = b.len;
    return 1;
}

/* Bytes literals may only hold ASCII, raw or not. */
static int check_ascii(ParseState *ps, const StrTok *t)
{
    for (size_t i = 0; i < t->len; i++)
        if ((unsigned char)t->body[i] >= 0x80) {
            ps_error_span(ps, t->loc, "bytes can only contain ASCII literal characters");
            return 0;
        }
    return 1;
}

static Node *str_constant(ConstKind kind, const char *s, size_t n, SrcSpan loc)
{
    Node *c = ast_at(N_CONSTANT, loc);
    c->u.constant.kind = kind;
    c->u.constant.text = s;
    c->u.constant.len = n;
    return c;
}

/* Joins adjacent literals: all bytes, or all str (with f-strings making a
 * JoinedStr whose constant parts are merged). */
Node *strings_to_node(ParseState *ps, StrSeq *seq, SrcSpan loc, SrcSpan next_loc)
{
    int nbytes = 0, nfmt = 0;
    for (int i = 0; i < seq->len; i++) {
        nbytes += (seq->items[i]->flags & STR_BYTES) != 0;
        nfmt += (seq->items[i]->flags & STR_FMT) != 0;
    }
    if (nbytes && nbytes != seq->len) {
        ps_error_span(ps, next_loc, "cannot mix bytes and nonbytes literals");
        return NULL;
    }
    if (!nfmt) {
        StrBuf b = { 0 };
        strbuf_put(&b, "", 0);
        for (int i = 0; i < seq->len; i++) {
            const StrTok *t = seq->items[i];
            if (nbytes && !check_ascii(ps, t))
                return NULL;
            if (t->flags & STR_RAW) {
                strbuf_put(&b, t->body, t->len);
            } else {
                char *d;
                size_t dn;
                if (!str_decode(ps, t, t->body, t->len, nbytes != 0, &d, &dn, next_loc))
                    return NULL;
                strbuf_put(&b, d, dn);
            }
        }
        return str_constant(nbytes ? CONST_BYTES : CONST_STR, b.s, b.len, loc);
    }
    /* f-strings: literal text accumulates in `pending` between fields */
    FStringCtx fc = { ps, loc, next_loc, { 0 }, { 0 } };
    strbuf_put(&fc.pending, "", 0);
    for (int i = 0; i < seq->len; i++) {
        const StrTok *t = seq->items[i];
        if (t->flags & STR_FMT) {
            if (!fstring_parse_into(&fc, t))
                return NULL;
        } else if (t->flags & STR_RAW) {
            strbuf_put(&fc.pending, t->body, t->len);
        } else {
            char *d;
            size_t dn;
            if (!str_decode(ps, t, t->body, t->len, 0, &d, &dn, next_loc))
                return NULL;
            strbuf_put(&fc.pending, d, dn);
        }
    }
    fstring_flush(&fc, &fc.values, loc);
    Node *j = ast_at(N_JOINEDSTR, loc);
    j->u.joined.values = fc.values;
    return j;
}

Node *str_constant_node(const char *s, size_t n, SrcSpan loc)
{
    return str_constant(CONST_STR, s, n, loc);
}
