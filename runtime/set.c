/* set.c - set and frozenset: CPython 3.11's setobject.c algorithm, so that
 * a set iterates (and prints) in the same order as in CPython.
 *
 * The table is open-addressed: mask+1 entries, 8 of them inside the object
 * while the set is small. A probe starts at hash & mask and looks at up to
 * LINEAR_PROBES following entries before jumping to (i*5 + 1 + perturb) &
 * mask with perturb >>= 5. An entry is empty (key 0, hash 0), active, or a
 * dummy left by a deletion (key SET_DUMMY, hash -1). An insertion takes the
 * last dummy seen on the probe path, else the empty slot that ends it; when
 * it fills an empty slot and fill*5 >= mask*3, the table is rebuilt for
 * used*4 entries (used*2 past 50000). Bulk operations (merging another set,
 * a dict's keys) copy stored hashes and presize as CPython does; every
 * detail that moves an entry matters for the order.
 *
 * Instances of subclasses of set and frozenset share the SetObj layout
 * (their __dict__ pointer follows it). */
#include <gc/gc.h>
#include <string.h>

#include "set.h"
#include "dict.h"
#include "list.h"
#include "tuple.h"
#include "error.h"
#include "str.h"
#include "slice.h"
#include "genericalias.h"
#include "names.h"
#include "interp.h"
#include "alloc.h"

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

const Obj set_dummy = {&none_type};

/* The SetObj of a set, a frozenset or an instance of their subclasses (which
 * all share the layout). */
static inline SetObj *S(Value v)
{
    return AS_SET(v);
}

static bool is_frozen(SetObj *so)
{
    Type *tp = so->hdr.type;
    return tp == &frozenset_type || (tp != &set_type && type_is_subtype(tp, &frozenset_type));
}

/* v is a set or frozenset (of any subclass). */
static inline bool anyset(Value v)
{
    return !IS_SMALL(v) && (AS_OBJ(v)->type->flags & TF_SET);
}

/* v is a set (not a frozenset) of any subclass. */
static inline bool is_set(Value v)
{
    return !IS_SMALL(v) && type_is_subtype(AS_OBJ(v)->type, &set_type);
}

static void set_empty_to_minsize(SetObj *so)
{
    memset(so->small, 0, sizeof(so->small));
    so->fill = 0;
    so->used = 0;
    so->mask = SET_MINSIZE - 1;
    so->table = so->small;
    so->hash = -1;
}

static SetObj *set_alloc(Type *type)
{
    size_t size = type->size > sizeof(SetObj) ? type->size : sizeof(SetObj);
    SetObj *so = gc_alloc(size);
    if (!so)
        return NULL;
    so->hdr.type = type;
    set_empty_to_minsize(so);
    so->finger = 0;
    return so;
}

Value set_new(Type *type)
{
    SetObj *so = set_alloc(type);
    return so ? OBJ_VAL(so) : 0;
}

/* ------------------------------------------------------------------------ */
/* The table */

/* Equality of a stored key with the probed one, hashes being equal. */
static inline int keys_equal(Task *t, Value stored, Value key)
{
    if (IS_SMALL(stored) && IS_SMALL(key))
        return 0;   /* canonical: equal small ints are identical */
    if (!IS_SMALL(stored) && !IS_SMALL(key) && AS_OBJ(stored)->type == &str_type &&
        AS_OBJ(key)->type == &str_type)
        return str_eq(stored, key);
    return 2;       /* needs __eq__ */
}

/* The entry holding key, or the empty entry ending its probe path; NULL on
 * error. */
static SetEntry *set_lookkey(Task *t, SetObj *so, Value key, int64_t hash)
{
restart:;
    size_t mask = so->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        SetEntry *entry = &so->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == 0)
                return entry;
            if (entry->hash == hash) {
                Value startkey = entry->key;
                if (startkey == key)
                    return entry;
                int c = keys_equal(t, startkey, key);
                if (c == 2) {
                    SetEntry *table = so->table;
                    c = obj_eq(t, startkey, key);
                    if (c < 0)
                        return NULL;
                    if (table != so->table || entry->key != startkey)
                        goto restart;
                    mask = so->mask;
                }
                if (c)
                    return entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Inserts into a table known to hold neither key nor dummies. */
static void set_insert_clean(SetEntry *table, size_t mask, Value key, int64_t hash)
{
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        SetEntry *entry = &table[i];
        if (entry->key == 0)
            goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == 0)
                    goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        entry->key = key;
        entry->hash = hash;
        return;
    }
}

/* Rebuilds the table with the smallest power-of-two size > minused. */
static bool set_table_resize(Task *t, SetObj *so, size_t minused)
{
    size_t newsize = SET_MINSIZE;
    while (newsize <= minused)
        newsize <<= 1;
    SetEntry *oldtable = so->table;
    size_t oldmask = so->mask;
    SetEntry small_copy[SET_MINSIZE];
    SetEntry *newtable;

    if (newsize == SET_MINSIZE) {
        newtable = so->small;
        if (newtable == oldtable) {
            if (so->fill == so->used)
                return true;   /* no dummies: nothing to do */
            memcpy(small_copy, oldtable, sizeof(small_copy));
            oldtable = small_copy;
        }
    } else {
        if (newsize > SIZE_MAX / sizeof(SetEntry)) {
            err_no_memory(t);
            return false;
        }
        newtable = gc_alloc(newsize * sizeof(SetEntry));
        if (!newtable) {
            err_no_memory(t);
            return false;
        }
    }
    memset(newtable, 0, newsize * sizeof(SetEntry));
    so->mask = newsize - 1;
    so->table = newtable;
    size_t newmask = so->mask;
    if (so->fill == so->used) {
        for (size_t k = 0; k <= oldmask; k++) {
            if (oldtable[k].key)
                set_insert_clean(newtable, newmask, oldtable[k].key, oldtable[k].hash);
        }
    } else {
        so->fill = so->used;
        for (size_t k = 0; k <= oldmask; k++) {
            Value key = oldtable[k].key;
            if (key && key != SET_DUMMY)
                set_insert_clean(newtable, newmask, key, oldtable[k].hash);
        }
    }
    return true;
}

/* Adds key (hash known): 0, or -1 on error. */
static int set_add_entry(Task *t, SetObj *so, Value key, int64_t hash)
{
    SetEntry *entry, *freeslot;
    size_t mask, i, perturb;
restart:
    mask = so->mask;
    i = (size_t)hash & mask;
    freeslot = NULL;
    perturb = (size_t)hash;
    for (;;) {
        entry = &so->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == 0)
                goto found_unused_or_dummy;
            if (entry->hash == hash) {
                Value startkey = entry->key;
                if (startkey == key)
                    return 0;
                int c = keys_equal(t, startkey, key);
                if (c == 2) {
                    SetEntry *table = so->table;
                    c = obj_eq(t, startkey, key);
                    if (c < 0)
                        return -1;
                    if (c > 0)
                        return 0;
                    if (table != so->table || entry->key != startkey)
                        goto restart;
                    mask = so->mask;
                }
                if (c)
                    return 0;
            } else if (entry->hash == -1) {
                freeslot = entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if (so->fill * 5 < mask * 3)
        return 0;
    return set_table_resize(t, so, so->used > 50000 ? so->used * 2 : so->used * 4) ? 0 : -1;
}

static int set_add_key(Task *t, SetObj *so, Value key)
{
    int64_t hash = dict_key_hash(t, key);
    if (hash == -1)
        return -1;
    return set_add_entry(t, so, key, hash);
}

static int set_contains_entry(Task *t, SetObj *so, Value key, int64_t hash)
{
    SetEntry *entry = set_lookkey(t, so, key, hash);
    if (!entry)
        return -1;
    return entry->key != 0;
}

static int set_contains_key(Task *t, SetObj *so, Value key)
{
    int64_t hash = dict_key_hash(t, key);
    if (hash == -1)
        return -1;
    return set_contains_entry(t, so, key, hash);
}

/* 1 removed, 0 missing, -1 error. */
static int set_discard_entry(Task *t, SetObj *so, Value key, int64_t hash)
{
    SetEntry *entry = set_lookkey(t, so, key, hash);
    if (!entry)
        return -1;
    if (entry->key == 0)
        return 0;
    entry->key = SET_DUMMY;
    entry->hash = -1;
    so->used--;
    return 1;
}

static int set_discard_key(Task *t, SetObj *so, Value key)
{
    int64_t hash = dict_key_hash(t, key);
    if (hash == -1)
        return -1;
    return set_discard_entry(t, so, key, hash);
}

static void set_clear_internal(SetObj *so)
{
    set_empty_to_minsize(so);
}

/* Next active entry at or after *pos. */
static bool set_next_entry(SetObj *so, size_t *pos, SetEntry **entry)
{
    size_t i = *pos, mask = so->mask;
    SetEntry *table = so->table;
    while (i <= mask && (table[i].key == 0 || table[i].key == SET_DUMMY))
        i++;
    *pos = i + 1;
    if (i > mask)
        return false;
    *entry = &table[i];
    return true;
}

/* Adds every key of another set, with its stored hash. */
static bool set_merge(Task *t, SetObj *so, SetObj *other)
{
    if (other == so || other->used == 0)
        return true;
    /* One big resize at the start, rather than one per insertion. */
    if ((so->fill + other->used) * 5 >= so->mask * 3 &&
        !set_table_resize(t, so, (so->used + other->used) * 2))
        return false;
    SetEntry *so_entry = so->table, *other_entry = other->table;

    /* Empty table of the same size and no dummies: copy entry by entry. */
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (size_t i = 0; i <= other->mask; i++, so_entry++, other_entry++) {
            if (other_entry->key) {
                so_entry->key = other_entry->key;
                so_entry->hash = other_entry->hash;
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return true;
    }
    /* Empty table: no duplicates, no dummies. */
    if (so->fill == 0) {
        so->fill = other->used;
        so->used = other->used;
        for (size_t i = 0; i <= other->mask; i++, other_entry++) {
            Value key = other_entry->key;
            if (key && key != SET_DUMMY)
                set_insert_clean(so->table, so->mask, key, other_entry->hash);
        }
        return true;
    }
    for (size_t i = 0; i <= other->mask; i++) {
        other_entry = &other->table[i];
        Value key = other_entry->key;
        if (key && key != SET_DUMMY && set_add_entry(t, so, key, other_entry->hash) < 0)
            return false;
    }
    return true;
}

static bool set_update_internal(Task *t, SetObj *so, Value other)
{
    if (anyset(other))
        return set_merge(t, so, S(other));
    if (IS_DICT(other)) {
        DictObj *d = AS_DICT(other);
        if ((so->fill + d->used) * 5 >= so->mask * 3 &&
            !set_table_resize(t, so, (so->used + d->used) * 2))
            return false;
        size_t pos = 0;
        Value key;
        int64_t hash;
        while (dict_next_hash(d, &pos, &key, NULL, &hash)) {
            if (set_add_entry(t, so, key, hash) < 0)
                return false;
        }
        return true;
    }
    if (IS_LIST(other) || IS_TUPLE(other)) {
        const Value *items = IS_LIST(other) ? AS_LIST(other)->items : AS_TUPLE(other)->items;
        size_t n = IS_LIST(other) ? AS_LIST(other)->len : TUPLE_LEN(other);
        for (size_t i = 0; i < n; i++) {
            if (set_add_key(t, so, items[i]) < 0)
                return false;
            if (IS_LIST(other)) {   /* __eq__ or __hash__ may change the list */
                items = AS_LIST(other)->items;
                n = AS_LIST(other)->len;
            }
        }
        return true;
    }
    Value it = obj_iter(t, other);
    if (!it)
        return false;
    for (;;) {
        Value key = obj_next(t, it);
        if (!key)
            return t->exc == 0;
        if (set_add_key(t, so, key) < 0)
            return false;
    }
}

/* A new set of the given type (set, frozenset or a subclass) holding the
 * items of iterable (0: none). */
static Value make_new_set(Task *t, Type *type, Value iterable)
{
    SetObj *so = set_alloc(type);
    if (!so)
        return err_no_memory(t);
    if (iterable && !set_update_internal(t, so, iterable))
        return 0;
    return OBJ_VAL(so);
}

/* A set or frozenset (never a subclass) like so. */
static Value make_new_set_basetype(Task *t, SetObj *so, Value iterable)
{
    return make_new_set(t, is_frozen(so) ? &frozenset_type : &set_type, iterable);
}

static Value set_copy_of(Task *t, SetObj *so)
{
    return make_new_set_basetype(t, so, OBJ_VAL(so));
}

static void set_swap_bodies(SetObj *a, SetObj *b)
{
    size_t tmp;
    tmp = a->fill; a->fill = b->fill; b->fill = tmp;
    tmp = a->used; a->used = b->used; b->used = tmp;
    tmp = a->mask; a->mask = b->mask; b->mask = tmp;
    SetEntry *ta = a->table == a->small ? NULL : a->table;
    SetEntry *tb = b->table == b->small ? NULL : b->table;
    SetEntry small[SET_MINSIZE];
    memcpy(small, a->small, sizeof(small));
    memcpy(a->small, b->small, sizeof(small));
    memcpy(b->small, small, sizeof(small));
    a->table = tb ? tb : a->small;
    b->table = ta ? ta : b->small;
    if (is_frozen(a) && is_frozen(b)) {
        int64_t h = a->hash;
        a->hash = b->hash;
        b->hash = h;
    } else {
        a->hash = -1;
        b->hash = -1;
    }
}

/* ------------------------------------------------------------------------ */
/* The C API */

Value set_from_iter(Task *t, Type *type, Value iterable)
{
    return make_new_set(t, type, iterable);
}

int set_add(Task *t, Value set, Value key)
{
    SetObj *so = S(set);
    size_t used = so->used;
    if (set_add_key(t, so, key) < 0)
        return -1;
    return so->used > used;
}

int set_contains(Task *t, Value set, Value key)
{
    return set_contains_key(t, S(set), key);
}

int set_discard(Task *t, Value set, Value key)
{
    return set_discard_key(t, S(set), key);
}

bool set_next(Value set, size_t *pos, Value *key)
{
    SetEntry *entry;
    if (!set_next_entry(S(set), pos, &entry))
        return false;
    *key = entry->key;
    return true;
}

bool set_next_hash(Value set, size_t *pos, Value *key, int64_t *hash)
{
    SetEntry *entry;
    if (!set_next_entry(S(set), pos, &entry))
        return false;
    *key = entry->key;
    *hash = entry->hash;
    return true;
}

bool set_update(Task *t, Value set, Value iterable)
{
    return set_update_internal(t, S(set), iterable);
}

Value set_display_const(Task *t, const Value *items, size_t n)
{
    Value tuple = tuple_from_array(items, n);
    if (!tuple)
        return err_no_memory(t);
    Value first = make_new_set(t, &frozenset_type, tuple);
    if (!first)
        return 0;
    /* CPython's compiler merges constants by rebuilding each frozenset from
     * its own iteration order: the order a program sees is the second one. */
    Value again = list_new(n);
    if (!again)
        return err_no_memory(t);
    size_t pos = 0;
    SetEntry *entry;
    while (set_next_entry(AS_SET(first), &pos, &entry))
        list_append(t, again, entry->key);
    return make_new_set(t, &frozenset_type, tuple_from_array(AS_LIST(again)->items, AS_LIST(again)->len));
}

/* ------------------------------------------------------------------------ */
/* Set algebra (CPython's set_intersection, set_difference, ...) */

static Value set_intersection(Task *t, SetObj *so, Value other)
{
    if (OBJ_VAL(so) == other || (anyset(other) && S(other) == so))
        return set_copy_of(t, so);
    Value result = make_new_set_basetype(t, so, 0);
    if (!result)
        return 0;
    SetObj *rs = AS_SET(result);
    if (anyset(other)) {
        SetObj *o = S(other);
        if (o->used > so->used) {
            SetObj *tmp = so;
            so = o;
            o = tmp;
        }
        size_t pos = 0;
        SetEntry *entry;
        while (set_next_entry(o, &pos, &entry)) {
            Value key = entry->key;
            int64_t hash = entry->hash;
            int rv = set_contains_entry(t, so, key, hash);
            if (rv < 0)
                return 0;
            if (rv && set_add_entry(t, rs, key, hash) < 0)
                return 0;
        }
        return result;
    }
    Value it = obj_iter(t, other);
    if (!it)
        return 0;
    for (;;) {
        Value key = obj_next(t, it);
        if (!key)
            return t->exc ? 0 : result;
        int64_t hash = dict_key_hash(t, key);
        if (hash == -1)
            return 0;
        int rv = set_contains_entry(t, so, key, hash);
        if (rv < 0)
            return 0;
        if (rv && set_add_entry(t, rs, key, hash) < 0)
            return 0;
    }
}

static Value set_intersection_multi(Task *t, SetObj *so, const Value *others, size_t n)
{
    if (n == 0)
        return set_copy_of(t, so);
    Value result = OBJ_VAL(so);
    for (size_t i = 0; i < n; i++) {
        result = set_intersection(t, AS_SET(result), others[i]);
        if (!result)
            return 0;
    }
    return result;
}

static bool set_difference_update_internal(Task *t, SetObj *so, Value other)
{
    if (anyset(other) && S(other) == so) {
        set_clear_internal(so);
        return true;
    }
    if (anyset(other)) {
        SetObj *o = S(other);
        /* When other is more than 8 times larger, walk its intersection with so. */
        if ((o->used >> 3) > so->used) {
            Value i = set_intersection(t, so, other);
            if (!i)
                return false;
            o = AS_SET(i);
        }
        size_t pos = 0;
        SetEntry *entry;
        while (set_next_entry(o, &pos, &entry)) {
            if (set_discard_entry(t, so, entry->key, entry->hash) < 0)
                return false;
        }
    } else {
        Value it = obj_iter(t, other);
        if (!it)
            return false;
        for (;;) {
            Value key = obj_next(t, it);
            if (!key) {
                if (t->exc)
                    return false;
                break;
            }
            if (set_discard_key(t, so, key) < 0)
                return false;
        }
    }
    /* More than 1/4 dummies: rebuild without them. */
    if (so->fill - so->used <= so->mask / 4)
        return true;
    return set_table_resize(t, so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static Value set_copy_and_difference(Task *t, SetObj *so, Value other)
{
    Value result = set_copy_of(t, so);
    if (!result || !set_difference_update_internal(t, AS_SET(result), other))
        return 0;
    return result;
}

static Value set_difference(Task *t, SetObj *so, Value other)
{
    size_t other_size;
    if (anyset(other))
        other_size = S(other)->used;
    else if (IS_DICT(other))
        other_size = AS_DICT(other)->used;
    else
        return set_copy_and_difference(t, so, other);

    /* When so is much larger than other, copying so and removing is faster. */
    if ((so->used >> 2) > other_size)
        return set_copy_and_difference(t, so, other);

    Value result = make_new_set_basetype(t, so, 0);
    if (!result)
        return 0;
    size_t pos = 0;
    SetEntry *entry;
    while (set_next_entry(so, &pos, &entry)) {
        Value key = entry->key;
        int64_t hash = entry->hash;
        int rv = IS_DICT(other) ? dict_contains_hash(t, AS_DICT(other), key, hash)
                                : set_contains_entry(t, S(other), key, hash);
        if (rv < 0)
            return 0;
        if (!rv && set_add_entry(t, AS_SET(result), key, hash) < 0)
            return 0;
    }
    return result;
}

static Value set_difference_multi(Task *t, SetObj *so, const Value *others, size_t n)
{
    if (n == 0)
        return set_copy_of(t, so);
    Value result = set_difference(t, so, others[0]);
    if (!result)
        return 0;
    for (size_t i = 1; i < n; i++) {
        if (!set_difference_update_internal(t, AS_SET(result), others[i]))
            return 0;
    }
    return result;
}

static bool set_symmetric_difference_update(Task *t, SetObj *so, Value other)
{
    if (anyset(other) && S(other) == so) {
        set_clear_internal(so);
        return true;
    }
    if (IS_DICT(other)) {
        size_t pos = 0;
        Value key;
        int64_t hash;
        while (dict_next_hash(AS_DICT(other), &pos, &key, NULL, &hash)) {
            int rv = set_discard_entry(t, so, key, hash);
            if (rv < 0)
                return false;
            if (rv == 0 && set_add_entry(t, so, key, hash) < 0)
                return false;
        }
        return true;
    }
    SetObj *o;
    if (anyset(other)) {
        o = S(other);
    } else {
        Value tmp = make_new_set_basetype(t, so, other);
        if (!tmp)
            return false;
        o = AS_SET(tmp);
    }
    size_t pos = 0;
    SetEntry *entry;
    while (set_next_entry(o, &pos, &entry)) {
        Value key = entry->key;
        int64_t hash = entry->hash;
        int rv = set_discard_entry(t, so, key, hash);
        if (rv < 0)
            return false;
        if (rv == 0 && set_add_entry(t, so, key, hash) < 0)
            return false;
    }
    return true;
}

static Value set_symmetric_difference(Task *t, SetObj *so, Value other)
{
    Value otherset = make_new_set_basetype(t, so, other);
    if (!otherset)
        return 0;
    if (!set_symmetric_difference_update(t, AS_SET(otherset), OBJ_VAL(so)))
        return 0;
    return otherset;
}

static int set_issubset(Task *t, SetObj *so, Value other)
{
    if (!anyset(other)) {
        Value tmp = set_intersection(t, so, other);
        if (!tmp)
            return -1;
        return AS_SET(tmp)->used == so->used;
    }
    SetObj *o = S(other);
    if (so->used > o->used)
        return 0;
    size_t pos = 0;
    SetEntry *entry;
    while (set_next_entry(so, &pos, &entry)) {
        int rv = set_contains_entry(t, o, entry->key, entry->hash);
        if (rv <= 0)
            return rv;
    }
    return 1;
}

static int set_issuperset(Task *t, SetObj *so, Value other)
{
    if (anyset(other))
        return set_issubset(t, S(other), OBJ_VAL(so));
    Value it = obj_iter(t, other);
    if (!it)
        return -1;
    for (;;) {
        Value key = obj_next(t, it);
        if (!key)
            return t->exc ? -1 : 1;
        int rv = set_contains_key(t, so, key);
        if (rv <= 0)
            return rv;
    }
}

static int set_isdisjoint(Task *t, SetObj *so, Value other)
{
    if (anyset(other) && S(other) == so)
        return so->used == 0;
    if (IS_TYPE(other, &set_type) || IS_TYPE(other, &frozenset_type)) {
        SetObj *o = S(other);
        if (o->used > so->used) {
            SetObj *tmp = so;
            so = o;
            o = tmp;
        }
        size_t pos = 0;
        SetEntry *entry;
        while (set_next_entry(o, &pos, &entry)) {
            int rv = set_contains_entry(t, so, entry->key, entry->hash);
            if (rv != 0)
                return rv < 0 ? -1 : 0;
        }
        return 1;
    }
    Value it = obj_iter(t, other);
    if (!it)
        return -1;
    for (;;) {
        Value key = obj_next(t, it);
        if (!key)
            return t->exc ? -1 : 1;
        int rv = set_contains_key(t, so, key);
        if (rv != 0)
            return rv < 0 ? -1 : 0;
    }
}

/* ------------------------------------------------------------------------ */
/* Slots */

static Value set_repr(Task *t, Value self)
{
    SetObj *so = S(self);
    const char *name = TYPE_OF(self)->name;
    int r = repr_enter(t, self);
    if (r != 0)
        return r > 0 ? str_format(t, "%s(...)", name) : 0;
    if (so->used == 0) {
        repr_leave(t, self);
        return str_format(t, "%s()", name);
    }
    Value keys = list_new(so->used);
    if (!keys) {
        repr_leave(t, self);
        return err_no_memory(t);
    }
    size_t pos = 0;
    SetEntry *entry;
    while (set_next_entry(so, &pos, &entry))
        list_append(t, keys, entry->key);
    StrBuf b;
    sb_init(&b, 32);
    bool plain = TYPE_OF(self) == &set_type;
    if (!plain) {
        sb_puts(&b, name);
        sb_putc(&b, '(');
    }
    sb_putc(&b, '{');
    ListObj *l = AS_LIST(keys);
    for (size_t i = 0; i < l->len; i++) {
        if (i)
            sb_puts(&b, ", ");
        if (!sb_put_repr(t, &b, l->items[i])) {
            repr_leave(t, self);
            return 0;
        }
    }
    sb_putc(&b, '}');
    if (!plain)
        sb_putc(&b, ')');
    repr_leave(t, self);
    return sb_finish(&b);
}

static uint64_t shuffle_bits(uint64_t h)
{
    return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
}

static int64_t frozenset_hash(Task *t, Value self)
{
    SetObj *so = S(self);
    int64_t cached = __atomic_load_n(&so->hash, __ATOMIC_RELAXED);
    if (cached != -1)
        return cached;
    uint64_t hash = 0;
    /* xor is order-independent; empty entries add zeros, removed below */
    for (size_t i = 0; i <= so->mask; i++)
        hash ^= shuffle_bits((uint64_t)so->table[i].hash);
    if ((so->mask + 1 - so->fill) & 1)
        hash ^= shuffle_bits(0);
    if ((so->fill - so->used) & 1)
        hash ^= shuffle_bits((uint64_t)-1);
    hash ^= ((uint64_t)so->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1)
        hash = 590923713UL;
    __atomic_store_n(&so->hash, (int64_t)hash, __ATOMIC_RELAXED);
    return (int64_t)hash;
}

static Value set_richcmp(Task *t, Value self, Value other, CmpOpKind op)
{
    if (!anyset(other))
        return V_NOTIMPL;
    SetObj *v = S(self), *w = S(other);
    int r;
    switch (op) {
    case CMP_EQ:
    case CMP_NOTEQ:
        if (v->used != w->used) {
            r = 0;
        } else if (v->hash != -1 && w->hash != -1 && v->hash != w->hash) {
            r = 0;
        } else if ((r = set_issubset(t, v, other)) < 0) {
            return 0;
        }
        return V_BOOL(op == CMP_EQ ? r : !r);
    case CMP_LTE:
        r = set_issubset(t, v, other);
        break;
    case CMP_GTE:
        r = set_issuperset(t, v, other);
        break;
    case CMP_LT:
        r = v->used < w->used ? set_issubset(t, v, other) : 0;
        break;
    case CMP_GT:
        r = v->used > w->used ? set_issuperset(t, v, other) : 0;
        break;
    default:
        return V_NOTIMPL;
    }
    return r < 0 ? 0 : V_BOOL(r);
}

static Value set_binop(Task *t, Value a, Value b, BinOpKind op, int side)
{
    if (!anyset(a) || !anyset(b))
        return V_NOTIMPL;
    SetObj *so = S(a);
    switch (op) {
    case BIN_BITOR: {
        Value r = set_copy_of(t, so);
        if (!r)
            return 0;
        if (S(b) != so && !set_update_internal(t, AS_SET(r), b))
            return 0;
        return r;
    }
    case BIN_BITAND:
        return set_intersection(t, so, b);
    case BIN_SUB:
        return set_difference(t, so, b);
    case BIN_BITXOR:
        return set_symmetric_difference(t, so, b);
    default:
        return V_NOTIMPL;
    }
}

static Value set_inplace(Task *t, Value a, Value b, BinOpKind op)
{
    if (!anyset(b))
        return V_NOTIMPL;
    SetObj *so = S(a);
    switch (op) {
    case BIN_BITOR:
        return set_update_internal(t, so, b) ? a : 0;
    case BIN_BITAND: {
        Value tmp = set_intersection(t, so, b);
        if (!tmp)
            return 0;
        set_swap_bodies(so, AS_SET(tmp));
        return a;
    }
    case BIN_SUB:
        return set_difference_update_internal(t, so, b) ? a : 0;
    case BIN_BITXOR:
        return set_symmetric_difference_update(t, so, b) ? a : 0;
    default:
        return V_NOTIMPL;
    }
}

static int set_truth(Task *t, Value self)
{
    return S(self)->used != 0;
}

static int64_t set_len(Task *t, Value self)
{
    return (int64_t)S(self)->used;
}

/* key in so; a set key that is unhashable is looked up as a frozenset. */
static int set_contains_slot(Task *t, Value self, Value key)
{
    SetObj *so = S(self);
    int rv = set_contains_key(t, so, key);
    if (rv < 0 && is_set(key) && err_matches(t, &exc_TypeError)) {
        err_clear(t);
        Value tmp = make_new_set(t, &frozenset_type, key);
        if (!tmp)
            return -1;
        rv = set_contains_key(t, so, tmp);
    }
    return rv;
}

static Value set_new_slot(Task *t, Type *type, const Value *args, size_t nargs, Value kwnames)
{
    if (type == &set_type && kwnames && TUPLE_LEN(kwnames) > 0)
        return err_format(t, &exc_TypeError, "set() takes no keyword arguments");
    return make_new_set(t, type, 0);
}

static bool set_init_slot(Task *t, Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_range(t, TYPE_OF(self)->name, "set", nargs, kwnames, 0, 1))
        return false;
    SetObj *so = S(self);
    if (so->fill)
        set_clear_internal(so);
    so->hash = -1;
    if (nargs == 0)
        return true;
    return set_update_internal(t, so, args[0]);
}

static Value frozenset_new_slot(Task *t, Type *type, const Value *args, size_t nargs,
                                Value kwnames)
{
    /* A subclass's own __init__ may take keywords. */
    if (!meth_check_range(t, type->name, "frozenset", nargs,
                          type == &frozenset_type ? kwnames : 0, 0, 1))
        return 0;
    Value iterable = nargs ? args[0] : 0;
    if (type == &frozenset_type && iterable && IS_TYPE(iterable, &frozenset_type))
        return iterable;
    return make_new_set(t, type, iterable);
}

/* ------------------------------------------------------------------------ */
/* Methods */

static Value m_add(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_one(t, "set.add", nargs - 1, kwnames))
        return 0;
    return set_add_key(t, S(args[0]), args[1]) < 0 ? 0 : V_NONE;
}

static Value m_clear(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_none(t, "set.clear", nargs - 1, kwnames))
        return 0;
    set_clear_internal(S(args[0]));
    return V_NONE;
}

static Value m_copy(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_none(t, "set.copy", nargs - 1, kwnames))
        return 0;
    return set_copy_of(t, S(args[0]));
}

static Value m_frozenset_copy(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_none(t, "frozenset.copy", nargs - 1, kwnames))
        return 0;
    if (IS_TYPE(args[0], &frozenset_type))
        return args[0];
    return set_copy_of(t, S(args[0]));
}

/* discard/remove: 1 removed, 0 missing, -1 error; an unhashable set key is
 * looked up as a frozenset. */
static int discard_key(Task *t, SetObj *so, Value key)
{
    int rv = set_discard_key(t, so, key);
    if (rv < 0 && is_set(key) && err_matches(t, &exc_TypeError)) {
        err_clear(t);
        Value tmp = make_new_set(t, &frozenset_type, key);
        if (!tmp)
            return -1;
        rv = set_discard_key(t, so, tmp);
    }
    return rv;
}

static Value m_discard(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_one(t, "set.discard", nargs - 1, kwnames))
        return 0;
    return discard_key(t, S(args[0]), args[1]) < 0 ? 0 : V_NONE;
}

static Value m_remove(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_one(t, "set.remove", nargs - 1, kwnames))
        return 0;
    int rv = discard_key(t, S(args[0]), args[1]);
    if (rv < 0)
        return 0;
    if (rv == 0) {
        Value exc = exc_new(t, &exc_KeyError, &args[1], 1);
        return exc ? err_set(t, exc) : 0;
    }
    return V_NONE;
}

Value set_pop(Task *t, Value set)
{
    SetObj *so = S(set);
    if (so->used == 0)
        return err_format(t, &exc_KeyError, "pop from an empty set");
    /* The search finger makes repeated pops cheap. */
    SetEntry *entry = so->table + (so->finger & so->mask);
    SetEntry *limit = so->table + so->mask;
    while (entry->key == 0 || entry->key == SET_DUMMY) {
        entry++;
        if (entry > limit)
            entry = so->table;
    }
    Value key = entry->key;
    entry->key = SET_DUMMY;
    entry->hash = -1;
    so->used--;
    so->finger = (size_t)(entry - so->table) + 1;
    return key;
}

static Value m_pop(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_none(t, "set.pop", nargs - 1, kwnames))
        return 0;
    return set_pop(t, args[0]);
}

#define MULTI_ARGS(qname) \
    if (kwnames && TUPLE_LEN(kwnames) > 0) \
        return err_format(t, &exc_TypeError, "%s() takes no keyword arguments", qname)

static Value m_union(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    MULTI_ARGS(is_frozen(S(args[0])) ? "frozenset.union" : "set.union");
    SetObj *so = S(args[0]);
    Value result = set_copy_of(t, so);
    if (!result)
        return 0;
    for (size_t i = 1; i < nargs; i++) {
        if (anyset(args[i]) && S(args[i]) == so)
            continue;
        if (!set_update_internal(t, AS_SET(result), args[i]))
            return 0;
    }
    return result;
}

static Value m_update(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    MULTI_ARGS("set.update");
    for (size_t i = 1; i < nargs; i++) {
        if (!set_update_internal(t, S(args[0]), args[i]))
            return 0;
    }
    return V_NONE;
}

static Value m_intersection(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    MULTI_ARGS(is_frozen(S(args[0])) ? "frozenset.intersection" : "set.intersection");
    return set_intersection_multi(t, S(args[0]), args + 1, nargs - 1);
}

static Value m_intersection_update(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    MULTI_ARGS("set.intersection_update");
    SetObj *so = S(args[0]);
    Value tmp = set_intersection_multi(t, so, args + 1, nargs - 1);
    if (!tmp)
        return 0;
    set_swap_bodies(so, AS_SET(tmp));
    return V_NONE;
}

static Value m_difference(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    MULTI_ARGS(is_frozen(S(args[0])) ? "frozenset.difference" : "set.difference");
    return set_difference_multi(t, S(args[0]), args + 1, nargs - 1);
}

static Value m_difference_update(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    MULTI_ARGS("set.difference_update");
    for (size_t i = 1; i < nargs; i++) {
        if (!set_difference_update_internal(t, S(args[0]), args[i]))
            return 0;
    }
    return V_NONE;
}

static Value m_symmetric_difference(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_one(t, is_frozen(S(args[0])) ? "frozenset.symmetric_difference"
                                                 : "set.symmetric_difference", nargs - 1, kwnames))
        return 0;
    return set_symmetric_difference(t, S(args[0]), args[1]);
}

static Value m_symmetric_difference_update(Task *t, const Value *args, size_t nargs,
                                           Value kwnames)
{
    if (!meth_check_one(t, "set.symmetric_difference_update", nargs - 1, kwnames))
        return 0;
    return set_symmetric_difference_update(t, S(args[0]), args[1]) ? V_NONE : 0;
}

static Value m_issubset(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_one(t, is_frozen(S(args[0])) ? "frozenset.issubset" : "set.issubset",
                        nargs - 1, kwnames))
        return 0;
    int r = set_issubset(t, S(args[0]), args[1]);
    return r < 0 ? 0 : V_BOOL(r);
}

static Value m_issuperset(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_one(t, is_frozen(S(args[0])) ? "frozenset.issuperset" : "set.issuperset",
                        nargs - 1, kwnames))
        return 0;
    int r = set_issuperset(t, S(args[0]), args[1]);
    return r < 0 ? 0 : V_BOOL(r);
}

static Value m_isdisjoint(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_one(t, is_frozen(S(args[0])) ? "frozenset.isdisjoint" : "set.isdisjoint",
                        nargs - 1, kwnames))
        return 0;
    int r = set_isdisjoint(t, S(args[0]), args[1]);
    return r < 0 ? 0 : V_BOOL(r);
}

static Value m_sizeof(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_none(t, "set.__sizeof__", nargs - 1, kwnames))
        return 0;
    SetObj *so = S(args[0]);
    intptr_t n = 200;
    if (so->table != so->small)
        n += (intptr_t)(so->mask + 1) * 16;
    return MAKE_SMALL(n);
}

static const MethodDef set_methods[] = {
    {"add", m_add, METH_PLAIN, "Add an element to a set.\n\nThis has no effect if the element is already present."},
    {"clear", m_clear, METH_PLAIN, "Remove all elements from this set."},
    {"copy", m_copy, METH_PLAIN, "Return a shallow copy of a set."},
    {"discard", m_discard, METH_PLAIN,
     "Remove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() method does not raise\n"
     "an exception when an element is missing from the set."},
    {"difference", m_difference, METH_PLAIN,
     "Return the difference of two or more sets as a new set.\n\n(i.e. all elements that are in this set but not the others.)"},
    {"difference_update", m_difference_update, METH_PLAIN,
     "Remove all elements of another set from this set."},
    {"intersection", m_intersection, METH_PLAIN,
     "Return the intersection of two sets as a new set.\n\n(i.e. all elements that are in both sets.)"},
    {"intersection_update", m_intersection_update, METH_PLAIN,
     "Update a set with the intersection of itself and another."},
    {"isdisjoint", m_isdisjoint, METH_PLAIN, "Return True if two sets have a null intersection."},
    {"issubset", m_issubset, METH_PLAIN, "Report whether another set contains this set."},
    {"issuperset", m_issuperset, METH_PLAIN, "Report whether this set contains another set."},
    {"pop", m_pop, METH_PLAIN,
     "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty."},
    {"remove", m_remove, METH_PLAIN,
     "Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise a KeyError."},
    {"symmetric_difference", m_symmetric_difference, METH_PLAIN,
     "Return the symmetric difference of two sets as a new set.\n\n(i.e. all elements that are in exactly one of the sets.)"},
    {"symmetric_difference_update", m_symmetric_difference_update, METH_PLAIN,
     "Update a set with the symmetric difference of itself and another."},
    {"union", m_union, METH_PLAIN,
     "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)"},
    {"update", m_update, METH_PLAIN, "Update a set with the union of itself and others."},
    {"__sizeof__", m_sizeof, METH_PLAIN, "S.__sizeof__() -> size of S in memory, in bytes"},
    {"__class_getitem__", generic_class_getitem, METH_CLASS,
     "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

static const MethodDef frozenset_methods[] = {
    {"copy", m_frozenset_copy, METH_PLAIN, "Return a shallow copy of a set."},
    {"difference", m_difference, METH_PLAIN,
     "Return the difference of two or more sets as a new set.\n\n(i.e. all elements that are in this set but not the others.)"},
    {"intersection", m_intersection, METH_PLAIN,
     "Return the intersection of two sets as a new set.\n\n(i.e. all elements that are in both sets.)"},
    {"isdisjoint", m_isdisjoint, METH_PLAIN, "Return True if two sets have a null intersection."},
    {"issubset", m_issubset, METH_PLAIN, "Report whether another set contains this set."},
    {"issuperset", m_issuperset, METH_PLAIN, "Report whether this set contains another set."},
    {"symmetric_difference", m_symmetric_difference, METH_PLAIN,
     "Return the symmetric difference of two sets as a new set.\n\n(i.e. all elements that are in exactly one of the sets.)"},
    {"union", m_union, METH_PLAIN,
     "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)"},
    {"__sizeof__", m_sizeof, METH_PLAIN, "S.__sizeof__() -> size of S in memory, in bytes"},
    {"__class_getitem__", generic_class_getitem, METH_CLASS,
     "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

/* ------------------------------------------------------------------------ */
/* Iterator */

static Value iter_self(Task *t, Value self)
{
    return self;
}

static Value set_iter(Task *t, Value self)
{
    SetIterObj *it = gc_alloc(sizeof(SetIterObj));
    if (!it)
        return err_no_memory(t);
    SetObj *so = S(self);
    it->hdr.type = &set_iter_type;
    it->set = OBJ_VAL(so);
    it->used = (int64_t)so->used;
    it->pos = 0;
    it->len = (int64_t)so->used;
    return OBJ_VAL(it);
}

static Value set_iter_next(Task *t, Value self)
{
    SetIterObj *it = (SetIterObj *)self;
    if (!it->set)
        return 0;
    SetObj *so = AS_SET(it->set);
    if (it->used != (int64_t)so->used) {
        it->used = -1;   /* the error repeats */
        return err_format(t, &exc_RuntimeError, "Set changed size during iteration");
    }
    size_t i = it->pos, mask = so->mask;
    SetEntry *table = so->table;
    while (i <= mask && (table[i].key == 0 || table[i].key == SET_DUMMY))
        i++;
    it->pos = i + 1;
    if (i > mask) {
        it->set = 0;
        return 0;
    }
    it->len--;
    return table[i].key;
}

static Value set_iter_hint(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_none(t, "set_iterator.__length_hint__", nargs - 1, kwnames))
        return 0;
    SetIterObj *it = (SetIterObj *)args[0];
    int64_t n = 0;
    if (it->set && it->used == (int64_t)AS_SET(it->set)->used)
        n = it->len;
    return MAKE_SMALL(n);
}

static const MethodDef set_iter_methods[] = {
    {"__length_hint__", set_iter_hint, METH_PLAIN,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

Type set_iter_type = {
    .hdr = {&type_type},
    .name = "set_iterator",
    .size = sizeof(SetIterObj),
    .methods = set_iter_methods,
    .iter = iter_self,
    .next = set_iter_next,
};
REGISTER_TYPE(set_iter_type);

Type set_type = {
    .hdr = {&type_type},
    .name = "set",
    .size = sizeof(SetObj),
    .flags = TF_BASETYPE | TF_SET,
    .methods = set_methods,
    .repr = set_repr,
    .hash = hash_unhashable,
    .richcmp = set_richcmp,
    .binop = set_binop,
    .inplace = set_inplace,
    .truth = set_truth,
    .len = set_len,
    .contains = set_contains_slot,
    .iter = set_iter,
    .new_ = set_new_slot,
    .init = set_init_slot,
};
REGISTER_TYPE(set_type);

Type frozenset_type = {
    .hdr = {&type_type},
    .name = "frozenset",
    .size = sizeof(SetObj),
    .flags = TF_BASETYPE | TF_SET,
    .methods = frozenset_methods,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcmp = set_richcmp,
    .binop = set_binop,
    .truth = set_truth,
    .len = set_len,
    .contains = set_contains_slot,
    .iter = set_iter,
    .new_ = frozenset_new_slot,
};
REGISTER_TYPE(frozenset_type);
