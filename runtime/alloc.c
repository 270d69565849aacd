/* alloc.c - the per-thread allocation caches of alloc.h. */
#include "alloc.h"

/* One per OS thread, like the collector's own thread state: allocation is
 * not interpreter state, and a worker runs one task at a time. Not per
 * task: tens of thousands of parked tasks would each hold free lists, and
 * host threads allocate outside any task. */
__thread AllocCache *alloc_thread_cache;

AllocCache *alloc_cache(void)
{
    alloc_thread_cache = GC_MALLOC_UNCOLLECTABLE(sizeof(AllocCache));
    return alloc_thread_cache;
}

void alloc_thread_release(void)
{
    if (alloc_thread_cache) GC_FREE(alloc_thread_cache);
    alloc_thread_cache = NULL;
}

void *alloc_refill(size_t words)
{
    AllocCache *c = alloc_thread_cache ? alloc_thread_cache : alloc_cache();
    void *r;
    GC_MALLOC_WORDS(r, words, c->fl);
    return r;
}
