/* heapqmodule.c - _heapq: the heap operations on lists, as CPython's C
 * accelerator (stdlib/heapq.py re-exports them and adds merge, nlargest
 * and nsmallest). The sift algorithms are CPython's, so heaps hold their
 * items in the same order; a comparison that changes the list raises
 * "list changed size during iteration". */
#include <stdio.h>
#include "object.h"
#include "error.h"
#include "list.h"
#include "interp.h"
#include "module.h"

/* a < b for min-heaps, b < a for max-heaps */
static int less(Task *t, Value a, Value b, bool max)
{
    return max ? obj_compare(t, b, a, CMP_LT) : obj_compare(t, a, b, CMP_LT);
}

/* heap[startpos:] is a heap but for the item at pos: move it up. */
static bool siftdown(Task *t, ListObj *heap, size_t startpos, size_t pos, bool max)
{
    size_t size = heap->len;
    if (pos >= size) {
        err_format(t, &exc_IndexError, "list index out of range");
        return false;
    }
    Value newitem = heap->items[pos];
    while (pos > startpos) {
        size_t parentpos = (pos - 1) >> 1;
        Value parent = heap->items[parentpos];
        int k = less(t, newitem, parent, max);
        if (k < 0) return false;
        if (size != heap->len) {
            err_format(t, &exc_RuntimeError, "list changed size during iteration");
            return false;
        }
        if (!k) break;
        parent = heap->items[parentpos];
        newitem = heap->items[pos];
        heap->items[parentpos] = newitem;
        heap->items[pos] = parent;
        pos = parentpos;
    }
    return true;
}

/* Floyd's bottom-up sift: the smaller child rises until a leaf is
 * reached, then the item sifts back down from there. */
static bool siftup(Task *t, ListObj *heap, size_t pos, bool max)
{
    size_t endpos = heap->len, startpos = pos;
    if (pos >= endpos) {
        err_format(t, &exc_IndexError, "list index out of range");
        return false;
    }
    size_t limit = endpos >> 1;
    while (pos < limit) {
        size_t childpos = 2 * pos + 1;
        if (childpos + 1 < endpos) {
            int k = less(t, heap->items[childpos], heap->items[childpos + 1], max);
            if (k < 0) return false;
            childpos += ((unsigned)k ^ 1);
            if (endpos != heap->len) {
                err_format(t, &exc_RuntimeError, "list changed size during iteration");
                return false;
            }
        }
        Value tmp1 = heap->items[childpos], tmp2 = heap->items[pos];
        heap->items[childpos] = tmp2;
        heap->items[pos] = tmp1;
        pos = childpos;
    }
    return siftdown(t, heap, startpos, pos, max);
}

static ListObj *heap_arg(Task *t, Value v, const char *fname, const char *argname)
{
    if (!IS_LIST_LIKE(v)) {
        err_format(t, &exc_TypeError, "%s() %s must be list, not %s", fname, argname, obj_type_name(v));
        return NULL;
    }
    return AS_LIST(v);
}

static Value h_heappush(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "heappush", nargs, kw, 2, 2)) return 0;
    ListObj *heap = heap_arg(t, args[0], "heappush", "argument 1");
    if (!heap || !list_append(t, args[0], args[1])) return 0;
    return siftdown(t, heap, 0, heap->len - 1, false) ? V_NONE : 0;
}

static Value pop(Task *t, Value hv, const char *fname, bool max)
{
    ListObj *heap = heap_arg(t, hv, fname, "argument");
    if (!heap) return 0;
    if (heap->len == 0) return err_format(t, &exc_IndexError, "index out of range");
    Value lastelt = list_pop(t, hv, -1);
    if (!lastelt) return 0;
    if (heap->len == 0) return lastelt;
    Value returnitem = heap->items[0];
    heap->items[0] = lastelt;
    return siftup(t, heap, 0, max) ? returnitem : 0;
}

static Value h_heappop(Task *t, const Value *args, size_t nargs, Value kw)
{
    return args_check(t, "_heapq.heappop", nargs, kw, 1, 1) ? pop(t, args[0], "heappop", false) : 0;
}

static Value h_heappop_max(Task *t, const Value *args, size_t nargs, Value kw)
{
    return args_check(t, "_heapq._heappop_max", nargs, kw, 1, 1) ? pop(t, args[0], "_heappop_max", true) : 0;
}

static Value replace(Task *t, const Value *args, size_t nargs, Value kw, const char *fname, bool max)
{
    if (!args_check(t, fname, nargs, kw, 2, 2)) return 0;
    ListObj *heap = heap_arg(t, args[0], fname, "argument 1");
    if (!heap) return 0;
    if (heap->len == 0) return err_format(t, &exc_IndexError, "index out of range");
    Value returnitem = heap->items[0];
    heap->items[0] = args[1];
    return siftup(t, heap, 0, max) ? returnitem : 0;
}

static Value h_heapreplace(Task *t, const Value *a, size_t n, Value kw) { return replace(t, a, n, kw, "heapreplace", false); }
static Value h_heapreplace_max(Task *t, const Value *a, size_t n, Value kw) { return replace(t, a, n, kw, "_heapreplace_max", true); }

static Value h_heappushpop(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "heappushpop", nargs, kw, 2, 2)) return 0;
    ListObj *heap = heap_arg(t, args[0], "heappushpop", "argument 1");
    if (!heap) return 0;
    Value item = args[1];
    if (heap->len == 0) return item;
    int k = obj_compare(t, heap->items[0], item, CMP_LT);
    if (k < 0) return 0;
    if (k == 0) return item;
    if (heap->len == 0) return err_format(t, &exc_IndexError, "index out of range");
    Value returnitem = heap->items[0];
    heap->items[0] = item;
    return siftup(t, heap, 0, false) ? returnitem : 0;
}

static Value heapify(Task *t, const Value *args, size_t nargs, Value kw, const char *fname, bool max)
{
    if (nargs != 1 || kw) {
        char qname[32];
        snprintf(qname, sizeof qname, "_heapq.%s", fname);
        if (!args_check(t, qname, nargs, kw, 1, 1)) return 0;
    }
    ListObj *heap = heap_arg(t, args[0], fname, "argument");
    if (!heap) return 0;
    for (size_t i = heap->len / 2; i-- > 0;)
        if (!siftup(t, heap, i, max)) return 0;
    return V_NONE;
}

static Value h_heapify(Task *t, const Value *a, size_t n, Value kw) { return heapify(t, a, n, kw, "heapify", false); }
static Value h_heapify_max(Task *t, const Value *a, size_t n, Value kw) { return heapify(t, a, n, kw, "_heapify_max", true); }

static const MethodDef heapq_functions[] = {
    {"heappush", h_heappush, METH_PLAIN, "Push item onto heap, maintaining the heap invariant."},
    {"heappop", h_heappop, METH_PLAIN, "Pop the smallest item off the heap, maintaining the heap invariant."},
    {"heapreplace", h_heapreplace, METH_PLAIN, "Pop and return the current smallest value, and add the new item."},
    {"heappushpop", h_heappushpop, METH_PLAIN, "Push item on the heap, then pop and return the smallest item from the heap."},
    {"heapify", h_heapify, METH_PLAIN, "Transform list into a heap, in-place, in O(len(heap)) time."},
    {"_heappop_max", h_heappop_max, METH_PLAIN, "Maxheap variant of heappop."},
    {"_heapreplace_max", h_heapreplace_max, METH_PLAIN, "Maxheap variant of heapreplace."},
    {"_heapify_max", h_heapify_max, METH_PLAIN, "Maxheap variant of heapify."},
    {NULL},
};

const NativeModule heapq_native_module = {"_heapq", heapq_functions, NULL};
