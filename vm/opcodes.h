/* opcodes.h - the one list of atoll's bytecode instructions.
 *
 * An instruction is one 32-bit word: opcode in the low 8 bits, argument in
 * the upper 24. OP(name, stack effect, flags): the stack effect is an
 * expression in `arg` (for a jump, the effect when falling through; the
 * compiler knows the taken-branch effect of the few ops where it differs).
 * Flags: OPF_J - the argument is a jump target (an instruction index);
 * OPF_C - the next word is a CACHE word holding the instruction's inline cache
 * index. This list is included to make the enum, the names and the dispatch
 * table; nothing else repeats it. */
#ifndef ATOLL_OPCODES_H
#define ATOLL_OPCODES_H

#include <stdint.h>

enum { OPF_J = 1, OPF_C = 2 };

#define OPCODES(OP) \
    OP(NOP,                  0,                      0) \
    OP(CACHE,                0,                      0) \
    OP(POP_TOP,              -1,                     0) \
    OP(COPY,                 1,                      0) /* push stack[-arg] */ \
    OP(SWAP,                 0,                      0) /* swap TOS and stack[-arg] */ \
    OP(PUSH_NULL,            1,                      0) \
    OP(LOAD_CONST,           1,                      0) \
    OP(LOAD_FAST,            1,                      0) \
    OP(STORE_FAST,           -1,                     0) \
    OP(DELETE_FAST,          0,                      0) \
    OP(LOAD_DEREF,           1,                      0) /* arg: cell index */ \
    OP(STORE_DEREF,          -1,                     0) \
    OP(DELETE_DEREF,         0,                      0) \
    OP(LOAD_CLOSURE,         1,                      0) /* push the cell itself */ \
    OP(LOAD_CLASSDEREF,      1,                      0) /* class body: locals, then cell */ \
    OP(LOAD_GLOBAL,          1,                      OPF_C) \
    OP(STORE_GLOBAL,         -1,                     0) \
    OP(DELETE_GLOBAL,        0,                      0) \
    OP(LOAD_NAME,            1,                      0) \
    OP(STORE_NAME,           -1,                     0) \
    OP(DELETE_NAME,          0,                      0) \
    OP(LOAD_ATTR,            0,                      OPF_C) \
    OP(STORE_ATTR,           -2,                     OPF_C) /* TOS obj, TOS1 value */ \
    OP(DELETE_ATTR,          -1,                     0) \
    OP(LOAD_METHOD,          1,                      OPF_C) /* obj -> callable, self|NULL */ \
    OP(BINARY_OP,            -1,                     0) /* arg: BinOpKind, +16 in-place */ \
    OP(COMPARE_OP,           -1,                     0) /* arg: CmpOpKind EQ..GTE */ \
    OP(IS_OP,                -1,                     0) /* arg 1: is not */ \
    OP(CONTAINS_OP,          -1,                     0) /* arg 1: not in */ \
    OP(UNARY_OP,             0,                      0) /* arg: UnaryOpKind */ \
    OP(BINARY_SUBSCR,        -1,                     0) \
    OP(STORE_SUBSCR,         -3,                     0) /* TOS key, TOS1 obj, TOS2 value */ \
    OP(DELETE_SUBSCR,        -2,                     0) \
    OP(BUILD_SLICE,          1 - (int)arg,           0) \
    OP(BUILD_TUPLE,          1 - (int)arg,           0) \
    OP(BUILD_LIST,           1 - (int)arg,           0) \
    OP(BUILD_SET,            1 - (int)arg,           0) \
    OP(BUILD_MAP,            1 - 2 * (int)arg,       0) \
    OP(BUILD_STRING,         1 - (int)arg,           0) \
    OP(LIST_APPEND,          -1,                     0) /* list is stack[-arg] after the pop */ \
    OP(SET_ADD,              -1,                     0) \
    OP(MAP_ADD,              -2,                     0) \
    OP(LIST_EXTEND,          -1,                     0) \
    OP(SET_UPDATE,           -1,                     0) \
    OP(DICT_UPDATE,          -1,                     0) \
    OP(DICT_MERGE,           -1,                     0) /* ** in calls: duplicates are errors */ \
    OP(LIST_TO_TUPLE,        0,                      0) \
    OP(UNPACK_SEQUENCE,      (int)arg - 1,           0) \
    OP(UNPACK_EX,            (int)(arg & 0xff) + (int)(arg >> 8), 0) \
    OP(FORMAT_VALUE,         (arg & 4) ? -1 : 0,     0) /* arg&3: 0 none, 1 str, 2 repr, 3 ascii */ \
    OP(JUMP,                 0,                      OPF_J) \
    OP(POP_JUMP_IF_FALSE,    -1,                     OPF_J) \
    OP(POP_JUMP_IF_TRUE,     -1,                     OPF_J) \
    OP(JUMP_IF_FALSE_OR_POP, -1,                     OPF_J) /* taken: 0 */ \
    OP(JUMP_IF_TRUE_OR_POP,  -1,                     OPF_J) /* taken: 0 */ \
    OP(GET_ITER,             0,                      0) /* arg 1: a loop's own (gen_claim_iter) */ \
    OP(END_ITER,             -1,                     0) /* pops a loop's iterator, closing its own */ \
    OP(FOR_ITER,             1,                      OPF_J) /* taken (exhausted): -1 */ \
    OP(CALL,                 -(int)arg,              0) /* f, args */ \
    OP(CALL_METHOD,          -(int)arg - 1,          0) /* f, self|NULL, args */ \
    OP(CALL_KW,              -(int)arg - 2,          0) /* f, self|NULL, args, kwnames */ \
    OP(CALL_EX,              -2 - (int)(arg & 1),    0) /* f, NULL, tuple, [dict] */ \
    OP(RETURN_VALUE,         -1,                     0) \
    OP(MAKE_FUNCTION,        -(int)__builtin_popcount(arg & 15), 0) /* 1 defaults, 2 kwdefaults, 4 annotations, 8 closure */ \
    OP(LOAD_BUILD_CLASS,     1,                      0) \
    OP(RAISE_VARARGS,        -(int)arg,              0) \
    OP(RERAISE,              -1,                     0) \
    OP(PUSH_EXC_INFO,        1,                      0) /* exc -> prev, exc */ \
    OP(POP_EXCEPT,           -1,                     0) /* restores prev */ \
    OP(CHECK_EXC_MATCH,      0,                      0) /* exc, type -> exc, bool */ \
    OP(BEFORE_WITH,          1,                      0) /* mgr -> exit, enter() */ \
    OP(WITH_EXCEPT_START,    1,                      0) /* exit, lasti?, prev, exc -> ..., exit(type, exc, tb) */ \
    OP(YIELD_VALUE,          0,                      0) \
    OP(GET_YIELD_FROM_ITER,  0,                      0) \
    OP(SEND,                 0,                      OPF_J) /* recv, v -> recv, yielded | taken: result */ \
    OP(IMPORT_NAME,          -1,                     0) /* level, fromlist -> module */ \
    OP(IMPORT_FROM,          1,                      0) \
    OP(IMPORT_STAR,          -1,                     0) \
    OP(SETUP_ANNOTATIONS,    0,                      0) \
    OP(PRINT_EXPR,           -1,                     0) \
    OP(LOAD_ASSERTION_ERROR, 1,                      0)


typedef enum Opcode {
#define OP_ENUM(name, effect, flags) OP_##name,
    OPCODES(OP_ENUM)
#undef OP_ENUM
    OP_COUNT
} Opcode;

#define INSTR(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define INSTR_OP(w)    ((w) & 0xff)
#define INSTR_ARG(w)   ((w) >> 8)
#define MAX_ARG        0xffffff

extern const char *const opcode_names[OP_COUNT];
extern const uint8_t opcode_flags[OP_COUNT];
int opcode_stack_effect(int op, uint32_t arg);
#endif
