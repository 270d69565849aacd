/* file.c - file objects: text (UTF-8) and binary files over C stdio, with
 * read/readline/readlines/write/writelines, iteration by line, and the
 * context-manager protocol. Unclosed owned files are closed by a GC
 * finaliser. */
#include <errno.h>
#include <gc/gc.h>
#include <string.h>
#include <unistd.h>
#include "object.h"
#include "error.h"
#include "interp.h"
#include "str.h"
#include "list.h"
#include "tuple.h"
#include "names.h"
#include "bytes.h"
#include "file.h"

static void finalize(void *obj, void *data)
{
    FileObj *f = obj;
    if (f->owned && !f->closed && f->fp) fclose(f->fp);
}

Value file_from_stream(Task *t, FILE *fp, const char *name, const char *mode, bool owned)
{
    FileObj *f = GC_MALLOC(sizeof *f);
    if (!f) return err_no_memory(t);
    f->hdr.type = &file_type;
    f->fp = fp;
    f->name = str_from_cstr(name);
    f->mode = str_from_cstr(mode);
    f->binary = strchr(mode, 'b') != NULL;
    f->readable = strchr(mode, 'r') || strchr(mode, '+');
    f->writable = strchr(mode, 'w') || strchr(mode, 'a') || strchr(mode, 'x') || strchr(mode, '+');
    f->owned = owned;
    if (owned) GC_register_finalizer(f, finalize, NULL, NULL, NULL);
    return OBJ_VAL(f);
}

static Value os_error(Task *t, int err, Value path)
{
    Value args[3] = {MAKE_SMALL(err), str_from_cstr(strerror(err)), path};
    Value e = obj_call(t, OBJ_VAL(&exc_OSError), args, path ? 3 : 2, 0);
    return e ? err_set(t, e) : 0;
}

Value file_open(Task *t, Value path, Value mode)
{
    const char *m = mode ? STR_DATA(mode) : "r";
    size_t plus = strspn(m, "rwaxbt+");
    int kinds = !!strchr(m, 'r') + !!strchr(m, 'w') + !!strchr(m, 'a') + !!strchr(m, 'x');
    if (plus != strlen(m) || kinds != 1 || (strchr(m, 'b') && strchr(m, 't')))
        return err_format(t, &exc_ValueError, "invalid mode: '%s'", m);
    char cmode[4] = {0};
    cmode[0] = strchr(m, 'x') ? 'w' : m[strcspn(m, "rwa")];
    if (strchr(m, '+')) cmode[1] = '+';
    if (strchr(m, 'x') && access(STR_DATA(path), F_OK) == 0) return os_error(t, EEXIST, path);
    FILE *fp = fopen(STR_DATA(path), cmode);
    if (!fp) return os_error(t, errno, path);
    Value f = file_from_stream(t, fp, STR_DATA(path), m, true);
    if (f) ((FileObj *)f)->name = path;
    return f;
}

static bool check_open(Task *t, FileObj *f, bool want_read)
{
    if (f->closed) {
        err_format(t, &exc_ValueError, "I/O operation on closed file.");
        return false;
    }
    if (want_read ? !f->readable : !f->writable) {
        err_format(t, &exc_UnsupportedOperation, want_read ? "not readable" : "not writable");
        return false;
    }
    return true;
}

bool file_write_text(Task *t, FileObj *f, const char *s, size_t n)
{
    if (!check_open(t, f, false)) return false;
    if (fwrite(s, 1, n, f->fp) != n) {
        os_error(t, errno, 0);
        return false;
    }
    return true;
}

/* Bytes read until the end or n bytes (n < 0: all). */
static Value read_bytes(Task *t, FileObj *f, int64_t n)
{
    size_t cap = n >= 0 ? (size_t)n : 8192, len = 0, got;
    char *buf = GC_MALLOC_ATOMIC(cap + 1);
    while (buf && (n < 0 || len < (size_t)n) && (got = fread(buf + len, 1, cap - len, f->fp)) > 0) {
        len += got;
        if (len == cap && n < 0) buf = GC_REALLOC(buf, (cap *= 2) + 1);
    }
    if (!buf) return err_no_memory(t);
    return f->binary ? bytes_new(t, buf, len) : str_new(buf, len);
}

/* One line including its newline ("" at the end). */
static Value read_line(Task *t, FileObj *f)
{
    size_t cap = 128, len = 0;
    char *buf = GC_MALLOC_ATOMIC(cap);
    int c;
    while (buf && (c = getc(f->fp)) != EOF) {
        if (len + 1 >= cap) buf = GC_REALLOC(buf, cap *= 2);
        buf[len++] = (char)c;
        if (c == '\n') break;
    }
    if (!buf) return err_no_memory(t);
    return f->binary ? bytes_new(t, buf, len) : str_new(buf, len);
}

#define SELF ((FileObj *)args[0])

static Value m_read(Task *t, const Value *args, size_t n, Value kw)
{
    if (!args_check(t, "read", n - 1, kw, 0, 1) || !check_open(t, SELF, true)) return 0;
    int64_t size = -1;
    if (n > 1 && args[1] != V_NONE && IS_SMALL(args[1])) size = SMALL_VAL(args[1]);
    if (size >= 0 && !SELF->binary) {
        /* size counts characters in text mode */
        StrBuf b;
        sb_init(&b, (size_t)size);
        for (int64_t i = 0; i < size; i++) {
            int c = getc(SELF->fp);
            if (c == EOF) break;
            sb_putc(&b, (char)c);
            int extra = (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : 0;
            while (extra-- > 0 && (c = getc(SELF->fp)) != EOF) sb_putc(&b, (char)c);
        }
        return sb_finish(&b);
    }
    return read_bytes(t, SELF, size);
}

static Value m_readline(Task *t, const Value *args, size_t n, Value kw)
{
    if (!check_open(t, SELF, true)) return 0;
    return read_line(t, SELF);
}

static Value m_readlines(Task *t, const Value *args, size_t n, Value kw)
{
    if (!check_open(t, SELF, true)) return 0;
    Value lines = list_new(8);
    for (;;) {
        Value l = read_line(t, SELF);
        if (!l) return 0;
        if ((SELF->binary ? bytes_size(l) : STR_SIZE(l)) == 0) return lines;
        list_append(t, lines, l);
    }
}

static Value m_write(Task *t, const Value *args, size_t n, Value kw)
{
    if (!args_check(t, "write", n - 1, kw, 1, 1)) return 0;
    Value s = args[1];
    if (SELF->binary) {
        const char *p;
        size_t len;
        if (!bytes_like(s)) return err_format(t, &exc_TypeError, "a bytes-like object is required, not '%s'", obj_type_name(s));
        bytes_view(s, &p, &len);
        return file_write_text(t, SELF, p, len) ? MAKE_SMALL((intptr_t)len) : 0;
    }
    s = obj_unbox(s);
    if (!IS_STR(s)) return err_format(t, &exc_TypeError, "write() argument must be str, not %s", obj_type_name(args[1]));
    return file_write_text(t, SELF, STR_DATA(s), STR_SIZE(s)) ? MAKE_SMALL((intptr_t)STR_LEN(s)) : 0;
}

static Value m_writelines(Task *t, const Value *args, size_t n, Value kw)
{
    if (!args_check(t, "writelines", n - 1, kw, 1, 1)) return 0;
    Value it = obj_iter(t, args[1]);
    if (!it) return 0;
    for (Value v; (v = obj_next(t, it));) {
        Value a[2] = {args[0], v};
        if (!m_write(t, a, 2, 0)) return 0;
    }
    return t->exc ? 0 : V_NONE;
}

static Value m_flush(Task *t, const Value *args, size_t n, Value kw)
{
    if (!SELF->closed) fflush(SELF->fp);
    return V_NONE;
}

static Value m_close(Task *t, const Value *args, size_t n, Value kw)
{
    FileObj *f = SELF;
    if (!f->closed) {
        f->closed = true;
        if (f->owned) fclose(f->fp);
        else fflush(f->fp);
    }
    return V_NONE;
}

static Value m_enter(Task *t, const Value *args, size_t n, Value kw)
{
    if (SELF->closed) return err_format(t, &exc_ValueError, "I/O operation on closed file.");
    return args[0];
}

static Value m_exit(Task *t, const Value *args, size_t n, Value kw) { return m_close(t, args, 1, 0); }

static Value m_fileno(Task *t, const Value *args, size_t n, Value kw) { return MAKE_SMALL(fileno(SELF->fp)); }
static Value m_isatty(Task *t, const Value *args, size_t n, Value kw) { return V_BOOL(isatty(fileno(SELF->fp))); }
static Value m_true(Task *t, const Value *args, size_t n, Value kw) { return V_TRUE; }

static Value m_tell(Task *t, const Value *args, size_t n, Value kw) { return MAKE_SMALL(ftell(SELF->fp)); }

static Value m_seek(Task *t, const Value *args, size_t n, Value kw)
{
    if (!args_check(t, "seek", n - 1, kw, 1, 2)) return 0;
    int whence = n > 2 && IS_SMALL(args[2]) ? (int)SMALL_VAL(args[2]) : SEEK_SET;
    if (!IS_SMALL(args[1])) return err_format(t, &exc_TypeError, "an integer is required");
    if (fseek(SELF->fp, (long)SMALL_VAL(args[1]), whence) != 0) return os_error(t, errno, 0);
    return MAKE_SMALL(ftell(SELF->fp));
}

static Value file_iter(Task *t, Value self)
{
    if (((FileObj *)self)->closed) return err_format(t, &exc_ValueError, "I/O operation on closed file.");
    return self;
}

static Value file_next(Task *t, Value self)
{
    FileObj *f = (FileObj *)self;
    if (!check_open(t, f, true)) return 0;
    Value l = read_line(t, f);
    if (!l) return 0;
    return (f->binary ? bytes_size(l) : STR_SIZE(l)) ? l : 0;
}

static Value file_repr(Task *t, Value self)
{
    FileObj *f = (FileObj *)self;
    if (f->binary) return str_format(t, "<_io.BufferedIOBase name=%R mode=%R>", f->name, f->mode);
    return str_format(t, "<_io.TextIOWrapper name=%R mode=%R encoding='utf-8'>", f->name, f->mode);
}

static Value get_name(Task *t, Value s) { return ((FileObj *)s)->name; }
static Value get_mode(Task *t, Value s) { return ((FileObj *)s)->mode; }
static Value get_closed(Task *t, Value s) { return V_BOOL(((FileObj *)s)->closed); }
static Value get_encoding(Task *t, Value s) { return str_from_cstr("utf-8"); }

static const MethodDef file_methods[] = {
    {"read", m_read, METH_PLAIN, NULL}, {"readline", m_readline, METH_PLAIN, NULL},
    {"readlines", m_readlines, METH_PLAIN, NULL}, {"write", m_write, METH_PLAIN, NULL},
    {"writelines", m_writelines, METH_PLAIN, NULL}, {"flush", m_flush, METH_PLAIN, NULL},
    {"close", m_close, METH_PLAIN, NULL}, {"__enter__", m_enter, METH_PLAIN, NULL},
    {"__exit__", m_exit, METH_PLAIN, NULL}, {"fileno", m_fileno, METH_PLAIN, NULL},
    {"isatty", m_isatty, METH_PLAIN, NULL}, {"readable", m_true, METH_PLAIN, NULL},
    {"writable", m_true, METH_PLAIN, NULL}, {"tell", m_tell, METH_PLAIN, NULL},
    {"seek", m_seek, METH_PLAIN, NULL},
    {NULL},
};

static const MemberDef file_members[] = {
    {"name", get_name, NULL}, {"mode", get_mode, NULL}, {"closed", get_closed, NULL},
    {"encoding", get_encoding, NULL},
    {NULL},
};

Type file_type = {
    .hdr = {&type_type}, .name = "TextIOWrapper", .size = sizeof(FileObj), .flags = TF_ABSTRACT_NEW,
    .iter = file_iter, .next = file_next, .repr = file_repr,
    .methods = file_methods, .members = file_members,
};
REGISTER_TYPE(file_type);
