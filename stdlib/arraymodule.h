/* arraymodule.h - the array module's shared parts: the array object, the
 * table of typecodes, and the helpers its three files share (arrayitems.c
 * converts and stores items, arraymodule.c is the type and its sequence
 * protocol, arraymethods.c its methods).
 *
 * An array is mutable, so like a list it belongs to one interpreter; it is
 * not shareable between islands (SPEC §4: "anything else"). */
#ifndef ATOLL_ARRAYMODULE_H
#define ATOLL_ARRAYMODULE_H

#include "object.h"

typedef enum ArrayKind { AK_INT, AK_UINT, AK_FLOAT, AK_UNICODE } ArrayKind;

/* One typecode, with sizes as CPython's on x86-64 Linux ('u' is a 4-byte
 * wchar_t, 'l' and 'L' 8 bytes). Integer items are range-checked with
 * CPython's messages, which differ from code to code. */
typedef struct ArrayDescr {
    char code;
    uint8_t size;
    uint8_t kind;              /* ArrayKind; B and H are AK_INT (their conversion
                                  checks a range), I, L and Q AK_UINT */
    int64_t min;               /* AK_INT: the range, checked after the value fits 64 bits */
    uint64_t max;
    const char *range_name;    /* "signed char": "... is greater than maximum"; NULL: no check */
    const char *wide_msg;      /* the value does not fit 64 bits */
    const char *negative_msg;  /* AK_UINT: the value is negative */
} ArrayDescr;

/* Items are pointer-free (GC_MALLOC_ATOMIC), len and cap count items. */
typedef struct ArrayObj {
    Obj hdr;
    const ArrayDescr *descr;
    size_t len, cap;
    char *data;
} ArrayObj;

extern Type array_type;
#define AS_ARRAY(v) ((ArrayObj *)(v))
#define IS_ARRAY(v) (!IS_SMALL(v) && type_is_subtype(TYPE_OF(v), &array_type))
#define ITEM_PTR(a, i) ((a)->data + (size_t)(i) * (a)->descr->size)

/* --- arrayitems.c: typecodes, items, storage ------------------------------------ */
extern const char array_typecodes[];
const ArrayDescr *array_descr(uint32_t code);        /* NULL: no such typecode */
/* A new empty array of type tp (array or a subclass) with room for n items. */
ArrayObj *array_alloc(Task *t, Type *tp, const ArrayDescr *d, size_t n);
/* Room for n items in all; false: MemoryError raised. */
bool array_reserve(Task *t, ArrayObj *a, size_t n);
/* Opens a gap of n items at position at (the gap's bytes are left as they were). */
bool array_open(Task *t, ArrayObj *a, size_t at, size_t n);
/* Removes n items at position at. */
void array_close(ArrayObj *a, size_t at, size_t n);
/* Item i as a Python value. */
Value array_get(Task *t, const ArrayObj *a, size_t i);
/* Converts v to the C item of d at p: TypeError/OverflowError as CPython's. */
bool array_convert(Task *t, const ArrayDescr *d, Value v, char *p);
/* Appends v, converted. */
bool array_append(Task *t, ArrayObj *a, Value v);
/* Appends raw items; n bytes, which must be a multiple of the item size. */
bool array_append_bytes(Task *t, ArrayObj *a, const char *p, size_t n);
/* Appends the items of an iterator, converted (those before a failure stay). */
bool array_append_iter(Task *t, ArrayObj *a, Value it);
/* array.frombytes(b): the raw items of bytes, a bytearray or an array of bytes. */
bool array_frombytes(Task *t, ArrayObj *a, Value b);
/* a += b and a.extend(b) for an array b: TypeError unless of a's typecode. */
bool array_extend_array(Task *t, ArrayObj *a, const ArrayObj *b);
/* Appends the characters of a str ('u' arrays). */
bool array_append_str(Task *t, ArrayObj *a, Value s);
/* A 'u' array's items as a str: ValueError for a bad code point. */
Value array_to_str(Task *t, const ArrayObj *a);
/* Compares arrays of one integer or 'u' typecode by their C values, as
 * sequences compare: <0, 0, >0. */
int array_compare_raw(const ArrayObj *a, const ArrayObj *b);
/* The items as a list. */
Value array_tolist(Task *t, const ArrayObj *a);
/* The items of a (start, step, count) as a new array. */
Value array_select(Task *t, const ArrayObj *a, int64_t start, int64_t step, int64_t count);

/* --- arraymethods.c --------------------------------------------------------------- */
extern const MethodDef array_methods[];
extern const MemberDef array_members[];

#endif
