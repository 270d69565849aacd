/* slice.h - slice objects, and the index helpers every sequence shares:
 * turning a subscript into a position, clamping a slice to a length, and
 * the argument checks of built-in container methods. */
#ifndef ATOLL_SLICE_H
#define ATOLL_SLICE_H

#include "object.h"

typedef struct SliceObj {
    Obj hdr;
    Value start, stop, step;   /* None when omitted, never 0 */
} SliceObj;

#define AS_SLICE(v) ((SliceObj *)(v))
#define IS_SLICE(v) IS_TYPE(v, &slice_type)

/* slice(start, stop, step); a 0 argument means None. Never fails but for memory (0). */
Value slice_new(Value start, Value stop, Value step);

/* CPython's PySlice_Unpack + PySlice_AdjustIndices: the bounds of slice
 * applied to a sequence of length len (out-of-range bounds clamped,
 * negative ones counted from the end), and the number of items it selects.
 * Raises "slice step cannot be zero" and "slice indices must be integers or
 * None or have an __index__ method". */
bool slice_unpack(Task *t, Value slice, int64_t len, int64_t *start, int64_t *stop,
                  int64_t *step, int64_t *slicelen);
/* The two halves of slice_unpack, for mutable sequences whose length may
 * change while __index__ runs: unpack first, then adjust to the length the
 * sequence has now; slice_adjust returns the number of items. */
bool slice_unpack_raw(Task *t, Value slice, int64_t *start, int64_t *stop, int64_t *step);
int64_t slice_adjust(int64_t len, int64_t *start, int64_t *stop, int64_t step);
/* slice.indices(length) with int Values of any size: out[0..3) = start, stop, step. */
bool slice_indices_v(Task *t, Value slice, Value length, Value out[3]);

/* True when v can be used as an index: an int (bool and int subclasses
 * included) or an object whose type defines __index__. */
bool index_like(Value v);
/* The int64 value of an int Value; false when it does not fit (then *out is
 * clamped to INT64_MIN or INT64_MAX). */
bool int_to_i64(Value v, int64_t *out);
/* Converts an index-like v to int64 through __index__. When the value does
 * not fit, raises `overflow` ("cannot fit 'int' into an index-sized
 * integer") or, with overflow NULL, clamps. v must be index_like. */
bool index_to_i64(Task *t, Value v, Type *overflow, int64_t *out);
/* Normalises a sequence position: adds len to a negative *i, then raises
 * IndexError("<what> index out of range") unless 0 <= *i < len. */
bool seq_index_check(Task *t, int64_t *i, int64_t len, const char *what);

/* The optional start and stop arguments of list.index and tuple.index
 * (nargs of them, 0 to 2): negative ones count from the end, then clamp at
 * 0; a missing stop is INT64_MAX. */
bool seq_index_bounds(Task *t, const Value *args, size_t nargs, int64_t len, int64_t *start,
                      int64_t *stop);

/* Argument checks of built-in methods, with CPython's messages (nargs
 * counts the arguments after self):
 *   "list.append() takes exactly one argument (2 given)"
 *   "list.clear() takes no arguments (1 given)"
 *   "pop expected at most 1 argument, got 2" / "insert expected 2 arguments, got 1"
 *   "list.append() takes no keyword arguments" */
bool meth_check_one(Task *t, const char *qname, size_t nargs, Value kwnames);
bool meth_check_none(Task *t, const char *qname, size_t nargs, Value kwnames);
bool meth_check_range(Task *t, const char *name, const char *qname, size_t nargs,
                      Value kwnames, size_t min, size_t max);

/* Binary operators of built-in sequences (concatenation, repetition). */
/* True when other's class, written in Python, defines the reflected method
 * of op (__radd__, __rmul__): the sequence returns NotImplemented so that it
 * runs, instead of raising its own error. */
bool seq_defer_binop(Value other, BinOpKind op);
/* The repeat count of `seq * n`: 1 done, 0 n is not index-like (nothing
 * raised), -1 error (OverflowError when it does not fit). Negative counts
 * become 0. */
int seq_repeat_count(Task *t, Value n, int64_t *count);
/* The TypeError of a * b when the count is not an int; side as in BinOpFn
 * (1: b is the sequence). CPython tries the left operand's repetition
 * first, so 'ab' * [1] blames the list. */
Value seq_repeat_error(Task *t, Value a, Value b, int side);

#endif
