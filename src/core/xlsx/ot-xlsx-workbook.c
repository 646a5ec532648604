/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-xlsx-workbook.c: an XLSX workbook: its relationships, sheets, defined names, shared strings and styles. */
#define G_LOG_DOMAIN "ot-xlsx"
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>

#include "ot-error.h"
#include "ot-xlsx-private.h"

struct _OtXlsxWorkbook
{
  gatomicrefcount  ref_count;
  OtXlsxPackage   *pkg;
  char            *part;        /* e.g. xl/workbook.xml */
  OtXlsxShared     shared;
  GPtrArray       *sheets;      /* OtXlsxSheet */
  GArray          *names;       /* OtXlsxDefinedName, strings in shared.chunk */
};

typedef struct
{
  char *id;
  char *type;
  char *target;  /* resolved part name, NULL for external targets */
} Rel;

/* An optional part: TRUE with *@xml NULL when it is absent, FALSE when it cannot be read. */
static gboolean
open_optional (OtXlsxPackage *pkg,
               const char    *part,
               OtXlsxXml    **xml,
               GError       **error)
{
  GError *local_error = NULL;

  *xml = ot_xlsx_xml_open (pkg, part, TRUE, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  return TRUE;
}

static void
rel_free (Rel *rel)
{
  g_free (rel->id);
  g_free (rel->type);
  g_free (rel->target);
  g_free (rel);
}

static gboolean
type_is (const Rel  *rel,
         const char *suffix)
{
  return rel->type != NULL && g_str_has_suffix (rel->type, suffix);
}

static char *
rels_part_for (const char *part)
{
  const char *slash = strrchr (part, '/');

  if (slash == NULL)
    return g_strconcat ("_rels/", part, ".rels", NULL);
  return g_strdup_printf ("%.*s/_rels/%s.rels", (int) (slash - part), part, slash + 1);
}

static Rel *
read_relationship (OtXlsxXml  *xml,
                   const char *source_part)
{
  Rel *rel = g_new0 (Rel, 1);
  g_autofree char *target = ot_xlsx_xml_attr (xml, "Target");
  g_autofree char *mode = ot_xlsx_xml_attr (xml, "TargetMode");

  rel->id = ot_xlsx_xml_attr (xml, "Id");
  rel->type = ot_xlsx_xml_attr (xml, "Type");
  if (mode == NULL || g_ascii_strcasecmp (mode, "External") != 0)
    rel->target = ot_xlsx_resolve_target (source_part, target);
  return rel;
}

/* The relationships of @source_part; an absent .rels part simply has none. */
static GPtrArray *
read_rels (OtXlsxPackage *pkg,
           const char    *source_part,
           GError       **error)
{
  g_autofree char *rels_part = rels_part_for (source_part);
  g_autoptr(OtXlsxXml) xml = NULL;
  g_autoptr(GPtrArray) rels = g_ptr_array_new_with_free_func ((GDestroyNotify) rel_free);
  int ret;

  if (!open_optional (pkg, rels_part, &xml, error))
    return NULL;
  if (xml == NULL)
    return g_steal_pointer (&rels);
  while ((ret = ot_xlsx_xml_next (xml, error)) > 0)
    {
      if (ot_xlsx_xml_is_start (xml, "Relationship") && rels->len < 100000)
        g_ptr_array_add (rels, read_relationship (xml, source_part));
    }
  if (ret < 0)
    return NULL;
  return g_steal_pointer (&rels);
}

static const Rel *
find_rel (GPtrArray  *rels,
          const char *id,
          const char *type_suffix)
{
  for (guint i = 0; i < rels->len; i++)
    {
      const Rel *rel = g_ptr_array_index (rels, i);
      if (id != NULL && g_strcmp0 (rel->id, id) == 0)
        return rel;
      if (id == NULL && type_is (rel, type_suffix) && rel->target != NULL)
        return rel;
    }
  return NULL;
}

/* ---- the workbook part ---- */

static gboolean
find_workbook_part (OtXlsxWorkbook *wb,
                    GError        **error)
{
  g_autoptr(GPtrArray) rels = read_rels (wb->pkg, "", error);
  const Rel *office;

  if (rels == NULL)
    return FALSE;
  office = find_rel (rels, NULL, "/officeDocument");
  if (office != NULL)
    wb->part = g_strdup (office->target);
  else if (ot_xlsx_package_has_part (wb->pkg, "xl/workbook.xml"))
    wb->part = g_strdup ("xl/workbook.xml");
  else if (ot_xlsx_package_has_part (wb->pkg, "xl/workbook.bin"))
    wb->part = g_strdup ("xl/workbook.bin");

  if (wb->part == NULL || !ot_xlsx_package_has_part (wb->pkg, wb->part))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE,
                   _("The file “%s” is not an XLSX workbook: it holds no workbook part."),
                   wb->pkg->display_name);
      return FALSE;
    }
  if (g_str_has_suffix (wb->part, ".bin"))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_UNSUPPORTED,
                   _("The file “%s” is a binary Excel workbook (.xlsb), which is not supported. Open it in your spreadsheet program and save it as .xlsx."),
                   wb->pkg->display_name);
      return FALSE;
    }
  if (!g_str_has_suffix (wb->part, ".xml"))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE,
                   _("The file “%s” is not an XLSX workbook."), wb->pkg->display_name);
      return FALSE;
    }
  return TRUE;
}

static OtXlsxSheetState
parse_state (const char *state)
{
  if (g_strcmp0 (state, "hidden") == 0)
    return OT_XLSX_SHEET_HIDDEN;
  if (g_strcmp0 (state, "veryHidden") == 0)
    return OT_XLSX_SHEET_VERY_HIDDEN;
  return OT_XLSX_SHEET_VISIBLE;
}

static gboolean
parse_bool (const char *value)
{
  return g_strcmp0 (value, "1") == 0 || g_strcmp0 (value, "true") == 0;
}

static gboolean
add_sheet (OtXlsxWorkbook *wb,
           OtXlsxXml      *xml,
           GPtrArray      *rels,
           GError        **error)
{
  g_autofree char *name = ot_xlsx_xml_attr (xml, "name");
  g_autofree char *state = ot_xlsx_xml_attr (xml, "state");
  g_autofree char *id = ot_xlsx_xml_attr (xml, "id");
  const Rel *rel = id != NULL ? find_rel (rels, id, NULL) : NULL;
  const char *part = NULL;

  if (wb->sheets->len >= wb->pkg->limits.max_sheets)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_LIMIT,
                   _("The file “%s” has more than %u sheets, the most this program reads."),
                   wb->pkg->display_name, wb->pkg->limits.max_sheets);
      return FALSE;
    }
  if (name == NULL || !g_utf8_validate (name, -1, NULL))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE,
                   _("The file “%s” is damaged: a sheet has no valid name."),
                   wb->pkg->display_name);
      return FALSE;
    }
  /* Chart sheets and dialog sheets have no cells; they are listed with an empty grid. */
  if (rel != NULL && rel->target != NULL && type_is (rel, "/worksheet"))
    part = rel->target;
  g_ptr_array_add (wb->sheets, ot_xlsx_sheet_new (wb, wb->sheets->len, name, part,
                                                  parse_state (state)));
  return TRUE;
}

/* Attributes are read on the start tag, before the text moves the reader on. */
static gboolean
read_defined_name (OtXlsxWorkbook *wb,
                   OtXlsxXml      *xml,
                   GError        **error)
{
  g_autofree char *name = ot_xlsx_xml_attr (xml, "name");
  g_autofree char *local = ot_xlsx_xml_attr (xml, "localSheetId");
  g_autofree char *hidden = ot_xlsx_xml_attr (xml, "hidden");
  g_autoptr(GString) ref = g_string_new (NULL);
  OtXlsxDefinedName dn = { 0 };
  guint64 sheet;

  if (!ot_xlsx_xml_read_text (xml, ref, error))
    return FALSE;
  if (name == NULL || !g_utf8_validate (name, -1, NULL) || wb->names->len >= 100000)
    return TRUE;
  dn.name = g_string_chunk_insert_const (wb->shared.chunk, name);
  dn.ref = g_string_chunk_insert_const (wb->shared.chunk, g_strstrip (ref->str));
  dn.hidden = parse_bool (hidden);
  dn.local_sheet = -1;
  if (local != NULL && g_ascii_string_to_unsigned (local, 10, 0, G_MAXINT32, &sheet, NULL))
    dn.local_sheet = (int) sheet;
  g_array_append_val (wb->names, dn);
  return TRUE;
}

static int
read_workbook_node (OtXlsxWorkbook *wb,
                    OtXlsxXml      *xml,
                    GPtrArray      *rels,
                    GError        **error)
{
  if (ot_xlsx_xml_is_start (xml, "workbookPr"))
    {
      g_autofree char *d1904 = ot_xlsx_xml_attr (xml, "date1904");
      wb->shared.date1904 = parse_bool (d1904);
    }
  else if (ot_xlsx_xml_is_start (xml, "sheet"))
    {
      if (!add_sheet (wb, xml, rels, error))
        return -1;
    }
  else if (ot_xlsx_xml_is_start (xml, "definedName"))
    {
      if (!read_defined_name (wb, xml, error))
        return -1;
    }
  return ot_xlsx_xml_next (xml, error);
}

static gboolean
read_workbook (OtXlsxWorkbook *wb,
               GPtrArray      *rels,
               GError        **error)
{
  g_autoptr(OtXlsxXml) xml = ot_xlsx_xml_open (wb->pkg, wb->part, FALSE, error);
  gboolean seen_root = FALSE;
  int ret;

  if (xml == NULL)
    return FALSE;
  ret = ot_xlsx_xml_next (xml, error);
  while (ret > 0)
    {
      if (!seen_root && xmlTextReaderNodeType (xml->reader) == XML_READER_TYPE_ELEMENT)
        {
          seen_root = TRUE;
          if (!ot_xlsx_xml_is_start (xml, "workbook"))
            break;
        }
      /* definedName's text is read inside, and leaves us on its end tag. */
      ret = read_workbook_node (wb, xml, rels, error);
    }
  if (ret < 0)
    return FALSE;
  if (!seen_root || ret > 0)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE,
                   _("The file “%s” is not an XLSX workbook: its workbook part holds something else."),
                   wb->pkg->display_name);
      return FALSE;
    }
  return TRUE;
}

/* ---- shared strings and styles ---- */

static gboolean
read_shared_strings (OtXlsxWorkbook *wb,
                     const char     *part,
                     GError        **error)
{
  g_autoptr(OtXlsxXml) xml = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  int ret;

  if (!open_optional (wb->pkg, part, &xml, error))
    return FALSE;
  if (xml == NULL)
    return TRUE;
  /* The count attributes are not trusted: nothing is allocated from them. */
  while ((ret = ot_xlsx_xml_next (xml, error)) > 0)
    {
      /* Excel 2007's beta wrote <sstItem> for <si>. */
      if (!ot_xlsx_xml_is_start (xml, "si") && !ot_xlsx_xml_is_start (xml, "sstItem"))
        continue;
      if (wb->shared.strings->len >= wb->pkg->limits.max_shared_strings)
        {
          g_set_error (error, OT_ERROR, OT_ERROR_LIMIT,
                       _("The file “%s” has more than %u shared strings, the most this program reads."),
                       wb->pkg->display_name, wb->pkg->limits.max_shared_strings);
          return FALSE;
        }
      g_string_truncate (text, 0);
      if (!ot_xlsx_read_rich_text (xml, text, error))
        return FALSE;
      g_ptr_array_add (wb->shared.strings,
                       g_string_chunk_insert_const (wb->shared.chunk, text->str));
    }
  return ret == 0;
}

static void
read_num_fmt (OtXlsxXml  *xml,
              GHashTable *date_fmts)
{
  g_autofree char *id = ot_xlsx_xml_attr (xml, "numFmtId");
  g_autofree char *code = ot_xlsx_xml_attr (xml, "formatCode");
  guint64 n;

  if (id != NULL && code != NULL && g_ascii_string_to_unsigned (id, 10, 0, 100000, &n, NULL))
    g_hash_table_insert (date_fmts, GUINT_TO_POINTER ((guint) n + 1),
                         GINT_TO_POINTER (ot_xlsx_format_is_date (code) ? 2 : 1));
}

static void
read_xf (OtXlsxWorkbook *wb,
         OtXlsxXml      *xml,
         GHashTable     *date_fmts)
{
  g_autofree char *id = ot_xlsx_xml_attr (xml, "numFmtId");
  guint64 n = 0;
  gboolean is_date = FALSE;

  if (wb->shared.xf_is_date->len >= 100000)
    return;
  if (id != NULL && g_ascii_string_to_unsigned (id, 10, 0, 100000, &n, NULL))
    {
      int custom = GPOINTER_TO_INT (g_hash_table_lookup (date_fmts, GUINT_TO_POINTER ((guint) n + 1)));
      is_date = custom != 0 ? custom == 2 : ot_xlsx_builtin_format_is_date ((guint) n);
    }
  g_array_append_val (wb->shared.xf_is_date, is_date);
}

static gboolean
read_styles (OtXlsxWorkbook *wb,
             const char     *part,
             GError        **error)
{
  g_autoptr(OtXlsxXml) xml = NULL;
  g_autoptr(GHashTable) date_fmts = g_hash_table_new (NULL, NULL);
  gboolean in_cell_xfs = FALSE;
  int ret;

  if (!open_optional (wb->pkg, part, &xml, error))
    return FALSE;
  if (xml == NULL)
    return TRUE;
  while ((ret = ot_xlsx_xml_next (xml, error)) > 0)
    {
      if (ot_xlsx_xml_is_start (xml, "numFmt"))
        read_num_fmt (xml, date_fmts);
      else if (ot_xlsx_xml_is_start (xml, "cellXfs"))
        in_cell_xfs = xmlTextReaderIsEmptyElement (xml->reader) != 1;
      else if (ot_xlsx_xml_is_end (xml, "cellXfs"))
        in_cell_xfs = FALSE;
      else if (in_cell_xfs && ot_xlsx_xml_is_start (xml, "xf"))
        read_xf (wb, xml, date_fmts);
    }
  return ret == 0;
}

static gboolean
read_parts (OtXlsxWorkbook *wb,
            GError        **error)
{
  g_autoptr(GPtrArray) rels = NULL;
  const Rel *sst, *styles;

  if (!find_workbook_part (wb, error))
    return FALSE;
  rels = read_rels (wb->pkg, wb->part, error);
  if (rels == NULL || !read_workbook (wb, rels, error))
    return FALSE;

  sst = find_rel (rels, NULL, "/sharedStrings");
  styles = find_rel (rels, NULL, "/styles");
  if (sst != NULL && !read_shared_strings (wb, sst->target, error))
    return FALSE;
  if (styles != NULL && !read_styles (wb, styles->target, error))
    return FALSE;
  return TRUE;
}

/* ---- reading the file ---- */

static GBytes *
read_file_bounded (const char         *path,
                   const char         *display_name,
                   const OtXlsxLimits *limits,
                   GError            **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  FILE *f;
  GStatBuf st;
  guint8 buf[65536];
  size_t n;
  int saved_errno;

  /* A FIFO or a device would block or never end. */
  if (g_stat (path, &st) == 0 && !S_ISREG (st.st_mode))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_IO,
                   _("“%s” is not a regular file."), display_name);
      return NULL;
    }
  f = g_fopen (path, "rb");
  if (f == NULL)
    {
      saved_errno = errno;
      g_set_error (error, OT_ERROR, OT_ERROR_IO,
                   _("The file “%s” cannot be opened: %s."), display_name, g_strerror (saved_errno));
      return NULL;
    }
  while ((n = fread (buf, 1, sizeof buf, f)) > 0)
    {
      g_byte_array_append (data, buf, (guint) n);
      if (data->len > limits->max_file_size)
        {
          fclose (f);
          g_set_error (error, OT_ERROR, OT_ERROR_LIMIT,
                       _("The file “%s” is larger than %u MiB, the most this program reads."),
                       display_name, (guint) (limits->max_file_size / (1024 * 1024)));
          return NULL;
        }
    }
  saved_errno = errno;
  if (ferror (f))
    {
      fclose (f);
      g_set_error (error, OT_ERROR, OT_ERROR_IO,
                   _("The file “%s” cannot be read: %s."), display_name, g_strerror (saved_errno));
      return NULL;
    }
  fclose (f);
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/* ---- public API ---- */

OtXlsxWorkbook *
ot_xlsx_workbook_new_from_bytes_full (GBytes             *bytes,
                                      const char         *display_name,
                                      const OtXlsxLimits *limits,
                                      GError            **error)
{
  g_autoptr(OtXlsxWorkbook) wb = NULL;
  OtXlsxLimits defaults;
  OtXlsxPackage *pkg;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (display_name == NULL)
    display_name = _("the workbook");
  if (limits == NULL)
    {
      ot_xlsx_limits_init_default (&defaults);
      limits = &defaults;
    }
  pkg = ot_xlsx_package_open (bytes, display_name, limits, error);
  if (pkg == NULL)
    return NULL;

  wb = g_new0 (OtXlsxWorkbook, 1);
  g_atomic_ref_count_init (&wb->ref_count);
  wb->pkg = pkg;
  wb->shared.strings = g_ptr_array_new ();
  wb->shared.chunk = g_string_chunk_new (4096);
  wb->shared.xf_is_date = g_array_new (FALSE, FALSE, sizeof (gboolean));
  wb->sheets = g_ptr_array_new_with_free_func ((GDestroyNotify) ot_xlsx_sheet_free);
  wb->names = g_array_new (FALSE, TRUE, sizeof (OtXlsxDefinedName));

  if (!read_parts (wb, error))
    return NULL;
  return g_steal_pointer (&wb);
}

OtXlsxWorkbook *
ot_xlsx_workbook_new_from_bytes (GBytes     *bytes,
                                 const char *display_name,
                                 GError    **error)
{
  return ot_xlsx_workbook_new_from_bytes_full (bytes, display_name, NULL, error);
}

OtXlsxWorkbook *
ot_xlsx_workbook_open (const char *path,
                       GError    **error)
{
  g_autofree char *display_name = NULL;
  g_autoptr(GBytes) bytes = NULL;
  OtXlsxLimits limits;

  g_return_val_if_fail (path != NULL, NULL);

  display_name = g_filename_display_basename (path);
  ot_xlsx_limits_init_default (&limits);
  bytes = read_file_bounded (path, display_name, &limits, error);
  if (bytes == NULL)
    return NULL;
  return ot_xlsx_workbook_new_from_bytes_full (bytes, display_name, &limits, error);
}

OtXlsxWorkbook *
ot_xlsx_workbook_ref (OtXlsxWorkbook *wb)
{
  g_return_val_if_fail (wb != NULL, NULL);
  g_atomic_ref_count_inc (&wb->ref_count);
  return wb;
}

void
ot_xlsx_workbook_unref (OtXlsxWorkbook *wb)
{
  if (wb == NULL || !g_atomic_ref_count_dec (&wb->ref_count))
    return;
  g_clear_pointer (&wb->sheets, g_ptr_array_unref);
  g_clear_pointer (&wb->names, g_array_unref);
  g_clear_pointer (&wb->shared.strings, g_ptr_array_unref);
  g_clear_pointer (&wb->shared.chunk, g_string_chunk_free);
  g_clear_pointer (&wb->shared.xf_is_date, g_array_unref);
  g_clear_pointer (&wb->pkg, ot_xlsx_package_free);
  g_free (wb->part);
  g_free (wb);
}

OtXlsxPackage *
ot_xlsx_workbook_get_package (OtXlsxWorkbook *wb)
{
  return wb->pkg;
}

OtXlsxShared *
ot_xlsx_workbook_get_shared (OtXlsxWorkbook *wb)
{
  return &wb->shared;
}

const char *
ot_xlsx_workbook_get_display_name (OtXlsxWorkbook *wb)
{
  g_return_val_if_fail (wb != NULL, NULL);
  return wb->pkg->display_name;
}

gboolean
ot_xlsx_workbook_get_date1904 (OtXlsxWorkbook *wb)
{
  g_return_val_if_fail (wb != NULL, FALSE);
  return wb->shared.date1904;
}

guint
ot_xlsx_workbook_get_n_sheets (OtXlsxWorkbook *wb)
{
  g_return_val_if_fail (wb != NULL, 0);
  return wb->sheets->len;
}

OtXlsxSheet *
ot_xlsx_workbook_get_sheet (OtXlsxWorkbook *wb,
                            guint           index)
{
  g_return_val_if_fail (wb != NULL, NULL);
  g_return_val_if_fail (index < wb->sheets->len, NULL);
  return g_ptr_array_index (wb->sheets, index);
}

/* Excel compares sheet and defined names without regard to case. */
static gboolean
names_equal (const char *a,
             const char *b)
{
  g_autofree char *fa = g_utf8_casefold (a, -1);
  g_autofree char *fb = g_utf8_casefold (b, -1);

  return g_str_equal (fa, fb);
}

OtXlsxSheet *
ot_xlsx_workbook_find_sheet (OtXlsxWorkbook *wb,
                             const char     *name)
{
  g_return_val_if_fail (wb != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < wb->sheets->len; i++)
    {
      OtXlsxSheet *sheet = g_ptr_array_index (wb->sheets, i);
      if (names_equal (sheet->name, name))
        return sheet;
    }
  return NULL;
}

gboolean
ot_xlsx_workbook_load_all (OtXlsxWorkbook *wb,
                           GError        **error)
{
  g_return_val_if_fail (wb != NULL, FALSE);

  for (guint i = 0; i < wb->sheets->len; i++)
    if (!ot_xlsx_sheet_load (g_ptr_array_index (wb->sheets, i), error))
      return FALSE;
  return TRUE;
}

guint
ot_xlsx_workbook_get_n_defined_names (OtXlsxWorkbook *wb)
{
  g_return_val_if_fail (wb != NULL, 0);
  return wb->names->len;
}

const OtXlsxDefinedName *
ot_xlsx_workbook_get_defined_name (OtXlsxWorkbook *wb,
                                   guint           index)
{
  g_return_val_if_fail (wb != NULL, NULL);
  g_return_val_if_fail (index < wb->names->len, NULL);
  return &g_array_index (wb->names, OtXlsxDefinedName, index);
}

const OtXlsxDefinedName *
ot_xlsx_workbook_lookup_name (OtXlsxWorkbook *wb,
                              const char     *name,
                              const char     *sheet_scope)
{
  OtXlsxSheet *scope = NULL;
  const OtXlsxDefinedName *global = NULL;

  g_return_val_if_fail (wb != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (sheet_scope != NULL)
    scope = ot_xlsx_workbook_find_sheet (wb, sheet_scope);
  for (guint i = 0; i < wb->names->len; i++)
    {
      const OtXlsxDefinedName *dn = &g_array_index (wb->names, OtXlsxDefinedName, i);
      if (!names_equal (dn->name, name))
        continue;
      if (dn->local_sheet < 0 && global == NULL)
        global = dn;
      else if (scope != NULL && dn->local_sheet == (int) scope->index)
        return dn;
    }
  return global;
}

gboolean
ot_xlsx_workbook_get_value (OtXlsxWorkbook *wb,
                            const char     *sheet_name,
                            const char     *ref,
                            OtXlsxCell     *out,
                            GError        **error)
{
  OtXlsxSheet *sheet;
  const OtXlsxCell *cell;
  guint32 row, col;

  g_return_val_if_fail (wb != NULL, FALSE);
  g_return_val_if_fail (sheet_name != NULL && ref != NULL && out != NULL, FALSE);

  sheet = ot_xlsx_workbook_find_sheet (wb, sheet_name);
  if (sheet == NULL)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_NOT_FOUND,
                   _("The file “%s” has no sheet named “%s”."), wb->pkg->display_name, sheet_name);
      return FALSE;
    }
  if (!ot_xlsx_parse_ref (ref, &row, &col))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID,
                   _("“%s” is not a cell reference such as B4."), ref);
      return FALSE;
    }
  if (!ot_xlsx_sheet_load (sheet, error))
    return FALSE;
  cell = ot_xlsx_sheet_lookup (sheet, row, col);
  if (cell != NULL)
    *out = *cell;
  else
    *out = (OtXlsxCell) { .row = row, .col = col, .type = OT_XLSX_CELL_EMPTY };
  return TRUE;
}

gboolean
ot_xlsx_workbook_get_name_value (OtXlsxWorkbook *wb,
                                 const char     *name,
                                 const char     *sheet_scope,
                                 OtXlsxCell     *out,
                                 GError        **error)
{
  const OtXlsxDefinedName *dn;
  g_autofree char *sheet_name = NULL;
  char ref[OT_XLSX_REF_SIZE];
  guint32 row, col;

  g_return_val_if_fail (wb != NULL, FALSE);
  g_return_val_if_fail (name != NULL && out != NULL, FALSE);

  dn = ot_xlsx_workbook_lookup_name (wb, name, sheet_scope);
  if (dn == NULL)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_NOT_FOUND,
                   _("The file “%s” has no name “%s”."), wb->pkg->display_name, name);
      return FALSE;
    }
  if (!ot_xlsx_parse_sheet_ref (dn->ref, &sheet_name, &row, &col))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID,
                   _("In the file “%s”, the name “%s” does not point to a cell (it is “%s”)."),
                   wb->pkg->display_name, name, dn->ref);
      return FALSE;
    }
  ot_xlsx_format_ref (row, col, ref);
  return ot_xlsx_workbook_get_value (wb, sheet_name, ref, out, error);
}
