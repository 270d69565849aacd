/* dict.c - the dict type: CPython's compact, insertion-ordered hash table,
 * with its views (keys, values, items) and their iterators.
 *
 * Layout (dict.h): `index` is a sparse table of mask+1 int32 slots, each
 * EMPTY (-1), DUMMY (-2, a deleted key) or the number of an entry in the
 * dense `entries` array, which holds keys in insertion order. Probing is
 * CPython's: i = hash & mask, then i = (i*5 + perturb + 1) & mask with
 * perturb >>= 5 each step. Deleting clears the entry (key 0) and leaves a
 * DUMMY in the index; entries are only compacted when the table is rebuilt.
 *
 * Invariants: used <= nentries <= cap = 2/3 of the index size, so a probe
 * always meets an EMPTY slot. `version` changes whenever a key is added or
 * removed or the table is rebuilt, so an inline cache holding an entry
 * number stays valid while the version does. `str_keys` is true while every
 * key is an exact str: then lookups by str need no __eq__ and never run
 * Python code. An empty dict shares a static one-slot index and has no
 * entries until the first insertion. */
#include <gc/gc.h>
#include <string.h>

#include "dict.h"
#include "list.h"
#include "tuple.h"
#include "set.h"
#include "error.h"
#include "str.h"
#include "slice.h"
#include "genericalias.h"
#include "names.h"
#include "interp.h"
#include "alloc.h"

#define DKIX_EMPTY (-1)
#define DKIX_DUMMY (-2)
#define PERTURB_SHIFT 5
#define MIN_SIZE 8
#define USABLE(size) (((size) << 1) / 3)

/* lookup() results besides an entry number */
#define LOOKUP_MISSING (-1)
#define LOOKUP_ERROR (-3)

static const int32_t empty_index[1] = {DKIX_EMPTY};

static void dict_init_empty(DictObj *d)
{
    d->used = 0;
    d->nentries = 0;
    d->cap = 0;
    d->mask = 0;
    d->index = (int32_t *)empty_index;   /* never written: cap 0 forces a rebuild first */
    d->entries = NULL;
    d->str_keys = true;
}

static DictObj *dict_alloc(Type *type)
{
    size_t size = type->size > sizeof(DictObj) ? type->size : sizeof(DictObj);
    DictObj *d = gc_alloc(size);
    if (!d)
        return NULL;
    d->hdr.type = type;
    dict_init_empty(d);
    return d;
}

DictObj *dict_new(void)
{
    return dict_alloc(&dict_type);
}

Value dict_new_value(void)
{
    DictObj *d = dict_new();
    return d ? OBJ_VAL(d) : 0;
}

/* ------------------------------------------------------------------------ */
/* The table */

/* Rebuilds the table with the smallest power-of-two index of at least
 * minsize slots (and MIN_SIZE), compacting the entries. */
static bool dict_resize(Task *t, DictObj *d, size_t minsize)
{
    size_t size = MIN_SIZE;
    while (size < minsize)
        size <<= 1;
    size_t cap = USABLE(size);
    if (cap < d->used || size > ((size_t)1 << 31)) {
        if (t)
            err_no_memory(t);
        return false;
    }
    int32_t *index = GC_MALLOC_ATOMIC(size * sizeof(int32_t));
    DictEntry *entries = gc_alloc(cap * sizeof(DictEntry));
    if (!index || !entries) {
        if (t)
            err_no_memory(t);
        return false;
    }
    memset(index, 0xff, size * sizeof(int32_t));   /* all DKIX_EMPTY */
    size_t mask = size - 1, n = 0;
    for (size_t k = 0; k < d->nentries; k++) {
        DictEntry *e = &d->entries[k];
        if (!e->key)
            continue;
        entries[n] = *e;
        size_t i = (size_t)e->hash & mask, perturb = (size_t)e->hash;
        while (index[i] != DKIX_EMPTY) {
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + perturb + 1) & mask;
        }
        index[i] = (int32_t)n++;
    }
    d->index = index;
    d->entries = entries;
    d->mask = mask;
    d->cap = cap;
    d->nentries = n;
    d->version++;
    return true;
}

/* Index size for a table that will hold n keys without growing. */
static size_t size_for(size_t n)
{
    return (n * 3 + 1) / 2;
}

DictObj *dict_new_presized(size_t n)
{
    DictObj *d = dict_new();
    if (d && n > USABLE(MIN_SIZE) && !dict_resize(NULL, d, size_for(n)))
        return NULL;
    return d;
}

/* Finds key: its entry number (*slotp: its index slot), LOOKUP_MISSING or
 * LOOKUP_ERROR. May run __eq__, which may change the dict: then it starts
 * again. */
static int64_t lookup(Task *t, DictObj *d, Value key, int64_t hash, size_t *slotp)
{
restart:;
    size_t mask = d->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        int32_t ix = d->index[i];
        if (ix == DKIX_EMPTY)
            return LOOKUP_MISSING;
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            Value k = e->key;
            if (k == key) {
                *slotp = i;
                return ix;
            }
            if (e->hash == hash && !(IS_SMALL(k) && IS_SMALL(key))) {
                int c;
                if (!IS_SMALL(k) && !IS_SMALL(key) && AS_OBJ(k)->type == &str_type &&
                    AS_OBJ(key)->type == &str_type) {
                    c = str_eq(k, key);
                } else {
                    DictEntry *entries = d->entries;
                    c = obj_eq(t, k, key);
                    if (c < 0)
                        return LOOKUP_ERROR;
                    if (entries != d->entries || e->key != k)
                        goto restart;
                }
                if (c) {
                    *slotp = i;
                    return ix;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* Lookup of a str key that never runs Python code: keys that are not exact
 * str never match. */
static int64_t lookup_str(DictObj *d, Value key, int64_t hash, size_t *slotp)
{
    size_t mask = d->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        int32_t ix = d->index[i];
        if (ix == DKIX_EMPTY)
            return LOOKUP_MISSING;
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            if (e->key == key ||
                (e->hash == hash && !IS_SMALL(e->key) && AS_OBJ(e->key)->type == &str_type &&
                 str_eq(e->key, key))) {
                *slotp = i;
                return ix;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

static inline int64_t lookup_any(Task *t, DictObj *d, Value key, int64_t hash, size_t *slotp)
{
    if (d->str_keys && !IS_SMALL(key) && AS_OBJ(key)->type == &str_type)
        return lookup_str(d, key, hash, slotp);
    return lookup(t, d, key, hash, slotp);
}

static size_t find_empty_slot(DictObj *d, int64_t hash)
{
    size_t mask = d->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    while (d->index[i] >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* Appends a key known to be absent. */
static bool insert_new(Task *t, DictObj *d, Value key, int64_t hash, Value v)
{
    if (d->nentries >= d->cap && !dict_resize(t, d, d->used * 3))
        return false;
    size_t i = find_empty_slot(d, hash);
    size_t ix = d->nentries++;
    d->index[i] = (int32_t)ix;
    d->entries[ix].key = key;
    d->entries[ix].value = v;
    d->entries[ix].hash = hash;
    d->used++;
    d->version++;
    if (d->str_keys && (IS_SMALL(key) || AS_OBJ(key)->type != &str_type))
        d->str_keys = false;
    return true;
}

static bool set_hash(Task *t, DictObj *d, Value key, int64_t hash, Value v)
{
    size_t slot;
    int64_t ix = lookup_any(t, d, key, hash, &slot);
    if (ix >= 0) {
        d->entries[ix].value = v;
        return true;
    }
    if (ix == LOOKUP_ERROR)
        return false;
    return insert_new(t, d, key, hash, v);
}

/* Removes the entry ix found in index slot `slot`. */
static void delete_at(DictObj *d, size_t slot, int64_t ix)
{
    d->index[slot] = DKIX_DUMMY;
    d->entries[ix].key = 0;
    d->entries[ix].value = 0;
    d->used--;
    d->version++;
}

/* ------------------------------------------------------------------------ */
/* The C API */

Value dict_get(Task *t, DictObj *d, Value key)
{
    int64_t hash = dict_key_hash(t, key);
    if (hash == -1)
        return 0;
    size_t slot;
    int64_t ix = lookup_any(t, d, key, hash, &slot);
    return ix >= 0 ? d->entries[ix].value : 0;
}

Value dict_get_hash(Task *t, DictObj *d, Value key, int64_t hash)
{
    size_t slot;
    int64_t ix = lookup_any(t, d, key, hash, &slot);
    return ix >= 0 ? d->entries[ix].value : 0;
}

Value dict_get_str(DictObj *d, Value key)
{
    size_t slot;
    int64_t ix = lookup_str(d, key, str_hash(key), &slot);
    return ix >= 0 ? d->entries[ix].value : 0;
}

int64_t dict_find_str(DictObj *d, Value key)
{
    size_t slot;
    int64_t ix = lookup_str(d, key, str_hash(key), &slot);
    return ix >= 0 ? ix : -1;
}

Value dict_get_cstr(DictObj *d, const char *key)
{
    Value k = str_from_cstr(key);
    return k ? dict_get_str(d, k) : 0;
}

bool dict_set(Task *t, DictObj *d, Value key, Value v)
{
    int64_t hash = dict_key_hash(t, key);
    if (hash == -1)
        return false;
    return set_hash(t, d, key, hash, v);
}

bool dict_set_hash(Task *t, DictObj *d, Value key, int64_t hash, Value v)
{
    return set_hash(t, d, key, hash, v);
}

bool dict_set_str(DictObj *d, Value key, Value v)
{
    int64_t hash = str_hash(key);
    size_t slot;
    int64_t ix = lookup_str(d, key, hash, &slot);
    if (ix >= 0) {
        d->entries[ix].value = v;
        return true;
    }
    return insert_new(NULL, d, key, hash, v);
}

bool dict_set_cstr(DictObj *d, const char *key, Value v)
{
    Value k = str_from_cstr(key);
    return k && dict_set_str(d, k, v);
}

int dict_del(Task *t, DictObj *d, Value key)
{
    int64_t hash = dict_key_hash(t, key);
    if (hash == -1)
        return -1;
    size_t slot;
    int64_t ix = lookup_any(t, d, key, hash, &slot);
    if (ix == LOOKUP_ERROR)
        return -1;
    if (ix < 0)
        return 0;
    delete_at(d, slot, ix);
    return 1;
}

int dict_contains_hash(Task *t, DictObj *d, Value key, int64_t hash)
{
    size_t slot;
    int64_t ix = lookup_any(t, d, key, hash, &slot);
    return ix >= 0 ? 1 : ix == LOOKUP_ERROR ? -1 : 0;
}

int dict_del_hash(Task *t, DictObj *d, Value key, int64_t hash)
{
    size_t slot;
    int64_t ix = lookup_any(t, d, key, hash, &slot);
    if (ix < 0)
        return ix == LOOKUP_ERROR ? -1 : 0;
    delete_at(d, slot, ix);
    return 1;
}

bool dict_next(DictObj *d, size_t *pos, Value *key, Value *value)
{
    size_t i = *pos;
    while (i < d->nentries && !d->entries[i].key)
        i++;
    if (i >= d->nentries) {
        *pos = i;
        return false;
    }
    if (key)
        *key = d->entries[i].key;
    if (value)
        *value = d->entries[i].value;
    *pos = i + 1;
    return true;
}

bool dict_next_hash(DictObj *d, size_t *pos, Value *key, Value *value, int64_t *hash)
{
    if (!dict_next(d, pos, key, value))
        return false;
    *hash = d->entries[*pos - 1].hash;
    return true;
}

DictObj *dict_copy(DictObj *d)
{
    DictObj *c = dict_new();
    if (!c)
        return NULL;
    if (d->used == 0)
        return c;
    if (d->used == d->nentries) {
        /* No holes: the same table fits as it is. */
        size_t size = d->mask + 1;
        c->index = GC_MALLOC_ATOMIC(size * sizeof(int32_t));
        c->entries = gc_alloc(d->cap * sizeof(DictEntry));
        if (!c->index || !c->entries)
            return NULL;
        memcpy(c->index, d->index, size * sizeof(int32_t));
        memcpy(c->entries, d->entries, d->nentries * sizeof(DictEntry));
        c->mask = d->mask;
        c->cap = d->cap;
        c->nentries = d->nentries;
        c->used = d->used;
        c->str_keys = d->str_keys;
        return c;
    }
    if (!dict_resize(NULL, c, size_for(d->used)))
        return NULL;
    for (size_t i = 0; i < d->nentries; i++) {
        DictEntry *e = &d->entries[i];
        if (e->key && !insert_new(NULL, c, e->key, e->hash, e->value))
            return NULL;
    }
    return c;
}

void dict_clear(DictObj *d)
{
    dict_init_empty(d);
    d->version++;
}

/* ------------------------------------------------------------------------ */
/* Merging: dict.update, dict(...), |= */

static Value dict_iter(Task *t, Value self);

/* Inserts every item of the dict `other` (its iteration not overridden). */
static bool merge_dict(Task *t, DictObj *d, DictObj *o)
{
    if (o == d || o->used == 0)
        return true;
    /* Grow once, ahead of the insertions. */
    if ((d->cap - d->nentries) * 3 < o->used * 2 &&
        !dict_resize(t, d, size_for(d->used + o->used)))
        return false;
    size_t n = o->nentries;
    for (size_t i = 0; i < n && i < o->nentries; i++) {
        DictEntry e = o->entries[i];
        if (!e.key)
            continue;
        if (!set_hash(t, d, e.key, e.hash, e.value))
            return false;
        if (o->nentries != n) {
            err_format(t, &exc_RuntimeError, "dict mutated during update");
            return false;
        }
    }
    return true;
}

/* Merges a mapping other than a plain dict: other.keys(), then other[key]. */
static bool merge_mapping(Task *t, Value self, Value other)
{
    Value keys = obj_call_method(t, other, NAME(keys), NULL, 0);
    if (!keys)
        return false;
    Value it = obj_iter(t, keys);
    if (!it) {
        if (err_matches(t, &exc_TypeError)) {
            err_clear(t);
            err_format(t, &exc_TypeError, "%s.keys() returned a non-iterable (type %s)",
                       obj_type_name(other), obj_type_name(keys));
        }
        return false;
    }
    Value list = list_from_iter(t, it);
    if (!list)
        return false;
    for (size_t i = 0; i < AS_LIST(list)->len; i++) {
        Value k = AS_LIST(list)->items[i];
        Value v = obj_getitem(t, other, k);
        if (!v || !dict_set(t, AS_DICT(self), k, v))   /* a subclass's __setitem__ is not used */
            return false;
    }
    return true;
}

/* Inserts the pairs of an iterable (CPython's PyDict_MergeFromSeq2). */
static bool merge_pairs(Task *t, Value self, Value iterable)
{
    Value it = obj_iter(t, iterable);
    if (!it)
        return false;
    for (size_t i = 0;; i++) {
        Value item = obj_next(t, it);
        if (!item)
            return t->exc == 0;
        const Value *kv;
        size_t n;
        if (!seq_fast(t, item, NULL, &kv, &n)) {
            if (err_matches(t, &exc_TypeError)) {
                err_clear(t);
                err_format(t, &exc_TypeError,
                           "cannot convert dictionary update sequence element #%zu to a sequence", i);
            }
            return false;
        }
        if (n != 2) {
            err_format(t, &exc_ValueError,
                       "dictionary update sequence element #%zu has length %zu; 2 is required", i, n);
            return false;
        }
        if (!dict_set(t, AS_DICT(self), kv[0], kv[1]))
            return false;
    }
}

/* d.update(other) for one positional argument (dict_update_arg). */
static bool update_arg(Task *t, Value self, Value other)
{
    if (IS_DICT(other) || (IS_DICT_LIKE(other) && TYPE_OF(other)->iter == dict_iter))
        return merge_dict(t, AS_DICT(self), AS_DICT(other));
    Value keys = obj_getattr_opt(t, other, NAME(keys));
    if (!keys && t->exc)
        return false;
    if (keys)
        return merge_mapping(t, self, other);
    return merge_pairs(t, self, other);
}

bool dict_update(Task *t, DictObj *d, Value other)
{
    return update_arg(t, OBJ_VAL(d), other);
}

/* dict(*args, **kwargs) and d.update(*args, **kwargs). */
static bool update_common(Task *t, Value self, const Value *args, size_t nargs, Value kwnames,
                          const char *name)
{
    if (nargs > 1) {
        err_format(t, &exc_TypeError, "%s expected at most 1 argument, got %zu", name, nargs);
        return false;
    }
    if (nargs == 1 && !update_arg(t, self, args[0]))
        return false;
    size_t nkw = kwnames ? TUPLE_LEN(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++) {
        if (!dict_set(t, AS_DICT(self), TUPLE_ITEM(kwnames, i), args[nargs + i]))
            return false;
    }
    return true;
}

/* ------------------------------------------------------------------------ */
/* Slots */

static Value dict_repr(Task *t, Value self)
{
    DictObj *d = AS_DICT(self);
    int r = repr_enter(t, self);
    if (r != 0)
        return r > 0 ? str_from_cstr("{...}") : 0;
    if (d->used == 0) {
        repr_leave(t, self);
        return str_from_cstr("{}");
    }
    StrBuf b;
    sb_init(&b, 32);
    sb_putc(&b, '{');
    bool first = true;
    for (size_t i = 0; i < d->nentries; i++) {   /* a __repr__ may change the dict */
        DictEntry e = d->entries[i];
        if (!e.key)
            continue;
        if (!first)
            sb_puts(&b, ", ");
        first = false;
        if (!sb_put_repr(t, &b, e.key)) {
            repr_leave(t, self);
            return 0;
        }
        sb_puts(&b, ": ");
        if (!sb_put_repr(t, &b, e.value)) {
            repr_leave(t, self);
            return 0;
        }
    }
    sb_putc(&b, '}');
    repr_leave(t, self);
    return sb_finish(&b);
}

/* a == b for dicts: same length, and every key of a maps to equal values. */
static int dict_equal(Task *t, DictObj *a, DictObj *b)
{
    if (a->used != b->used)
        return 0;
    for (size_t i = 0; i < a->nentries; i++) {
        DictEntry e = a->entries[i];
        if (!e.key)
            continue;
        size_t slot;
        int64_t ix = lookup_any(t, b, e.key, e.hash, &slot);
        if (ix == LOOKUP_ERROR)
            return -1;
        if (ix < 0)
            return 0;
        Value bv = b->entries[ix].value;
        if (bv != e.value) {
            int c = obj_eq(t, e.value, bv);
            if (c <= 0)
                return c;
        }
    }
    return 1;
}

static Value dict_richcmp(Task *t, Value self, Value other, CmpOpKind op)
{
    if (!IS_DICT_LIKE(other) || (op != CMP_EQ && op != CMP_NOTEQ))
        return V_NOTIMPL;
    int c = dict_equal(t, AS_DICT(self), AS_DICT(other));
    if (c < 0)
        return 0;
    return V_BOOL(op == CMP_EQ ? c : !c);
}

static Value dict_binop(Task *t, Value a, Value b, BinOpKind op, int side)
{
    if (op != BIN_BITOR || !IS_DICT_LIKE(a) || !IS_DICT_LIKE(b))
        return V_NOTIMPL;
    DictObj *c = dict_copy(AS_DICT(a));
    if (!c)
        return err_no_memory(t);
    if (!update_arg(t, OBJ_VAL(c), b))
        return 0;
    return OBJ_VAL(c);
}

static Value dict_inplace(Task *t, Value a, Value b, BinOpKind op)
{
    if (op != BIN_BITOR)
        return V_NOTIMPL;
    return update_arg(t, a, b) ? a : 0;
}

static int dict_truth(Task *t, Value self)
{
    return AS_DICT(self)->used != 0;
}

static int64_t dict_len(Task *t, Value self)
{
    return (int64_t)AS_DICT(self)->used;
}

static Value key_error(Task *t, Value key)
{
    Value exc = exc_new(t, &exc_KeyError, &key, 1);
    return exc ? err_set(t, exc) : 0;
}

static Value dict_getitem(Task *t, Value self, Value key)
{
    DictObj *d = AS_DICT(self);
    int64_t hash = dict_key_hash(t, key);
    if (hash == -1)
        return 0;
    size_t slot;
    int64_t ix = lookup_any(t, d, key, hash, &slot);
    if (ix >= 0)
        return d->entries[ix].value;
    if (ix == LOOKUP_ERROR)
        return 0;
    if (!IS_DICT(self)) {
        Value missing = type_lookup(TYPE_OF(self), NAME(__missing__));
        if (missing) {
            Value args[2] = {self, key};
            return obj_call(t, missing, args, 2, 0);
        }
    }
    return key_error(t, key);
}

static bool dict_setitem(Task *t, Value self, Value key, Value v)
{
    DictObj *d = AS_DICT(self);
    if (v)
        return dict_set(t, d, key, v);
    int r = dict_del(t, d, key);
    if (r == 0)
        key_error(t, key);
    return r > 0;
}

static int dict_contains(Task *t, Value self, Value key)
{
    DictObj *d = AS_DICT(self);
    int64_t hash = dict_key_hash(t, key);
    if (hash == -1)
        return -1;
    return dict_contains_hash(t, d, key, hash);
}

static Value dict_new_slot(Task *t, Type *type, const Value *args, size_t nargs, Value kwnames)
{
    DictObj *d = dict_alloc(type);
    return d ? OBJ_VAL(d) : err_no_memory(t);
}

static bool dict_init_slot(Task *t, Value self, const Value *args, size_t nargs, Value kwnames)
{
    return update_common(t, self, args, nargs, kwnames, "dict");
}

/* ------------------------------------------------------------------------ */
/* Methods */

static Value view_new(Task *t, Value dict, Type *type);
static Value dict_reviter_new(Task *t, Value dict, Type *type);

static Value m_keys(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_none(t, "dict.keys", nargs - 1, kwnames))
        return 0;
    return view_new(t, args[0], &dict_keys_type);
}

static Value m_values(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_none(t, "dict.values", nargs - 1, kwnames))
        return 0;
    return view_new(t, args[0], &dict_values_type);
}

static Value m_items(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_none(t, "dict.items", nargs - 1, kwnames))
        return 0;
    return view_new(t, args[0], &dict_items_type);
}

static Value m_get(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_range(t, "get", "dict.get", nargs - 1, kwnames, 1, 2))
        return 0;
    Value v = dict_get(t, AS_DICT(args[0]), args[1]);
    if (v)
        return v;
    if (t->exc)
        return 0;
    return nargs > 2 ? args[2] : V_NONE;
}

static Value m_setdefault(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_range(t, "setdefault", "dict.setdefault", nargs - 1, kwnames, 1, 2))
        return 0;
    DictObj *d = AS_DICT(args[0]);
    Value key = args[1], dflt = nargs > 2 ? args[2] : V_NONE;
    int64_t hash = dict_key_hash(t, key);
    if (hash == -1)
        return 0;
    size_t slot;
    int64_t ix = lookup_any(t, d, key, hash, &slot);
    if (ix >= 0)
        return d->entries[ix].value;
    if (ix == LOOKUP_ERROR || !insert_new(t, d, key, hash, dflt))
        return 0;
    return dflt;
}

Value dict_pop(Task *t, DictObj *d, Value key, Value dflt)
{
    if (d->used == 0) {
        if (dflt)
            return dflt;
        return key_error(t, key);
    }
    int64_t hash = dict_key_hash(t, key);
    if (hash == -1)
        return 0;
    size_t slot;
    int64_t ix = lookup_any(t, d, key, hash, &slot);
    if (ix == LOOKUP_ERROR)
        return 0;
    if (ix < 0)
        return dflt ? dflt : key_error(t, key);
    Value v = d->entries[ix].value;
    delete_at(d, slot, ix);
    return v;
}

static Value m_pop(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_range(t, "pop", "dict.pop", nargs - 1, kwnames, 1, 2))
        return 0;
    return dict_pop(t, AS_DICT(args[0]), args[1], nargs > 2 ? args[2] : 0);
}

static Value m_popitem(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_none(t, "dict.popitem", nargs - 1, kwnames))
        return 0;
    DictObj *d = AS_DICT(args[0]);
    if (d->used == 0)
        return err_format(t, &exc_KeyError, "popitem(): dictionary is empty");
    size_t i = d->nentries - 1;
    while (!d->entries[i].key)
        i--;
    DictEntry e = d->entries[i];
    Value r = tuple_pack(2, e.key, e.value);
    if (!r)
        return err_no_memory(t);
    size_t mask = d->mask, slot = (size_t)e.hash & mask, perturb = (size_t)e.hash;
    while (d->index[slot] != (int32_t)i) {
        perturb >>= PERTURB_SHIFT;
        slot = (slot * 5 + perturb + 1) & mask;
    }
    delete_at(d, slot, (int64_t)i);
    /* The trailing entries are free again; the capacity shrinks with them so
     * the index keeps an EMPTY slot for every free entry (its DUMMYs stay). */
    d->cap -= d->nentries - i;
    d->nentries = i;
    return r;
}

static Value m_update(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    return update_common(t, args[0], args + 1, nargs - 1, kwnames, "update") ? V_NONE : 0;
}

static Value m_clear(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_none(t, "dict.clear", nargs - 1, kwnames))
        return 0;
    dict_clear(AS_DICT(args[0]));
    return V_NONE;
}

static Value m_copy(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_none(t, "dict.copy", nargs - 1, kwnames))
        return 0;
    DictObj *c = dict_copy(AS_DICT(args[0]));
    return c ? OBJ_VAL(c) : err_no_memory(t);
}

static Value m_fromkeys(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_range(t, "fromkeys", "dict.fromkeys", nargs - 1, kwnames, 1, 2))
        return 0;
    Value cls = args[0], iterable = args[1], value = nargs > 2 ? args[2] : V_NONE;
    Value d = obj_call(t, cls, NULL, 0, 0);
    if (!d)
        return 0;
    if (IS_DICT(d) && AS_DICT(d)->used == 0) {
        DictObj *dd = AS_DICT(d);
        if (IS_DICT(iterable)) {
            DictObj *src = AS_DICT(iterable);
            if (!dict_resize(t, dd, size_for(src->used)))
                return 0;
            for (size_t i = 0; i < src->nentries; i++) {
                DictEntry e = src->entries[i];
                if (e.key && !set_hash(t, dd, e.key, e.hash, value))
                    return 0;
            }
            return d;
        }
        if (IS_TYPE(iterable, &set_type) || IS_TYPE(iterable, &frozenset_type)) {
            if (!dict_resize(t, dd, size_for(AS_SET(iterable)->used)))
                return 0;
            size_t pos = 0;
            Value key;
            int64_t hash;
            while (set_next_hash(iterable, &pos, &key, &hash)) {
                if (!set_hash(t, dd, key, hash, value))
                    return 0;
            }
            return d;
        }
    }
    Value it = obj_iter(t, iterable);
    if (!it)
        return 0;
    for (;;) {
        Value key = obj_next(t, it);
        if (!key)
            return t->exc ? 0 : d;
        if (IS_DICT(d) ? !dict_set(t, AS_DICT(d), key, value) : !obj_setitem(t, d, key, value))
            return 0;
    }
}

static Value m_reversed(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_none(t, "dict.__reversed__", nargs - 1, kwnames))
        return 0;
    return dict_reviter_new(t, args[0], &dict_revkeyiter_type);
}

static Value m_sizeof(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_none(t, "dict.__sizeof__", nargs - 1, kwnames))
        return 0;
    DictObj *d = AS_DICT(args[0]);
    intptr_t n = 48;
    if (d->cap)
        n += 32 + (intptr_t)(d->mask + 1) * 4 + (intptr_t)d->cap * 24;
    return MAKE_SMALL(n);
}

static const MethodDef dict_methods[] = {
    {"__sizeof__", m_sizeof, METH_PLAIN, "D.__sizeof__() -> size of D in memory, in bytes"},
    {"get", m_get, METH_PLAIN, "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", m_setdefault, METH_PLAIN,
     "Insert key with a value of default if key is not in the dictionary.\n\n"
     "Return the value for key if key is in the dictionary, else default."},
    {"pop", m_pop, METH_PLAIN,
     "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\n"
     "If the key is not found, return the default if given; otherwise,\nraise a KeyError."},
    {"popitem", m_popitem, METH_PLAIN,
     "Remove and return a (key, value) pair as a 2-tuple.\n\n"
     "Pairs are returned in LIFO (last-in, first-out) order.\n"
     "Raises KeyError if the dict is empty."},
    {"keys", m_keys, METH_PLAIN, "D.keys() -> a set-like object providing a view on D's keys"},
    {"items", m_items, METH_PLAIN, "D.items() -> a set-like object providing a view on D's items"},
    {"values", m_values, METH_PLAIN, "D.values() -> an object providing a view on D's values"},
    {"update", m_update, METH_PLAIN,
     "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.\n"
     "If E is present and has a .keys() method, then does:  for k in E: D[k] = E[k]\n"
     "If E is present and lacks a .keys() method, then does:  for k, v in E: D[k] = v\n"
     "In either case, this is followed by: for k in F:  D[k] = F[k]"},
    {"fromkeys", m_fromkeys, METH_CLASS,
     "Create a new dictionary with keys from iterable and values set to value."},
    {"clear", m_clear, METH_PLAIN, "D.clear() -> None.  Remove all items from D."},
    {"copy", m_copy, METH_PLAIN, "D.copy() -> a shallow copy of D"},
    {"__reversed__", m_reversed, METH_PLAIN, "Return a reverse iterator over the dict keys."},
    {"__class_getitem__", generic_class_getitem, METH_CLASS,
     "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

/* ------------------------------------------------------------------------ */
/* Iterators: keys, values or items, forwards or backwards */

typedef enum { IT_KEYS, IT_VALUES, IT_ITEMS } IterKind;

static Value iter_self(Task *t, Value self)
{
    return self;
}

static Value dict_iter_new(Task *t, Value dict, Type *type)
{
    DictIterObj *it = gc_alloc(sizeof(DictIterObj));
    if (!it)
        return err_no_memory(t);
    it->hdr.type = type;
    it->dict = dict;
    it->pos = 0;
    it->used = (int64_t)AS_DICT(dict)->used;
    it->len = it->used;
    return OBJ_VAL(it);
}

static Value dict_reviter_new(Task *t, Value dict, Type *type)
{
    Value r = dict_iter_new(t, dict, type);
    if (r)
        ((DictIterObj *)r)->pos = (int64_t)AS_DICT(dict)->nentries - 1;
    return r;
}

static Value dict_iter(Task *t, Value self)
{
    return dict_iter_new(t, self, &dict_keyiter_type);
}

static Value iter_result(Task *t, DictEntry *e, IterKind kind)
{
    if (kind == IT_KEYS)
        return e->key;
    if (kind == IT_VALUES)
        return e->value;
    Value r = tuple_pack(2, e->key, e->value);
    return r ? r : err_no_memory(t);
}

static Value dictiter_next(Task *t, Value self, IterKind kind)
{
    DictIterObj *it = (DictIterObj *)self;
    if (!it->dict)
        return 0;
    DictObj *d = AS_DICT(it->dict);
    if (it->used != (int64_t)d->used) {
        it->used = -1;   /* the error repeats */
        return err_format(t, &exc_RuntimeError, "dictionary changed size during iteration");
    }
    int64_t i = it->pos, n = (int64_t)d->nentries;
    while (i < n && !d->entries[i].key)
        i++;
    if (i >= n) {
        it->dict = 0;
        return 0;
    }
    if (it->len == 0) {
        it->dict = 0;
        return err_format(t, &exc_RuntimeError, "dictionary keys changed during iteration");
    }
    it->pos = i + 1;
    it->len--;
    return iter_result(t, &d->entries[i], kind);
}

static Value dictreviter_next(Task *t, Value self, IterKind kind)
{
    DictIterObj *it = (DictIterObj *)self;
    if (!it->dict)
        return 0;
    DictObj *d = AS_DICT(it->dict);
    if (it->used != (int64_t)d->used) {
        it->used = -1;
        return err_format(t, &exc_RuntimeError, "dictionary changed size during iteration");
    }
    int64_t i = it->pos;
    if (i >= (int64_t)d->nentries)
        i = (int64_t)d->nentries - 1;
    while (i >= 0 && !d->entries[i].key)
        i--;
    if (i < 0) {
        it->dict = 0;
        return 0;
    }
    it->pos = i - 1;
    it->len--;
    return iter_result(t, &d->entries[i], kind);
}

static Value keyiter_next(Task *t, Value self) { return dictiter_next(t, self, IT_KEYS); }
static Value valueiter_next(Task *t, Value self) { return dictiter_next(t, self, IT_VALUES); }
static Value itemiter_next(Task *t, Value self) { return dictiter_next(t, self, IT_ITEMS); }
static Value revkeyiter_next(Task *t, Value self) { return dictreviter_next(t, self, IT_KEYS); }
static Value revvalueiter_next(Task *t, Value self) { return dictreviter_next(t, self, IT_VALUES); }
static Value revitemiter_next(Task *t, Value self) { return dictreviter_next(t, self, IT_ITEMS); }

static Value dictiter_hint(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_none(t, "__length_hint__", nargs - 1, kwnames))
        return 0;
    DictIterObj *it = (DictIterObj *)args[0];
    int64_t n = 0;
    if (it->dict && it->used == (int64_t)AS_DICT(it->dict)->used)
        n = it->len;
    return MAKE_SMALL(n);
}

static const MethodDef dictiter_methods[] = {
    {"__length_hint__", dictiter_hint, METH_PLAIN,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

#define DICT_ITER_TYPE(var, tname, nextfn) \
    Type var = { \
        .hdr = {&type_type}, \
        .name = tname, \
        .size = sizeof(DictIterObj), \
        .methods = dictiter_methods, \
        .iter = iter_self, \
        .next = nextfn, \
    }; \
    REGISTER_TYPE(var);

DICT_ITER_TYPE(dict_keyiter_type, "dict_keyiterator", keyiter_next)
DICT_ITER_TYPE(dict_valueiter_type, "dict_valueiterator", valueiter_next)
DICT_ITER_TYPE(dict_itemiter_type, "dict_itemiterator", itemiter_next)
DICT_ITER_TYPE(dict_revkeyiter_type, "dict_reversekeyiterator", revkeyiter_next)
DICT_ITER_TYPE(dict_revvalueiter_type, "dict_reversevalueiterator", revvalueiter_next)
DICT_ITER_TYPE(dict_revitemiter_type, "dict_reverseitemiterator", revitemiter_next)

/* ------------------------------------------------------------------------ */
/* Views */

static Value view_new(Task *t, Value dict, Type *type)
{
    DictViewObj *v = gc_alloc(sizeof(DictViewObj));
    if (!v)
        return err_no_memory(t);
    v->hdr.type = type;
    v->dict = dict;
    return OBJ_VAL(v);
}

#define VIEW_DICT(v) (((DictViewObj *)(v))->dict)
#define IS_KEYS_VIEW(v) IS_TYPE(v, &dict_keys_type)
#define IS_ITEMS_VIEW(v) IS_TYPE(v, &dict_items_type)
#define IS_SET_VIEW(v) (IS_KEYS_VIEW(v) || IS_ITEMS_VIEW(v))

static int64_t view_len(Task *t, Value self)
{
    return (int64_t)AS_DICT(VIEW_DICT(self))->used;
}

static Value view_repr(Task *t, Value self)
{
    int r = repr_enter(t, self);
    if (r != 0)
        return r > 0 ? str_from_cstr("...") : 0;
    Value list = list_from_iter(t, self);
    Value s = list ? str_format(t, "%s(%R)", obj_type_name(self), list) : 0;
    repr_leave(t, self);
    return s;
}

static Value keys_iter(Task *t, Value self)
{
    return dict_iter_new(t, VIEW_DICT(self), &dict_keyiter_type);
}

static Value values_iter(Task *t, Value self)
{
    return dict_iter_new(t, VIEW_DICT(self), &dict_valueiter_type);
}

static Value items_iter(Task *t, Value self)
{
    return dict_iter_new(t, VIEW_DICT(self), &dict_itemiter_type);
}

static int keys_contains(Task *t, Value self, Value key)
{
    return dict_contains(t, VIEW_DICT(self), key);
}

static int items_contains(Task *t, Value self, Value item)
{
    if (!IS_TUPLE(item) || TUPLE_LEN(item) != 2)
        return 0;
    Value key = TUPLE_ITEM(item, 0), value = TUPLE_ITEM(item, 1);
    Value found = dict_get(t, AS_DICT(VIEW_DICT(self)), key);
    if (!found)
        return t->exc ? -1 : 0;
    return obj_eq(t, found, value);
}

/* Every item of a is in b (for view comparisons). */
static int all_contained_in(Task *t, Value a, Value b)
{
    Value it = obj_iter(t, a);
    if (!it)
        return -1;
    for (;;) {
        Value x = obj_next(t, it);
        if (!x)
            return t->exc ? -1 : 1;
        int r = obj_contains(t, b, x);
        if (r <= 0)
            return r;
    }
}

static Value view_richcmp(Task *t, Value self, Value other, CmpOpKind op)
{
    if (!IS_SET_LIKE(other) && !IS_SET_VIEW(other))
        return V_NOTIMPL;
    int64_t ls = view_len(t, self), lo = obj_len(t, other);
    if (lo < 0)
        return 0;
    int ok = 0;
    switch (op) {
    case CMP_EQ:
    case CMP_NOTEQ:
        if (ls == lo)
            ok = all_contained_in(t, self, other);
        if (op == CMP_NOTEQ && ok >= 0)
            ok = !ok;
        break;
    case CMP_LT:
        if (ls < lo)
            ok = all_contained_in(t, self, other);
        break;
    case CMP_LTE:
        if (ls <= lo)
            ok = all_contained_in(t, self, other);
        break;
    case CMP_GT:
        if (ls > lo)
            ok = all_contained_in(t, other, self);
        break;
    case CMP_GTE:
        if (ls >= lo)
            ok = all_contained_in(t, other, self);
        break;
    default:
        return V_NOTIMPL;
    }
    return ok < 0 ? 0 : V_BOOL(ok);
}

/* set(v); a keys view of a plain dict takes the dict's stored hashes. */
static Value view_to_set(Task *t, Value v)
{
    if (IS_KEYS_VIEW(v) && IS_DICT(VIEW_DICT(v)))
        v = VIEW_DICT(v);
    return set_from_iter(t, &set_type, v);
}

/* dict_items ^ dict_items, CPython's dictitems_xor. */
static Value items_xor(Task *t, Value self, Value other)
{
    DictObj *d1 = AS_DICT(VIEW_DICT(self)), *d2 = AS_DICT(VIEW_DICT(other));
    DictObj *tmp = dict_copy(d1);
    Value result = set_new(&set_type);
    if (!tmp || !result)
        return err_no_memory(t);
    size_t pos = 0;
    Value key, val2;
    int64_t hash;
    while (dict_next_hash(d2, &pos, &key, &val2, &hash)) {
        Value val1 = dict_get_hash(t, tmp, key, hash);
        int del = 0;
        if (!val1) {
            if (t->exc)
                return 0;
        } else if ((del = obj_eq(t, val1, val2)) < 0) {
            return 0;
        }
        if (del) {
            if (dict_del_hash(t, tmp, key, hash) < 0)
                return 0;
        } else {
            Value pair = tuple_pack(2, key, val2);
            if (!pair)
                return err_no_memory(t);
            if (set_add(t, result, pair) < 0)
                return 0;
        }
    }
    Value rest = view_new(t, OBJ_VAL(tmp), &dict_items_type);
    if (!rest || !set_update(t, result, rest))
        return 0;
    return result;
}

/* view & other, CPython's _PyDictView_Intersect. */
static Value view_and(Task *t, Value self, Value other)
{
    if (!IS_SET_VIEW(self)) {
        Value tmp = self;
        self = other;
        other = tmp;
    }
    int64_t len_self = view_len(t, self);
    if (IS_TYPE(other, &set_type)) {
        int64_t lo = obj_len(t, other);
        if (lo < 0)
            return 0;
        if (len_self <= lo) {
            Value name = str_intern_cstr("intersection");
            return obj_call_method(t, other, name, &self, 1);
        }
    }
    if (IS_SET_VIEW(other) && view_len(t, other) > len_self) {
        Value tmp = self;
        self = other;
        other = tmp;
    }
    Value result = set_new(&set_type);
    if (!result)
        return err_no_memory(t);
    Value it = obj_iter(t, other);
    if (!it)
        return 0;
    bool keys = IS_KEYS_VIEW(self);
    for (;;) {
        Value x = obj_next(t, it);
        if (!x)
            return t->exc ? 0 : result;
        int r = keys ? keys_contains(t, self, x) : items_contains(t, self, x);
        if (r < 0 || (r && set_add(t, result, x) < 0))
            return 0;
    }
}

static Value view_binop(Task *t, Value a, Value b, BinOpKind op, int side)
{
    if (op == BIN_BITAND)
        return view_and(t, a, b);
    if (op == BIN_BITXOR && IS_ITEMS_VIEW(a) && IS_ITEMS_VIEW(b))
        return items_xor(t, a, b);
    if (op != BIN_BITOR && op != BIN_SUB && op != BIN_BITXOR)
        return V_NOTIMPL;
    Value result = view_to_set(t, a);
    if (!result)
        return 0;
    bool ok;
    if (op == BIN_BITOR) {
        ok = set_update(t, result, b);
    } else {
        const char *name = op == BIN_SUB ? "difference_update" : "symmetric_difference_update";
        ok = obj_call_method(t, result, str_intern_cstr(name), &b, 1) != 0;
    }
    return ok ? result : 0;
}

static Value view_isdisjoint(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_one(t, IS_KEYS_VIEW(args[0]) ? "dict_keys.isdisjoint" : "dict_items.isdisjoint",
                        nargs - 1, kwnames))
        return 0;
    Value self = args[0], other = args[1];
    if (self == other)
        return V_BOOL(view_len(t, self) == 0);
    if (IS_SET_LIKE(other) || IS_SET_VIEW(other)) {
        int64_t ls = view_len(t, self), lo = obj_len(t, other);
        if (lo < 0)
            return 0;
        if (lo > ls) {
            Value tmp = self;
            self = other;
            other = tmp;
        }
    }
    Value it = obj_iter(t, other);
    if (!it)
        return 0;
    for (;;) {
        Value x = obj_next(t, it);
        if (!x)
            return t->exc ? 0 : V_TRUE;
        int r = obj_contains(t, self, x);
        if (r < 0)
            return 0;
        if (r)
            return V_FALSE;
    }
}

static Value keys_reversed(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_none(t, "dict_keys.__reversed__", nargs - 1, kwnames))
        return 0;
    return dict_reviter_new(t, VIEW_DICT(args[0]), &dict_revkeyiter_type);
}

static Value values_reversed(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_none(t, "dict_values.__reversed__", nargs - 1, kwnames))
        return 0;
    return dict_reviter_new(t, VIEW_DICT(args[0]), &dict_revvalueiter_type);
}

static Value items_reversed(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_none(t, "dict_items.__reversed__", nargs - 1, kwnames))
        return 0;
    return dict_reviter_new(t, VIEW_DICT(args[0]), &dict_revitemiter_type);
}

static const MethodDef keys_methods[] = {
    {"isdisjoint", view_isdisjoint, METH_PLAIN,
     "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", keys_reversed, METH_PLAIN,
     "Return a reverse iterator over the dict keys."},
    {NULL, NULL, 0, NULL},
};

static const MethodDef items_methods[] = {
    {"isdisjoint", view_isdisjoint, METH_PLAIN,
     "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", items_reversed, METH_PLAIN,
     "Return a reverse iterator over the dict items."},
    {NULL, NULL, 0, NULL},
};

static const MethodDef values_methods[] = {
    {"__reversed__", values_reversed, METH_PLAIN,
     "Return a reverse iterator over the dict values."},
    {NULL, NULL, 0, NULL},
};

Type dict_keys_type = {
    .hdr = {&type_type},
    .name = "dict_keys",
    .size = sizeof(DictViewObj),
    .methods = keys_methods,
    .repr = view_repr,
    .hash = hash_unhashable,
    .richcmp = view_richcmp,
    .binop = view_binop,
    .len = view_len,
    .contains = keys_contains,
    .iter = keys_iter,
};
REGISTER_TYPE(dict_keys_type);

Type dict_items_type = {
    .hdr = {&type_type},
    .name = "dict_items",
    .size = sizeof(DictViewObj),
    .methods = items_methods,
    .repr = view_repr,
    .hash = hash_unhashable,
    .richcmp = view_richcmp,
    .binop = view_binop,
    .len = view_len,
    .contains = items_contains,
    .iter = items_iter,
};
REGISTER_TYPE(dict_items_type);

Type dict_values_type = {
    .hdr = {&type_type},
    .name = "dict_values",
    .size = sizeof(DictViewObj),
    .methods = values_methods,
    .repr = view_repr,
    .len = view_len,
    .iter = values_iter,
};
REGISTER_TYPE(dict_values_type);

Type dict_type = {
    .hdr = {&type_type},
    .name = "dict",
    .size = sizeof(DictObj),
    .flags = TF_BASETYPE | TF_DICT,
    .methods = dict_methods,
    .repr = dict_repr,
    .hash = hash_unhashable,
    .richcmp = dict_richcmp,
    .binop = dict_binop,
    .inplace = dict_inplace,
    .truth = dict_truth,
    .len = dict_len,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .contains = dict_contains,
    .iter = dict_iter,
    .new_ = dict_new_slot,
    .init = dict_init_slot,
};
REGISTER_TYPE(dict_type);
