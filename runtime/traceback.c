/* traceback.c - traceback objects and the text of an uncaught exception,
 * byte for byte as CPython 3.11 prints it: chained causes and contexts, the
 * source line of each frame, the ~~~^^^ markers under the failing
 * expression (found by re-parsing the expression, as CPython does), repeated
 * lines folded, and the special layout of SyntaxError. */
#include <gc/gc.h>
#include <stdio.h>
#include <string.h>
#include "object.h"
#include "error.h"
#include "str.h"
#include "list.h"
#include "tuple.h"
#include "dict.h"
#include "names.h"
#include "interp.h"
#include "code.h"
#include "parse.h"
#include "unicode.h"

void exc_add_traceback(Task *t, Value exc, Value code, uint32_t lasti, DictObj *globals)
{
    if (!exc || !exc_is_instance(exc)) return;
    TracebackObj *tb = GC_MALLOC(sizeof *tb);
    if (!tb) return;
    tb->hdr.type = &traceback_type;
    tb->code = code;
    tb->lasti = lasti;
    tb->lineno = code_line(AS_CODE(code), lasti);
    tb->globals = globals;
    tb->next = ((ExcObj *)exc)->traceback;
    ((ExcObj *)exc)->traceback = OBJ_VAL(tb);
}

static Value tb_next(Task *t, Value self)
{
    Value n = ((TracebackObj *)self)->next;
    return n ? n : V_NONE;
}

static Value tb_lineno(Task *t, Value self) { return MAKE_SMALL(((TracebackObj *)self)->lineno); }
static Value tb_lasti(Task *t, Value self) { return MAKE_SMALL(((TracebackObj *)self)->lasti * 4); }

static const MemberDef tb_members[] = {
    {"tb_next", tb_next, NULL}, {"tb_lineno", tb_lineno, NULL}, {"tb_lasti", tb_lasti, NULL},
    {NULL},
};

Type traceback_type = {
    .hdr = {&type_type}, .name = "traceback", .size = sizeof(TracebackObj), .flags = TF_ABSTRACT_NEW,
    .members = tb_members,
};
REGISTER_TYPE(traceback_type);

/* --- source lines ------------------------------------------------------------------- */

typedef struct SourceCache {
    Value filename;
    char *text;
    size_t len;
} SourceCache;

/* Line `lineno` of the file, without its newline, or NULL. */
static char *source_line(SourceCache *sc, Value filename, int lineno, size_t *len)
{
    const char *fn = STR_DATA(filename);
    size_t fl = STR_SIZE(filename);
    if (fl && fn[0] == '<' && fn[fl - 1] == '>') return NULL;
    if (sc->filename != filename) {
        sc->filename = filename;
        sc->text = NULL;
        FILE *fp = fopen(fn, "rb");
        if (!fp) return NULL;
        size_t cap = 8192, n = 0, got;
        char *buf = GC_MALLOC_ATOMIC(cap);
        while (buf && (got = fread(buf + n, 1, cap - n, fp)) > 0) {
            n += got;
            if (n == cap) buf = GC_REALLOC(buf, cap *= 2);
        }
        fclose(fp);
        sc->text = buf;
        sc->len = n;
    }
    if (!sc->text || lineno < 1) return NULL;
    const char *p = sc->text, *end = sc->text + sc->len;
    for (int l = 1; l < lineno; l++) {
        const char *nl = memchr(p, '\n', end - p);
        if (!nl) return NULL;
        p = nl + 1;
    }
    if (p >= end) return NULL;
    const char *e = memchr(p, '\n', end - p);
    size_t n = e ? (size_t)(e - p) : (size_t)(end - p);
    if (n && p[n - 1] == '\r') n--;
    char *line = GC_MALLOC_ATOMIC(n + 1);
    memcpy(line, p, n);
    line[n] = 0;
    *len = n;
    return line;
}

/* The display column of byte offset b in s (clamped): CPython 3.11 lines
 * markers up with the text on a terminal, where East Asian wide characters
 * take two columns. */
static int64_t display_col(const char *s, size_t slen, int64_t b)
{
    if (b < 0) return -1;
    if ((size_t)b > slen) b = (int64_t)slen;
    const char *p = s, *end = s + b;
    int64_t col = 0;
    while (p < end) col += uni_has(utf8_decode(&p), UNI_WIDE) ? 2 : 1;
    return col;
}

#define IS_WS(c) ((c) == ' ' || (c) == '\t' || (c) == '\f')

/* CPython's anchors: for a BinOp the operator, for a Subscript the brackets. */
static bool extract_anchors(const char *seg, size_t seglen, int64_t *left, int64_t *right, char *primary, char *secondary)
{
    ParseError pe;
    Node *m = parse_source(seg, seglen, "<segment>", PARSE_FILE, &pe);
    if (!m || m->u.module.body.len != 1) return false;
    Node *s = m->u.module.body.items[0];
    if (s->kind != N_EXPR) return false;
    Node *e = s->u.value.value;
    int64_t n = (int64_t)seglen;
    if (e->kind == N_BINOP) {
        int64_t lend = e->u.binop.left->end_col, rstart = e->u.binop.right->col;
        if (e->u.binop.left->end_lineno != e->lineno || e->u.binop.right->lineno != e->lineno) return false;
        for (int64_t i = lend; i < rstart; i++) {
            if (IS_WS(seg[i])) continue;
            *left = i;
            *right = i + 1;
            if (i + 1 < rstart && !IS_WS(seg[i + 1])) ++*right;
            if (i + 1 < rstart && seg[i] == ')') continue;
            *primary = '~';
            *secondary = '^';
            break;
        }
        return true;
    }
    if (e->kind == N_SUBSCRIPT) {
        *left = e->u.subscript.value->end_col;
        *right = e->u.subscript.slice->end_col + 1;
        while (*left < n && seg[*left] != '[') ++*left;
        while (*right < n && seg[*right] != ']') ++*right;
        if (*right < n) ++*right;
        *primary = '~';
        *secondary = '^';
        return true;
    }
    return false;
}

/* The marker line under a frame's source line (nothing when the failing
 * expression spans the whole line and has no inner anchors). */
static void put_carets(StrBuf *b, const char *line, size_t len, int truncation, const SrcPos *pos)
{
    if (pos->lineno < 0 || pos->end_lineno < 0 || pos->col < 0 || pos->end_col < 0) return;
    int64_t start = display_col(line, len, pos->col), end = display_col(line, len, pos->end_col);
    int64_t left = -1, right = -1;
    char primary = '^', secondary = '^';
    if (pos->lineno == pos->end_lineno) {
        size_t bs = pos->col, be = pos->end_col < (int)len ? (size_t)pos->end_col : len;
        if (bs < be) {
            int64_t l, r;
            if (extract_anchors(line + bs, be - bs, &l, &r, &primary, &secondary) && primary == '~') {
                left = display_col(line + bs, be - bs, l) + start;
                right = display_col(line + bs, be - bs, r) + start;
            } else {
                primary = secondary = '^';
            }
        }
    } else {
        int64_t i = (int64_t)len;
        while (--i >= 0 && IS_WS(line[i])) {}
        end = i + 1;
        end = display_col(line, len, end);
    }
    int64_t stripped = display_col(line, len, (int64_t)len) - truncation - 4;
    bool special = left != -1 || right != -1;
    if (end - start == stripped && !special) return;
    for (int64_t off = truncation + 1; off <= end; off++) {
        if (off <= start) sb_putc(b, ' ');
        else if (special && left < off && off <= right) sb_putc(b, secondary);
        else sb_putc(b, primary);
    }
    sb_putc(b, '\n');
}

static void put_frame(StrBuf *b, SourceCache *sc, TracebackObj *tb)
{
    CodeObj *co = AS_CODE(tb->code);
    sb_printf(b, "  File \"");
    sb_putv(b, co->filename);
    sb_printf(b, "\", line %d, in ", tb->lineno);
    sb_putv(b, co->name);
    sb_putc(b, '\n');
    size_t len;
    char *line = source_line(sc, co->filename, tb->lineno, &len);
    if (!line) return;
    size_t i = 0;
    while (i < len && IS_WS(line[i])) i++;
    sb_puts(b, "    ");
    sb_put(b, line + i, len - i);
    sb_putc(b, '\n');
    if (tb->lasti < co->ncode) put_carets(b, line, len, (int)i - 4, &co->pos[tb->lasti]);
}

static void put_repeated(StrBuf *b, long cnt)
{
    cnt -= 3;
    sb_printf(b, cnt > 1 ? "  [Previous line repeated %ld more times]\n" : "  [Previous line repeated %ld more time]\n", cnt);
}

static void put_traceback(StrBuf *b, Value tbv)
{
    SourceCache sc = {0};
    Value last_file = 0, last_name = 0;
    int last_line = -1;
    long cnt = 0;
    sb_puts(b, "Traceback (most recent call last):\n");
    for (TracebackObj *tb = (TracebackObj *)tbv; tb; tb = (TracebackObj *)tb->next) {
        CodeObj *co = AS_CODE(tb->code);
        if (!last_file || co->filename != last_file || tb->lineno != last_line || co->name != last_name) {
            if (cnt > 3) put_repeated(b, cnt);
            last_file = co->filename;
            last_line = tb->lineno;
            last_name = co->name;
            cnt = 0;
        }
        if (++cnt <= 3) put_frame(b, &sc, tb);
    }
    if (cnt > 3) put_repeated(b, cnt);
}

/* The entries of traceback.format_tb for a list of traceback objects: one
 * str per frame, as put_traceback writes them, runs of a repeated frame
 * folded into a "[Previous line repeated ...]" entry. */
Value tb_format_frames(Task *t, Value tbs)
{
    SourceCache sc = {0};
    Value out = list_new(AS_LIST(tbs)->len);
    Value last_file = 0, last_name = 0;
    int last_line = -1;
    long cnt = 0;
    for (size_t i = 0; i < AS_LIST(tbs)->len; i++) {
        Value v = AS_LIST(tbs)->items[i];
        if (!IS_TYPE(v, &traceback_type)) return err_format(t, &exc_TypeError, "expected a traceback object");
        TracebackObj *tb = (TracebackObj *)v;
        CodeObj *co = AS_CODE(tb->code);
        StrBuf b;
        sb_init(&b, 128);
        if (!last_file || co->filename != last_file || tb->lineno != last_line || co->name != last_name) {
            if (cnt > 3) {
                StrBuf r;
                sb_init(&r, 64);
                put_repeated(&r, cnt);
                list_append(t, out, sb_finish(&r));
            }
            last_file = co->filename;
            last_line = tb->lineno;
            last_name = co->name;
            cnt = 0;
        }
        if (++cnt <= 3) {
            put_frame(&b, &sc, tb);
            list_append(t, out, sb_finish(&b));
        }
    }
    if (cnt > 3) {
        StrBuf r;
        sb_init(&r, 64);
        put_repeated(&r, cnt);
        list_append(t, out, sb_finish(&r));
    }
    return out;
}

/* --- the exception line ----------------------------------------------------------- */

static Value exc_attr(Task *t, Value exc, const char *name)
{
    Value v = obj_getattr_opt(t, exc, str_intern_cstr(name));
    err_clear(t);
    return v ? v : V_NONE;
}

/* The offending line and its carets, as CPython 3.11's print_error_text
 * draws them: offsets count bytes of the UTF-8 text here (so a line with
 * non-ASCII text before the error shifts the caret, as in CPython), leading
 * whitespace is stripped, and a caret left of the text is not drawn. */
static void put_error_text(StrBuf *b, int64_t offset, int64_t end_offset, const char *text)
{
    int64_t reps = end_offset > 0 && end_offset > offset ? end_offset - offset : 1;
    offset--;
    while (*text == ' ' || *text == '\t' || *text == '\f') {
        text++;
        offset--;
    }
    int64_t len = (int64_t)strlen(text);
    if (len > 0 && text[len - 1] == '\n') len--;
    if (offset > len) offset = len;
    for (const char *nl; (nl = strchr(text, '\n')) != NULL;) {   /* skip to offset's line */
        int64_t inl = nl - text;
        if (inl >= offset) break;
        text += inl + 1;
        len -= inl + 1;
        offset -= inl + 1;
    }
    sb_puts(b, "    ");
    sb_puts(b, text);
    if (text[len] != '\n') sb_putc(b, '\n');
    if (offset < 0) return;
    sb_puts(b, "    ");
    while (--offset >= 0) sb_putc(b, ' ');
    while (reps-- > 0) sb_putc(b, '^');
    sb_putc(b, '\n');
}

static int64_t small_or(Value v, int64_t dflt) { return IS_SMALL(v) ? SMALL_VAL(v) : dflt; }

/* SyntaxError: its own file/line header, then the offending line. Only an
 * exact SyntaxError's end position counts (CPython ignores a subclass's, so
 * an IndentationError gets one caret); an error spanning lines is marked to
 * the end of its first. */
static void put_syntax_error_location(Task *t, StrBuf *b, Value exc)
{
    Value fn = exc_attr(t, exc, "filename"), ln = exc_attr(t, exc, "lineno");
    Value text = exc_attr(t, exc, "text");
    if (!IS_SMALL(ln)) return;   /* CPython prints no location without a line number */
    sb_puts(b, "  File \"");
    if (IS_STR(fn)) sb_putv(b, fn);
    else sb_puts(b, "<string>");
    sb_puts(b, "\", line ");
    sb_put_str(t, b, ln);
    sb_putc(b, '\n');
    if (!IS_STR(text)) return;
    int64_t lineno = small_or(ln, 0), offset = small_or(exc_attr(t, exc, "offset"), -1);
    int64_t end_lineno = lineno, end_offset = -1;
    if (TYPE_OF(exc) == &exc_SyntaxError) {
        end_lineno = small_or(exc_attr(t, exc, "end_lineno"), lineno);
        end_offset = small_or(exc_attr(t, exc, "end_offset"), -1);
    }
    int64_t line_size = (int64_t)STR_SIZE(text);
    if (end_lineno > lineno) end_offset = line_size;
    if (end_offset > line_size + 1) end_offset = line_size + 1;
    put_error_text(b, offset, end_offset, STR_DATA(text));
}

static void put_exception_line(Task *t, StrBuf *b, Value exc)
{
    Type *tp = TYPE_OF(exc);
    if (type_is_subtype(tp, &exc_SyntaxError)) put_syntax_error_location(t, b, exc);
    Value mod = tp->interp ? dict_get_str(tp->dict, NAME(__module__)) : tp->module;
    if (mod && IS_STR(mod) && !str_eq_cstr(mod, "builtins") && !str_eq_cstr(mod, "__main__")) {
        sb_putv(b, mod);
        sb_putc(b, '.');
    }
    sb_putv(b, tp->qualname);
    Value saved = t->exc;
    t->exc = 0;
    Value s = type_is_subtype(tp, &exc_SyntaxError) ? exc_attr(t, exc, "msg") : obj_str(t, exc);
    if (s && !IS_STR(s)) s = obj_str(t, s);
    if (!s) {
        err_clear(t);
        sb_puts(b, ": <exception str() failed>");
    } else if (STR_SIZE(s)) {
        sb_puts(b, ": ");
        sb_putv(b, s);
    }
    Value hint = exc_suggestion(t, exc);
    if (hint) sb_printf(b, ". Did you mean: '%s'?", STR_DATA(hint));
    sb_putc(b, '\n');
    Value notes = exc_attr(t, exc, "__notes__");
    if (IS_LIST(notes))
        for (size_t i = 0; i < AS_LIST(notes)->len; i++) {
            Value n = obj_str(t, AS_LIST(notes)->items[i]);
            if (!n) { err_clear(t); continue; }
            sb_putv(b, n);
            sb_putc(b, '\n');
        }
    t->exc = saved;
}

/* --- chains ------------------------------------------------------------------------ */

static void put_chain(Task *t, StrBuf *b, Value exc, Value seen, int depth)
{
    ExcObj *e = (ExcObj *)exc;
    list_append(t, seen, exc);
    Value cause = e->cause, ctx = e->suppress_context ? 0 : e->context;
    bool seen_cause = false, seen_ctx = false;
    for (size_t i = 0; i < AS_LIST(seen)->len; i++) {
        if (AS_LIST(seen)->items[i] == cause) seen_cause = true;
        if (AS_LIST(seen)->items[i] == ctx) seen_ctx = true;
    }
    if (depth < 100 && cause && exc_is_instance(cause) && !seen_cause) {
        put_chain(t, b, cause, seen, depth + 1);
        sb_puts(b, "\nThe above exception was the direct cause of the following exception:\n\n");
    } else if (depth < 100 && ctx && exc_is_instance(ctx) && !seen_ctx) {
        put_chain(t, b, ctx, seen, depth + 1);
        sb_puts(b, "\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    if (e->traceback) put_traceback(b, e->traceback);
    put_exception_line(t, b, exc);
}

Value exc_format_only(Task *t, Value exc)
{
    StrBuf b;
    sb_init(&b, 64);
    if (!exc_is_instance(exc)) {
        sb_puts(&b, obj_type_name(exc));
        sb_putc(&b, '\n');
        return sb_finish(&b);
    }
    put_exception_line(t, &b, exc);
    return sb_finish(&b);
}

Value exc_format(Task *t, Value exc)
{
    StrBuf b;
    sb_init(&b, 256);
    if (!exc_is_instance(exc)) {
        sb_puts(&b, obj_type_name(exc));
        sb_putc(&b, '\n');
        return sb_finish(&b);
    }
    put_chain(t, &b, exc, list_new(4), 0);
    return sb_finish(&b);
}

void exc_write_unraisable(Task *t, const char *where, Value obj)
{
    Value exc = err_fetch(t);
    Value r = obj_repr(t, obj);
    if (!r) {
        err_clear(t);
        r = str_from_cstr("<object repr() failed>");
    }
    Value tb = exc_format(t, exc);
    Value text = tb ? str_format(t, "Exception ignored %s: %U\n%U", where, r, tb) : 0;
    Value err = interp_sys_get(t, "stderr");
    if (!text || !err || err == V_NONE || !obj_call_method(t, err, NAME(write), &text, 1)) err_clear(t);
}
