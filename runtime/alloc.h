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

#include <stdint.h>
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
/* initial-exec: a load at a fixed offset from the thread pointer. The
 * default model for position-independent code calls __tls_get_addr, and
 * even where the linker relaxes that call away the compiler has already
 * saved registers around it on every allocation (as jemalloc, libatoll.so
 * then needs static TLS space: it has one pointer). */
extern __thread AllocCache *alloc_thread_cache __attribute__((tls_model("initial-exec")));

/* The list for `words` words was empty or the thread had no cache yet:
 * refills the list and pops (alloc.c). */
void *alloc_refill(size_t words);

/* The pop alone, for `words` words (at most GC_TINY_FREELISTS - 1
 * granules): zeroed pointer-containing memory, or NULL when the list is
 * empty. It is GC_MALLOC_WORDS's pop without its GC_end_stubborn_change
 * call, which only the collector's manual-VDB incremental mode needs:
 * atoll never turns incremental collection on. Its callers keep the refill
 * out of line, so that a hit touches no callee-saved register. */
static inline void *alloc_pop(size_t words)
{
    AllocCache *c = alloc_thread_cache;
    size_t g = GC_WORDS_TO_WHOLE_GRANULES(words);
    void *r = c ? c->fl[g] : NULL;
    /* small values in a list are the collector's counters, not objects */
    if (GC_EXPECT((uintptr_t)r <= GC_TINY_FREELISTS + 1, 0)) return NULL;
    c->fl[g] = *(void **)r;
    *(void **)r = NULL;
    return r;
}

/* As alloc_pop, refilling an empty list; NULL when memory runs out. */
static inline void *alloc_words(size_t words)
{
    void *r = alloc_pop(words);
    return r ? r : alloc_refill(words);
}

/* Zeroed memory for an object of `bytes` (small, pointer-containing); NULL
 * when memory runs out. One word more than asked, as GC_malloc adds
 * EXTRA_BYTES: C code keeps pointers just past an object's end (loop ends,
 * stack tops), and those must keep that object alive, not the next one. */
static inline void *alloc_small(size_t bytes)
{
    return alloc_words((bytes + sizeof(void *)) / sizeof(void *));
}

/* The words of an object of `bytes` that nothing ever points past the end
 * of (a float: two words, one granule where the extra word would make it
 * two), for alloc_pop and alloc_words. */
#define ALLOC_EXACT_WORDS(bytes) (((bytes) + sizeof(void *) - 1) / sizeof(void *))

/* Any pointer-containing object: small ones from the cache. */
static inline void *gc_alloc(size_t bytes)
{
    if (bytes + sizeof(void *) <= (GC_TINY_FREELISTS - 1) * GC_GRANULE_BYTES) return alloc_small(bytes);
    return GC_MALLOC(bytes);
}

#endif
