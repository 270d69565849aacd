"""bisect: binary search in sorted lists, and insertion that keeps them sorted.

The functions are the C module _bisect's, as in CPython."""

from _bisect import bisect_left, bisect_right, insort_left, insort_right

__all__ = ['bisect', 'bisect_left', 'bisect_right', 'insort', 'insort_left', 'insort_right']

bisect = bisect_right
insort = insort_right
