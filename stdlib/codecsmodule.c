/* codecsmodule.c - _atoll_codecs: the C side of stdlib/codecs.py (stdlib/_codecs.py
 * is the module of CPython's name that pickles refer to). The codecs
 * themselves live in runtime/codecs.c (str.encode and bytes.decode use them);
 * this module gives codecs.py the canonical names, encoding with the name of
 * the calling function in type errors, and decoding of stream pieces (an
 * incomplete sequence at the end stays for the next call). */
#include "object.h"
#include "error.h"
#include "str.h"
#include "bytes.h"
#include "tuple.h"
#include "int.h"
#include "module.h"
#include "codecs.h"

/* The errors argument: None or omitted is strict. */
static bool errors_arg(Task *t, const char *fname, int pos, Value v, const char **out)
{
    *out = NULL;
    if (!v || v == V_NONE) return true;
    Value s = obj_unbox(v);
    if (!IS_STR(s)) {
        err_format(t, &exc_TypeError, "%s() argument %d must be str or None, not %s", fname, pos,
                   obj_type_name(v));
        return false;
    }
    return codec_arg(t, v, fname, "errors", out);
}

static bool name_arg(Task *t, const char *fname, Value v, const char **out)
{
    Value s = obj_unbox(v);
    if (!IS_STR(s)) {
        err_format(t, &exc_TypeError, "%s() argument must be str, not %s", fname, obj_type_name(v));
        return false;
    }
    return codec_arg(t, v, fname, "encoding", out);
}

/* canonical(name) -> the CodecInfo name of a codec atoll has, or None. */
static Value c_canonical(Task *t, const Value *a, size_t n, Value kw)
{
    const char *name;
    if (!args_check(t, "canonical", n, kw, 1, 1) || !name_arg(t, "lookup", a[0], &name)) return 0;
    const char *c = codec_canonical(name);
    return c ? str_from_cstr(c) : V_NONE;
}

/* encode(fname, str, encoding, errors=None) -> bytes; fname names the
 * codec function in a TypeError (utf_8_encode() argument 1 must be str). */
static Value c_encode(Task *t, const Value *a, size_t n, Value kw)
{
    if (!args_check(t, "encode", n, kw, 3, 4)) return 0;
    Value fn = obj_unbox(a[0]);
    const char *fname = IS_STR(fn) ? STR_DATA(fn) : "encode", *enc, *errors;
    Value s = obj_unbox(a[1]);
    if (!IS_STR(s))
        return err_format(t, &exc_TypeError, "%s() argument 1 must be str, not %s", fname, obj_type_name(a[1]));
    if (!name_arg(t, fname, a[2], &enc) || !errors_arg(t, fname, 2, n > 3 ? a[3] : 0, &errors)) return 0;
    return codec_encode(t, s, enc, errors);
}

/* decode(data, encoding, errors=None, final=True) -> (str, consumed,
 * byteorder): byteorder is -1 or 1 when a utf-16/utf-32 BOM was read. */
static Value c_decode(Task *t, const Value *a, size_t n, Value kw)
{
    if (!args_check(t, "decode", n, kw, 2, 4)) return 0;
    const char *enc, *errors, *p;
    if (!bytes_like(a[0]) || IS_STR(obj_unbox(a[0])))
        return err_format(t, &exc_TypeError, "a bytes-like object is required, not '%s'", obj_type_name(a[0]));
    if (!name_arg(t, "decode", a[1], &enc) || !errors_arg(t, "decode", 2, n > 2 ? a[2] : 0, &errors)) return 0;
    bool final = true;
    if (n > 3) {
        int truth = obj_truthy(t, a[3]);
        if (truth < 0) return 0;
        final = truth;
    }
    size_t size, consumed;
    int order;
    bytes_view(a[0], &p, &size);
    Value s = codec_decode_stream(t, p, size, IS_BYTES(a[0]) ? a[0] : 0, enc, errors, final, &consumed, &order);
    if (!s) return 0;
    Value items[3] = {s, MAKE_SMALL(consumed), MAKE_SMALL(order)};
    return tuple_from_array(items, 3);
}

static const MethodDef codecs_functions[] = {
    {"canonical", c_canonical, METH_PLAIN, "The name codecs.lookup() gives a codec atoll has, or None."},
    {"encode", c_encode, METH_PLAIN, "encode(fname, str, encoding, errors=None) -> bytes"},
    {"decode", c_decode, METH_PLAIN,
     "decode(data, encoding, errors=None, final=True) -> (str, consumed, byteorder)"},
    {NULL},
};

const NativeModule codecs_native_module = {"_atoll_codecs", codecs_functions, NULL};
