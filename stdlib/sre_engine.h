/* sre_engine.h - the matching engine behind the re module: a backtracking
 * interpreter of the programs that stdlib/re/_compiler.py makes.
 *
 * A program is an array of 32-bit words. The opcodes, the set items, the
 * anchors and the character categories are listed once, here, as X-macros;
 * _sre exports their names in order, and re._compiler numbers them from
 * those lists. A "skip" word holds the distance from itself to its target.
 *
 *   FAILURE / SUCCESS           fail; end of a sub-program (assertion, atomic
 *                               group, the item of REPEAT_ONE)
 *   MATCH                       end of the whole pattern
 *   ANY, ANY_ALL                any character but '\n'; any character
 *   LITERAL c (and NOT_, _IGNORE: ASCII-lowered, _UNI_IGNORE: Unicode-
 *   lowered, _LOC_IGNORE: c, its lower or upper case in the C locale)
 *   IN skip items... FAILURE    a set (IN_IGNORE etc. test the lowered char)
 *   AT kind                     an anchor (^, $, \A, \Z, \b, \B)
 *   MARK i                      register i := position (group g: 2(g-1), 2(g-1)+1)
 *   JUMP skip
 *   BRANCH skip                 try what follows; on failure, the target
 *   REPEAT_ONE skip min max kind item SUCCESS
 *                               a single-character item repeated (kind 0
 *                               greedy, 1 lazy, 2 possessive)
 *   REPEAT reg skip min max lazy body  UNTIL back
 *                               any other repeat; registers reg (iterations
 *                               done) and reg+1 (where the last one began,
 *                               which stops empty iterations); the skip
 *                               leads to UNTIL, whose word leads back
 *   GROUPREF g (and _IGNORE, _UNI_IGNORE, _LOC_IGNORE)   a backreference
 *   GROUPREF_EXISTS g skip      (?(g)yes|no): no part at the target
 *   ASSERT/ASSERT_NOT skip back sub SUCCESS
 *                               back 0: lookahead; else lookbehind of back-1
 *   ATOMIC skip sub SUCCESS     (?>...): no backtracking into sub
 *
 * Backtracking uses an explicit stack (never the C stack, whatever the
 * length of the subject); only assertions and atomic groups recurse, as
 * deep as they nest in the pattern. Registers (group marks, lastindex,
 * repeat counters) are restored from entries pushed when they change. */
#ifndef ATOLL_SRE_ENGINE_H
#define ATOLL_SRE_ENGINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#define SRE_OPCODES(X) \
    X(FAILURE) X(SUCCESS) X(MATCH) X(ANY) X(ANY_ALL) \
    X(LITERAL) X(NOT_LITERAL) X(LITERAL_IGNORE) X(NOT_LITERAL_IGNORE) \
    X(LITERAL_UNI_IGNORE) X(NOT_LITERAL_UNI_IGNORE) \
    X(LITERAL_LOC_IGNORE) X(NOT_LITERAL_LOC_IGNORE) \
    X(IN) X(IN_IGNORE) X(IN_UNI_IGNORE) X(IN_LOC_IGNORE) \
    X(AT) X(MARK) X(JUMP) X(BRANCH) X(REPEAT_ONE) X(REPEAT) X(UNTIL) \
    X(GROUPREF) X(GROUPREF_IGNORE) X(GROUPREF_UNI_IGNORE) X(GROUPREF_LOC_IGNORE) \
    X(GROUPREF_EXISTS) X(ASSERT) X(ASSERT_NOT) X(ATOMIC)

#define SRE_SETCODES(X) \
    X(FAILURE) X(NEGATE) X(LITERAL) X(RANGE) X(RANGE_UNI_IGNORE) X(CATEGORY)

#define SRE_ATCODES(X) \
    X(BEGINNING) X(BEGINNING_LINE) X(BEGINNING_STRING) X(BOUNDARY) X(NON_BOUNDARY) \
    X(END) X(END_LINE) X(END_STRING) X(LOC_BOUNDARY) X(LOC_NON_BOUNDARY) \
    X(UNI_BOUNDARY) X(UNI_NON_BOUNDARY)

/* Categories come in three modes (ASCII, LOC_, UNI_), eight each, in this order. */
#define SRE_CHCODES(X) \
    X(DIGIT) X(NOT_DIGIT) X(SPACE) X(NOT_SPACE) X(WORD) X(NOT_WORD) X(LINEBREAK) X(NOT_LINEBREAK) \
    X(LOC_DIGIT) X(LOC_NOT_DIGIT) X(LOC_SPACE) X(LOC_NOT_SPACE) X(LOC_WORD) X(LOC_NOT_WORD) \
    X(LOC_LINEBREAK) X(LOC_NOT_LINEBREAK) \
    X(UNI_DIGIT) X(UNI_NOT_DIGIT) X(UNI_SPACE) X(UNI_NOT_SPACE) X(UNI_WORD) X(UNI_NOT_WORD) \
    X(UNI_LINEBREAK) X(UNI_NOT_LINEBREAK)

#define SRE_ENUM_OP(n) SRE_OP_##n,
#define SRE_ENUM_SET(n) SRE_SET_##n,
#define SRE_ENUM_AT(n) SRE_AT_##n,
#define SRE_ENUM_CH(n) SRE_CH_##n,
enum { SRE_OPCODES(SRE_ENUM_OP) SRE_NOPCODES };
enum { SRE_SETCODES(SRE_ENUM_SET) SRE_NSETCODES };
enum { SRE_ATCODES(SRE_ENUM_AT) SRE_NATCODES };
enum { SRE_CHCODES(SRE_ENUM_CH) SRE_NCHCODES };

#define SRE_MAXREPEAT 0xFFFFFFFFu

typedef struct SreBacktrack SreBacktrack;

/* One match or search over a subject. The caller fills the first block;
 * sre_search/sre_match fill the result. */
typedef struct SreState {
    const void *data;          /* the characters: uint8_t (kind 1) or uint32_t (kind 4) */
    int kind;
    ssize_t start, end;        /* where matching starts, and endpos (the string's end for $) */
    const uint32_t *code;
    size_t nregs;
    uint32_t reg_lastindex;    /* the register of Match.lastindex (after the marks) */
    ssize_t minwidth;          /* no match is shorter */
    bool match_all;            /* fullmatch: the match must end at end */
    bool must_advance;         /* no empty match at start (after an empty match) */

    ssize_t match_start, match_end;
    ssize_t *regs;             /* the marks of the match, lastindex at reg_lastindex */

    /* private */
    ssize_t regs_buf[32];
    SreBacktrack *stack;
    size_t sp, cap;
    int depth;                 /* assertions and atomic groups being matched */
} SreState;

/* Prepares the state's buffers; sre_state_fini frees them. */
void sre_state_init(SreState *st);
void sre_state_fini(SreState *st);
/* 1: matched (match_start, match_end and regs are set); 0: no match;
 * -1: out of memory. */
int sre_match(SreState *st);            /* anchored at start */
int sre_search(SreState *st);           /* first match at start or after */

/* The case mappings the engine and re._compiler use: CPython's
 * _PyUnicode_ToLowercase/ToUppercase (the first character of the full
 * mapping). */
uint32_t sre_lower_unicode(uint32_t c);
uint32_t sre_upper_unicode(uint32_t c);
static inline uint32_t sre_lower_ascii(uint32_t c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }
static inline uint32_t sre_upper_ascii(uint32_t c) { return c >= 'a' && c <= 'z' ? c - 32 : c; }

#endif
