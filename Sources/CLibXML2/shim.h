#ifndef BRIEF_CLIBXML2_SHIM_H
#define BRIEF_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU, so its headers would pull in the system's <unicode/...>
   headers, which clash with the ICU that Foundation bundles (_FoundationICU) in the same
   compilation. brief never touches libxml2's ICU-dependent structure fields, so hide them. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlwriter.h>
#include <libxml/relaxng.h>
#include <libxml/HTMLparser.h>
#include <libxml/catalog.h>

/* xmlFree is a global function pointer, which Swift 6 cannot read safely: call it from C. */
static inline void brief_xml_free(void *pointer) { xmlFree(pointer); }

#endif
