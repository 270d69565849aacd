/* value.h - the one-word value representation.
 *
 * A Value is a machine word. Small ints are tagged in the low bit
 * ((n << 1) | 1); everything else is a plain aligned pointer to a GC object
 * whose first word is its type. The conservative Boehm GC sees every pointer
 * as it is (no NaN-boxing). The word 0 is never a valid value: functions
 * return it to say "an exception is pending in the task" (or, for iteration,
 * "exhausted" when no exception is set). */
#ifndef ATOLL_VALUE_H
#define ATOLL_VALUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef uintptr_t Value;
typedef struct Obj Obj;
typedef struct Type Type;
typedef struct Task Task;
typedef struct Interp Interp;

/* Every heap object starts with its type. */
struct Obj {
    Type *type;
};

#define IS_SMALL(v)   (((v) & 1) != 0)
#define SMALL_VAL(v)  ((intptr_t)(v) >> 1)
#define MAKE_SMALL(n) ((Value)(((uintptr_t)(intptr_t)(n) << 1) | 1))
#define SMALL_MAX     (INTPTR_MAX >> 1)
#define SMALL_MIN     (INTPTR_MIN >> 1)
#define FITS_SMALL(n) ((n) >= SMALL_MIN && (n) <= SMALL_MAX)

#define AS_OBJ(v)  ((Obj *)(v))
#define OBJ_VAL(p) ((Value)(p))

/* Copies n values. Argument arrays may be NULL when empty, which memcpy
 * does not allow even for a zero size. */
static inline void values_copy(Value *dst, const Value *src, size_t n)
{
    if (n) memcpy(dst, src, n * sizeof(Value));
}

#endif
