/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-consultation-page-detail.c: one submission's values, warnings and sources, in a window marked confidential. */
#define G_LOG_DOMAIN "ot-app"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-widget-window.h"
#include "ot-consultation-page-private.h"
#include "ot-rekentool-fields.h"
#include "ot-store-consultations.h"

static char *
shown_value (OtSubmissionValue *v)
{
  const OtRekentoolField *field = ot_rekentool_field_lookup (ot_submission_value_get_field (v));

  if (!ot_submission_value_has_number (v))
    return g_strdup (ot_submission_value_get_text (v));
  if (field != NULL && field->kind == OT_REKENTOOL_KIND_FRACTION)
    return g_strdup_printf ("%.2f %%", 100 * ot_submission_value_get_number (v));
  return g_strdup_printf ("%.2f", ot_submission_value_get_number (v));
}

static char *
value_title (OtConsultation    *consultation,
             OtSubmissionValue *v)
{
  const char *key = ot_submission_value_get_field (v);
  const OtRekentoolField *field = ot_rekentool_field_lookup (key);
  const OtConsultationProduct *product = ot_consultation_find_product (consultation, ot_submission_value_get_product_code (v));
  const OtCostField *catalogue = ot_cost_field_lookup (key);
  const char *label = field != NULL ? field->label : catalogue != NULL ? catalogue->label : key;

  if (g_str_equal (key, "model_kostprijs_per_uur"))
    label = _("Model cost price per hour (computed)");
  if (product == NULL)
    return g_strdup (label);
  /* TRANSLATORS: a product and a field of a rekentool, e.g. "HO · Bruto uurloon". */
  return g_strdup_printf (_("%s · %s"), product->name, label);
}

static GtkWidget *
value_row (OtConsultation    *consultation,
           OtSubmissionValue *v)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = value_title (consultation, v);
  g_autofree char *value = shown_value (v);
  GtkWidget *suffix = gtk_label_new (value);
  const char *warning = ot_submission_value_get_warning (v);
  g_autofree char *subtitle = NULL;

  if (warning != NULL)
    subtitle = g_strdup_printf ("%s\n⚠ %s", ot_submission_value_get_source (v), warning);
  else
    subtitle = g_strdup (ot_submission_value_get_source (v));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_label_set_selectable (GTK_LABEL (suffix), TRUE);
  if (warning != NULL)
    gtk_widget_add_css_class (suffix, "warning");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
  return row;
}

static GtkWidget *
confidential_banner (void)
{
  GtkWidget *label = gtk_label_new (_("Confidential: for the adviser only. These are one provider’s own figures; share only the anonymised analysis."));

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_add_css_class (label, "heading");
  return label;
}

static GtkWidget *
detail_content (OtConsultationPage *self,
                OtSubmission       *submission,
                GListModel         *values)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *file = gtk_label_new (NULL);
  g_autofree char *file_text = g_strdup_printf (_("File %s, imported %s, SHA-256 %s"),
                                                ot_submission_get_file_name (submission),
                                                ot_submission_get_imported_at (submission),
                                                ot_submission_get_sha256 (submission));

  gtk_label_set_text (GTK_LABEL (file), file_text);
  gtk_label_set_wrap (GTK_LABEL (file), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (file), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (file), 0);
  gtk_widget_add_css_class (file, "dim-label");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < g_list_model_get_n_items (values); i++)
    {
      g_autoptr(OtSubmissionValue) v = g_list_model_get_item (values, i);
      gtk_list_box_append (GTK_LIST_BOX (list), value_row (self->consultation, v));
    }
  gtk_box_append (GTK_BOX (box), confidential_banner ());
  gtk_box_append (GTK_BOX (box), file);
  gtk_box_append (GTK_BOX (box), list);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 760);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  return scrolled;
}

GtkWindow *
ot_consultation_page_show_submission (OtConsultationPage *self,
                                      gint64              submission_id)
{
  g_autoptr(OtSubmission) submission = NULL;
  g_autoptr(GListModel) values = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  GtkWidget *window, *box, *header;

  g_return_val_if_fail (OT_IS_CONSULTATION_PAGE (self), NULL);

  if (self->store == NULL || self->consultation == NULL)
    return NULL;
  submission = ot_store_get_submission (self->store, submission_id, &error);
  if (submission != NULL)
    values = ot_store_list_submission_values (self->store, submission_id, &error);
  if (values == NULL)
    {
      g_warning ("Cannot show submission %" G_GINT64_FORMAT ": %s", submission_id, error->message);
      return NULL;
    }
  /* TRANSLATORS: the title of the detail window of one provider's rekentool. */
  title = g_strdup_printf (_("%s — Confidential"), ot_submission_get_organisation_name (submission));
  window = adw_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), title);
  gtk_window_set_default_size (GTK_WINDOW (window), 720, 640);
  gtk_window_set_transient_for (GTK_WINDOW (window), ot_widget_get_window (GTK_WIDGET (self)));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (title, ot_consultation_get_title (self->consultation)));
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), detail_content (self, submission, values));
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  return GTK_WINDOW (window);
}
