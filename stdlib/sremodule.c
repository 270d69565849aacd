/* sremodule.c - _sre: the objects of the re module (re.Pattern, re.Match,
 * the scanner behind finditer) around the engine of sre_engine.c.
 *
 * re._compiler makes the program and calls _sre.compile. A str subject that
 * is all ASCII is matched in place, one byte per character; any other str
 * is first decoded to code points (once per call, and kept by the matches
 * it gives, which slice their groups from it). Positions are code point
 * indices throughout, as in CPython.
 *
 * sub() with a template containing backslashes, and Match.expand(), ask
 * re._subx/re._expand (Python, through the interpreter's own re module) to
 * parse the template into pieces and group numbers, then expand them here.
 * Nothing here is mutable at the C level: every state lives in objects. */
#include <gc/gc.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include "object.h"
#include "error.h"
#include "int.h"
#include "str.h"
#include "bytes.h"
#include "list.h"
#include "tuple.h"
#include "dict.h"
#include "module.h"
#include "alloc.h"
#include "iterobj.h"
#include "mappingproxy.h"
#include "genericalias.h"
#include "import.h"
#include "interp.h"
#include "sre_engine.h"

extern Type pattern_type, match_type, scanner_type;

typedef struct PatternObj {
    Obj hdr;
    Value pattern;             /* str, bytes, or None (re.Scanner's) */
    int64_t flags;
    uint32_t *code;            /* pointer-free */
    size_t ncode;
    size_t groups;             /* capturing groups */
    Value groupindex;          /* dict name -> number, or 0 when there are no names */
    Value indexgroup;          /* tuple number -> name or None */
    size_t nregs;
    ssize_t minwidth;
    int isbytes;               /* 1 bytes, 0 str, -1 either (no pattern string) */
} PatternObj;

typedef struct MatchObj {
    Obj hdr;
    Value string;              /* the subject as passed */
    Value pattern;
    const void *data;          /* its characters, as matched */
    int kind;
    bool isbytes;
    ssize_t pos, endpos, lastindex;
    size_t ngroups;            /* groups + 1 */
    ssize_t spans[];           /* 2 per group, group 0 first; -1: did not match */
} MatchObj;

typedef struct Subject {
    Value obj;
    bool isbytes;
    const void *data;
    int kind;
    ssize_t len;
} Subject;

typedef struct ScannerObj {
    Obj hdr;
    Value pattern;
    Subject subj;
    ssize_t pos, endpos;       /* as given (clamped) */
    ssize_t start;             /* next search; -1 once exhausted */
    bool must_advance;
} ScannerObj;

#define AS_PATTERN(v) ((PatternObj *)(v))
#define AS_MATCH(v) ((MatchObj *)(v))
#define AS_SCANNER(v) ((ScannerObj *)(v))

/* --- subjects ---------------------------------------------------------------------------- */

static bool get_subject(Task *t, Value v, Subject *s)
{
    s->obj = v;
    if (!IS_SMALL(v) && HAS_FLAG(v, TF_STR)) {
        Value u = obj_unbox(v);
        s->isbytes = false;
        s->len = (ssize_t)STR_LEN(u);
        if (STR_IS_ASCII(u)) {
            s->data = STR_DATA(u);
            s->kind = 1;
            return true;
        }
        uint32_t *buf = GC_MALLOC_ATOMIC(((size_t)s->len + 1) * sizeof(uint32_t));
        if (!buf) {
            err_no_memory(t);
            return false;
        }
        const char *p = STR_DATA(u);
        for (ssize_t i = 0; i < s->len; i++) buf[i] = utf8_decode(&p);
        s->data = buf;
        s->kind = 4;
        return true;
    }
    if (bytes_like(v)) {
        const char *p;
        size_t n;
        bytes_view(v, &p, &n);
        s->isbytes = true;
        s->data = p;
        s->kind = 1;
        s->len = (ssize_t)n;
        return true;
    }
    err_format(t, &exc_TypeError, "expected string or bytes-like object, got '%s'", obj_type_name(v));
    return false;
}

/* A piece of the subject as str or bytes (for a bytearray, of its current contents). */
static Value subject_slice(Task *t, Value obj, const void *data, int kind, bool isbytes, ssize_t i, ssize_t j)
{
    if (j < i) j = i;
    if (isbytes) {
        const char *p;
        size_t n;
        bytes_view(obj, &p, &n);
        if ((size_t)j > n) j = (ssize_t)n;
        if (i > j) i = j;
        if (IS_BYTES(obj) && i == 0 && (size_t)j == n) return obj;
        return bytes_new(t, p + i, (size_t)(j - i));
    }
    if (i == 0 && IS_STR(obj) && (size_t)j == STR_LEN(obj)) return obj;
    if (kind == 1) return str_new_len((const char *)data + i, (size_t)(j - i), (size_t)(j - i));
    StrBuf b;
    sb_init(&b, (size_t)(j - i) * 2 + 1);
    const uint32_t *u = data;
    for (ssize_t k = i; k < j; k++) sb_putcp(&b, u[k]);
    return sb_finish(&b);
}

/* --- building results of sub() ----------------------------------------------------------- */

typedef struct Builder {
    bool isbytes;
    StrBuf sb;                 /* str results */
    char *buf;                 /* bytes results */
    size_t n, cap;
    size_t items;              /* pieces added, for join's messages */
} Builder;

static void bld_init(Builder *b, bool isbytes)
{
    b->isbytes = isbytes;
    b->buf = NULL;
    b->n = b->cap = 0;
    b->items = 0;
    if (!isbytes) sb_init(&b->sb, 64);
}

static bool bld_bytes(Task *t, Builder *b, const char *p, size_t n)
{
    if (b->n + n > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        while (cap < b->n + n) cap *= 2;
        char *nb = GC_MALLOC_ATOMIC(cap);
        if (!nb) {
            err_no_memory(t);
            return false;
        }
        if (b->n) memcpy(nb, b->buf, b->n);
        b->buf = nb;
        b->cap = cap;
    }
    memcpy(b->buf + b->n, p, n);
    b->n += n;
    return true;
}

/* Characters i..j of the subject. */
static bool bld_subject(Task *t, Builder *b, const Subject *s, ssize_t i, ssize_t j)
{
    b->items++;
    if (b->isbytes) {
        const char *p;
        size_t n;
        bytes_view(s->obj, &p, &n);
        if ((size_t)j > n) j = (ssize_t)n;
        return i >= j || bld_bytes(t, b, p + i, (size_t)(j - i));
    }
    if (s->kind == 1) {
        sb_put(&b->sb, (const char *)s->data + i, (size_t)(j - i));
    } else {
        const uint32_t *u = s->data;
        for (ssize_t k = i; k < j; k++) sb_putcp(&b->sb, u[k]);
    }
    return true;
}

/* A replacement: str for str subjects, bytes-like for bytes (join's rules). */
static bool bld_value(Task *t, Builder *b, Value v)
{
    size_t item = b->items++;
    if (b->isbytes) {
        if (!bytes_like(v)) {
            err_format(t, &exc_TypeError, "sequence item %zu: expected a bytes-like object, %s found",
                       item, obj_type_name(v));
            return false;
        }
        const char *p;
        size_t n;
        bytes_view(v, &p, &n);
        return bld_bytes(t, b, p, n);
    }
    if (IS_SMALL(v) || !HAS_FLAG(v, TF_STR)) {
        err_format(t, &exc_TypeError, "sequence item %zu: expected str instance, %s found",
                   item, obj_type_name(v));
        return false;
    }
    sb_putv(&b->sb, obj_unbox(v));
    return true;
}

static Value bld_finish(Task *t, Builder *b)
{
    if (b->isbytes) return bytes_new(t, b->buf ? b->buf : "", b->n);
    return sb_finish(&b->sb);
}

/* --- patterns ---------------------------------------------------------------------------- */

static bool as_ssize(Task *t, Value v, ssize_t *out)
{
    Value i = obj_index(t, v);
    if (!i) return false;
    int64_t n;
    if (!int_as_i64(t, i, &n)) return false;
    *out = (ssize_t)n;
    return true;
}

/* Sets up a state over the subject between pos and endpos. */
static bool state_setup(Task *t, PatternObj *p, Subject *s, ssize_t *pos, ssize_t *endpos, SreState *st)
{
    if (p->isbytes == 0 && s->isbytes) {
        err_format(t, &exc_TypeError, "cannot use a string pattern on a bytes-like object");
        return false;
    }
    if (p->isbytes == 1 && !s->isbytes) {
        err_format(t, &exc_TypeError, "cannot use a bytes pattern on a string-like object");
        return false;
    }
    if (*pos < 0) *pos = 0;
    else if (*pos > s->len) *pos = s->len;
    if (*endpos < 0) *endpos = 0;
    else if (*endpos > s->len) *endpos = s->len;
    st->data = s->data;
    st->kind = s->kind;
    st->start = *pos;
    st->end = *endpos;
    st->code = p->code;
    st->nregs = p->nregs;
    st->reg_lastindex = (uint32_t)(2 * p->groups);
    st->minwidth = p->minwidth;
    st->match_all = false;
    st->must_advance = false;
    sre_state_init(st);
    if (!st->regs || !st->stack) {
        sre_state_fini(st);
        err_no_memory(t);
        return false;
    }
    return true;
}

/* The Match of the state's last success. */
static Value new_match(Task *t, PatternObj *p, const Subject *s, const SreState *st, ssize_t pos, ssize_t endpos)
{
    size_t ng = p->groups + 1;
    MatchObj *m = gc_alloc(sizeof(MatchObj) + 2 * ng * sizeof(ssize_t));
    if (!m) return err_no_memory(t);
    m->hdr.type = &match_type;
    m->string = s->obj;
    m->pattern = OBJ_VAL(p);
    m->data = s->data;
    m->kind = s->kind;
    m->isbytes = s->isbytes;
    m->pos = pos;
    m->endpos = endpos;
    m->ngroups = ng;
    m->spans[0] = st->match_start;
    m->spans[1] = st->match_end;
    for (size_t g = 1; g < ng; g++) {
        ssize_t a = st->regs[2 * (g - 1)], b = st->regs[2 * (g - 1) + 1];
        if (a < 0 || b < 0 || b < a) a = b = -1;
        m->spans[2 * g] = a;
        m->spans[2 * g + 1] = b;
    }
    ssize_t li = st->regs[st->reg_lastindex];
    m->lastindex = li > 0 ? li : -1;
    return OBJ_VAL(m);
}

typedef enum { DO_MATCH, DO_FULLMATCH, DO_SEARCH } MatchMode;

static Value pattern_match_common(Task *t, const Value *args, size_t nargs, Value kw, MatchMode mode)
{
    static const ArgSpec specs[3] = {
        {"match", 0, 3, 1, 3, {"string", "pos", "endpos"}},
        {"fullmatch", 0, 3, 1, 3, {"string", "pos", "endpos"}},
        {"search", 0, 3, 1, 3, {"string", "pos", "endpos"}},
    };
    Value a[3];
    if (!args_bind(t, &specs[mode], args + 1, nargs - 1, kw, a)) return 0;
    PatternObj *p = AS_PATTERN(args[0]);
    ssize_t pos = 0, endpos = SSIZE_MAX;
    if (a[1] && !as_ssize(t, a[1], &pos)) return 0;
    if (a[2] && !as_ssize(t, a[2], &endpos)) return 0;
    Subject s;
    SreState st;
    if (!get_subject(t, a[0], &s) || !state_setup(t, p, &s, &pos, &endpos, &st)) return 0;
    st.match_all = mode == DO_FULLMATCH;
    int r = mode == DO_SEARCH ? sre_search(&st) : sre_match(&st);
    Value res = r > 0 ? new_match(t, p, &s, &st, pos, endpos) : r == 0 ? V_NONE : err_no_memory(t);
    sre_state_fini(&st);
    return res;
}

static Value pattern_match(Task *t, const Value *a, size_t n, Value kw) { return pattern_match_common(t, a, n, kw, DO_MATCH); }
static Value pattern_fullmatch(Task *t, const Value *a, size_t n, Value kw) { return pattern_match_common(t, a, n, kw, DO_FULLMATCH); }
static Value pattern_search(Task *t, const Value *a, size_t n, Value kw) { return pattern_match_common(t, a, n, kw, DO_SEARCH); }

/* Group g of the state's match as findall and split give it. */
static Value state_group(Task *t, const Subject *s, const SreState *st, size_t g, Value dflt)
{
    ssize_t a, b;
    if (g == 0) {
        a = st->match_start;
        b = st->match_end;
    } else {
        a = st->regs[2 * (g - 1)];
        b = st->regs[2 * (g - 1) + 1];
        if (a < 0 || b < 0 || b < a) return dflt;
    }
    return subject_slice(t, s->obj, s->data, s->kind, s->isbytes, a, b);
}

static Value pattern_findall(Task *t, const Value *args, size_t nargs, Value kw)
{
    static const ArgSpec spec = {"findall", 0, 3, 1, 3, {"string", "pos", "endpos"}};
    Value a[3];
    if (!args_bind(t, &spec, args + 1, nargs - 1, kw, a)) return 0;
    PatternObj *p = AS_PATTERN(args[0]);
    ssize_t pos = 0, endpos = SSIZE_MAX;
    if (a[1] && !as_ssize(t, a[1], &pos)) return 0;
    if (a[2] && !as_ssize(t, a[2], &endpos)) return 0;
    Subject s;
    SreState st;
    if (!get_subject(t, a[0], &s) || !state_setup(t, p, &s, &pos, &endpos, &st)) return 0;
    Value list = list_new(0), empty = 0;
    for (;;) {
        int r = sre_search(&st);
        if (r < 0) {
            list = err_no_memory(t);
            break;
        }
        if (!r) break;
        Value item;
        if (p->groups <= 1) {
            if (p->groups == 1 && !empty) empty = subject_slice(t, s.obj, s.data, s.kind, s.isbytes, 0, 0);
            item = state_group(t, &s, &st, p->groups, empty);
        } else {
            if (!empty) empty = subject_slice(t, s.obj, s.data, s.kind, s.isbytes, 0, 0);
            item = tuple_new(p->groups);
            for (size_t g = 1; g <= p->groups; g++) {
                Value v = state_group(t, &s, &st, g, empty);
                if (!v) break;
                AS_TUPLE(item)->items[g - 1] = v;
            }
        }
        if (!item || !list_append(t, list, item)) {
            list = 0;
            break;
        }
        st.must_advance = st.match_end == st.match_start;
        st.start = st.match_end;
    }
    sre_state_fini(&st);
    return list;
}

static Value pattern_split(Task *t, const Value *args, size_t nargs, Value kw)
{
    static const ArgSpec spec = {"split", 0, 2, 1, 2, {"string", "maxsplit"}};
    Value a[2];
    if (!args_bind(t, &spec, args + 1, nargs - 1, kw, a)) return 0;
    PatternObj *p = AS_PATTERN(args[0]);
    ssize_t maxsplit = 0, pos = 0, endpos = SSIZE_MAX;
    if (a[1] && !as_ssize(t, a[1], &maxsplit)) return 0;
    Subject s;
    SreState st;
    if (!get_subject(t, a[0], &s) || !state_setup(t, p, &s, &pos, &endpos, &st)) return 0;
    Value list = list_new(0);
    ssize_t last = 0, n = 0;
    while (!maxsplit || n < maxsplit) {
        int r = sre_search(&st);
        if (r < 0) {
            sre_state_fini(&st);
            return err_no_memory(t);
        }
        if (!r) break;
        Value piece = subject_slice(t, s.obj, s.data, s.kind, s.isbytes, last, st.match_start);
        if (!piece || !list_append(t, list, piece)) goto fail;
        for (size_t g = 1; g <= p->groups; g++) {
            Value v = state_group(t, &s, &st, g, V_NONE);
            if (!v || !list_append(t, list, v)) goto fail;
        }
        n++;
        st.must_advance = st.match_end == st.match_start;
        last = st.start = st.match_end;
    }
    Value piece = subject_slice(t, s.obj, s.data, s.kind, s.isbytes, last, s.len);
    if (!piece || !list_append(t, list, piece)) goto fail;
    sre_state_fini(&st);
    return list;
fail:
    sre_state_fini(&st);
    return 0;
}

/* The re module of this interpreter, for the template helpers. */
static Value re_helper(Task *t, const char *name, const Value *args, size_t nargs)
{
    Value re = import_module(t, "re");
    if (!re) return 0;
    Value f = obj_getattr(t, re, str_intern_cstr(name));
    if (!f) return 0;
    return obj_call(t, f, args, nargs, 0);
}

/* Appends a parsed template (pieces and group numbers) expanded for m. */
static bool expand_items(Task *t, Builder *b, Value items, MatchObj *m)
{
    if (!IS_LIST(items)) {
        err_format(t, &exc_TypeError, "invalid template");
        return false;
    }
    for (size_t i = 0; i < AS_LIST(items)->len; i++) {
        Value it = AS_LIST(items)->items[i];
        if (IS_SMALL(it)) {
            intptr_t g = SMALL_VAL(it);
            if (g < 0 || (size_t)g >= m->ngroups) {
                err_format(t, &exc_IndexError, "no such group");
                return false;
            }
            ssize_t s = m->spans[2 * g], e = m->spans[2 * g + 1];
            if (s < 0) continue;
            Subject subj = {m->string, m->isbytes, m->data, m->kind, 0};
            if (!bld_subject(t, b, &subj, s, e)) return false;
        } else if (!bld_value(t, b, it)) {
            return false;
        }
    }
    return true;
}

/* Does a str or bytes template contain a backslash? */
static bool has_backslash(Value v)
{
    if (!IS_SMALL(v) && HAS_FLAG(v, TF_STR)) {
        Value u = obj_unbox(v);
        return memchr(STR_DATA(u), '\\', STR_SIZE(u)) != NULL;
    }
    if (bytes_like(v)) {
        const char *p;
        size_t n;
        bytes_view(v, &p, &n);
        return memchr(p, '\\', n) != NULL;
    }
    return true;
}

static Value pattern_subx(Task *t, const Value *args, size_t nargs, Value kw, bool subn)
{
    static const ArgSpec specs[2] = {
        {"sub", 0, 3, 2, 3, {"repl", "string", "count"}},
        {"subn", 0, 3, 2, 3, {"repl", "string", "count"}},
    };
    Value a[3];
    if (!args_bind(t, &specs[subn], args + 1, nargs - 1, kw, a)) return 0;
    PatternObj *p = AS_PATTERN(args[0]);
    Value repl = a[0], items = 0, literal = 0;
    ssize_t count = 0, pos = 0, endpos = SSIZE_MAX;
    if (a[2] && !as_ssize(t, a[2], &count)) return 0;
    bool callable = false;
    {
        Type *rt = TYPE_OF(repl);
        bool textual = !IS_SMALL(repl) && (HAS_FLAG(repl, TF_STR) || bytes_like(repl));
        if (!textual && (rt->call || type_lookup(rt, str_intern_cstr("__call__")))) {
            callable = true;
        } else if (textual && !has_backslash(repl)) {
            literal = repl;
        } else {
            Value targs[2] = {args[0], repl};
            items = re_helper(t, "_subx", targs, 2);
            if (!items) return 0;
            if (IS_LIST(items) && AS_LIST(items)->len == 1 && !IS_SMALL(AS_LIST(items)->items[0]))
                literal = AS_LIST(items)->items[0], items = 0;
            else if (IS_LIST(items) && AS_LIST(items)->len == 0)
                literal = subject_slice(t, repl, "", 1, bytes_like(repl), 0, 0), items = 0;
        }
    }
    Subject s;
    SreState st;
    if (!get_subject(t, a[1], &s) || !state_setup(t, p, &s, &pos, &endpos, &st)) return 0;
    Builder b;
    bld_init(&b, s.isbytes);
    ssize_t last = 0, n = 0;
    while (!count || n < count) {
        int r = sre_search(&st);
        if (r < 0) {
            err_no_memory(t);
            goto fail;
        }
        if (!r) break;
        if (last < st.match_start && !bld_subject(t, &b, &s, last, st.match_start)) goto fail;
        if (callable || items) {
            Value m = new_match(t, p, &s, &st, 0, s.len);
            if (!m) goto fail;
            if (callable) {
                Value v = obj_call(t, repl, &m, 1, 0);
                if (!v) goto fail;
                if (v != V_NONE && !bld_value(t, &b, v)) goto fail;
            } else if (!expand_items(t, &b, items, AS_MATCH(m))) {
                goto fail;
            }
        } else if (!bld_value(t, &b, literal)) {
            goto fail;
        }
        n++;
        st.must_advance = st.match_end == st.match_start;
        last = st.start = st.match_end;
    }
    if (last < s.len && !bld_subject(t, &b, &s, last, s.len)) goto fail;
    sre_state_fini(&st);
    Value res = bld_finish(t, &b);
    if (!res) return 0;
    if (!subn) return res;
    Value cnt = int_from_i64(t, n);
    return cnt ? tuple_pack(2, res, cnt) : 0;
fail:
    sre_state_fini(&st);
    return 0;
}

static Value pattern_sub(Task *t, const Value *a, size_t n, Value kw) { return pattern_subx(t, a, n, kw, false); }
static Value pattern_subn(Task *t, const Value *a, size_t n, Value kw) { return pattern_subx(t, a, n, kw, true); }

static Value new_scanner(Task *t, const Value *args, size_t nargs, Value kw, const char *fname)
{
    ArgSpec spec = {fname, 0, 3, 1, 3, {"string", "pos", "endpos"}};
    Value a[3];
    if (!args_bind(t, &spec, args + 1, nargs - 1, kw, a)) return 0;
    PatternObj *p = AS_PATTERN(args[0]);
    ssize_t pos = 0, endpos = SSIZE_MAX;
    if (a[1] && !as_ssize(t, a[1], &pos)) return 0;
    if (a[2] && !as_ssize(t, a[2], &endpos)) return 0;
    ScannerObj *sc = gc_alloc(sizeof *sc);
    if (!sc) return err_no_memory(t);
    sc->hdr.type = &scanner_type;
    sc->pattern = args[0];
    if (!get_subject(t, a[0], &sc->subj)) return 0;
    SreState st;
    if (!state_setup(t, p, &sc->subj, &pos, &endpos, &st)) return 0;
    sre_state_fini(&st);
    sc->pos = pos;
    sc->endpos = endpos;
    sc->start = pos;
    sc->must_advance = false;
    return OBJ_VAL(sc);
}

static Value pattern_scanner(Task *t, const Value *a, size_t n, Value kw) { return new_scanner(t, a, n, kw, "scanner"); }

static Value pattern_finditer(Task *t, const Value *a, size_t n, Value kw)
{
    Value sc = new_scanner(t, a, n, kw, "finditer");
    if (!sc) return 0;
    Value search = obj_getattr(t, sc, str_intern_cstr("search"));
    return search ? calliter_new(t, search, V_NONE) : 0;
}

static Value pattern_copy(Task *t, const Value *args, size_t nargs, Value kw)
{
    (void)t; (void)nargs; (void)kw;
    return args[0];
}

static const char *const flag_names[] = {
    "re.TEMPLATE", "re.IGNORECASE", "re.LOCALE", "re.MULTILINE",
    "re.DOTALL", "re.UNICODE", "re.VERBOSE", "re.DEBUG", "re.ASCII",
};
static const int flag_bits[] = {1, 2, 4, 8, 16, 32, 64, 128, 256};

/* repr(v) cut to n characters (CPython's %.nR). */
static bool put_repr_trunc(Task *t, StrBuf *b, Value v, size_t n)
{
    Value r = obj_repr(t, v);
    if (!r) return false;
    if (STR_LEN(r) <= n) sb_putv(b, r);
    else sb_put(b, STR_DATA(r), str_offset(r, n));
    return true;
}

static Value pattern_repr(Task *t, Value self)
{
    PatternObj *p = AS_PATTERN(self);
    StrBuf b;
    sb_init(&b, 64);
    sb_puts(&b, "re.compile(");
    if (!put_repr_trunc(t, &b, p->pattern, 200)) return 0;
    int64_t flags = p->flags;
    if (p->isbytes == 0 && (flags & (4 | 32 | 256)) == 32) flags &= ~32;
    if (flags) {
        sb_puts(&b, ", ");
        bool first = true;
        for (size_t i = 0; i < sizeof flag_bits / sizeof flag_bits[0]; i++) {
            if (flags & flag_bits[i]) {
                if (!first) sb_putc(&b, '|');
                sb_puts(&b, flag_names[i]);
                flags &= ~flag_bits[i];
                first = false;
            }
        }
        if (flags) {
            if (!first) sb_putc(&b, '|');
            sb_printf(&b, "0x%llx", (long long)flags);
        }
    }
    sb_putc(&b, ')');
    return sb_finish(&b);
}

static Value pattern_richcmp(Task *t, Value a, Value b, CmpOpKind op)
{
    if ((op != CMP_EQ && op != CMP_NOTEQ) || !IS_TYPE(b, &pattern_type)) return V_NOTIMPL;
    PatternObj *x = AS_PATTERN(a), *y = AS_PATTERN(b);
    bool eq = x == y;
    if (!eq && x->flags == y->flags && x->isbytes == y->isbytes && x->ncode == y->ncode &&
        !memcmp(x->code, y->code, x->ncode * sizeof(uint32_t))) {
        int r = obj_eq(t, x->pattern, y->pattern);
        if (r < 0) return 0;
        eq = r;
    }
    return V_BOOL(op == CMP_EQ ? eq : !eq);
}

static int64_t pattern_hash(Task *t, Value self)
{
    PatternObj *p = AS_PATTERN(self);
    int64_t h = obj_hash(t, p->pattern);
    if (h == -1) return -1;
    uint64_t c = 14695981039346656037ull;
    for (size_t i = 0; i < p->ncode; i++) c = (c ^ p->code[i]) * 1099511628211ull;
    h ^= (int64_t)(c >> 1);
    return h == -1 ? -2 : h;
}

static Value pattern_get_pattern(Task *t, Value self) { (void)t; return AS_PATTERN(self)->pattern; }
static Value pattern_get_flags(Task *t, Value self) { return int_from_i64(t, AS_PATTERN(self)->flags); }
static Value pattern_get_groups(Task *t, Value self) { return int_from_i64(t, (int64_t)AS_PATTERN(self)->groups); }
static Value pattern_get_groupindex(Task *t, Value self)
{
    PatternObj *p = AS_PATTERN(self);
    if (!p->groupindex) return dict_new_value();
    return mappingproxy_new(t, p->groupindex);
}

static const MethodDef pattern_methods[] = {
    {"match", pattern_match, METH_PLAIN, "Matches zero or more characters at the beginning of the string."},
    {"fullmatch", pattern_fullmatch, METH_PLAIN, "Matches against all of the string."},
    {"search", pattern_search, METH_PLAIN, "Scan through string looking for a match, and return a corresponding match object instance.\n\nReturn None if no position in the string matches."},
    {"sub", pattern_sub, METH_PLAIN, "Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl."},
    {"subn", pattern_subn, METH_PLAIN, "Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl."},
    {"findall", pattern_findall, METH_PLAIN, "Return a list of all non-overlapping matches of pattern in string."},
    {"split", pattern_split, METH_PLAIN, "Split string by the occurrences of pattern."},
    {"finditer", pattern_finditer, METH_PLAIN, "Return an iterator over all non-overlapping matches for the RE pattern in string.\n\nFor each match, the iterator returns a match object."},
    {"scanner", pattern_scanner, METH_PLAIN, NULL},
    {"__copy__", pattern_copy, METH_PLAIN, NULL},
    {"__deepcopy__", pattern_copy, METH_PLAIN, NULL},
    {"__class_getitem__", generic_class_getitem, METH_CLASS, "See PEP 585"},
    {NULL},
};

static const MemberDef pattern_members[] = {
    {"pattern", pattern_get_pattern, NULL},
    {"flags", pattern_get_flags, NULL},
    {"groups", pattern_get_groups, NULL},
    {"groupindex", pattern_get_groupindex, NULL},
    {NULL, NULL, NULL},
};

Type pattern_type = {
    .hdr = {&type_type}, .name = "re.Pattern", .size = sizeof(PatternObj), .flags = TF_ABSTRACT_NEW,
    .repr = pattern_repr, .hash = pattern_hash, .richcmp = pattern_richcmp,
    .methods = pattern_methods, .members = pattern_members,
};
REGISTER_TYPE(pattern_type);

/* --- matches ----------------------------------------------------------------------------- */

/* The group number that index names; -1 with IndexError raised. */
static ssize_t match_getindex(Task *t, MatchObj *m, Value index)
{
    ssize_t i = -1;
    Type *it = TYPE_OF(index);
    if (IS_SMALL(index) || (it->flags & TF_INT) || type_lookup(it, str_intern_cstr("__index__"))) {
        Value v = obj_index(t, index);
        if (!v) return -1;
        int64_t n;
        if (IS_SMALL(v)) n = SMALL_VAL(v);
        else n = int_compare(v, MAKE_SMALL(0)) < 0 ? -1 : INT64_MAX;
        i = n < 0 || (uint64_t)n > SIZE_MAX / 2 ? -1 : (ssize_t)n;
    } else {
        Value gi = AS_PATTERN(m->pattern)->groupindex;
        if (gi) {
            Value v = dict_get(t, (DictObj *)gi, index);
            if (!v && t->exc) return -1;
            if (v && IS_SMALL(v)) i = SMALL_VAL(v);
        }
    }
    if (i < 0 || (size_t)i >= m->ngroups) {
        err_format(t, &exc_IndexError, "no such group");
        return -1;
    }
    return i;
}

static Value match_group_value(Task *t, MatchObj *m, ssize_t g, Value dflt)
{
    if (m->spans[2 * g] < 0) return dflt;
    return subject_slice(t, m->string, m->data, m->kind, m->isbytes, m->spans[2 * g], m->spans[2 * g + 1]);
}

static Value match_group(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_no_kw(t, "group", kw)) return 0;
    MatchObj *m = AS_MATCH(args[0]);
    if (nargs == 1) return match_group_value(t, m, 0, V_NONE);
    if (nargs == 2) {
        ssize_t g = match_getindex(t, m, args[1]);
        return g < 0 ? 0 : match_group_value(t, m, g, V_NONE);
    }
    Value tup = tuple_new(nargs - 1);
    for (size_t i = 1; i < nargs; i++) {
        ssize_t g = match_getindex(t, m, args[i]);
        if (g < 0) return 0;
        Value v = match_group_value(t, m, g, V_NONE);
        if (!v) return 0;
        AS_TUPLE(tup)->items[i - 1] = v;
    }
    return tup;
}

static Value match_getitem(Task *t, Value self, Value key)
{
    ssize_t g = match_getindex(t, AS_MATCH(self), key);
    return g < 0 ? 0 : match_group_value(t, AS_MATCH(self), g, V_NONE);
}

static Value match_groups(Task *t, const Value *args, size_t nargs, Value kw)
{
    static const ArgSpec spec = {"groups", 0, 1, 0, 1, {"default"}};
    Value a[1];
    if (!args_bind(t, &spec, args + 1, nargs - 1, kw, a)) return 0;
    MatchObj *m = AS_MATCH(args[0]);
    Value dflt = a[0] ? a[0] : V_NONE;
    Value tup = tuple_new(m->ngroups - 1);
    for (size_t g = 1; g < m->ngroups; g++) {
        Value v = match_group_value(t, m, (ssize_t)g, dflt);
        if (!v) return 0;
        AS_TUPLE(tup)->items[g - 1] = v;
    }
    return tup;
}

static Value match_groupdict(Task *t, const Value *args, size_t nargs, Value kw)
{
    static const ArgSpec spec = {"groupdict", 0, 1, 0, 1, {"default"}};
    Value a[1];
    if (!args_bind(t, &spec, args + 1, nargs - 1, kw, a)) return 0;
    MatchObj *m = AS_MATCH(args[0]);
    Value dflt = a[0] ? a[0] : V_NONE;
    Value d = dict_new_value();
    Value gi = AS_PATTERN(m->pattern)->groupindex;
    if (!gi) return d;
    size_t pos = 0;
    Value k, v;
    while (dict_next((DictObj *)gi, &pos, &k, &v)) {
        ssize_t g = match_getindex(t, m, k);
        if (g < 0) return 0;
        Value val = match_group_value(t, m, g, dflt);
        if (!val || !dict_set(t, (DictObj *)d, k, val)) return 0;
    }
    return d;
}

/* start(), end() and span() take one optional group. */
static bool match_span_of(Task *t, const Value *args, size_t nargs, Value kw, const char *name, ssize_t *g)
{
    if (!args_check(t, name, nargs - 1, kw, 0, 1)) return false;
    *g = nargs > 1 ? match_getindex(t, AS_MATCH(args[0]), args[1]) : 0;
    return *g >= 0;
}

static Value match_start(Task *t, const Value *args, size_t nargs, Value kw)
{
    ssize_t g;
    if (!match_span_of(t, args, nargs, kw, "start", &g)) return 0;
    return int_from_i64(t, AS_MATCH(args[0])->spans[2 * g]);
}

static Value match_end(Task *t, const Value *args, size_t nargs, Value kw)
{
    ssize_t g;
    if (!match_span_of(t, args, nargs, kw, "end", &g)) return 0;
    return int_from_i64(t, AS_MATCH(args[0])->spans[2 * g + 1]);
}

static Value span_tuple(Task *t, MatchObj *m, size_t g)
{
    Value a = int_from_i64(t, m->spans[2 * g]), b = int_from_i64(t, m->spans[2 * g + 1]);
    return a && b ? tuple_pack(2, a, b) : 0;
}

static Value match_span(Task *t, const Value *args, size_t nargs, Value kw)
{
    ssize_t g;
    if (!match_span_of(t, args, nargs, kw, "span", &g)) return 0;
    return span_tuple(t, AS_MATCH(args[0]), (size_t)g);
}

static Value match_expand(Task *t, const Value *args, size_t nargs, Value kw)
{
    static const ArgSpec spec = {"expand", 0, 1, 1, 1, {"template"}};
    Value a[1];
    if (!args_bind(t, &spec, args + 1, nargs - 1, kw, a)) return 0;
    MatchObj *m = AS_MATCH(args[0]);
    Value hargs[3] = {m->pattern, args[0], a[0]};
    Value items = re_helper(t, "_expand", hargs, 3);
    if (!items) return 0;
    Builder b;
    bld_init(&b, m->isbytes);
    if (!expand_items(t, &b, items, m)) return 0;
    return bld_finish(t, &b);
}

static Value match_copy(Task *t, const Value *args, size_t nargs, Value kw)
{
    (void)t; (void)nargs; (void)kw;
    return args[0];
}

static Value match_repr(Task *t, Value self)
{
    MatchObj *m = AS_MATCH(self);
    Value g0 = match_group_value(t, m, 0, V_NONE);
    if (!g0) return 0;
    StrBuf b;
    sb_init(&b, 64);
    sb_printf(&b, "<re.Match object; span=(%zd, %zd), match=", m->spans[0], m->spans[1]);
    if (!put_repr_trunc(t, &b, g0, 50)) return 0;
    sb_putc(&b, '>');
    return sb_finish(&b);
}

static Value match_get_string(Task *t, Value self) { (void)t; return AS_MATCH(self)->string; }
static Value match_get_re(Task *t, Value self) { (void)t; return AS_MATCH(self)->pattern; }
static Value match_get_pos(Task *t, Value self) { return int_from_i64(t, AS_MATCH(self)->pos); }
static Value match_get_endpos(Task *t, Value self) { return int_from_i64(t, AS_MATCH(self)->endpos); }
static Value match_get_lastindex(Task *t, Value self)
{
    ssize_t li = AS_MATCH(self)->lastindex;
    return li < 0 ? V_NONE : int_from_i64(t, li);
}
static Value match_get_lastgroup(Task *t, Value self)
{
    (void)t;
    MatchObj *m = AS_MATCH(self);
    Value ig = AS_PATTERN(m->pattern)->indexgroup;
    if (m->lastindex < 0 || !ig || !IS_TUPLE(ig) || (size_t)m->lastindex >= TUPLE_LEN(ig)) return V_NONE;
    return TUPLE_ITEM(ig, m->lastindex);
}
static Value match_get_regs(Task *t, Value self)
{
    MatchObj *m = AS_MATCH(self);
    Value tup = tuple_new(m->ngroups);
    for (size_t g = 0; g < m->ngroups; g++) {
        Value s = span_tuple(t, m, g);
        if (!s) return 0;
        AS_TUPLE(tup)->items[g] = s;
    }
    return tup;
}

static const MethodDef match_methods[] = {
    {"group", match_group, METH_PLAIN, "group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices or names.\n    For 0 returns the entire match."},
    {"groups", match_groups, METH_PLAIN, "Return a tuple containing all the subgroups of the match, from 1."},
    {"groupdict", match_groupdict, METH_PLAIN, "Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name."},
    {"start", match_start, METH_PLAIN, "Return index of the start of the substring matched by group."},
    {"end", match_end, METH_PLAIN, "Return index of the end of the substring matched by group."},
    {"span", match_span, METH_PLAIN, "For match object m, return the 2-tuple (m.start(group), m.end(group))."},
    {"expand", match_expand, METH_PLAIN, "Return the string obtained by doing backslash substitution on the string template, as done by the sub() method."},
    {"__copy__", match_copy, METH_PLAIN, NULL},
    {"__deepcopy__", match_copy, METH_PLAIN, NULL},
    {"__class_getitem__", generic_class_getitem, METH_CLASS, "See PEP 585"},
    {NULL},
};

static const MemberDef match_members[] = {
    {"string", match_get_string, NULL},
    {"re", match_get_re, NULL},
    {"pos", match_get_pos, NULL},
    {"endpos", match_get_endpos, NULL},
    {"lastindex", match_get_lastindex, NULL},
    {"lastgroup", match_get_lastgroup, NULL},
    {"regs", match_get_regs, NULL},
    {NULL, NULL, NULL},
};

Type match_type = {
    .hdr = {&type_type}, .name = "re.Match", .size = sizeof(MatchObj), .flags = TF_ABSTRACT_NEW,
    .repr = match_repr, .getitem = match_getitem, .methods = match_methods, .members = match_members,
};
REGISTER_TYPE(match_type);

/* --- scanners ---------------------------------------------------------------------------- */

static Value scanner_step(Task *t, Value self, bool search)
{
    ScannerObj *sc = AS_SCANNER(self);
    if (sc->start < 0) return V_NONE;
    PatternObj *p = AS_PATTERN(sc->pattern);
    ssize_t pos = sc->start, endpos = sc->endpos;
    SreState st;
    if (!state_setup(t, p, &sc->subj, &pos, &endpos, &st)) return 0;
    st.must_advance = sc->must_advance;
    int r = search ? sre_search(&st) : sre_match(&st);
    Value res;
    if (r < 0) {
        res = err_no_memory(t);
    } else if (r == 0) {
        sc->start = -1;
        res = V_NONE;
    } else {
        res = new_match(t, p, &sc->subj, &st, sc->pos, sc->endpos);
        sc->must_advance = st.match_end == st.match_start;
        sc->start = st.match_end;
    }
    sre_state_fini(&st);
    return res;
}

static Value scanner_match(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "match", nargs - 1, kw, 0, 0)) return 0;
    return scanner_step(t, args[0], false);
}

static Value scanner_search(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "search", nargs - 1, kw, 0, 0)) return 0;
    return scanner_step(t, args[0], true);
}

static Value scanner_get_pattern(Task *t, Value self) { (void)t; return AS_SCANNER(self)->pattern; }

static const MethodDef scanner_methods[] = {
    {"match", scanner_match, METH_PLAIN, NULL},
    {"search", scanner_search, METH_PLAIN, NULL},
    {NULL},
};

static const MemberDef scanner_members[] = {
    {"pattern", scanner_get_pattern, NULL},
    {NULL, NULL, NULL},
};

Type scanner_type = {
    .hdr = {&type_type}, .name = "_sre.SRE_Scanner", .size = sizeof(ScannerObj), .flags = TF_ABSTRACT_NEW,
    .methods = scanner_methods, .members = scanner_members,
};
REGISTER_TYPE(scanner_type);

/* --- the module -------------------------------------------------------------------------- */

/* compile(pattern, flags, code, groups, groupindex, indexgroup, nregs, minwidth) */
static Value sre_compile(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "compile", nargs, kw, 8, 8)) return 0;
    const Value *items;
    size_t n;
    Value code = seq_fast(t, args[2], "code must be a sequence", &items, &n);
    if (!code) return 0;
    int64_t flags, groups, nregs, minwidth;
    if (!int_as_i64(t, args[1], &flags) || !int_as_i64(t, args[3], &groups) ||
        !int_as_i64(t, args[6], &nregs) || !int_as_i64(t, args[7], &minwidth))
        return 0;
    PatternObj *p = gc_alloc(sizeof *p);
    uint32_t *words = GC_MALLOC_ATOMIC((n + 1) * sizeof(uint32_t));
    if (!p || !words) return err_no_memory(t);
    for (size_t i = 0; i < n; i++) {
        int64_t w;
        if (!int_as_i64(t, items[i], &w)) return 0;
        if (w < 0 || w > 0xFFFFFFFFll) return err_format(t, &exc_OverflowError, "regular expression code size limit exceeded");
        words[i] = (uint32_t)w;
    }
    words[n] = SRE_OP_FAILURE;
    p->hdr.type = &pattern_type;
    p->pattern = args[0];
    p->flags = flags;
    p->code = words;
    p->ncode = n;
    p->groups = (size_t)groups;
    p->groupindex = IS_DICT(args[4]) && AS_DICT(args[4])->used ? args[4] : 0;
    p->indexgroup = args[5];
    p->nregs = (size_t)nregs;
    p->minwidth = (ssize_t)minwidth;
    if (args[0] == V_NONE) p->isbytes = -1;
    else p->isbytes = !HAS_FLAG(args[0], TF_STR);
    return OBJ_VAL(p);
}

static Value char_arg(Task *t, const Value *args, size_t nargs, Value kw, const char *name, uint32_t *c)
{
    if (!args_check(t, name, nargs, kw, 1, 1)) return 0;
    int64_t v;
    if (!int_as_i64(t, args[0], &v)) return 0;
    *c = (uint32_t)v;
    return V_TRUE;
}

static Value sre_ascii_iscased(Task *t, const Value *args, size_t nargs, Value kw)
{
    uint32_t c;
    if (!char_arg(t, args, nargs, kw, "ascii_iscased", &c)) return 0;
    return V_BOOL(c < 128 && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')));
}

static Value sre_ascii_tolower(Task *t, const Value *args, size_t nargs, Value kw)
{
    uint32_t c;
    if (!char_arg(t, args, nargs, kw, "ascii_tolower", &c)) return 0;
    return MAKE_SMALL(sre_lower_ascii(c));
}

static Value sre_unicode_iscased(Task *t, const Value *args, size_t nargs, Value kw)
{
    uint32_t c;
    if (!char_arg(t, args, nargs, kw, "unicode_iscased", &c)) return 0;
    return V_BOOL(c != sre_lower_unicode(c) || c != sre_upper_unicode(c));
}

static Value sre_unicode_tolower(Task *t, const Value *args, size_t nargs, Value kw)
{
    uint32_t c;
    if (!char_arg(t, args, nargs, kw, "unicode_tolower", &c)) return 0;
    return MAKE_SMALL(sre_lower_unicode(c));
}

static const MethodDef sre_functions[] = {
    {"compile", sre_compile, METH_PLAIN, NULL},
    {"ascii_iscased", sre_ascii_iscased, METH_PLAIN, NULL},
    {"ascii_tolower", sre_ascii_tolower, METH_PLAIN, NULL},
    {"unicode_iscased", sre_unicode_iscased, METH_PLAIN, NULL},
    {"unicode_tolower", sre_unicode_tolower, METH_PLAIN, NULL},
    {NULL},
};

#define SRE_NAME(n) #n,
static const char *const opcode_names[] = {SRE_OPCODES(SRE_NAME) NULL};
static const char *const setcode_names[] = {SRE_SETCODES(SRE_NAME) NULL};
static const char *const atcode_names[] = {SRE_ATCODES(SRE_NAME) NULL};
static const char *const chcode_names[] = {SRE_CHCODES(SRE_NAME) NULL};

static Value name_tuple(const char *const *names)
{
    size_t n = 0;
    while (names[n]) n++;
    Value tup = tuple_new(n);
    for (size_t i = 0; i < n; i++) AS_TUPLE(tup)->items[i] = str_from_cstr(names[i]);
    return tup;
}

static bool sre_init(Task *t, Value m)
{
    DictObj *d = module_dict(m);
    dict_set_cstr(d, "OPCODES", name_tuple(opcode_names));
    dict_set_cstr(d, "SETCODES", name_tuple(setcode_names));
    dict_set_cstr(d, "ATCODES", name_tuple(atcode_names));
    dict_set_cstr(d, "CHCODES", name_tuple(chcode_names));
    Value maxrepeat = int_from_i64(t, SRE_MAXREPEAT);
    if (!maxrepeat) return false;
    dict_set_cstr(d, "MAXREPEAT", maxrepeat);
    dict_set_cstr(d, "MAXGROUPS", MAKE_SMALL(1073741823));
    dict_set_cstr(d, "CODESIZE", MAKE_SMALL(4));
    dict_set_cstr(d, "MAGIC", MAKE_SMALL(20220615));
    return true;
}

const NativeModule sre_module = {"_sre", sre_functions, sre_init};
