/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-xlsx-package.c: the zip container of an XLSX file: recognising what a file is, and inflating parts within limits. */
#define G_LOG_DOMAIN "ot-xlsx"
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "ot-error.h"
#include "ot-xlsx-private.h"

#define MIB (1024u * 1024u)

static const guint8 ole_magic[] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
static const char ods_mimetype[] = "application/vnd.oasis.opendocument.spreadsheet";
static const char odf_mimetype_prefix[] = "application/vnd.oasis.opendocument.";
static gsize xml_initialized;

void
ot_xlsx_limits_init_default (OtXlsxLimits *limits)
{
  g_return_if_fail (limits != NULL);

  limits->max_file_size = 64 * (guint64) MIB;
  limits->max_total_uncompressed = 64 * (guint64) MIB;
  limits->max_ratio = 100;
  limits->ratio_min_size = 1 * MIB;
  limits->max_cells = 2000000;
  limits->max_string_chars = 32767;
  limits->max_shared_strings = 1000000;
  limits->max_sheets = 1000;
  limits->max_zip_entries = 10000;
}

/* Directory entries of a compound file store stream names in UTF-16LE. Looking for the
 * name is enough to tell the kinds apart; we never read the streams themselves. */
static gboolean
ole_has_stream (const guint8 *data,
                gsize         len,
                const char   *name)
{
  gsize n = strlen (name);
  g_autofree guint8 *utf16 = g_malloc (2 * n);

  for (gsize i = 0; i < n; i++)
    {
      utf16[2 * i] = (guint8) name[i];
      utf16[2 * i + 1] = 0;
    }
  for (gsize i = 0; i + 2 * n <= len; i++)
    if (data[i] == utf16[0] && memcmp (data + i, utf16, 2 * n) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
reject_ole (const guint8 *data,
            gsize         len,
            const char   *name,
            GError      **error)
{
  if (ole_has_stream (data, len, "EncryptedPackage"))
    g_set_error (error, OT_ERROR, OT_ERROR_UNSUPPORTED,
                 _("The file “%s” is password-protected. Remove the password in your spreadsheet program, save it again as .xlsx and try once more."),
                 name);
  else if (ole_has_stream (data, len, "Workbook") || ole_has_stream (data, len, "Book"))
    g_set_error (error, OT_ERROR, OT_ERROR_UNSUPPORTED,
                 _("The file “%s” is an old Excel workbook (.xls), which is not supported. Open it in your spreadsheet program and save it as .xlsx."),
                 name);
  else
    g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE,
                 _("The file “%s” is an Office document of an older kind, not an XLSX workbook."),
                 name);
  return FALSE;
}

static gboolean
sniff (GBytes      *bytes,
       const char  *name,
       GError     **error)
{
  gsize len;
  const guint8 *data = g_bytes_get_data (bytes, &len);

  if (len == 0)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE,
                   _("The file “%s” is empty."), name);
      return FALSE;
    }
  if (len >= sizeof ole_magic && memcmp (data, ole_magic, sizeof ole_magic) == 0)
    return reject_ole (data, len, name, error);
  if (len < 4 || data[0] != 'P' || data[1] != 'K')
    {
      g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE,
                   _("The file “%s” is not an XLSX workbook."), name);
      return FALSE;
    }
  return TRUE;
}

static void
set_duplicate_error (const char  *name,
                     const char  *part,
                     GError     **error)
{
  g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE,
               _("The file “%s” is damaged: it holds the part “%s” twice."), name, part);
}

static void
set_zip_error (int          code,
               const char  *name,
               GError     **error)
{
  zip_error_t ze;

  if (code == ZIP_ER_EXISTS)
    {
      set_duplicate_error (name, "?", error);
      return;
    }
  zip_error_init_with_code (&ze, code);
  if (code == ZIP_ER_NOZIP || code == ZIP_ER_INCONS || code == ZIP_ER_EOF || code == ZIP_ER_READ)
    g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE,
                 _("The file “%s” is damaged or incomplete: its zip structure cannot be read (%s)."),
                 name, zip_error_strerror (&ze));
  else
    g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE,
                 _("The file “%s” cannot be opened as a zip archive (%s)."),
                 name, zip_error_strerror (&ze));
  zip_error_fini (&ze);
}

/* Part names in OPC compare without case, and some Windows tools write "\\" for "/".
 * Two entries that end up with the same name are ambiguous (which one a reader picks
 * would be arbitrary), so such a file is refused. */
static char *
normalize_part_name (const char *name)
{
  char *folded = g_ascii_strdown (name, -1);

  g_strdelimit (folded, "\\", '/');
  return folded;
}

static gboolean
index_entries (OtXlsxPackage *pkg,
               GError       **error)
{
  zip_int64_t n = zip_get_num_entries (pkg->zip, 0);

  if (n < 0 || (guint64) n > pkg->limits.max_zip_entries)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_LIMIT,
                   _("The file “%s” holds more than %u parts, the most this program reads."),
                   pkg->display_name, pkg->limits.max_zip_entries);
      return FALSE;
    }
  pkg->parts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (zip_int64_t i = 0; i < n; i++)
    {
      const char *entry = zip_get_name (pkg->zip, (zip_uint64_t) i, ZIP_FL_ENC_RAW);
      char *key;

      if (entry == NULL)
        continue;
      key = normalize_part_name (entry);
      if (!g_hash_table_insert (pkg->parts, key, GSIZE_TO_POINTER ((gsize) i + 1)))
        {
          set_duplicate_error (pkg->display_name, entry, error);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
read_small_entry (OtXlsxPackage *pkg,
                  zip_int64_t    index,
                  char          *buf,
                  gsize          size)
{
  zip_file_t *zf = zip_fopen_index (pkg->zip, (zip_uint64_t) index, 0);
  zip_int64_t got;

  if (zf == NULL)
    return FALSE;
  got = zip_fread (zf, buf, size - 1);
  zip_fclose (zf);
  if (got < 0)
    return FALSE;
  buf[got] = '\0';
  return TRUE;
}

/* OpenDocument files are zips too, and announce themselves in a "mimetype" entry. */
static gboolean
reject_opendocument (OtXlsxPackage *pkg,
                     GError       **error)
{
  zip_int64_t index = ot_xlsx_package_locate (pkg, "mimetype");
  char mimetype[128];

  if (index < 0 || !read_small_entry (pkg, index, mimetype, sizeof mimetype))
    return TRUE;
  g_strstrip (mimetype);
  if (g_str_equal (mimetype, ods_mimetype))
    g_set_error (error, OT_ERROR, OT_ERROR_UNSUPPORTED,
                 _("The file “%s” is an OpenDocument spreadsheet (.ods), which is not supported. Open it in your spreadsheet program and save it as .xlsx."),
                 pkg->display_name);
  else if (g_str_has_prefix (mimetype, odf_mimetype_prefix))
    g_set_error (error, OT_ERROR, OT_ERROR_UNSUPPORTED,
                 _("The file “%s” is an OpenDocument file, not an XLSX workbook."),
                 pkg->display_name);
  else
    return TRUE;
  return FALSE;
}

OtXlsxPackage *
ot_xlsx_package_open (GBytes             *bytes,
                      const char         *display_name,
                      const OtXlsxLimits *limits,
                      GError            **error)
{
  OtXlsxPackage *pkg;
  zip_source_t *source;
  zip_error_t zerr;
  gsize len;
  const guint8 *data = g_bytes_get_data (bytes, &len);

  /* libxml2 wants its globals set up once before readers run in several threads. */
  if (g_once_init_enter (&xml_initialized))
    {
      xmlInitParser ();
      g_once_init_leave (&xml_initialized, 1);
    }

  if (len > limits->max_file_size)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_LIMIT,
                   _("The file “%s” is larger than %u MiB, the most this program reads."),
                   display_name, (guint) (limits->max_file_size / MIB));
      return NULL;
    }
  if (!sniff (bytes, display_name, error))
    return NULL;

  zip_error_init (&zerr);
  source = zip_source_buffer_create (data, len, 0, &zerr);
  if (source == NULL)
    {
      set_zip_error (zip_error_code_zip (&zerr), display_name, error);
      zip_error_fini (&zerr);
      return NULL;
    }

  pkg = g_new0 (OtXlsxPackage, 1);
  pkg->bytes = g_bytes_ref (bytes);
  pkg->display_name = g_strdup (display_name);
  pkg->limits = *limits;
  pkg->zip = zip_open_from_source (source, ZIP_RDONLY, &zerr);
  if (pkg->zip == NULL)
    {
      zip_source_free (source);
      set_zip_error (zip_error_code_zip (&zerr), display_name, error);
      zip_error_fini (&zerr);
      ot_xlsx_package_free (pkg);
      return NULL;
    }
  zip_error_fini (&zerr);

  if (!index_entries (pkg, error) || !reject_opendocument (pkg, error))
    {
      ot_xlsx_package_free (pkg);
      return NULL;
    }
  return pkg;
}

void
ot_xlsx_package_free (OtXlsxPackage *pkg)
{
  if (pkg == NULL)
    return;
  if (pkg->zip != NULL)
    zip_discard (pkg->zip);
  g_clear_pointer (&pkg->parts, g_hash_table_unref);
  g_clear_pointer (&pkg->bytes, g_bytes_unref);
  g_free (pkg->display_name);
  g_free (pkg);
}

zip_int64_t
ot_xlsx_package_locate (OtXlsxPackage *pkg,
                        const char    *part)
{
  g_autofree char *key = normalize_part_name (part);

  return (zip_int64_t) GPOINTER_TO_SIZE (g_hash_table_lookup (pkg->parts, key)) - 1;
}

gboolean
ot_xlsx_package_has_part (OtXlsxPackage *pkg,
                          const char    *part)
{
  return ot_xlsx_package_locate (pkg, part) >= 0;
}

/* ---- the XML reader ---- */

static gboolean
account (OtXlsxXml *xml,
         guint64    n)
{
  OtXlsxPackage *pkg = xml->pkg;
  const OtXlsxLimits *lim = &pkg->limits;

  xml->inflated += n;
  pkg->total_inflated += n;
  if (pkg->total_inflated > lim->max_total_uncompressed)
    {
      g_set_error (&xml->io_error, OT_ERROR, OT_ERROR_LIMIT,
                   _("The file “%s” is refused: it expands to more than %u MiB."),
                   pkg->display_name, (guint) (lim->max_total_uncompressed / MIB));
      return FALSE;
    }
  if (xml->inflated > lim->ratio_min_size
      && xml->inflated / MAX (xml->compressed, 1) > lim->max_ratio)
    {
      g_set_error (&xml->io_error, OT_ERROR, OT_ERROR_LIMIT,
                   _("The file “%s” is refused: its part “%s” expands more than %u times, as a zip bomb does."),
                   pkg->display_name, xml->part, lim->max_ratio);
      return FALSE;
    }
  return TRUE;
}

/* libxml2 may act on a DTD (entity loops, amplification checks) before the reader shows
 * the DOCTYPE node, so the prolog is checked in the raw bytes first. A DOCTYPE can only
 * stand before the root element, which is the first "<" followed by a letter. Parts in
 * other encodings still meet the DOCTYPE check on the reader's nodes. */
static gboolean
scan_prolog (OtXlsxXml  *xml,
             const char *buffer,
             gsize       len)
{
  static const char doctype[] = "<!DOCTYPE";

  for (gsize i = 0; i < len && !xml->prolog_done; i++)
    {
      char c = buffer[i];
      gsize matched = xml->prolog_match;

      /* Skipping NULs lets the same scan read UTF-16 text. */
      if (c == '\0')
        continue;

      if (matched == 1 && g_ascii_isalpha (c))
        xml->prolog_done = TRUE;
      else if (c == doctype[matched])
        xml->prolog_match++;
      else
        xml->prolog_match = c == '<' ? 1 : 0;
      if (xml->prolog_match == sizeof doctype - 1)
        {
          g_set_error (&xml->io_error, OT_ERROR, OT_ERROR_BAD_FILE,
                       _("The file “%s” is refused: its part “%s” declares a document type or entities, which spreadsheets never need and attacks use."),
                       xml->pkg->display_name, xml->part);
          return FALSE;
        }
    }
  return TRUE;
}

static int
xml_read_cb (void *context,
             char *buffer,
             int   len)
{
  OtXlsxXml *xml = context;
  zip_int64_t got;

  if (xml->io_error != NULL)
    return -1;
  got = zip_fread (xml->file, buffer, (zip_uint64_t) len);
  if (got < 0)
    {
      zip_error_t *ze = zip_file_get_error (xml->file);
      g_set_error (&xml->io_error, OT_ERROR, OT_ERROR_BAD_FILE,
                   _("The file “%s” is damaged: its part “%s” cannot be unpacked (%s)."),
                   xml->pkg->display_name, xml->part, zip_error_strerror (ze));
      return -1;
    }
  if (!account (xml, (guint64) got) || !scan_prolog (xml, buffer, (gsize) got))
    return -1;
  return (int) got;
}

static int
xml_close_cb (void *context)
{
  return 0;
}

static void
xml_error_cb (void       *context,
              xmlErrorPtr err)
{
  OtXlsxXml *xml = context;

  if (err == NULL || err->level < XML_ERR_ERROR || xml->xml_error != NULL)
    return;
  xml->xml_error = g_strchomp (g_strdup (err->message != NULL ? err->message : "?"));
  xml->xml_error_line = err->line;
}

/* Some libxml2 messages (encoding errors) bypass the reader's handler and go to the
 * generic one, which prints. A library must not print, so it is silenced while a part
 * is read; the handler is per thread in libxml2. */
static void
silent_generic_error_cb (void       *context,
                         const char *format,
                         ...)
{
}

static gboolean
check_entry (OtXlsxPackage *pkg,
             zip_int64_t    index,
             const char    *part,
             zip_stat_t    *st,
             GError       **error)
{
  if (zip_stat_index (pkg->zip, (zip_uint64_t) index, 0, st) != 0)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE,
                   _("The file “%s” is damaged: its part “%s” cannot be found."),
                   pkg->display_name, part);
      return FALSE;
    }
  if ((st->valid & ZIP_STAT_ENCRYPTION_METHOD) && st->encryption_method != ZIP_EM_NONE)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_UNSUPPORTED,
                   _("The file “%s” is password-protected. Remove the password in your spreadsheet program, save it again as .xlsx and try once more."),
                   pkg->display_name);
      return FALSE;
    }
  /* The sizes in the directory may lie; they only let us refuse early. The real
   * count happens as bytes come out of the inflater. */
  if ((st->valid & ZIP_STAT_SIZE) && (st->valid & ZIP_STAT_COMP_SIZE)
      && st->size > pkg->limits.ratio_min_size
      && st->size / MAX (st->comp_size, 1) > pkg->limits.max_ratio)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_LIMIT,
                   _("The file “%s” is refused: its part “%s” expands more than %u times, as a zip bomb does."),
                   pkg->display_name, part, pkg->limits.max_ratio);
      return FALSE;
    }
  if ((st->valid & ZIP_STAT_SIZE)
      && st->size > pkg->limits.max_total_uncompressed - MIN (pkg->total_inflated, pkg->limits.max_total_uncompressed))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_LIMIT,
                   _("The file “%s” is refused: it expands to more than %u MiB."),
                   pkg->display_name, (guint) (pkg->limits.max_total_uncompressed / MIB));
      return FALSE;
    }
  return TRUE;
}

OtXlsxXml *
ot_xlsx_xml_open (OtXlsxPackage *pkg,
                  const char    *part,
                  gboolean       optional,
                  GError       **error)
{
  g_autoptr(OtXlsxXml) xml = NULL;
  zip_int64_t index = ot_xlsx_package_locate (pkg, part);
  zip_stat_t st;

  if (index < 0)
    {
      if (!optional)
        g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE,
                     _("The file “%s” is damaged: its part “%s” is missing."),
                     pkg->display_name, part);
      return NULL;
    }
  if (!check_entry (pkg, index, part, &st, error))
    return NULL;

  xml = g_new0 (OtXlsxXml, 1);
  xml->pkg = pkg;
  xml->part = g_strdup (part);
  xml->compressed = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
  xml->file = zip_fopen_index (pkg->zip, (zip_uint64_t) index, 0);
  if (xml->file == NULL)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE,
                   _("The file “%s” is damaged: its part “%s” cannot be unpacked (%s)."),
                   pkg->display_name, part, zip_strerror (pkg->zip));
      return NULL;
    }
  xml->saved_generic_error = xmlGenericError;
  xml->saved_generic_error_context = xmlGenericErrorContext;
  xml->generic_error_set = TRUE;
  xmlSetGenericErrorFunc (NULL, silent_generic_error_cb);
  /* No NOENT (entities stay unexpanded), no DTDLOAD/DTDATTR/DTDVALID (nothing external is
   * read), NONET as a second lock; and ot_xlsx_xml_next() refuses any DOCTYPE at all. */
  xml->reader = xmlReaderForIO (xml_read_cb, xml_close_cb, xml, part, NULL,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING
                                | XML_PARSE_NOCDATA | XML_PARSE_COMPACT);
  if (xml->reader == NULL)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE,
                   _("The file “%s” is damaged: its part “%s” cannot be read as XML."),
                   pkg->display_name, part);
      return NULL;
    }
  xmlTextReaderSetStructuredErrorHandler (xml->reader, xml_error_cb, xml);
  return g_steal_pointer (&xml);
}

void
ot_xlsx_xml_free (OtXlsxXml *xml)
{
  if (xml == NULL)
    return;
  g_clear_pointer (&xml->reader, xmlFreeTextReader);
  g_clear_pointer (&xml->file, zip_fclose);
  if (xml->generic_error_set)
    xmlSetGenericErrorFunc (xml->saved_generic_error_context, xml->saved_generic_error);
  g_clear_error (&xml->io_error);
  g_free (xml->xml_error);
  g_free (xml->part);
  g_free (xml);
}

static int
fail_read (OtXlsxXml *xml,
           GError   **error)
{
  if (xml->io_error != NULL)
    g_propagate_error (error, g_steal_pointer (&xml->io_error));
  else
    g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE,
                 _("The file “%s” is damaged: its part “%s” is not valid XML (line %d: %s)."),
                 xml->pkg->display_name, xml->part, xml->xml_error_line,
                 xml->xml_error != NULL ? xml->xml_error : "?");
  return -1;
}

static int
after_read (OtXlsxXml *xml,
            int        ret,
            GError   **error)
{
  int type;

  if (ret < 0 || xml->io_error != NULL || xml->xml_error != NULL)
    return fail_read (xml, error);
  if (ret == 0)
    return 0;
  type = xmlTextReaderNodeType (xml->reader);
  if (type == XML_READER_TYPE_DOCUMENT_TYPE || type == XML_READER_TYPE_ENTITY_REFERENCE
      || type == XML_READER_TYPE_ENTITY)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE,
                   _("The file “%s” is refused: its part “%s” declares a document type or entities, which spreadsheets never need and attacks use."),
                   xml->pkg->display_name, xml->part);
      return -1;
    }
  return 1;
}

int
ot_xlsx_xml_next (OtXlsxXml *xml,
                  GError   **error)
{
  return after_read (xml, xmlTextReaderRead (xml->reader), error);
}

int
ot_xlsx_xml_skip (OtXlsxXml *xml,
                  GError   **error)
{
  int ret;

  if (xmlTextReaderIsEmptyElement (xml->reader) == 1)
    return ot_xlsx_xml_next (xml, error);
  ret = xmlTextReaderNext (xml->reader);
  return after_read (xml, ret, error);
}

gboolean
ot_xlsx_xml_is_start (OtXlsxXml  *xml,
                      const char *local_name)
{
  const xmlChar *name;

  if (xmlTextReaderNodeType (xml->reader) != XML_READER_TYPE_ELEMENT)
    return FALSE;
  name = xmlTextReaderConstLocalName (xml->reader);
  return name != NULL && strcmp ((const char *) name, local_name) == 0;
}

gboolean
ot_xlsx_xml_is_end (OtXlsxXml  *xml,
                    const char *local_name)
{
  const xmlChar *name;

  if (xmlTextReaderNodeType (xml->reader) != XML_READER_TYPE_END_ELEMENT)
    return FALSE;
  name = xmlTextReaderConstLocalName (xml->reader);
  return name != NULL && strcmp ((const char *) name, local_name) == 0;
}

char *
ot_xlsx_xml_attr (OtXlsxXml  *xml,
                  const char *local_name)
{
  char *value = NULL;

  if (xmlTextReaderMoveToFirstAttribute (xml->reader) != 1)
    return NULL;
  do
    {
      const xmlChar *name = xmlTextReaderConstLocalName (xml->reader);
      if (name != NULL && strcmp ((const char *) name, local_name) == 0)
        {
          value = g_strdup ((const char *) xmlTextReaderConstValue (xml->reader));
          break;
        }
    }
  while (xmlTextReaderMoveToNextAttribute (xml->reader) == 1);
  xmlTextReaderMoveToElement (xml->reader);
  return value;
}

gboolean
ot_xlsx_xml_check_length (OtXlsxXml  *xml,
                          const char *text,
                          GError    **error)
{
  guint max = xml->pkg->limits.max_string_chars;

  /* Every character takes at least one byte, so short texts need no count. */
  if (strlen (text) <= max || g_utf8_strlen (text, -1) <= (glong) max)
    return TRUE;
  g_set_error (error, OT_ERROR, OT_ERROR_LIMIT,
               _("The file “%s” holds a text longer than %u characters, the most a cell can hold."),
               xml->pkg->display_name, max);
  return FALSE;
}

gboolean
ot_xlsx_xml_read_text (OtXlsxXml *xml,
                       GString   *out,
                       GError   **error)
{
  int depth = xmlTextReaderDepth (xml->reader);
  /* Escapes such as _x000D_ shrink when decoded, so allow some slack here and
   * check the exact count on the decoded text. */
  gsize max_bytes = (gsize) xml->pkg->limits.max_string_chars * 4 * 7;

  if (xmlTextReaderIsEmptyElement (xml->reader) == 1)
    return TRUE;
  for (;;)
    {
      int ret = ot_xlsx_xml_next (xml, error);
      int type;

      if (ret < 0)
        return FALSE;
      if (ret == 0 || xmlTextReaderDepth (xml->reader) <= depth)
        return TRUE;
      type = xmlTextReaderNodeType (xml->reader);
      if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA
          || type == XML_READER_TYPE_WHITESPACE
          || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE)
        {
          const char *value = (const char *) xmlTextReaderConstValue (xml->reader);
          if (value != NULL)
            g_string_append (out, value);
          if (out->len > max_bytes)
            return ot_xlsx_xml_check_length (xml, out->str, error);
        }
    }
}
