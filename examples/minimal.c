/* minimal.c - the smallest atoll host: run a script, read a result, call a
 * Python function from C, and survive a script that raises.
 *
 *   cc minimal.c $(pkg-config --cflags --libs atoll) -o minimal && ./minimal */
#include <stdio.h>
#include <atoll.h>

static const char script[] =
    "def collatz(n):\n"
    "    steps = 0\n"
    "    while n != 1:\n"
    "        n = n // 2 if n % 2 == 0 else 3 * n + 1\n"
    "        steps += 1\n"
    "    return steps\n"
    "\n"
    "longest = max(range(1, 10000), key=collatz)\n";

/* Prints the interpreter's last error and gives 1, for `return fail(in)`. */
static int fail(atoll_interp *in, int status)
{
    if (status == ATOLL_EXCEPTION) fputs(atoll_error_traceback(in), stderr);
    else fprintf(stderr, "atoll: %s\n", atoll_status_string(status));
    return 1;
}

int main(void)
{
    atoll_runtime *rt;
    if (atoll_open(NULL, &rt) != ATOLL_OK) return 1;
    atoll_interp *in = atoll_interp_new(rt, "main");
    if (!in) return 1;

    /* run a script, then read a global it set */
    int st = atoll_exec(in, script, ATOLL_NTS, "collatz.py");
    if (st) return fail(in, st);
    atoll_value *longest;
    int64_t n;
    if ((st = atoll_get_global(in, "longest", &longest)) || (st = atoll_to_int(longest, &n))) return fail(in, st);
    printf("below 10000, the longest Collatz chain starts at %lld\n", (long long)n);

    /* call a Python function with a C argument */
    atoll_value *collatz, *arg = atoll_new_int(rt, n), *steps;
    if ((st = atoll_get_global(in, "collatz", &collatz)) || (st = atoll_call(in, collatz, 1, &arg, &steps)) ||
        (st = atoll_to_int(steps, &n)))
        return fail(in, st);
    printf("it takes %lld steps\n", (long long)n);

    /* a script that raises: the host gets the error and goes on */
    if (atoll_exec(in, "x = 1 / 0", ATOLL_NTS, "oops.py") == ATOLL_EXCEPTION)
        printf("the script raised %s: %s\n", atoll_error_type(in), atoll_error_message(in));
    atoll_value *big;
    if ((st = atoll_eval(in, "2 ** 100", &big))) return fail(in, st);
    const char *digits;
    atoll_to_int_str(big, &digits);
    printf("and goes on: 2**100 = %s\n", digits);

    atoll_release(big);
    atoll_release(steps);
    atoll_release(arg);
    atoll_release(collatz);
    atoll_release(longest);
    atoll_interp_destroy(in);
    return atoll_close(rt) == ATOLL_OK ? 0 : 1;
}
