/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-consultation-page.c: a market consultation: setting one up, who has submitted, the template, imports, the submissions and the analysis. */
#define G_LOG_DOMAIN "ot-app"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-widget-window.h"
#include "ot-analysis-page.h"
#include "ot-consultation-page-private.h"
#include "ot-format.h"
#include "ot-new-consultation-dialog.h"
#include "ot-store-consultations.h"

G_DEFINE_FINAL_TYPE (OtConsultationPage, ot_consultation_page, ADW_TYPE_BIN)

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static char *
deadline_text (OtConsultation *consultation)
{
  g_autofree char *today = ot_format_today_iso ();
  g_autofree char *date = NULL;
  int days;

  if (!ot_consultation_days_to_deadline (consultation, today, &days))
    return g_strdup (_("No deadline"));
  date = ot_format_date (ot_consultation_get_deadline (consultation));
  if (days > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Deadline %s, %d day to go", "Deadline %s, %d days to go", days),
                            date, days);
  if (days == 0)
    return g_strdup_printf (_("Deadline %s: today"), date);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Deadline %s, passed %d day ago", "Deadline %s, passed %d days ago", -days),
                          date, -days);
}

static void
fill_summary (OtConsultationPage *self,
              GListModel         *invitations)
{
  g_autoptr(GString) products = g_string_new (NULL);
  g_autofree char *deadline = deadline_text (self->consultation);
  g_autofree char *counts = NULL;
  g_autofree char *summary = NULL;

  for (guint i = 0; i < ot_consultation_get_n_products (self->consultation); i++)
    g_string_append_printf (products, "%s%s", i > 0 ? ", " : "", ot_consultation_get_product (self->consultation, i)->name);
  /* The sentence overlegtafel-cli consultation show prints too; declined providers are not awaited. */
  counts = ot_invitation_describe_progress (invitations, ot_consultation_get_min_submissions (self->consultation));
  /* TRANSLATORS: products, the deadline, then how many have submitted. */
  summary = g_strdup_printf (_("%s · %s\n%s"), products->str, deadline, counts);
  gtk_label_set_text (self->title_label, ot_consultation_get_title (self->consultation));
  gtk_label_set_text (self->summary_label, summary);
}

static void
submission_row_activated_cb (AdwActionRow       *row,
                             OtConsultationPage *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "submission-id"));

  ot_consultation_page_show_submission (self, id);
}

static void
fill_submissions (OtConsultationPage *self,
                  GListModel         *submissions)
{
  clear_list (self->submissions_list);
  for (guint i = 0; i < g_list_model_get_n_items (submissions); i++)
    {
      g_autoptr(OtSubmission) s = g_list_model_get_item (submissions, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *subtitle = NULL;

      subtitle = g_strdup_printf ("%s · %s%s", ot_submission_get_file_name (s), ot_submission_get_imported_at (s),
                                  g_str_equal (ot_submission_get_status (s), "warnings") ? _(" · with warnings") : "");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ot_submission_get_organisation_name (s));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "submission-id", GSIZE_TO_POINTER ((gsize) ot_submission_get_id (s)));
      g_signal_connect (row, "activated", G_CALLBACK (submission_row_activated_cb), self);
      gtk_list_box_append (self->submissions_list, row);
    }
  if (g_list_model_get_n_items (submissions) == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No rekentools imported yet"));
      gtk_list_box_append (self->submissions_list, row);
    }
}

void
ot_consultation_page_refresh (OtConsultationPage *self)
{
  g_autoptr(GListModel) invitations = NULL;
  g_autoptr(GListModel) submissions = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (self->store == NULL || self->consultation == NULL)
    return;
  id = ot_consultation_get_id (self->consultation);
  invitations = ot_store_list_invitations (self->store, id, &error);
  if (invitations != NULL)
    submissions = ot_store_list_submissions (self->store, id, &error);
  if (submissions == NULL)
    {
      g_warning ("Cannot read consultation %" G_GINT64_FORMAT ": %s", id, error->message);
      return;
    }
  ot_consultation_page_fill_invitations (self, invitations);
  fill_summary (self, invitations);
  fill_submissions (self, submissions);
}

void
ot_consultation_page_update_actions (OtConsultationPage *self)
{
  gboolean idle = self->cancellable == NULL;
  gboolean have = self->consultation != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "consultation.import", have && idle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "consultation.save-template", have);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "consultation.cancel-import", !idle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "consultation.new", self->store != NULL && idle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "consultation.invite", have);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "consultation.set-invitation-state", have);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "consultation.analyse", have);
  gtk_widget_set_sensitive (GTK_WIDGET (self->consultation_dropdown), idle);
}

static void
load_consultations (OtConsultationPage *self)
{
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->consultations);
  self->consultations = ot_store_list_consultations (self->store, &error);
  if (self->consultations == NULL)
    {
      g_warning ("Cannot list consultations: %s", error->message);
      self->consultations = G_LIST_MODEL (g_list_store_new (OT_TYPE_CONSULTATION));
    }
  for (guint i = 0; i < g_list_model_get_n_items (self->consultations); i++)
    {
      g_autoptr(OtConsultation) c = g_list_model_get_item (self->consultations, i);
      gtk_string_list_append (titles, ot_consultation_get_title (c));
    }
  gtk_drop_down_set_model (self->consultation_dropdown, G_LIST_MODEL (titles));
}

static void
dropdown_selected_cb (OtConsultationPage *self,
                      GParamSpec         *pspec,
                      GtkDropDown        *dropdown)
{
  guint position = gtk_drop_down_get_selected (dropdown);
  g_autoptr(OtConsultation) c = NULL;

  if (self->consultations == NULL || position >= g_list_model_get_n_items (self->consultations))
    return;
  c = g_list_model_get_item (self->consultations, position);
  if (self->consultation == NULL || ot_consultation_get_id (c) != ot_consultation_get_id (self->consultation))
    ot_consultation_page_set_consultation (self, ot_consultation_get_id (c));
}

static void
store_changed_cb (OtConsultationPage *self,
                  const char         *table,
                  OtStore            *store)
{
  /* A batch refreshes once at its end rather than after every file. */
  if (self->cancellable != NULL)
    return;
  if (g_str_equal (table, "consultation"))
    {
      ot_consultation_page_set_consultation (self, self->consultation != NULL ? ot_consultation_get_id (self->consultation) : 0);
      return;
    }
  if (g_str_has_prefix (table, "submission") || g_str_equal (table, "invitation") || g_str_equal (table, "organisation"))
    ot_consultation_page_refresh (self);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ot_consultation_page_choose_files (OT_CONSULTATION_PAGE (widget));
}

static void
save_template_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ot_consultation_page_save_template (OT_CONSULTATION_PAGE (widget));
}

static void
cancel_import_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ot_consultation_page_cancel_import (OT_CONSULTATION_PAGE (widget));
}

static void
consultation_created_cb (OtConsultationPage      *self,
                         gint64                   consultation_id,
                         OtNewConsultationDialog *dialog)
{
  ot_consultation_page_set_consultation (self, consultation_id);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  OtConsultationPage *self = OT_CONSULTATION_PAGE (widget);
  OtNewConsultationDialog *dialog;

  if (self->store == NULL)
    return;
  dialog = ot_new_consultation_dialog_new (ot_widget_get_window (GTK_WIDGET (self)), self->store);
  g_signal_connect_object (dialog, "created", G_CALLBACK (consultation_created_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
invite_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ot_consultation_page_open_invite_dialog (OT_CONSULTATION_PAGE (widget));
}

static void
set_invitation_state_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  OtConsultationPage *self = OT_CONSULTATION_PAGE (widget);
  g_autoptr(GError) error = NULL;
  const char *state = NULL;
  gint64 organisation_id = 0;

  g_variant_get (parameter, "(x&s)", &organisation_id, &state);
  if (!ot_consultation_page_change_invitation_state (self, organisation_id, state, &error))
    g_warning ("Cannot change the invitation of organisation %" G_GINT64_FORMAT ": %s", organisation_id, error->message);
}

static void
analyse_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  OtConsultationPage *self = OT_CONSULTATION_PAGE (widget);

  if (self->store == NULL || self->consultation == NULL)
    return;
  ot_analysis_page_present_window (ot_widget_get_window (GTK_WIDGET (self)), self->store, ot_consultation_get_id (self->consultation));
}

static void
show_submission_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  ot_consultation_page_show_submission (OT_CONSULTATION_PAGE (widget), g_variant_get_int64 (parameter));
}

static void
ot_consultation_page_dispose (GObject *object)
{
  OtConsultationPage *self = OT_CONSULTATION_PAGE (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->store != NULL && self->changed_id != 0)
    g_signal_handler_disconnect (self->store, self->changed_id);
  self->changed_id = 0;
  g_clear_object (&self->store);
  g_clear_object (&self->consultation);
  g_clear_object (&self->consultations);
  g_clear_object (&self->reports);
  G_OBJECT_CLASS (ot_consultation_page_parent_class)->dispose (object);
}

static void
ot_consultation_page_class_init (OtConsultationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ot_consultation_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/overlegtafel/Overlegtafel/ot-consultation-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OtConsultationPage, stack);
  gtk_widget_class_bind_template_child (widget_class, OtConsultationPage, consultation_dropdown);
  gtk_widget_class_bind_template_child (widget_class, OtConsultationPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, OtConsultationPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, OtConsultationPage, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, OtConsultationPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, OtConsultationPage, report_heading);
  gtk_widget_class_bind_template_child (widget_class, OtConsultationPage, report_list);
  gtk_widget_class_bind_template_child (widget_class, OtConsultationPage, invitations_list);
  gtk_widget_class_bind_template_child (widget_class, OtConsultationPage, submissions_list);
  gtk_widget_class_install_action (widget_class, "consultation.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "consultation.save-template", NULL, save_template_action);
  gtk_widget_class_install_action (widget_class, "consultation.cancel-import", NULL, cancel_import_action);
  gtk_widget_class_install_action (widget_class, "consultation.show-submission", "x", show_submission_action);
  gtk_widget_class_install_action (widget_class, "consultation.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "consultation.invite", NULL, invite_action);
  /* (organisation id, state as stored: "invited", "declined", "submitted" or "late") */
  gtk_widget_class_install_action (widget_class, "consultation.set-invitation-state", "(xs)", set_invitation_state_action);
  gtk_widget_class_install_action (widget_class, "consultation.analyse", NULL, analyse_action);
}

static void
ot_consultation_page_init (OtConsultationPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->reports = g_list_store_new (OT_TYPE_REKENTOOL_REPORT);
  g_signal_connect_swapped (self->consultation_dropdown, "notify::selected", G_CALLBACK (dropdown_selected_cb), self);
  ot_consultation_page_setup_import (self);
  ot_consultation_page_update_actions (self);
}

void
ot_consultation_page_set_store (OtConsultationPage *self,
                                OtStore            *store)
{
  g_return_if_fail (OT_IS_CONSULTATION_PAGE (self));
  g_return_if_fail (OT_IS_STORE (store));

  if (self->store != NULL && self->changed_id != 0)
    g_signal_handler_disconnect (self->store, self->changed_id);
  g_set_object (&self->store, store);
  self->changed_id = g_signal_connect_swapped (store, "changed", G_CALLBACK (store_changed_cb), self);
  ot_consultation_page_set_consultation (self, 0);
}

void
ot_consultation_page_set_consultation (OtConsultationPage *self,
                                       gint64              consultation_id)
{
  g_autoptr(GError) error = NULL;
  guint position = GTK_INVALID_LIST_POSITION;

  g_return_if_fail (OT_IS_CONSULTATION_PAGE (self));
  g_return_if_fail (self->store != NULL);

  g_signal_handlers_block_by_func (self->consultation_dropdown, dropdown_selected_cb, self);
  load_consultations (self);
  g_clear_object (&self->consultation);
  for (guint i = 0; i < g_list_model_get_n_items (self->consultations); i++)
    {
      g_autoptr(OtConsultation) c = g_list_model_get_item (self->consultations, i);

      if (consultation_id == 0 || ot_consultation_get_id (c) == consultation_id)
        {
          self->consultation = ot_store_get_consultation (self->store, ot_consultation_get_id (c), &error);
          position = i;
          break;
        }
    }
  gtk_drop_down_set_selected (self->consultation_dropdown, position);
  g_signal_handlers_unblock_by_func (self->consultation_dropdown, dropdown_selected_cb, self);
  gtk_stack_set_visible_child_name (self->stack, self->consultation != NULL ? "consultation" : "empty");
  ot_consultation_page_refresh (self);
  ot_consultation_page_update_actions (self);
}

gint64
ot_consultation_page_get_consultation (OtConsultationPage *self)
{
  g_return_val_if_fail (OT_IS_CONSULTATION_PAGE (self), 0);
  return self->consultation != NULL ? ot_consultation_get_id (self->consultation) : 0;
}

gboolean
ot_consultation_page_is_importing (OtConsultationPage *self)
{
  g_return_val_if_fail (OT_IS_CONSULTATION_PAGE (self), FALSE);
  return self->cancellable != NULL;
}

GListModel *
ot_consultation_page_get_reports (OtConsultationPage *self)
{
  g_return_val_if_fail (OT_IS_CONSULTATION_PAGE (self), NULL);
  return G_LIST_MODEL (self->reports);
}
