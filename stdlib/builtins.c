/* builtins.c - the builtins module: functions, constants and the built-in
 * types and exceptions under their Python names. */
#include <gc/gc.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include "object.h"
#include "error.h"
#include "str.h"
#include "list.h"
#include "tuple.h"
#include "dict.h"
#include "set.h"
#include "names.h"
#include "interp.h"
#include "int.h"
#include "floatobj.h"
#include "bytes.h"
#include "file.h"
#include "format.h"
#include "iterobj.h"
#include "module.h"
#include "slice.h"
#include "range.h"
#include "func.h"
#include "vm.h"
#include "compile.h"
#include "import.h"

/* --- output and input ------------------------------------------------------------- */

static const ArgSpec print_spec = {"print", 0, 0, 0, 4, {"sep", "end", "file", "flush"}};

static bool write_text(Task *t, Value file, Value s)
{
    if (IS_FILE(file)) return file_write_text(t, (FileObj *)file, STR_DATA(s), STR_SIZE(s));
    return obj_call_method(t, file, NAME(write), &s, 1) != 0;
}

static Value b_print(Task *t, const Value *args, size_t nargs, Value kw)
{
    Value opt[4] = {0, 0, 0, 0};
    size_t nkw = kw ? TUPLE_LEN(kw) : 0;
    if (nkw && !args_bind(t, &print_spec, args + nargs, 0, kw, opt)) return 0;
    Value sep = opt[0] && opt[0] != V_NONE ? opt[0] : 0, end = opt[1] && opt[1] != V_NONE ? opt[1] : 0;
    if ((sep && !IS_STR(sep)) || (end && !IS_STR(end)))
        return err_format(t, &exc_TypeError, "%s must be None or a string, not %s", sep && !IS_STR(sep) ? "sep" : "end",
                          obj_type_name(sep && !IS_STR(sep) ? sep : end));
    Value file = opt[2] && opt[2] != V_NONE ? opt[2] : interp_sys_get(t, "stdout");
    if (!file) return err_format(t, &exc_RuntimeError, "lost sys.stdout");
    for (size_t i = 0; i < nargs; i++) {
        if (i && !write_text(t, file, sep ? sep : str_char(' '))) return 0;
        Value s = obj_str(t, args[i]);
        if (!s || !write_text(t, file, obj_unbox(s))) return 0;
    }
    if (!write_text(t, file, end ? end : str_char('\n'))) return 0;
    if (opt[3] && opt[3] != V_FALSE) {
        int f = obj_truthy(t, opt[3]);
        if (f < 0) return 0;
        if (f && !obj_call_method(t, file, NAME(flush), NULL, 0)) return 0;
    }
    return V_NONE;
}

static Value b_input(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "input", nargs, kw, 0, 1)) return 0;
    Value out = interp_sys_get(t, "stdout"), in = interp_sys_get(t, "stdin");
    if (nargs) {
        Value s = obj_str(t, args[0]);
        if (!s || !write_text(t, out, s)) return 0;
    }
    if (!obj_call_method(t, out, NAME(flush), NULL, 0)) return 0;
    Value line = obj_call_method(t, in, NAME(readline), NULL, 0);
    if (!line) return 0;
    if (!IS_STR(line) || STR_SIZE(line) == 0) return err_format(t, &exc_EOFError, "EOF when reading a line");
    size_t n = STR_SIZE(line);
    if (STR_DATA(line)[n - 1] == '\n') return str_new(STR_DATA(line), n - 1);
    return line;
}

static const ArgSpec open_spec = {"open", 0, 8, 1, 8,
    {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}};

/* The checks of open()'s mode, encoding, errors and newline (None becomes 0). */
static bool open_text_args(Task *t, Value *a)
{
    if (a[1] && !IS_STR(a[1])) {
        err_format(t, &exc_TypeError, "open() argument 'mode' must be str, not %s", obj_type_name(a[1]));
        return false;
    }
    static const char *const names[] = {"encoding", "errors", "newline"};
    for (int i = 3; i <= 5; i++) {
        if (a[i] == V_NONE) a[i] = 0;
        if (a[i] && !IS_STR(a[i])) {
            err_format(t, &exc_TypeError, "open() argument '%s' must be str or None, not %s", names[i - 3],
                       obj_type_name(a[i]));
            return false;
        }
    }
    return true;
}

static Value b_open(Task *t, const Value *args, size_t nargs, Value kw)
{
    Value a[8];
    if (!args_bind(t, &open_spec, args, nargs, kw, a)) return 0;
    Value path = obj_unbox(a[0]);
    int closefd = a[6] ? obj_truthy(t, a[6]) : 1;
    if (closefd < 0) return 0;
    if (IS_INT(path) || IS_BOOL(path)) {
        int64_t fd;
        if (!int_as_i64(t, path, &fd)) return 0;
        if (!open_text_args(t, a)) return 0;
        return file_open_fd(t, fd < INT_MIN ? INT_MIN : fd > INT_MAX ? INT_MAX : (int)fd, a[1], a[3], a[4], a[5],
                            closefd);
    }
    if (!closefd) return err_format(t, &exc_ValueError, "Cannot use closefd=False with file name");
    if (!IS_STR(path) && !IS_BYTES(path)) {
        /* an os.PathLike: its __fspath__() */
        bool found;
        Value fs = call_special(t, a[0], str_intern_cstr("__fspath__"), NULL, 0, &found);
        if (!found && !t->exc)
            return err_format(t, &exc_TypeError, "expected str, bytes or os.PathLike object, not %s", obj_type_name(a[0]));
        if (!fs) return 0;
        if (!IS_STR(obj_unbox(fs)) && !IS_BYTES(obj_unbox(fs)))
            return err_format(t, &exc_TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                              obj_type_name(a[0]), obj_type_name(fs));
        path = obj_unbox(fs);
    }
    if (IS_BYTES(path)) {
        if (!utf8_valid(AS_BYTES(path)->data, AS_BYTES(path)->size))
            return err_format(t, &exc_ValueError, "a bytes path must be UTF-8 in atoll");
        path = str_new(AS_BYTES(path)->data, AS_BYTES(path)->size);
    }
    if (!open_text_args(t, a)) return 0;
    return file_open(t, path, a[1], a[3], a[4], a[5]);
}

/* --- numbers ---------------------------------------------------------------------- */

static Value b_abs(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "abs", nargs, kw, 1, 1)) return 0;
    Value v = args[0];
    if (IS_SMALL(v) && v != MAKE_SMALL(SMALL_MIN)) return SMALL_VAL(v) < 0 ? MAKE_SMALL(-SMALL_VAL(v)) : v;
    if (IS_FLOAT(v)) return FLOAT_VAL(v) < 0 || (FLOAT_VAL(v) == 0 && 1 / FLOAT_VAL(v) < 0) ? float_new(t, -FLOAT_VAL(v)) : v;
    bool found;
    Value r = call_special(t, v, NAME(__abs__), NULL, 0, &found);
    if (!found) return err_format(t, &exc_TypeError, "bad operand type for abs(): '%s'", obj_type_name(v));
    return r;
}

static Value b_divmod(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "divmod", nargs, kw, 2, 2)) return 0;
    Value a = args[0], b = args[1];
    Value x = int_norm(a), y = int_norm(b);
    if (x && y) {
        Value q = int_arith(t, x, y, BIN_FLOORDIV);
        Value r = q ? int_arith(t, x, y, BIN_MOD) : 0;
        return r ? tuple_pack(2, q, r) : 0;
    }
    double p, d;
    if (float_operand(t, a, &p) > 0 && float_operand(t, b, &d) > 0) {
        if (d == 0.0) return err_format(t, &exc_ZeroDivisionError, "float divmod()");
        Value q = float_arith(t, p, d, BIN_FLOORDIV), r = q ? float_arith(t, p, d, BIN_MOD) : 0;
        return r ? tuple_pack(2, q, r) : 0;
    }
    if (t->exc) return 0;
    bool found;
    Value r = call_special(t, a, str_intern_cstr("__divmod__"), &b, 1, &found);
    if (found && r != V_NOTIMPL) return r;
    if (!found || r) {
        r = call_special(t, b, str_intern_cstr("__rdivmod__"), &a, 1, &found);
        if (found && r != V_NOTIMPL) return r;
    }
    if (t->exc) return 0;
    return err_format(t, &exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                      obj_type_name(a), obj_type_name(b));
}

static const ArgSpec pow_spec = {"pow", 0, 3, 2, 3, {"base", "exp", "mod"}};

static Value b_pow(Task *t, const Value *args, size_t nargs, Value kw)
{
    Value a[3];
    if (!args_bind(t, &pow_spec, args, nargs, kw, a)) return 0;
    if (!a[2] || a[2] == V_NONE) return obj_binop(t, a[0], a[1], BIN_POW);
    if (int_norm(a[0]) && int_norm(a[1]) && int_norm(a[2])) return int_powmod(t, a[0], a[1], a[2]);
    return err_format(t, &exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
}

static const ArgSpec round_spec = {"round", 0, 2, 1, 2, {"number", "ndigits"}};

static Value b_round(Task *t, const Value *args, size_t nargs, Value kw)
{
    Value a[2];
    if (!args_bind(t, &round_spec, args, nargs, kw, a)) return 0;
    bool found;
    Value r = call_special(t, a[0], NAME(__round__), a + 1, a[1] && a[1] != V_NONE ? 1 : 0, &found);
    if (!found) return err_format(t, &exc_TypeError, "type %s doesn't define __round__ method", obj_type_name(a[0]));
    return r;
}

/* Formats an int in base 2, 8 or 16 with its prefix. */
static Value int_prefixed(Task *t, Value v, int base, const char *prefix)
{
    Value n = obj_index(t, v);
    if (!n) return 0;
    size_t len;
    char *digits = big_to_str(n, base, &len);
    if (!digits) return err_no_memory(t);
    if (digits[0] == '-') return str_format(t, "-%s%s", prefix, digits + 1);
    return str_format(t, "%s%s", prefix, digits);
}

static Value b_hex(Task *t, const Value *a, size_t n, Value kw) { return args_check(t, "hex", n, kw, 1, 1) ? int_prefixed(t, a[0], 16, "0x") : 0; }
static Value b_oct(Task *t, const Value *a, size_t n, Value kw) { return args_check(t, "oct", n, kw, 1, 1) ? int_prefixed(t, a[0], 8, "0o") : 0; }
static Value b_bin(Task *t, const Value *a, size_t n, Value kw) { return args_check(t, "bin", n, kw, 1, 1) ? int_prefixed(t, a[0], 2, "0b") : 0; }

static Value b_chr(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "chr", nargs, kw, 1, 1)) return 0;
    Value n = obj_index(t, args[0]);
    if (!n) return 0;
    int64_t c;
    if (!int_to_i64(n, &c)) return err_format(t, &exc_OverflowError, "Python int too large to convert to C int");
    if (c < 0 || c > 0x10ffff) return err_format(t, &exc_ValueError, "chr() arg not in range(0x110000)");
    return str_char((uint32_t)c);
}

static Value b_ord(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "ord", nargs, kw, 1, 1)) return 0;
    Value v = obj_unbox(args[0]);
    if (IS_STR(v)) {
        if (STR_LEN(v) != 1)
            return err_format(t, &exc_TypeError, "ord() expected a character, but string of length %zu found", STR_LEN(v));
        const char *p = STR_DATA(v);
        return MAKE_SMALL(utf8_decode(&p));
    }
    if (bytes_like(v)) {
        const char *p;
        size_t n;
        bytes_view(v, &p, &n);
        if (n != 1) return err_format(t, &exc_TypeError, "ord() expected a character, but string of length %zu found", n);
        return MAKE_SMALL((unsigned char)p[0]);
    }
    return err_format(t, &exc_TypeError, "ord() expected string of length 1, but %s found", obj_type_name(v));
}

/* --- iteration -------------------------------------------------------------------- */

static const ArgSpec minmax_spec = {"min", 0, 0, 0, 2, {"key", "default"}};

static Value min_max(Task *t, const Value *args, size_t nargs, Value kw, CmpOpKind op, const char *name)
{
    Value opt[2] = {0, 0};
    ArgSpec spec = minmax_spec;
    spec.fname = name;
    if (kw && TUPLE_LEN(kw) && !args_bind(t, &spec, args + nargs, 0, kw, opt)) return 0;
    Value key = opt[0] && opt[0] != V_NONE ? opt[0] : 0;
    if (nargs == 0)
        return err_format(t, &exc_TypeError, "%s expected at least 1 argument, got 0", name);
    if (nargs > 1 && opt[1])
        return err_format(t, &exc_TypeError, "Cannot specify a default for %s() with multiple positional arguments", name);
    Value it = obj_iter(t, nargs == 1 ? args[0] : tuple_from_array(args, nargs));
    if (!it) return 0;
    Value best = 0, bestkey = 0;
    for (Value v; (v = obj_next(t, it));) {
        Value k = key ? obj_call(t, key, &v, 1, 0) : v;
        if (!k) return 0;
        if (!best) {
            best = v;
            bestkey = k;
            continue;
        }
        int c = obj_compare(t, k, bestkey, op);
        if (c < 0) return 0;
        if (c) {
            best = v;
            bestkey = k;
        }
    }
    if (t->exc) return 0;
    if (!best) {
        if (opt[1]) return opt[1];
        return err_format(t, &exc_ValueError, "%s() arg is an empty sequence", name);
    }
    return best;
}

static Value b_min(Task *t, const Value *a, size_t n, Value kw) { return min_max(t, a, n, kw, CMP_LT, "min"); }
static Value b_max(Task *t, const Value *a, size_t n, Value kw) { return min_max(t, a, n, kw, CMP_GT, "max"); }

static const ArgSpec sum_spec = {"sum", 1, 2, 1, 2, {"iterable", "start"}};

static Value b_sum(Task *t, const Value *args, size_t nargs, Value kw)
{
    Value a[2];
    if (!args_bind(t, &sum_spec, args, nargs, kw, a)) return 0;
    Value acc = a[1] ? a[1] : MAKE_SMALL(0);
    if (IS_STR(acc)) return err_format(t, &exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (bytes_like(acc)) return err_format(t, &exc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    Value it = obj_iter(t, a[0]);
    if (!it) return 0;
    for (Value v; (v = obj_next(t, it));) {
        if (IS_SMALL(acc) && IS_SMALL(v)) {
            acc = int_arith(t, acc, v, BIN_ADD);
        } else if (IS_FLOAT(acc) && (IS_FLOAT(v) || IS_SMALL(v))) {
            acc = float_new(t, FLOAT_VAL(acc) + (IS_FLOAT(v) ? FLOAT_VAL(v) : (double)SMALL_VAL(v)));
        } else {
            acc = obj_binop(t, acc, v, BIN_ADD);
        }
        if (!acc) return 0;
    }
    return t->exc ? 0 : acc;
}

static Value any_all(Task *t, const Value *args, size_t nargs, Value kw, bool want, const char *name)
{
    if (!args_check(t, name, nargs, kw, 1, 1)) return 0;
    Value it = obj_iter(t, args[0]);
    if (!it) return 0;
    for (Value v; (v = obj_next(t, it));) {
        int b = obj_truthy(t, v);
        if (b < 0) return 0;
        if (b == want) return V_BOOL(want);
    }
    return t->exc ? 0 : V_BOOL(!want);
}

static Value b_any(Task *t, const Value *a, size_t n, Value kw) { return any_all(t, a, n, kw, true, "any"); }
static Value b_all(Task *t, const Value *a, size_t n, Value kw) { return any_all(t, a, n, kw, false, "all"); }

/* sorted() passes its keywords on to list.sort, which names itself in errors */
static const ArgSpec sorted_kw_spec = {"sort", 0, 0, 0, 2, {"key", "reverse"}};

static Value b_sorted(Task *t, const Value *args, size_t nargs, Value kw)
{
    Value a[2];
    if (nargs != 1) return err_format(t, &exc_TypeError, "sorted expected 1 argument, got %zu", nargs);
    if (!args_bind(t, &sorted_kw_spec, args + 1, 0, kw, a)) return 0;
    Value l = list_from_iter(t, args[0]);
    if (!l) return 0;
    int rev = a[1] ? obj_truthy(t, a[1]) : 0;
    if (rev < 0) return 0;
    return list_sort(t, l, a[0] && a[0] != V_NONE ? a[0] : 0, rev) ? l : 0;
}

static Value b_iter(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "iter", nargs, kw, 1, 2)) return 0;
    if (nargs == 2) {
        if (!TYPE_OF(args[0])->call) return err_format(t, &exc_TypeError, "iter(v, w): v must be callable");
        return calliter_new(t, args[0], args[1]);
    }
    return obj_iter(t, args[0]);
}

static Value b_next(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "next", nargs, kw, 1, 2)) return 0;
    if (!TYPE_OF(args[0])->next)
        return err_format(t, &exc_TypeError, "'%s' object is not an iterator", obj_type_name(args[0]));
    bool gen = IS_TYPE(args[0], &gen_type);
    Value v = gen ? gen_next_or_stop(t, args[0]) : obj_next(t, args[0]);
    if (v || t->exc) {
        if (!v && nargs == 2 && err_matches(t, &exc_StopIteration)) {
            err_clear(t);
            return args[1];
        }
        return v;
    }
    if (nargs == 2) return args[1];
    return err_set(t, OBJ_VAL(&exc_StopIteration));
}

static Value b_len(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "len", nargs, kw, 1, 1)) return 0;
    int64_t n = obj_len(t, args[0]);
    return n < 0 ? 0 : MAKE_SMALL(n);
}

/* --- objects ---------------------------------------------------------------------- */

static Value b_repr(Task *t, const Value *a, size_t n, Value kw) { return args_check(t, "repr", n, kw, 1, 1) ? obj_repr(t, a[0]) : 0; }
static Value b_ascii(Task *t, const Value *a, size_t n, Value kw) { return args_check(t, "ascii", n, kw, 1, 1) ? obj_ascii(t, a[0]) : 0; }

static Value b_format(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "format", nargs, kw, 1, 2)) return 0;
    Value spec = nargs > 1 ? args[1] : str_empty();
    if (!IS_STR(spec))
        return err_format(t, &exc_TypeError, "format() argument 2 must be str, not %s", obj_type_name(spec));
    return obj_format(t, args[0], spec);
}

static Value b_isinstance(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "isinstance", nargs, kw, 2, 2)) return 0;
    int r = obj_isinstance(t, args[0], args[1]);
    return r < 0 ? 0 : V_BOOL(r);
}

static Value b_issubclass(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "issubclass", nargs, kw, 2, 2)) return 0;
    int r = obj_issubclass(t, args[0], args[1]);
    return r < 0 ? 0 : V_BOOL(r);
}

static Value b_id(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "id", nargs, kw, 1, 1)) return 0;
    return big_from_u64((uint64_t)args[0]);
}

static Value b_hash(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "hash", nargs, kw, 1, 1)) return 0;
    int64_t h = obj_hash(t, args[0]);
    return h == -1 ? 0 : int_from_i64(t, h);
}

static Value b_callable(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "callable", nargs, kw, 1, 1)) return 0;
    return V_BOOL(TYPE_OF(args[0])->call != NULL);
}

static Value attr_name(Task *t, Value v)
{
    Value s = obj_unbox(v);
    if (!IS_STR(s)) return err_format(t, &exc_TypeError, "attribute name must be string, not '%s'", obj_type_name(s));
    return s;
}

static Value b_getattr(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "getattr", nargs, kw, 2, 3)) return 0;
    Value name = attr_name(t, args[1]);
    if (!name) return 0;
    if (nargs == 2) return obj_getattr(t, args[0], name);
    Value v = obj_getattr_opt(t, args[0], name);
    return v || t->exc ? v : args[2];
}

static Value b_setattr(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "setattr", nargs, kw, 3, 3)) return 0;
    Value name = attr_name(t, args[1]);
    return name && obj_setattr(t, args[0], name, args[2]) ? V_NONE : 0;
}

static Value b_delattr(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "delattr", nargs, kw, 2, 2)) return 0;
    Value name = attr_name(t, args[1]);
    return name && obj_delattr(t, args[0], name) ? V_NONE : 0;
}

static Value b_hasattr(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "hasattr", nargs, kw, 2, 2)) return 0;
    Value name = attr_name(t, args[1]);
    if (!name) return 0;
    Value v = obj_getattr_opt(t, args[0], name);
    return v ? V_TRUE : t->exc ? 0 : V_FALSE;
}

/* locals(): a module's or class's namespace, or a snapshot of a function's
 * variables (what vars() and dir() without arguments look at too). */
static Value frame_locals(Task *t)
{
    Frame *f = t->frame;
    if (f->locals) return f->locals;
    DictObj *d = dict_new();
    CodeObj *co = f->code;
    for (uint32_t i = 0; i < co->nlocals; i++)
        if (f->slots[i]) dict_set(t, d, TUPLE_ITEM(co->varnames, i), f->slots[i]);
    size_t ncell = TUPLE_LEN(co->cellvars);
    for (uint32_t i = 0; i < co->ncells; i++) {
        Value v = AS_CELL(FRAME_CELLS(f)[i])->v;
        Value name = i < ncell ? TUPLE_ITEM(co->cellvars, i) : TUPLE_ITEM(co->freevars, i - ncell);
        if (v) dict_set(t, d, name, v);
    }
    return OBJ_VAL(d);
}

static Value b_dir(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "dir", nargs, kw, 0, 1)) return 0;
    Value names;
    if (nargs == 0) {
        names = list_from_iter(t, t->frame ? frame_locals(t) : OBJ_VAL(t->interp->builtins));
    } else if (IS_MODULE(args[0])) {
        /* a module may answer for itself with a __dir__ function (PEP 562) */
        Value f = dict_get_str(module_dict(args[0]), NAME(__dir__));
        names = f ? obj_call(t, f, NULL, 0, 0) : OBJ_VAL(module_dict(args[0]));
        if (names) names = list_from_iter(t, names);
    } else if (IS_CLASS(args[0])) {
        DictObj *all = dict_new();
        Value mro = AS_TYPE(args[0])->mro;
        for (size_t i = 0; i < TUPLE_LEN(mro); i++) dict_update(t, all, OBJ_VAL(AS_TYPE(TUPLE_ITEM(mro, i))->dict));
        names = list_from_iter(t, OBJ_VAL(all));
    } else {
        names = obj_call_method(t, args[0], NAME(__dir__), NULL, 0);
        if (names) names = list_from_iter(t, names);
    }
    return names && list_sort(t, names, 0, false) ? names : 0;
}

static Value b_vars(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "vars", nargs, kw, 0, 1)) return 0;
    if (nargs == 0) return frame_locals(t);
    Value d = obj_getattr_opt(t, args[0], NAME(__dict__));
    if (!d && !t->exc) return err_format(t, &exc_TypeError, "vars() argument must have __dict__ attribute");
    return d;
}

static Value b_globals(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "globals", nargs, kw, 0, 0)) return 0;
    return OBJ_VAL(t->frame->globals);
}

/* locals() of a function: a fresh dict of its bound locals and cells. */
static Value b_locals(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "locals", nargs, kw, 0, 0)) return 0;
    return frame_locals(t);
}

/* --- code ------------------------------------------------------------------------- */

static Value source_text(Task *t, Value src, const char *fname, const char **text, size_t *len)
{
    src = obj_unbox(src);
    if (IS_STR(src)) {
        *text = STR_DATA(src);
        *len = STR_SIZE(src);
        return src;
    }
    if (bytes_like(src)) {
        bytes_view(src, text, len);
        return src;
    }
    /* compile() names what it would take instead of a code object: an AST */
    return err_format(t, &exc_TypeError, "%s() arg 1 must be a string, bytes or %s object", fname,
                      strcmp(fname, "compile") ? "code" : "AST");
}

static const ArgSpec compile_spec = {"compile", 0, 6, 3, 6, {"source", "filename", "mode", "flags", "dont_inherit", "optimize"}};

static Value b_compile(Task *t, const Value *args, size_t nargs, Value kw)
{
    Value a[6];
    if (!args_bind(t, &compile_spec, args, nargs, kw, a)) return 0;
    if (IS_TYPE(a[0], &code_type)) return a[0];
    const char *text;
    size_t len;
    if (!source_text(t, a[0], "compile", &text, &len)) return 0;
    Value fn = obj_str(t, a[1]), mode = a[2];
    if (!fn) return 0;
    ParseMode pm;
    if (IS_STR(mode) && str_eq_cstr(mode, "exec")) pm = PARSE_FILE;
    else if (IS_STR(mode) && str_eq_cstr(mode, "eval")) pm = PARSE_EVAL;
    else if (IS_STR(mode) && str_eq_cstr(mode, "single")) pm = PARSE_SINGLE;
    else return err_format(t, &exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    int64_t opt = -1;
    if (a[5] && !int_as_i64(t, a[5], &opt)) return 0;
    if (opt < -1 || opt > 2) return err_format(t, &exc_ValueError, "compile(): invalid optimize value");
    return compile_source_opt(t, text, len, STR_DATA(fn), pm, opt < 0 ? t->interp->optimize : (int)opt);
}

/* exec/eval: the namespaces given, or the caller's. */
static bool namespaces(Task *t, const Value *args, size_t nargs, DictObj **g, Value *l, const char *fname)
{
    Frame *f = t->frame;
    Value gv = nargs > 1 && args[1] != V_NONE ? args[1] : 0;
    Value lv = nargs > 2 && args[2] != V_NONE ? args[2] : 0;
    if (gv && !IS_DICT(gv)) {
        /* CPython words it differently for eval and exec */
        if (strcmp(fname, "eval"))
            err_format(t, &exc_TypeError, "%s() globals must be a dict, not %s", fname, obj_type_name(gv));
        else
            err_format(t, &exc_TypeError, TYPE_OF(gv)->getitem ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                                                : "globals must be a dict");
        return false;
    }
    if (lv && !TYPE_OF(lv)->getitem) {
        err_format(t, &exc_TypeError, "locals must be a mapping");
        return false;
    }
    if (gv) {
        *g = AS_DICT(gv);
        *l = lv ? lv : gv;
    } else {
        *g = f->globals;
        *l = lv ? lv : (f->locals ? f->locals : b_locals(t, NULL, 0, 0));
    }
    /* as CPython: the builtins module's dict, not the module */
    if (!dict_get_str(*g, NAME(__builtins__))) dict_set_str(*g, NAME(__builtins__), OBJ_VAL(t->interp->builtins));
    return true;
}

static Value run_source(Task *t, const Value *args, size_t nargs, Value kw, bool eval)
{
    const char *fname = eval ? "eval" : "exec";
    if (!args_check(t, fname, nargs, kw, 1, 3)) return 0;
    DictObj *g;
    Value l;
    if (!namespaces(t, args, nargs, &g, &l, fname)) return 0;
    Value code = args[0];
    if (!IS_TYPE(code, &code_type)) {
        const char *text;
        size_t len;
        if (!source_text(t, code, fname, &text, &len)) return 0;
        if (eval) while (len && (*text == ' ' || *text == '\t')) text++, len--;
        code = compile_source(t, text, len, "<string>", eval ? PARSE_EVAL : PARSE_FILE);
        if (!code) return 0;
    }
    Value r = vm_run_code(t, AS_CODE(code), g, l);
    return !r ? 0 : eval ? r : V_NONE;
}

static Value b_exec(Task *t, const Value *a, size_t n, Value kw) { return run_source(t, a, n, kw, false); }
static Value b_eval(Task *t, const Value *a, size_t n, Value kw) { return run_source(t, a, n, kw, true); }

/* PEP 560: a base that is not a class but has __mro_entries__ stands for
 * the bases that method returns (typing.Generic[T], NamedTuple). Returns
 * bases itself when nothing changes. */
static Value resolve_bases(Task *t, Value bases)
{
    Value out = 0;          /* list, once something changed */
    for (size_t i = 0; i < TUPLE_LEN(bases); i++) {
        Value b = TUPLE_ITEM(bases, i);
        Value entries = 0;
        if (!IS_CLASS(b)) {
            Value meth = obj_getattr_opt(t, b, str_intern_cstr("__mro_entries__"));
            if (!meth && t->exc) return 0;
            if (meth) {
                entries = obj_call(t, meth, &bases, 1, 0);
                if (!entries) return 0;
                if (!IS_TUPLE(entries)) return err_format(t, &exc_TypeError, "__mro_entries__ must return a tuple");
            }
        }
        if (entries && !out) out = list_from_array(AS_TUPLE(bases)->items, i);
        if (!out) continue;
        if (entries) {
            for (size_t k = 0; k < TUPLE_LEN(entries); k++)
                if (!list_append(t, out, TUPLE_ITEM(entries, k))) return 0;
        } else if (!list_append(t, out, b)) {
            return 0;
        }
    }
    return out ? tuple_from_array(AS_LIST(out)->items, AS_LIST(out)->len) : bases;
}

static Value b_build_class(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (nargs < 2) return err_format(t, &exc_TypeError, "__build_class__: not enough arguments");
    if (!IS_TYPE(args[0], &func_type)) return err_format(t, &exc_TypeError, "__build_class__: func must be a function");
    if (!IS_STR(args[1])) return err_format(t, &exc_TypeError, "__build_class__: name is not a string");
    Value kwd = 0;
    for (size_t i = 0; kw && i < TUPLE_LEN(kw); i++) {
        Value k = TUPLE_ITEM(kw, i), v = args[nargs + i];
        if (str_eq_cstr(k, "metaclass")) {
            if (v != OBJ_VAL(&type_type))
                return err_format(t, &exc_TypeError, "atoll supports no metaclass other than type");
            continue;
        }
        if (!kwd) kwd = dict_new_value();
        dict_set(t, AS_DICT(kwd), k, v);
    }
    Value orig_bases = tuple_from_array(args + 2, nargs - 2);
    Value bases = resolve_bases(t, orig_bases);
    if (!bases) return 0;
    for (size_t i = 0; i < TUPLE_LEN(bases); i++) {
        Value b = TUPLE_ITEM(bases, i);
        if (IS_CLASS(b) && TYPE_OF(b) != &type_type)
            return err_format(t, &exc_TypeError, "atoll supports no metaclass other than type");
    }
    DictObj *ns = dict_new();
    Value cell = vm_run_class_body(t, AS_FUNC(args[0]), ns);
    if (!cell) return 0;
    if (IS_TYPE(cell, &cell_type)) dict_set_str(ns, NAME(__classcell__), cell);
    if (bases != orig_bases) dict_set_cstr(ns, "__orig_bases__", orig_bases);
    return type_new_class(t, args[1], bases, ns, kwd);
}

static const ArgSpec import_spec = {"__import__", 0, 5, 1, 5, {"name", "globals", "locals", "fromlist", "level"}};

static Value b_import(Task *t, const Value *args, size_t nargs, Value kw)
{
    Value a[5];
    if (!args_bind(t, &import_spec, args, nargs, kw, a)) return 0;
    if (!IS_STR(a[0])) return err_format(t, &exc_TypeError, "__import__() argument 1 must be str, not %s", obj_type_name(a[0]));
    DictObj *g = a[1] && IS_DICT(a[1]) ? AS_DICT(a[1]) : t->frame ? t->frame->globals : t->interp->builtins;
    Value from = a[3] && IS_LIST(a[3]) ? tuple_from_array(AS_LIST(a[3])->items, AS_LIST(a[3])->len) : a[3];
    return import_name(t, a[0], g, from ? from : V_NONE, a[4] ? a[4] : MAKE_SMALL(0));
}

static Value b_exit(Task *t, const Value *args, size_t nargs, Value kw)
{
    Value e = exc_new(t, &exc_SystemExit, args, nargs > 1 ? 1 : nargs);
    return e ? err_set(t, e) : 0;
}

static const MethodDef builtin_functions[] = {
    {"print", b_print, METH_PLAIN, NULL}, {"input", b_input, METH_PLAIN, NULL},
    {"open", b_open, METH_PLAIN, NULL}, {"abs", b_abs, METH_PLAIN, NULL},
    {"divmod", b_divmod, METH_PLAIN, NULL}, {"pow", b_pow, METH_PLAIN, NULL},
    {"round", b_round, METH_PLAIN, NULL}, {"hex", b_hex, METH_PLAIN, NULL},
    {"oct", b_oct, METH_PLAIN, NULL}, {"bin", b_bin, METH_PLAIN, NULL},
    {"chr", b_chr, METH_PLAIN, NULL}, {"ord", b_ord, METH_PLAIN, NULL},
    {"min", b_min, METH_PLAIN, NULL}, {"max", b_max, METH_PLAIN, NULL},
    {"sum", b_sum, METH_PLAIN, NULL}, {"any", b_any, METH_PLAIN, NULL},
    {"all", b_all, METH_PLAIN, NULL}, {"sorted", b_sorted, METH_PLAIN, NULL},
    {"iter", b_iter, METH_PLAIN, NULL}, {"next", b_next, METH_PLAIN, NULL},
    {"len", b_len, METH_PLAIN, NULL}, {"repr", b_repr, METH_PLAIN, NULL},
    {"ascii", b_ascii, METH_PLAIN, NULL}, {"format", b_format, METH_PLAIN, NULL},
    {"isinstance", b_isinstance, METH_PLAIN, NULL}, {"issubclass", b_issubclass, METH_PLAIN, NULL},
    {"id", b_id, METH_PLAIN, NULL}, {"hash", b_hash, METH_PLAIN, NULL},
    {"callable", b_callable, METH_PLAIN, NULL}, {"getattr", b_getattr, METH_PLAIN, NULL},
    {"setattr", b_setattr, METH_PLAIN, NULL}, {"delattr", b_delattr, METH_PLAIN, NULL},
    {"hasattr", b_hasattr, METH_PLAIN, NULL}, {"dir", b_dir, METH_PLAIN, NULL},
    {"vars", b_vars, METH_PLAIN, NULL}, {"globals", b_globals, METH_PLAIN, NULL},
    {"locals", b_locals, METH_PLAIN, NULL}, {"compile", b_compile, METH_PLAIN, NULL},
    {"exec", b_exec, METH_PLAIN, NULL}, {"eval", b_eval, METH_PLAIN, NULL},
    {"__build_class__", b_build_class, METH_PLAIN, NULL}, {"__import__", b_import, METH_PLAIN, NULL},
    {"exit", b_exit, METH_PLAIN, NULL}, {"quit", b_exit, METH_PLAIN, NULL},
    {NULL},
};

static bool builtins_init(Task *t, Value m)
{
    DictObj *d = module_dict(m);
    static Type *const types[] = {
        &object_type, &type_type, &int_type, &bool_type, &float_type, &str_type, &bytes_type,
        &bytearray_type, &list_type, &tuple_type, &dict_type, &set_type, &frozenset_type,
        &range_type, &slice_type, &property_type, &classmethod_type, &staticmethod_type,
        &super_type, &enumerate_type, &zip_type, &map_type, &filter_type, &reversed_type,
        &complex_type,
    };
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        dict_set_str(d, types[i]->name_str, OBJ_VAL(types[i]));
#define ADD_EXC(name, base) dict_set_str(d, exc_##name.name_str, OBJ_VAL(&exc_##name));
    EXCEPTION_TYPES(ADD_EXC)
#undef ADD_EXC
    dict_set_cstr(d, "EnvironmentError", OBJ_VAL(&exc_OSError));
    dict_set_cstr(d, "IOError", OBJ_VAL(&exc_OSError));
    dict_set_cstr(d, "None", V_NONE);
    dict_set_cstr(d, "True", V_TRUE);
    dict_set_cstr(d, "False", V_FALSE);
    dict_set_cstr(d, "Ellipsis", V_ELLIPSIS);
    dict_set_cstr(d, "NotImplemented", V_NOTIMPL);
    dict_set_cstr(d, "__debug__", V_BOOL(!t->interp->optimize));
    dict_set_str(d, NAME(__name__), str_intern_cstr("builtins"));
    return true;
}

const NativeModule builtins_module = {"builtins", builtin_functions, builtins_init};
