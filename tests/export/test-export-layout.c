/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-export-layout.c: page breaks: headings kept with their text, no single lines left behind, numbered pages. */
#include "config.h"

#include <string.h>

#include "export-fixture.h"
#include "ot-export-layout.h"

/* The page (0-based) on which @needle is printed; -1 when it is not. */
static int
page_of (ExportPdf  *doc,
         const char *needle)
{
  for (int p = 0; p < poppler_document_get_n_pages (doc); p++)
    {
      g_autoptr(ExportPdfPage) page = poppler_document_get_page (doc, p);
      GList *matches = poppler_page_find_text_with_options (page, needle, POPPLER_FIND_CASE_SENSITIVE | POPPLER_FIND_WHOLE_WORDS_ONLY);
      gboolean found = matches != NULL;

      g_list_free_full (matches, (GDestroyNotify) poppler_rectangle_free);
      if (found)
        return p;
    }
  return -1;
}

static ExportPdf *
render (OtExportLayout *layout)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = ot_export_layout_render_pdf (layout, "Test", NULL, NULL, &error);
  ExportPdf *doc;

  g_assert_no_error (error);
  doc = poppler_document_new_from_bytes (pdf, NULL, &error);
  g_assert_no_error (error);
  return doc;
}

static void
add_fillers (OtExportLayout *layout,
             guint           n)
{
  for (guint i = 0; i < n; i++)
    ot_export_layout_add_paragraph (layout, "Een regel tekst die de pagina vult.", FALSE);
}

/* Wherever the heading falls, it stands on the page of its first line of text. */
static void
test_heading_kept_with_text (void)
{
  for (guint n = 30; n < 60; n++)
    {
      g_autoptr(OtExportLayout) layout = ot_export_layout_new ();
      g_autoptr(ExportPdf) doc = NULL;

      add_fillers (layout, n);
      ot_export_layout_add_heading (layout, OT_EXPORT_HEADING_ITEM, "7", "Kopregel");
      ot_export_layout_add_paragraph (layout, "Eersteregel van de tekst\nTweederegel van de tekst\nDerderegel", TRUE);
      doc = render (layout);
      g_assert_cmpint (page_of (doc, "Kopregel"), >=, 0);
      g_assert_cmpint (page_of (doc, "Kopregel"), ==, page_of (doc, "Eersteregel"));
      g_assert_cmpint (page_of (doc, "Eersteregel"), ==, page_of (doc, "Tweederegel"));
    }
}

/* A paragraph split over two pages leaves at least two lines on each. */
static void
test_no_widows_or_orphans (void)
{
  const char *lines[] = { "Ra", "Rb", "Rc", "Rd", "Re", "Rf", "Rg", "Rh" };
  g_autofree char *markup = g_strjoinv ("\n", (char **) (const char *[]) { "Ra", "Rb", "Rc", "Rd", "Re", "Rf", "Rg", "Rh", NULL });
  gboolean split_seen = FALSE;

  for (guint n = 28; n < 46; n++)
    {
      g_autoptr(OtExportLayout) layout = ot_export_layout_new ();
      g_autoptr(ExportPdf) doc = NULL;
      guint per_page[64] = { 0 };
      int first_page, last_page;

      add_fillers (layout, n);
      ot_export_layout_add_paragraph (layout, markup, FALSE);
      doc = render (layout);
      for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
        {
          int p = page_of (doc, lines[i]);

          g_assert_cmpint (p, >=, 0);
          g_assert_cmpint (p, <, 64);
          per_page[p]++;
        }
      first_page = page_of (doc, "Ra");
      last_page = page_of (doc, "Rh");
      if (first_page != last_page)
        {
          split_seen = TRUE;
          g_assert_cmpuint (per_page[first_page], >=, 2);
          g_assert_cmpuint (per_page[last_page], >=, 2);
        }
    }
  g_assert_true (split_seen);
}

/* "pagina X van Y" on every page, with the final count. */
static void
test_page_numbers (void)
{
  g_autoptr(OtExportLayout) layout = ot_export_layout_new ();
  g_autoptr(ExportPdf) doc = NULL;
  int n;

  add_fillers (layout, 150);
  doc = render (layout);
  n = poppler_document_get_n_pages (doc);
  g_assert_cmpint (n, ==, (int) ot_export_layout_get_n_pages (layout));
  g_assert_cmpint (n, >=, 3);
  for (int p = 0; p < n; p++)
    {
      g_autoptr(ExportPdfPage) page = poppler_document_get_page (doc, p);
      g_autofree char *text = poppler_page_get_text (page);
      g_autofree char *expected = g_strdup_printf ("pagina %d van %d", p + 1, n);

      g_assert_true (strstr (text, expected) != NULL);
    }
}

/* Markup that is not valid (it never should be) is shown as text, not lost or crashed on. */
static void
test_bad_markup (void)
{
  g_autoptr(OtExportLayout) layout = ot_export_layout_new ();
  g_autoptr(ExportPdf) doc = NULL;
  g_autoptr(ExportPdfPage) page = NULL;
  g_autofree char *text = NULL;

  ot_export_layout_add_paragraph (layout, "Tekst met <b>open tag & zo", FALSE);
  ot_export_layout_begin_table (layout, 2, (const double[]) { 0.5, 0.5 }, (const char *[]) { "A", "B" });
  ot_export_layout_add_row (layout, (const char *[]) { "<i>", NULL });
  ot_export_layout_end_table (layout);
  doc = render (layout);
  page = poppler_document_get_page (doc, 0);
  text = poppler_page_get_text (page);
  g_assert_true (strstr (text, "open tag & zo") != NULL);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/export/layout/heading-kept-with-text", test_heading_kept_with_text);
  g_test_add_func ("/export/layout/no-widows-or-orphans", test_no_widows_or_orphans);
  g_test_add_func ("/export/layout/page-numbers", test_page_numbers);
  g_test_add_func ("/export/layout/bad-markup", test_bad_markup);
  return g_test_run ();
}
