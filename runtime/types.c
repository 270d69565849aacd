/* types.c - the registry of built-in types: REGISTER_TYPE puts a pointer
 * to each in the atoll_types linker section, which the linker brackets with
 * __start_/__stop_ symbols. */
#include "object.h"
#include "types.h"

extern Type *const __start_atoll_types[], *const __stop_atoll_types[];

void types_ready_all(void)
{
    type_ready(&object_type);
    type_ready(&type_type);
    for (Type *const *tp = __start_atoll_types; tp < __stop_atoll_types; tp++)
        type_ready(*tp);
}
