// BriefAllocator has no API: it links jemalloc and defines the `malloc_conf` that jemalloc
// reads at start-up (allocator.c). SwiftPM wants a public header folder for a C target.
