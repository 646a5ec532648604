/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-minutes-import-dialog.c: sample minutes opened in the import dialog, one part's kind changed, saved and checked in the store. */
#define G_LOG_DOMAIN "ot-test-ui"
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "ot-demo.h"
#include "ot-minutes-import-dialog.h"
#include "ot-minutes-part.h"
#include "ot-test-support.h"
#include "ot-test-ui.h"
#include "ot-window.h"

GResource *ot_get_resource (void);

typedef struct
{
  char     *dir;
  OtStore  *store;
  OtWindow *window;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = ot_test_mkdtemp ();
  path = g_build_filename (f->dir, "test.db", NULL);
  f->store = ot_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (ot_demo_load (f->store, &error));
  g_assert_no_error (error);
  f->window = ot_window_new (NULL, f->store);
  gtk_window_present (GTK_WINDOW (f->window));
  ot_test_flush ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *) &f->window);
  gtk_window_destroy (GTK_WINDOW (f->window));
  ot_test_flush ();
  g_assert_null (f->window);
  g_assert_finalize_object (f->store);
  ot_test_rmdir (f->dir);
  g_free (f->dir);
}

static char *
sample_copy (Fixture    *f,
             const char *prefix,
             const char *name)
{
  g_autofree char *dir = g_build_filename (ot_test_shared_dir (), "samples", "minutes", NULL);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *source = NULL;
  char *dest = g_build_filename (f->dir, name, NULL);
  gsize length;
  const char *entry;

  g_assert_nonnull (d);
  while ((entry = g_dir_read_name (d)) != NULL && source == NULL)
    if (g_str_has_prefix (entry, prefix))
      source = g_build_filename (dir, entry, NULL);
  g_assert_nonnull (source);
  g_file_get_contents (source, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (dest, contents, length, &error);
  g_assert_no_error (error);
  return dest;
}

static OtMinutesImportDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (OT_IS_MINUTES_IMPORT_DIALOG (window))
        return OT_MINUTES_IMPORT_DIALOG (window);
    }
  return NULL;
}

static gboolean
timeout_cb (gpointer data)
{
  g_error ("the minutes were not read within 30 seconds");
  return G_SOURCE_REMOVE;
}

static void
wait_until_read (OtMinutesImportDialog *dialog)
{
  guint timeout = g_timeout_add_seconds (30, timeout_cb, NULL);

  while (ot_minutes_import_dialog_is_busy (dialog))
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
  ot_test_flush ();
}

/* Widgets in tree order: group titles, and rows of parts by their widget name. */
static void
collect (GtkWidget  *widget,
         GString    *group_titles,
         GPtrArray  *part_rows,
         GtkWidget **found_by_name,
         const char *name)
{
  if (ADW_IS_PREFERENCES_GROUP (widget) && adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)) != NULL)
    g_string_append_printf (group_titles, "%s\n", adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)));
  /* Attendance rows as "title|subtitle" lines. */
  if (ADW_IS_ACTION_ROW (widget) && !ADW_IS_COMBO_ROW (widget))
    g_string_append_printf (group_titles, "%s|%s\n", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)),
                            adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)));
  if (part_rows != NULL && ADW_IS_COMBO_ROW (widget) && g_str_equal (gtk_widget_get_name (widget), "part-row"))
    g_ptr_array_add (part_rows, widget);
  if (name != NULL && g_str_equal (gtk_widget_get_name (widget), name))
    *found_by_name = widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect (child, group_titles, part_rows, found_by_name, name);
}

static GtkTextView *
find_text_view (GtkWidget *widget)
{
  if (GTK_IS_TEXT_VIEW (widget))
    return GTK_TEXT_VIEW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkTextView *view = find_text_view (child);
      if (view != NULL)
        return view;
    }
  return NULL;
}

/* Whether the line of the source text holding @text carries the highlight @tag_name. */
static gboolean
line_has_tag (GtkTextView *view,
              const char  *text,
              const char  *tag_name)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), tag_name);
  GtkTextIter start, match;

  g_assert_nonnull (tag);
  gtk_text_buffer_get_start_iter (buffer, &start);
  if (!gtk_text_iter_forward_search (&start, text, GTK_TEXT_SEARCH_TEXT_ONLY, &match, NULL, NULL))
    return FALSE;
  return gtk_text_iter_has_tag (&match, tag);
}

/* Whether some character of the lines of @span carries the highlight @tag_name. */
static gboolean
span_has_tag (GtkTextView   *view,
              OtMinutesSpan  span,
              const char    *tag_name)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), tag_name);
  GtkTextIter iter, end;

  g_assert_cmpuint (span.first, >, 0);
  gtk_text_buffer_get_iter_at_line (buffer, &iter, (int) span.first - 1);
  gtk_text_buffer_get_iter_at_line (buffer, &end, (int) span.last - 1);
  gtk_text_iter_forward_to_line_end (&end);
  for (; gtk_text_iter_compare (&iter, &end) < 0; gtk_text_iter_forward_char (&iter))
    if (gtk_text_iter_has_tag (&iter, tag))
      return TRUE;
  return FALSE;
}

/* No other part shares a line with part @index. */
static gboolean
lines_of_its_own (GListModel *parts,
                  guint       index)
{
  g_autoptr(OtMinutesPart) part = g_list_model_get_item (parts, index);
  OtMinutesSpan a = ot_minutes_part_get_span (part);

  for (guint i = 0; i < g_list_model_get_n_items (parts); i++)
    {
      g_autoptr(OtMinutesPart) other = g_list_model_get_item (parts, i);
      OtMinutesSpan b = ot_minutes_part_get_span (other);

      if (i != index && b.first <= a.last && a.first <= b.last)
        return FALSE;
    }
  return TRUE;
}

static GtkWidget *
find_of_type (GtkWidget *widget,
              GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_of_type (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_icon_button (GtkWidget  *widget,
                  const char *icon_name)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), icon_name) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_icon_button (child, icon_name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* With OT_TEST_LINGER=SECONDS the dialog stays on screen that long, for a screenshot of the
 * whole display ("import -window root") taken from outside. */
static void
linger (void)
{
  const char *seconds = g_getenv ("OT_TEST_LINGER");
  gint64 until;

  if (seconds == NULL)
    return;
  until = g_get_monotonic_time () + g_ascii_strtoll (seconds, NULL, 10) * G_USEC_PER_SEC;
  while (g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
}

static const char *agenda_001[] = {
  "Opening en mededelingen", "Productindeling", "Tarieven en financieringsvorm", "Innovaties", "Rondvraag",
  "Aanvulling op agenda", "Stand van zaken tarievenonderzoek",
};

static gboolean
stored_text_in (OtStore    *store,
                gint64      meeting_id,
                const char *text,
                gboolean    decisions)
{
  g_autoptr(GListModel) agenda = ot_store_list_agenda (store, meeting_id, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (agenda); i++)
    {
      g_autoptr(OtAgendaItem) item = g_list_model_get_item (agenda, i);
      gint64 id = ot_agenda_item_get_id (item);
      g_autoptr(GListModel) list = decisions ? ot_store_list_decisions (store, id, NULL)
                                             : ot_store_list_statements (store, id, NULL);

      for (guint j = 0; j < g_list_model_get_n_items (list); j++)
        {
          g_autoptr(GObject) o = g_list_model_get_item (list, j);
          const char *t = decisions ? ot_decision_get_text (OT_DECISION (o)) : ot_statement_get_text (OT_STATEMENT (o));

          if (g_strcmp0 (t, text) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

static void
test_review_and_import (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *path = sample_copy (f, "001_", "verslag-overlegtafel.txt");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GString) titles = g_string_new (NULL);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autofree char *changed_text = NULL;
  g_autoptr(OtMinutesPart) part = NULL;
  g_autoptr(GListModel) meetings_before = ot_store_list_meetings (f->store, 0, NULL);
  g_autoptr(GListModel) meetings_after = NULL;
  OtMinutesImportDialog *dialog;
  GtkWidget *import_button = NULL;
  GtkTextView *view;
  GListModel *parts;
  gint64 meeting_id;
  guint changed = G_MAXUINT;

  /* Through the window's action and menu entry. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.import-minutes", NULL));
  ot_test_flush ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_null (ot_minutes_import_dialog_get_parts (dialog));

  ot_minutes_import_dialog_open_file (dialog, file);
  g_assert_true (ot_minutes_import_dialog_is_busy (dialog));
  wait_until_read (dialog);
  parts = ot_minutes_import_dialog_get_parts (dialog);
  g_assert_nonnull (parts);

  /* Every agenda item and sub-item is a group of the review list. */
  collect (GTK_WIDGET (dialog), titles, rows, &import_button, "import-button");
  for (guint i = 0; i < G_N_ELEMENTS (agenda_001); i++)
    g_assert_nonnull (strstr (titles->str, agenda_001[i]));
  g_assert_nonnull (import_button);
  g_assert_true (gtk_widget_get_sensitive (import_button));
  /* "Minke v/d Zande" matched to the registry's Minke van de Zande, with the line it was read from. */
  g_assert_nonnull (strstr (titles->str, "Minke van de Zande|"));
  g_assert_nonnull (strstr (strstr (titles->str, "Minke van de Zande|"), "Minke v/d Zande"));
  g_assert_nonnull (strstr (titles->str, "Jan van Beijsterveldt|Vitras"));
  /* One row per part, in the order of the model. */
  g_assert_cmpuint (rows->len, ==, g_list_model_get_n_items (parts));
  g_assert_cmpuint (rows->len, >, 20);

  /* The source text is shown with the recognised parts highlighted. */
  view = find_text_view (GTK_WIDGET (dialog));
  g_assert_nonnull (view);
  g_assert_true (line_has_tag (view, "Tarieven en financieringsvorm", "item"));
  g_assert_true (line_has_tag (view, "Gemeentehuis Houten", "header"));
  g_assert_true (line_has_tag (view, "Hanneke Knijf", "attendee"));

  ot_test_save_screenshot (GTK_WIDGET (dialog), "ui", "minutes-import-dialog.png");
  linger ();
  {
    GtkWidget *expander = find_of_type (GTK_WIDGET (dialog), ADW_TYPE_EXPANDER_ROW);

    g_assert_nonnull (expander);
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
    ot_test_save_screenshot (GTK_WIDGET (dialog), "ui", "minutes-import-dialog-attendance.png");
  }

  /* A remark with text of its own becomes a decision, through its row's chooser. */
  for (guint i = 0; i < rows->len && changed == G_MAXUINT; i++)
    {
      g_autoptr(OtMinutesPart) p = g_list_model_get_item (parts, i);

      if (ot_minutes_part_get_kind (p) == OT_MINUTES_PART_REMARK && ot_minutes_part_get_item (p) != NULL &&
          ot_minutes_part_get_span (p).first > 0 && lines_of_its_own (parts, i) &&
          strlen (ot_minutes_part_get_text (p)) > 20)
        changed = i;
    }
  g_assert_cmpuint (changed, !=, G_MAXUINT);
  part = g_list_model_get_item (parts, changed);
  changed_text = g_strdup (ot_minutes_part_get_text (part));
  g_assert_true (span_has_tag (view, ot_minutes_part_get_span (part), "statement"));
  adw_combo_row_set_selected (ADW_COMBO_ROW (rows->pdata[changed]), OT_MINUTES_PART_DECISION);
  g_assert_cmpint (ot_minutes_part_get_kind (part), ==, OT_MINUTES_PART_DECISION);
  /* The highlight follows the new kind. */
  g_assert_true (span_has_tag (view, ot_minutes_part_get_span (part), "decision"));
  g_assert_false (span_has_tag (view, ot_minutes_part_get_span (part), "statement"));

  /* The row's button shows its part in the text: selected there. */
  gtk_widget_grab_focus (rows->pdata[changed]);
  g_signal_emit_by_name (find_icon_button (rows->pdata[changed], "find-location-symbolic"), "clicked");
  g_assert_true (gtk_text_buffer_get_has_selection (gtk_text_view_get_buffer (view)));
  ot_test_save_screenshot (GTK_WIDGET (dialog), "ui", "minutes-import-dialog-changed.png");
  linger ();

  /* Import: the dialog closes and the window shows the new meeting. */
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_signal_emit_by_name (import_button, "clicked");
  ot_test_flush ();
  g_assert_null (dialog);
  meeting_id = ot_window_get_meeting_id (f->window);
  meetings_after = ot_store_list_meetings (f->store, 0, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (meetings_after), ==, g_list_model_get_n_items (meetings_before) + 1);
  {
    g_autoptr(OtMeeting) meeting = ot_store_get_meeting (f->store, meeting_id, NULL);

    g_assert_nonnull (meeting);
    g_assert_cmpstr (ot_meeting_get_date (meeting), ==, "2016-08-29");
  }
  g_assert_true (stored_text_in (f->store, meeting_id, changed_text, TRUE));
  g_assert_false (stored_text_in (f->store, meeting_id, changed_text, FALSE));
}

/* A file that cannot be read shows why, and nothing can be imported. */
static void
test_unreadable (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "leeg.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  OtMinutesImportDialog *dialog = ot_minutes_import_dialog_new (GTK_WINDOW (f->window), f->store);
  g_autoptr(GError) error = NULL;
  GtkWidget *import_button = NULL;
  g_autoptr(GString) titles = g_string_new (NULL);

  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  gtk_window_present (GTK_WINDOW (dialog));
  ot_minutes_import_dialog_open_file (dialog, file);
  wait_until_read (dialog);
  g_assert_null (ot_minutes_import_dialog_get_parts (dialog));
  collect (GTK_WIDGET (dialog), titles, NULL, &import_button, "import-button");
  g_assert_false (gtk_widget_get_sensitive (import_button));
  gtk_window_destroy (GTK_WINDOW (dialog));
  ot_test_flush ();
}

/* Minutes without a date are not stored until the reviewer gives one. */
static void
test_date_required (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = sample_copy (f, "000_", "verslag-zonder-datum.txt");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GListModel) before = ot_store_list_meetings (f->store, 0, NULL);
  g_autoptr(GListModel) after_refusal = NULL;
  g_autoptr(GListModel) after = NULL;
  g_autoptr(GString) titles = g_string_new (NULL);
  OtMinutesImportDialog *dialog = ot_minutes_import_dialog_new (GTK_WINDOW (f->window), f->store);
  GtkWidget *import_button = NULL, *date_row = NULL;

  gtk_window_present (GTK_WINDOW (dialog));
  ot_minutes_import_dialog_open_file (dialog, file);
  wait_until_read (dialog);
  collect (GTK_WIDGET (dialog), titles, NULL, &import_button, "import-button");
  collect (GTK_WIDGET (dialog), titles, NULL, &date_row, "date-row");
  g_assert_nonnull (date_row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date_row)), ==, "");
  g_assert_nonnull (strstr (titles->str, "Pilot dagbesteding"));

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_signal_emit_by_name (import_button, "clicked");
  ot_test_flush ();
  g_assert_nonnull (dialog);
  after_refusal = ot_store_list_meetings (f->store, 0, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (after_refusal), ==, g_list_model_get_n_items (before));

  gtk_editable_set_text (GTK_EDITABLE (date_row), "2019-05-20");
  g_signal_emit_by_name (import_button, "clicked");
  ot_test_flush ();
  g_assert_null (dialog);
  after = ot_store_list_meetings (f->store, 0, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, g_list_model_get_n_items (before) + 1);
  {
    g_autoptr(OtMeeting) meeting = ot_store_get_meeting (f->store, ot_window_get_meeting_id (f->window), NULL);

    g_assert_cmpstr (ot_meeting_get_date (meeting), ==, "2019-05-20");
  }
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_assert_nonnull (ot_get_resource ());

  g_test_add ("/ui/minutes-import/review-and-import", Fixture, NULL, fixture_set_up, test_review_and_import, fixture_tear_down);
  g_test_add ("/ui/minutes-import/date-required", Fixture, NULL, fixture_set_up, test_date_required, fixture_tear_down);
  g_test_add ("/ui/minutes-import/unreadable", Fixture, NULL, fixture_set_up, test_unreadable, fixture_tear_down);
  return g_test_run ();
}
