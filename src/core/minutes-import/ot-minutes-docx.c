/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-minutes-docx.c: the paragraphs of a Word (DOCX) document as lines of text, with list
 * numbers written out as Word shows them. The file is treated as hostile: size limits on
 * the entries, no DTD, no entities, no network. */
#define G_LOG_DOMAIN "ot-minutes-import"
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <libxml/xmlreader.h>
#include <zip.h>

#include "ot-error.h"
#include "ot-minutes-private.h"

#define DOCUMENT_ENTRY "word/document.xml"
#define NUMBERING_ENTRY "word/numbering.xml"
#define MAX_ENTRY_SIZE (32 * 1024 * 1024)
#define MAX_LIST_LEVEL 8

typedef struct
{
  GHashTable *num_abstract;   /* numId → abstractNumId */
  GHashTable *formats;        /* "abstractNumId/ilvl" → numFmt */
  GHashTable *counters;       /* numId → int[MAX_LIST_LEVEL + 1] */
} Numbering;

typedef struct
{
  GString   *out;
  GString   *para;
  gboolean   in_text;
  char      *num_id;          /* the paragraph's list, or NULL */
  int        ilvl;
  int        row_depth;       /* > 0 inside a table row: cells become tab-separated */
  gboolean   cell_has_text;
  Numbering *numbering;
} DocxState;

/* Reading the zip */

static char *
read_zip_entry (zip_t       *zip,
                const char  *entry,
                gboolean     optional,
                const char  *name,
                GError     **error)
{
  zip_stat_t st;
  zip_file_t *zf;
  char *data;
  zip_int64_t got;

  zip_stat_init (&st);
  if (zip_stat (zip, entry, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE))
    {
      if (!optional)
        g_set_error (error, OT_ERROR, OT_ERROR_UNSUPPORTED,
                     _("The file “%s” is a ZIP archive but not a Word document."), name);
      return NULL;
    }
  if (st.size > MAX_ENTRY_SIZE)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_LIMIT,
                   _("The Word document “%s” is too large to be minutes."), name);
      return NULL;
    }
  if ((zf = zip_fopen (zip, entry, 0)) == NULL)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE, _("The Word document “%s” is damaged."), name);
      return NULL;
    }
  /* Read at most the declared size: a lying header cannot make us read more. */
  data = g_malloc (st.size + 1);
  got = zip_fread (zf, data, st.size);
  zip_fclose (zf);
  if (got < 0 || (zip_uint64_t) got != st.size)
    {
      g_free (data);
      g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE, _("The Word document “%s” is damaged."), name);
      return NULL;
    }
  data[st.size] = '\0';
  return data;
}

static zip_t *
open_zip (GBytes      *bytes,
          const char  *name,
          GError     **error)
{
  zip_error_t zerr;
  zip_source_t *src;
  zip_t *zip = NULL;

  zip_error_init (&zerr);
  src = zip_source_buffer_create (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), 0, &zerr);
  if (src != NULL && (zip = zip_open_from_source (src, ZIP_RDONLY, &zerr)) == NULL)
    zip_source_free (src);
  zip_error_fini (&zerr);
  if (zip == NULL)
    g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE, _("The file “%s” is a damaged ZIP archive."), name);
  return zip;
}

/* XML helpers */

static gboolean
is_w (xmlTextReaderPtr reader,
      const char      *local)
{
  const xmlChar *ns = xmlTextReaderConstNamespaceUri (reader);
  const xmlChar *ln = xmlTextReaderConstLocalName (reader);

  return ln != NULL && strcmp ((const char *) ln, local) == 0 &&
         ns != NULL && strstr ((const char *) ns, "wordprocessingml") != NULL;
}

/* The value of the attribute with local name @local, whatever its prefix. */
static char *
w_attr (xmlTextReaderPtr reader,
        const char      *local)
{
  char *value = NULL;

  if (xmlTextReaderMoveToFirstAttribute (reader) != 1)
    return NULL;
  do
    {
      const xmlChar *ln = xmlTextReaderConstLocalName (reader);
      if (ln != NULL && strcmp ((const char *) ln, local) == 0)
        {
          value = g_strdup ((const char *) xmlTextReaderConstValue (reader));
          break;
        }
    }
  while (xmlTextReaderMoveToNextAttribute (reader) == 1);
  xmlTextReaderMoveToElement (reader);
  return value;
}

static xmlTextReaderPtr
open_xml (const char *xml)
{
  return xmlReaderForMemory (xml, strlen (xml), NULL, "UTF-8",
                             XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
}

/* Numbering */

static void
numbering_init (Numbering *n)
{
  n->num_abstract = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  n->formats = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  n->counters = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

static void
numbering_clear (Numbering *n)
{
  g_hash_table_unref (n->num_abstract);
  g_hash_table_unref (n->formats);
  g_hash_table_unref (n->counters);
}

/* Only what tells bullets from numbers: abstractNum/lvl/numFmt and num/abstractNumId. */
static void
read_numbering (Numbering  *n,
                const char *xml)
{
  xmlTextReaderPtr reader = open_xml (xml);
  g_autofree char *abstract = NULL, *num = NULL;
  g_autofree char *level = NULL;

  if (reader == NULL)
    return;
  while (xmlTextReaderRead (reader) == 1 && g_hash_table_size (n->formats) < 10000)
    {
      if (xmlTextReaderNodeType (reader) == XML_READER_TYPE_DOCUMENT_TYPE)
        break;
      if (xmlTextReaderNodeType (reader) != XML_READER_TYPE_ELEMENT)
        continue;
      if (is_w (reader, "abstractNum"))
        {
          g_free (abstract);
          abstract = w_attr (reader, "abstractNumId");
        }
      else if (is_w (reader, "lvl"))
        {
          g_free (level);
          level = w_attr (reader, "ilvl");
        }
      else if (is_w (reader, "numFmt") && abstract != NULL && level != NULL)
        {
          char *fmt = w_attr (reader, "val");
          if (fmt != NULL)
            g_hash_table_replace (n->formats, g_strdup_printf ("%s/%s", abstract, level), fmt);
        }
      else if (is_w (reader, "num"))
        {
          g_free (num);
          num = w_attr (reader, "numId");
        }
      else if (is_w (reader, "abstractNumId") && num != NULL)
        {
          char *value = w_attr (reader, "val");
          if (value != NULL)
            g_hash_table_replace (n->num_abstract, g_strdup (num), value);
        }
    }
  xmlFreeTextReader (reader);
}

/* "3. ", "3.1 ", "b. " or "• " for a list paragraph, counting as Word does. */
static char *
list_label (Numbering  *n,
            const char *num_id,
            int         ilvl)
{
  const char *abstract = g_hash_table_lookup (n->num_abstract, num_id);
  g_autofree char *key = g_strdup_printf ("%s/%d", abstract != NULL ? abstract : "", ilvl);
  const char *fmt = g_hash_table_lookup (n->formats, key);
  int *counters;

  if (fmt == NULL || g_str_equal (fmt, "bullet") || g_str_equal (fmt, "none"))
    return g_strdup ("• ");
  counters = g_hash_table_lookup (n->counters, num_id);
  if (counters == NULL)
    {
      counters = g_new0 (int, MAX_LIST_LEVEL + 1);
      g_hash_table_insert (n->counters, g_strdup (num_id), counters);
    }
  counters[ilvl]++;
  for (int k = ilvl + 1; k <= MAX_LIST_LEVEL; k++)
    counters[k] = 0;
  if (g_str_equal (fmt, "lowerLetter") || g_str_equal (fmt, "upperLetter"))
    return g_strdup_printf ("%c. ", (g_str_equal (fmt, "lowerLetter") ? 'a' : 'A') +
                                    (counters[ilvl] - 1) % 26);
  if (ilvl > 0 && counters[ilvl - 1] > 0)
    return g_strdup_printf ("%d.%d ", counters[ilvl - 1], counters[ilvl]);
  return g_strdup_printf ("%d. ", counters[ilvl]);
}

/* The document */

static void
end_paragraph (DocxState *st)
{
  if (st->row_depth > 0)
    {
      /* Paragraphs within one cell are joined by a space. */
      if (st->para->len > 0)
        {
          if (st->cell_has_text)
            g_string_append_c (st->out, ' ');
          g_string_append (st->out, st->para->str);
          st->cell_has_text = TRUE;
        }
    }
  else
    {
      if (st->num_id != NULL && st->para->len > 0)
        {
          g_autofree char *label = list_label (st->numbering, st->num_id, st->ilvl);
          g_string_append (st->out, label);
        }
      g_string_append (st->out, st->para->str);
      g_string_append_c (st->out, '\n');
    }
  g_string_truncate (st->para, 0);
  g_clear_pointer (&st->num_id, g_free);
  st->ilvl = 0;
}

static void
start_element (xmlTextReaderPtr reader,
               DocxState       *st,
               gboolean         empty)
{
  if (is_w (reader, "t"))
    st->in_text = !empty;
  else if (is_w (reader, "tab"))
    g_string_append_c (st->para, '\t');
  else if (is_w (reader, "br") || is_w (reader, "cr"))
    g_string_append_c (st->para, st->row_depth > 0 ? ' ' : '\n');
  else if (is_w (reader, "numId"))
    {
      g_free (st->num_id);
      st->num_id = w_attr (reader, "val");
      /* numId 0 switches numbering off. */
      if (st->num_id != NULL && g_str_equal (st->num_id, "0"))
        g_clear_pointer (&st->num_id, g_free);
    }
  else if (is_w (reader, "ilvl"))
    {
      g_autofree char *level = w_attr (reader, "val");
      st->ilvl = level != NULL ? CLAMP (atoi (level), 0, MAX_LIST_LEVEL) : 0;
    }
  else if (is_w (reader, "tr") && !empty)
    st->row_depth++;
  else if (is_w (reader, "tc") && st->row_depth > 0)
    {
      if (st->out->len > 0 && st->out->str[st->out->len - 1] != '\n')
        g_string_append_c (st->out, '\t');
      st->cell_has_text = FALSE;
    }
  else if (is_w (reader, "p") && empty)
    end_paragraph (st);
}

static void
handle_node (xmlTextReaderPtr reader,
             DocxState       *st)
{
  int type = xmlTextReaderNodeType (reader);

  if (type == XML_READER_TYPE_ELEMENT)
    start_element (reader, st, xmlTextReaderIsEmptyElement (reader));
  else if (type == XML_READER_TYPE_END_ELEMENT)
    {
      if (is_w (reader, "t"))
        st->in_text = FALSE;
      else if (is_w (reader, "p"))
        end_paragraph (st);
      else if (is_w (reader, "tr") && st->row_depth > 0)
        {
          st->row_depth--;
          g_string_append_c (st->out, '\n');
        }
    }
  else if ((type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE) &&
           st->in_text)
    {
      const xmlChar *value = xmlTextReaderConstValue (reader);
      if (value != NULL)
        g_string_append (st->para, (const char *) value);
    }
}

static char *
read_document (const char  *xml,
               Numbering   *numbering,
               const char  *name,
               GError     **error)
{
  xmlTextReaderPtr reader = open_xml (xml);
  DocxState st = { 0 };
  int ret;

  if (reader == NULL)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE, _("The Word document “%s” is damaged."), name);
      return NULL;
    }
  st.out = g_string_new (NULL);
  st.para = g_string_new (NULL);
  st.numbering = numbering;
  while ((ret = xmlTextReaderRead (reader)) == 1)
    {
      if (xmlTextReaderNodeType (reader) == XML_READER_TYPE_DOCUMENT_TYPE)
        {
          ret = -1;   /* a DTD has no place in a Word document */
          break;
        }
      handle_node (reader, &st);
      if (st.out->len + st.para->len > OT_MINUTES_MAX_TEXT_SIZE)
        break;
    }
  xmlFreeTextReader (reader);
  g_string_free (st.para, TRUE);
  g_free (st.num_id);
  if (ret < 0)
    {
      g_string_free (st.out, TRUE);
      g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE, _("The Word document “%s” is damaged."), name);
      return NULL;
    }
  return g_string_free (st.out, FALSE);
}

char *
ot_mi_read_docx (GBytes      *bytes,
                 const char  *name,
                 GError     **error)
{
  zip_t *zip = open_zip (bytes, name, error);
  g_autofree char *document = NULL, *numbering_xml = NULL;
  Numbering numbering;
  char *text = NULL;

  if (zip == NULL)
    return NULL;
  document = read_zip_entry (zip, DOCUMENT_ENTRY, FALSE, name, error);
  if (document != NULL)
    numbering_xml = read_zip_entry (zip, NUMBERING_ENTRY, TRUE, name, NULL);
  zip_discard (zip);
  if (document == NULL)
    return NULL;

  numbering_init (&numbering);
  if (numbering_xml != NULL)
    read_numbering (&numbering, numbering_xml);
  text = read_document (document, &numbering, name, error);
  numbering_clear (&numbering);
  return text;
}
