/* arraymethods.c - the methods and attributes of array.array, with
 * CPython's argument checks and messages. */
#include <gc/gc.h>
#include <string.h>
#include "object.h"
#include "error.h"
#include "int.h"
#include "str.h"
#include "bytes.h"
#include "list.h"
#include "tuple.h"
#include "slice.h"
#include "textops.h"
#include "names.h"
#include "interp.h"
#include "arraymodule.h"

#define SELF AS_ARRAY(args[0])

/* Files are written in blocks of this many bytes. */
#define FILE_BLOCK (64 * 1024)

/* --- adding and removing items ------------------------------------------------------------ */

static Value m_append(Task *t, const Value *args, size_t n, Value kw)
{
    if (!meth_check_one(t, "array.append", n - 1, kw)) return 0;
    return array_append(t, SELF, args[1]) ? V_NONE : 0;
}

static Value m_extend(Task *t, const Value *args, size_t n, Value kw)
{
    static const ArgSpec spec = {"extend", 1, 1, 1, 1, {"bb"}};
    Value x;
    if (!args_bind(t, &spec, args + 1, n - 1, kw, &x)) return 0;
    if (IS_ARRAY(x)) return array_extend_array(t, SELF, AS_ARRAY(x)) ? V_NONE : 0;
    Value it = obj_iter(t, x);
    return it && array_append_iter(t, SELF, it) ? V_NONE : 0;
}

static Value m_insert(Task *t, const Value *args, size_t n, Value kw)
{
    int64_t i;
    char item[8];
    if (!meth_check_range(t, "insert", "array.insert", n - 1, kw, 2, 2) || !text_int_arg(t, args[1], false, &i) ||
        !array_convert(t, SELF->descr, args[2], item))
        return 0;
    ArrayObj *a = SELF;
    int64_t len = (int64_t)a->len;
    if (i < 0 && (i += len) < 0) i = 0;
    if (i > len) i = len;
    if (!array_open(t, a, (size_t)i, 1)) return 0;
    memcpy(ITEM_PTR(a, i), item, a->descr->size);
    return V_NONE;
}

static Value m_pop(Task *t, const Value *args, size_t n, Value kw)
{
    int64_t i = -1;
    if (!meth_check_range(t, "pop", "array.pop", n - 1, kw, 0, 1) || (n > 1 && !text_int_arg(t, args[1], false, &i)))
        return 0;
    ArrayObj *a = SELF;
    if (!a->len) return err_format(t, &exc_IndexError, "pop from empty array");
    if (i < 0) i += (int64_t)a->len;
    if (i < 0 || i >= (int64_t)a->len) return err_format(t, &exc_IndexError, "pop index out of range");
    Value x = array_get(t, a, (size_t)i);
    if (x) array_close(a, (size_t)i, 1);
    return x;
}

/* The first position in [start, stop) of an item equal to x; -1 when none,
 * -2 on error. */
static int64_t find(Task *t, ArrayObj *a, Value x, int64_t start, int64_t stop)
{
    for (int64_t i = start; i < stop && i < (int64_t)a->len; i++) {
        Value y = array_get(t, a, (size_t)i);
        int eq = y ? obj_eq(t, y, x) : -1;
        if (eq) return eq < 0 ? -2 : i;
    }
    return -1;
}

static Value m_remove(Task *t, const Value *args, size_t n, Value kw)
{
    if (!meth_check_one(t, "array.remove", n - 1, kw)) return 0;
    int64_t i = find(t, SELF, args[1], 0, INT64_MAX);
    if (i == -1) return err_format(t, &exc_ValueError, "array.remove(x): x not in array");
    if (i < 0) return 0;
    array_close(SELF, (size_t)i, 1);
    return V_NONE;
}

static Value m_index(Task *t, const Value *args, size_t n, Value kw)
{
    int64_t start, stop;
    if (!meth_check_range(t, "index", "array.index", n - 1, kw, 1, 3) ||
        !seq_index_bounds(t, args + 2, n - 2, (int64_t)SELF->len, &start, &stop))
        return 0;
    int64_t i = find(t, SELF, args[1], start, stop);
    if (i == -1) return err_format(t, &exc_ValueError, "array.index(x): x not in array");
    return i < 0 ? 0 : MAKE_SMALL(i);
}

static Value m_count(Task *t, const Value *args, size_t n, Value kw)
{
    if (!meth_check_one(t, "array.count", n - 1, kw)) return 0;
    int64_t count = 0;
    for (int64_t i = 0; (i = find(t, SELF, args[1], i, INT64_MAX)) >= 0; i++) count++;
    return t->exc ? 0 : MAKE_SMALL(count);
}

/* --- rearranging ------------------------------------------------------------------------------ */

static Value m_reverse(Task *t, const Value *args, size_t n, Value kw)
{
    if (!meth_check_none(t, "array.reverse", n - 1, kw)) return 0;
    ArrayObj *a = SELF;
    size_t size = a->descr->size;
    char tmp[8];
    for (size_t i = 0, j = a->len; i + 1 < j; i++, j--) {
        memcpy(tmp, ITEM_PTR(a, i), size);
        memcpy(ITEM_PTR(a, i), ITEM_PTR(a, j - 1), size);
        memcpy(ITEM_PTR(a, j - 1), tmp, size);
    }
    return V_NONE;
}

static Value m_byteswap(Task *t, const Value *args, size_t n, Value kw)
{
    if (!meth_check_none(t, "array.byteswap", n - 1, kw)) return 0;
    ArrayObj *a = SELF;
    size_t size = a->descr->size;
    for (size_t i = 0; i < a->len; i++) {
        char *p = ITEM_PTR(a, i);
        for (size_t k = 0; k < size / 2; k++) {
            char c = p[k];
            p[k] = p[size - 1 - k];
            p[size - 1 - k] = c;
        }
    }
    return V_NONE;
}

static Value m_buffer_info(Task *t, const Value *args, size_t n, Value kw)
{
    if (!meth_check_none(t, "array.buffer_info", n - 1, kw)) return 0;
    Value addr = int_from_i64(t, (int64_t)(intptr_t)SELF->data);
    return addr ? tuple_pack(2, addr, MAKE_SMALL((int64_t)SELF->len)) : 0;
}

/* --- conversions ----------------------------------------------------------------------------- */

static Value m_tobytes(Task *t, const Value *args, size_t n, Value kw)
{
    if (!meth_check_none(t, "array.tobytes", n - 1, kw)) return 0;
    return bytes_new(t, SELF->data, SELF->len * SELF->descr->size);
}

static Value m_frombytes(Task *t, const Value *args, size_t n, Value kw)
{
    if (!meth_check_one(t, "array.frombytes", n - 1, kw)) return 0;
    return array_frombytes(t, SELF, args[1]) ? V_NONE : 0;
}

static Value m_tolist(Task *t, const Value *args, size_t n, Value kw)
{
    if (!meth_check_none(t, "array.tolist", n - 1, kw)) return 0;
    return array_tolist(t, SELF);
}

/* All or nothing: a failing item leaves the array as it was. */
static Value m_fromlist(Task *t, const Value *args, size_t n, Value kw)
{
    if (!meth_check_one(t, "array.fromlist", n - 1, kw)) return 0;
    if (!IS_LIST_LIKE(args[1])) return err_format(t, &exc_TypeError, "arg must be list");
    ArrayObj *a = SELF;
    size_t old = a->len;
    ListObj *list = AS_LIST(args[1]);
    for (size_t i = 0; i < list->len; i++)
        if (!array_append(t, a, list->items[i])) {
            a->len = old < a->len ? old : a->len;
            return 0;
        }
    return V_NONE;
}

static bool check_unicode(Task *t, ArrayObj *a, const char *method)
{
    if (a->descr->kind == AK_UNICODE) return true;
    err_format(t, &exc_ValueError, "%s() may only be called on unicode type arrays", method);
    return false;
}

static Value m_tounicode(Task *t, const Value *args, size_t n, Value kw)
{
    if (!meth_check_none(t, "array.tounicode", n - 1, kw) || !check_unicode(t, SELF, "tounicode")) return 0;
    return array_to_str(t, SELF);
}

static Value m_fromunicode(Task *t, const Value *args, size_t n, Value kw)
{
    if (!meth_check_one(t, "array.fromunicode", n - 1, kw)) return 0;
    if (!HAS_FLAG(args[1], TF_STR))
        return err_format(t, &exc_TypeError, "fromunicode() argument must be str, not %s", obj_type_name(args[1]));
    if (!check_unicode(t, SELF, "fromunicode")) return 0;
    return array_append_str(t, SELF, obj_unbox(args[1])) ? V_NONE : 0;
}

/* --- files: through the file's write() and read() ----------------------------------------- */

static Value m_tofile(Task *t, const Value *args, size_t n, Value kw)
{
    static const ArgSpec spec = {"tofile", 1, 1, 1, 1, {"f"}};
    Value f;
    if (!args_bind(t, &spec, args + 1, n - 1, kw, &f)) return 0;
    ArrayObj *a = SELF;
    size_t total = a->len * a->descr->size;
    for (size_t off = 0; off < total; off += FILE_BLOCK) {
        Value b = bytes_new(t, a->data + off, total - off < FILE_BLOCK ? total - off : FILE_BLOCK);
        if (!b || !obj_call_method(t, f, NAME(write), &b, 1)) return 0;
    }
    return V_NONE;
}

static Value m_fromfile(Task *t, const Value *args, size_t n, Value kw)
{
    static const ArgSpec spec = {"fromfile", 2, 2, 2, 2, {"f", "n"}};
    Value a2[2];
    int64_t count;
    if (!args_bind(t, &spec, args + 1, n - 1, kw, a2) || !text_int_arg(t, a2[1], false, &count)) return 0;
    if (count < 0) return err_format(t, &exc_ValueError, "negative count");
    size_t size = SELF->descr->size;
    if ((uint64_t)count > SIZE_MAX / 8 / size) return err_no_memory(t);
    Value want = MAKE_SMALL(count * (int64_t)size);
    Value b = obj_call_method(t, a2[0], str_intern_cstr("read"), &want, 1);
    if (!b) return 0;
    if (!HAS_FLAG(b, TF_BYTES)) return err_format(t, &exc_TypeError, "read() didn't return bytes");
    /* what was read is kept, even when it is short */
    if (!array_frombytes(t, SELF, b)) return 0;
    if (bytes_size(b) != (size_t)count * size) return err_format(t, &exc_EOFError, "read() didn't return enough bytes");
    return V_NONE;
}

/* --- copies ------------------------------------------------------------------------------------ */

static Value m_copy(Task *t, const Value *args, size_t n, Value kw)
{
    if (!meth_check_none(t, "array.__copy__", n - 1, kw)) return 0;
    return array_select(t, SELF, 0, 1, (int64_t)SELF->len);
}

/* Items are numbers or characters: a deep copy is a copy. */
static Value m_deepcopy(Task *t, const Value *args, size_t n, Value kw)
{
    if (!meth_check_one(t, "array.__deepcopy__", n - 1, kw)) return 0;
    return array_select(t, SELF, 0, 1, (int64_t)SELF->len);
}

const MethodDef array_methods[] = {
    {"append", m_append, METH_PLAIN, "Append new value x to the end of the array."},
    {"buffer_info", m_buffer_info, METH_PLAIN, "Return a tuple (address, length) of the array's buffer."},
    {"byteswap", m_byteswap, METH_PLAIN, "Byteswap all items of the array."},
    {"count", m_count, METH_PLAIN, "Return number of occurrences of x in the array."},
    {"extend", m_extend, METH_PLAIN, "Append items to the end of the array."},
    {"frombytes", m_frombytes, METH_PLAIN, "Append the machine values of a bytes-like object."},
    {"fromfile", m_fromfile, METH_PLAIN, "Read n items from the file object f and append them."},
    {"fromlist", m_fromlist, METH_PLAIN, "Append items to the array from a list."},
    {"fromunicode", m_fromunicode, METH_PLAIN, "Extend a 'u' array with the characters of a str."},
    {"index", m_index, METH_PLAIN, "Return the index of the first occurrence of x in the array."},
    {"insert", m_insert, METH_PLAIN, "Insert new value x before position i."},
    {"pop", m_pop, METH_PLAIN, "Remove and return item i (by default the last)."},
    {"remove", m_remove, METH_PLAIN, "Remove the first occurrence of x in the array."},
    {"reverse", m_reverse, METH_PLAIN, "Reverse the order of the items in the array."},
    {"tobytes", m_tobytes, METH_PLAIN, "Return the machine values of the items as bytes."},
    {"tofile", m_tofile, METH_PLAIN, "Write the machine values of the items to the file object f."},
    {"tolist", m_tolist, METH_PLAIN, "Return the items as a list."},
    {"tounicode", m_tounicode, METH_PLAIN, "Return a 'u' array's characters as a str."},
    {"__copy__", m_copy, METH_PLAIN, "Return a copy of the array."},
    {"__deepcopy__", m_deepcopy, METH_PLAIN, "Return a copy of the array."},
    {NULL},
};

static Value get_typecode(Task *t, Value self) { return str_char((uint32_t)AS_ARRAY(self)->descr->code); }
static Value get_itemsize(Task *t, Value self) { return MAKE_SMALL(AS_ARRAY(self)->descr->size); }

const MemberDef array_members[] = {
    {"typecode", get_typecode, NULL},
    {"itemsize", get_itemsize, NULL},
    {NULL, NULL, NULL},
};
