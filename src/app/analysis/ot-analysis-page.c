/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-analysis-page.c: the tariff analysis of a consultation, with export to PDF and XLSX. */
#define G_LOG_DOMAIN "ot-app"

#include "config.h"

#include <glib/gi18n.h>

#include "analysis/ot-analysis-source.h"
#include "ot-widget-window.h"
#include "ot-analysis-page-private.h"
#include "ot-analysis-pdf.h"
#include "ot-analysis-xlsx.h"
#include "ot-settings.h"

struct _OtAnalysisPage
{
  AdwBin            parent_instance;

  /* template widgets */
  GtkStack         *state_stack;
  AdwStatusPage    *status_page;
  GtkSpinButton    *index_spin;
  GtkBox           *anonymised_box;
  GtkBox           *confidential_box;

  /* owned */
  OtStore          *store;
  gint64            consultation_id;
  gulong            changed_id;
  OtAnalysisSource *source;
  OtAnalysis       *analysis;
  OtAnalysisReport *report;
};

G_DEFINE_FINAL_TYPE (OtAnalysisPage, ot_analysis_page, ADW_TYPE_BIN)

static void
update_actions (OtAnalysisPage *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "analysis.export-pdf", self->report != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "analysis.export-xlsx", self->report != NULL);
}

static void
show_status (OtAnalysisPage *self,
             const char     *title,
             const char     *description)
{
  adw_status_page_set_title (self->status_page, title);
  adw_status_page_set_description (self->status_page, description);
  gtk_stack_set_visible_child_name (self->state_stack, "status");
}

static void
clear_analysis (OtAnalysisPage *self)
{
  g_clear_pointer (&self->report, ot_analysis_report_free);
  g_clear_pointer (&self->analysis, ot_analysis_unref);
  g_clear_pointer (&self->source, ot_analysis_source_free);
  ot_analysis_page_clear_box (self->anonymised_box);
  ot_analysis_page_clear_box (self->confidential_box);
}

static void
reload (OtAnalysisPage *self)
{
  g_autoptr(GError) error = NULL;
  OtAnalysisSettings settings;
  double index = gtk_spin_button_get_value (self->index_spin);

  clear_analysis (self);
  if (self->store == NULL || self->consultation_id <= 0)
    {
      show_status (self, _("No Analysis"), _("Choose a consultation to analyse its rekentools."));
      update_actions (self);
      return;
    }
  self->source = ot_analysis_source_load (self->store, self->consultation_id, 0, &error);
  if (self->source != NULL)
    {
      /* The consultation's own minimum, the preferences' dominance and p % rules. */
      ot_analysis_source_init_settings (self->source, &settings);
      ot_settings_load_disclosure_rules (&settings.rules);
      settings.proposal = index != 0.0 ? OT_PROPOSAL_INDEX : OT_PROPOSAL_NONE;
      settings.index_pct = index;
      self->analysis = ot_analysis_source_run (self->source, &settings, &error);
    }
  if (self->analysis == NULL)
    {
      /* The refusal below the minimum is the usual case here, and its message says why. */
      show_status (self, _("No Analysis Possible"), error->message);
      update_actions (self);
      return;
    }
  self->report = ot_analysis_source_new_report (self->source, self->analysis);
  ot_analysis_page_build_anonymised (self->anonymised_box, self->report);
  ot_analysis_page_build_confidential (self->confidential_box, self->source, self->analysis);
  gtk_stack_set_visible_child_name (self->state_stack, "analysis");
  update_actions (self);
}

static void
store_changed_cb (OtAnalysisPage *self,
                  const char     *table)
{
  if (g_str_has_prefix (table, "submission") || g_str_equal (table, "tariff")
      || g_str_has_prefix (table, "consultation") || g_str_equal (table, "organisation"))
    reload (self);
}

static void
index_changed_cb (OtAnalysisPage *self)
{
  reload (self);
}

/* Rules changed in the preferences apply at once, to what is shown and what is exported. */
static void
settings_changed_cb (OtAnalysisPage *self,
                     const char     *key)
{
  if (ot_settings_is_disclosure_key (key) && self->source != NULL)
    reload (self);
}

static void
show_error (OtAnalysisPage *self,
            const GError   *error)
{
  GtkWidget *dialog = adw_message_dialog_new (ot_widget_get_window (GTK_WIDGET (self)),
                                              _("The report was not saved"), error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    gpointer         user_data)
{
  OtAnalysisPage *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;
      g_autoptr(GError) error = NULL;

      if (path != NULL && !ot_analysis_page_export (self, path, &error))
        show_error (self, error);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  OtAnalysisPage *self = OT_ANALYSIS_PAGE (widget);
  gboolean pdf = g_str_equal (action_name, "analysis.export-pdf");
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (pdf ? _("Export Analysis as PDF") : _("Export Analysis as XLSX"),
                                         ot_widget_get_window (widget),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_filter_add_suffix (filter, pdf ? "pdf" : "xlsx");
  gtk_file_filter_set_name (filter, pdf ? _("PDF documents") : _("Excel workbooks"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  ot_settings_apply_export_folder (GTK_FILE_CHOOSER (chooser));
  /* A neutral name: nothing in the file, its name included, points at a provider. */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), pdf ? "tariefanalyse.pdf" : "tariefanalyse.xlsx");
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
ot_analysis_page_dispose (GObject *object)
{
  OtAnalysisPage *self = OT_ANALYSIS_PAGE (object);

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_object (&self->store);
  g_clear_pointer (&self->report, ot_analysis_report_free);
  g_clear_pointer (&self->analysis, ot_analysis_unref);
  g_clear_pointer (&self->source, ot_analysis_source_free);
  G_OBJECT_CLASS (ot_analysis_page_parent_class)->dispose (object);
}

static void
ot_analysis_page_class_init (OtAnalysisPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ot_analysis_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/overlegtafel/Overlegtafel/ot-analysis-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OtAnalysisPage, state_stack);
  gtk_widget_class_bind_template_child (widget_class, OtAnalysisPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, OtAnalysisPage, index_spin);
  gtk_widget_class_bind_template_child (widget_class, OtAnalysisPage, anonymised_box);
  gtk_widget_class_bind_template_child (widget_class, OtAnalysisPage, confidential_box);
  gtk_widget_class_bind_template_callback (widget_class, index_changed_cb);
  gtk_widget_class_install_action (widget_class, "analysis.export-pdf", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "analysis.export-xlsx", NULL, export_activated);
}

static void
ot_analysis_page_init (OtAnalysisPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  if (ot_settings_get () != NULL)
    g_signal_connect_object (ot_settings_get (), "changed", G_CALLBACK (settings_changed_cb),
                             self, G_CONNECT_SWAPPED);
  update_actions (self);
}

void
ot_analysis_page_set_store (OtAnalysisPage *self,
                            OtStore        *store)
{
  g_return_if_fail (OT_IS_ANALYSIS_PAGE (self));
  g_return_if_fail (store == NULL || OT_IS_STORE (store));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_set_object (&self->store, store);
  if (store != NULL)
    self->changed_id = g_signal_connect_swapped (store, "changed", G_CALLBACK (store_changed_cb), self);
  reload (self);
}

void
ot_analysis_page_set_consultation (OtAnalysisPage *self,
                                   gint64          consultation_id)
{
  g_return_if_fail (OT_IS_ANALYSIS_PAGE (self));

  self->consultation_id = consultation_id;
  reload (self);
}

OtAnalysisReport *
ot_analysis_page_get_report (OtAnalysisPage *self)
{
  g_return_val_if_fail (OT_IS_ANALYSIS_PAGE (self), NULL);
  return self->report;
}

gboolean
ot_analysis_page_export (OtAnalysisPage *self,
                         const char     *path,
                         GError        **error)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (OT_IS_ANALYSIS_PAGE (self), FALSE);
  g_return_val_if_fail (self->report != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  if (g_str_has_suffix (lower, ".xlsx"))
    return ot_analysis_export_xlsx (self->report, path, TRUE, error);
  return ot_analysis_export_pdf (self->report, path, TRUE, error);
}

GtkWindow *
ot_analysis_page_present_window (GtkWindow *parent,
                                 OtStore   *store,
                                 gint64     consultation_id)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *page = g_object_new (OT_TYPE_ANALYSIS_PAGE, NULL);

  g_return_val_if_fail (OT_IS_STORE (store), NULL);

  gtk_window_set_title (GTK_WINDOW (window), _("Tariff Analysis"));
  gtk_window_set_default_size (GTK_WINDOW (window), 980, 760);
  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (window), box);
  ot_analysis_page_set_store (OT_ANALYSIS_PAGE (page), store);
  ot_analysis_page_set_consultation (OT_ANALYSIS_PAGE (page), consultation_id);
  gtk_window_present (GTK_WINDOW (window));
  return GTK_WINDOW (window);
}
