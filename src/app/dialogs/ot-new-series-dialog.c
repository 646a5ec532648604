/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-new-series-dialog.c: creates a series, then offers to plan its first meeting. */
#define G_LOG_DOMAIN "ot-app"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-format.h"
#include "ot-new-series-dialog.h"

struct _OtNewSeriesDialog
{
  AdwWindow parent_instance;

  /* template widgets */
  AdwEntryRow *name_entry;
  AdwComboRow *kind_row;
  AdwEntryRow *description_entry;

  /* owned references */
  OtStore     *store;
};

G_DEFINE_FINAL_TYPE (OtNewSeriesDialog, ot_new_series_dialog, ADW_TYPE_WINDOW)

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OtNewSeriesDialog *self = OT_NEW_SERIES_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_entry))));
  const char *description = gtk_editable_get_text (GTK_EDITABLE (self->description_entry));
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (*name == '\0')
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->name_entry), "error");
      gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
      return;
    }
  if (ot_store_add_series (self->store, name, adw_combo_row_get_selected (self->kind_row),
                           *description != '\0' ? description : NULL, &error) == 0)
    {
      g_warning ("%s", error->message);
      gtk_widget_add_css_class (GTK_WIDGET (self->name_entry), "error");
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.new-meeting", NULL);
}

static void
name_activated_cb (OtNewSeriesDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "dialog.create", NULL);
}

static void
ot_new_series_dialog_dispose (GObject *object)
{
  OtNewSeriesDialog *self = OT_NEW_SERIES_DIALOG (object);

  g_clear_object (&self->store);
  G_OBJECT_CLASS (ot_new_series_dialog_parent_class)->dispose (object);
}

static void
ot_new_series_dialog_class_init (OtNewSeriesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ot_new_series_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/overlegtafel/Overlegtafel/ot-new-series-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OtNewSeriesDialog, name_entry);
  gtk_widget_class_bind_template_child (widget_class, OtNewSeriesDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, OtNewSeriesDialog, description_entry);
  gtk_widget_class_install_action (widget_class, "dialog.create", NULL, create_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ot_new_series_dialog_init (OtNewSeriesDialog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  for (OtSeriesKind kind = OT_SERIES_KIND_OVERLEGTAFEL; kind <= OT_SERIES_KIND_ONTWIKKELTAFEL; kind++)
    gtk_string_list_append (kinds, ot_format_series_kind (kind));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  g_signal_connect_swapped (self->name_entry, "entry-activated", G_CALLBACK (name_activated_cb), self);
}

OtNewSeriesDialog *
ot_new_series_dialog_new (GtkWindow *parent,
                          OtStore   *store)
{
  OtNewSeriesDialog *self = g_object_new (OT_TYPE_NEW_SERIES_DIALOG, "transient-for", parent, NULL);

  self->store = g_object_ref (store);
  return self;
}

void
ot_new_series_dialog_fill (OtNewSeriesDialog *self,
                           const char        *name,
                           OtSeriesKind       kind)
{
  g_return_if_fail (OT_IS_NEW_SERIES_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), name);
  adw_combo_row_set_selected (self->kind_row, kind);
}
