/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-xlsx-private.h: what the files of the XLSX reader share: the package and the safe XML reader. */
#pragma once

#include <libxml/xmlreader.h>
#include <zip.h>

#include "ot-xlsx.h"

G_BEGIN_DECLS

/* The zip container, with the limits that every part read from it is held to. */
typedef struct
{
  GBytes       *bytes;
  zip_t        *zip;
  GHashTable   *parts;          /* normalized part name -> zip index + 1 */
  char         *display_name;
  OtXlsxLimits  limits;
  guint64       total_inflated;
} OtXlsxPackage;

OtXlsxPackage *ot_xlsx_package_open          (GBytes             *bytes,
                                              const char         *display_name,
                                              const OtXlsxLimits *limits,
                                              GError            **error);
void           ot_xlsx_package_free          (OtXlsxPackage      *pkg);
gboolean       ot_xlsx_package_has_part      (OtXlsxPackage      *pkg,
                                              const char         *part);
/* The zip index of a part, by its name without regard to case; -1 when absent. */
zip_int64_t    ot_xlsx_package_locate        (OtXlsxPackage      *pkg,
                                              const char         *part);

/* A streaming, non-validating XML reader over one part: no DTD, no entities, no network. */
typedef struct
{
  OtXlsxPackage    *pkg;
  char             *part;
  zip_file_t       *file;
  guint64           compressed;
  guint64           inflated;
  xmlTextReaderPtr  reader;
  GError           *io_error;
  char             *xml_error;
  int               xml_error_line;
  xmlGenericErrorFunc saved_generic_error;
  void             *saved_generic_error_context;
  gboolean          generic_error_set;
  guint             prolog_match;  /* bytes of "<!DOCTYPE" matched so far */
  gboolean          prolog_done;
} OtXlsxXml;

/* NULL without error when the part does not exist and @optional is TRUE. */
OtXlsxXml *ot_xlsx_xml_open         (OtXlsxPackage *pkg,
                                     const char    *part,
                                     gboolean       optional,
                                     GError       **error);
void       ot_xlsx_xml_free         (OtXlsxXml     *xml);
/* 1 for a node, 0 at the end of the document, -1 with @error set. */
int        ot_xlsx_xml_next         (OtXlsxXml     *xml,
                                     GError       **error);
/* Skip the current element's subtree; same return values. */
int        ot_xlsx_xml_skip         (OtXlsxXml     *xml,
                                     GError       **error);
/* The current node is a start tag of this local name, in any namespace. */
gboolean   ot_xlsx_xml_is_start     (OtXlsxXml     *xml,
                                     const char    *local_name);
gboolean   ot_xlsx_xml_is_end       (OtXlsxXml     *xml,
                                     const char    *local_name);
/* An attribute by local name, whatever its prefix; newly allocated or NULL. */
char      *ot_xlsx_xml_attr         (OtXlsxXml     *xml,
                                     const char    *local_name);
/* The text of the current element, appended to @out (bounded by the string limit). */
gboolean   ot_xlsx_xml_read_text    (OtXlsxXml     *xml,
                                     GString       *out,
                                     GError       **error);
gboolean   ot_xlsx_xml_check_length (OtXlsxXml     *xml,
                                     const char    *text,
                                     GError       **error);

/* Part names: resolve a relationship target against the part that holds it. */
char *ot_xlsx_resolve_target (const char *source_part,
                              const char *target);
/* Decode Excel's _xHHHH_ escapes in place-free fashion: returns a new string. */
char *ot_xlsx_unescape_text  (const char *text);
/* Read a rich or plain string element (<si>, <is>) at the current node into @out. */
gboolean ot_xlsx_read_rich_text (OtXlsxXml *xml,
                                 GString   *out,
                                 GError   **error);
/* Excel's built-in number formats that show dates or times. */
gboolean ot_xlsx_builtin_format_is_date (guint id);
gboolean ot_xlsx_iso8601_to_serial      (const char *text,
                                         gboolean    date1904,
                                         double     *serial);

/* The workbook's side, for sheets. */
typedef struct
{
  GPtrArray  *strings;       /* the shared string table, char* in @chunk */
  GStringChunk *chunk;
  GArray     *xf_is_date;    /* gboolean per cellXfs index */
  gboolean    date1904;
  guint       n_cells;       /* over all loaded sheets, against the cell limit */
} OtXlsxShared;

struct _OtXlsxSheet
{
  OtXlsxWorkbook   *workbook;  /* borrowed: the workbook owns its sheets */
  char             *name;
  char             *part;
  guint             index;
  OtXlsxSheetState  state;
  gboolean          loaded;
  GError           *load_error;
  GArray           *cells;     /* OtXlsxCell, sorted */
};

OtXlsxSheet *ot_xlsx_sheet_new        (OtXlsxWorkbook *wb,
                                       guint           index,
                                       const char     *name,
                                       const char     *part,
                                       OtXlsxSheetState state);
void         ot_xlsx_sheet_free       (OtXlsxSheet    *sheet);
OtXlsxPackage *ot_xlsx_workbook_get_package (OtXlsxWorkbook *wb);
OtXlsxShared  *ot_xlsx_workbook_get_shared  (OtXlsxWorkbook *wb);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OtXlsxXml, ot_xlsx_xml_free)

G_END_DECLS
