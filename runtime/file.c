/* file.c - file objects: text and binary files over C stdio, with
 * read/readline/readlines/write/writelines, iteration by line, and the
 * context-manager protocol. Text files decode and encode with codecs.c
 * (UTF-8 by default) and handle newlines as CPython's TextIOWrapper does.
 * Unclosed owned files are closed by a GC finaliser.
 *
 * Text is read a character at a time through stdio, which knows character
 * boundaries for UTF-8 and the one-byte encodings; UTF-16 and UTF-32 files
 * are not read correctly in text mode. */
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
#include "codecs.h"
#include <sys/stat.h>

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
    f->encoding_name = str_from_cstr("utf-8");
    if (owned) GC_register_finalizer(f, finalize, NULL, NULL, NULL);
    return OBJ_VAL(f);
}

static Value os_error(Task *t, int err, Value path)
{
    Value args[3] = {MAKE_SMALL(err), str_from_cstr(strerror(err)), path};
    Value e = obj_call(t, OBJ_VAL(&exc_OSError), args, path ? 3 : 2, 0);
    return e ? err_set(t, e) : 0;
}

/* CPython's checks of open()'s mode, in its order and words. */
static bool check_mode(Task *t, const char *m)
{
    for (const char *p = m; *p; p++)
        if (!strchr("rwaxbt+", *p) || strchr(p + 1, *p)) {
            err_format(t, &exc_ValueError, "invalid mode: '%s'", m);
            return false;
        }
    int kinds = !!strchr(m, 'r') + !!strchr(m, 'w') + !!strchr(m, 'a') + !!strchr(m, 'x');
    const char *msg = strchr(m, 't') && strchr(m, 'b') ? "can't have text and binary mode at once"
                    : kinds > 1 ? "must have exactly one of create/read/write/append mode"
                    : kinds == 0 ? "Must have exactly one of create/read/write/append mode and at most one plus"
                    : NULL;
    if (msg) err_format(t, &exc_ValueError, "%s", msg);
    return !msg;
}

/* The text-mode arguments: binary files take none; the encoding must be
 * known (LookupError otherwise); newline one of CPython's five. */
static bool check_text_args(Task *t, bool binary, Value encoding, Value errors, Value newline)
{
    static const char *const what[] = {"an encoding", "an errors", "a newline"};
    Value given[] = {encoding, errors, newline};
    for (int i = 0; i < 3; i++)
        if (binary && given[i]) {
            err_format(t, &exc_ValueError, "binary mode doesn't take %s argument", what[i]);
            return false;
        }
    if (encoding && !codec_encode(t, str_empty(), STR_DATA(encoding), "strict")) return false;
    if (newline && STR_SIZE(newline) && !str_eq_cstr(newline, "\n") && !str_eq_cstr(newline, "\r")
        && !str_eq_cstr(newline, "\r\n")) {
        err_format(t, &exc_ValueError, "illegal newline value: %U", newline);
        return false;
    }
    return true;
}

static bool is_utf8_name(const char *e)
{
    return !strcasecmp(e, "utf-8") || !strcasecmp(e, "utf8") || !strcasecmp(e, "utf_8");
}

/* The stdio mode for one of open()'s checked modes. */
static void stdio_mode(const char *m, char cmode[4])
{
    memset(cmode, 0, 4);
    cmode[0] = strchr(m, 'x') ? 'w' : m[strcspn(m, "rwa")];
    if (strchr(m, '+')) cmode[1] = '+';
}

/* A new file object over fp with open()'s text arguments. */
static Value wrap_stream(Task *t, FILE *fp, Value name, const char *m, Value encoding, Value errors, Value newline,
                         bool owned)
{
    Value v = file_from_stream(t, fp, "", m, owned);
    if (!v) return 0;
    FileObj *f = (FileObj *)v;
    f->name = name;
    f->encoding_name = encoding ? encoding : str_from_cstr("UTF-8");
    if (encoding && !is_utf8_name(STR_DATA(encoding))) f->encoding = STR_DATA(encoding);
    if (errors) f->errors = STR_DATA(errors);
    if (newline) f->newline = STR_DATA(newline);
    return v;
}

Value file_open(Task *t, Value path, Value mode, Value encoding, Value errors, Value newline)
{
    const char *m = mode ? STR_DATA(mode) : "r";
    if (!check_mode(t, m) || !check_text_args(t, strchr(m, 'b') != NULL, encoding, errors, newline)) return 0;
    char cmode[4];
    stdio_mode(m, cmode);
    if (strchr(m, 'x') && access(STR_DATA(path), F_OK) == 0) return os_error(t, EEXIST, path);
    FILE *fp = fopen(STR_DATA(path), cmode);
    if (!fp) return os_error(t, errno, path);
    struct stat st;
    if (fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {
        fclose(fp);
        return os_error(t, EISDIR, path);
    }
    return wrap_stream(t, fp, path, m, encoding, errors, newline, true);
}

Value file_open_fd(Task *t, int fd, Value mode, Value encoding, Value errors, Value newline, bool closefd)
{
    const char *m = mode ? STR_DATA(mode) : "r";
    if (!check_mode(t, m) || !check_text_args(t, strchr(m, 'b') != NULL, encoding, errors, newline)) return 0;
    if (fd < 0) return err_format(t, &exc_ValueError, "negative file descriptor");
    struct stat st;
    if (fstat(fd, &st) != 0) return os_error(t, errno, 0);
    if (S_ISDIR(st.st_mode)) return os_error(t, EISDIR, 0);
    char cmode[4];
    stdio_mode(m, cmode);
    FILE *fp = fdopen(fd, cmode);
    if (!fp) return os_error(t, errno, 0);
    return wrap_stream(t, fp, MAKE_SMALL(fd), m, encoding, errors, newline, closefd);
}

/* A read or write on f: ValueError when closed, UnsupportedOperation when
 * the mode forbids it. Binary files check the mode first and name the
 * operation in the message (binary_closed), as CPython's buffered files. */
static bool check_io(Task *t, FileObj *f, bool want_read, const char *binary_closed)
{
    bool allowed = want_read ? f->readable : f->writable;
    if (f->closed && !(f->binary && binary_closed && !allowed)) {
        err_format(t, &exc_ValueError, "%s",
                   f->binary && binary_closed ? binary_closed : "I/O operation on closed file.");
        return false;
    }
    if (!allowed) {
        err_format(t, &exc_UnsupportedOperation, f->binary && binary_closed ? (want_read ? "read" : "write")
                                                 : want_read ? "not readable" : "not writable");
        return false;
    }
    return true;
}

static bool check_open(Task *t, FileObj *f, bool want_read) { return check_io(t, f, want_read, NULL); }

/* Operations that only need the stream: ValueError on a closed file (its
 * FILE is gone). */
static bool check_not_closed(Task *t, FileObj *f, const char *msg)
{
    if (f->closed) err_format(t, &exc_ValueError, "%s", msg);
    return !f->closed;
}

static bool write_raw(Task *t, FileObj *f, const char *s, size_t n)
{
    if (fwrite(s, 1, n, f->fp) != n) {
        os_error(t, errno, 0);
        return false;
    }
    return true;
}

/* A str written to a text file: \n as the newline argument asks, then
 * encoded (UTF-8 text goes out as it is). */
static bool write_str(Task *t, FileObj *f, Value s)
{
    if (f->newline && strcmp(f->newline, "\n") && *f->newline && memchr(STR_DATA(s), '\n', STR_SIZE(s))) {
        StrBuf b;
        sb_init(&b, STR_SIZE(s) + 16);
        for (size_t i = 0; i < STR_SIZE(s); i++) {
            if (STR_DATA(s)[i] == '\n') sb_puts(&b, f->newline);
            else sb_putc(&b, STR_DATA(s)[i]);
        }
        s = sb_finish(&b);
    }
    if (!f->encoding && !f->errors) return write_raw(t, f, STR_DATA(s), STR_SIZE(s));
    Value b = codec_encode(t, s, f->encoding, f->errors);
    const char *p;
    size_t n;
    if (!b) return false;
    bytes_view(b, &p, &n);
    return write_raw(t, f, p, n);
}

bool file_write_text(Task *t, FileObj *f, const char *s, size_t n)
{
    if (!check_open(t, f, false)) return false;
    if (!f->encoding && !f->errors && !f->newline) return write_raw(t, f, s, n);
    return write_str(t, f, str_new(s, n));
}

/* Bytes read until the end or n bytes (n < 0: all). */
static bool read_raw(Task *t, FileObj *f, int64_t n, char **data, size_t *size)
{
    size_t cap = n >= 0 ? (size_t)n : 8192, len = 0, got;
    char *buf = GC_MALLOC_ATOMIC(cap + 1);
    while (buf && (n < 0 || len < (size_t)n) && (got = fread(buf + len, 1, cap - len, f->fp)) > 0) {
        len += got;
        if (len == cap && n < 0) buf = GC_REALLOC(buf, (cap *= 2) + 1);
    }
    if (!buf) {
        err_no_memory(t);
        return false;
    }
    *data = buf;
    *size = len;
    return true;
}

/* A text file's bytes as str, through its codec (strict UTF-8 by default). */
static Value decode(Task *t, FileObj *f, const char *p, size_t n)
{
    return codec_decode(t, p, n, 0, f->encoding ? f->encoding : "utf-8", f->errors);
}

/* Universal newlines: \r\n and \r become \n (in place; returns the new size). */
static size_t translate_newlines(char *p, size_t n)
{
    size_t j = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '\r') {
            p[j++] = '\n';
            if (i + 1 < n && p[i + 1] == '\n') i++;
        } else {
            p[j++] = p[i];
        }
    }
    return j;
}

/* The bytes of the next character of a text file (1 for the one-byte
 * encodings, 1 to 4 for UTF-8) into out; \r\n and \r read as \n under
 * universal newlines. 0 at the end. */
static int text_getc(FileObj *f, char out[4])
{
    int c = getc(f->fp);
    if (c == EOF) return 0;
    if (c == '\r' && !f->newline) {
        int d = getc(f->fp);
        if (d != '\n' && d != EOF) ungetc(d, f->fp);
        c = '\n';
    }
    out[0] = (char)c;
    int n = 1, extra = 0;
    if (!f->encoding) extra = (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : 0;
    while (extra-- > 0 && (c = getc(f->fp)) != EOF) out[n++] = (char)c;
    return n;
}

/* Does the text read so far end a line? newline "" ends lines at \n, \r
 * or \r\n, leaving them as they are (a \r waits to see what follows). */
static bool line_ends(FileObj *f, const char *p, size_t n)
{
    const char *nl = f->newline;
    char last = p[n - 1];
    if (!nl || !strcmp(nl, "\n")) return last == '\n';
    if (!strcmp(nl, "\r")) return last == '\r';
    if (!strcmp(nl, "\r\n")) return n >= 2 && last == '\n' && p[n - 2] == '\r';
    if (last == '\n') return true;
    if (last != '\r') return false;
    int c = getc(f->fp);
    if (c != EOF) ungetc(c, f->fp);
    return c != '\n';
}

/* Text: up to limit characters (< 0: no limit), stopping after a line's end if lines. */
static Value read_text(Task *t, FileObj *f, int64_t limit, bool lines)
{
    StrBuf b;
    sb_init(&b, 128);
    char ch[4];
    for (int64_t i = 0; limit < 0 || i < limit; i++) {
        int k = text_getc(f, ch);
        if (!k) break;
        sb_put(&b, ch, k);
        if (lines && line_ends(f, SB_DATA(&b), b.size)) break;
    }
    return decode(t, f, SB_DATA(&b), b.size);
}

/* One line including its newline ("" or b"" at the end); limit as read_text's. */
static Value read_line(Task *t, FileObj *f, int64_t limit)
{
    if (!f->binary) return read_text(t, f, limit, true);
    size_t cap = 128, len = 0;
    char *buf = GC_MALLOC_ATOMIC(cap);
    int c;
    while (buf && (limit < 0 || (int64_t)len < limit) && (c = getc(f->fp)) != EOF) {
        if (len + 1 >= cap) buf = GC_REALLOC(buf, cap *= 2);
        buf[len++] = (char)c;
        if (c == '\n') break;
    }
    if (!buf) return err_no_memory(t);
    return bytes_new(t, buf, len);
}

/* An optional size argument: None or absent is -1. */
static bool size_arg(Task *t, const Value *args, size_t n, int64_t *size)
{
    *size = -1;
    if (n < 2 || args[1] == V_NONE) return true;
    if (!IS_SMALL(args[1])) {
        err_format(t, &exc_TypeError, "argument should be integer or None, not '%s'", obj_type_name(args[1]));
        return false;
    }
    *size = SMALL_VAL(args[1]);
    return true;
}

#define SELF ((FileObj *)args[0])

static Value m_read(Task *t, const Value *args, size_t n, Value kw)
{
    int64_t size;
    if (!args_check(t, "read", n - 1, kw, 0, 1) || !check_io(t, SELF, true, "read of closed file") ||
        !size_arg(t, args, n, &size))
        return 0;
    FileObj *f = SELF;
    if (!f->binary && size >= 0) return read_text(t, f, size, false);
    char *p;
    size_t len;
    if (!read_raw(t, f, size, &p, &len)) return 0;
    if (f->binary) return bytes_new(t, p, len);
    if (!f->newline) len = translate_newlines(p, len);
    return decode(t, f, p, len);
}

static Value m_readline(Task *t, const Value *args, size_t n, Value kw)
{
    int64_t size;
    if (!args_check(t, "readline", n - 1, kw, 0, 1) || !check_io(t, SELF, true, "readline of closed file") ||
        !size_arg(t, args, n, &size))
        return 0;
    return read_line(t, SELF, size);
}

/* readlines(hint): lines until their total size reaches hint (all for <= 0) */
static Value m_readlines(Task *t, const Value *args, size_t n, Value kw)
{
    int64_t hint, total = 0;
    if (!args_check(t, "readlines", n - 1, kw, 0, 1) || !check_open(t, SELF, true) || !size_arg(t, args, n, &hint))
        return 0;
    Value lines = list_new(8);
    for (;;) {
        Value l = read_line(t, SELF, -1);
        if (!l) return 0;
        int64_t size = SELF->binary ? (int64_t)bytes_size(l) : (int64_t)STR_LEN(l);
        if (size == 0) return lines;
        list_append(t, lines, l);
        total += size;
        if (hint > 0 && total >= hint) return lines;
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
        return check_io(t, SELF, false, "write to closed file") && write_raw(t, SELF, p, len)
                   ? MAKE_SMALL((intptr_t)len) : 0;
    }
    s = obj_unbox(s);
    if (!IS_STR(s)) return err_format(t, &exc_TypeError, "write() argument must be str, not %s", obj_type_name(args[1]));
    if (!check_open(t, SELF, false)) return 0;
    return write_str(t, SELF, s) ? MAKE_SMALL((intptr_t)STR_LEN(s)) : 0;
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
    FileObj *f = SELF;
    if (!check_not_closed(t, f, f->binary && f->writable ? "flush of closed file" : "I/O operation on closed file."))
        return 0;
    if (fflush(f->fp) != 0) return os_error(t, errno, 0);
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

#define CLOSED_FILE "I/O operation on closed file"

static Value m_fileno(Task *t, const Value *args, size_t n, Value kw)
{
    return check_not_closed(t, SELF, CLOSED_FILE) ? MAKE_SMALL(fileno(SELF->fp)) : 0;
}

static Value m_isatty(Task *t, const Value *args, size_t n, Value kw)
{
    return check_not_closed(t, SELF, CLOSED_FILE) ? V_BOOL(isatty(fileno(SELF->fp))) : 0;
}
static Value m_readable(Task *t, const Value *args, size_t n, Value kw)
{
    return check_not_closed(t, SELF, CLOSED_FILE) ? V_BOOL(SELF->readable) : 0;
}

static Value m_writable(Task *t, const Value *args, size_t n, Value kw)
{
    return check_not_closed(t, SELF, CLOSED_FILE) ? V_BOOL(SELF->writable) : 0;
}

static Value m_tell(Task *t, const Value *args, size_t n, Value kw)
{
    return check_not_closed(t, SELF, SELF->binary ? CLOSED_FILE : CLOSED_FILE ".") ? MAKE_SMALL(ftell(SELF->fp)) : 0;
}

static Value m_seek(Task *t, const Value *args, size_t n, Value kw)
{
    if (!args_check(t, "seek", n - 1, kw, 1, 2) ||
        !check_not_closed(t, SELF, SELF->binary ? "seek of closed file" : CLOSED_FILE "."))
        return 0;
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
    if (!check_io(t, f, true, "readline of closed file")) return 0;
    Value l = read_line(t, f, -1);
    if (!l) return 0;
    return (f->binary ? bytes_size(l) : STR_SIZE(l)) ? l : 0;
}

static Value file_repr(Task *t, Value self)
{
    FileObj *f = (FileObj *)self;
    if (f->binary) return str_format(t, "<_io.BufferedIOBase name=%R mode=%R>", f->name, f->mode);
    return str_format(t, "<_io.TextIOWrapper name=%R mode=%R encoding=%R>", f->name, f->mode, f->encoding_name);
}

static Value get_name(Task *t, Value s) { return ((FileObj *)s)->name; }
static Value get_mode(Task *t, Value s) { return ((FileObj *)s)->mode; }
static Value get_closed(Task *t, Value s) { return V_BOOL(((FileObj *)s)->closed); }
static Value get_encoding(Task *t, Value s) { return ((FileObj *)s)->encoding_name; }

static const MethodDef file_methods[] = {
    {"read", m_read, METH_PLAIN, NULL}, {"readline", m_readline, METH_PLAIN, NULL},
    {"readlines", m_readlines, METH_PLAIN, NULL}, {"write", m_write, METH_PLAIN, NULL},
    {"writelines", m_writelines, METH_PLAIN, NULL}, {"flush", m_flush, METH_PLAIN, NULL},
    {"close", m_close, METH_PLAIN, NULL}, {"__enter__", m_enter, METH_PLAIN, NULL},
    {"__exit__", m_exit, METH_PLAIN, NULL}, {"fileno", m_fileno, METH_PLAIN, NULL},
    {"isatty", m_isatty, METH_PLAIN, NULL}, {"readable", m_readable, METH_PLAIN, NULL},
    {"writable", m_writable, METH_PLAIN, NULL}, {"tell", m_tell, METH_PLAIN, NULL},
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
