/* set.h - set and frozenset: CPython's open-addressing table, reproduced so
 * that iteration order (and so printed output) matches CPython's. */
#ifndef ATOLL_SET_H
#define ATOLL_SET_H

#include "object.h"

#define SET_MINSIZE 8

/* The key of a deleted entry (its hash is -1). */
extern const Obj set_dummy;
#define SET_DUMMY OBJ_VAL(&set_dummy)

typedef struct SetEntry {
    Value key;             /* 0: empty; SET_DUMMY: deleted */
    int64_t hash;
} SetEntry;

typedef struct SetObj {
    Obj hdr;
    size_t fill;           /* active + dummy */
    size_t used;           /* active */
    size_t mask;
    int64_t hash;          /* frozenset: -1 until computed */
    size_t finger;         /* where set.pop() looks next */
    SetEntry *table;
    SetEntry small[SET_MINSIZE];
} SetObj;

#define AS_SET(v) ((SetObj *)(v))
#define IS_SET_LIKE(v) HAS_FLAG(v, TF_SET)

Value set_new(Type *type);                         /* empty set or frozenset */
Value set_from_iter(Task *t, Type *type, Value iterable);
int set_add(Task *t, Value set, Value key);        /* 1 added, 0 present, -1 error */
int set_contains(Task *t, Value set, Value key);
int set_discard(Task *t, Value set, Value key);    /* 1 removed, 0 missing, -1 error */
bool set_next(Value set, size_t *pos, Value *key);
bool set_next_hash(Value set, size_t *pos, Value *key, int64_t *hash);
bool set_update(Task *t, Value set, Value iterable);   /* set.update(iterable) */
Value set_pop(Task *t, Value set);                      /* set.pop() */
/* The frozenset constant CPython 3.11's compiler makes for a set display of
 * n > 2 constants ({1, 2, 3} compiles to BUILD_SET 0, LOAD_CONST <this>,
 * SET_UPDATE 1) and for `x in {...}` / `for x in {...}`: it is built twice
 * (frozenset(tuple(frozenset(items)))), which decides the printed order. */
Value set_display_const(Task *t, const Value *items, size_t n);

/* Iterator over a set: set is 0 once exhausted; used is the size it expects
 * (-1 after a change was seen), len the items still to come. */
typedef struct SetIterObj {
    Obj hdr;
    Value set;
    int64_t used;
    size_t pos;
    int64_t len;
} SetIterObj;
extern Type set_iter_type;

#endif
