/* randommodule.c - _random: the Mersenne Twister core of the random module,
 * the same generator as CPython's, so that a seed gives the same stream.
 *
 * _random.Random is a built-in type that random.Random (stdlib/random.py)
 * subclasses. The 624-word state lives in a pointer-free block of its own:
 * random words must not look like pointers to the conservative GC. Every
 * instance owns its state, so interpreters never share one. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/random.h>
#include <gc/gc.h>
#include "object.h"
#include "error.h"
#include "int.h"
#include "floatobj.h"
#include "str.h"
#include "tuple.h"
#include "dict.h"
#include "interp.h"
#include "module.h"

#define N 624
#define M 397
#define MATRIX_A 0x9908b0dfU
#define UPPER_MASK 0x80000000U
#define LOWER_MASK 0x7fffffffU

typedef struct MTState {
    uint32_t mt[N];
    int index;
} MTState;

typedef struct RandomObj {
    Obj hdr;
    MTState *st;
} RandomObj;

extern Type random_type;

static uint32_t genrand_uint32(MTState *s)
{
    static const uint32_t mag01[2] = {0x0U, MATRIX_A};
    uint32_t *mt = s->mt, y;
    if (s->index >= N) {   /* generate N words at one time */
        int kk;
        for (kk = 0; kk < N - M; kk++) {
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        for (; kk < N - 1; kk++) {
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + (M - N)] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
        s->index = 0;
    }
    y = mt[s->index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
}

static void init_genrand(MTState *s, uint32_t seed)
{
    uint32_t *mt = s->mt;
    mt[0] = seed;
    for (int i = 1; i < N; i++)
        mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint32_t)i;
    s->index = N;
}

static void init_by_array(MTState *s, const uint32_t *key, size_t len)
{
    uint32_t *mt = s->mt;
    init_genrand(s, 19650218U);
    size_t i = 1, j = 0;
    for (size_t k = N > len ? N : len; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
        i++, j++;
        if (i >= N) {
            mt[0] = mt[N - 1];
            i = 1;
        }
        if (j >= len) j = 0;
    }
    for (size_t k = N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
        i++;
        if (i >= N) {
            mt[0] = mt[N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000U;   /* MSB is 1, assuring a non-zero initial array */
}

/* --- seeding ------------------------------------------------------------------------ */

/* From the system's entropy; failing that, from the time and the pid. */
static void seed_from_system(MTState *s)
{
    uint32_t key[N];
    size_t got = 0;
    while (got < sizeof key) {
        ssize_t r = getrandom((char *)key + got, sizeof key - got, 0);
        if (r < 0) {
            if (errno == EINTR) continue;
            break;
        }
        got += (size_t)r;
    }
    if (got == sizeof key) {
        init_by_array(s, key, N);
        return;
    }
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    key[0] = (uint32_t)ts.tv_sec;
    key[1] = (uint32_t)ts.tv_nsec;
    key[2] = (uint32_t)getpid();
    clock_gettime(CLOCK_MONOTONIC, &ts);
    key[3] = (uint32_t)ts.tv_nsec;
    init_by_array(s, key, 4);
}

/* CPython's random_seed: ints by their absolute value's 32-bit words, other
 * objects by their hash taken as unsigned. */
static bool random_seed(Task *t, RandomObj *r, Value arg)
{
    if (!arg || arg == V_NONE) {
        seed_from_system(r->st);
        return true;
    }
    Value n = int_norm(arg);
    if (n) {
        n = big_abs(n);
    } else {
        int64_t h = obj_hash(t, arg);
        if (h == -1 && t->exc) return false;
        n = big_from_u64((uint64_t)h);
    }
    if (!n) {
        err_no_memory(t);
        return false;
    }
    uint64_t bits = big_bit_length(n);
    size_t words = bits == 0 ? 1 : (size_t)((bits - 1) / 32 + 1);
    uint8_t *bytes = GC_MALLOC_ATOMIC(words * 4);
    uint32_t *key = GC_MALLOC_ATOMIC(words * 4);
    if (!bytes || !key) {
        err_no_memory(t);
        return false;
    }
    big_to_bytes(n, words * 4, true, false, bytes);
    for (size_t i = 0; i < words; i++)
        key[i] = (uint32_t)bytes[4 * i] | (uint32_t)bytes[4 * i + 1] << 8 |
                 (uint32_t)bytes[4 * i + 2] << 16 | (uint32_t)bytes[4 * i + 3] << 24;
    init_by_array(r->st, key, words);
    return true;
}

/* --- the type ------------------------------------------------------------------------ */

static Value random_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    size_t size = tp->size > sizeof(RandomObj) ? tp->size : sizeof(RandomObj);
    RandomObj *r = GC_MALLOC(size);
    MTState *st = GC_MALLOC_ATOMIC(sizeof *st);
    if (!r || !st) return err_no_memory(t);
    memset(st, 0, sizeof *st);
    r->hdr.type = tp;
    r->st = st;
    return OBJ_VAL(r);
}

static bool random_init(Task *t, Value self, const Value *args, size_t nargs, Value kw)
{
    if (TYPE_OF(self) == &random_type && !args_no_kw(t, "Random", kw)) return false;
    if (nargs > 1) {
        err_format(t, &exc_TypeError, "Random() requires 0 or 1 argument");
        return false;
    }
    return random_seed(t, (RandomObj *)self, nargs ? args[0] : 0);
}

static Value r_seed(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "seed", nargs, kw, 1, 2)) return 0;
    return random_seed(t, (RandomObj *)args[0], nargs > 1 ? args[1] : 0) ? V_NONE : 0;
}

/* A float in [0, 1) with 53 random bits, as CPython's genrand_res53. */
static Value r_random(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (nargs != 1 || kw) {
        if (!args_check(t, "random", nargs - 1, kw, 0, 0)) return 0;
    }
    MTState *s = ((RandomObj *)args[0])->st;
    uint32_t a = genrand_uint32(s) >> 5, b = genrand_uint32(s) >> 6;
    return float_new(t, (a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

static Value r_getrandbits(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "getrandbits", nargs - 1, kw, 1, 1)) return 0;
    Value kv = obj_index(t, args[1]);
    int64_t k;
    if (!kv || !int_as_i64(t, kv, &k)) return 0;
    if (k < 0) return err_format(t, &exc_ValueError, "number of bits must be non-negative");
    if (k > INT32_MAX) return err_format(t, &exc_OverflowError, "Python int too large to convert to C int");
    MTState *s = ((RandomObj *)args[0])->st;
    if (k == 0) return MAKE_SMALL(0);
    if (k <= 32) return MAKE_SMALL(genrand_uint32(s) >> (32 - k));
    /* little-endian 32-bit words, the last one cut to the bits left */
    size_t words = (size_t)((k - 1) / 32 + 1);
    uint8_t *bytes = GC_MALLOC_ATOMIC(words * 4);
    if (!bytes) return err_no_memory(t);
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t r = genrand_uint32(s);
        if (k < 32) r >>= (32 - k);
        bytes[4 * i] = (uint8_t)r;
        bytes[4 * i + 1] = (uint8_t)(r >> 8);
        bytes[4 * i + 2] = (uint8_t)(r >> 16);
        bytes[4 * i + 3] = (uint8_t)(r >> 24);
    }
    Value v = big_from_bytes(bytes, words * 4, true, false);
    return v ? v : err_no_memory(t);
}

static Value r_getstate(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "getstate", nargs - 1, kw, 0, 0)) return 0;
    MTState *s = ((RandomObj *)args[0])->st;
    Value tup = tuple_new(N + 1);
    if (!tup) return err_no_memory(t);
    for (int i = 0; i < N; i++) TUPLE_ITEM(tup, i) = MAKE_SMALL(s->mt[i]);
    TUPLE_ITEM(tup, N) = MAKE_SMALL(s->index);
    return tup;
}

static Value r_setstate(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "setstate", nargs - 1, kw, 1, 1)) return 0;
    Value st = args[1];
    if (!IS_TUPLE_LIKE(st)) return err_format(t, &exc_TypeError, "state vector must be a tuple");
    st = obj_unbox(st);
    if (TUPLE_LEN(st) != N + 1) return err_format(t, &exc_ValueError, "state vector is the wrong size");
    uint32_t mt[N];
    for (int i = 0; i < N; i++) {
        Value v = int_norm(TUPLE_ITEM(st, i));
        uint64_t u;
        if (!v) return err_format(t, &exc_TypeError, "an integer is required");
        if (big_sign(v) < 0) return err_format(t, &exc_OverflowError, "can't convert negative int to unsigned");
        if (!big_to_u64(v, &u)) return err_format(t, &exc_OverflowError, "Python int too large to convert to C unsigned long");
        mt[i] = (uint32_t)u;
    }
    Value last = int_norm(TUPLE_ITEM(st, N));
    int64_t index;
    if (!last) return err_format(t, &exc_TypeError, "an integer is required");
    if (!int_as_i64(t, last, &index)) return 0;
    if (index < 0 || index > N) return err_format(t, &exc_ValueError, "invalid state");
    MTState *s = ((RandomObj *)args[0])->st;
    memcpy(s->mt, mt, sizeof mt);
    s->index = (int)index;
    return V_NONE;
}

static const MethodDef random_methods[] = {
    {"random", r_random, METH_PLAIN, "random() -> x in the interval [0, 1)."},
    {"seed", r_seed, METH_PLAIN, "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier."},
    {"getstate", r_getstate, METH_PLAIN, "getstate() -> tuple containing the current state."},
    {"setstate", r_setstate, METH_PLAIN, "setstate(state) -> None.  Restores generator state."},
    {"getrandbits", r_getrandbits, METH_PLAIN, "getrandbits(k) -> x.  Generates an int with k random bits."},
    {NULL},
};

Type random_type = {
    .hdr = {&type_type}, .name = "_random.Random", .size = sizeof(RandomObj), .flags = TF_BASETYPE,
    .new_ = random_new, .init = random_init, .methods = random_methods,
};
REGISTER_TYPE(random_type);

static bool random_module_init(Task *t, Value m)
{
    dict_set_cstr(module_dict(m), "Random", OBJ_VAL(&random_type));
    return true;
}

const NativeModule random_native_module = {"_random", NULL, random_module_init};
