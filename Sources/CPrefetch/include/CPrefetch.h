// A hint to the processor to start loading the cache line of `address`, for the loops whose
// reads fall all over a large array (the similarity search's sums): the load is then under
// way while earlier ones are still being added. It changes no value and never faults.
#ifndef BRIEF_CPREFETCH_H
#define BRIEF_CPREFETCH_H

static inline void brief_prefetch_for_write(const void *address) {
    __builtin_prefetch(address, 1, 3);
}

#endif
