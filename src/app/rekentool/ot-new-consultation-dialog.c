/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-new-consultation-dialog.c: sets up a market consultation: title, products, deadline, minimum and series. */
#define G_LOG_DOMAIN "ot-app"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-new-consultation-dialog.h"
#include "ot-settings.h"
#include "ot-store-consultations.h"

struct _OtNewConsultationDialog
{
  AdwWindow parent_instance;

  /* template widgets */
  GtkLabel             *error_label;
  AdwEntryRow          *title_entry;
  AdwPreferencesGroup  *products_group;
  AdwEntryRow          *deadline_entry;
  GtkSpinButton        *min_spin;
  AdwComboRow          *series_row;

  /* owned references */
  OtStore              *store;
  GListModel           *series;
  GPtrArray            *product_rows;   /* AdwEntryRow (the name), each with its code entry as data */
};

G_DEFINE_FINAL_TYPE (OtNewConsultationDialog, ot_new_consultation_dialog, ADW_TYPE_WINDOW)

enum {
  CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkEditable *
code_entry_of (GtkWidget *row)
{
  return GTK_EDITABLE (g_object_get_data (G_OBJECT (row), "code-entry"));
}

static char *
stripped_text (GtkEditable *editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (editable)));
}

static void
show_error (OtNewConsultationDialog *self,
            const char              *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
remove_product_clicked_cb (GtkButton               *button,
                           OtNewConsultationDialog *self)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (button), "product-row");

  /* One row always stays, so there is somewhere to type the first product. */
  if (self->product_rows->len <= 1)
    {
      gtk_editable_set_text (code_entry_of (row), "");
      gtk_editable_set_text (GTK_EDITABLE (row), "");
      return;
    }
  adw_preferences_group_remove (self->products_group, row);
  g_ptr_array_remove (self->product_rows, row);
}

static GtkWidget *
append_product_row (OtNewConsultationDialog *self)
{
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *code = gtk_entry_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Name"));
  gtk_entry_set_placeholder_text (GTK_ENTRY (code), _("code"));
  gtk_editable_set_width_chars (GTK_EDITABLE (code), 8);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (code), 10);
  gtk_widget_set_valign (code, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (code, _("Product code: short, lowercase, e.g. ho"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (code), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Product code"), -1);
  adw_entry_row_add_prefix (ADW_ENTRY_ROW (row), code);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, _("Remove Product"));
  gtk_widget_add_css_class (remove, "flat");
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);
  g_object_set_data (G_OBJECT (row), "code-entry", code);
  g_object_set_data (G_OBJECT (remove), "product-row", row);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_product_clicked_cb), self);
  adw_preferences_group_add (self->products_group, row);
  g_ptr_array_add (self->product_rows, row);
  return row;
}

static gint64
selected_series_id (OtNewConsultationDialog *self)
{
  guint position = adw_combo_row_get_selected (self->series_row);
  g_autoptr(OtSeries) series = NULL;

  /* Position 0 is "None". */
  if (position == 0 || position == GTK_INVALID_LIST_POSITION)
    return 0;
  series = g_list_model_get_item (self->series, position - 1);
  return series != NULL ? ot_series_get_id (series) : 0;
}

/* Rows left empty are ignored; a name without a code goes to the core, which refuses it. */
static void
collect_products (OtNewConsultationDialog *self,
                  GStrvBuilder            *codes,
                  GStrvBuilder            *names)
{
  for (guint i = 0; i < self->product_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->product_rows, i);
      g_autofree char *code = stripped_text (code_entry_of (row));
      g_autofree char *name = stripped_text (GTK_EDITABLE (row));

      if (*code == '\0' && *name == '\0')
        continue;
      g_strv_builder_add (codes, code);
      g_strv_builder_add (names, name);
    }
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OtNewConsultationDialog *self = OT_NEW_CONSULTATION_DIALOG (widget);
  g_autoptr(GStrvBuilder) code_builder = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) name_builder = g_strv_builder_new ();
  g_auto(GStrv) codes = NULL;
  g_auto(GStrv) names = NULL;
  g_autofree char *title = stripped_text (GTK_EDITABLE (self->title_entry));
  g_autofree char *deadline = stripped_text (GTK_EDITABLE (self->deadline_entry));
  g_autoptr(GError) error = NULL;
  OtConsultationSpec spec = { 0 };
  gint64 id;

  collect_products (self, code_builder, name_builder);
  codes = g_strv_builder_end (code_builder);
  names = g_strv_builder_end (name_builder);
  spec.title = title;
  spec.deadline = *deadline != '\0' ? deadline : NULL;
  spec.min_submissions = (guint) gtk_spin_button_get_value_as_int (self->min_spin);
  spec.series_id = selected_series_id (self);
  spec.product_codes = (const char * const *) codes;
  spec.product_names = (const char * const *) names;
  /* Every rule (title, codes, date, minimum) is the core's; its refusal is shown as it is. */
  id = ot_store_add_consultation (self->store, &spec, &error);
  if (id == 0)
    {
      show_error (self, error->message);
      return;
    }
  show_error (self, NULL);
  g_signal_emit (self, signals[CREATED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
add_product_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  GtkWidget *row = append_product_row (OT_NEW_CONSULTATION_DIALOG (widget));

  gtk_widget_grab_focus (GTK_WIDGET (code_entry_of (row)));
}

static void
fill_series (OtNewConsultationDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  self->series = ot_store_list_series (self->store, NULL);
  if (self->series == NULL)
    self->series = G_LIST_MODEL (g_list_store_new (OT_TYPE_SERIES));
  gtk_string_list_append (names, _("None"));
  for (guint i = 0; i < g_list_model_get_n_items (self->series); i++)
    {
      g_autoptr(OtSeries) item = g_list_model_get_item (self->series, i);
      gtk_string_list_append (names, ot_series_get_name (item));
    }
  adw_combo_row_set_model (self->series_row, G_LIST_MODEL (names));
}

static void
ot_new_consultation_dialog_dispose (GObject *object)
{
  OtNewConsultationDialog *self = OT_NEW_CONSULTATION_DIALOG (object);

  g_clear_pointer (&self->product_rows, g_ptr_array_unref);
  g_clear_object (&self->series);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (ot_new_consultation_dialog_parent_class)->dispose (object);
}

static void
ot_new_consultation_dialog_class_init (OtNewConsultationDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ot_new_consultation_dialog_dispose;

  signals[CREATED] = g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/overlegtafel/Overlegtafel/ot-new-consultation-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OtNewConsultationDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, OtNewConsultationDialog, title_entry);
  gtk_widget_class_bind_template_child (widget_class, OtNewConsultationDialog, products_group);
  gtk_widget_class_bind_template_child (widget_class, OtNewConsultationDialog, deadline_entry);
  gtk_widget_class_bind_template_child (widget_class, OtNewConsultationDialog, min_spin);
  gtk_widget_class_bind_template_child (widget_class, OtNewConsultationDialog, series_row);
  gtk_widget_class_install_action (widget_class, "dialog.create", NULL, create_action);
  gtk_widget_class_install_action (widget_class, "dialog.add-product", NULL, add_product_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ot_new_consultation_dialog_init (OtNewConsultationDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The floor is the core's too; the spin button only keeps typing within it. */
  gtk_spin_button_set_range (self->min_spin, OT_CONSULTATION_MIN_SUBMISSIONS_FLOOR, 999);
  /* The preferences propose the minimum; the consultation then keeps its own. */
  gtk_spin_button_set_value (self->min_spin, ot_settings_get_min_submissions ());
  self->product_rows = g_ptr_array_new ();
  append_product_row (self);
}

OtNewConsultationDialog *
ot_new_consultation_dialog_new (GtkWindow *parent,
                                OtStore   *store)
{
  OtNewConsultationDialog *self;

  g_return_val_if_fail (OT_IS_STORE (store), NULL);

  self = g_object_new (OT_TYPE_NEW_CONSULTATION_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  fill_series (self);
  return self;
}

void
ot_new_consultation_dialog_fill (OtNewConsultationDialog *self,
                                 const char              *title,
                                 const char              *deadline,
                                 guint                    min_submissions,
                                 gint64                   series_id)
{
  g_return_if_fail (OT_IS_NEW_CONSULTATION_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->title_entry), title != NULL ? title : "");
  gtk_editable_set_text (GTK_EDITABLE (self->deadline_entry), deadline != NULL ? deadline : "");
  if (min_submissions != 0)
    gtk_spin_button_set_value (self->min_spin, min_submissions);
  adw_combo_row_set_selected (self->series_row, 0);
  for (guint i = 0; i < g_list_model_get_n_items (self->series); i++)
    {
      g_autoptr(OtSeries) item = g_list_model_get_item (self->series, i);

      if (ot_series_get_id (item) == series_id)
        adw_combo_row_set_selected (self->series_row, i + 1);
    }
}

void
ot_new_consultation_dialog_add_product (OtNewConsultationDialog *self,
                                        const char              *code,
                                        const char              *name)
{
  GtkWidget *row = NULL;

  g_return_if_fail (OT_IS_NEW_CONSULTATION_DIALOG (self));

  for (guint i = 0; i < self->product_rows->len && row == NULL; i++)
    {
      GtkWidget *candidate = g_ptr_array_index (self->product_rows, i);

      if (*gtk_editable_get_text (code_entry_of (candidate)) == '\0'
          && *gtk_editable_get_text (GTK_EDITABLE (candidate)) == '\0')
        row = candidate;
    }
  if (row == NULL)
    row = append_product_row (self);
  gtk_editable_set_text (code_entry_of (row), code != NULL ? code : "");
  gtk_editable_set_text (GTK_EDITABLE (row), name != NULL ? name : "");
}

const char *
ot_new_consultation_dialog_get_error (OtNewConsultationDialog *self)
{
  g_return_val_if_fail (OT_IS_NEW_CONSULTATION_DIALOG (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->error_label)))
    return NULL;
  return gtk_label_get_text (self->error_label);
}
