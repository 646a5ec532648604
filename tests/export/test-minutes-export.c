/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-minutes-export.c: minutes to PDF and XLSX, read back: content and order, public versions, safe writing. */
#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <poppler.h>
#include <string.h>

#include "export-fixture.h"
#include "ot-error.h"
#include "ot-export-anonymiser.h"
#include "ot-export-file.h"
#include "ot-export-file-private.h"
#include "ot-minutes-document.h"
#include "ot-minutes-export.h"
#include "ot-minutes-qa.h"
#include "ot-minutes-typeset.h"
#include "ot-minutes-xlsx.h"
#include "ot-test-support.h"
#include "ot-xlsx.h"

static OtMinutesDocument *
load (ExportFixture *f,
      gint64         meeting_id)
{
  g_autoptr(GError) error = NULL;
  OtMinutesDocument *doc = ot_minutes_document_new_from_store (f->store, meeting_id, &error);

  g_assert_no_error (error);
  return doc;
}

static GBytes *
render (const OtMinutesDocument *doc)
{
  g_autoptr(GError) error = NULL;
  GBytes *pdf = ot_minutes_render_pdf (doc, &error);

  g_assert_no_error (error);
  g_assert_nonnull (pdf);
  return pdf;
}

static guint
count (const char *text,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

static void
test_pdf_content_order (ExportFixture *f,
                        gconstpointer  data)
{
  g_autoptr(OtMinutesDocument) doc = load (f, f->meeting_id);
  g_autoptr(GBytes) pdf = render (doc);
  g_autofree char *text = export_pdf_text (pdf);
  g_autoptr(GError) error = NULL;
  g_autoptr(ExportPdf) pd = poppler_document_new_from_bytes (pdf, NULL, &error);
  g_autofree char *title = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *author = NULL;
  const char *order[] = {
    "VERSLAG", "OVERLEGTAFEL WMO LEKSTROOM", "Overlegtafel Wmo", "29 augustus 2016", "13:30 – 15:30 uur", "Gemeentehuis Houten, zaal 2",
    "Nico Kersten", "Famke Wouters", "Concept",
    "Aanwezigheid", "Aanwezig", "Gemeente Houten", "Nico Kersten (beleidsmedewerker Wmo, voorzitter)",
    "Regio Lekstroom", "Lilian Petter (beleidsadviseur)", "Syndion", "Jenny van der Hoek (manager zorg)",
    "Afgemeld", "Laura Kamphaus", "Afwezig zonder afmelding", "Zorgspectrum",
    "1", "Opening en mededelingen", "Vitras gaat fuseren",
    "2", "Kwaliteit", "benaderd door kleine aanbieders", "• We willen het niet helemaal dichttimmeren",
    "VRAAG", "Jenny van der Hoek:", "Hoe toetsen jullie", "ANTWOORD", "Lilian Petter:", "Aan de hand van het kader",
    "OPMERKING", "Aanbieders:", "VOG kan een hobbel zijn",
    "Afspraak:", "Laura en Lilian werken het voorstel", "ACTIE", "Kader VOG uitwerken",
    "2.1", "Verklaring omtrent het gedrag", "Menno vraagt",
    "3", "Tarief", "Stichting Abrona:", "indirecte tijd", "Nico Kersten:", "Besluit:", "met 1,4% geïndexeerd",
    "4", "Rondvraag", "Geen.",
    "Actielijst verslag vorige keer", "Eigenaar",
    "Kwaliteitscriteria rondsturen", "Lilian Petter", "1 juli 2016", "open", "uit verslag van 13 juni 2016",
    "Vragenlijst onderaanbesteding delen", "afgerond",
    "Actielijst", "Eigenaar",
    "Tafel organiseren", "Regio Lekstroom", "1 december 2016", "open",
    "Kader VOG uitwerken", "Laura Kamphaus", "15 oktober 2016",
    "GGD vragen naar toetsing", "Corien Besamusca",
    NULL
  };

  export_assert_pdf_order (pdf, order);
  g_assert_true (strstr (text, "pagina 1 van ") != NULL);
  g_assert_true (strstr (text, "Concept pagina 1 van") != NULL);
  g_assert_no_error (error);
  title = poppler_document_get_title (pd);
  subject = poppler_document_get_subject (pd);
  author = poppler_document_get_author (pd);
  g_assert_cmpstr (title, ==, "Verslag Overlegtafel Wmo, 29 augustus 2016");
  g_assert_cmpstr (subject, ==, "Overlegtafel Wmo Lekstroom");
  g_assert_null (author);
  /* Bookmarks: the sections and items, the sub-item under its item. */
  {
    PopplerIndexIter *iter = poppler_index_iter_new (pd);
    guint n = 0;

    g_assert_nonnull (iter);
    do
      n++;
    while (poppler_index_iter_next (iter));
    poppler_index_iter_free (iter);
    g_assert_cmpuint (n, ==, 7);
  }
  for (int i = 0; i < poppler_document_get_n_pages (pd); i++)
    {
      g_autofree char *name = g_strdup_printf ("minutes-page%d.png", i + 1);

      export_save_png (pdf, i, name);
    }
}

static void
test_pdf_approved (ExportFixture *f,
                   gconstpointer  data)
{
  g_autoptr(OtMinutesDocument) doc = load (f, f->first_meeting_id);
  g_autoptr(GBytes) pdf = render (doc);
  g_autofree char *text = export_pdf_text (pdf);
  const char *order[] = { "13 juni 2016", "Vastgesteld op 29 augustus 2016", "1", "Kwaliteitscriteria",
                          "Actielijst", "Kwaliteitscriteria rondsturen", NULL };

  export_assert_pdf_order (pdf, order);
  g_assert_null (strstr (text, "CONCEPT"));
  g_assert_null (strstr (text, "Actielijst verslag vorige keer"));
}

/* A table over pages repeats its header; no row is lost or doubled; pages are counted. */
static void
test_pdf_long_table (ExportFixture *f,
                     gconstpointer  data)
{
  gint64 m = export_fixture_add_long_meeting (f, 70);
  g_autoptr(OtMinutesDocument) doc = load (f, m);
  g_autoptr(GBytes) pdf = render (doc);
  g_autoptr(ExportPdf) pd = poppler_document_new_from_bytes (pdf, NULL, NULL);
  int n_pages = poppler_document_get_n_pages (pd);
  g_autofree char *last = g_strdup_printf ("pagina %d van %d", n_pages, n_pages);
  g_autofree char *text = export_pdf_text (pdf);

  g_assert_cmpint (n_pages, >=, 3);
  g_assert_true (strstr (text, last) != NULL);
  for (int i = 1; i < n_pages; i++)
    {
      g_autoptr(ExportPdfPage) page = poppler_document_get_page (pd, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_assert_true (strstr (page_text, "Eigenaar") != NULL);
      g_assert_true (strstr (page_text, "Status") != NULL);
    }
  for (guint n = 1; n <= 70; n++)
    {
      g_autofree char *needle = g_strdup_printf ("Actie nummer %u:", n);

      g_assert_cmpuint (count (text, needle), ==, 1);
    }
  export_save_png (pdf, 1, "minutes-long-page2.png");
}

static void
assert_no_names (ExportFixture *f,
                 const char    *where,
                 const char    *text)
{
  g_auto(GStrv) names = export_fixture_names (f->store);

  if (text == NULL)
    return;
  for (guint i = 0; names[i] != NULL; i++)
    if (strstr (text, names[i]) != NULL)
      g_error ("%s contains the name “%s”: %s", where, names[i], text);
}

static void
test_public_pdf (ExportFixture *f,
                 gconstpointer  data)
{
  g_autoptr(OtMinutesDocument) doc = load (f, f->meeting_id);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) unsure = ot_minutes_document_make_public (doc, f->store, OT_MINUTES_ATTENDANCE_COUNTS, NULL, &error);
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *text = NULL;
  g_autoptr(ExportPdf) pd = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *author = NULL;
  g_autofree char *creator = NULL;
  g_autofree char *keywords = NULL;
  const char *order[] = {
    "Openbare versie", "Aanwezig", "Aanbieders", "4 personen van 4 organisaties",
    "Afgemeld", "Gemeenten", "1 persoon van 1 organisatie", "Afwezig zonder afmelding", "1 organisatie",
    "VRAAG", "Aanbieder B:", "Hoe toetsen jullie", "ANTWOORD", "De regio:", "Aan de hand van het kader dat gemeente 2 en de regio",
    "Afspraak:", "Gemeente 2 en de regio werken", "Mevrouw aanbieder B", "De voorzitter:", "Besluit:", NULL
  };

  g_assert_no_error (error);
  g_assert_nonnull (unsure);
  g_assert_true (g_strv_contains ((const char * const *) unsure, "Menno"));
  g_assert_true (g_strv_contains ((const char * const *) unsure, "Vitras"));
  g_assert_false (g_strv_contains ((const char * const *) unsure, "Lillian"));
  g_assert_false (g_strv_contains ((const char * const *) unsure, "Hoe"));
  pdf = render (doc);
  export_save_png (pdf, 0, "minutes-public-page1.png");
  export_save_png (pdf, 1, "minutes-public-page2.png");
  text = export_pdf_text (pdf);
  g_test_message ("%s", text);
  export_assert_pdf_order (pdf, order);
  assert_no_names (f, "the public PDF", text);
  pd = poppler_document_new_from_bytes (pdf, NULL, &error);
  g_assert_no_error (error);
  title = poppler_document_get_title (pd);
  subject = poppler_document_get_subject (pd);
  author = poppler_document_get_author (pd);
  creator = poppler_document_get_creator (pd);
  keywords = poppler_document_get_keywords (pd);
  assert_no_names (f, "the PDF title", title);
  assert_no_names (f, "the PDF subject", subject);
  assert_no_names (f, "the PDF creator", creator);
  assert_no_names (f, "the PDF keywords", keywords);
  g_assert_null (author);
  /* The raw file too: nothing hidden outside the text layer. */
  {
    gsize len;
    const char *raw = g_bytes_get_data (pdf, &len);
    g_auto(GStrv) names = export_fixture_names (f->store);

    /* The file holds NUL bytes, where string functions would stop looking. */
    for (guint i = 0; names[i] != NULL; i++)
      g_assert_false (export_bytes_contain (raw, len, names[i]));
  }
}

static void
test_public_attendance_none (ExportFixture *f,
                             gconstpointer  data)
{
  g_autoptr(OtMinutesDocument) doc = load (f, f->meeting_id);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) unsure = ot_minutes_document_make_public (doc, f->store, OT_MINUTES_ATTENDANCE_NONE, NULL, &error);
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  pdf = render (doc);
  text = export_pdf_text (pdf);
  g_assert_null (strstr (text, "Aanwezigheid"));
  g_assert_null (strstr (text, "Afgemeld"));
  assert_no_names (f, "the public PDF", text);
}

static void
test_public_xlsx (ExportFixture *f,
                  gconstpointer  data)
{
  g_autofree char *path = export_fixture_path (f, "public.xlsx");
  OtMinutesExportOptions options = { OT_EXPORT_FORMAT_XLSX, TRUE, OT_MINUTES_ATTENDANCE_ORGANISATIONS, NULL, FALSE };
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) unsure = NULL;
  const char *parts[] = { "docProps/core.xml", "docProps/app.xml", "xl/workbook.xml", "xl/sharedStrings.xml",
                          "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml",
                          "xl/worksheets/sheet4.xml", NULL };

  g_assert_true (ot_minutes_export (f->store, f->meeting_id, &options, path, &unsure, &error));
  g_assert_no_error (error);
  g_assert_nonnull (unsure);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *xml = export_zip_part (path, parts[i]);

      g_assert_nonnull (xml);
      assert_no_names (f, parts[i], xml);
    }
  {
    g_autofree char *core = export_zip_part (path, "docProps/core.xml");

    g_assert_true (strstr (core, "openbare versie") != NULL);
  }
}

static void
test_xlsx_cells (ExportFixture *f,
                 gconstpointer  data)
{
  g_autoptr(OtMinutesDocument) doc = load (f, f->meeting_id);
  g_autofree char *path = export_fixture_path (f, "minutes.xlsx");
  g_autoptr(GError) error = NULL;
  g_autoptr(OtXlsxWorkbook) wb = NULL;
  OtXlsxSheet *actions;
  const OtXlsxCell *cell;
  g_autofree char *sheet_xml = NULL;
  const char *names[] = { "Agenda", "Aanwezigheid", "Besluiten", "Actielijst" };

  g_assert_true (ot_minutes_export_xlsx (doc, path, FALSE, &error));
  g_assert_no_error (error);
  wb = ot_xlsx_workbook_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ot_xlsx_workbook_get_n_sheets (wb), ==, 4);
  for (guint i = 0; i < 4; i++)
    g_assert_cmpstr (ot_xlsx_sheet_get_name (ot_xlsx_workbook_get_sheet (wb, i)), ==, names[i]);

  {
    OtXlsxSheet *agenda = ot_xlsx_workbook_find_sheet (wb, "Agenda");

    g_assert_true (ot_xlsx_sheet_load (agenda, &error));
    g_assert_cmpstr (ot_xlsx_sheet_lookup (agenda, 0, 0)->string, ==, "Nr");
    g_assert_cmpstr (ot_xlsx_sheet_lookup (agenda, 3, 0)->string, ==, "2.1");
    g_assert_cmpstr (ot_xlsx_sheet_lookup (agenda, 3, 1)->string, ==, "Verklaring omtrent het gedrag");
    g_assert_true (strstr (ot_xlsx_sheet_lookup (agenda, 2, 5)->string, "Vraag (Jenny van der Hoek): Hoe toetsen") != NULL);
  }
  {
    OtXlsxSheet *att = ot_xlsx_workbook_find_sheet (wb, "Aanwezigheid");

    g_assert_true (ot_xlsx_sheet_load (att, &error));
    g_assert_cmpstr (ot_xlsx_sheet_lookup (att, 0, 3)->string, ==, "Naam");
    g_assert_cmpuint (ot_xlsx_sheet_get_n_cells (att), >, 9 * 3);
  }

  actions = ot_xlsx_workbook_find_sheet (wb, "Actielijst");
  g_assert_true (ot_xlsx_sheet_load (actions, &error));
  g_assert_no_error (error);
  cell = ot_xlsx_sheet_lookup (actions, 1, 1);
  g_assert_cmpstr (cell->string, ==, "Kwaliteitscriteria rondsturen aan alle aanbieders");
  cell = ot_xlsx_sheet_lookup (actions, 1, 3);
  g_assert_cmpint (cell->type, ==, OT_XLSX_CELL_DATE);
  g_assert_true (cell->date_style);
  {
    g_autofree char *iso = ot_xlsx_serial_to_iso8601 (cell->number, FALSE);

    g_assert_cmpstr (iso, ==, "2016-07-01");
  }
  cell = ot_xlsx_sheet_lookup (actions, 1, 0);
  g_assert_cmpint (cell->type, ==, OT_XLSX_CELL_NUMBER);
  g_assert_cmpstr (ot_xlsx_sheet_lookup (actions, 2, 4)->string, ==, "afgerond");
  g_assert_cmpstr (ot_xlsx_sheet_lookup (actions, 3, 5)->string, ==, "deze vergadering");
  /* The undated action has no due-date cell at all. */
  g_assert_true (ot_xlsx_sheet_lookup (actions, 5, 3) == NULL
                 || ot_xlsx_sheet_lookup (actions, 5, 3)->type == OT_XLSX_CELL_EMPTY);

  sheet_xml = export_zip_part (path, "xl/worksheets/sheet4.xml");
  g_assert_true (strstr (sheet_xml, "<pane ySplit=\"1\"") != NULL);
  g_assert_true (strstr (sheet_xml, "<autoFilter ref=\"A1:H6\"") != NULL);
  g_assert_true (strstr (sheet_xml, "<dataValidation type=\"list\"") != NULL);
  g_assert_true (strstr (sheet_xml, "\"open,afgerond,vervallen\"") != NULL);
  g_assert_true (strstr (sheet_xml, "<col ") != NULL);
}

static void
test_no_overwrite (ExportFixture *f,
                   gconstpointer  data)
{
  g_autoptr(OtMinutesDocument) doc = load (f, f->meeting_id);
  g_autofree char *path = export_fixture_path (f, "out.pdf");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_assert_true (g_file_set_contents (path, "not a pdf", -1, NULL));
  g_assert_false (ot_minutes_export_pdf (doc, path, FALSE, &error));
  g_assert_error (error, OT_ERROR, OT_ERROR_EXISTS);
  g_assert_true (strstr (error->message, path) != NULL);
  g_clear_error (&error);
  g_assert_false (ot_minutes_export_xlsx (doc, path, FALSE, &error));
  g_assert_error (error, OT_ERROR, OT_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));
  g_assert_cmpstr (before, ==, "not a pdf");

  g_assert_true (ot_minutes_export_pdf (doc, path, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_true (g_str_has_prefix (after, "%PDF-"));

  /* No temporary file is left behind. */
  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_false (g_str_has_prefix (name, ".out.pdf."));
}

static void
test_unwritable (ExportFixture *f,
                 gconstpointer  data)
{
  g_autoptr(OtMinutesDocument) doc = load (f, f->meeting_id);
  g_autofree char *missing = export_fixture_path (f, "no-such-folder/out.pdf");
  g_autofree char *file = export_fixture_path (f, "plain-file");
  g_autofree char *below_file = g_build_filename (file, "out.xlsx", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (ot_minutes_export_pdf (doc, missing, FALSE, &error));
  g_assert_error (error, OT_ERROR, OT_ERROR_IO);
  g_assert_true (strstr (error->message, "out.pdf") != NULL);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (file, "x", -1, NULL));
  g_assert_false (ot_minutes_export_xlsx (doc, below_file, FALSE, &error));
  g_assert_error (error, OT_ERROR, OT_ERROR_IO);
  g_assert_true (strstr (error->message, "out.xlsx") != NULL);
  g_clear_error (&error);

  g_assert_false (ot_minutes_export_pdf (doc, f->dir, TRUE, &error));
  g_assert_error (error, OT_ERROR, OT_ERROR_IO);
}

/* A full disk: writing to /dev/full fails with ENOSPC, reported naming the target. */
static void
test_disk_full (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OtExportFile) file = NULL;
  g_autofree char *dir = ot_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "full.pdf", NULL);
  char block[4096] = { 0 };
  int fd;

  (void) error;

  if (!g_file_test ("/dev/full", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no /dev/full");
      ot_test_rmdir (dir);
      return;
    }
  /* A temporary file that is /dev/full. */
  fd = g_open ("/dev/full", O_WRONLY, 0);
  g_assert_cmpint (fd, >=, 0);
  file = ot_export_file_new_for_fd (path, "/nonexistent/ot-export-test-temp", fd, FALSE);
  g_assert_false (ot_export_file_write (file, block, sizeof block, &error));
  g_assert_error (error, OT_ERROR, OT_ERROR_IO);
  g_assert_true (strstr (error->message, "full.pdf") != NULL);
  g_assert_true (strstr (error->message, "disk is full") != NULL);
  ot_export_file_abort (g_steal_pointer (&file));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  ot_test_rmdir (dir);
}

static void
test_qa (ExportFixture *f,
         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OtMinutesQa) qa = ot_minutes_qa_new_from_meeting (f->store, f->consultation_meeting_id, FALSE, &error);
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *xlsx = export_fixture_path (f, "qa.xlsx");
  g_autoptr(OtXlsxWorkbook) wb = NULL;
  OtXlsxSheet *sheet;
  const char *order[] = {
    "NOTA VAN INLICHTINGEN", "Marktconsultatie Huishoudelijke Ondersteuning", "12 juli 2022",
    "2", "Toelichting proces tarieven",
    "VRAAG 1", "Aanbieders:", "max tarief vaststelt", "ANTWOORD", "De regio:", "de regio licht toe",
    "VRAAG 2", "Aanbieder A:", "cao-ontwikkelingen", "ANTWOORD", "De regio:", "geen duidelijkheid",
    "VRAAG 3", "Aanbieders:", "periodiekverdeling ook bij aanbieder A", NULL
  };

  g_assert_no_error (error);
  g_assert_cmpuint (qa->entries->len, ==, 3);
  pdf = ot_minutes_qa_render_pdf (qa, &error);
  g_assert_no_error (error);
  text = export_pdf_text (pdf);
  export_assert_pdf_order (pdf, order);
  g_assert_null (strstr (text, "bestuurdersverklaring"));
  assert_no_names (f, "the Q&A", text);
  export_save_png (pdf, 0, "qa-page1.png");

  g_assert_true (ot_minutes_qa_export_xlsx (qa, xlsx, FALSE, &error));
  g_assert_no_error (error);
  wb = ot_xlsx_workbook_open (xlsx, &error);
  g_assert_no_error (error);
  sheet = ot_xlsx_workbook_get_sheet (wb, 0);
  g_assert_true (ot_xlsx_sheet_load (sheet, &error));
  g_assert_cmpfloat (ot_xlsx_sheet_lookup (sheet, 3, 0)->number, ==, 3);
  g_assert_cmpint (ot_xlsx_sheet_lookup (sheet, 1, 1)->type, ==, OT_XLSX_CELL_DATE);
  g_assert_cmpstr (ot_xlsx_sheet_lookup (sheet, 2, 5)->string, ==, "aanbieder A");
  g_assert_null (ot_xlsx_sheet_lookup (sheet, 4, 0));
  {
    g_autofree char *core = export_zip_part (xlsx, "docProps/core.xml");
    g_autofree char *strings = export_zip_part (xlsx, "xl/sharedStrings.xml");

    assert_no_names (f, "the Q&A workbook properties", core);
    assert_no_names (f, "the Q&A workbook", strings);
  }
}

static void
test_qa_series_with_remarks (ExportFixture *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OtMinutesQa) qa = ot_minutes_qa_new_from_series (f->store, f->series_id, TRUE, &error);
  OtMinutesQaEntry *e;

  g_assert_no_error (error);
  /* Two questions with their answers, and the remark on its own between them. */
  g_assert_cmpuint (qa->entries->len, ==, 3);
  e = g_ptr_array_index (qa->entries, 0);
  g_assert_cmpstr (e->speaker, ==, "aanbieder A");
  g_assert_cmpuint (e->answers->len, ==, 1);
  g_assert_cmpstr (((OtMinutesQaAnswer *) g_ptr_array_index (e->answers, 0))->speaker, ==, "de regio");
  e = g_ptr_array_index (qa->entries, 1);
  g_assert_cmpint (e->kind, ==, OT_STATEMENT_KIND_REMARK);
  g_assert_cmpuint (e->number, ==, 2);
}

static void
rendered_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GBytes **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = ot_minutes_render_pdf_finish (result, &error);
  g_assert_no_error (error);
}

/* The preview renders off the main thread; the bytes are the same PDF. */
static void
test_pdf_async (ExportFixture *f,
                gconstpointer  data)
{
  GBytes *pdf = NULL;
  g_autofree char *text = NULL;

  ot_minutes_render_pdf_async (load (f, f->meeting_id), NULL, rendered_cb, &pdf);
  while (pdf == NULL)
    g_main_context_iteration (NULL, TRUE);
  text = export_pdf_text (pdf);
  g_assert_true (strstr (text, "Verklaring omtrent het gedrag") != NULL);
  g_bytes_unref (pdf);
}

/* Print draws the same pages onto any cairo context, at any scale. */
static void
test_render_page_scaled (ExportFixture *f,
                         gconstpointer  data)
{
  g_autoptr(OtMinutesDocument) doc = load (f, f->meeting_id);
  g_autoptr(OtExportLayout) layout = ot_minutes_layout_new (doc);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 298, 421);
  cairo_t *cr = cairo_create (surface);
  guint32 *pixels;
  guint dark = 0;

  g_assert_cmpuint (ot_export_layout_get_n_pages (layout), ==, 3);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  ot_export_layout_render_page (layout, cr, 0, 0.5);
  /* Past the last page nothing is drawn, and nothing breaks. */
  ot_export_layout_render_page (layout, cr, 99, 0.5);
  cairo_surface_flush (surface);
  pixels = (guint32 *) cairo_image_surface_get_data (surface);
  for (int i = 0; i < 298 * 421; i++)
    if ((pixels[i] & 0xff) < 0x80)
      dark++;
  /* Text was drawn, within the half-size page. */
  g_assert_cmpuint (dark, >, 1000);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Dutch dates, and free text as paragraphs with bullets of any kind. */
static void
test_formatting (void)
{
  struct { const char *in, *out; } dates[] = {
    { "2016-08-29", "29 augustus 2016" }, { "2019-01-01", "1 januari 2019" }, { "2020-12-31", "31 december 2020" },
    { "2020-13-01", "2020-13-01" }, { "morgen", "morgen" }, { "2020-1", "2020-1" },
  };
  g_autoptr(GPtrArray) paragraphs = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *out = ot_minutes_format_date (dates[i].in);

      g_assert_cmpstr (out, ==, dates[i].out);
    }
  g_assert_null (ot_minutes_format_date (NULL));
  g_assert_null (ot_minutes_format_date (""));

  paragraphs = ot_minutes_text_to_markup ("Eerste regel\ntweede <regel> & zo\n\n \n\uf0b7 punt een\n- punt twee\n-3 graden\n• drie");
  g_assert_cmpuint (paragraphs->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (paragraphs, 0), ==, "Eerste regel\ntweede &lt;regel&gt; &amp; zo");
  g_assert_cmpstr (g_ptr_array_index (paragraphs, 1), ==,
                   "•\u00a0\u00a0punt een\n•\u00a0\u00a0punt twee\n-3 graden\n•\u00a0\u00a0drie");
}

/* Whether @needle occurs in @text as whole words (not glued to letters on either side). */
static gboolean
contains_words (const char *text,
                const char *needle)
{
  gsize n = strlen (needle);

  for (const char *hit = strstr (text, needle); hit != NULL; hit = strstr (hit + 1, needle))
    if ((hit == text || !g_ascii_isalnum (hit[-1])) && !g_ascii_isalnum (hit[n]))
      return TRUE;
  return FALSE;
}

/* Random text made of name parts, punctuation, accents and odd characters: the result is
 * valid UTF-8, and no known name survives as words of its own, wherever it lands. */
static void
test_anonymiser_random (ExportFixture *f,
                        gconstpointer  data)
{
  static const char * const pieces[] = {
    "Jenny", "van der", "Hoek", "Lilian", "Petter", "Abrona", "Stichting", "Wij 3.0", "Lekstroom", "de", "De",
    " ", " ", " ", "  ", ".", ",", "-", "'", "’s", "\n", "\t", "é", "ë", "\u00a0", "\uf0b7", "x", "Xy", "(", ")",
    "Gemeente", "Houten", "gemeente", "Visser", "Jacques", "voorzitter", "Nico", "Kersten", "::", "\u200b",
  };
  static const char * const names[] = { "Jenny van der Hoek", "Lilian Petter", "Stichting Abrona", "Nico Kersten",
                                        "Jacques Visser", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(OtExportAnonymiser) anon = ot_export_anonymiser_new (f->store, &error);

  g_assert_no_error (error);
  for (guint round = 0; round < 300; round++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *out = NULL;
      guint n = g_test_rand_int_range (1, 60);

      for (guint i = 0; i < n; i++)
        g_string_append (text, pieces[g_test_rand_int_range (0, G_N_ELEMENTS (pieces))]);
      /* A whole name somewhere, between spaces. */
      g_string_append_printf (text, " %s ", names[round % 5]);
      out = ot_export_anonymiser_replace (anon, text->str);
      g_assert_true (g_utf8_validate (out, -1, NULL));
      for (guint i = 0; names[i] != NULL; i++)
        if (contains_words (out, names[i]))
          {
            g_autofree char *escaped_out = g_strescape (out, NULL);
            g_autofree char *escaped_in = g_strescape (text->str, NULL);

            g_error ("%s survived in \"%s\" from \"%s\"", names[i], escaped_out, escaped_in);
          }
    }
}

/* Hostile content: huge notes without spaces, markup characters, an action longer than a
 * page, control characters. The export finishes, in bounded time, and loses no action text. */
static void
test_hostile_content (ExportFixture *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 m = ot_store_add_meeting (f->store, f->series_id, "<b>Vergadering</b> & \"zo\"", "2016-12-12", NULL, NULL,
                                   NULL, 0, 0, &error);
  g_autofree char *huge = g_strnfill (300000, 'x');
  g_autoptr(GString) long_action = g_string_new (NULL);
  g_autoptr(OtMinutesDocument) doc = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *path = export_fixture_path (f, "hostile.xlsx");
  gint64 item, start;

  g_assert_no_error (error);
  item = ot_store_add_agenda_item (f->store, m, 0, "Tarief <i>& kosten</i>", &error);
  g_assert_no_error (error);
  ot_store_set_text (f->store, OT_FIELD_AGENDA_ITEM_NOTES, item, huge, &error);
  g_assert_no_error (error);
  ot_store_add_statement (f->store, item, 0, 0, "a\x01b", OT_STATEMENT_KIND_REMARK, "Tekst met \x02 stuurtekens\t en tabs", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 900; i++)
    g_string_append_printf (long_action, "woord%u ", i);
  g_string_append (long_action, "EINDE");
  ot_store_add_action (f->store, m, 0, long_action->str, 0, 0, "<script>", NULL, &error);
  g_assert_no_error (error);

  start = g_get_monotonic_time ();
  doc = load (f, m);
  pdf = render (doc);
  g_assert_true (ot_minutes_export_xlsx (doc, path, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 20 * G_USEC_PER_SEC);
  text = export_pdf_text (pdf);
  g_assert_true (strstr (text, "Tarief <i>& kosten</i>") != NULL);
  g_assert_true (strstr (text, "<script>") != NULL);
  g_assert_true (strstr (text, "woord899") != NULL);
  g_assert_true (strstr (text, "EINDE") != NULL);
  g_assert_true (strstr (text, "stuurtekens") != NULL);
  {
    g_autoptr(ExportPdf) pd = poppler_document_new_from_bytes (pdf, NULL, NULL);
    int n = poppler_document_get_n_pages (pd);

    export_save_png (pdf, n - 2, "hostile-split-row-a.png");
    export_save_png (pdf, n - 1, "hostile-split-row-b.png");
  }
}

static char *
replace (OtExportAnonymiser *anon,
         const char         *text)
{
  return ot_export_anonymiser_replace (anon, text);
}

static void
test_anonymiser (ExportFixture *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OtExportAnonymiser) anon = ot_export_anonymiser_new (f->store, &error);
  struct { const char *in, *out; } cases[] = {
    { "Jacques geeft aan dat hij wil stoppen.", "Aanbieder A geeft aan dat hij wil stoppen." },
    { "Volgens Visser en Jacques Visser.", "Volgens aanbieder A en aanbieder A." },
    { "Lillian (sic) en LILIAN.", "De regio (sic) en de regio." },
    { "Zie Syndion, Abrona en Stichting Abrona.", "Zie aanbieder B, aanbieder C en aanbieder C." },
    { "De Lekstroom gemeenten en Houten.", "De regio gemeenten en gemeente 1." },
    { "Mevrouw van der Hoek belt.", "Mevrouw aanbieder B belt." },
    { "Wij 3.0 komt; wij komen ook.", "Aanbieder D komt; wij komen ook." },
    { "de visser vangt vis", "de visser vangt vis" },
    { "Regio Lilian Petter belt.", "De regio belt." },
    { "De Lekstroomgemeenten en Abrona-medewerkers.", "De regiogemeenten en aanbieder C-medewerkers." },
    { "Lilian's voorstel; Syndionteams.", "Regio's voorstel; aanbieder B-teams." },
    { "Overleg Abrona-Syndion.", "Overleg aanbieder C-aanbieder B." },
  };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = replace (anon, cases[i].in);

      g_assert_cmpstr (out, ==, cases[i].out);
    }
  ot_export_anonymiser_add_name (anon, "Menno");
  {
    g_autofree char *out = replace (anon, "Menno en Bart vragen het. Ook Karel.");
    g_auto(GStrv) unsure = ot_export_anonymiser_get_unsure (anon);

    g_assert_cmpstr (out, ==, "[naam] en Bart vragen het. Ook Karel.");
    g_assert_true (g_strv_contains ((const char * const *) unsure, "Bart"));
    /* "Ook" starts a sentence and no speech verb follows it. */
    g_assert_false (g_strv_contains ((const char * const *) unsure, "Ook"));
    g_assert_false (g_strv_contains ((const char * const *) unsure, "Menno"));
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, ExportFixture, NULL, export_fixture_setup, func, export_fixture_teardown)
  ADD ("/export/pdf/content-order", test_pdf_content_order);
  ADD ("/export/pdf/approved", test_pdf_approved);
  ADD ("/export/pdf/async", test_pdf_async);
  ADD ("/export/pdf/render-page-scaled", test_render_page_scaled);
  ADD ("/export/pdf/long-table", test_pdf_long_table);
  ADD ("/export/public/pdf", test_public_pdf);
  ADD ("/export/public/attendance-none", test_public_attendance_none);
  ADD ("/export/public/xlsx", test_public_xlsx);
  ADD ("/export/xlsx/cells", test_xlsx_cells);
  ADD ("/export/file/no-overwrite", test_no_overwrite);
  ADD ("/export/file/unwritable", test_unwritable);
  ADD ("/export/qa/meeting", test_qa);
  ADD ("/export/qa/series-remarks", test_qa_series_with_remarks);
  ADD ("/export/anonymiser", test_anonymiser);
  ADD ("/export/hostile-content", test_hostile_content);
  ADD ("/export/anonymiser-random", test_anonymiser_random);
#undef ADD
  g_test_add_func ("/export/file/disk-full", test_disk_full);
  g_test_add_func ("/export/formatting", test_formatting);
  return g_test_run ();
}
