/* alloc.h - fast allocation of small objects.
 *
 * Each GC_malloc is a call into the collector and a lookup of its
 * thread-local free lists (through the PLT and __tls_get_addr when it is a
 * shared library): about a third of an allocation's cost, measured. Instead
 * each OS thread keeps its own free lists here, refilled a block at a time
 * with GC_generic_malloc_many, and allocation is an inline list pop. The
 * lists hold pointer-containing ("normal") objects only: the collector
 * traces a list through its objects' first words, which it would not do for
 * pointer-free objects, so strings and digit arrays keep GC_MALLOC_ATOMIC
 * (tried: a cache of those needs the collector disabled while it refills,
 * and the heap then grows instead of being collected). */
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
/* Frees the calling thread's cache (what its lists hold goes back to the
 * collector): for a thread that stops allocating, a worker that ends or a
 * host thread that detaches. */
void alloc_thread_release(void);
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
