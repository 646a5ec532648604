/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-export-dialog.c: previewing minutes as they will be printed, then saving them as PDF or XLSX, or printing them. */
#define G_LOG_DOMAIN "ot-app"
#include "config.h"

#include <glib/gi18n-lib.h>
#include <poppler.h>

#include "ot-export-dialog.h"
#include "ot-export-file.h"
#include "ot-minutes-typeset.h"
#include "ot-minutes-xlsx.h"
#include "ot-settings.h"

#define ZOOM_MIN 0.4
#define ZOOM_MAX 3.0
#define ZOOM_STEP 1.25

enum
{
  FORMAT_PDF,
  FORMAT_XLSX,
};

struct _OtExportDialog
{
  AdwWindow            parent_instance;

  /* template widgets */
  AdwToastOverlay     *toast_overlay;
  GtkLabel            *page_label;
  AdwComboRow         *format_row;
  GtkSwitch           *public_switch;
  AdwComboRow         *attendance_row;
  AdwPreferencesGroup *unsure_group;
  GtkLabel            *unsure_label;
  AdwEntryRow         *names_entry;
  GtkStack            *preview_stack;
  AdwStatusPage       *error_page;
  GtkDrawingArea      *page_area;

  /* owned references */
  OtStore             *store;
  GCancellable        *cancellable;
  GBytes              *pdf_bytes;
  PopplerDocument     *pdf;
  char               **unsure;
  GtkFileChooserNative *chooser;

  gint64               meeting_id;
  guint                page;
  double               zoom;
  gboolean             zoom_chosen;   /* by the user; until then the page fits the width */
};

G_DEFINE_FINAL_TYPE (OtExportDialog, ot_export_dialog, ADW_TYPE_WINDOW)

static const char * const empty_list[] = { NULL };

/* The document as the options ask for it: public or not, attendance as chosen. */
static OtMinutesDocument *
build_document (OtExportDialog  *self,
                char          ***unsure,
                GError         **error)
{
  g_autoptr(OtMinutesDocument) doc = ot_minutes_document_new_from_store (self->store, self->meeting_id, error);
  OtMinutesAttendanceMode mode = adw_combo_row_get_selected (self->attendance_row);

  if (doc == NULL)
    return NULL;
  if (gtk_switch_get_active (self->public_switch))
    {
      g_auto(GStrv) extra = g_strsplit (gtk_editable_get_text (GTK_EDITABLE (self->names_entry)), ",", -1);
      char **words;

      for (guint i = 0; extra[i] != NULL; i++)
        g_strstrip (extra[i]);
      words = ot_minutes_document_make_public (doc, self->store, mode, (const char * const *) extra, error);

      if (words == NULL)
        return NULL;
      if (unsure != NULL)
        *unsure = words;
      else
        g_strfreev (words);
    }
  else
    ot_minutes_document_set_attendance_mode (doc, mode);
  return g_steal_pointer (&doc);
}

static void
update_page_state (OtExportDialog *self)
{
  guint n = ot_export_dialog_get_n_pages (self);
  g_autofree char *text = NULL;

  if (n > 0)
    text = g_strdup_printf (_("Page %u of %u"), self->page + 1, n);
  gtk_label_set_label (self->page_label, text != NULL ? text : "");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.previous-page", self->page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.next-page", self->page + 1 < n);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.zoom-in", self->zoom < ZOOM_MAX);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.zoom-out", self->zoom > ZOOM_MIN);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.save", n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.print", n > 0);
  gtk_drawing_area_set_content_width (self->page_area, (int) (OT_EXPORT_PAGE_WIDTH * self->zoom));
  gtk_drawing_area_set_content_height (self->page_area, (int) (OT_EXPORT_PAGE_HEIGHT * self->zoom));
  gtk_widget_queue_draw (GTK_WIDGET (self->page_area));
}

static void
show_unsure (OtExportDialog *self)
{
  gboolean any = self->unsure != NULL && self->unsure[0] != NULL;
  g_autofree char *text = any ? g_strjoinv (", ", self->unsure) : NULL;

  gtk_label_set_label (self->unsure_label, text != NULL ? text : _("None left."));
  /* Shown with the public version, so confirmed names can still be added when none is unsure. */
  gtk_widget_set_visible (GTK_WIDGET (self->unsure_group), gtk_switch_get_active (self->public_switch));
}

static void
rendered_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(OtExportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = ot_minutes_render_pdf_finish (result, &error);
  PopplerDocument *pdf = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (bytes != NULL)
    pdf = poppler_document_new_from_bytes (bytes, NULL, &error);
  if (pdf == NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->preview_stack, "error");
      return;
    }
  g_set_object (&self->pdf, NULL);
  self->pdf = pdf;
  g_clear_pointer (&self->pdf_bytes, g_bytes_unref);
  self->pdf_bytes = g_steal_pointer (&bytes);
  self->page = MIN (self->page, (guint) MAX (poppler_document_get_n_pages (pdf) - 1, 0));
  if (!self->zoom_chosen && gtk_widget_get_width (GTK_WIDGET (self->preview_stack)) > 100)
    self->zoom = CLAMP ((gtk_widget_get_width (GTK_WIDGET (self->preview_stack)) - 48) / OT_EXPORT_PAGE_WIDTH,
                        ZOOM_MIN, ZOOM_MAX);
  gtk_stack_set_visible_child_name (self->preview_stack, "preview");
  update_page_state (self);
}

/* Renders the preview again in a worker thread; an older rendering still running is dropped. */
static void
refresh (OtExportDialog *self)
{
  g_autoptr(GError) error = NULL;
  char **unsure = NULL;
  OtMinutesDocument *doc;

  g_cancellable_cancel (self->cancellable);
  g_set_object (&self->cancellable, NULL);
  self->cancellable = g_cancellable_new ();
  g_clear_object (&self->pdf);
  g_clear_pointer (&self->pdf_bytes, g_bytes_unref);
  update_page_state (self);

  doc = build_document (self, &unsure, &error);
  g_strfreev (self->unsure);
  self->unsure = unsure;
  show_unsure (self);
  if (doc == NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->preview_stack, "error");
      return;
    }
  gtk_stack_set_visible_child_name (self->preview_stack, "busy");
  ot_minutes_render_pdf_async (doc, self->cancellable, rendered_cb, g_object_ref (self));
}

static void
draw_page_cb (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        user_data)
{
  OtExportDialog *self = user_data;
  PopplerPage *page;

  if (self->pdf == NULL || (page = poppler_document_get_page (self->pdf, self->page)) == NULL)
    return;
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
  cairo_scale (cr, self->zoom, self->zoom);
  poppler_page_render (page, cr);
  g_object_unref (page);
}

static void
options_changed_cb (OtExportDialog *self)
{
  /* A public version never names people: the attendance list drops to what the preferences
   * choose for public minutes (organisations, counts or none). */
  if (gtk_switch_get_active (self->public_switch)
      && adw_combo_row_get_selected (self->attendance_row) == OT_MINUTES_ATTENDANCE_FULL)
    {
      adw_combo_row_set_selected (self->attendance_row, ot_settings_get_public_attendance ());
      return;  /* that change comes back here */
    }
  refresh (self);
}

static void
toast (OtExportDialog *self,
       const char     *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

/* ---- actions ---- */

static void
previous_page_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  OtExportDialog *self = OT_EXPORT_DIALOG (widget);

  if (self->page > 0)
    self->page--;
  update_page_state (self);
}

static void
next_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  OtExportDialog *self = OT_EXPORT_DIALOG (widget);

  if (self->page + 1 < ot_export_dialog_get_n_pages (self))
    self->page++;
  update_page_state (self);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OtExportDialog *self = OT_EXPORT_DIALOG (widget);

  self->zoom_chosen = TRUE;
  if (g_str_equal (action_name, "export.zoom-in"))
    self->zoom = MIN (self->zoom * ZOOM_STEP, ZOOM_MAX);
  else
    self->zoom = MAX (self->zoom / ZOOM_STEP, ZOOM_MIN);
  update_page_state (self);
}

static char *
suggested_name (OtExportDialog *self)
{
  g_autoptr(OtMeeting) meeting = ot_store_get_meeting (self->store, self->meeting_id, NULL);
  const char *ext = adw_combo_row_get_selected (self->format_row) == FORMAT_XLSX ? "xlsx" : "pdf";
  g_autofree char *name = NULL;

  if (meeting == NULL)
    return g_strdup_printf ("verslag.%s", ext);
  name = g_strdup_printf (gtk_switch_get_active (self->public_switch) ? _("Minutes %s %s (public).%s") : _("Minutes %s %s.%s"),
                          ot_meeting_get_title (meeting), ot_meeting_get_date (meeting), ext);
  /* A title may hold a slash; a file name may not. */
  return g_strdelimit (name, "/\\", '-');
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     gpointer         user_data)
{
  OtExportDialog *self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL)
    return;
  if (!ot_export_dialog_save_to (self, file, &error))
    toast (self, error->message);
  else
    {
      g_autofree char *basename = g_file_get_basename (file);
      g_autofree char *message = g_strdup_printf (_("Saved as “%s”"), basename);

      toast (self, message);
    }
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OtExportDialog *self = OT_EXPORT_DIALOG (widget);
  g_autofree char *name = suggested_name (self);

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Save Minutes"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  ot_settings_apply_export_folder (GTK_FILE_CHOOSER (self->chooser));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
draw_print_page_cb (GtkPrintOperation *operation,
                    GtkPrintContext   *context,
                    int                page,
                    gpointer           user_data)
{
  OtExportLayout *layout = user_data;
  double scale = gtk_print_context_get_width (context) / OT_EXPORT_PAGE_WIDTH;

  ot_export_layout_render_page (layout, gtk_print_context_get_cairo_context (context), page, scale);
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               gpointer                 user_data)
{
  OtExportDialog *self = user_data;
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      toast (self, error->message);
    }
}

/* Printing draws the very layout of the PDF, page by page, onto the printer's context. */
static GtkPrintOperation *
new_print_operation (OtExportDialog  *self,
                     GError         **error)
{
  g_autoptr(OtMinutesDocument) doc = build_document (self, NULL, error);
  g_autoptr(GtkPageSetup) setup = NULL;
  g_autoptr(GtkPaperSize) paper = NULL;
  GtkPrintOperation *operation;
  OtExportLayout *layout;

  if (doc == NULL)
    return NULL;
  layout = ot_minutes_layout_new (doc);
  operation = gtk_print_operation_new ();
  setup = gtk_page_setup_new ();
  paper = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size_and_default_margins (setup, paper);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_n_pages (operation, (int) ot_export_layout_get_n_pages (layout));
  gtk_print_operation_set_job_name (operation, gtk_window_get_title (GTK_WINDOW (self)));
  g_object_set_data_full (G_OBJECT (operation), "ot-layout", layout, (GDestroyNotify) ot_export_layout_free);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_print_page_cb), layout);
  return operation;
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  OtExportDialog *self = OT_EXPORT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkPrintOperation) operation = new_print_operation (self, &error);

  if (operation == NULL)
    {
      toast (self, error->message);
      return;
    }
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self), &error)
      == GTK_PRINT_OPERATION_RESULT_ERROR)
    toast (self, error->message);
}

/* ---- GObject ---- */

static void
ot_export_dialog_dispose (GObject *object)
{
  OtExportDialog *self = OT_EXPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->chooser);
  g_clear_object (&self->pdf);
  g_clear_pointer (&self->pdf_bytes, g_bytes_unref);
  g_clear_pointer (&self->unsure, g_strfreev);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (ot_export_dialog_parent_class)->dispose (object);
}

static void
ot_export_dialog_class_init (OtExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ot_export_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/overlegtafel/Overlegtafel/ot-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OtExportDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OtExportDialog, page_label);
  gtk_widget_class_bind_template_child (widget_class, OtExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, OtExportDialog, public_switch);
  gtk_widget_class_bind_template_child (widget_class, OtExportDialog, attendance_row);
  gtk_widget_class_bind_template_child (widget_class, OtExportDialog, unsure_group);
  gtk_widget_class_bind_template_child (widget_class, OtExportDialog, unsure_label);
  gtk_widget_class_bind_template_child (widget_class, OtExportDialog, names_entry);
  gtk_widget_class_bind_template_child (widget_class, OtExportDialog, preview_stack);
  gtk_widget_class_bind_template_child (widget_class, OtExportDialog, error_page);
  gtk_widget_class_bind_template_child (widget_class, OtExportDialog, page_area);

  gtk_widget_class_install_action (widget_class, "export.previous-page", NULL, previous_page_action);
  gtk_widget_class_install_action (widget_class, "export.next-page", NULL, next_page_action);
  gtk_widget_class_install_action (widget_class, "export.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "export.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "export.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "export.print", NULL, print_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "export.next-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "export.previous-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "export.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "export.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "export.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "export.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ot_export_dialog_init (OtExportDialog *self)
{
  const char *formats[] = { _("PDF"), _("Spreadsheet (XLSX)"), NULL };
  /* In the order of OtMinutesAttendanceMode. */
  const char *attendance[] = { _("Names and functions"), _("Organisations"), _("Counts per kind"), _("Leave out"), NULL };
  g_autoptr(GtkStringList) format_model = gtk_string_list_new (formats);
  g_autoptr(GtkStringList) attendance_model = gtk_string_list_new (attendance);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->zoom = 1.0;
  adw_combo_row_set_model (self->format_row, G_LIST_MODEL (format_model));
  adw_combo_row_set_model (self->attendance_row, G_LIST_MODEL (attendance_model));
  gtk_drawing_area_set_draw_func (self->page_area, draw_page_cb, self, NULL);
  g_signal_connect_swapped (self->public_switch, "notify::active", G_CALLBACK (options_changed_cb), self);
  g_signal_connect_swapped (self->attendance_row, "notify::selected", G_CALLBACK (options_changed_cb), self);
  g_signal_connect_swapped (self->names_entry, "apply", G_CALLBACK (options_changed_cb), self);
}

/* ---- public API ---- */

OtExportDialog *
ot_export_dialog_new (GtkWindow *parent,
                      OtStore   *store,
                      gint64     meeting_id)
{
  OtExportDialog *self;

  g_return_val_if_fail (OT_IS_STORE (store), NULL);

  self = g_object_new (OT_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->meeting_id = meeting_id;
  refresh (self);
  return self;
}

void
ot_export_dialog_set_extra_names (OtExportDialog *self,
                                  const char     *names)
{
  g_return_if_fail (OT_IS_EXPORT_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->names_entry), names);
  g_signal_emit_by_name (self->names_entry, "apply");
}

void
ot_export_dialog_set_public (OtExportDialog *self,
                             gboolean        is_public)
{
  g_return_if_fail (OT_IS_EXPORT_DIALOG (self));

  gtk_switch_set_active (self->public_switch, is_public);
}

guint
ot_export_dialog_get_n_pages (OtExportDialog *self)
{
  g_return_val_if_fail (OT_IS_EXPORT_DIALOG (self), 0);

  return self->pdf != NULL ? (guint) poppler_document_get_n_pages (self->pdf) : 0;
}

guint
ot_export_dialog_get_page (OtExportDialog *self)
{
  g_return_val_if_fail (OT_IS_EXPORT_DIALOG (self), 0);

  return self->page;
}

const char * const *
ot_export_dialog_get_unsure_names (OtExportDialog *self)
{
  g_return_val_if_fail (OT_IS_EXPORT_DIALOG (self), empty_list);

  return self->unsure != NULL ? (const char * const *) self->unsure : empty_list;
}

gboolean
ot_export_dialog_print_to_pdf (OtExportDialog  *self,
                               const char      *path,
                               GError         **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;

  g_return_val_if_fail (OT_IS_EXPORT_DIALOG (self), FALSE);

  operation = new_print_operation (self, error);
  if (operation == NULL)
    return FALSE;
  gtk_print_operation_set_export_filename (operation, path);
  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, GTK_WINDOW (self), error)
         != GTK_PRINT_OPERATION_RESULT_ERROR;
}

gboolean
ot_export_dialog_save_to (OtExportDialog  *self,
                          GFile           *file,
                          GError         **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(OtMinutesDocument) doc = NULL;

  g_return_val_if_fail (OT_IS_EXPORT_DIALOG (self), FALSE);

  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("Could not write “%s”: only local files can be saved."), uri);
      return FALSE;
    }
  /* The file chooser has asked before replacing a file, so saving may overwrite. The PDF
   * saved is the one previewed. */
  if (adw_combo_row_get_selected (self->format_row) == FORMAT_PDF && self->pdf_bytes != NULL)
    return ot_export_write_bytes (path, self->pdf_bytes, TRUE, error);
  doc = build_document (self, NULL, error);
  if (doc == NULL)
    return FALSE;
  if (adw_combo_row_get_selected (self->format_row) == FORMAT_XLSX)
    return ot_minutes_export_xlsx (doc, path, TRUE, error);
  return ot_minutes_export_pdf (doc, path, TRUE, error);
}
