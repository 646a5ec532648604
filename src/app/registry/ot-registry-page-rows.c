/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-registry-page-rows.c: the register's rows; each opens into its editable fields and a merge of duplicates. */
#define G_LOG_DOMAIN "ot-app"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-format.h"
#include "ot-registry-page-private.h"

/* A text field of the register, stored when the user applies it. */
static GtkWidget *
field_row (const char *title,
           OtField     field,
           gint64      id,
           const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  g_object_set_data (G_OBJECT (row), "ot-field", GINT_TO_POINTER (field));
  g_object_set_data_full (G_OBJECT (row), "ot-id", g_memdup2 (&id, sizeof id), g_free);
  return row;
}

static void
field_applied_cb (AdwEntryRow *row,
                  gpointer     user_data)
{
  OtField field = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "ot-field"));
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (row), "ot-id");

  gtk_widget_activate_action (GTK_WIDGET (row), "registry.set-text", "(ixs)", (int) field, id,
                              gtk_editable_get_text (GTK_EDITABLE (row)));
}

static GtkStringList *
names_of (GListModel *model,
          const char *first)
{
  GtkStringList *names = gtk_string_list_new (NULL);

  if (first != NULL)
    gtk_string_list_append (names, first);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      gtk_string_list_append (names, OT_IS_PERSON (item) ? ot_person_get_name (OT_PERSON (item))
                                                         : ot_organisation_get_name (OT_ORGANISATION (item)));
    }
  return names;
}

static gint64
id_of (GObject *item)
{
  return OT_IS_PERSON (item) ? ot_person_get_id (OT_PERSON (item)) : ot_organisation_get_id (OT_ORGANISATION (item));
}

typedef struct
{
  OtRegistryPage *page;
  GtkDropDown    *dropdown;
  GListModel     *model;      /* the full list the dropdown shows */
  gint64          keep_id;
  gboolean        people;
} MergeRequest;

static void
merge_request_free (gpointer  data,
                    GClosure *closure)
{
  MergeRequest *request = data;

  g_object_unref (request->model);
  g_free (request);
}

static void
merge_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   MergeRequest     *request)
{
  guint position = gtk_drop_down_get_selected (request->dropdown);
  g_autoptr(GObject) duplicate = NULL;

  if (g_str_equal (response, "merge") && position != GTK_INVALID_LIST_POSITION)
    duplicate = g_list_model_get_item (request->model, position);
  if (duplicate != NULL)
    gtk_widget_activate_action (GTK_WIDGET (request->page),
                                request->people ? "registry.merge-people" : "registry.merge-organisations",
                                "(xx)", request->keep_id, id_of (duplicate));
}

/* A merge cannot be undone, so it asks first. */
static void
merge_clicked_cb (GtkButton    *button,
                  MergeRequest *request)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (button))),
                                              _("Merge the Duplicate?"),
                                              _("Every meeting, statement and action of the duplicate moves to this entry, and the duplicate is deleted. This cannot be undone."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "merge", _("_Merge"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "merge", ADW_RESPONSE_DESTRUCTIVE);
  g_signal_connect (dialog, "response", G_CALLBACK (merge_response_cb), request);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
merge_row (OtRegistryPage *self,
           GListModel     *model,
           gint64          keep_id,
           gboolean        people)
{
  g_autoptr(GtkStringList) names = names_of (model, NULL);
  g_autoptr(GtkExpression) expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL);
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Merge…"));
  MergeRequest *request = g_new0 (MergeRequest, 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Merge a duplicate into this one"));
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (dropdown), TRUE);
  gtk_drop_down_set_expression (GTK_DROP_DOWN (dropdown), expression);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), dropdown);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  request->page = self;
  request->dropdown = GTK_DROP_DOWN (dropdown);
  request->model = g_object_ref (model);
  request->keep_id = keep_id;
  request->people = people;
  g_signal_connect_data (button, "clicked", G_CALLBACK (merge_clicked_cb), request,
                         merge_request_free, 0);
  return row;
}

static void
kind_selected_cb (AdwComboRow *row,
                  GParamSpec  *pspec,
                  gpointer     user_data)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (row), "ot-id");

  gtk_widget_activate_action (GTK_WIDGET (row), "registry.set-organisation-kind", "(xi)", id,
                              (int) adw_combo_row_get_selected (row));
}

static void
fill_organisation_row (OtRegistryPage *self,
                       AdwExpanderRow *expander,
                       OtOrganisation *organisation)
{
  gint64 id = ot_organisation_get_id (organisation);
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  GtkWidget *name = field_row (_("Name"), OT_FIELD_ORGANISATION_NAME, id, ot_organisation_get_name (organisation));
  GtkWidget *short_name = field_row (_("Short name"), OT_FIELD_ORGANISATION_SHORT_NAME, id,
                                     ot_organisation_get_short_name (organisation));
  GtkWidget *kind = adw_combo_row_new ();

  g_signal_connect (name, "apply", G_CALLBACK (field_applied_cb), NULL);
  g_signal_connect (short_name, "apply", G_CALLBACK (field_applied_cb), NULL);
  for (OtOrganisationKind k = OT_ORGANISATION_KIND_GEMEENTE; k <= OT_ORGANISATION_KIND_OTHER; k++)
    gtk_string_list_append (kinds, ot_format_organisation_kind (k));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (kind), _("Kind"));
  adw_combo_row_set_model (ADW_COMBO_ROW (kind), G_LIST_MODEL (kinds));
  adw_combo_row_set_selected (ADW_COMBO_ROW (kind), ot_organisation_get_kind (organisation));
  g_object_set_data_full (G_OBJECT (kind), "ot-id", g_memdup2 (&id, sizeof id), g_free);
  g_signal_connect (kind, "notify::selected", G_CALLBACK (kind_selected_cb), NULL);
  adw_expander_row_add_row (expander, name);
  adw_expander_row_add_row (expander, short_name);
  adw_expander_row_add_row (expander, kind);
  adw_expander_row_add_row (expander, merge_row (self, self->organisations, id, FALSE));
}

static void
organisation_selected_cb (AdwComboRow *row,
                          GParamSpec  *pspec,
                          gpointer     user_data)
{
  OtRegistryPage *self = user_data;
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (row), "ot-id");
  guint position = adw_combo_row_get_selected (row);
  g_autoptr(OtOrganisation) organisation = NULL;

  if (position > 0 && position != GTK_INVALID_LIST_POSITION)
    organisation = g_list_model_get_item (self->organisations, position - 1);
  gtk_widget_activate_action (GTK_WIDGET (row), "registry.set-person-organisation", "(xx)", id,
                              organisation != NULL ? ot_organisation_get_id (organisation) : (gint64) 0);
}

static void
fill_person_row (OtRegistryPage *self,
                 AdwExpanderRow *expander,
                 OtPerson       *person)
{
  gint64 id = ot_person_get_id (person);
  g_autoptr(GtkStringList) organisations = names_of (self->organisations, _("No organisation"));
  GtkWidget *name = field_row (_("Name"), OT_FIELD_PERSON_NAME, id, ot_person_get_name (person));
  GtkWidget *function = field_row (_("Function"), OT_FIELD_PERSON_FUNCTION, id, ot_person_get_function (person));
  GtkWidget *email = field_row (_("E-mail"), OT_FIELD_PERSON_EMAIL, id, ot_person_get_email (person));
  GtkWidget *organisation = adw_combo_row_new ();
  guint selected = 0;

  for (GtkWidget **row = (GtkWidget *[]) { name, function, email, NULL }; *row != NULL; row++)
    g_signal_connect (*row, "apply", G_CALLBACK (field_applied_cb), NULL);
  for (guint i = 0; i < g_list_model_get_n_items (self->organisations); i++)
    {
      g_autoptr(OtOrganisation) item = g_list_model_get_item (self->organisations, i);
      if (ot_organisation_get_id (item) == ot_person_get_organisation_id (person))
        selected = i + 1;
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (organisation), _("Organisation"));
  adw_combo_row_set_model (ADW_COMBO_ROW (organisation), G_LIST_MODEL (organisations));
  adw_combo_row_set_selected (ADW_COMBO_ROW (organisation), selected);
  g_object_set_data_full (G_OBJECT (organisation), "ot-id", g_memdup2 (&id, sizeof id), g_free);
  g_signal_connect (organisation, "notify::selected", G_CALLBACK (organisation_selected_cb), self);
  adw_expander_row_add_row (expander, name);
  adw_expander_row_add_row (expander, function);
  adw_expander_row_add_row (expander, email);
  adw_expander_row_add_row (expander, organisation);
  adw_expander_row_add_row (expander, merge_row (self, self->people, id, TRUE));
}

/* The fields of an entry are built when it is first opened, not for the whole register. */
static void
expanded_cb (AdwExpanderRow *expander,
             GParamSpec     *pspec,
             OtRegistryPage *self)
{
  GObject *item = g_object_get_data (G_OBJECT (expander), "ot-item");

  if (!adw_expander_row_get_expanded (expander) || g_object_get_data (G_OBJECT (expander), "ot-filled"))
    return;
  g_object_set_data (G_OBJECT (expander), "ot-filled", GINT_TO_POINTER (TRUE));
  if (OT_IS_PERSON (item))
    fill_person_row (self, expander, OT_PERSON (item));
  else
    fill_organisation_row (self, expander, OT_ORGANISATION (item));
}

static GtkWidget *
entry_row (OtRegistryPage *self,
           GObject        *item,
           const char     *title,
           const char     *subtitle,
           OtRowKind       kind)
{
  GtkWidget *expander = adw_expander_row_new ();
  GtkWidget *delete = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *escaped_title = g_markup_escape_text (title, -1);
  g_autofree char *escaped_subtitle = g_markup_escape_text (subtitle, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), escaped_title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), escaped_subtitle);
  g_object_set_data_full (G_OBJECT (expander), "ot-item", g_object_ref (item), g_object_unref);
  g_signal_connect (expander, "notify::expanded", G_CALLBACK (expanded_cb), self);
  gtk_widget_add_css_class (delete, "flat");
  gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (delete, _("Delete"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (delete), "win.delete");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (delete), "(ix)", (int) kind, id_of (item));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (expander), delete);
  return expander;
}

GtkWidget *
ot_registry_page_create_organisation_row (gpointer item,
                         gpointer user_data)
{
  OtOrganisation *organisation = item;
  const char *short_name = ot_organisation_get_short_name (organisation);
  g_autofree char *subtitle = NULL;

  if (short_name != NULL && *short_name != '\0')
    subtitle = g_strdup_printf ("%s · %s", ot_format_organisation_kind (ot_organisation_get_kind (organisation)),
                                short_name);
  else
    subtitle = g_strdup (ot_format_organisation_kind (ot_organisation_get_kind (organisation)));
  return entry_row (user_data, item, ot_organisation_get_name (organisation), subtitle, OT_ROW_ORGANISATION);
}

GtkWidget *
ot_registry_page_create_person_row (gpointer item,
                   gpointer user_data)
{
  OtPerson *person = item;
  const char *organisation = ot_person_get_organisation_name (person);
  const char *function = ot_person_get_function (person);
  g_autofree char *subtitle = NULL;

  if (organisation != NULL && function != NULL && *function != '\0')
    subtitle = g_strdup_printf ("%s · %s", organisation, function);
  else
    subtitle = g_strdup (organisation != NULL ? organisation : (function != NULL ? function : ""));
  return entry_row (user_data, item, ot_person_get_name (person), subtitle, OT_ROW_PERSON);
}
