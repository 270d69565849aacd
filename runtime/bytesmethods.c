/* bytesmethods.c - methods of bytes and bytearray. */
#include <gc/gc.h>
#include <stdio.h>
#include <string.h>
#include "object.h"
#include "error.h"
#include "str.h"
#include "bytes.h"
#include "slice.h"
#include "tuple.h"

static const ArgSpec decode_spec = {"decode", 0, 2, 0, 2, {"encoding", "errors"}};

static Value m_decode(Task *t, const Value *args, size_t n, Value kw)
{
    Value a[2];
    if (!args_bind(t, &decode_spec, args + 1, n - 1, kw, a)) return 0;
    const char *p;
    size_t len;
    bytes_view(args[0], &p, &len);
    const char *enc = a[0] && IS_STR(a[0]) ? STR_DATA(a[0]) : "utf-8";
    if (!strcasecmp(enc, "ascii")) {
        for (size_t i = 0; i < len; i++)
            if ((unsigned char)p[i] >= 0x80)
                return err_format(t, &exc_UnicodeDecodeError,
                                  "'ascii' codec can't decode byte 0x%02x in position %zu: ordinal not in range(128)",
                                  (unsigned char)p[i], i);
    } else if (!strcasecmp(enc, "latin-1") || !strcasecmp(enc, "latin1") || !strcasecmp(enc, "iso-8859-1")) {
        StrBuf b;
        sb_init(&b, len);
        for (size_t i = 0; i < len; i++) sb_putcp(&b, (unsigned char)p[i]);
        return sb_finish(&b);
    } else if (strcasecmp(enc, "utf-8") && strcasecmp(enc, "utf8")) {
        return err_format(t, &exc_LookupError, "unknown encoding: %s", enc);
    }
    if (!utf8_valid(p, len))
        return err_format(t, &exc_UnicodeDecodeError, "'utf-8' codec can't decode bytes: invalid data");
    return str_new(p, len);
}

static Value m_hex(Task *t, const Value *args, size_t n, Value kw)
{
    const char *p;
    size_t len;
    bytes_view(args[0], &p, &len);
    StrObj *s = str_alloc(len * 2);
    if (!s) return err_no_memory(t);
    for (size_t i = 0; i < len; i++) snprintf(s->data + 2 * i, 3, "%02x", (unsigned char)p[i]);
    s->len = len * 2;
    return OBJ_VAL(s);
}

static Value m_append(Task *t, const Value *args, size_t n, Value kw)
{
    if (!meth_check_one(t, "bytearray.append", n - 1, kw)) return 0;
    Value r = obj_inplace(t, args[0], bytes_from_object(t, tuple_pack(1, args[1])), BIN_ADD);
    return r ? V_NONE : 0;
}

const MethodDef bytes_methods[] = {
    {"decode", m_decode, METH_PLAIN, NULL},
    {"hex", m_hex, METH_PLAIN, NULL},
    {NULL},
};

const MethodDef bytearray_methods[] = {
    {"decode", m_decode, METH_PLAIN, NULL},
    {"hex", m_hex, METH_PLAIN, NULL},
    {"append", m_append, METH_PLAIN, NULL},
    {NULL},
};
