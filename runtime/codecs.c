/* codecs.c - encoding str to bytes and decoding bytes to str (see codecs.h).
 *
 * A str is UTF-8 inside (lone surrogates included, as 3-byte sequences), so
 * strict UTF-8 in either direction is a validation and a copy; the other
 * codecs walk code points. Every codec reports a failure as a span of
 * code points (encoding) or bytes (decoding) with a reason, and one place
 * per direction applies the error handler to it, as CPython's
 * unicode_encode_call_errorhandler and unicode_decode_call_errorhandler do
 * for the built-in handlers. */
#include <gc/gc.h>
#include <stdio.h>
#include <string.h>
#include "object.h"
#include "error.h"
#include "str.h"
#include "bytes.h"
#include "dict.h"
#include "tuple.h"
#include "slice.h"
#include "codecs.h"
#include "uninames.h"

/* --- codec names -------------------------------------------------------------- */

typedef enum Codec {
    C_UTF8, C_UTF8_SIG, C_ASCII, C_LATIN1, C_CP1252,
    C_UTF16, C_UTF16_LE, C_UTF16_BE, C_UTF32, C_UTF32_LE, C_UTF32_BE,
} Codec;

/* Canonical module names (encodings/<name>.py) and their aliases, as
 * encodings/aliases.py lists them, after normalisation. */
static const struct { const char *name; Codec codec; } codec_names[] = {
    {"utf_8", C_UTF8}, {"u8", C_UTF8}, {"utf", C_UTF8}, {"utf8", C_UTF8}, {"utf8_ucs2", C_UTF8},
    {"utf8_ucs4", C_UTF8}, {"cp65001", C_UTF8},
    {"utf_8_sig", C_UTF8_SIG},
    {"ascii", C_ASCII}, {"646", C_ASCII}, {"ansi_x3.4_1968", C_ASCII}, {"ansi_x3_4_1968", C_ASCII},
    {"ansi_x3.4_1986", C_ASCII}, {"cp367", C_ASCII}, {"csascii", C_ASCII}, {"ibm367", C_ASCII},
    {"iso646_us", C_ASCII}, {"iso_646.irv_1991", C_ASCII}, {"iso_ir_6", C_ASCII}, {"us", C_ASCII},
    {"us_ascii", C_ASCII},
    {"latin_1", C_LATIN1}, {"8859", C_LATIN1}, {"cp819", C_LATIN1}, {"csisolatin1", C_LATIN1},
    {"ibm819", C_LATIN1}, {"iso8859", C_LATIN1}, {"iso8859_1", C_LATIN1}, {"iso_8859_1", C_LATIN1},
    {"iso_8859_1_1987", C_LATIN1}, {"iso_ir_100", C_LATIN1}, {"l1", C_LATIN1}, {"latin", C_LATIN1},
    {"latin1", C_LATIN1},
    {"cp1252", C_CP1252}, {"windows_1252", C_CP1252},
    {"utf_16", C_UTF16}, {"u16", C_UTF16}, {"utf16", C_UTF16},
    {"utf_16_le", C_UTF16_LE}, {"utf_16le", C_UTF16_LE}, {"unicodelittleunmarked", C_UTF16_LE},
    {"utf_16_be", C_UTF16_BE}, {"utf_16be", C_UTF16_BE}, {"unicodebigunmarked", C_UTF16_BE},
    {"utf_32", C_UTF32}, {"u32", C_UTF32}, {"utf32", C_UTF32},
    {"utf_32_le", C_UTF32_LE}, {"utf_32le", C_UTF32_LE},
    {"utf_32_be", C_UTF32_BE}, {"utf_32be", C_UTF32_BE},
};

/* The name a codec gives itself in error messages. */
static const char *const codec_display[] = {
    "utf-8", "utf-8", "ascii", "latin-1", "charmap",
    "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
};

/* encodings.normalize_encoding, lower-cased as codecs.lookup does: runs of
 * characters other than ASCII letters, digits and '.' become one '_',
 * dropped at both ends. */
static int codec_lookup(const char *name)
{
    char norm[64];
    size_t n = 0;
    bool punct = false;
    for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
        unsigned c = *p;
        bool keep = (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z') || c == '.';
        if (!keep) {
            punct = c < 0x80 || punct;   /* non-ASCII alphanumerics are dropped silently */
            continue;
        }
        if (n + 2 >= sizeof norm) return -1;
        if (punct && n) norm[n++] = '_';
        norm[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        punct = false;
    }
    norm[n] = 0;
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < sizeof codec_names / sizeof *codec_names; i++)
            if (!strcmp(norm, codec_names[i].name)) return (int)codec_names[i].codec;
        for (char *d = norm; (d = strchr(d, '.'));) *d = '_';   /* aliases.get(name.replace('.', '_')) */
    }
    return -1;
}

static bool is_utf8(const char *enc)
{
    if (!enc) return true;
    return !strcmp(enc, "utf-8") || !strcmp(enc, "utf8") || !strcmp(enc, "UTF-8");
}

/* --- error handlers ------------------------------------------------------------ */

typedef enum Handler {
    H_STRICT, H_IGNORE, H_REPLACE, H_BACKSLASH, H_XMLCHARREF, H_NAMEREPLACE,
    H_SURROGATEESCAPE, H_SURROGATEPASS, H_UNKNOWN,
} Handler;

static Handler handler_of(const char *errors)
{
    static const char *const names[] = {"strict", "ignore", "replace", "backslashreplace",
                                        "xmlcharrefreplace", "namereplace", "surrogateescape",
                                        "surrogatepass"};
    if (!errors) return H_STRICT;
    for (int i = 0; i < H_UNKNOWN; i++)
        if (!strcmp(errors, names[i])) return (Handler)i;
    return H_UNKNOWN;
}

/* The checks every handler makes before it runs (CPython looks a handler up
 * only when an error occurs). */
static bool handler_usable(Task *t, Handler h, const char *errors, bool decoding)
{
    if (h == H_UNKNOWN) {
        err_format(t, &exc_LookupError, "unknown error handler name '%s'", errors);
        return false;
    }
    if (decoding && (h == H_XMLCHARREF || h == H_NAMEREPLACE)) {
        err_format(t, &exc_TypeError, "don't know how to handle UnicodeDecodeError in error callback");
        return false;
    }
    return true;
}

static void raise_unicode_error(Task *t, Type *type, const char *codec, Value obj, size_t start, size_t end,
                                const char *reason)
{
    Value args[5] = {str_from_cstr(codec), obj, MAKE_SMALL(start), MAKE_SMALL(end), str_from_cstr(reason)};
    Value exc = exc_new(t, type, args, 5);
    if (exc) err_set(t, exc);
}

/* --- cp1252 ---------------------------------------------------------------------- */

/* Bytes 0x80..0x9F; 0: undefined. The rest is Latin-1. */
static const uint16_t cp1252_high[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
    0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
    0x0153, 0, 0x017E, 0x0178,
};

static int cp1252_byte(uint32_t cp)
{
    if (cp < 0x80 || (cp >= 0xA0 && cp < 0x100)) return (int)cp;
    for (int i = 0; i < 32; i++)
        if (cp1252_high[i] == cp && cp) return 0x80 + i;
    return -1;
}

/* --- encoding ---------------------------------------------------------------------- */

typedef struct Enc {
    Task *t;
    Value s;               /* the str being encoded */
    const char *name;      /* for messages: "utf-16" even when writing utf-16-le after the BOM */
    Codec codec;
    Handler h;
    const char *errors;
    BytesObj *out;
    size_t size, cap;
} Enc;

static bool out_reserve(Enc *e, size_t more)
{
    if (e->size + more <= e->cap) return true;
    size_t cap = e->cap * 2 + more;
    BytesObj *b = GC_REALLOC(e->out, sizeof(BytesObj) + cap + 1);
    if (!b) {
        err_no_memory(e->t);
        return false;
    }
    e->out = b;
    e->cap = cap;
    return true;
}

static void put_byte(Enc *e, unsigned c) { e->out->data[e->size++] = (char)c; }

static void put_unit(Enc *e, uint32_t u, int width, bool big)
{
    for (int k = 0; k < width; k++) {
        int shift = big ? 8 * (width - 1 - k) : 8 * k;
        put_byte(e, (u >> shift) & 0xFF);
    }
}

/* Writes a code point the codec can represent (or a surrogate, for
 * surrogatepass). At most 8 bytes: callers reserve them. */
static void put_cp(Enc *e, uint32_t cp)
{
    switch (e->codec) {
    case C_UTF8: case C_UTF8_SIG:
        e->size += utf8_encode(cp, e->out->data + e->size);
        break;
    case C_ASCII: case C_LATIN1:
        put_byte(e, cp);
        break;
    case C_CP1252:
        put_byte(e, (unsigned)cp1252_byte(cp));
        break;
    case C_UTF16: case C_UTF16_LE: case C_UTF16_BE: {
        bool big = e->codec == C_UTF16_BE;
        if (cp >= 0x10000) {
            put_unit(e, 0xD800 | ((cp - 0x10000) >> 10), 2, big);
            put_unit(e, 0xDC00 | (cp & 0x3FF), 2, big);
        } else {
            put_unit(e, cp, 2, big);
        }
        break;
    }
    default:
        put_unit(e, cp, 4, e->codec == C_UTF32_BE);
        break;
    }
}

static bool put_ascii(Enc *e, const char *s)
{
    size_t n = strlen(s);
    if (!out_reserve(e, n * 4)) return false;
    for (size_t i = 0; i < n; i++) put_cp(e, (unsigned char)s[i]);
    return true;
}

static bool is_surrogate(uint32_t cp) { return cp >= 0xD800 && cp <= 0xDFFF; }

static bool encodable(Codec c, uint32_t cp)
{
    switch (c) {
    case C_ASCII: return cp < 0x80;
    case C_LATIN1: return cp < 0x100;
    case C_CP1252: return cp1252_byte(cp) >= 0;
    default: return !is_surrogate(cp);
    }
}

static const char *encode_reason(Codec c)
{
    switch (c) {
    case C_ASCII: return "ordinal not in range(128)";
    case C_LATIN1: return "ordinal not in range(256)";
    case C_CP1252: return "character maps to <undefined>";
    default: return "surrogates not allowed";
    }
}

static bool is_utf_codec(Codec c) { return c == C_UTF8 || c == C_UTF8_SIG || c >= C_UTF16; }

static bool encode_fail(Enc *e, size_t start, size_t end)
{
    raise_unicode_error(e->t, &exc_UnicodeEncodeError, e->name, e->s, start, end,
                        encode_reason(e->codec));
    return false;
}

/* The handler for the code points [start, end) at UTF-8 text p. */
static bool encode_error(Enc *e, const char *p, size_t start, size_t end)
{
    if (e->h == H_STRICT) return encode_fail(e, start, end);
    if (!handler_usable(e->t, e->h, e->errors, false)) return false;
    size_t unit = e->codec >= C_UTF32 ? 4 : e->codec >= C_UTF16 ? 2 : 1, first = e->size;
    for (size_t i = start; i < end; i++) {
        uint32_t cp = utf8_decode(&p);
        char buf[16];
        if (!out_reserve(e, 8)) return false;
        switch (e->h) {
        case H_IGNORE: break;
        case H_REPLACE: put_cp(e, '?'); break;
        case H_BACKSLASH:
            snprintf(buf, sizeof buf, cp < 0x100 ? "\\x%02x" : cp < 0x10000 ? "\\u%04x" : "\\U%08x", cp);
            if (!put_ascii(e, buf)) return false;
            break;
        case H_XMLCHARREF:
            snprintf(buf, sizeof buf, "&#%u;", cp);
            if (!put_ascii(e, buf)) return false;
            break;
        case H_NAMEREPLACE: {
            /* \N{NAME}, or the backslash escape of a code point without a name */
            char name[UNINAME_BUFSIZE + 8];
            if (uniname_name(cp, name + 3)) {
                memcpy(name, "\\N{", 3);
                strcat(name, "}");
            } else {
                snprintf(name, sizeof name, cp < 0x100 ? "\\x%02x" : cp < 0x10000 ? "\\u%04x" : "\\U%08x", cp);
            }
            if (!put_ascii(e, name)) return false;
            break;
        }
        case H_SURROGATEESCAPE:
            if (cp < 0xDC80 || cp > 0xDCFF) return encode_fail(e, i, end);
            put_byte(e, cp - 0xDC00);
            break;
        default: /* H_SURROGATEPASS */
            if (!is_utf_codec(e->codec)) return encode_fail(e, start, end);
            if (!is_surrogate(cp)) return encode_fail(e, i, end);
            put_cp(e, cp);
            break;
        }
    }
    /* raw bytes from surrogateescape must fill whole code units */
    if (e->h == H_SURROGATEESCAPE && (e->size - first) % unit) return encode_fail(e, start, end);
    return true;
}

/* True when UTF-8 text holds an encoded surrogate (ED A0..BF xx). */
static bool has_surrogate(const char *s, size_t n)
{
    for (const char *p = s; (p = memchr(p, 0xED, s + n - p)); p++)
        if (p + 1 < s + n && (unsigned char)p[1] >= 0xA0) return true;
    return false;
}

Value codec_encode(Task *t, Value s, const char *encoding, const char *errors)
{
    const char *data = STR_DATA(s);
    size_t size = STR_SIZE(s);
    int c = is_utf8(encoding) ? C_UTF8 : codec_lookup(encoding);
    if (c < 0) return err_format(t, &exc_LookupError, "unknown encoding: %s", encoding);
    /* strict UTF-8 and pure ASCII text: the bytes as they are */
    if ((c == C_UTF8 && !has_surrogate(data, size)) ||
        ((c == C_ASCII || c == C_LATIN1 || c == C_CP1252) && STR_IS_ASCII(s)))
        return bytes_new(t, data, size);
    Enc e = {t, s, codec_display[c], (Codec)c, handler_of(errors), errors, NULL, 0, 0};
    e.cap = size + 16;
    e.out = bytes_alloc(e.cap);
    if (!e.out) return err_no_memory(t);
    if (c == C_UTF8_SIG) {
        put_byte(&e, 0xEF); put_byte(&e, 0xBB); put_byte(&e, 0xBF);
    } else if (c == C_UTF16) {
        put_byte(&e, 0xFF); put_byte(&e, 0xFE);
        e.codec = C_UTF16_LE;
    } else if (c == C_UTF32) {
        put_unit(&e, 0xFEFF, 4, false);
        e.codec = C_UTF32_LE;
    }
    const char *p = data, *end = data + size;
    for (size_t i = 0; p < end;) {
        const char *at = p;
        uint32_t cp = utf8_decode(&p);
        if (!out_reserve(&e, 8)) return 0;
        if (encodable(e.codec, cp)) {
            put_cp(&e, cp);
            i++;
            continue;
        }
        /* the run of code points this codec cannot write (UTF-16 and UTF-32
         * report each surrogate alone, as CPython's encoders do) */
        size_t j = i + 1;
        for (const char *q = p; q < end && e.codec < C_UTF16; j++) {
            const char *r = q;
            if (encodable(e.codec, utf8_decode(&r))) break;
            q = p = r;
        }
        if (!encode_error(&e, at, i, j)) return 0;
        i = j;
    }
    e.out->size = e.size;
    e.out->data[e.size] = 0;
    return OBJ_VAL(e.out);
}

/* --- decoding ----------------------------------------------------------------------- */

typedef struct Dec {
    Task *t;
    const unsigned char *p;
    size_t n;
    Value obj;             /* the bytes, for UnicodeDecodeError (made when needed) */
    Codec codec;           /* for utf-16/32: the byte order found (_LE or _BE) */
    Handler h;
    const char *errors;
    StrBuf out;
    bool final;            /* false: an incomplete sequence at the end waits for more data */
    size_t consumed;       /* the bytes decoded (all of them unless !final) */
    int byteorder;         /* utf-16/32: -1 or 1 when a BOM was read, else 0 */
} Dec;

static bool decode_fail(Dec *d, size_t start, size_t end, const char *reason)
{
    if (!d->obj) d->obj = bytes_new(d->t, (const char *)d->p, d->n);
    if (!d->obj) return false;
    raise_unicode_error(d->t, &exc_UnicodeDecodeError, codec_display[d->codec], d->obj, start, end, reason);
    return false;
}

/* A surrogate encoded at p[at..] in the codec's own form (surrogatepass):
 * the code point, and the bytes it takes in *len; 0 if there is none. */
static uint32_t encoded_surrogate(const Dec *d, size_t at, size_t *len)
{
    const unsigned char *s = d->p + at;
    size_t left = d->n - at;
    uint32_t cp = 0;
    switch (d->codec) {
    case C_UTF8: case C_UTF8_SIG:
        if (left < 3 || s[0] != 0xED || (s[1] & 0xE0) != 0xA0 || (s[2] & 0xC0) != 0x80) return 0;
        cp = 0xD000 | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F);
        *len = 3;
        break;
    case C_UTF16_LE: case C_UTF16_BE:
        if (left < 2) return 0;
        cp = d->codec == C_UTF16_LE ? s[0] | (s[1] << 8) : (s[0] << 8) | s[1];
        *len = 2;
        break;
    case C_UTF32_LE: case C_UTF32_BE:
        if (left < 4) return 0;
        cp = d->codec == C_UTF32_LE ? s[0] | (s[1] << 8) | ((uint32_t)s[2] << 16) | ((uint32_t)s[3] << 24)
                                    : ((uint32_t)s[0] << 24) | ((uint32_t)s[1] << 16) | (s[2] << 8) | s[3];
        *len = 4;
        break;
    default:
        return 0;
    }
    return is_surrogate(cp) ? cp : 0;
}

/* The handler for the bytes [start, end): sets *resume to where decoding
 * goes on. */
static bool decode_error(Dec *d, size_t start, size_t end, const char *reason, size_t *resume)
{
    if (d->h == H_STRICT) return decode_fail(d, start, end, reason);
    if (!handler_usable(d->t, d->h, d->errors, true)) return false;
    *resume = end;
    switch (d->h) {
    case H_IGNORE: break;
    case H_REPLACE: sb_putcp(&d->out, 0xFFFD); break;
    case H_BACKSLASH:
        for (size_t i = start; i < end; i++) sb_printf(&d->out, "\\x%02x", d->p[i]);
        break;
    case H_SURROGATEESCAPE: {
        size_t i = start;
        for (; i < end && i - start < 4 && d->p[i] >= 0x80; i++) sb_putcp(&d->out, 0xDC00 + d->p[i]);
        if (i == start) return decode_fail(d, start, end, reason);
        *resume = i;
        break;
    }
    default: { /* H_SURROGATEPASS */
        size_t len;
        uint32_t cp = encoded_surrogate(d, start, &len);
        if (!cp) return decode_fail(d, start, end, reason);
        sb_putcp(&d->out, cp);
        *resume = start + len;
        break;
    }
    }
    return true;
}

static bool is_cont(unsigned char c) { return (c & 0xC0) == 0x80; }

/* The length of the valid UTF-8 (no surrogates) at the start of s[0..n);
 * when it stops short of n, the length of the error span and its reason. */
static size_t utf8_valid_prefix(const unsigned char *s, size_t n, size_t *err_len, const char **reason)
{
    size_t i = 0;
    while (i < n) {
        if (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (!(w & 0x8080808080808080ULL)) {
                i += 8;
                continue;
            }
        }
        unsigned c = s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t need = c < 0xC2 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 0;
        if (!need) {
            *err_len = 1;
            *reason = "invalid start byte";
            return i;
        }
        size_t avail = n - i < need ? n - i : need;
        for (size_t k = 1; k < avail; k++) {
            unsigned x = s[i + k];
            bool ok = is_cont(x);
            if (k == 1 && ok) {
                if (c == 0xE0) ok = x >= 0xA0;
                else if (c == 0xED) ok = x < 0xA0;
                else if (c == 0xF0) ok = x >= 0x90;
                else if (c == 0xF4) ok = x < 0x90;
            }
            if (!ok) {
                *err_len = k;
                *reason = "invalid continuation byte";
                return i;
            }
        }
        if (avail < need) {
            *err_len = n - i;
            *reason = "unexpected end of data";
            return i;
        }
        i += need;
    }
    return n;
}

static Value decode_utf8(Dec *d)
{
    size_t i = 0;
    if (d->codec == C_UTF8_SIG && d->n >= 3 && !memcmp(d->p, "\xEF\xBB\xBF", 3)) i = 3;
    size_t err_len;
    const char *reason;
    if (!d->final && d->codec == C_UTF8_SIG && d->n < 3 && !memcmp(d->p, "\xEF\xBB\xBF", d->n)) {
        d->consumed = 0;   /* perhaps the start of a BOM */
        return str_empty();
    }
    size_t ok = utf8_valid_prefix(d->p + i, d->n - i, &err_len, &reason);
    if (i + ok == d->n) return str_new((const char *)d->p + i, ok);
    sb_init(&d->out, d->n);
    for (;;) {
        sb_put(&d->out, (const char *)d->p + i, ok);
        i += ok;
        if (i == d->n) break;
        if (!d->final && i + err_len == d->n && !strcmp(reason, "unexpected end of data")) {
            d->consumed = i;
            break;
        }
        size_t resume;
        if (!decode_error(d, i, i + err_len, reason, &resume)) return 0;
        i = resume;
        ok = utf8_valid_prefix(d->p + i, d->n - i, &err_len, &reason);
    }
    return sb_finish(&d->out);
}

/* ascii, latin-1 and cp1252: one byte, one code point. */
static Value decode_bytewise(Dec *d)
{
    size_t i = 0;
    while (i < d->n && d->p[i] < 0x80) i++;
    if (i == d->n) return str_new_len((const char *)d->p, d->n, d->n);
    sb_init(&d->out, d->n + d->n / 2);
    sb_put(&d->out, (const char *)d->p, i);
    while (i < d->n) {
        unsigned c = d->p[i];
        uint32_t cp = c;
        if (c >= 0x80 && d->codec == C_ASCII) cp = 0x110000;
        else if (c >= 0x80 && c < 0xA0 && d->codec == C_CP1252) cp = cp1252_high[c - 0x80] ? cp1252_high[c - 0x80] : 0x110000;
        if (cp < 0x110000) {
            sb_putcp(&d->out, cp);
            i++;
            continue;
        }
        size_t resume;
        const char *reason = d->codec == C_ASCII ? "ordinal not in range(128)" : "character maps to <undefined>";
        if (!decode_error(d, i, i + 1, reason, &resume)) return 0;
        i = resume;
    }
    return sb_finish(&d->out);
}

static uint32_t read_unit(const unsigned char *s, int width, bool big)
{
    uint32_t u = 0;
    for (int k = 0; k < width; k++) u |= (uint32_t)s[k] << (big ? 8 * (width - 1 - k) : 8 * k);
    return u;
}

/* utf-16 and utf-32. A BOM picks the byte order of "utf-16"/"utf-32" (and is
 * dropped); without one they are little-endian. */
static Value decode_utf16_32(Dec *d)
{
    int width = d->codec >= C_UTF32 ? 4 : 2;
    size_t i = 0;
    if (d->codec == C_UTF16 || d->codec == C_UTF32) {
        bool be = false;
        if (width == 2 && d->n >= 2 && d->p[0] == 0xFE && d->p[1] == 0xFF) be = true, i = 2;
        else if (width == 2 && d->n >= 2 && d->p[0] == 0xFF && d->p[1] == 0xFE) i = 2;
        else if (width == 4 && d->n >= 4 && !memcmp(d->p, "\0\0\xFE\xFF", 4)) be = true, i = 4;
        else if (width == 4 && d->n >= 4 && !memcmp(d->p, "\xFF\xFE\0\0", 4)) i = 4;
        d->codec = (Codec)(d->codec + (be ? 2 : 1));
        if (i) d->byteorder = be ? 1 : -1;
    }
    bool big = d->codec == C_UTF16_BE || d->codec == C_UTF32_BE;
    sb_init(&d->out, d->n);
    while (i < d->n) {
        size_t start = i, end;
        const char *reason;
        if (d->n - i < (size_t)width) {
            end = d->n;
            reason = "truncated data";
        } else {
            uint32_t u = read_unit(d->p + i, width, big);
            i += width;
            if (width == 4) {
                if (u < 0xD800 || (u > 0xDFFF && u < 0x110000)) {
                    sb_putcp(&d->out, u);
                    continue;
                }
                end = i;
                reason = u >= 0x110000 ? "code point not in range(0x110000)"
                                       : "code point in surrogate code point range(0xd800, 0xe000)";
            } else if (!is_surrogate(u)) {
                sb_putcp(&d->out, u);
                continue;
            } else if (u >= 0xDC00) {
                end = i;
                reason = "illegal encoding";
            } else if (d->n - i < 2) {
                end = d->n;
                reason = "unexpected end of data";
            } else {
                uint32_t lo = read_unit(d->p + i, 2, big);
                if (lo >= 0xDC00 && lo <= 0xDFFF) {
                    sb_putcp(&d->out, 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
                    i += 2;
                    continue;
                }
                end = i;
                reason = "illegal UTF-16 surrogate";
            }
        }
        if (!d->final && end == d->n && (width == 4 ? reason[0] == 't' : reason[0] != 'i')) {
            d->consumed = start;   /* truncated data or a lone high surrogate at the end */
            break;
        }
        if (!decode_error(d, start, end, reason, &i)) return 0;
    }
    return sb_finish(&d->out);
}

Value codec_decode_stream(Task *t, const char *p, size_t n, Value obj, const char *encoding, const char *errors,
                         bool final, size_t *consumed, int *byteorder)
{
    int c = is_utf8(encoding) ? C_UTF8 : codec_lookup(encoding);
    if (c < 0) return err_format(t, &exc_LookupError, "unknown encoding: %s", encoding);
    Dec d = {t, (const unsigned char *)p, n, obj, (Codec)c, handler_of(errors), errors, {0}, final, n, 0};
    Value r;
    switch (d.codec) {
    case C_UTF8: case C_UTF8_SIG: r = decode_utf8(&d); break;
    case C_ASCII: case C_LATIN1: case C_CP1252: r = decode_bytewise(&d); break;
    default: r = decode_utf16_32(&d); break;
    }
    if (consumed) *consumed = d.consumed;
    if (byteorder) *byteorder = d.byteorder;
    return r;
}

Value codec_decode(Task *t, const char *p, size_t n, Value obj, const char *encoding, const char *errors)
{
    return codec_decode_stream(t, p, n, obj, encoding, errors, true, NULL, NULL);
}

const char *codec_canonical(const char *encoding)
{
    /* the names codecs.lookup() gives, as CodecInfo.name */
    static const char *const names[] = {
        "utf-8", "utf-8-sig", "ascii", "iso8859-1", "cp1252",
        "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
    };
    int c = codec_lookup(encoding);
    return c < 0 ? NULL : names[c];
}

bool codec_arg(Task *t, Value v, const char *fname, const char *argname, const char **out)
{
    *out = NULL;
    if (!v) return true;
    Value s = obj_unbox(v);
    if (!IS_STR(s)) {
        err_format(t, &exc_TypeError, "%s() argument '%s' must be str, not %s", fname, argname,
                   v == V_NONE ? "None" : obj_type_name(v));
        return false;
    }
    if (memchr(STR_DATA(s), 0, STR_SIZE(s))) {
        err_format(t, &exc_ValueError, "embedded null character");
        return false;
    }
    *out = STR_DATA(s);
    return true;
}

/* --- UnicodeEncodeError / UnicodeDecodeError ------------------------------------------- */

static const char *const uerr_attrs[5] = {"encoding", "object", "start", "end", "reason"};

bool unicode_error_init(Task *t, Value self, const Value *args, size_t nargs, Value kw)
{
    bool decode = type_is_subtype(TYPE_OF(self), &exc_UnicodeDecodeError);
    if (!args_no_kw(t, obj_type_name(self), kw)) return false;
    if (nargs != 5) {
        err_format(t, &exc_TypeError, "function takes exactly 5 arguments (%zu given)", nargs);
        return false;
    }
    Value v[5];
    for (int i = 0; i < 5; i++) v[i] = args[i];
    for (int i = 0; i < 5; i += 4)
        if (!HAS_FLAG(v[i], TF_STR)) {
            err_format(t, &exc_TypeError, "argument %d must be str, not %s", i + 1, obj_type_name(v[i]));
            return false;
        }
    if (decode) {
        if (!bytes_like(v[1])) {
            err_format(t, &exc_TypeError, "a bytes-like object is required, not '%s'", obj_type_name(v[1]));
            return false;
        }
        const char *p;
        size_t n;
        bytes_view(v[1], &p, &n);
        if (!IS_BYTES(v[1]) && !(v[1] = bytes_new(t, p, n))) return false;
    } else if (!HAS_FLAG(v[1], TF_STR)) {
        err_format(t, &exc_TypeError, "argument 2 must be str, not %s", obj_type_name(v[1]));
        return false;
    }
    for (int i = 2; i < 4; i++) {
        int64_t x;
        if (!index_like(v[i])) {
            err_format(t, &exc_TypeError, "'%s' object cannot be interpreted as an integer", obj_type_name(v[i]));
            return false;
        }
        if (!index_to_i64(t, v[i], &exc_OverflowError, &x)) return false;
        v[i] = MAKE_SMALL(x);
    }
    ExcObj *e = (ExcObj *)self;
    e->args = tuple_from_array(args, nargs);
    if (!e->dict) e->dict = dict_new();
    for (int i = 0; i < 5; i++) dict_set_str(e->dict, str_intern_cstr(uerr_attrs[i]), v[i]);
    return true;
}

Value unicode_error_str(Task *t, Value self)
{
    ExcObj *e = (ExcObj *)self;
    Value v[5];
    for (int i = 0; i < 5; i++) {
        v[i] = e->dict ? dict_get_str(e->dict, str_intern_cstr(uerr_attrs[i])) : 0;
        if (!v[i]) return str_empty();
    }
    Value enc = obj_str(t, v[0]), reason = enc ? obj_str(t, v[4]) : 0;
    if (!reason) return 0;
    int64_t start, end;
    if (!IS_SMALL(v[2]) || !IS_SMALL(v[3])) return str_empty();
    start = SMALL_VAL(v[2]);
    end = SMALL_VAL(v[3]);
    if (type_is_subtype(TYPE_OF(self), &exc_UnicodeDecodeError)) {
        const char *p;
        size_t n = 0;
        if (bytes_like(v[1])) bytes_view(v[1], &p, &n);
        if (start >= 0 && (size_t)start < n && end == start + 1)
            return str_format(t, "'%U' codec can't decode byte 0x%02x in position %lld: %U", enc,
                              (unsigned char)p[start], (long long)start, reason);
        return str_format(t, "'%U' codec can't decode bytes in position %lld-%lld: %U", enc, (long long)start,
                          (long long)end - 1, reason);
    }
    Value s = obj_unbox(v[1]);
    if (IS_STR(s) && start >= 0 && (size_t)start < STR_LEN(s) && end == start + 1) {
        const char *q = STR_DATA(s) + str_offset(s, start);
        uint32_t c = utf8_decode(&q);
        const char *fmt = c < 0x100 ? "'%U' codec can't encode character '\\x%02x' in position %lld: %U"
                        : c < 0x10000 ? "'%U' codec can't encode character '\\u%04x' in position %lld: %U"
                        : "'%U' codec can't encode character '\\U%08x' in position %lld: %U";
        return str_format(t, fmt, enc, c, (long long)start, reason);
    }
    return str_format(t, "'%U' codec can't encode characters in position %lld-%lld: %U", enc, (long long)start,
                      (long long)end - 1, reason);
}
