/* binasciimodule.c - binascii: conversions between binary data and ASCII
 * (base64, hexadecimal) and the CRC-32 and CRC-CCITT checksums, with
 * CPython's padding rules and messages. base64.py builds on it. */
#include <gc/gc.h>
#include <string.h>
#include "object.h"
#include "error.h"
#include "int.h"
#include "str.h"
#include "bytes.h"
#include "dict.h"
#include "tuple.h"
#include "module.h"
#include "interp.h"
#include "import.h"

/* binascii.Error and binascii.Incomplete live in the module (classes made
 * at import, per interpreter). */
static Value module_error(Task *t, const char *name)
{
    Value mod = import_module(t, "binascii");
    return mod ? dict_get_cstr(module_dict(mod), name) : 0;
}

static Value raise_error(Task *t, const char *msg)
{
    Value cls = module_error(t, "Error");
    if (!cls) return err_format(t, &exc_ValueError, "%s", msg);
    Value m = str_from_cstr(msg);
    Value exc = obj_call(t, cls, &m, 1, 0);
    return exc ? err_set(t, exc) : 0;
}

/* The data of an argument that may be bytes-like or an ASCII str (the
 * a2b_* functions accept both). */
static bool ascii_data(Task *t, Value v, const char **p, size_t *n)
{
    if (!IS_SMALL(v) && HAS_FLAG(v, TF_STR)) {
        Value u = obj_unbox(v);
        if (!STR_IS_ASCII(u)) {
            err_format(t, &exc_ValueError, "string argument should contain only ASCII characters");
            return false;
        }
        *p = STR_DATA(u);
        *n = STR_SIZE(u);
        return true;
    }
    if (!bytes_like(v)) {
        err_format(t, &exc_TypeError, "argument should be bytes, buffer or ASCII string, not '%s'", obj_type_name(v));
        return false;
    }
    bytes_view(v, p, n);
    return true;
}

static bool binary_data(Task *t, Value v, const char **p, size_t *n)
{
    if (!bytes_like(v)) {
        err_format(t, &exc_TypeError, "a bytes-like object is required, not '%s'", obj_type_name(v));
        return false;
    }
    bytes_view(v, p, n);
    return true;
}

/* --- base64 ----------------------------------------------------------------------------- */

static const char b64_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int b64_value(unsigned char c)
{
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

static Value b_a2b_base64(Task *t, const Value *args, size_t nargs, Value kw)
{
    static const ArgSpec spec = {"a2b_base64", 1, 1, 1, 2, {"data", "strict_mode"}};
    Value a[2];
    if (!args_bind(t, &spec, args, nargs, kw, a)) return 0;
    bool strict = false;
    if (a[1]) {
        int r = obj_truthy(t, a[1]);
        if (r < 0) return 0;
        strict = r;
    }
    const char *in;
    size_t n;
    if (!ascii_data(t, a[0], &in, &n)) return 0;
    unsigned char *out = GC_MALLOC_ATOMIC(n / 4 * 3 + 3);
    if (!out) return err_no_memory(t);
    size_t o = 0;
    int quad = 0, pads = 0;
    unsigned left = 0;
    bool padding_started = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)in[i];
        if (c == '=') {
            padding_started = true;
            if (strict && quad == 0)
                return raise_error(t, i == 0 ? "Leading padding not allowed" : "Discontinuous padding not allowed");
            if (quad >= 2 && quad + ++pads >= 4) {
                /* the end of the data */
                if (strict && i + 1 < n) return raise_error(t, "Excess data after padding");
                return bytes_new(t, (const char *)out, o);
            }
            continue;
        }
        int v = b64_value(c);
        if (v < 0) {
            if (strict) return raise_error(t, "Only base64 data is allowed");
            continue;
        }
        if (strict && padding_started) return raise_error(t, "Discontinuous padding not allowed");
        pads = 0;
        switch (quad) {
        case 0: quad = 1; left = (unsigned)v; break;
        case 1: quad = 2; out[o++] = (unsigned char)(left << 2 | (unsigned)v >> 4); left = (unsigned)v & 0x0f; break;
        case 2: quad = 3; out[o++] = (unsigned char)(left << 4 | (unsigned)v >> 2); left = (unsigned)v & 0x03; break;
        default: quad = 0; out[o++] = (unsigned char)(left << 6 | (unsigned)v); left = 0; break;
        }
    }
    if (quad == 1) {
        char msg[160];
        snprintf(msg, sizeof msg, "Invalid base64-encoded string: number of data characters (%zu) "
                 "cannot be 1 more than a multiple of 4", o / 3 * 4 + 1);
        return raise_error(t, msg);
    }
    if (quad != 0) return raise_error(t, "Incorrect padding");
    return bytes_new(t, (const char *)out, o);
}

static Value b_b2a_base64(Task *t, const Value *args, size_t nargs, Value kw)
{
    static const ArgSpec spec = {"b2a_base64", 1, 1, 1, 2, {"data", "newline"}};
    Value a[2];
    if (!args_bind(t, &spec, args, nargs, kw, a)) return 0;
    bool newline = true;
    if (a[1]) {
        int r = obj_truthy(t, a[1]);
        if (r < 0) return 0;
        newline = r;
    }
    const char *in;
    size_t n;
    if (!binary_data(t, a[0], &in, &n)) return 0;
    size_t size = (n + 2) / 3 * 4 + newline;
    char *out = GC_MALLOC_ATOMIC(size + 1);
    if (!out) return err_no_memory(t);
    size_t o = 0, i = 0;
    const unsigned char *p = (const unsigned char *)in;
    for (; i + 3 <= n; i += 3) {
        unsigned v = (unsigned)p[i] << 16 | (unsigned)p[i + 1] << 8 | p[i + 2];
        out[o++] = b64_alphabet[v >> 18];
        out[o++] = b64_alphabet[(v >> 12) & 63];
        out[o++] = b64_alphabet[(v >> 6) & 63];
        out[o++] = b64_alphabet[v & 63];
    }
    if (n - i == 1) {
        unsigned v = (unsigned)p[i] << 16;
        out[o++] = b64_alphabet[v >> 18];
        out[o++] = b64_alphabet[(v >> 12) & 63];
        out[o++] = '=';
        out[o++] = '=';
    } else if (n - i == 2) {
        unsigned v = (unsigned)p[i] << 16 | (unsigned)p[i + 1] << 8;
        out[o++] = b64_alphabet[v >> 18];
        out[o++] = b64_alphabet[(v >> 12) & 63];
        out[o++] = b64_alphabet[(v >> 6) & 63];
        out[o++] = '=';
    }
    if (newline) out[o++] = '\n';
    return bytes_new(t, out, o);
}

/* --- hexadecimal ------------------------------------------------------------------------ */

static Value b_hexlify(Task *t, const Value *args, size_t nargs, Value kw)
{
    static const ArgSpec spec = {"hexlify", 0, 3, 1, 3, {"data", "sep", "bytes_per_sep"}};
    Value a[3];
    if (!args_bind(t, &spec, args, nargs, kw, a)) return 0;
    const char *in;
    size_t n;
    if (!binary_data(t, a[0], &in, &n)) return 0;
    char sep = 0;
    if (a[1]) {
        const char *sp;
        size_t sn;
        if (!IS_SMALL(a[1]) && HAS_FLAG(a[1], TF_STR)) {
            Value u = obj_unbox(a[1]);
            sp = STR_DATA(u), sn = STR_LEN(u);
            if (sn == 1 && !STR_IS_ASCII(u)) return err_format(t, &exc_ValueError, "sep must be ASCII.");
        } else if (bytes_like(a[1])) {
            bytes_view(a[1], &sp, &sn);
        } else {
            return err_format(t, &exc_TypeError, "sep must be str or bytes.");
        }
        if (sn != 1) return err_format(t, &exc_ValueError, "sep must be length 1.");
        sep = sp[0];
    }
    int64_t per = 1;
    if (a[2] && !int_as_i64(t, a[2], &per)) return 0;
    size_t group = per < 0 ? (size_t)-per : (size_t)per;
    size_t nseps = sep && group && n ? (n - 1) / group : 0;
    char *out = GC_MALLOC_ATOMIC(2 * n + nseps + 1);
    if (!out) return err_no_memory(t);
    static const char hex[] = "0123456789abcdef";
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (nseps && i > 0) {
            /* groups counted from the right for a positive bytes_per_sep,
             * from the left for a negative one */
            size_t pos = per > 0 ? n - i : i;
            if (pos % group == 0) out[o++] = sep;
        }
        unsigned char c = (unsigned char)in[i];
        out[o++] = hex[c >> 4];
        out[o++] = hex[c & 15];
    }
    return bytes_new(t, out, o);
}

static int hex_value(unsigned char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static Value b_unhexlify(Task *t, const Value *args, size_t nargs, Value kw)
{
    static const ArgSpec spec = {"unhexlify", 1, 1, 1, 1, {"hexstr"}};
    Value a[1];
    if (!args_bind(t, &spec, args, nargs, kw, a)) return 0;
    const char *in;
    size_t n;
    if (!ascii_data(t, a[0], &in, &n)) return 0;
    if (n % 2) return raise_error(t, "Odd-length string");
    char *out = GC_MALLOC_ATOMIC(n / 2 + 1);
    if (!out) return err_no_memory(t);
    for (size_t i = 0; i < n; i += 2) {
        int hi = hex_value((unsigned char)in[i]), lo = hex_value((unsigned char)in[i + 1]);
        if (hi < 0 || lo < 0) return raise_error(t, "Non-hexadecimal digit found");
        out[i / 2] = (char)(hi << 4 | lo);
    }
    return bytes_new(t, out, n / 2);
}

/* --- checksums -------------------------------------------------------------------------- */

static Value b_crc32(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "crc32", nargs, kw, 1, 2)) return 0;
    const char *in;
    size_t n;
    if (!binary_data(t, args[0], &in, &n)) return 0;
    uint32_t crc = 0;
    if (nargs > 1) {
        /* any int: its low 32 bits */
        Value v = obj_index(t, args[1]);
        if (v) v = int_arith(t, v, MAKE_SMALL(0xffffffffll), BIN_BITAND);
        int64_t c;
        if (!v || !int_as_i64(t, v, &c)) return 0;
        crc = (uint32_t)c;
    }
    crc = ~crc;
    for (size_t i = 0; i < n; i++) {
        crc ^= (unsigned char)in[i];
        for (int k = 0; k < 8; k++) crc = (crc >> 1) ^ (0xEDB88320u & -(crc & 1));
    }
    return int_from_i64(t, (int64_t)(uint32_t)~crc);
}

static Value b_crc_hqx(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "crc_hqx", nargs, kw, 2, 2)) return 0;
    const char *in;
    size_t n;
    if (!binary_data(t, args[0], &in, &n)) return 0;
    int64_t c;
    if (!int_as_i64(t, args[1], &c)) return 0;
    uint32_t crc = (uint32_t)c & 0xffff;
    for (size_t i = 0; i < n; i++) {
        crc ^= (uint32_t)(unsigned char)in[i] << 8;
        for (int k = 0; k < 8; k++) crc = crc & 0x8000 ? (crc << 1) ^ 0x1021 : crc << 1;
        crc &= 0xffff;
    }
    return MAKE_SMALL(crc);
}

static const MethodDef binascii_functions[] = {
    {"a2b_base64", b_a2b_base64, METH_PLAIN, "Decode a line of base64 data."},
    {"b2a_base64", b_b2a_base64, METH_PLAIN, "Base64-code line of data."},
    {"hexlify", b_hexlify, METH_PLAIN, "Hexadecimal representation of binary data."},
    {"b2a_hex", b_hexlify, METH_PLAIN, "Hexadecimal representation of binary data."},
    {"unhexlify", b_unhexlify, METH_PLAIN, "Binary data of hexadecimal representation."},
    {"a2b_hex", b_unhexlify, METH_PLAIN, "Binary data of hexadecimal representation."},
    {"crc32", b_crc32, METH_PLAIN, "Compute CRC-32 incrementally."},
    {"crc_hqx", b_crc_hqx, METH_PLAIN, "Compute CRC-CCITT incrementally."},
    {NULL},
};

static bool binascii_init(Task *t, Value m)
{
    /* class Error(ValueError), class Incomplete(Exception), made here so that
     * each interpreter has its own */
    DictObj *d = module_dict(m);
    const char *names[2] = {"Error", "Incomplete"};
    Type *bases[2] = {&exc_ValueError, &exc_Exception};
    for (int i = 0; i < 2; i++) {
        Value ns = dict_new_value();
        dict_set_cstr(AS_DICT(ns), "__module__", str_from_cstr("binascii"));
        Value cls = type_new_class(t, str_from_cstr(names[i]), tuple_pack(1, OBJ_VAL(bases[i])), AS_DICT(ns), 0);
        if (!cls) return false;
        dict_set_cstr(d, names[i], cls);
    }
    return true;
}

const NativeModule binascii_native_module = {"binascii", binascii_functions, binascii_init};
