/* sre_engine.c - the backtracking matcher of regular expressions (see
 * sre_engine.h for the program it runs).
 *
 * The subject is read through CH(i), either bytes (bytes, ASCII str) or
 * 32-bit code points (other str): the matching functions are written once,
 * inlined into one copy per width so that CH costs a single load.
 *
 * The backtracking stack holds alternatives to resume and undo records of
 * registers. Failing pops entries: an undo record restores its register and
 * the popping goes on; an alternative resumes. Repeats of one character
 * (REPEAT_ONE) keep one entry for all their positions. */
#include <stdlib.h>
#include <string.h>
#include "sre_engine.h"
#include "unicode.h"

enum {
    BT_ALT,           /* resume at pc with position a */
    BT_REG,           /* undo: register pc := a */
    BT_GREEDY,        /* REPEAT_ONE at pc, greedy: a lowest end, b current end */
    BT_LAZY,          /* REPEAT_ONE at pc, lazy: a current end, b highest end */
    BT_MORE,          /* lazy REPEAT whose UNTIL is at pc: one more iteration from a */
};

struct SreBacktrack {
    uint32_t kind, pc;
    ssize_t a, b;
};

#define STACK_BUF 64

uint32_t sre_lower_unicode(uint32_t c)
{
    if (c < 128) return sre_lower_ascii(c);
    uint32_t out[3];
    uni_lower(c, out);
    return out[0];
}

uint32_t sre_upper_unicode(uint32_t c)
{
    if (c < 128) return sre_upper_ascii(c);
    uint32_t out[3];
    uni_upper(c, out);
    return out[0];
}

void sre_state_init(SreState *st)
{
    st->regs = st->nregs <= sizeof st->regs_buf / sizeof st->regs_buf[0]
        ? st->regs_buf : malloc(st->nregs * sizeof(ssize_t));
    st->stack = malloc(STACK_BUF * sizeof(SreBacktrack));
    st->cap = st->stack ? STACK_BUF : 0;
    st->sp = 0;
    st->depth = 0;
}

void sre_state_fini(SreState *st)
{
    if (st->regs != st->regs_buf) free(st->regs);
    free(st->stack);
    st->regs = NULL;
    st->stack = NULL;
}

static bool grow(SreState *st)
{
    size_t cap = st->cap ? st->cap * 2 : STACK_BUF;
    SreBacktrack *s = realloc(st->stack, cap * sizeof *s);
    if (!s) return false;
    st->stack = s;
    st->cap = cap;
    return true;
}

static inline bool push(SreState *st, uint32_t kind, uint32_t pc, ssize_t a, ssize_t b)
{
    if (st->sp == st->cap && !grow(st)) return false;
    SreBacktrack *e = &st->stack[st->sp++];
    e->kind = kind;
    e->pc = pc;
    e->a = a;
    e->b = b;
    return true;
}

/* --- character classes ------------------------------------------------------------------ */

static inline bool is_ascii_digit(uint32_t c) { return c >= '0' && c <= '9'; }
static inline bool is_ascii_space(uint32_t c) { return c == ' ' || (c >= 9 && c <= 13); }
static inline bool is_ascii_word(uint32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_ascii_digit(c) || c == '_';
}
static inline bool is_uni_word(uint32_t c)
{
    return c < 128 ? is_ascii_word(c) : uni_isalnum(c);
}

static bool category(uint32_t cat, uint32_t c)
{
    switch (cat) {
    case SRE_CH_DIGIT: case SRE_CH_LOC_DIGIT: return is_ascii_digit(c);
    case SRE_CH_NOT_DIGIT: case SRE_CH_LOC_NOT_DIGIT: return !is_ascii_digit(c);
    case SRE_CH_SPACE: case SRE_CH_LOC_SPACE: return is_ascii_space(c);
    case SRE_CH_NOT_SPACE: case SRE_CH_LOC_NOT_SPACE: return !is_ascii_space(c);
    case SRE_CH_WORD: case SRE_CH_LOC_WORD: return is_ascii_word(c);
    case SRE_CH_NOT_WORD: case SRE_CH_LOC_NOT_WORD: return !is_ascii_word(c);
    case SRE_CH_LINEBREAK: case SRE_CH_LOC_LINEBREAK: return c == '\n';
    case SRE_CH_NOT_LINEBREAK: case SRE_CH_LOC_NOT_LINEBREAK: return c != '\n';
    case SRE_CH_UNI_DIGIT: return c < 128 ? is_ascii_digit(c) : uni_has(c, UNI_DECIMAL);
    case SRE_CH_UNI_NOT_DIGIT: return !(c < 128 ? is_ascii_digit(c) : uni_has(c, UNI_DECIMAL));
    case SRE_CH_UNI_SPACE: return uni_isspace(c);
    case SRE_CH_UNI_NOT_SPACE: return !uni_isspace(c);
    case SRE_CH_UNI_WORD: return is_uni_word(c);
    case SRE_CH_UNI_NOT_WORD: return !is_uni_word(c);
    case SRE_CH_UNI_LINEBREAK: return c < 128 ? (c >= 10 && c <= 13) || (c >= 28 && c <= 30)
                                              : uni_has(c, UNI_LINEBREAK);
    case SRE_CH_UNI_NOT_LINEBREAK: return !(c < 128 ? (c >= 10 && c <= 13) || (c >= 28 && c <= 30)
                                                    : uni_has(c, UNI_LINEBREAK));
    }
    return false;
}

/* Is c in the set whose items start at s? */
static bool in_set(const uint32_t *s, uint32_t c)
{
    bool ok = true;
    for (;;) {
        switch (*s) {
        case SRE_SET_FAILURE:
            return !ok;
        case SRE_SET_NEGATE:
            ok = !ok;
            s++;
            break;
        case SRE_SET_LITERAL:
            if (c == s[1]) return ok;
            s += 2;
            break;
        case SRE_SET_RANGE:
            if (s[1] <= c && c <= s[2]) return ok;
            s += 3;
            break;
        case SRE_SET_RANGE_UNI_IGNORE: {
            if (s[1] <= c && c <= s[2]) return ok;
            uint32_t u = sre_upper_unicode(c);
            if (s[1] <= u && u <= s[2]) return ok;
            s += 3;
            break;
        }
        case SRE_SET_CATEGORY:
            if (category(s[1], c)) return ok;
            s += 2;
            break;
        default:
            return false;
        }
    }
}

static inline bool loc_ignore_eq(uint32_t p, uint32_t c)
{
    return c == p || sre_lower_ascii(c) == p || sre_upper_ascii(c) == p;
}

/* Does the one-character item at ip accept c? */
static inline bool item_ok(const uint32_t *ip, uint32_t c)
{
    switch (ip[0]) {
    case SRE_OP_ANY: return c != '\n';
    case SRE_OP_ANY_ALL: return true;
    case SRE_OP_LITERAL: return c == ip[1];
    case SRE_OP_NOT_LITERAL: return c != ip[1];
    case SRE_OP_LITERAL_IGNORE: return sre_lower_ascii(c) == ip[1];
    case SRE_OP_NOT_LITERAL_IGNORE: return sre_lower_ascii(c) != ip[1];
    case SRE_OP_LITERAL_UNI_IGNORE: return sre_lower_unicode(c) == ip[1];
    case SRE_OP_NOT_LITERAL_UNI_IGNORE: return sre_lower_unicode(c) != ip[1];
    case SRE_OP_LITERAL_LOC_IGNORE: return loc_ignore_eq(ip[1], c);
    case SRE_OP_NOT_LITERAL_LOC_IGNORE: return !loc_ignore_eq(ip[1], c);
    case SRE_OP_IN: return in_set(ip + 2, c);
    case SRE_OP_IN_IGNORE: return in_set(ip + 2, sre_lower_ascii(c));
    case SRE_OP_IN_UNI_IGNORE: return in_set(ip + 2, sre_lower_unicode(c));
    case SRE_OP_IN_LOC_IGNORE:
        return in_set(ip + 2, c) || in_set(ip + 2, sre_lower_ascii(c)) || in_set(ip + 2, sre_upper_ascii(c));
    }
    return false;
}

/* Width of an instruction that item_ok understands. */
static inline uint32_t item_width(const uint32_t *ip)
{
    switch (ip[0]) {
    case SRE_OP_ANY: case SRE_OP_ANY_ALL: return 1;
    case SRE_OP_IN: case SRE_OP_IN_IGNORE: case SRE_OP_IN_UNI_IGNORE: case SRE_OP_IN_LOC_IGNORE:
        return 1 + ip[1];
    default: return 2;
    }
}

static inline bool is_item(uint32_t op)
{
    return (op >= SRE_OP_ANY && op <= SRE_OP_IN_LOC_IGNORE);
}

/* --- the interpreter, once per character width ------------------------------------------ */

#define CH(i) (kind == 1 ? ((const uint8_t *)data)[i] : ((const uint32_t *)data)[i])

static inline __attribute__((always_inline))
ssize_t count_items(const SreState *st, int kind, const uint32_t *ip, ssize_t pos, ssize_t limit)
{
    const void *data = st->data;
    ssize_t p = pos;
    switch (ip[0]) {
    case SRE_OP_ANY_ALL:
        return limit - pos;
    case SRE_OP_ANY:
        if (kind == 1) {
            const uint8_t *s = (const uint8_t *)data + pos;
            const uint8_t *nl = memchr(s, '\n', (size_t)(limit - pos));
            return nl ? nl - s : limit - pos;
        }
        while (p < limit && CH(p) != '\n') p++;
        return p - pos;
    case SRE_OP_LITERAL: {
        uint32_t c = ip[1];
        while (p < limit && CH(p) == c) p++;
        return p - pos;
    }
    case SRE_OP_NOT_LITERAL: {
        uint32_t c = ip[1];
        while (p < limit && CH(p) != c) p++;
        return p - pos;
    }
    case SRE_OP_IN:
        while (p < limit && in_set(ip + 2, CH(p))) p++;
        return p - pos;
    default:
        while (p < limit && item_ok(ip, CH(p))) p++;
        return p - pos;
    }
}

static inline __attribute__((always_inline))
bool at_anchor(const SreState *st, int kind, uint32_t at, ssize_t pos)
{
    const void *data = st->data;
    ssize_t end = st->end;
    bool this_, that;
    switch (at) {
    case SRE_AT_BEGINNING:
    case SRE_AT_BEGINNING_STRING:
        return pos == 0;
    case SRE_AT_BEGINNING_LINE:
        return pos == 0 || CH(pos - 1) == '\n';
    case SRE_AT_END:
        return pos == end || (pos + 1 == end && CH(pos) == '\n');
    case SRE_AT_END_LINE:
        return pos == end || CH(pos) == '\n';
    case SRE_AT_END_STRING:
        return pos == end;
    case SRE_AT_BOUNDARY: case SRE_AT_LOC_BOUNDARY:
    case SRE_AT_NON_BOUNDARY: case SRE_AT_LOC_NON_BOUNDARY:
        if (end == 0) return false;
        that = pos > 0 && is_ascii_word(CH(pos - 1));
        this_ = pos < end && is_ascii_word(CH(pos));
        return (at == SRE_AT_BOUNDARY || at == SRE_AT_LOC_BOUNDARY) ? this_ != that : this_ == that;
    case SRE_AT_UNI_BOUNDARY:
    case SRE_AT_UNI_NON_BOUNDARY:
        if (end == 0) return false;
        that = pos > 0 && is_uni_word(CH(pos - 1));
        this_ = pos < end && is_uni_word(CH(pos));
        return at == SRE_AT_UNI_BOUNDARY ? this_ != that : this_ == that;
    }
    return false;
}

static inline __attribute__((always_inline))
bool groupref_ok(const SreState *st, int kind, uint32_t op, uint32_t g, ssize_t pos, ssize_t *out)
{
    const void *data = st->data;
    ssize_t s = st->regs[2 * g], e = st->regs[2 * g + 1];
    if (s < 0 || e < 0 || e < s) return false;
    ssize_t n = e - s;
    if (pos + n > st->end) return false;
    for (ssize_t i = 0; i < n; i++) {
        uint32_t a = CH(s + i), b = CH(pos + i);
        bool same;
        switch (op) {
        case SRE_OP_GROUPREF_IGNORE: same = sre_lower_ascii(a) == sre_lower_ascii(b); break;
        case SRE_OP_GROUPREF_UNI_IGNORE: same = sre_lower_unicode(a) == sre_lower_unicode(b); break;
        case SRE_OP_GROUPREF_LOC_IGNORE: same = sre_lower_ascii(a) == sre_lower_ascii(b); break;
        default: same = a == b; break;
        }
        if (!same) return false;
    }
    *out = pos + n;
    return true;
}

/* Sets a register, recording its old value when something may go back to
 * before the change: an alternative, or an assertion whose body fails. */
static inline bool set_reg(SreState *st, uint32_t r, ssize_t v)
{
    if ((st->sp || st->depth) && !push(st, BT_REG, r, st->regs[r], 0)) return false;
    st->regs[r] = v;
    return true;
}

/* After a sub-program succeeded: drops its alternatives above base but keeps
 * its undo records, so that backtracking past it still restores registers. */
static void cut_to(SreState *st, size_t base)
{
    size_t k = base;
    for (size_t i = base; i < st->sp; i++)
        if (st->stack[i].kind == BT_REG) st->stack[k++] = st->stack[i];
    st->sp = k;
}

/* Undoes everything above base (a negative assertion whose body matched). */
static void unwind_to(SreState *st, size_t base)
{
    while (st->sp > base) {
        SreBacktrack *e = &st->stack[--st->sp];
        if (e->kind == BT_REG) st->regs[e->pc] = e->a;
    }
}

static int run(SreState *st, int kind, uint32_t pc, ssize_t pos, ssize_t *out);

static inline __attribute__((always_inline))
int run_body(SreState *st, int kind, uint32_t pc, ssize_t pos, ssize_t *out)
{
    const uint32_t *code = st->code;
    const void *data = st->data;
    const ssize_t end = st->end;
    const size_t base = st->sp;

    for (;;) {
        const uint32_t *ip = code + pc;
        switch (ip[0]) {
        case SRE_OP_FAILURE:
            goto fail;
        case SRE_OP_SUCCESS:
            *out = pos;
            return 1;
        case SRE_OP_MATCH:
            if (st->match_all && pos != end) goto fail;
            if (st->must_advance && pos == st->start) goto fail;
            *out = pos;
            return 1;
        case SRE_OP_ANY: case SRE_OP_ANY_ALL:
        case SRE_OP_LITERAL: case SRE_OP_NOT_LITERAL:
        case SRE_OP_LITERAL_IGNORE: case SRE_OP_NOT_LITERAL_IGNORE:
        case SRE_OP_LITERAL_UNI_IGNORE: case SRE_OP_NOT_LITERAL_UNI_IGNORE:
        case SRE_OP_LITERAL_LOC_IGNORE: case SRE_OP_NOT_LITERAL_LOC_IGNORE:
        case SRE_OP_IN: case SRE_OP_IN_IGNORE: case SRE_OP_IN_UNI_IGNORE: case SRE_OP_IN_LOC_IGNORE:
            if (pos >= end || !item_ok(ip, CH(pos))) goto fail;
            pos++;
            pc += item_width(ip);
            continue;
        case SRE_OP_AT:
            if (!at_anchor(st, kind, ip[1], pos)) goto fail;
            pc += 2;
            continue;
        case SRE_OP_MARK:
            if (!set_reg(st, ip[1], pos)) return -1;
            if ((ip[1] & 1) && !set_reg(st, st->reg_lastindex, ip[1] / 2 + 1)) return -1;
            pc += 2;
            continue;
        case SRE_OP_JUMP:
            pc += 1 + ip[1];
            continue;
        case SRE_OP_BRANCH:
            if (!push(st, BT_ALT, pc + 1 + ip[1], pos, 0)) return -1;
            pc += 2;
            continue;
        case SRE_OP_REPEAT_ONE: {
            uint32_t min = ip[2], max = ip[3], how = ip[4];
            uint32_t cont = pc + 1 + ip[1];
            ssize_t limit = end;
            if (max != SRE_MAXREPEAT && (ssize_t)max < end - pos) limit = pos + max;
            if (pos + (ssize_t)min > end) goto fail;
            if (how == 1) {                              /* lazy */
                ssize_t lo = pos + min;
                if (min && count_items(st, kind, ip + 5, pos, lo) < (ssize_t)min) goto fail;
                if (lo < limit && !push(st, BT_LAZY, pc, lo, limit)) return -1;
                pos = lo;
                pc = cont;
                continue;
            }
            ssize_t n = count_items(st, kind, ip + 5, pos, limit);
            if (n < (ssize_t)min) goto fail;
            ssize_t lo = pos + min, cur = pos + n;
            if (how == 2 || cur == lo || (code[cont] == SRE_OP_MATCH && !st->match_all && !st->must_advance)) {
                pos = cur;
                pc = cont;
                continue;
            }
            if (code[cont] == SRE_OP_LITERAL) {
                uint32_t c = code[cont + 1];
                while (cur >= lo && (cur >= end || CH(cur) != c)) cur--;
                if (cur < lo) goto fail;
            }
            if (cur > lo && !push(st, BT_GREEDY, pc, lo, cur)) return -1;
            pos = cur;
            pc = cont;
            continue;
        }
        case SRE_OP_REPEAT: {
            uint32_t r = ip[1];
            if (!set_reg(st, r, -1) || !set_reg(st, r + 1, -1)) return -1;
            pc = pc + 2 + ip[2];                         /* its UNTIL */
            goto until;
        }
        case SRE_OP_UNTIL:
        until: {
            const uint32_t *rp = code + pc - code[pc + 1];
            uint32_t r = rp[1], min = rp[3], max = rp[4];
            uint32_t body = (uint32_t)(rp - code) + 6, cont = pc + 2;
            ssize_t c = st->regs[r] + 1;
            if (c < (ssize_t)min) {
                if (!set_reg(st, r, c)) return -1;
                pc = body;
                continue;
            }
            bool more = (max == SRE_MAXREPEAT || c < (ssize_t)max) && pos != st->regs[r + 1];
            if (!rp[5]) {                                /* greedy: another iteration first */
                if (more) {
                    if (!push(st, BT_ALT, cont, pos, 0) || !set_reg(st, r, c) || !set_reg(st, r + 1, pos))
                        return -1;
                    pc = body;
                    continue;
                }
            } else if (more && !push(st, BT_MORE, pc, pos, 0)) {
                return -1;
            }
            pc = cont;
            continue;
        }
        case SRE_OP_GROUPREF: case SRE_OP_GROUPREF_IGNORE:
        case SRE_OP_GROUPREF_UNI_IGNORE: case SRE_OP_GROUPREF_LOC_IGNORE:
            if (!groupref_ok(st, kind, ip[0], ip[1], pos, &pos)) goto fail;
            pc += 2;
            continue;
        case SRE_OP_GROUPREF_EXISTS: {
            ssize_t s = st->regs[2 * ip[1]], e = st->regs[2 * ip[1] + 1];
            if (s < 0 || e < 0 || e < s) pc = pc + 2 + ip[2];
            else pc += 3;
            continue;
        }
        case SRE_OP_ASSERT:
        case SRE_OP_ASSERT_NOT: {
            uint32_t cont = pc + 1 + ip[1];
            ssize_t from = pos, subend;
            bool positive = ip[0] == SRE_OP_ASSERT;
            if (ip[2]) {
                from = pos - (ssize_t)(ip[2] - 1);
                if (from < 0) {
                    if (positive) goto fail;
                    pc = cont;
                    continue;
                }
            }
            size_t mark = st->sp;
            int r = run(st, kind, pc + 3, from, &subend);
            if (r < 0) return -1;
            if (positive) {
                if (!r) goto fail;
                cut_to(st, mark);
            } else if (r) {
                unwind_to(st, mark);
                goto fail;
            }
            pc = cont;
            continue;
        }
        case SRE_OP_ATOMIC: {
            size_t mark = st->sp;
            ssize_t subend;
            int r = run(st, kind, pc + 2, pos, &subend);
            if (r < 0) return -1;
            if (!r) goto fail;
            cut_to(st, mark);
            pos = subend;
            pc = pc + 1 + ip[1];
            continue;
        }
        default:
            goto fail;
        }

    fail:
        for (;;) {
            if (st->sp == base) return 0;
            SreBacktrack *e = &st->stack[st->sp - 1];
            switch (e->kind) {
            case BT_REG:
                st->regs[e->pc] = e->a;
                st->sp--;
                continue;
            case BT_ALT:
                pc = e->pc;
                pos = e->a;
                st->sp--;
                break;
            case BT_GREEDY: {
                const uint32_t *rp = code + e->pc;
                uint32_t cont = e->pc + 1 + rp[1];
                ssize_t cur = e->b - 1, lo = e->a;
                if (code[cont] == SRE_OP_LITERAL) {
                    uint32_t c = code[cont + 1];
                    while (cur >= lo && CH(cur) != c) cur--;
                }
                if (cur < lo) {
                    st->sp--;
                    continue;
                }
                if (cur == lo) st->sp--;
                else e->b = cur;
                pos = cur;
                pc = cont;
                break;
            }
            case BT_LAZY: {
                const uint32_t *rp = code + e->pc;
                ssize_t cur = e->a;
                if (cur >= e->b || !item_ok(rp + 5, CH(cur))) {
                    st->sp--;
                    continue;
                }
                cur++;
                if (cur >= e->b) st->sp--;
                else e->a = cur;
                pos = cur;
                pc = e->pc + 1 + rp[1];
                break;
            }
            case BT_MORE: {
                uint32_t until_pc = e->pc;
                pos = e->a;
                st->sp--;
                const uint32_t *rp = code + until_pc - code[until_pc + 1];
                uint32_t r = rp[1];
                if (!set_reg(st, r, st->regs[r] + 1) || !set_reg(st, r + 1, pos)) return -1;
                pc = (uint32_t)(rp - code) + 6;
                break;
            }
            }
            break;
        }
    }
}

static int run1(SreState *st, uint32_t pc, ssize_t pos, ssize_t *out) { return run_body(st, 1, pc, pos, out); }
static int run4(SreState *st, uint32_t pc, ssize_t pos, ssize_t *out) { return run_body(st, 4, pc, pos, out); }

static int run(SreState *st, int kind, uint32_t pc, ssize_t pos, ssize_t *out)
{
    st->depth++;
    int r = kind == 1 ? run1(st, pc, pos, out) : run4(st, pc, pos, out);
    st->depth--;
    return r;
}

/* --- entry points ------------------------------------------------------------------------ */

static int attempt(SreState *st, ssize_t pos)
{
    for (size_t i = 0; i < st->nregs; i++) st->regs[i] = -1;
    st->sp = 0;
    ssize_t endpos;
    int r = st->kind == 1 ? run1(st, 0, pos, &endpos) : run4(st, 0, pos, &endpos);
    if (r == 1) {
        st->match_start = pos;
        st->match_end = endpos;
    }
    st->sp = 0;
    return r;
}

int sre_match(SreState *st)
{
    if (st->start > st->end || st->end - st->start < st->minwidth) return 0;
    return attempt(st, st->start);
}

int sre_search(SreState *st)
{
    ssize_t pos = st->start, end = st->end;
    const uint32_t *code = st->code;
    if (pos > end) return 0;
    /* ^ or \A first: only the beginning can match */
    if (code[0] == SRE_OP_AT && (code[1] == SRE_AT_BEGINNING || code[1] == SRE_AT_BEGINNING_STRING)) {
        if (pos != 0) return 0;
        return sre_match(st);
    }
    bool lit = code[0] == SRE_OP_LITERAL;
    uint32_t c = code[1];
    for (; pos <= end; pos++) {
        if (end - pos < st->minwidth) return 0;
        if (lit) {
            /* skip to the next occurrence of the first character */
            if (st->kind == 1) {
                if (c > 255) return 0;
                const uint8_t *s = (const uint8_t *)st->data;
                const uint8_t *f = memchr(s + pos, (int)c, (size_t)(end - pos));
                if (!f) return 0;
                pos = f - s;
            } else {
                const uint32_t *s = (const uint32_t *)st->data;
                while (pos < end && s[pos] != c) pos++;
                if (pos >= end) return 0;
            }
        }
        int r = attempt(st, pos);
        if (r) return r;
        st->must_advance = false;
    }
    return 0;
}
