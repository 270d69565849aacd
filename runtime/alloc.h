/* alloc.h - fast allocation of small objects.
 *
 * The collector's GC_malloc takes its global lock for every object (this
 * build has no thread-local allocation), which costs single-threaded code
 * ~15% and serialises parallel islands. Instead each OS thread keeps its own
 * free lists, refilled a block at a time with GC_generic_malloc_many (one
 * lock per refill), and allocation is an inline list pop. The lists hold
 * pointer-containing ("normal") objects only: the collector traces a list
 * through its objects' first words, which it would not do for pointer-free
 * objects, so strings and digit arrays keep using GC_MALLOC_ATOMIC. */
#ifndef ATOLL_ALLOC_H
#define ATOLL_ALLOC_H

#include <gc/gc.h>
#include <gc/gc_inline.h>

typedef struct AllocCache {
    void *fl[GC_TINY_FREELISTS];
} AllocCache;

/* The calling thread's cache. The thread-local variable only points to it:
 * the cache itself is uncollectable, so the collector sees the lists. */
AllocCache *alloc_cache(void);
extern __thread AllocCache *alloc_thread_cache;

/* Zeroed memory for an object of `bytes` (small, pointer-containing); NULL
 * when memory runs out. */
static inline void *alloc_small(size_t bytes)
{
    AllocCache *c = alloc_thread_cache;
    if (!c) c = alloc_cache();
    void *r;
    /* One word more than asked, as GC_malloc adds EXTRA_BYTES: C code keeps
     * pointers just past an object's end (loop ends, stack tops), and those
     * must keep that object alive, not the next one. */
    GC_MALLOC_WORDS(r, (bytes + sizeof(void *)) / sizeof(void *), c->fl);
    return r;
}

/* Any pointer-containing object: small ones from the cache. */
static inline void *gc_alloc(size_t bytes)
{
    if (bytes <= (GC_TINY_FREELISTS - 1) * GC_GRANULE_BYTES) return alloc_small(bytes);
    return GC_MALLOC(bytes);
}

#endif
