#ifndef BRIEF_ALLOCATOR_H
#define BRIEF_ALLOCATOR_H

/// Nonzero: the allocator's options are compiled in (referencing this keeps the object linked).
int brief_allocator_is_configured(void);

#endif
