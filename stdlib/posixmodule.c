/* posixmodule.c - posix: the operating-system calls behind the os module
 * (stdlib/os.py and posixpath.py). Failures raise OSError with errno,
 * strerror and the file name(s), which CPython's OSError constructor maps
 * to FileNotFoundError, PermissionError, ... */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <unistd.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <signal.h>
#include <gc/gc.h>
#include "object.h"
#include "error.h"
#include "int.h"
#include "floatobj.h"
#include "str.h"
#include "bytes.h"
#include "list.h"
#include "tuple.h"
#include "dict.h"
#include "names.h"
#include "interp.h"
#include "module.h"
#include "sigs.h"

extern char **environ;

/* OSError(errno, strerror, filename[, None, filename2]): raised with the
 * errno of the failed call. */
static Value os_error(Task *t, int err, Value path, Value path2)
{
    Value args[5] = {MAKE_SMALL(err), str_from_cstr(strerror(err)), path, V_NONE, path2};
    size_t n = path2 ? 5 : path ? 3 : 2;
    Value e = obj_call(t, OBJ_VAL(&exc_OSError), args, n, 0);
    return e ? err_set(t, e) : 0;
}

/* A path argument (str, bytes or os.PathLike) as a C string; *was_bytes
 * tells listdir what to return. *v becomes the str or bytes used (an
 * os.PathLike's __fspath__(), called once), which OSError.filename shows. */
static const char *path_arg_ex(Task *t, const char *fname, const char *argname, Value *pv, bool *was_bytes,
                               bool allow_fd)
{
    if (was_bytes) *was_bytes = false;
    Value v = *pv;
    Value p = obj_unbox(v);
    if (!IS_STR(p) && !HAS_FLAG(p, TF_BYTES)) {
        bool found;
        Value r = call_special(t, v, str_intern_cstr("__fspath__"), NULL, 0, &found);
        if (!found) {
            err_format(t, &exc_TypeError, "%s: %s should be string, bytes%s os.PathLike%s, not %s",
                       fname, argname, allow_fd ? "," : " or", allow_fd ? " or integer" : "",
                       obj_type_name(v));
            return NULL;
        }
        if (!r) return NULL;
        p = obj_unbox(r);
        if (!IS_STR(p) && !HAS_FLAG(p, TF_BYTES)) {
            err_format(t, &exc_TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                       obj_type_name(v), obj_type_name(r));
            return NULL;
        }
        v = r;
    }
    const char *s;
    size_t n;
    if (IS_STR(p)) {
        s = STR_DATA(p);
        n = STR_SIZE(p);
    } else {
        bytes_view(p, &s, &n);
        if (was_bytes) *was_bytes = true;
    }
    if (strlen(s) != n) {
        err_format(t, &exc_ValueError, "%s: embedded null character in %s", fname, argname);
        return NULL;
    }
    *pv = v;
    return s;
}

static const char *path_arg(Task *t, const char *fname, const char *argname, Value *v, bool *was_bytes)
{
    return path_arg_ex(t, fname, argname, v, was_bytes, false);
}

static Value p_getcwd(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "getcwd", nargs, kw, 0, 0)) return 0;
    char buf[PATH_MAX];
    if (!getcwd(buf, sizeof buf)) return os_error(t, errno, 0, 0);
    return str_from_cstr(buf);
}

static Value p_chdir(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "chdir", nargs, kw, 1, 1)) return 0;
    Value path = args[0];
    const char *p = path_arg(t, "chdir", "path", &path, NULL);
    if (!p) return 0;
    if (chdir(p) != 0) return os_error(t, errno, path, 0);
    return V_NONE;
}

static Value p_listdir(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "listdir", nargs, kw, 0, 1)) return 0;
    bool as_bytes = false;
    const char *p = ".";
    Value pv = nargs && args[0] != V_NONE ? args[0] : 0;
    if (pv && !(p = path_arg(t, "listdir", "path", &pv, &as_bytes))) return 0;
    DIR *d = opendir(p);
    if (!d) return os_error(t, errno, pv ? pv : str_from_cstr("."), 0);
    Value out = list_new(8);
    struct dirent *e;
    while (out && (e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        size_t n = strlen(e->d_name);
        Value name = as_bytes ? bytes_new(t, e->d_name, n)
                              : (utf8_valid(e->d_name, n) ? str_new(e->d_name, n) : 0);
        if (!name && !as_bytes) continue;   /* undecodable names: skipped (no surrogateescape) */
        if (!name || !list_append(t, out, name)) {
            out = 0;
            break;
        }
    }
    closedir(d);
    return out;
}

static Value p_mkdir(Task *t, const Value *args, size_t nargs, Value kw)
{
    static const ArgSpec spec = {"mkdir", 0, 2, 1, 3, {"path", "mode", "dir_fd"}};
    Value a[3];
    if (!args_bind(t, &spec, args, nargs, kw, a)) return 0;
    const char *p = path_arg(t, "mkdir", "path", &a[0], NULL);
    int64_t mode = 0777;
    if (!p || (a[1] && !int_as_i64(t, a[1], &mode))) return 0;
    if (mkdir(p, (mode_t)mode) != 0) return os_error(t, errno, a[0], 0);
    return V_NONE;
}

/* One-path calls: rmdir, unlink/remove. */
static Value one_path(Task *t, const char *fname, const Value *args, size_t nargs, Value kw,
                      int (*call)(const char *))
{
    if (!args_check(t, fname, nargs, kw, 1, 1)) return 0;
    Value path = args[0];
    const char *p = path_arg(t, fname, "path", &path, NULL);
    if (!p) return 0;
    if (call(p) != 0) return os_error(t, errno, path, 0);
    return V_NONE;
}

static Value p_rmdir(Task *t, const Value *a, size_t n, Value kw) { return one_path(t, "rmdir", a, n, kw, rmdir); }
static Value p_unlink(Task *t, const Value *a, size_t n, Value kw) { return one_path(t, "unlink", a, n, kw, unlink); }
static Value p_remove(Task *t, const Value *a, size_t n, Value kw) { return one_path(t, "remove", a, n, kw, unlink); }

static Value two_paths(Task *t, const char *fname, const Value *args, size_t nargs, Value kw,
                       int (*call)(const char *, const char *))
{
    if (!args_check(t, fname, nargs, kw, 2, 2)) return 0;
    Value src = args[0], dst = args[1];
    const char *a = path_arg(t, fname, "src", &src, NULL);
    const char *b = a ? path_arg(t, fname, "dst", &dst, NULL) : NULL;
    if (!b) return 0;
    if (call(a, b) != 0) return os_error(t, errno, src, dst);
    return V_NONE;
}

static Value p_rename(Task *t, const Value *a, size_t n, Value kw) { return two_paths(t, "rename", a, n, kw, rename); }
static Value p_replace(Task *t, const Value *a, size_t n, Value kw) { return two_paths(t, "replace", a, n, kw, rename); }
static Value p_symlink(Task *t, const Value *a, size_t n, Value kw) { return two_paths(t, "symlink", a, n, kw, symlink); }

static Value timespec_float(Task *t, struct timespec ts) { return float_new(t, (double)ts.tv_sec + ts.tv_nsec * 1e-9); }

static Value timespec_ns(Task *t, struct timespec ts)
{
    Value s = int_from_i64(t, ts.tv_sec);
    Value r = s ? int_arith(t, s, MAKE_SMALL(1000000000), BIN_MULT) : 0;
    return r ? int_arith(t, r, MAKE_SMALL(ts.tv_nsec), BIN_ADD) : 0;
}

/* (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime as ints,
 *  the three as floats, the three in nanoseconds): os.py makes a stat_result. */
static Value stat_tuple(Task *t, const struct stat *st)
{
    Value r = tuple_new(16);
    if (!r) return err_no_memory(t);
    int64_t ints[10] = {st->st_mode, (int64_t)st->st_ino, (int64_t)st->st_dev, (int64_t)st->st_nlink,
                        st->st_uid, st->st_gid, st->st_size, st->st_atim.tv_sec,
                        st->st_mtim.tv_sec, st->st_ctim.tv_sec};
    for (int i = 0; i < 10; i++) TUPLE_ITEM(r, i) = int_from_i64(t, ints[i]);
    TUPLE_ITEM(r, 10) = timespec_float(t, st->st_atim);
    TUPLE_ITEM(r, 11) = timespec_float(t, st->st_mtim);
    TUPLE_ITEM(r, 12) = timespec_float(t, st->st_ctim);
    TUPLE_ITEM(r, 13) = timespec_ns(t, st->st_atim);
    TUPLE_ITEM(r, 14) = timespec_ns(t, st->st_mtim);
    TUPLE_ITEM(r, 15) = timespec_ns(t, st->st_ctim);
    for (int i = 0; i < 16; i++)
        if (!TUPLE_ITEM(r, i)) return 0;
    return r;
}

static Value do_stat(Task *t, const char *fname, const Value *args, size_t nargs, Value kw, bool follow)
{
    static const ArgSpec spec = {"stat", 0, 1, 1, 3, {"path", "dir_fd", "follow_symlinks"}};
    Value a[3];
    if (!args_bind(t, &spec, args, nargs, kw, a)) return 0;
    if (a[2]) {
        int f = obj_truthy(t, a[2]);
        if (f < 0) return 0;
        follow = follow && f;
    }
    struct stat st;
    int r;
    Value n = int_norm(a[0]);
    if (n) {
        int64_t fd;
        if (!int_as_i64(t, n, &fd)) return 0;
        r = fstat((int)fd, &st);
    } else {
        const char *p = path_arg_ex(t, fname, "path", &a[0], NULL, true);
        if (!p) return 0;
        r = follow ? stat(p, &st) : lstat(p, &st);
    }
    if (r != 0) return os_error(t, errno, a[0], 0);
    return stat_tuple(t, &st);
}

static Value p_stat(Task *t, const Value *a, size_t n, Value kw) { return do_stat(t, "stat", a, n, kw, true); }
static Value p_lstat(Task *t, const Value *a, size_t n, Value kw) { return do_stat(t, "lstat", a, n, kw, false); }

static Value p_readlink(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "readlink", nargs, kw, 1, 1)) return 0;
    bool as_bytes;
    Value path = args[0];
    const char *p = path_arg(t, "readlink", "path", &path, &as_bytes);
    if (!p) return 0;
    char buf[PATH_MAX];
    ssize_t n = readlink(p, buf, sizeof buf);
    if (n < 0) return os_error(t, errno, path, 0);
    return as_bytes ? bytes_new(t, buf, (size_t)n) : str_new(buf, (size_t)n);
}

static Value p_access(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "access", nargs, kw, 2, 2)) return 0;
    Value path = args[0];
    const char *p = path_arg(t, "access", "path", &path, NULL);
    int64_t mode;
    if (!p || !int_as_i64(t, args[1], &mode)) return 0;
    return V_BOOL(access(p, (int)mode) == 0);
}

static Value p_chmod(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "chmod", nargs, kw, 2, 2)) return 0;
    Value path = args[0];
    const char *p = path_arg(t, "chmod", "path", &path, NULL);
    int64_t mode;
    if (!p || !int_as_i64(t, args[1], &mode)) return 0;
    if (chmod(p, (mode_t)mode) != 0) return os_error(t, errno, path, 0);
    return V_NONE;
}

/* --- file descriptors ------------------------------------------------------------------- */

static bool fd_arg(Task *t, Value v, int *fd)
{
    int64_t n;
    if (!int_as_i64(t, v, &n)) return false;
    *fd = (int)n;
    return true;
}

/* open(path, flags, mode=0o777) -> fd (O_CLOEXEC added, as CPython's) */
static Value p_open(Task *t, const Value *args, size_t nargs, Value kw)
{
    static const ArgSpec spec = {"open", 0, 3, 2, 4, {"path", "flags", "mode", "dir_fd"}};
    Value a[4];
    if (!args_bind(t, &spec, args, nargs, kw, a)) return 0;
    const char *p = path_arg(t, "open", "path", &a[0], NULL);
    int64_t flags, mode = 0777;
    if (!p || !int_as_i64(t, a[1], &flags) || (a[2] && !int_as_i64(t, a[2], &mode))) return 0;
    int fd;
    do fd = open(p, (int)flags | O_CLOEXEC, (mode_t)mode);
    while (fd < 0 && errno == EINTR);
    if (fd < 0) return os_error(t, errno, a[0], 0);
    return MAKE_SMALL(fd);
}

static Value p_close(Task *t, const Value *args, size_t nargs, Value kw)
{
    int fd;
    if (!args_check(t, "close", nargs, kw, 1, 1) || !fd_arg(t, args[0], &fd)) return 0;
    if (close(fd) != 0) return os_error(t, errno, 0, 0);
    return V_NONE;
}

static Value p_read(Task *t, const Value *args, size_t nargs, Value kw)
{
    int fd;
    int64_t n;
    if (!args_check(t, "read", nargs, kw, 2, 2) || !fd_arg(t, args[0], &fd) || !int_as_i64(t, args[1], &n)) return 0;
    if (n < 0) return os_error(t, EINVAL, 0, 0);
    char *buf = GC_MALLOC_ATOMIC((size_t)n + 1);
    if (!buf) return err_no_memory(t);
    ssize_t r;
    do r = read(fd, buf, (size_t)n);
    while (r < 0 && errno == EINTR);
    if (r < 0) return os_error(t, errno, 0, 0);
    return bytes_new(t, buf, (size_t)r);
}

static Value p_write(Task *t, const Value *args, size_t nargs, Value kw)
{
    int fd;
    if (!args_check(t, "write", nargs, kw, 2, 2) || !fd_arg(t, args[0], &fd)) return 0;
    if (!bytes_like(args[1]))
        return err_format(t, &exc_TypeError, "a bytes-like object is required, not '%s'", obj_type_name(args[1]));
    const char *p;
    size_t n;
    bytes_view(args[1], &p, &n);
    ssize_t r;
    do r = write(fd, p, n);
    while (r < 0 && errno == EINTR);
    if (r < 0) return os_error(t, errno, 0, 0);
    return int_from_i64(t, r);
}

static Value p_lseek(Task *t, const Value *args, size_t nargs, Value kw)
{
    int fd;
    int64_t pos, how;
    if (!args_check(t, "lseek", nargs, kw, 3, 3) || !fd_arg(t, args[0], &fd) ||
        !int_as_i64(t, args[1], &pos) || !int_as_i64(t, args[2], &how))
        return 0;
    off_t r = lseek(fd, (off_t)pos, (int)how);
    if (r < 0) return os_error(t, errno, 0, 0);
    return int_from_i64(t, r);
}

/* utime(path, times=None, *, ns=None): access and modification times as
 * (atime, mtime) seconds (ints or floats) or ns nanoseconds; now by default. */
static Value p_utime(Task *t, const Value *args, size_t nargs, Value kw)
{
    static const ArgSpec spec = {"utime", 0, 2, 1, 3, {"path", "times", "ns"}};
    Value a[3];
    if (!args_bind(t, &spec, args, nargs, kw, a)) return 0;
    const char *p = path_arg(t, "utime", "path", &a[0], NULL);
    if (!p) return 0;
    struct timespec ts[2];
    struct timespec *tsp = NULL;
    if (a[1] && a[1] != V_NONE) {
        if (a[2]) return err_format(t, &exc_ValueError, "utime: you may specify either 'times' or 'ns' but not both");
        if (!IS_TUPLE(a[1]) || TUPLE_LEN(a[1]) != 2)
            return err_format(t, &exc_TypeError, "utime: 'times' must be either a tuple of two ints or None");
        for (int i = 0; i < 2; i++) {
            double d;
            if (float_operand(t, TUPLE_ITEM(a[1], i), &d) <= 0) {
                if (!t->exc) err_format(t, &exc_TypeError, "utime: 'times' must be either a tuple of two ints or None");
                return 0;
            }
            double whole = floor(d);
            ts[i].tv_sec = (time_t)whole;
            ts[i].tv_nsec = (long)((d - whole) * 1e9);
        }
        tsp = ts;
    } else if (a[2]) {
        if (!IS_TUPLE(a[2]) || TUPLE_LEN(a[2]) != 2)
            return err_format(t, &exc_TypeError, "utime: 'ns' must be a tuple of two ints");
        for (int i = 0; i < 2; i++) {
            int64_t ns;
            if (!int_as_i64(t, TUPLE_ITEM(a[2], i), &ns)) return 0;
            ts[i].tv_sec = (time_t)(ns >= 0 ? ns / 1000000000 : -((-ns + 999999999) / 1000000000));
            ts[i].tv_nsec = (long)(ns - (int64_t)ts[i].tv_sec * 1000000000);
        }
        tsp = ts;
    }
    if (utimensat(AT_FDCWD, p, tsp, 0) != 0) return os_error(t, errno, a[0], 0);
    return V_NONE;
}

static Value p_getpid(Task *t, const Value *args, size_t nargs, Value kw)
{
    return args_check(t, "getpid", nargs, kw, 0, 0) ? int_from_i64(t, getpid()) : 0;
}

/* kill(pid, sig). A signal sent to the process itself is handled before
 * the call returns, as in CPython (the kernel delivers it to this thread
 * when it does not block it; runtime/sigs.h). */
static Value p_kill(Task *t, const Value *args, size_t nargs, Value kw)
{
    int64_t pid, sig;
    if (!args_check(t, "kill", nargs, kw, 2, 2) || !int_as_i64(t, args[0], &pid) || !int_as_i64(t, args[1], &sig))
        return 0;
    if (kill((pid_t)pid, (int)sig) != 0) return os_error(t, errno, 0, 0);
    if (pid == getpid() && t->driving) sig_await((int)sig);
    if (__atomic_load_n(&t->interp->interrupted, __ATOMIC_ACQUIRE) && !sig_check(t)) return 0;
    return V_NONE;
}

static Value p_getppid(Task *t, const Value *args, size_t nargs, Value kw)
{
    return args_check(t, "getppid", nargs, kw, 0, 0) ? int_from_i64(t, getppid()) : 0;
}

static Value p_getuid(Task *t, const Value *args, size_t nargs, Value kw)
{
    return args_check(t, "getuid", nargs, kw, 0, 0) ? int_from_i64(t, getuid()) : 0;
}

static Value p_cpu_count(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "cpu_count", nargs, kw, 0, 0)) return 0;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n >= 1 ? int_from_i64(t, n) : V_NONE;
}

static Value p_urandom(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "urandom", nargs, kw, 1, 1)) return 0;
    Value nv = obj_index(t, args[0]);
    int64_t n;
    if (!nv || !int_as_i64(t, nv, &n)) return 0;
    if (n < 0) return err_format(t, &exc_ValueError, "negative argument not allowed");
    BytesObj *b = bytes_alloc((size_t)n);
    if (!b) return err_no_memory(t);
    size_t got = 0;
    while (got < (size_t)n) {
        ssize_t r = getrandom(b->data + got, (size_t)n - got, 0);
        if (r < 0) {
            if (errno == EINTR) continue;
            return os_error(t, errno, 0, 0);
        }
        got += (size_t)r;
    }
    return OBJ_VAL(b);
}

/* putenv/unsetenv change the process environment, which every interpreter
 * shares (as in CPython, where subinterpreters share it too). */
static Value p_putenv(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "putenv", nargs, kw, 2, 2)) return 0;
    Value name = args[0], value = args[1];
    const char *k = path_arg(t, "putenv", "name", &name, NULL);
    const char *v = k ? path_arg(t, "putenv", "value", &value, NULL) : NULL;
    if (!v) return 0;
    if (!*k || strchr(k, '=')) return err_format(t, &exc_ValueError, "illegal environment variable name");
    if (setenv(k, v, 1) != 0) return os_error(t, errno, 0, 0);
    return V_NONE;
}

static Value p_unsetenv(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "unsetenv", nargs, kw, 1, 1)) return 0;
    Value name = args[0];
    const char *k = path_arg(t, "unsetenv", "name", &name, NULL);
    if (!k) return 0;
    if (!*k || strchr(k, '=')) return err_format(t, &exc_ValueError, "illegal environment variable name");
    if (unsetenv(k) != 0) return os_error(t, errno, 0, 0);
    return V_NONE;
}

static Value p_strerror(Task *t, const Value *args, size_t nargs, Value kw)
{
    int64_t code;
    if (!args_check(t, "strerror", nargs, kw, 1, 1) || !int_as_i64(t, args[0], &code)) return 0;
    return str_from_cstr(strerror((int)code));
}

static Value p_system(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "system", nargs, kw, 1, 1)) return 0;
    Value command = args[0];
    const char *cmd = path_arg(t, "system", "command", &command, NULL);
    if (!cmd) return 0;
    fflush(NULL);
    int r = system(cmd);
    return int_from_i64(t, r);
}

static Value p_isatty(Task *t, const Value *args, size_t nargs, Value kw)
{
    int64_t fd;
    if (!args_check(t, "isatty", nargs, kw, 1, 1) || !int_as_i64(t, args[0], &fd)) return 0;
    return V_BOOL(isatty((int)fd));
}

/* uname() as a plain 5-tuple of str (sysname, nodename, release, version,
 * machine); os.py makes it an os.uname_result. */
static Value p_uname(Task *t, const Value *args, size_t nargs, Value kw)
{
    (void)args;
    if (!args_check(t, "uname", nargs, kw, 0, 0)) return 0;
    struct utsname u;
    if (uname(&u) != 0) return os_error(t, errno, 0, 0);
    const char *fields[5] = {u.sysname, u.nodename, u.release, u.version, u.machine};
    Value r = tuple_new(5);
    for (int i = 0; i < 5; i++) TUPLE_ITEM(r, i) = str_from_cstr(fields[i]);
    return r;
}


/* --- processes ---------------------------------------------------------------------------- */

/* pipe() -> (read_fd, write_fd), both close-on-exec (non-inheritable, as CPython's). */
static Value p_pipe(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "pipe", nargs, kw, 0, 0)) return 0;
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) return os_error(t, errno, 0, 0);
    return tuple_pack(2, MAKE_SMALL(fds[0]), MAKE_SMALL(fds[1]));
}

/* waitpid(pid, options) -> (pid, status). It blocks the worker thread
 * (not only the task) unless options has WNOHANG: subprocess polls with
 * WNOHANG and time.sleep, which parks, when it has a timeout. */
static Value p_waitpid(Task *t, const Value *args, size_t nargs, Value kw)
{
    int64_t pid, options;
    if (!args_check(t, "waitpid", nargs, kw, 2, 2) || !int_as_i64(t, args[0], &pid) ||
        !int_as_i64(t, args[1], &options))
        return 0;
    int status = 0;
    pid_t r;
    do r = waitpid((pid_t)pid, &status, (int)options);
    while (r < 0 && errno == EINTR);
    if (r < 0) return os_error(t, errno, 0, 0);
    return tuple_pack(2, int_from_i64(t, r), int_from_i64(t, status));
}

static bool status_arg(Task *t, const char *fname, const Value *args, size_t nargs, Value kw, int *status)
{
    int64_t s;
    if (!args_check(t, fname, nargs, kw, 1, 1) || !int_as_i64(t, args[0], &s)) return false;
    *status = (int)s;
    return true;
}

#define STATUS_FN(NAME, EXPR)                                                         \
    static Value p_##NAME(Task *t, const Value *args, size_t nargs, Value kw)         \
    {                                                                                 \
        int status;                                                                   \
        if (!status_arg(t, #NAME, args, nargs, kw, &status)) return 0;                \
        return EXPR;                                                                  \
    }
STATUS_FN(WIFEXITED, V_BOOL(WIFEXITED(status)))
STATUS_FN(WEXITSTATUS, MAKE_SMALL(WEXITSTATUS(status)))
STATUS_FN(WIFSIGNALED, V_BOOL(WIFSIGNALED(status)))
STATUS_FN(WTERMSIG, MAKE_SMALL(WTERMSIG(status)))
STATUS_FN(WIFSTOPPED, V_BOOL(WIFSTOPPED(status)))
STATUS_FN(WSTOPSIG, MAKE_SMALL(WSTOPSIG(status)))

/* waitstatus_to_exitcode(status): the exit code, or minus the signal that killed it. */
static Value p_waitstatus_to_exitcode(Task *t, const Value *args, size_t nargs, Value kw)
{
    int status;
    if (!status_arg(t, "waitstatus_to_exitcode", args, nargs, kw, &status)) return 0;
    if (WIFEXITED(status)) return MAKE_SMALL(WEXITSTATUS(status));
    if (WIFSIGNALED(status)) return MAKE_SMALL(-WTERMSIG(status));
    if (WIFSTOPPED(status))
        return err_format(t, &exc_ValueError, "process stopped by delivery of signal %d", WSTOPSIG(status));
    return err_format(t, &exc_ValueError, "invalid wait status: %d", status);
}

/* The configuration strings confstr() knows by name (os.confstr_names). */
static const struct { const char *name; int value; } confstr_table[] = {
    {"CS_PATH", _CS_PATH},
    {"CS_GNU_LIBC_VERSION", _CS_GNU_LIBC_VERSION},
    {"CS_GNU_LIBPTHREAD_VERSION", _CS_GNU_LIBPTHREAD_VERSION},
};

/* confstr(name): a configuration string of the system (name is one of
 * confstr_names or its number), None when the system defines none. */
static Value p_confstr(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "confstr", nargs, kw, 1, 1)) return 0;
    int64_t code = -1;
    if (IS_STR(args[0])) {
        Value name = args[0];
        const char *k = path_arg(t, "confstr", "name", &name, NULL);
        if (!k) return 0;
        for (size_t i = 0; i < sizeof confstr_table / sizeof *confstr_table; i++)
            if (strcmp(k, confstr_table[i].name) == 0) code = confstr_table[i].value;
        if (code < 0) return err_format(t, &exc_ValueError, "unrecognized configuration name");
    } else if (!IS_INT(args[0])) {
        return err_format(t, &exc_TypeError, "configuration names must be strings or integers");
    } else if (!int_as_i64(t, args[0], &code)) {
        return 0;
    }
    errno = 0;
    size_t need = confstr((int)code, NULL, 0);
    if (need == 0) return errno ? os_error(t, errno, 0, 0) : V_NONE;
    char *buf = GC_MALLOC_ATOMIC(need);
    confstr((int)code, buf, need);
    return str_from_cstr(buf);
}

static Value p_exit(Task *t, const Value *args, size_t nargs, Value kw)
{
    int64_t code;
    if (!args_check(t, "_exit", nargs, kw, 1, 1) || !int_as_i64(t, args[0], &code)) return 0;
    fflush(NULL);
    _exit((int)code);
}

/* The environment at import time, as a dict of str (os.environ's start). */
static Value environ_dict(Task *t)
{
    DictObj *d = dict_new();
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq || eq == *e) continue;
        size_t kn = (size_t)(eq - *e), vn = strlen(eq + 1);
        if (!utf8_valid(*e, kn) || !utf8_valid(eq + 1, vn)) continue;
        Value k = str_new(*e, kn), v = str_new(eq + 1, vn);
        if (!k || !v || !dict_set(t, d, k, v)) return 0;
    }
    return OBJ_VAL(d);
}

static const MethodDef posix_functions[] = {
    {"getcwd", p_getcwd, METH_PLAIN, "Return a unicode string representing the current working directory."},
    {"chdir", p_chdir, METH_PLAIN, "Change the current working directory to the specified path."},
    {"listdir", p_listdir, METH_PLAIN, "Return a list containing the names of the files in the directory."},
    {"mkdir", p_mkdir, METH_PLAIN, "Create a directory."},
    {"rmdir", p_rmdir, METH_PLAIN, "Remove a directory."},
    {"unlink", p_unlink, METH_PLAIN, "Remove a file (same as remove())."},
    {"remove", p_remove, METH_PLAIN, "Remove a file (same as unlink())."},
    {"rename", p_rename, METH_PLAIN, "Rename a file or directory."},
    {"replace", p_replace, METH_PLAIN, "Rename a file or directory, overwriting the destination."},
    {"symlink", p_symlink, METH_PLAIN, "Create a symbolic link pointing to src named dst."},
    {"stat", p_stat, METH_PLAIN, "Perform a stat system call on the given path."},
    {"lstat", p_lstat, METH_PLAIN, "Perform a stat system call on the given path, without following symbolic links."},
    {"readlink", p_readlink, METH_PLAIN, "Return a string representing the path to which the symbolic link points."},
    {"access", p_access, METH_PLAIN, "Use the real uid/gid to test for access to a path."},
    {"chmod", p_chmod, METH_PLAIN, "Change the access permissions of a file."},
    {"utime", p_utime, METH_PLAIN, "Set the access and modified time of path."},
    {"open", p_open, METH_PLAIN, "Open a file for low level IO.  Returns a file descriptor (integer)."},
    {"close", p_close, METH_PLAIN, "Close a file descriptor."},
    {"read", p_read, METH_PLAIN, "Read from a file descriptor.  Returns a bytes object."},
    {"write", p_write, METH_PLAIN, "Write a bytes object to a file descriptor."},
    {"lseek", p_lseek, METH_PLAIN, "Set the position of a file descriptor.  Return the new position."},
    {"getpid", p_getpid, METH_PLAIN, "Return the current process id."},
    {"kill", p_kill, METH_PLAIN, "Kill a process with a signal."},
    {"getppid", p_getppid, METH_PLAIN, "Return the parent's process id."},
    {"getuid", p_getuid, METH_PLAIN, "Return the current process's user id."},
    {"cpu_count", p_cpu_count, METH_PLAIN, "Return the number of CPUs in the system; return None if indeterminable."},
    {"urandom", p_urandom, METH_PLAIN, "Return a bytes object containing random bytes suitable for cryptographic use."},
    {"putenv", p_putenv, METH_PLAIN, "Change or add an environment variable."},
    {"unsetenv", p_unsetenv, METH_PLAIN, "Delete an environment variable."},
    {"strerror", p_strerror, METH_PLAIN, "Translate an error code to a message string."},
    {"system", p_system, METH_PLAIN, "Execute the command in a subshell."},
    {"uname", p_uname, METH_PLAIN, "Return a tuple identifying the current operating system."},
    {"confstr", p_confstr, METH_PLAIN, "Return a string-valued system configuration variable."},
    {"isatty", p_isatty, METH_PLAIN, "Return True if the fd is connected to a terminal."},
    {"pipe", p_pipe, METH_PLAIN, "Create a pipe: (read_fd, write_fd), both non-inheritable."},
    {"waitpid", p_waitpid, METH_PLAIN, "Wait for completion of a given child process: (pid, status)."},
    {"WIFEXITED", p_WIFEXITED, METH_PLAIN, "Return True if the process returning status exited via the exit() system call."},
    {"WEXITSTATUS", p_WEXITSTATUS, METH_PLAIN, "Return the process return code from status."},
    {"WIFSIGNALED", p_WIFSIGNALED, METH_PLAIN, "Return True if the process returning status was terminated by a signal."},
    {"WTERMSIG", p_WTERMSIG, METH_PLAIN, "Return the signal that terminated the process that provided the status value."},
    {"WIFSTOPPED", p_WIFSTOPPED, METH_PLAIN, "Return True if the process returning status was stopped."},
    {"WSTOPSIG", p_WSTOPSIG, METH_PLAIN, "Return the signal that stopped the process that provided the status value."},
    {"waitstatus_to_exitcode", p_waitstatus_to_exitcode, METH_PLAIN, "Convert a wait status to an exit code."},
    {"_exit", p_exit, METH_PLAIN, "Exit to the system with specified status, without normal exit processing."},
    {NULL},
};

static bool posix_init(Task *t, Value m)
{
    DictObj *d = module_dict(m);
    Value env = environ_dict(t);
    if (!env) return false;
    dict_set_cstr(d, "environ", env);
    static const struct { const char *name; int value; } consts[] = {
        {"F_OK", F_OK}, {"R_OK", R_OK}, {"W_OK", W_OK}, {"X_OK", X_OK},
        {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR},
        {"O_CREAT", O_CREAT}, {"O_EXCL", O_EXCL}, {"O_TRUNC", O_TRUNC}, {"O_APPEND", O_APPEND},
        {"O_NOFOLLOW", O_NOFOLLOW}, {"O_CLOEXEC", O_CLOEXEC}, {"O_DIRECTORY", O_DIRECTORY},
        {"O_NONBLOCK", O_NONBLOCK}, {"O_SYNC", O_SYNC}, {"O_NOCTTY", O_NOCTTY},
        {"WNOHANG", WNOHANG}, {"WUNTRACED", WUNTRACED},
        {"SEEK_SET", SEEK_SET}, {"SEEK_CUR", SEEK_CUR}, {"SEEK_END", SEEK_END},
    };
    for (size_t i = 0; i < sizeof consts / sizeof *consts; i++)
        dict_set_cstr(d, consts[i].name, MAKE_SMALL(consts[i].value));
    DictObj *names = dict_new();
    for (size_t i = 0; i < sizeof confstr_table / sizeof *confstr_table; i++)
        dict_set_cstr(names, confstr_table[i].name, MAKE_SMALL(confstr_table[i].value));
    dict_set_cstr(d, "confstr_names", OBJ_VAL(names));
    return true;
}

const NativeModule posix_module = {"posix", posix_functions, posix_init};
