// CPrefetch is header-only (CPrefetch.h): SwiftPM wants a source file for a C target.
#include "CPrefetch.h"
