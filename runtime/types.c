/* types.c - every built-in type, in one list for runtime_init: a type that
 * is defined in C must appear here, or its __dict__ is never made. */
#include "object.h"
#include "types.h"

extern Type bytes_iterator_type, calliter_type, code_type, dict_items_type, dict_keys_type,
    dict_values_type, enumerate_type, file_type, filter_type, func_type, gen_type,
    list_iter_type, list_reviter_type, longrange_iter_type, map_type, member_descr_type,
    method_descr_type, method_type, native_type, range_iter_type, reversed_type, seqiter_type,
    set_iter_type, slot_wrapper_type, str_iterator_type, traceback_type, tuple_iter_type,
    zip_type;

Type *const builtin_types[] = {
    &object_type, &type_type, &int_type, &bool_type, &float_type, &str_type, &bytes_type,
    &bytearray_type, &list_type, &tuple_type, &dict_type, &set_type, &frozenset_type,
    &bytes_iterator_type, &calliter_type, &cell_type, &classmethod_type, &code_type,
    &dict_items_type, &dict_keys_type, &dict_values_type, &ellipsis_type, &enumerate_type,
    &file_type, &filter_type, &func_type, &gen_type, &list_iter_type, &list_reviter_type,
    &longrange_iter_type, &map_type, &member_descr_type, &method_descr_type, &method_type,
    &module_type, &native_type, &none_type, &notimpl_type, &property_type, &range_iter_type,
    &range_type, &reversed_type, &seqiter_type, &set_iter_type, &slice_type,
    &slot_wrapper_type, &staticmethod_type, &str_iterator_type, &super_type, &traceback_type,
    &tuple_iter_type, &zip_type,
    NULL,
};
