/* zlibmodule.c - zlib: DEFLATE compression through the system's libz (so
 * the bytes are CPython's, which uses the same library): one-shot
 * compress/decompress, streaming Compress and Decompress objects, crc32 and
 * adler32, with CPython 3.11's arguments and messages. Built only when CMake
 * finds zlib (ATOLL_HAVE_ZLIB); without it `import zlib` fails as for any
 * missing module.
 *
 * Where libz's memory lives. A stream object (ZObj) is a GC object holding
 * its z_stream; libz allocates its own state and windows (about 256 KiB for
 * a compressor) through the zalloc/zfree hooks below, which take them from
 * the collector as atomic uncollectable blocks:
 *  - atomic: the collector never scans them. They hold compressed and
 *    plain data, which a conservative scan would mistake for pointers
 *    (retaining garbage) and which would cost a scan per collection. The
 *    only pointers inside are libz's own, into these same blocks or back to
 *    the z_stream, and a ZObj outlives its blocks (below), so nothing there
 *    must keep anything alive.
 *  - uncollectable: the collector never frees them behind libz's back; they
 *    go when libz frees them (zfree), that is in deflateEnd/inflateEnd.
 *  - taken from the collector rather than malloc: their size counts towards
 *    the allocation that triggers collections, so a program that abandons
 *    many stream objects makes the collector run (and finalize them).
 * deflateEnd/inflateEnd run as soon as a stream is finished (Compress.flush
 * with Z_FINISH, Decompress.flush at the end of the data, the one-shot
 * functions before they return), and otherwise from a finalizer registered
 * on the ZObj, which the collector calls once the object is unreachable:
 * while a method runs, its object is an argument, hence reachable. Between
 * calls no z_stream field points into the GC heap (next_in and next_out
 * are cleared), so nothing stale is left for libz.
 *
 * No state is global: the zlib.error class is made per interpreter, in the
 * module's dict. */
#include <gc/gc.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <zlib.h>
#include "object.h"
#include "error.h"
#include "int.h"
#include "str.h"
#include "bytes.h"
#include "dict.h"
#include "tuple.h"
#include "module.h"
#include "import.h"
#include "textops.h"

#define DEF_BUF_SIZE 16384
#define DEF_MEM_LEVEL 8

static voidpf zs_alloc(voidpf opaque, uInt items, uInt size)
{
    (void)opaque;
    if (size && items > SIZE_MAX / size) return Z_NULL;
    return GC_MALLOC_ATOMIC_UNCOLLECTABLE((size_t)items * size);
}

static void zs_free(voidpf opaque, voidpf p)
{
    (void)opaque;
    GC_FREE(p);
}

static void zs_prepare(z_stream *zs)
{
    memset(zs, 0, sizeof *zs);
    zs->zalloc = zs_alloc;
    zs->zfree = zs_free;
}

/* --- errors ------------------------------------------------------------------------------ */

static Value raise_zlib_error(Task *t, const char *msg)
{
    Value mod = import_module(t, "zlib");
    Value cls = mod ? dict_get_cstr(module_dict(mod), "error") : 0;
    if (!cls) return err_format(t, &exc_RuntimeError, "%s", msg);
    Value m = str_from_cstr(msg);
    Value exc = obj_call(t, cls, &m, 1, 0);
    return exc ? err_set(t, exc) : 0;
}

/* zlib.error "Error -3 while decompressing data: incorrect header check":
 * libz's message when it left one, else one for the code, as CPython. */
static Value zlib_error(Task *t, const z_stream *zs, int err, const char *what)
{
    const char *zmsg = err == Z_VERSION_ERROR ? "library version mismatch" : zs->msg;
    if (!zmsg) {
        switch (err) {
        case Z_BUF_ERROR: zmsg = "incomplete or truncated stream"; break;
        case Z_STREAM_ERROR: zmsg = "inconsistent stream state"; break;
        case Z_DATA_ERROR: zmsg = "invalid input data"; break;
        default: break;
        }
    }
    char buf[300];
    if (zmsg) snprintf(buf, sizeof buf, "Error %d %s: %.200s", err, what, zmsg);
    else snprintf(buf, sizeof buf, "Error %d %s", err, what);
    return raise_zlib_error(t, buf);
}

/* --- arguments --------------------------------------------------------------------------- */

static bool data_arg(Task *t, Value v, const unsigned char **p, size_t *n)
{
    const char *c;
    if (!bytes_buffer(v, &c, n)) {
        err_format(t, &exc_TypeError, "a bytes-like object is required, not '%s'", obj_type_name(v));
        return false;
    }
    *p = (const unsigned char *)c;
    return true;
}

/* An optional C int argument (level, wbits...): def when omitted. */
static bool int_arg(Task *t, Value v, int def, int *out)
{
    int64_t x = def;
    if (v && !text_int_arg(t, v, true, &x)) return false;
    *out = (int)x;
    return true;
}

static bool ssize_arg(Task *t, Value v, int64_t def, int64_t *out)
{
    *out = def;
    return !v || text_int_arg(t, v, false, out);
}

/* --- output buffers ---------------------------------------------------------------------- */

/* The output of one call, grown by doubling up to max bytes. */
typedef struct OutBuf {
    unsigned char *p;
    size_t len, cap, max;
} OutBuf;

static bool out_init(Task *t, OutBuf *o, size_t initial, size_t max)
{
    o->len = 0;
    o->max = max;
    o->cap = initial < max ? initial : max;
    if (o->cap == 0) o->cap = 1;
    o->p = GC_MALLOC_ATOMIC(o->cap);
    if (!o->p) {
        err_no_memory(t);
        return false;
    }
    return true;
}

/* Points the stream at the free part of the buffer, growing it when full.
 * 0: the buffer holds max bytes already; -1: MemoryError raised. */
static int out_arrange(Task *t, OutBuf *o, z_stream *zs)
{
    if (o->len == o->cap) {
        if (o->cap >= o->max) return 0;
        size_t cap = o->cap > o->max / 2 ? o->max : o->cap * 2;
        unsigned char *p = GC_REALLOC(o->p, cap);
        if (!p) {
            err_no_memory(t);
            return -1;
        }
        o->p = p;
        o->cap = cap;
    }
    size_t room = o->cap - o->len;
    zs->next_out = o->p + o->len;
    zs->avail_out = room > UINT_MAX ? UINT_MAX : (uInt)room;
    return 1;
}

static void out_took(OutBuf *o, z_stream *zs)
{
    o->len = (size_t)(zs->next_out - o->p);
}

static Value out_bytes(Task *t, OutBuf *o)
{
    return bytes_new(t, (const char *)o->p, o->len);
}

/* Feeds the next piece of the input (avail_in is 32 bits). */
static void in_arrange(z_stream *zs, size_t *left)
{
    uInt n = *left > UINT_MAX ? UINT_MAX : (uInt)*left;
    zs->avail_in = n;
    *left -= n;
}

/* --- one-shot functions ------------------------------------------------------------------ */

static Value z_compress(Task *t, const Value *args, size_t nargs, Value kw)
{
    static const ArgSpec spec = {"compress", 1, 3, 1, 3, {"data", "level", "wbits"}};
    Value a[3];
    if (!args_bind(t, &spec, args, nargs, kw, a)) return 0;
    const unsigned char *in;
    size_t left;
    int level, wbits;
    if (!data_arg(t, a[0], &in, &left) || !int_arg(t, a[1], Z_DEFAULT_COMPRESSION, &level) ||
        !int_arg(t, a[2], MAX_WBITS, &wbits))
        return 0;
    OutBuf o;
    if (!out_init(t, &o, DEF_BUF_SIZE, SIZE_MAX)) return 0;
    z_stream zs;
    zs_prepare(&zs);
    int err = deflateInit2(&zs, level, Z_DEFLATED, wbits, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY);
    if (err == Z_MEM_ERROR) return err_format(t, &exc_MemoryError, "Out of memory while compressing data");
    if (err == Z_STREAM_ERROR) return raise_zlib_error(t, "Bad compression level");
    if (err != Z_OK) {
        deflateEnd(&zs);
        return zlib_error(t, &zs, err, "while compressing data");
    }
    zs.next_in = (Bytef *)in;
    do {
        in_arrange(&zs, &left);
        int flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;
        do {
            if (out_arrange(t, &o, &zs) < 0) {
                deflateEnd(&zs);
                return 0;
            }
            err = deflate(&zs, flush);
            out_took(&o, &zs);
            if (err == Z_STREAM_ERROR) {
                deflateEnd(&zs);
                return zlib_error(t, &zs, err, "while compressing data");
            }
        } while (zs.avail_out == 0);
    } while (left != 0);
    err = deflateEnd(&zs);
    if (err != Z_OK) return zlib_error(t, &zs, err, "while finishing compression");
    return out_bytes(t, &o);
}

/* An initial output size CPython would allocate (bufsize); beyond what any
 * machine has, MemoryError as CPython's failed allocation. The buffer grows
 * as needed, so a smaller start changes nothing but memory. */
static bool bufsize_arg(Task *t, Value v, size_t *out)
{
    int64_t n;
    if (!ssize_arg(t, v, DEF_BUF_SIZE, &n)) return false;
    if (n < 0) {
        err_format(t, &exc_ValueError, "bufsize must be non-negative");
        return false;
    }
    if (n > ((int64_t)1 << 40)) {
        err_format(t, &exc_MemoryError, "Unable to allocate output buffer.");
        return false;
    }
    *out = n > (1 << 24) ? (1 << 24) : (size_t)n;
    return true;
}

static Value z_decompress(Task *t, const Value *args, size_t nargs, Value kw)
{
    static const ArgSpec spec = {"decompress", 1, 3, 1, 3, {"data", "wbits", "bufsize"}};
    Value a[3];
    if (!args_bind(t, &spec, args, nargs, kw, a)) return 0;
    const unsigned char *in;
    size_t left, bufsize;
    int wbits;
    if (!data_arg(t, a[0], &in, &left) || !int_arg(t, a[1], MAX_WBITS, &wbits) || !bufsize_arg(t, a[2], &bufsize))
        return 0;
    OutBuf o;
    if (!out_init(t, &o, bufsize, SIZE_MAX)) return 0;
    z_stream zs;
    zs_prepare(&zs);
    int err = inflateInit2(&zs, wbits);
    if (err == Z_MEM_ERROR) return err_format(t, &exc_MemoryError, "Out of memory while decompressing data");
    if (err != Z_OK) {
        inflateEnd(&zs);
        return zlib_error(t, &zs, err, "while preparing to decompress data");
    }
    zs.next_in = (Bytef *)in;
    do {
        in_arrange(&zs, &left);
        int flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;
        do {
            if (out_arrange(t, &o, &zs) < 0) {
                inflateEnd(&zs);
                return 0;
            }
            err = inflate(&zs, flush);
            out_took(&o, &zs);
            if (err == Z_MEM_ERROR) {
                inflateEnd(&zs);
                return err_format(t, &exc_MemoryError, "Out of memory while decompressing data");
            }
            if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) {
                inflateEnd(&zs);
                return zlib_error(t, &zs, err, "while decompressing data");
            }
        } while (zs.avail_out == 0);
    } while (err != Z_STREAM_END && left != 0);
    if (err != Z_STREAM_END) {
        inflateEnd(&zs);
        return zlib_error(t, &zs, err, "while decompressing data");
    }
    err = inflateEnd(&zs);
    if (err != Z_OK) return zlib_error(t, &zs, err, "while finishing decompression");
    return out_bytes(t, &o);
}

/* --- checksums --------------------------------------------------------------------------- */

/* The running value: any int, reduced modulo 2**32 (CPython's bitwise
 * unsigned int); def when omitted (crc32 starts at 0, adler32 at 1). */
static bool checksum_start(Task *t, Value v, uint32_t def, uint32_t *out)
{
    if (!v) {
        *out = def;
        return true;
    }
    if (IS_SMALL(v)) {
        *out = (uint32_t)SMALL_VAL(v);
        return true;
    }
    Value n = int_norm(v);
    if (n) {
        Value low = int_arith(t, n, MAKE_SMALL(0xffffffff), BIN_BITAND);
        int64_t x;
        if (!low || !int_as_i64(t, low, &x)) return false;
        *out = (uint32_t)x;
        return true;
    }
    int64_t x;
    if (!text_int_arg(t, v, false, &x)) return false;
    *out = (uint32_t)x;
    return true;
}

typedef uLong (*ChecksumFn)(uLong, const Bytef *, uInt);

static Value checksum(Task *t, const char *name, ChecksumFn fn, uint32_t start, const Value *args, size_t nargs,
                      Value kw)
{
    if (!args_check(t, name, nargs, kw, 1, 2)) return 0;
    const unsigned char *p;
    size_t n;
    uint32_t value;
    if (!data_arg(t, args[0], &p, &n) || !checksum_start(t, nargs > 1 ? args[1] : 0, start, &value)) return 0;
    uLong v = value;
    while (n > 0) {
        uInt k = n > UINT_MAX ? UINT_MAX : (uInt)n;
        v = fn(v, p, k);
        p += k;
        n -= k;
    }
    return int_from_i64(t, (int64_t)(v & 0xffffffffu));
}

static Value z_crc32(Task *t, const Value *args, size_t nargs, Value kw)
{
    return checksum(t, "crc32", crc32, 0, args, nargs, kw);
}

static Value z_adler32(Task *t, const Value *args, size_t nargs, Value kw)
{
    return checksum(t, "adler32", adler32, 1, args, nargs, kw);
}

/* --- stream objects ---------------------------------------------------------------------- */

typedef struct ZObj {
    Obj hdr;
    z_stream zs;
    bool live;             /* initialised, deflateEnd/inflateEnd not yet called */
    bool eof;              /* Decompress: the end of the compressed data was seen */
    Value unused_data;     /* Decompress: bytes after the end of the data */
    Value unconsumed_tail; /* Decompress: input left over by max_length */
    Value zdict;           /* Decompress: the dictionary (a buffer), or 0 */
} ZObj;

#define AS_Z(v) ((ZObj *)(v))

static Type zlib_compress_type, zlib_decompress_type;

static void z_finalize(void *obj, void *data)
{
    (void)data;
    ZObj *z = obj;
    if (!z->live) return;
    z->live = false;
    if (z->hdr.type == &zlib_compress_type) deflateEnd(&z->zs);
    else inflateEnd(&z->zs);
}

static ZObj *zobj_new(Task *t, Type *type)
{
    ZObj *z = GC_MALLOC(sizeof *z);
    if (!z) {
        err_no_memory(t);
        return NULL;
    }
    z->hdr.type = type;
    zs_prepare(&z->zs);
    z->unused_data = z->unconsumed_tail = bytes_new(t, "", 0);
    GC_register_finalizer(z, z_finalize, NULL, NULL, NULL);
    return z;
}

/* libz's pointers into the caller's buffers must not outlive the call. */
static void zobj_idle(ZObj *z)
{
    z->zs.next_in = z->zs.next_out = Z_NULL;
    z->zs.avail_in = z->zs.avail_out = 0;
}

static Value z_compressobj(Task *t, const Value *args, size_t nargs, Value kw)
{
    static const ArgSpec spec = {"compressobj", 0, 6, 0, 6,
                                 {"level", "method", "wbits", "memLevel", "strategy", "zdict"}};
    Value a[6];
    if (!args_bind(t, &spec, args, nargs, kw, a)) return 0;
    int level, method, wbits, memlevel, strategy;
    if (!int_arg(t, a[0], Z_DEFAULT_COMPRESSION, &level) || !int_arg(t, a[1], Z_DEFLATED, &method) ||
        !int_arg(t, a[2], MAX_WBITS, &wbits) || !int_arg(t, a[3], DEF_MEM_LEVEL, &memlevel) ||
        !int_arg(t, a[4], Z_DEFAULT_STRATEGY, &strategy))
        return 0;
    const unsigned char *dict = NULL;
    size_t dictlen = 0;
    if (a[5] && a[5] != V_NONE) {
        if (!data_arg(t, a[5], &dict, &dictlen)) return 0;
        if (dictlen > UINT_MAX)
            return err_format(t, &exc_OverflowError, "zdict length does not fit in an unsigned int");
    }
    ZObj *z = zobj_new(t, &zlib_compress_type);
    if (!z) return 0;
    int err = deflateInit2(&z->zs, level, method, wbits, memlevel, strategy);
    if (err == Z_MEM_ERROR) return err_format(t, &exc_MemoryError, "Can't allocate memory for compression object");
    if (err == Z_STREAM_ERROR) return err_format(t, &exc_ValueError, "Invalid initialization option");
    if (err != Z_OK) return zlib_error(t, &z->zs, err, "while creating compression object");
    z->live = true;
    if (dict) {
        err = deflateSetDictionary(&z->zs, dict, (uInt)dictlen);
        if (err == Z_STREAM_ERROR) return err_format(t, &exc_ValueError, "Invalid dictionary");
        if (err != Z_OK) return err_format(t, &exc_ValueError, "deflateSetDictionary()");
    }
    return OBJ_VAL(z);
}

static bool set_inflate_dict(Task *t, ZObj *z)
{
    const unsigned char *p;
    size_t n;
    if (!data_arg(t, z->zdict, &p, &n)) return false;
    if (n > UINT_MAX) {
        err_format(t, &exc_OverflowError, "zdict length does not fit in an unsigned int");
        return false;
    }
    int err = inflateSetDictionary(&z->zs, p, (uInt)n);
    if (err != Z_OK) {
        zlib_error(t, &z->zs, err, "while setting zdict");
        return false;
    }
    return true;
}

static Value z_decompressobj(Task *t, const Value *args, size_t nargs, Value kw)
{
    static const ArgSpec spec = {"decompressobj", 0, 2, 0, 2, {"wbits", "zdict"}};
    Value a[2];
    if (!args_bind(t, &spec, args, nargs, kw, a)) return 0;
    int wbits;
    if (!int_arg(t, a[0], MAX_WBITS, &wbits)) return 0;
    const char *p;
    size_t n;
    if (a[1] && !bytes_buffer(a[1], &p, &n))
        return err_format(t, &exc_TypeError, "zdict argument must support the buffer protocol");
    ZObj *z = zobj_new(t, &zlib_decompress_type);
    if (!z) return 0;
    z->zdict = a[1];
    int err = inflateInit2(&z->zs, wbits);
    if (err == Z_MEM_ERROR) return err_format(t, &exc_MemoryError, "Can't allocate memory for decompression object");
    if (err == Z_STREAM_ERROR) return err_format(t, &exc_ValueError, "Invalid initialization option");
    if (err != Z_OK) return zlib_error(t, &z->zs, err, "while creating decompression object");
    z->live = true;
    /* a raw stream never asks for its dictionary: it is set now */
    if (z->zdict && wbits < 0 && !set_inflate_dict(t, z)) return 0;
    return OBJ_VAL(z);
}

/* --- Compress methods -------------------------------------------------------------------- */

static Value comp_compress(Task *t, const Value *args, size_t nargs, Value kw)
{
    static const ArgSpec spec = {"compress", 1, 1, 1, 1, {"data"}};
    Value a[1];
    if (!args_bind(t, &spec, args + 1, nargs - 1, kw, a)) return 0;
    ZObj *z = AS_Z(args[0]);
    const unsigned char *in;
    size_t left;
    if (!data_arg(t, a[0], &in, &left)) return 0;
    OutBuf o;
    if (!out_init(t, &o, DEF_BUF_SIZE, SIZE_MAX)) return 0;
    z->zs.next_in = (Bytef *)in;
    do {
        in_arrange(&z->zs, &left);
        do {
            if (out_arrange(t, &o, &z->zs) < 0) return zobj_idle(z), (Value)0;
            int err = deflate(&z->zs, Z_NO_FLUSH);
            out_took(&o, &z->zs);
            if (err == Z_STREAM_ERROR) {
                zobj_idle(z);
                return zlib_error(t, &z->zs, err, "while compressing data");
            }
        } while (z->zs.avail_out == 0);
    } while (left != 0);
    zobj_idle(z);
    return out_bytes(t, &o);
}

static Value comp_flush(Task *t, const Value *args, size_t nargs, Value kw)
{
    static const ArgSpec spec = {"flush", 1, 1, 0, 1, {"mode"}};
    Value a[1];
    if (!args_bind(t, &spec, args + 1, nargs - 1, kw, a)) return 0;
    ZObj *z = AS_Z(args[0]);
    int mode;
    if (!int_arg(t, a[0], Z_FINISH, &mode)) return 0;
    if (mode == Z_NO_FLUSH) return bytes_new(t, "", 0);
    OutBuf o;
    if (!out_init(t, &o, DEF_BUF_SIZE, SIZE_MAX)) return 0;
    int err;
    do {
        if (out_arrange(t, &o, &z->zs) < 0) return zobj_idle(z), (Value)0;
        err = deflate(&z->zs, mode);
        out_took(&o, &z->zs);
        if (err == Z_STREAM_ERROR) {
            zobj_idle(z);
            return zlib_error(t, &z->zs, err, "while flushing");
        }
    } while (z->zs.avail_out == 0);
    zobj_idle(z);
    if (err == Z_STREAM_END && mode == Z_FINISH) {
        z->live = false;
        err = deflateEnd(&z->zs);
        if (err != Z_OK) return zlib_error(t, &z->zs, err, "while finishing compression");
    } else if (err != Z_OK && err != Z_BUF_ERROR) {
        return zlib_error(t, &z->zs, err, "while flushing");
    }
    return out_bytes(t, &o);
}

static Value comp_copy_of(Task *t, ZObj *z)
{
    if (!z->live) return err_format(t, &exc_ValueError, "Inconsistent stream state");
    ZObj *c = zobj_new(t, &zlib_compress_type);
    if (!c) return 0;
    int err = deflateCopy(&c->zs, &z->zs);
    if (err == Z_STREAM_ERROR) return err_format(t, &exc_ValueError, "Inconsistent stream state");
    if (err == Z_MEM_ERROR) return err_format(t, &exc_MemoryError, "Can't allocate memory for compression object");
    if (err != Z_OK) return zlib_error(t, &c->zs, err, "while copying compression object");
    c->live = true;
    return OBJ_VAL(c);
}

static Value comp_copy(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "copy", nargs - 1, kw, 0, 0)) return 0;
    return comp_copy_of(t, AS_Z(args[0]));
}

static Value comp_deepcopy(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "__deepcopy__", nargs - 1, kw, 1, 1)) return 0;
    return comp_copy_of(t, AS_Z(args[0]));
}

/* --- Decompress methods ------------------------------------------------------------------ */

/* After inflating data[0..n) up to next_in: what is left goes to
 * unused_data when the stream ended, and to unconsumed_tail when the output
 * limit stopped it (or the tail is cleared once consumed), as CPython. */
static bool save_unconsumed(Task *t, ZObj *z, const unsigned char *data, size_t n, int err)
{
    const unsigned char *end = data + n;
    size_t rest = (size_t)(end - z->zs.next_in);
    if (err == Z_STREAM_END && rest > 0) {
        const char *u;
        size_t un;
        bytes_view(z->unused_data, &u, &un);
        char *buf = GC_MALLOC_ATOMIC(un + rest + 1);
        if (!buf) return err_no_memory(t), false;
        memcpy(buf, u, un);
        memcpy(buf + un, z->zs.next_in, rest);
        Value v = bytes_new(t, buf, un + rest);
        if (!v) return false;
        z->unused_data = v;
        /* CPython's tail below still sees these bytes if a tail was pending */
        if (bytes_size(z->unconsumed_tail) == 0) return true;
    }
    if (rest > 0 || bytes_size(z->unconsumed_tail) > 0) {
        Value v = bytes_new(t, (const char *)z->zs.next_in, rest);
        if (!v) return false;
        z->unconsumed_tail = v;
    }
    return true;
}

static Value decomp_decompress(Task *t, const Value *args, size_t nargs, Value kw)
{
    static const ArgSpec spec = {"decompress", 1, 2, 1, 2, {"data", "max_length"}};
    Value a[2];
    if (!args_bind(t, &spec, args + 1, nargs - 1, kw, a)) return 0;
    ZObj *z = AS_Z(args[0]);
    const unsigned char *in;
    size_t n;
    int64_t max_length;
    if (!data_arg(t, a[0], &in, &n) || !ssize_arg(t, a[1], 0, &max_length)) return 0;
    if (max_length < 0) return err_format(t, &exc_ValueError, "max_length must be non-negative");
    size_t max = max_length == 0 ? SIZE_MAX : (size_t)max_length;
    OutBuf o;
    if (!out_init(t, &o, DEF_BUF_SIZE, max)) return 0;
    /* the input stays alive through a[0] while libz reads it */
    size_t left = n;
    int err = Z_OK;
    z->zs.next_in = (Bytef *)in;
    do {
        in_arrange(&z->zs, &left);
        do {
            int r = out_arrange(t, &o, &z->zs);
            if (r < 0) return zobj_idle(z), (Value)0;
            if (r == 0) goto save;
            err = inflate(&z->zs, Z_SYNC_FLUSH);
            out_took(&o, &z->zs);
            if (err == Z_NEED_DICT && z->zdict) {
                if (!set_inflate_dict(t, z)) return zobj_idle(z), (Value)0;
            } else if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) {
                goto save;
            }
        } while (z->zs.avail_out == 0 || err == Z_NEED_DICT);
    } while (err != Z_STREAM_END && left != 0);
save:
    if (!save_unconsumed(t, z, in, n, err)) return zobj_idle(z), (Value)0;
    zobj_idle(z);
    if (err == Z_STREAM_END) z->eof = true;
    else if (err != Z_OK && err != Z_BUF_ERROR) return zlib_error(t, &z->zs, err, "while decompressing data");
    return out_bytes(t, &o);
}

static Value decomp_flush(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "flush", nargs - 1, kw, 0, 1)) return 0;
    ZObj *z = AS_Z(args[0]);
    int64_t length;
    if (!ssize_arg(t, nargs > 1 ? args[1] : 0, DEF_BUF_SIZE, &length)) return 0;
    if (length <= 0) return err_format(t, &exc_ValueError, "length must be greater than zero");
    OutBuf o;
    if (!out_init(t, &o, length > (1 << 24) ? (1 << 24) : (size_t)length, SIZE_MAX)) return 0;
    Value tail = z->unconsumed_tail;
    const char *in;
    size_t n;
    bytes_view(tail, &in, &n);
    size_t left = n;
    int err = Z_OK;
    z->zs.next_in = (Bytef *)in;
    do {
        in_arrange(&z->zs, &left);
        int flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;
        do {
            if (out_arrange(t, &o, &z->zs) < 0) return zobj_idle(z), (Value)0;
            err = inflate(&z->zs, flush);
            out_took(&o, &z->zs);
            if (err == Z_NEED_DICT && z->zdict) {
                if (!set_inflate_dict(t, z)) return zobj_idle(z), (Value)0;
            } else if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) {
                goto save;
            }
        } while (z->zs.avail_out == 0 || err == Z_NEED_DICT);
    } while (err != Z_STREAM_END && left != 0);
save:
    if (!save_unconsumed(t, z, (const unsigned char *)in, n, err)) return zobj_idle(z), (Value)0;
    zobj_idle(z);
    if (err == Z_STREAM_END) {
        z->eof = true;
        z->live = false;
        err = inflateEnd(&z->zs);
        if (err != Z_OK) return zlib_error(t, &z->zs, err, "while finishing decompression");
    }
    return out_bytes(t, &o);
}

static Value decomp_copy_of(Task *t, ZObj *z)
{
    if (!z->live) return err_format(t, &exc_ValueError, "Inconsistent stream state");
    ZObj *c = zobj_new(t, &zlib_decompress_type);
    if (!c) return 0;
    int err = inflateCopy(&c->zs, &z->zs);
    if (err == Z_STREAM_ERROR) return err_format(t, &exc_ValueError, "Inconsistent stream state");
    if (err == Z_MEM_ERROR) return err_format(t, &exc_MemoryError, "Can't allocate memory for decompression object");
    if (err != Z_OK) return zlib_error(t, &c->zs, err, "while copying decompression object");
    c->live = true;
    c->eof = z->eof;
    c->unused_data = z->unused_data;
    c->unconsumed_tail = z->unconsumed_tail;
    c->zdict = z->zdict;
    return OBJ_VAL(c);
}

static Value decomp_copy(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "copy", nargs - 1, kw, 0, 0)) return 0;
    return decomp_copy_of(t, AS_Z(args[0]));
}

static Value decomp_deepcopy(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "__deepcopy__", nargs - 1, kw, 1, 1)) return 0;
    return decomp_copy_of(t, AS_Z(args[0]));
}

static Value decomp_get_unused_data(Task *t, Value self) { (void)t; return AS_Z(self)->unused_data; }
static Value decomp_get_unconsumed_tail(Task *t, Value self) { (void)t; return AS_Z(self)->unconsumed_tail; }
static Value decomp_get_eof(Task *t, Value self) { (void)t; return AS_Z(self)->eof ? V_TRUE : V_FALSE; }

static const MethodDef compress_methods[] = {
    {"compress", comp_compress, METH_PLAIN, "Returns a bytes object containing compressed data."},
    {"flush", comp_flush, METH_PLAIN, "Return a bytes object containing any remaining compressed data."},
    {"copy", comp_copy, METH_PLAIN, "Return a copy of the compression object."},
    {"__copy__", comp_copy, METH_PLAIN, NULL},
    {"__deepcopy__", comp_deepcopy, METH_PLAIN, NULL},
    {NULL},
};

static const MethodDef decompress_methods[] = {
    {"decompress", decomp_decompress, METH_PLAIN, "Return a bytes object containing the decompressed version of the data."},
    {"flush", decomp_flush, METH_PLAIN, "Return a bytes object containing any remaining decompressed data."},
    {"copy", decomp_copy, METH_PLAIN, "Return a copy of the decompression object."},
    {"__copy__", decomp_copy, METH_PLAIN, NULL},
    {"__deepcopy__", decomp_deepcopy, METH_PLAIN, NULL},
    {NULL},
};

static const MemberDef decompress_members[] = {
    {"unused_data", decomp_get_unused_data, NULL},
    {"unconsumed_tail", decomp_get_unconsumed_tail, NULL},
    {"eof", decomp_get_eof, NULL},
    {NULL, NULL, NULL},
};

static Type zlib_compress_type = {
    .hdr = {&type_type}, .name = "zlib.Compress", .size = sizeof(ZObj), .flags = TF_ABSTRACT_NEW,
    .methods = compress_methods,
};
REGISTER_TYPE(zlib_compress_type);

static Type zlib_decompress_type = {
    .hdr = {&type_type}, .name = "zlib.Decompress", .size = sizeof(ZObj), .flags = TF_ABSTRACT_NEW,
    .methods = decompress_methods, .members = decompress_members,
};
REGISTER_TYPE(zlib_decompress_type);

/* --- the module -------------------------------------------------------------------------- */

static const MethodDef zlib_functions[] = {
    {"compress", z_compress, METH_PLAIN, "Returns a bytes object containing compressed data."},
    {"decompress", z_decompress, METH_PLAIN, "Returns a bytes object containing the uncompressed data."},
    {"compressobj", z_compressobj, METH_PLAIN, "Return a compressor object."},
    {"decompressobj", z_decompressobj, METH_PLAIN, "Return a decompressor object."},
    {"crc32", z_crc32, METH_PLAIN, "Compute a CRC-32 checksum of data."},
    {"adler32", z_adler32, METH_PLAIN, "Compute an Adler-32 checksum of data."},
    {NULL},
};

static bool zlib_init(Task *t, Value m)
{
    DictObj *d = module_dict(m);
    static const struct { const char *name; int value; } ints[] = {
        {"MAX_WBITS", MAX_WBITS}, {"DEFLATED", Z_DEFLATED}, {"DEF_MEM_LEVEL", DEF_MEM_LEVEL},
        {"DEF_BUF_SIZE", DEF_BUF_SIZE}, {"Z_NO_COMPRESSION", Z_NO_COMPRESSION},
        {"Z_BEST_SPEED", Z_BEST_SPEED}, {"Z_BEST_COMPRESSION", Z_BEST_COMPRESSION},
        {"Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION}, {"Z_FILTERED", Z_FILTERED},
        {"Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY}, {"Z_RLE", Z_RLE}, {"Z_FIXED", Z_FIXED},
        {"Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY}, {"Z_NO_FLUSH", Z_NO_FLUSH},
        {"Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH}, {"Z_SYNC_FLUSH", Z_SYNC_FLUSH},
        {"Z_FULL_FLUSH", Z_FULL_FLUSH}, {"Z_FINISH", Z_FINISH}, {"Z_BLOCK", Z_BLOCK},
        {"Z_TREES", Z_TREES},
    };
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++)
        dict_set_cstr(d, ints[i].name, MAKE_SMALL(ints[i].value));
    dict_set_cstr(d, "ZLIB_VERSION", str_from_cstr(ZLIB_VERSION));
    dict_set_cstr(d, "ZLIB_RUNTIME_VERSION", str_from_cstr(zlibVersion()));
    /* class error(Exception), one per interpreter */
    Value ns = dict_new_value();
    dict_set_cstr(AS_DICT(ns), "__module__", str_from_cstr("zlib"));
    Value cls = type_new_class(t, str_from_cstr("error"), tuple_pack(1, OBJ_VAL(&exc_Exception)), AS_DICT(ns), 0);
    if (!cls) return false;
    dict_set_cstr(d, "error", cls);
    return true;
}

const NativeModule zlib_module = {"zlib", zlib_functions, zlib_init};
