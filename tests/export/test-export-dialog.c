/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-export-dialog.c: the export dialog driven through its actions: preview pages, public switch, save. */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <poppler.h>
#include <string.h>

#include "ot-demo.h"
#include "ot-export-dialog.h"
#include "ot-meeting-page.h"
#include "ot-resources.h"
#include "ot-test-support.h"
#include "ot-test-ui.h"

/* Aliases, because this poppler-glib has no autoptr cleanups of its own. */
typedef PopplerDocument DialogPdf;
typedef PopplerPage     DialogPdfPage;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DialogPdf, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DialogPdfPage, g_object_unref)

typedef struct
{
  char    *dir;
  OtStore *store;
} DialogFixture;

static void
fixture_setup (DialogFixture *f,
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
fixture_teardown (DialogFixture *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
  ot_test_rmdir (f->dir);
  g_free (f->dir);
}

static void
test_preview_and_save (DialogFixture *f,
                       gconstpointer  data)
{
  OtExportDialog *dialog = ot_export_dialog_new (NULL, f->store, 1);
  g_autofree char *path = g_build_filename (f->dir, "verslag.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  guint n;

  gtk_window_present (GTK_WINDOW (dialog));
  ot_test_wait_for_export_pages (dialog);
  n = ot_export_dialog_get_n_pages (dialog);
  g_assert_cmpuint (n, >=, 2);
  g_assert_cmpuint (ot_export_dialog_get_page (dialog), ==, 0);
  g_assert_null (ot_export_dialog_get_unsure_names (dialog)[0]);

  /* Page navigation stops at both ends. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "export.next-page", NULL));
  g_assert_cmpuint (ot_export_dialog_get_page (dialog), ==, 1);
  for (guint i = 0; i < n + 2; i++)
    gtk_widget_activate_action (GTK_WIDGET (dialog), "export.next-page", NULL);
  g_assert_cmpuint (ot_export_dialog_get_page (dialog), ==, n - 1);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "export.zoom-in", NULL);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "export.zoom-out", NULL);

  /* The public version renders again and lists what it could not be sure of. */
  ot_export_dialog_set_public (dialog, TRUE);
  g_assert_cmpuint (ot_export_dialog_get_n_pages (dialog), ==, 0);
  ot_test_wait_for_export_pages (dialog);
  g_assert_nonnull (ot_export_dialog_get_unsure_names (dialog)[0]);
  {
    /* Confirming an unsure name replaces it: it leaves the list. */
    g_autofree char *first = g_strdup (ot_export_dialog_get_unsure_names (dialog)[0]);

    ot_export_dialog_set_extra_names (dialog, first);
    ot_test_wait_for_export_pages (dialog);
    g_assert_false (g_strv_contains (ot_export_dialog_get_unsure_names (dialog), first));
  }
  gtk_widget_activate_action (GTK_WIDGET (dialog), "export.previous-page", NULL);
  ot_test_save_screenshot (GTK_WIDGET (dialog), "export", "export-dialog.png");

  g_assert_true (ot_export_dialog_save_to (dialog, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  /* Printing goes through GtkPrintOperation with the same page layout. */
  {
    g_autofree char *printed = g_build_filename (f->dir, "afdruk.pdf", NULL);
    g_autoptr(DialogPdf) pd = NULL;
    g_autoptr(DialogPdfPage) page = NULL;
    g_autofree char *uri = g_filename_to_uri (printed, NULL, NULL);
    g_autofree char *text = NULL;

    g_assert_true (ot_export_dialog_print_to_pdf (dialog, printed, &error));
    g_assert_no_error (error);
    pd = poppler_document_new_from_file (uri, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpint (poppler_document_get_n_pages (pd), ==, (int) ot_export_dialog_get_n_pages (dialog));
    page = poppler_document_get_page (pd, 0);
    text = poppler_page_get_text (page);
    g_assert_true (strstr (text, "Aanwezigheid") != NULL);
    g_assert_true (strstr (text, "pagina 1 van") != NULL);
  }

  gtk_window_destroy (GTK_WINDOW (dialog));
}

static gint64
marktconsultatie_meeting (OtStore *store)
{
  g_autoptr(GListModel) meetings = ot_store_list_meetings (store, 0, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(OtMeeting) meeting = g_list_model_get_item (meetings, i);

      if (ot_meeting_get_series_kind (meeting) == OT_SERIES_KIND_MARKTCONSULTATIE)
        return ot_meeting_get_id (meeting);
    }
  g_assert_not_reached ();
}

static gboolean
is_export_dialog (gconstpointer window,
                  gconstpointer unused)
{
  return OT_IS_EXPORT_DIALOG ((gpointer) window);
}

/* The meeting page's menu reaches both exports: the minutes through the preview dialog, the
 * questions and answers straight to a file. */
static void
test_meeting_page_exports (DialogFixture *f,
                           gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = g_object_new (OT_TYPE_MEETING_PAGE, NULL);
  gint64 meeting = marktconsultatie_meeting (f->store);
  g_autofree char *path = g_build_filename (f->dir, "nota.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DialogPdf) pd = NULL;
  g_autoptr(DialogPdfPage) first = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GListModel) toplevels = gtk_window_get_toplevels ();
  GtkWindow *dialog = NULL;

  gtk_window_set_child (GTK_WINDOW (window), page);
  ot_meeting_page_set_store (OT_MEETING_PAGE (page), f->store);
  ot_meeting_page_set_meeting (OT_MEETING_PAGE (page), meeting);
  gtk_window_present (GTK_WINDOW (window));

  g_assert_true (gtk_widget_activate_action (page, "meeting.export", NULL));
  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && dialog == NULL; i++)
    {
      g_autoptr(GtkWindow) candidate = g_list_model_get_item (toplevels, i);

      if (is_export_dialog (candidate, NULL))
        dialog = candidate;
    }
  g_assert_nonnull (dialog);
  ot_test_wait_for_export_pages (OT_EXPORT_DIALOG (dialog));
  g_assert_cmpuint (ot_export_dialog_get_n_pages (OT_EXPORT_DIALOG (dialog)), >=, 1);
  gtk_window_destroy (dialog);

  g_assert_true (ot_meeting_page_export_qa_to (OT_MEETING_PAGE (page), path, &error));
  g_assert_no_error (error);
  pd = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  first = poppler_document_get_page (pd, 0);
  text = poppler_page_get_text (first);
  /* A question of sample 002, as the nota van inlichtingen lists it. */
  g_assert_nonnull (strstr (text, "periodiekverdeling"));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* The templates sit in the app's static library, which nothing else here references. */
  g_assert_nonnull (ot_get_resource ());
  g_test_add ("/export/dialog/preview-and-save", DialogFixture, NULL, fixture_setup, test_preview_and_save,
              fixture_teardown);
  g_test_add ("/export/dialog/meeting-page", DialogFixture, NULL, fixture_setup, test_meeting_page_exports,
              fixture_teardown);
  return g_test_run ();
}
