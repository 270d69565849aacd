/* code.c - code objects and the opcode tables made from opcodes.h. */
#include "object.h"
#include "error.h"
#include "str.h"
#include "tuple.h"
#include "code.h"
#include "opcodes.h"
#include <stdio.h>

const char *const opcode_names[OP_COUNT] = {
#define OP_NAME(name, effect, flags) #name,
    OPCODES(OP_NAME)
#undef OP_NAME
};

const uint8_t opcode_flags[OP_COUNT] = {
#define OP_FLAGS(name, effect, flags) flags,
    OPCODES(OP_FLAGS)
#undef OP_FLAGS
};

int opcode_stack_effect(int op, uint32_t arg)
{
    switch (op) {
#define OP_EFFECT(name, effect, flags) case OP_##name: return (effect);
        OPCODES(OP_EFFECT)
#undef OP_EFFECT
    }
    return 0;
}

int code_line(const CodeObj *co, uint32_t i)
{
    if (i >= co->ncode) return co->firstlineno;
    return co->pos[i].lineno;
}

static Value code_repr(Task *t, Value self)
{
    CodeObj *co = AS_CODE(self);
    return str_format(t, "<code object %U at %p, file \"%U\", line %d>", co->name, (void *)co,
                      co->filename, co->firstlineno);
}

static Value get_name(Task *t, Value self) { return AS_CODE(self)->name; }
static Value get_qualname(Task *t, Value self) { return AS_CODE(self)->qualname; }
static Value get_filename(Task *t, Value self) { return AS_CODE(self)->filename; }
static Value get_firstlineno(Task *t, Value self) { return MAKE_SMALL(AS_CODE(self)->firstlineno); }
static Value get_varnames(Task *t, Value self) { return AS_CODE(self)->varnames; }
static Value get_cellvars(Task *t, Value self) { return AS_CODE(self)->cellvars; }
static Value get_freevars(Task *t, Value self) { return AS_CODE(self)->freevars; }
static Value get_consts(Task *t, Value self) { return AS_CODE(self)->consts; }
static Value get_names(Task *t, Value self) { return AS_CODE(self)->names; }
static Value get_argcount(Task *t, Value self) { return MAKE_SMALL(AS_CODE(self)->argcount); }
static Value get_kwonly(Task *t, Value self) { return MAKE_SMALL(AS_CODE(self)->kwonlyargcount); }
static Value get_posonly(Task *t, Value self) { return MAKE_SMALL(AS_CODE(self)->posonlyargcount); }
static Value get_nlocals(Task *t, Value self) { return MAKE_SMALL(AS_CODE(self)->nlocals); }

/* co_flags in CPython 3.11's numbering (inspect reads it), not the internal bits:
 * OPTIMIZED 1, NEWLOCALS 2, VARARGS 4, VARKEYWORDS 8, NESTED 16, GENERATOR 32. */
static Value get_flags(Task *t, Value self)
{
    unsigned f = AS_CODE(self)->flags, out = 0;
    if (f & CO_NEWLOCALS) out |= 1 | 2;
    if (f & CO_VARARGS) out |= 4;
    if (f & CO_VARKW) out |= 8;
    if (f & CO_NESTED) out |= 16;
    if (f & CO_GENERATOR) out |= 32;
    return MAKE_SMALL(out);
}

static const MemberDef code_members[] = {
    {"co_name", get_name, NULL}, {"co_qualname", get_qualname, NULL},
    {"co_filename", get_filename, NULL}, {"co_firstlineno", get_firstlineno, NULL},
    {"co_varnames", get_varnames, NULL}, {"co_cellvars", get_cellvars, NULL},
    {"co_freevars", get_freevars, NULL}, {"co_consts", get_consts, NULL},
    {"co_names", get_names, NULL}, {"co_argcount", get_argcount, NULL},
    {"co_kwonlyargcount", get_kwonly, NULL}, {"co_posonlyargcount", get_posonly, NULL},
    {"co_nlocals", get_nlocals, NULL}, {"co_flags", get_flags, NULL},
    {NULL},
};

Type code_type = {
    .hdr = {&type_type}, .name = "code", .size = sizeof(CodeObj), .flags = TF_ABSTRACT_NEW,
    .repr = code_repr, .members = code_members,
};
REGISTER_TYPE(code_type);

/* Prints a code object's instructions and exception table (for debugging,
 * from gdb or ATOLL_DIS=1). */
void code_dump(const CodeObj *co)
{
    fprintf(stderr, "code %s (%u words, stack %u, locals %u, cells %u)\n", STR_DATA(co->qualname),
            co->ncode, co->stacksize, co->nlocals, co->ncells);
    for (uint32_t i = 0; i < co->ncode; i++) {
        uint32_t w = co->code[i];
        fprintf(stderr, "%4u %4d  %-22s %u\n", i, co->pos[i].lineno, opcode_names[INSTR_OP(w)], INSTR_ARG(w));
    }
    for (uint32_t i = 0; i < co->nexc; i++)
        fprintf(stderr, "  exc [%u, %u) -> %u depth %u\n", co->exctab[i].start, co->exctab[i].end,
                co->exctab[i].target, co->exctab[i].depth);
    for (size_t i = 0; i < TUPLE_LEN(co->consts); i++)
        if (IS_TYPE(TUPLE_ITEM(co->consts, i), &code_type)) code_dump(AS_CODE(TUPLE_ITEM(co->consts, i)));
}
