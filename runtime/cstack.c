/* cstack.c - the per-thread stack limit of cstack.h. */
#include <pthread.h>
#include "cstack.h"

__thread char *cstack_limit;

/* Room left below the limit for the error's own work: raising, formatting,
 * unwinding through C frames. */
enum { CSTACK_MARGIN = 256 << 10 };

void cstack_init(void)
{
    if (cstack_limit) return;
    pthread_attr_t attr;
    void *base;
    size_t size;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) return;
    if (pthread_attr_getstack(&attr, &base, &size) == 0 && size > 2 * CSTACK_MARGIN)
        cstack_limit = (char *)base + CSTACK_MARGIN;
    pthread_attr_destroy(&attr);
}
