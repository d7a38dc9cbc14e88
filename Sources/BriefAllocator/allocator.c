// brief's memory allocator: jemalloc (linked by this target), with the options it reads at
// start-up from this variable (documented in jemalloc(3), "malloc_conf"). MALLOC_CONF in the
// environment still overrides them.
//
// - background_thread: a thread of jemalloc's returns freed pages to the system on time,
//   instead of only when a thread allocates again.
// - dirty_decay_ms 1000, muzzy_decay_ms 0: freed pages go back within a second. A run frees
//   a stage's working arrays (millions of name mentions, the similarity search's postings)
//   before the next stage allocates its own on other threads; with the default ten seconds
//   both were resident at once, the largest share of the peak on a 100,000-article corpus.
const char *malloc_conf = "background_thread:true,dirty_decay_ms:1000,muzzy_decay_ms:0";
