/* jsonmodule.c - _json: the JSON scanner and encoder behind stdlib/json,
 * as CPython's C accelerator is behind its json package.
 *
 * The scanner follows CPython's _json.c: the same grammar (ASCII digits
 * only), the same error messages at the same positions (code point
 * indices, raised as json.JSONDecodeError, whose class the caller passes).
 * It walks the UTF-8 bytes and converts a byte offset to a code point
 * index only for an error or the end position. The encoder writes the
 * exact text of json.dumps, indent included. */
#include <math.h>
#include <string.h>
#include <gc/gc.h>
#include "object.h"
#include "error.h"
#include "int.h"
#include "floatobj.h"
#include "numfmt.h"
#include "str.h"
#include "bytes.h"
#include "list.h"
#include "tuple.h"
#include "dict.h"
#include "names.h"
#include "interp.h"
#include "module.h"

/* --- scanning ----------------------------------------------------------------------- */

typedef struct Scanner {
    Value doc;                 /* the str being decoded */
    const char *p;             /* its UTF-8 bytes */
    size_t n;
    bool strict;
    Value object_hook, pairs_hook, parse_float, parse_int, parse_constant;  /* 0: default */
    Value errcls;              /* json.JSONDecodeError */
} Scanner;

/* Raises JSONDecodeError(msg, doc, pos) with pos a code point index. */
static bool scan_error(Task *t, Scanner *s, const char *msg, size_t at)
{
    Value args[3] = {str_from_cstr(msg), s->doc, int_from_i64(t, (int64_t)utf8_count_prefix(s->p, at))};
    Value e = obj_call(t, s->errcls, args, 3, 0);
    if (e) err_set(t, e);
    return false;
}

#define WS(c) ((c) == ' ' || (c) == '\t' || (c) == '\n' || (c) == '\r')

static size_t skip_ws(Scanner *s, size_t i)
{
    while (i < s->n && WS(s->p[i])) i++;
    return i;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Four hex digits at i, or -1. */
static int32_t hex4(Scanner *s, size_t i)
{
    int32_t v = 0;
    for (size_t k = 0; k < 4; k++) {
        int h = hexval(s->p[i + k]);
        if (h < 0) return -1;
        v = v << 4 | h;
    }
    return v;
}

/* The string whose opening quote is at i - 1; *end after its closing quote. */
static Value scan_string(Task *t, Scanner *s, size_t i, size_t *end)
{
    const char *p = s->p;
    size_t n = s->n, begin = i - 1;
    StrBuf b;
    bool sb = false;           /* a StrBuf is needed once an escape appears */
    size_t chunk = i;
    for (;;) {
        size_t j = i;
        while (j < n && p[j] != '"' && p[j] != '\\') {
            if ((unsigned char)p[j] < 0x20 && s->strict) {
                scan_error(t, s, "Invalid control character at", j);
                return 0;
            }
            j++;
        }
        if (j >= n) {
            scan_error(t, s, "Unterminated string starting at", begin);
            return 0;
        }
        if (p[j] == '"') {
            *end = j + 1;
            if (!sb) return str_new(p + chunk, j - chunk);
            sb_put(&b, p + i, j - i);
            return sb_finish(&b);
        }
        if (!sb) {
            sb_init(&b, j - chunk + 16);
            sb = true;
        }
        sb_put(&b, p + i, j - i);
        /* a backslash at j */
        j++;
        if (j >= n) {
            scan_error(t, s, "Unterminated string starting at", begin);
            return 0;
        }
        char c = p[j];
        if (c != 'u') {
            char out;
            switch (c) {
            case '"': out = '"'; break;
            case '\\': out = '\\'; break;
            case '/': out = '/'; break;
            case 'b': out = '\b'; break;
            case 'f': out = '\f'; break;
            case 'n': out = '\n'; break;
            case 'r': out = '\r'; break;
            case 't': out = '\t'; break;
            default:
                scan_error(t, s, "Invalid \\escape", j - 1);
                return 0;
            }
            sb_putc(&b, out);
            i = j + 1;
            continue;
        }
        j++;                   /* the first hex digit */
        if (j + 4 >= n) {
            scan_error(t, s, "Invalid \\uXXXX escape", j - 1);
            return 0;
        }
        int32_t cp = hex4(s, j);
        if (cp < 0) {
            scan_error(t, s, "Invalid \\uXXXX escape", j - 1);
            return 0;
        }
        i = j + 4;
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 < n && p[i] == '\\' && p[i + 1] == 'u') {
            int32_t cp2 = hex4(s, i + 2);
            if (cp2 < 0) {
                scan_error(t, s, "Invalid \\uXXXX escape", i + 1);
                return 0;
            }
            if (cp2 >= 0xDC00 && cp2 <= 0xDFFF) {
                cp = 0x10000 + (((cp - 0xD800) << 10) | (cp2 - 0xDC00));
                i += 6;
            }
        }
        sb_putcp(&b, (uint32_t)cp);
    }
}

static Value scan_value(Task *t, Scanner *s, size_t i, size_t *end);

static Value scan_number(Task *t, Scanner *s, size_t start, size_t *end)
{
    const char *p = s->p;
    size_t n = s->n, i = start;
#define DIGIT(k) ((k) < n && p[k] >= '0' && p[k] <= '9')
    if (p[i] == '-') {
        i++;
        if (i >= n) goto stop;
    }
    if (p[i] >= '1' && p[i] <= '9') {
        i++;
        while (DIGIT(i)) i++;
    } else if (p[i] == '0') {
        i++;
    } else {
        goto stop;
    }
    bool is_float = false;
    if (i + 1 < n && p[i] == '.' && DIGIT(i + 1)) {
        is_float = true;
        i += 2;
        while (DIGIT(i)) i++;
    }
    if (i + 1 < n && (p[i] == 'e' || p[i] == 'E')) {
        size_t e_start = i++;
        if (i + 1 < n && (p[i] == '-' || p[i] == '+')) i++;
        while (DIGIT(i)) i++;
        if (p[i - 1] >= '0' && p[i - 1] <= '9') is_float = true;
        else i = e_start;
    }
#undef DIGIT
    *end = i;
    Value custom = is_float ? s->parse_float : s->parse_int;
    if (custom) {
        Value text = str_new(p + start, i - start);
        return text ? obj_call(t, custom, &text, 1, 0) : 0;
    }
    if (is_float) {
        double d;
        if (!numfmt_parse_float(p + start, i - start, false, &d))
            return err_format(t, &exc_ValueError, "could not convert string to float");
        return float_new(t, d);
    }
    if (i - start < 19) {       /* fits int64: no bignum parse */
        int64_t v = 0;
        for (size_t k = start + (p[start] == '-'); k < i; k++) v = v * 10 + (p[k] - '0');
        return int_from_i64(t, p[start] == '-' ? -v : v);
    }
    Value text = str_new(p + start, i - start);
    return text ? int_parse(t, p + start, i - start, 10, text) : 0;
stop:
    /* no value here: raw_decode reports it as "Expecting value" */
    scan_error(t, s, "Expecting value", start);
    return 0;
}

static Value scan_constant(Task *t, Scanner *s, const char *name)
{
    Value text = str_from_cstr(name);
    if (s->parse_constant) return obj_call(t, s->parse_constant, &text, 1, 0);
    double d = name[0] == 'N' ? NAN : name[0] == '-' ? -INFINITY : INFINITY;
    return float_new(t, d);
}

static Value scan_object(Task *t, Scanner *s, size_t i, size_t *end)
{
    const char *p = s->p;
    size_t n = s->n;
    Value pairs = s->pairs_hook ? list_new(4) : 0;
    DictObj *d = s->pairs_hook ? NULL : dict_new();
    i = skip_ws(s, i);
    if (i >= n || p[i] != '}') {
        for (;;) {
            if (i >= n || p[i] != '"') {
                scan_error(t, s, "Expecting property name enclosed in double quotes", i);
                return 0;
            }
            Value key = scan_string(t, s, i + 1, &i);
            if (!key) return 0;
            i = skip_ws(s, i);
            if (i >= n || p[i] != ':') {
                scan_error(t, s, "Expecting ':' delimiter", i);
                return 0;
            }
            i = skip_ws(s, i + 1);
            Value v = scan_value(t, s, i, &i);
            if (!v) return 0;
            if (pairs ? !list_append(t, pairs, tuple_pack(2, key, v)) : !dict_set(t, d, key, v)) return 0;
            i = skip_ws(s, i);
            if (i < n && p[i] == '}') break;
            if (i >= n || p[i] != ',') {
                scan_error(t, s, "Expecting ',' delimiter", i);
                return 0;
            }
            i = skip_ws(s, i + 1);
        }
    }
    *end = i + 1;
    if (pairs) return obj_call(t, s->pairs_hook, &pairs, 1, 0);
    Value obj = OBJ_VAL(d);
    return s->object_hook ? obj_call(t, s->object_hook, &obj, 1, 0) : obj;
}

static Value scan_array(Task *t, Scanner *s, size_t i, size_t *end)
{
    const char *p = s->p;
    size_t n = s->n;
    Value list = list_new(4);
    if (!list) return err_no_memory(t);
    i = skip_ws(s, i);
    if (i >= n || p[i] != ']') {
        for (;;) {
            Value v = scan_value(t, s, i, &i);
            if (!v || !list_append(t, list, v)) return 0;
            i = skip_ws(s, i);
            if (i < n && p[i] == ']') break;
            if (i >= n || p[i] != ',') {
                scan_error(t, s, "Expecting ',' delimiter", i);
                return 0;
            }
            i = skip_ws(s, i + 1);
        }
    }
    *end = i + 1;
    return list;
}

static bool starts(Scanner *s, size_t i, const char *word)
{
    size_t k = strlen(word);
    return i + k <= s->n && memcmp(s->p + i, word, k) == 0;
}

static Value scan_value(Task *t, Scanner *s, size_t i, size_t *end)
{
    if (i >= s->n) {
        scan_error(t, s, "Expecting value", i);
        return 0;
    }
    Value v;
    switch (s->p[i]) {
    case '"': v = scan_string(t, s, i + 1, end); break;
    /* nesting counts against the recursion limit, as in CPython's scanner */
    case '{':
        if (!rec_enter(t, " while decoding a JSON object from a unicode string")) return 0;
        v = scan_object(t, s, i + 1, end);
        rec_leave(t);
        break;
    case '[':
        if (!rec_enter(t, " while decoding a JSON array from a unicode string")) return 0;
        v = scan_array(t, s, i + 1, end);
        rec_leave(t);
        break;
    case 'n':
        if (starts(s, i, "null")) { *end = i + 4; v = V_NONE; break; }
        goto number;
    case 't':
        if (starts(s, i, "true")) { *end = i + 4; v = V_TRUE; break; }
        goto number;
    case 'f':
        if (starts(s, i, "false")) { *end = i + 5; v = V_FALSE; break; }
        goto number;
    case 'N':
        if (starts(s, i, "NaN")) { *end = i + 3; v = scan_constant(t, s, "NaN"); break; }
        goto number;
    case 'I':
        if (starts(s, i, "Infinity")) { *end = i + 8; v = scan_constant(t, s, "Infinity"); break; }
        goto number;
    case '-':
        if (starts(s, i, "-Infinity")) { *end = i + 9; v = scan_constant(t, s, "-Infinity"); break; }
        goto number;
    default:
    number:
        v = scan_number(t, s, i, end);
        break;
    }
    return v;
}

static Value opt_callable(Value v) { return v && v != V_NONE ? v : 0; }

/* scan(s, idx, strict, object_hook, object_pairs_hook, parse_float,
 *      parse_int, parse_constant, errcls) -> (value, end): the JSON value
 * starting at code point idx of s, and the index after it. */
static Value j_scan(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "scan", nargs, kw, 9, 9)) return 0;
    Value doc = obj_unbox(args[0]);
    if (!IS_STR(doc)) return err_format(t, &exc_TypeError, "first argument must be a string, not %s", obj_type_name(args[0]));
    int64_t idx;
    if (!int_as_i64(t, args[1], &idx)) return 0;
    int strict = obj_truthy(t, args[2]);
    if (strict < 0) return 0;
    Scanner s = {doc, STR_DATA(doc), STR_SIZE(doc), strict, opt_callable(args[3]), opt_callable(args[4]),
                 opt_callable(args[5]), opt_callable(args[6]), opt_callable(args[7]), args[8]};
    if (idx < 0) return err_format(t, &exc_ValueError, "idx cannot be negative");
    size_t at = (size_t)idx >= STR_LEN(doc) ? STR_SIZE(doc) : str_offset(doc, (size_t)idx);
    size_t end;
    Value v = scan_value(t, &s, at, &end);
    if (!v) return 0;
    return tuple_pack(2, v, int_from_i64(t, (int64_t)(STR_IS_ASCII(doc) ? end : utf8_count_prefix(s.p, end))));
}

/* --- encoding ----------------------------------------------------------------------- */

typedef struct Encoder {
    StrBuf b;
    Value indent;              /* str or 0 */
    Value key_sep, item_sep;
    bool sort_keys, skipkeys, allow_nan, ensure_ascii;
    DictObj *markers;          /* 0 when not checking */
    Value default_fn;
    int level;
} Encoder;

static const char hexdig[] = "0123456789abcdef";

static void put_u(StrBuf *b, uint32_t c)
{
    char u[6] = {'\\', 'u', hexdig[(c >> 12) & 15], hexdig[(c >> 8) & 15], hexdig[(c >> 4) & 15], hexdig[c & 15]};
    sb_put(b, u, 6);
}

/* A JSON string literal of str s, escaping as json.encoder does. */
static void put_string(Encoder *e, Value s)
{
    StrBuf *b = &e->b;
    const char *p = STR_DATA(s), *end = p + STR_SIZE(s);
    sb_putc(b, '"');
    while (p < end) {
        const char *q = p;
        while (q < end && (unsigned char)*q >= 0x20 && *q != '"' && *q != '\\' &&
               (!e->ensure_ascii || (unsigned char)*q < 0x7F))
            q++;
        sb_put(b, p, (size_t)(q - p));
        if (q >= end) break;
        p = q;
        uint32_t c = utf8_decode(&p);
        switch (c) {
        case '"': sb_puts(b, "\\\""); break;
        case '\\': sb_puts(b, "\\\\"); break;
        case '\b': sb_puts(b, "\\b"); break;
        case '\f': sb_puts(b, "\\f"); break;
        case '\n': sb_puts(b, "\\n"); break;
        case '\r': sb_puts(b, "\\r"); break;
        case '\t': sb_puts(b, "\\t"); break;
        default:
            if (c < 0x10000) {
                put_u(b, c);   /* control characters, and with ensure_ascii DEL and non-ASCII */
            } else {
                c -= 0x10000;
                put_u(b, 0xD800 | ((c >> 10) & 0x3FF));
                put_u(b, 0xDC00 | (c & 0x3FF));
            }
        }
    }
    sb_putc(b, '"');
}

/* float.__repr__ with JavaScript's names for the special values. */
static bool put_float(Task *t, Encoder *e, double d)
{
    if (!isfinite(d)) {
        if (!e->allow_nan) {
            err_format(t, &exc_ValueError, "Out of range float values are not JSON compliant");
            return false;
        }
        sb_puts(&e->b, isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
        return true;
    }
    char buf[NUMFMT_BUF_MAX];
    size_t n = numfmt_repr_buf(d, buf);
    sb_put(&e->b, buf, n);
    return true;
}

static bool put_int(Task *t, Encoder *e, Value v)
{
    Value s = int_to_str(t, int_norm(v), 10);
    if (!s) return false;
    sb_putv(&e->b, s);
    return true;
}

static void newline_indent(Encoder *e)
{
    sb_putc(&e->b, '\n');
    for (int i = 0; i < e->level; i++) sb_putv(&e->b, e->indent);
}

/* Marks o as being encoded; false with ValueError when it already is. */
static int mark(Task *t, Encoder *e, Value o)
{
    if (!e->markers) return 1;
    Value id = int_from_i64(t, (int64_t)o);
    int r = dict_contains_hash(t, e->markers, id, dict_key_hash(t, id));
    if (r < 0) return -1;
    if (r) {
        err_format(t, &exc_ValueError, "Circular reference detected");
        return -1;
    }
    return dict_set(t, e->markers, id, o) ? 1 : -1;
}

static void unmark(Task *t, Encoder *e, Value o)
{
    if (e->markers) dict_del(t, e->markers, int_from_i64(t, (int64_t)o));
}

static bool encode(Task *t, Encoder *e, Value o);

static bool encode_list(Task *t, Encoder *e, Value o)
{
    const Value *items;
    size_t n;
    Value seq = seq_fast(t, o, NULL, &items, &n);
    if (!seq) return false;
    if (n == 0) {
        sb_puts(&e->b, "[]");
        return true;
    }
    if (mark(t, e, o) < 0) return false;
    sb_putc(&e->b, '[');
    if (e->indent) {
        e->level++;
        newline_indent(e);
    }
    for (size_t i = 0; i < n; i++) {
        if (i) {
            sb_putv(&e->b, e->item_sep);
            if (e->indent) newline_indent(e);
        }
        /* a list may change while its items are encoded: reread it */
        if (IS_LIST_LIKE(seq)) {
            if (i >= AS_LIST(seq)->len) break;
            items = AS_LIST(seq)->items;
        }
        if (!encode(t, e, items[i])) return false;
    }
    if (e->indent) {
        e->level--;
        newline_indent(e);
    }
    sb_putc(&e->b, ']');
    unmark(t, e, o);
    return true;
}

/* The key of a dict item as JSON object key text, or 0 to skip it. */
static Value dict_key(Task *t, Encoder *e, Value key, bool *skip)
{
    *skip = false;
    Value k = obj_unbox(key);
    if (IS_STR(k)) return k;
    if (HAS_FLAG(key, TF_FLOAT)) {
        double d = FLOAT_VAL(obj_unbox(key));
        if (!isfinite(d)) {
            if (!e->allow_nan) return err_format(t, &exc_ValueError, "Out of range float values are not JSON compliant");
            return str_from_cstr(isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
        }
        char buf[NUMFMT_BUF_MAX];
        size_t n = numfmt_repr_buf(d, buf);
        return str_new(buf, n);
    }
    if (key == V_TRUE) return str_from_cstr("true");
    if (key == V_FALSE) return str_from_cstr("false");
    if (key == V_NONE) return str_from_cstr("null");
    if (HAS_FLAG(key, TF_INT)) return int_to_str(t, int_norm(key), 10);
    if (e->skipkeys) {
        *skip = true;
        return 0;
    }
    return err_format(t, &exc_TypeError, "keys must be str, int, float, bool or None, not %s", obj_type_name(key));
}

static bool encode_dict(Task *t, Encoder *e, Value o)
{
    Value items;
    if (AS_DICT(o)->used == 0) {   /* even a subclass with its own items() */
        sb_puts(&e->b, "{}");
        return true;
    }
    if (IS_DICT(o)) {
        DictObj *d = AS_DICT(o);
        items = list_new(d->used);
        size_t pos = 0;
        Value k, v;
        while (items && dict_next(d, &pos, &k, &v))
            if (!list_append(t, items, tuple_pack(2, k, v))) return false;
    } else {
        Value view = obj_call_method(t, o, NAME(items), NULL, 0);
        items = view ? list_from_iter(t, view) : 0;
    }
    if (!items) return false;
    if (AS_LIST(items)->len == 0) {
        sb_puts(&e->b, "{}");
        return true;
    }
    if (e->sort_keys && !list_sort(t, items, 0, false)) return false;
    if (mark(t, e, o) < 0) return false;
    sb_putc(&e->b, '{');
    if (e->indent) {
        e->level++;
        newline_indent(e);
    }
    bool first = true;
    for (size_t i = 0; i < AS_LIST(items)->len; i++) {
        Value item = AS_LIST(items)->items[i];
        if (!IS_TUPLE(item) || TUPLE_LEN(item) != 2) {
            err_format(t, &exc_ValueError, "items must return 2-tuples");
            return false;
        }
        bool skip;
        Value key = dict_key(t, e, TUPLE_ITEM(item, 0), &skip);
        if (skip) continue;
        if (!key) return false;
        if (!first) {
            sb_putv(&e->b, e->item_sep);
            if (e->indent) newline_indent(e);
        }
        first = false;
        put_string(e, key);
        sb_putv(&e->b, e->key_sep);
        if (!encode(t, e, TUPLE_ITEM(item, 1))) return false;
    }
    if (e->indent) {
        e->level--;
        newline_indent(e);
    }
    sb_putc(&e->b, '}');
    unmark(t, e, o);
    return true;
}

static bool encode(Task *t, Encoder *e, Value o)
{
    if (o == V_NONE) {
        sb_puts(&e->b, "null");
        return true;
    }
    if (o == V_TRUE || o == V_FALSE) {
        sb_puts(&e->b, o == V_TRUE ? "true" : "false");
        return true;
    }
    Value u = obj_unbox(o);
    if (IS_STR(u)) {
        put_string(e, u);
        return true;
    }
    if (HAS_FLAG(o, TF_INT)) return put_int(t, e, o);
    if (HAS_FLAG(o, TF_FLOAT)) return put_float(t, e, FLOAT_VAL(u));
    if (!rec_enter(t, " while encoding a JSON object")) return false;
    bool ok;
    if (HAS_FLAG(o, TF_LIST) || HAS_FLAG(o, TF_TUPLE)) {
        ok = encode_list(t, e, o);
    } else if (HAS_FLAG(o, TF_DICT)) {
        ok = encode_dict(t, e, o);
    } else {
        ok = mark(t, e, o) > 0;
        Value r = ok ? obj_call(t, e->default_fn, &o, 1, 0) : 0;
        ok = r && encode(t, e, r);
        if (ok) unmark(t, e, o);
    }
    rec_leave(t);
    return ok;
}

/* encode(obj, indent, key_separator, item_separator, sort_keys, skipkeys,
 *        allow_nan, ensure_ascii, check_circular, default) -> str */
static Value j_encode(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "encode", nargs, kw, 10, 10)) return 0;
    Encoder e;
    memset(&e, 0, sizeof e);
    e.indent = args[1] == V_NONE ? 0 : args[1];
    e.key_sep = args[2];
    e.item_sep = args[3];
    if ((e.indent && !IS_STR(e.indent)) || !IS_STR(e.key_sep) || !IS_STR(e.item_sep))
        return err_format(t, &exc_TypeError, "separators and indent must be str");
    int flags[5];
    for (int i = 0; i < 5; i++) {
        flags[i] = obj_truthy(t, args[4 + i]);
        if (flags[i] < 0) return 0;
    }
    e.sort_keys = flags[0];
    e.skipkeys = flags[1];
    e.allow_nan = flags[2];
    e.ensure_ascii = flags[3];
    e.markers = flags[4] ? dict_new() : NULL;
    e.default_fn = args[9];
    sb_init(&e.b, 64);
    if (!encode(t, &e, args[0])) return 0;
    return sb_finish(&e.b);
}

/* encode_basestring[_ascii](s): the JSON literal of one str. */
static Value encode_str(Task *t, const Value *args, size_t nargs, Value kw, bool ascii)
{
    if (!args_check(t, ascii ? "encode_basestring_ascii" : "encode_basestring", nargs, kw, 1, 1)) return 0;
    Value s = obj_unbox(args[0]);
    if (!IS_STR(s)) return err_format(t, &exc_TypeError, "first argument must be a string, not %s", obj_type_name(args[0]));
    Encoder e;
    memset(&e, 0, sizeof e);
    e.ensure_ascii = ascii;
    sb_init(&e.b, STR_SIZE(s) + 2);
    put_string(&e, s);
    return sb_finish(&e.b);
}

static Value j_encode_ascii(Task *t, const Value *a, size_t n, Value kw) { return encode_str(t, a, n, kw, true); }
static Value j_encode_plain(Task *t, const Value *a, size_t n, Value kw) { return encode_str(t, a, n, kw, false); }

static const MethodDef json_functions[] = {
    {"scan", j_scan, METH_PLAIN, NULL},
    {"encode", j_encode, METH_PLAIN, NULL},
    {"encode_basestring_ascii", j_encode_ascii, METH_PLAIN, "Return an ASCII-only JSON representation of a Python string"},
    {"encode_basestring", j_encode_plain, METH_PLAIN, "Return a JSON representation of a Python string"},
    {NULL},
};

const NativeModule json_native_module = {"_json", json_functions, NULL};
