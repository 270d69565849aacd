/* dict.h - dict: an insertion-ordered hash table (CPython's compact layout:
 * a sparse index table pointing into a dense array of entries). */
#ifndef ATOLL_DICT_H
#define ATOLL_DICT_H

#include "object.h"

typedef struct DictEntry {
    Value key;             /* 0: deleted entry */
    Value value;
    int64_t hash;
} DictEntry;

struct DictObj {
    Obj hdr;
    size_t used;           /* live entries */
    size_t nentries;       /* entries filled, deleted ones included */
    size_t cap;            /* capacity of entries */
    size_t mask;           /* index table size - 1 (power of two) */
    uint32_t version;      /* changes when a key is added or removed */
    bool str_keys;         /* every key is an exact str: lookups need no __eq__ */
    int32_t *index;        /* -1 empty, -2 dummy, else entry number */
    DictEntry *entries;
};

#define AS_DICT(v) ((DictObj *)(v))
#define IS_DICT_LIKE(v) HAS_FLAG(v, TF_DICT)

DictObj *dict_new(void);
Value dict_new_value(void);
/* Lookups return 0 for a missing key; check t->exc to tell errors apart. */
Value dict_get(Task *t, DictObj *d, Value key);
Value dict_get_str(DictObj *d, Value key);      /* key is a str; never raises */
Value dict_get_cstr(DictObj *d, const char *key);
bool dict_set(Task *t, DictObj *d, Value key, Value v);
bool dict_set_str(DictObj *d, Value key, Value v);  /* key is a str; never raises */
bool dict_set_cstr(DictObj *d, const char *key, Value v);
int dict_del(Task *t, DictObj *d, Value key);   /* 1 removed, 0 missing, -1 error */
/* Index of the entry holding key (a str), or -1: for inline caches. */
int64_t dict_find_str(DictObj *d, Value key);
/* Iteration: *pos starts at 0; skips deleted entries. */
bool dict_next(DictObj *d, size_t *pos, Value *key, Value *value);
DictObj *dict_copy(DictObj *d);
bool dict_update(Task *t, DictObj *d, Value other);   /* dict(other) semantics */
void dict_clear(DictObj *d);

#endif
