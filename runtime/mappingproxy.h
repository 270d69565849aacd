/* mappingproxy.h - types.MappingProxyType: a read-only view of a mapping
 * (what a class's __dict__ gives). */
#ifndef ATOLL_MAPPINGPROXY_H
#define ATOLL_MAPPINGPROXY_H

#include "object.h"

extern Type mappingproxy_type;
Value mappingproxy_new(Task *t, Value mapping);

#endif
