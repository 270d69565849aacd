/* names.c - the interned identifiers of names.h, and operator names. */
#include "object.h"
#include "str.h"
#include "names.h"

/* Written once by names_init (runtime_init), read-only afterwards. */
Value atoll_names[NAME_COUNT];

void names_init(void)
{
    static const char *const text[NAME_COUNT] = {
#define NAME_TEXT(n) #n,
        COMMON_NAMES(NAME_TEXT)
#undef NAME_TEXT
    };
    for (int i = 0; i < NAME_COUNT; i++)
        atoll_names[i] = str_intern_cstr(text[i]);
}

Value binop_name(int op) { return atoll_names[NAME___add__ + op]; }
Value binop_rname(int op) { return atoll_names[NAME___radd__ + op]; }
Value binop_iname(int op) { return atoll_names[NAME___iadd__ + op]; }

const char *binop_symbol(int op)
{
    static const char *const sym[BIN_COUNT] = {
        "+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//",
    };
    return sym[op];
}
