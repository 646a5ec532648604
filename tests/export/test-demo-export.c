/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-demo-export.c: every demo meeting exported as PDF and XLSX, read back; their public versions carry no name. */
#include "config.h"

#include <string.h>

#include "export-fixture.h"
#include "ot-demo.h"
#include "ot-minutes-document.h"
#include "ot-minutes-export.h"
#include "ot-minutes-qa.h"
#include "ot-minutes-typeset.h"
#include "ot-test-support.h"
#include "ot-xlsx.h"

typedef struct
{
  char    *dir;
  OtStore *store;
} DemoFixture;

static void
demo_setup (DemoFixture   *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = NULL;

  f->dir = ot_test_mkdtemp ();
  db = g_build_filename (f->dir, "demo.db", NULL);
  f->store = ot_store_open (db, &error);
  g_assert_no_error (error);
  g_assert_true (ot_demo_load (f->store, &error));
  g_assert_no_error (error);
}

static void
demo_teardown (DemoFixture   *f,
               gconstpointer  data)
{
  g_clear_object (&f->store);
  ot_test_rmdir (f->dir);
  g_free (f->dir);
}

/* A start of @text short enough to stay on one printed line: up to the first line break, at
 * most @max bytes, cut at a space, white space collapsed as export_pdf_text() does. */
static char *
probe (const char *text,
       gsize       max)
{
  GString *s = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0' && *p != '\n' && s->len < max; p++)
    {
      if (g_ascii_isspace (*p))
        space = TRUE;
      else
        {
          if (space && s->len > 0)
            g_string_append_c (s, ' ');
          space = FALSE;
          g_string_append_c (s, *p);
        }
    }
  if (s->len >= max)
    {
      char *cut = strrchr (s->str, ' ');

      if (cut != NULL)
        g_string_truncate (s, cut - s->str);
    }
  return g_string_free (s, FALSE);
}

static void
assert_contains (const char *text,
                 const char *needle,
                 const char *what)
{
  /* Table cells are narrow, and poppler interleaves their lines with the next cell's. */
  g_autofree char *p = probe (needle, g_str_equal (what, "action") ? 24 : 40);

  if (*p != '\0' && strstr (text, p) == NULL)
    g_error ("%s “%s” is not in the PDF", what, p);
}

static GListModel *
meetings (DemoFixture *f)
{
  g_autoptr(GError) error = NULL;
  GListModel *list = ot_store_list_meetings (f->store, 0, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), >, 0);
  return list;
}

static void
test_demo_pdf (DemoFixture   *f,
               gconstpointer  data)
{
  g_autoptr(GListModel) list = meetings (f);

  for (guint m = 0; m < g_list_model_get_n_items (list); m++)
    {
      g_autoptr(OtMeeting) meeting = g_list_model_get_item (list, m);
      g_autoptr(GError) error = NULL;
      g_autoptr(OtMinutesDocument) doc = ot_minutes_document_new_from_store (f->store, ot_meeting_get_id (meeting), &error);
      g_autoptr(GBytes) pdf = NULL;
      g_autofree char *text = NULL;
      g_autofree char *png = g_strdup_printf ("demo-meeting%" G_GINT64_FORMAT "-page1.png", ot_meeting_get_id (meeting));
      g_autofree char *date = NULL;
      g_autoptr(GPtrArray) order = g_ptr_array_new ();

      g_assert_no_error (error);
      pdf = ot_minutes_render_pdf (doc, &error);
      g_assert_no_error (error);
      text = export_pdf_text (pdf);
      export_save_png (pdf, 0, png);

      /* Header, attendance, then every item in order. */
      date = ot_minutes_format_date (doc->date);
      g_ptr_array_add (order, doc->title);
      g_ptr_array_add (order, date);
      if (doc->attendance->len > 0)
        g_ptr_array_add (order, (gpointer) "Aanwezigheid");
      for (guint i = 0; i < doc->items->len; i++)
        {
          OtMinutesDocItem *item = g_ptr_array_index (doc->items, i);

          g_ptr_array_add (order, item->number);
          for (guint s = 0; s < item->statements->len; s++)
            assert_contains (text, ((OtMinutesDocStatement *) g_ptr_array_index (item->statements, s))->text, "statement");
          for (guint d = 0; d < item->decisions->len; d++)
            assert_contains (text, ((OtMinutesDocDecision *) g_ptr_array_index (item->decisions, d))->text, "decision");
          assert_contains (text, item->title, "item");
        }
      if (doc->previous_actions->len > 0)
        g_ptr_array_add (order, (gpointer) "Actielijst verslag vorige keer");
      g_ptr_array_add (order, (gpointer) "Actielijst");
      g_ptr_array_add (order, NULL);
      export_assert_pdf_order (pdf, (const char * const *) order->pdata);
      for (guint a = 0; a < doc->actions->len; a++)
        assert_contains (text, ((OtMinutesDocAction *) g_ptr_array_index (doc->actions, a))->text, "action");
      for (guint a = 0; a < doc->previous_actions->len; a++)
        assert_contains (text, ((OtMinutesDocAction *) g_ptr_array_index (doc->previous_actions, a))->text, "action");
      g_assert_true (strstr (text, doc->status == OT_MEETING_STATUS_APPROVED ? "Vastgesteld op" : "Concept") != NULL);
    }
}

static void
assert_no_store_names (DemoFixture *f,
                       const char  *where,
                       const char  *text)
{
  g_auto(GStrv) names = export_fixture_names (f->store);

  if (text == NULL)
    return;
  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *hit = strstr (text, names[i]);

      /* Whole words only: "Smit" in "Smitweg" is someone else's business, but a name is a name. */
      while (hit != NULL)
        {
          gsize len = strlen (names[i]);
          gboolean starts = hit == text || !g_ascii_isalnum (hit[-1]);
          gboolean ends = !g_ascii_isalnum (hit[len]);

          if (starts && ends)
            g_error ("%s contains the name “%s”", where, names[i]);
          hit = strstr (hit + 1, names[i]);
        }
    }
}

static void
test_demo_public (DemoFixture   *f,
                  gconstpointer  data)
{
  g_autoptr(GListModel) list = meetings (f);

  for (guint m = 0; m < g_list_model_get_n_items (list); m++)
    {
      g_autoptr(OtMeeting) meeting = g_list_model_get_item (list, m);
      gint64 id = ot_meeting_get_id (meeting);
      g_autoptr(GError) error = NULL;
      g_autofree char *pdf_path = g_strdup_printf ("%s/public-%" G_GINT64_FORMAT ".pdf", f->dir, id);
      g_autofree char *xlsx_path = g_strdup_printf ("%s/public-%" G_GINT64_FORMAT ".xlsx", f->dir, id);
      OtMinutesExportOptions options = { OT_EXPORT_FORMAT_PDF, TRUE, OT_MINUTES_ATTENDANCE_ORGANISATIONS, NULL, FALSE };
      g_auto(GStrv) unsure = NULL;
      g_autofree char *bytes = NULL;
      gsize len;
      g_autoptr(GBytes) pdf = NULL;
      g_autofree char *text = NULL;
      g_autoptr(ExportPdf) pd = NULL;
      const char *parts[] = { "docProps/core.xml", "docProps/app.xml", "xl/workbook.xml", "xl/sharedStrings.xml",
                              "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml",
                              "xl/worksheets/sheet4.xml", NULL };

      g_assert_true (ot_minutes_export (f->store, id, &options, pdf_path, &unsure, &error));
      g_assert_no_error (error);
      g_assert_nonnull (unsure);
      g_assert_true (g_file_get_contents (pdf_path, &bytes, &len, NULL));
      pdf = g_bytes_new (bytes, len);
      text = export_pdf_text (pdf);
      assert_no_store_names (f, pdf_path, text);
      pd = poppler_document_new_from_bytes (pdf, NULL, &error);
      g_assert_no_error (error);
      {
        g_autofree char *title = poppler_document_get_title (pd);
        g_autofree char *subject = poppler_document_get_subject (pd);
        g_autofree char *author = poppler_document_get_author (pd);

        assert_no_store_names (f, "the PDF title", title);
        assert_no_store_names (f, "the PDF subject", subject);
        g_assert_null (author);
      }

      options.format = OT_EXPORT_FORMAT_XLSX;
      g_assert_true (ot_minutes_export (f->store, id, &options, xlsx_path, NULL, &error));
      g_assert_no_error (error);
      for (guint i = 0; parts[i] != NULL; i++)
        {
          g_autofree char *xml = export_zip_part (xlsx_path, parts[i]);

          assert_no_store_names (f, parts[i], xml);
        }
    }
}

static void
test_demo_xlsx (DemoFixture   *f,
                gconstpointer  data)
{
  g_autoptr(GListModel) list = meetings (f);

  for (guint m = 0; m < g_list_model_get_n_items (list); m++)
    {
      g_autoptr(OtMeeting) meeting = g_list_model_get_item (list, m);
      gint64 id = ot_meeting_get_id (meeting);
      g_autoptr(GError) error = NULL;
      g_autofree char *path = g_strdup_printf ("%s/minutes-%" G_GINT64_FORMAT ".xlsx", f->dir, id);
      OtMinutesExportOptions options = { OT_EXPORT_FORMAT_XLSX, FALSE, OT_MINUTES_ATTENDANCE_FULL, NULL, FALSE };
      g_autoptr(OtMinutesDocument) doc = ot_minutes_document_new_from_store (f->store, id, &error);
      g_autoptr(OtXlsxWorkbook) wb = NULL;
      OtXlsxSheet *agenda, *actions;

      g_assert_no_error (error);
      g_assert_true (ot_minutes_export (f->store, id, &options, path, NULL, &error));
      g_assert_no_error (error);
      wb = ot_xlsx_workbook_open (path, &error);
      g_assert_no_error (error);
      agenda = ot_xlsx_workbook_find_sheet (wb, "Agenda");
      g_assert_true (ot_xlsx_sheet_load (agenda, &error));
      for (guint i = 0; i < doc->items->len; i++)
        {
          OtMinutesDocItem *item = g_ptr_array_index (doc->items, i);

          g_assert_cmpstr (ot_xlsx_sheet_lookup (agenda, i + 1, 0)->string, ==, item->number);
          g_assert_cmpstr (ot_xlsx_sheet_lookup (agenda, i + 1, 1)->string, ==, item->title);
        }
      actions = ot_xlsx_workbook_find_sheet (wb, "Actielijst");
      g_assert_true (ot_xlsx_sheet_load (actions, &error));
      for (guint a = 0; a < doc->actions->len; a++)
        {
          OtMinutesDocAction *action = g_ptr_array_index (doc->actions, a);
          guint row = doc->previous_actions->len + a + 1;
          const OtXlsxCell *due = ot_xlsx_sheet_lookup (actions, row, 3);

          g_assert_cmpstr (ot_xlsx_sheet_lookup (actions, row, 1)->string, ==, action->text);
          if (action->due_date != NULL)
            {
              g_autofree char *iso = NULL;

              g_assert_nonnull (due);
              g_assert_cmpint (due->type, ==, OT_XLSX_CELL_DATE);
              iso = ot_xlsx_serial_to_iso8601 (due->number, FALSE);
              g_assert_cmpstr (iso, ==, action->due_date);
            }
        }
    }
}

/* The marktconsultatie's questions and answers, numbered. */
static void
test_demo_qa (DemoFixture   *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) series = ot_store_list_series (f->store, &error);
  gboolean found = FALSE;

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (series); i++)
    {
      g_autoptr(OtSeries) s = g_list_model_get_item (series, i);
      g_autoptr(OtMinutesQa) qa = NULL;
      g_autoptr(GBytes) pdf = NULL;
      g_autofree char *text = NULL;

      if (ot_series_get_kind (s) != OT_SERIES_KIND_MARKTCONSULTATIE)
        continue;
      found = TRUE;
      qa = ot_minutes_qa_new_from_series (f->store, ot_series_get_id (s), FALSE, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (qa->entries->len, >=, 3);
      pdf = ot_minutes_qa_render_pdf (qa, &error);
      g_assert_no_error (error);
      text = export_pdf_text (pdf);
      for (guint e = 0; e < qa->entries->len; e++)
        {
          OtMinutesQaEntry *entry = g_ptr_array_index (qa->entries, e);
          g_autofree char *label = g_strdup_printf ("VRAAG %u", e + 1);

          g_assert_cmpuint (entry->number, ==, e + 1);
          g_assert_true (strstr (text, label) != NULL);
          if (entry->text != NULL)
            assert_contains (text, entry->text, "question");
        }
      assert_no_store_names (f, "the nota van inlichtingen", text);
      export_save_png (pdf, 0, "demo-qa-page1.png");
    }
  g_assert_true (found);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/export/demo/pdf", DemoFixture, NULL, demo_setup, test_demo_pdf, demo_teardown);
  g_test_add ("/export/demo/xlsx", DemoFixture, NULL, demo_setup, test_demo_xlsx, demo_teardown);
  g_test_add ("/export/demo/public", DemoFixture, NULL, demo_setup, test_demo_public, demo_teardown);
  g_test_add ("/export/demo/qa", DemoFixture, NULL, demo_setup, test_demo_qa, demo_teardown);
  return g_test_run ();
}
