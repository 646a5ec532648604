/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-minutes-pdf.c: the text of a PDF page by page, without running headers, footers and
 * page numbers, keeping blank lines and indents that the recogniser relies on. */
#define G_LOG_DOMAIN "ot-minutes-import"
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <poppler.h>

#include "ot-error.h"
#include "ot-minutes-private.h"

/* How many lines at the top and at the bottom of a page may be a header or footer. */
#define EDGE_LINES 2

typedef struct
{
  char    *text;
  gboolean blank;
} PageLine;

static void
page_line_clear (gpointer data)
{
  g_free (((PageLine *) data)->text);
}

gboolean
ot_mi_is_page_number (const char *line)
{
  g_autofree char *folded = ot_mi_fold (line);
  GRegex *re = ot_mi_regex ("^\\s*[-–—]?\\s*(pagina|page|blz\\.?|p\\.)?\\s*\\d{1,3}"
                            "(\\s*(van|of|/)\\s*\\d{1,4})?\\s*[-–—]?\\s*$", 0);
  return g_regex_match (re, folded, 0, NULL);
}

static void
append_line (GArray     *lines,
             const char *text,
             gboolean    blank)
{
  PageLine pl = { g_strdup (text), blank };

  g_array_append_val (lines, pl);
}

static glong
first_visible (const char *line)
{
  glong index = 0;

  for (const char *p = line; *p != '\0'; p = g_utf8_next_char (p), index++)
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return index;
  return -1;
}

typedef struct
{
  double left;          /* the page's left text margin */
  double top, bottom;   /* of the previous line */
  double right;         /* where the previous line ends */
  double height;
  gboolean any;
} Layout;

/* One line of get_text placed by its layout: a blank line before it for a vertical gap
 * (paragraph breaks, which get_text drops), its indent from the left margin, or glued to the
 * previous line with a tab when it sits on the same baseline (a table row split by poppler). */
static void
place_line (GArray                 *lines,
            Layout                 *l,
            const PopplerRectangle *first,
            const PopplerRectangle *last,
            const char             *stripped)
{
  double height = MAX (first->y2 - first->y1, 1.0);
  int indent = 0;

  if (l->any && lines->len > 0 && fabs (first->y1 - l->top) < 0.3 * height && first->x1 > l->right)
    {
      PageLine *prev = &g_array_index (lines, PageLine, lines->len - 1);
      char *joined = g_strdup_printf ("%s\t%s", prev->text, stripped);
      g_free (prev->text);
      prev->text = joined;
      l->right = last->x2;
      return;
    }
  if (l->any && first->y1 - l->bottom > 0.6 * MAX (height, l->height))
    {
      /* As many blank lines as fit in the gap: the rhythm of blank lines tells paragraphs
       * from wrapped lines in the clean-up. */
      int blanks = CLAMP ((int) ((first->y1 - l->bottom) / (1.05 * MAX (height, l->height))), 1, 4);
      for (int k = 0; k < blanks; k++)
        append_line (lines, "", TRUE);
    }
  /* Left-aligned lines start at the same x; even one space of indent is real. */
  if (first->x1 - l->left > MAX (1.0, height * 0.12))
    indent = CLAMP ((int) ((first->x1 - l->left) / (height * 0.3) + 0.5), 1, 12);
  {
    g_autofree char *indented = g_strdup_printf ("%*s%s", indent, "", stripped);
    append_line (lines, indented, FALSE);
  }
  l->any = TRUE;
  l->top = first->y1;
  l->bottom = first->y2;
  l->right = last->x2;
  l->height = height;
}

/* Splits a page's text into lines, placed by the text layout when it matches the text. */
static GArray *
page_lines (PopplerPage *page)
{
  g_autofree char *text = poppler_page_get_text (page);
  g_autofree PopplerRectangle *rects = NULL;
  guint n_rects = 0;
  GArray *lines = g_array_new (FALSE, TRUE, sizeof (PageLine));
  g_auto(GStrv) parts = NULL;
  Layout l = { G_MAXDOUBLE, 0, 0, 0, 0, FALSE };
  glong offset = 0;

  g_array_set_clear_func (lines, page_line_clear);
  if (text == NULL)
    return lines;
  if (!poppler_page_get_text_layout (page, &rects, &n_rects))
    n_rects = 0;
  if ((glong) n_rects < g_utf8_strlen (text, -1))
    n_rects = 0;                /* layout does not match the text: keep lines only */

  parts = g_strsplit (text, "\n", -1);
  for (guint i = 0; parts[i] != NULL && n_rects > 0; i++)
    {
      glong len = g_utf8_strlen (parts[i], -1), first = first_visible (parts[i]);
      if (first >= 0 && offset + first < (glong) n_rects)
        l.left = MIN (l.left, rects[offset + first].x1);
      offset += len + 1;
    }

  offset = 0;
  for (guint i = 0; parts[i] != NULL; i++)
    {
      glong len = g_utf8_strlen (parts[i], -1), first = first_visible (parts[i]);
      g_autofree char *stripped = g_strstrip (g_strdup (parts[i]));

      if (first < 0)
        ;
      else if (n_rects > 0 && offset + len - 1 < (glong) n_rects)
        place_line (lines, &l, &rects[offset + first], &rects[offset + len - 1], stripped);
      else
        append_line (lines, stripped, FALSE);
      offset += len + 1;
    }
  return lines;
}

/* A header or footer line, with its digits masked so that "pagina 2" matches "pagina 3". */
static char *
edge_key (const char *line)
{
  g_autofree char *folded = ot_mi_fold (line);
  GString *key = g_string_new (NULL);

  for (const char *p = folded; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          if (key->len == 0 || key->str[key->len - 1] != '#')
            g_string_append_c (key, '#');
        }
      else if (!g_ascii_isspace (*p))
        g_string_append_c (key, *p);
    }
  return g_string_free (key, FALSE);
}

/* Calls @func on the indexes of the first and last EDGE_LINES non-blank lines of a page. */
static void
collect_edges (GArray *lines,
               guint  *edges,
               guint  *n_edges)
{
  guint n = 0;

  for (guint i = 0, seen = 0; i < lines->len && seen < EDGE_LINES; i++)
    if (!g_array_index (lines, PageLine, i).blank)
      edges[n++] = i, seen++;
  for (guint i = lines->len, seen = 0; i > 0 && seen < EDGE_LINES; i--)
    if (!g_array_index (lines, PageLine, i - 1).blank)
      {
        gboolean dup = FALSE;
        for (guint k = 0; k < n; k++)
          dup |= edges[k] == i - 1;
        if (!dup)
          edges[n++] = i - 1;
        seen++;
      }
  *n_edges = n;
}

static void
drop_running_lines (GPtrArray *pages)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint threshold = MAX (2, (guint) ceil (pages->len * 0.6));

  for (guint p = 0; p < pages->len; p++)
    {
      GArray *lines = g_ptr_array_index (pages, p);
      g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      guint edges[2 * EDGE_LINES], n_edges;

      collect_edges (lines, edges, &n_edges);
      for (guint e = 0; e < n_edges; e++)
        {
          char *key = edge_key (g_array_index (lines, PageLine, edges[e]).text);
          if (!g_hash_table_add (seen, key))
            continue;
          g_hash_table_insert (counts, g_strdup (key),
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) + 1));
        }
    }

  for (guint p = 0; p < pages->len; p++)
    {
      GArray *lines = g_ptr_array_index (pages, p);
      guint edges[2 * EDGE_LINES], n_edges;

      collect_edges (lines, edges, &n_edges);
      for (guint e = 0; e < n_edges; e++)
        {
          PageLine *pl = &g_array_index (lines, PageLine, edges[e]);
          g_autofree char *key = edge_key (pl->text);
          gboolean running = pages->len >= 2 &&
            GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) >= threshold;

          if (running || ot_mi_is_page_number (pl->text))
            {
              g_free (pl->text);
              pl->text = g_strdup ("");
              pl->blank = TRUE;
            }
        }
    }
}

static char *
join_pages (GPtrArray *pages)
{
  GString *out = g_string_new (NULL);

  for (guint p = 0; p < pages->len; p++)
    {
      GArray *lines = g_ptr_array_index (pages, p);
      guint first = 0, last = lines->len;

      /* Blank lines left where a header or footer was are trimmed at page edges. */
      while (first < last && g_array_index (lines, PageLine, first).blank)
        first++;
      while (last > first && g_array_index (lines, PageLine, last - 1).blank)
        last--;
      /* A page that ended a sentence most likely ended a paragraph: keep that break, which
       * the page boundary hides. */
      if (first < last && out->len > 0 && ot_mi_ends_sentence (out->str))
        g_string_append (out, "\n\n");
      for (guint i = first; i < last; i++)
        {
          g_string_append (out, g_array_index (lines, PageLine, i).text);
          g_string_append_c (out, '\n');
          if (out->len > OT_MINUTES_MAX_TEXT_SIZE)
            return g_string_free (out, FALSE);
        }
    }
  return g_string_free (out, FALSE);
}

char *
ot_mi_read_pdf (GBytes      *bytes,
                const char  *name,
                GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  PopplerDocument *doc = NULL;
  char *text;
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  int n_pages;

  doc = poppler_document_new_from_bytes (bytes, NULL, &local_error);
  if (doc == NULL)
    {
      if (g_error_matches (local_error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
        g_set_error (error, OT_ERROR, OT_ERROR_UNSUPPORTED,
                     _("The PDF file “%s” is protected with a password."), name);
      else
        g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE,
                     _("The file “%s” is not a readable PDF document: %s"), name,
                     local_error != NULL ? local_error->message : "");
      return NULL;
    }
  n_pages = poppler_document_get_n_pages (doc);
  if (n_pages <= 0)
    {
      g_object_unref (doc);
      g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE,
                   _("The PDF file “%s” has no pages."), name);
      return NULL;
    }
  if (n_pages > OT_MINUTES_MAX_PAGES)
    {
      g_object_unref (doc);
      g_set_error (error, OT_ERROR, OT_ERROR_LIMIT,
                   _("The PDF file “%s” has too many pages to be minutes."), name);
      return NULL;
    }
  for (int i = 0; i < n_pages; i++)
    {
      PopplerPage *page = poppler_document_get_page (doc, i);
      g_ptr_array_add (pages, page != NULL ? page_lines (page)
                                            : g_array_new (FALSE, TRUE, sizeof (PageLine)));
      g_clear_object (&page);
    }
  g_object_unref (doc);
  drop_running_lines (pages);
  text = join_pages (pages);
  return text;
}
