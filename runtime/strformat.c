/* strformat.c - str.format and str.format_map: the replacement-field parser
 * of CPython's Objects/stringlib/unicode_format.h, step for step (its
 * errors depend on the order in which it looks at characters). Each value
 * is rendered by obj_format_into (format.c).
 *
 *   replacement_field ::= "{" [field_name] ["!" conversion] [":" format_spec] "}"
 *   field_name        ::= (identifier | digit+ | "") ("." attribute | "[" index "]")*
 *
 * A format_spec may itself hold replacement fields ("{:{w}.{p}f}"), expanded
 * with the same arguments and automatic numbering, two levels deep at most.
 * The text is UTF-8; every delimiter is ASCII, so scanning is by byte. */
#include <string.h>
#include "object.h"
#include "error.h"
#include "str.h"
#include "tuple.h"
#include "dict.h"
#include "int.h"
#include "unicode.h"
#include "format.h"
#include "strformat.h"
#include "slice.h"

/* Where field values come from. */
typedef struct FmtArgs {
    const Value *args;     /* positional arguments; NULL for format_map */
    size_t nargs;
    const Value *kwvals;   /* keyword arguments: kwnames[i] = kwvals[i] */
    Value kwnames;         /* tuple or 0 */
    Value mapping;         /* format_map's argument, or 0 */
    enum { AUTO_INIT, AUTO_AUTO, AUTO_MANUAL } state;
    int64_t next;          /* the next automatic field number */
} FmtArgs;

typedef struct Span {
    const char *p, *end;
} Span;

static Value span_str(Span s) { return str_new(s.p, s.end - s.p); }

/* get_integer: the decimal value of s, -1 when it is not all digits. */
static bool span_integer(Task *t, Span s, int64_t *out)
{
    *out = -1;
    if (s.p >= s.end) return true;
    int64_t v = 0;
    for (const char *p = s.p; p < s.end;) {
        int d = uni_decimal(utf8_decode(&p));
        if (d < 0) return true;
        if (v > (INT64_MAX - d) / 10) {
            err_format(t, &exc_ValueError, "Too many decimal digits in format string");
            return false;
        }
        v = v * 10 + d;
    }
    *out = v;
    return true;
}

static Value positional(Task *t, FmtArgs *a, int64_t i)
{
    if (!a->args) return err_format(t, &exc_ValueError, "Format string contains positional fields");
    if ((uint64_t)i >= a->nargs)
        return err_format(t, &exc_IndexError, "Replacement index %lld out of range for positional args tuple",
                          (long long)i);
    return a->args[i];
}

static Value keyword(Task *t, FmtArgs *a, Span name)
{
    Value key = span_str(name);
    if (!key) return err_no_memory(t);
    if (a->mapping) return obj_getitem(t, a->mapping, key);
    size_t n = a->kwnames ? TUPLE_LEN(a->kwnames) : 0;
    for (size_t i = 0; i < n; i++)
        if (str_eq(TUPLE_ITEM(a->kwnames, i), key)) return a->kwvals[i];
    Value exc = exc_new_msg(t, &exc_KeyError, key);
    return exc ? err_set(t, exc) : 0;
}

/* field_name_split and the FieldNameIterator: the object a field names. */
static Value field_object(Task *t, FmtArgs *a, Span f)
{
    const char *p = f.p;
    while (p < f.end && *p != '.' && *p != '[') p++;
    Span first = {f.p, p};
    int64_t idx;
    if (!span_integer(t, first, &idx)) return 0;
    bool empty = first.p == first.end, numeric = empty || idx != -1;
    if (numeric) {
        if (a->state == AUTO_INIT) a->state = empty ? AUTO_AUTO : AUTO_MANUAL;
        if (a->state == AUTO_MANUAL && empty)
            return err_format(t, &exc_ValueError,
                              "cannot switch from manual field specification to automatic field numbering");
        if (a->state == AUTO_AUTO && !empty)
            return err_format(t, &exc_ValueError,
                              "cannot switch from automatic field numbering to manual field specification");
        if (empty) idx = a->next++;
    }
    Value obj = idx == -1 ? keyword(t, a, first) : positional(t, a, idx);
    while (obj && p < f.end) {
        char c = *p++;
        Span name = {p, p};
        if (c == '.') {
            while (p < f.end && *p != '.' && *p != '[') p++;
            name.end = p;
        } else if (c == '[') {
            while (p < f.end && *p != ']') p++;
            if (p >= f.end) return err_format(t, &exc_ValueError, "Missing ']' in format string");
            name.end = p++;
        } else {
            return err_format(t, &exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
        if (name.p == name.end) return err_format(t, &exc_ValueError, "Empty attribute in format string");
        Value key = span_str(name);
        if (!key) return err_no_memory(t);
        if (c == '.') {
            obj = obj_getattr(t, obj, str_intern(key));
            continue;
        }
        if (!span_integer(t, name, &idx)) return 0;
        obj = obj_getitem(t, obj, idx == -1 ? key : MAKE_SMALL(idx));
    }
    return obj;
}

static Value convert(Task *t, Value obj, uint32_t conv)
{
    switch (conv) {
    case 'r': return obj_repr(t, obj);
    case 's': return obj_str(t, obj);
    case 'a': return obj_ascii(t, obj);
    default:
        if (conv > 32 && conv < 127)
            return err_format(t, &exc_ValueError, "Unknown conversion specifier %c", (int)conv);
        return err_format(t, &exc_ValueError, "Unknown conversion specifier \\x%x", conv);
    }
}

static bool build(Task *t, StrBuf *out, Span fmt, FmtArgs *a, int depth);

/* parse_field, from just after the '{' to just after the field's '}'. */
static bool parse_field(Task *t, Span *s, Span *name, Span *spec, uint32_t *conv, bool *expand)
{
    char c = 0;
    name->p = s->p;
    while (s->p < s->end) {
        c = *s->p++;
        if (c == '{') {
            err_format(t, &exc_ValueError, "unexpected '{' in field name");
            return false;
        }
        if (c == '[') {
            while (s->p < s->end && *s->p != ']') s->p++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!') break;
    }
    name->end = s->p - 1;
    if (c == '!' || c == ':') {
        if (c == '!') {
            if (s->p >= s->end) {
                err_format(t, &exc_ValueError, "end of string while looking for conversion specifier");
                return false;
            }
            *conv = utf8_decode(&s->p);
            if (s->p < s->end) {
                c = *s->p++;
                if (c == '}') return true;
                if (c != ':') {
                    err_format(t, &exc_ValueError, "expected ':' after conversion specifier");
                    return false;
                }
            }
        }
        spec->p = s->p;
        for (int count = 1; s->p < s->end;) {
            c = *s->p++;
            if (c == '{') {
                *expand = true;
                count++;
            } else if (c == '}' && --count == 0) {
                spec->end = s->p - 1;
                return true;
            }
        }
        err_format(t, &exc_ValueError, "unmatched '{' in format spec");
        return false;
    }
    if (c != '}') {
        err_format(t, &exc_ValueError, "expected '}' before end of string");
        return false;
    }
    return true;
}

/* output_markup: one replacement field's text. */
static bool field(Task *t, StrBuf *out, Span *s, FmtArgs *a, int depth)
{
    Span name, spec = {NULL, NULL};
    uint32_t conv = 0;
    bool expand = false;
    if (!parse_field(t, s, &name, &spec, &conv, &expand)) return false;
    Value obj = field_object(t, a, name);
    if (!obj) return false;
    if (conv && !(obj = convert(t, obj, conv))) return false;
    if (!expand) return obj_format_into(t, out, obj, spec.p ? spec.p : "", spec.end - spec.p);
    StrBuf sb;
    sb_init(&sb, spec.end - spec.p + 16);
    if (!build(t, &sb, spec, a, depth - 1)) return false;
    Value specv = sb_finish(&sb);
    return obj_format_into(t, out, obj, STR_DATA(specv), STR_SIZE(specv));
}

/* build_string / MarkupIterator: literal text and fields. */
static bool build(Task *t, StrBuf *out, Span fmt, FmtArgs *a, int depth)
{
    if (depth <= 0) {
        err_format(t, &exc_ValueError, "Max string recursion exceeded");
        return false;
    }
    Span s = fmt;
    while (s.p < s.end) {
        const char *start = s.p;
        char c = 0;
        while (s.p < s.end) {
            c = *s.p++;
            if (c == '{' || c == '}') break;
            c = 0;
        }
        bool at_end = s.p >= s.end;
        size_t len = s.p - start;
        if (c == '}' && (at_end || *s.p != '}')) {
            err_format(t, &exc_ValueError, "Single '}' encountered in format string");
            return false;
        }
        if (c == '{' && at_end) {
            err_format(t, &exc_ValueError, "Single '{' encountered in format string");
            return false;
        }
        bool markup = c != 0;
        if (c && *s.p == c) {
            s.p++;          /* "{{" or "}}": the literal keeps one */
            markup = false;
        } else if (c) {
            len--;
        }
        sb_put(out, start, len);
        if (markup && !field(t, out, &s, a, depth)) return false;
    }
    return true;
}

static Value vformat(Task *t, Value fmt, FmtArgs *a)
{
    StrBuf b;
    sb_init(&b, STR_SIZE(fmt) + 16);
    if (!build(t, &b, (Span){STR_DATA(fmt), STR_DATA(fmt) + STR_SIZE(fmt)}, a, 2)) return 0;
    return sb_finish(&b);
}

Value strformat_format(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    FmtArgs a = {args + 1, nargs - 1, args + nargs, kwnames, 0, AUTO_INIT, 0};
    return vformat(t, args[0], &a);
}

Value strformat_format_map(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_one(t, "str.format_map", nargs - 1, kwnames)) return 0;
    FmtArgs a = {NULL, 0, NULL, 0, args[1], AUTO_INIT, 0};
    return vformat(t, args[0], &a);
}
