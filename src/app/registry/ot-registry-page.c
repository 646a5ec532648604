/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-registry-page.c: the register: each organisation and person opens into its editable fields; duplicates are merged. */
#define G_LOG_DOMAIN "ot-app"
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ot-format.h"
#include "ot-registry-page-private.h"
#include "ot-store-lines.h"

G_DEFINE_FINAL_TYPE (OtRegistryPage, ot_registry_page, ADW_TYPE_BIN)

static void
show_error (OtRegistryPage *self,
            const GError   *error)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  g_debug ("%s", error->message);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (error->message));
}

static gboolean
matches_search (gpointer item,
                gpointer user_data)
{
  OtRegistryPage *self = user_data;
  const char *needle = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  const char *name = OT_IS_PERSON (item) ? ot_person_get_name (item) : ot_organisation_get_name (item);
  g_autofree char *folded_name = NULL;
  g_autofree char *folded_needle = NULL;

  if (*needle == '\0')
    return TRUE;
  folded_name = g_utf8_casefold (name, -1);
  folded_needle = g_utf8_casefold (needle, -1);
  return strstr (folded_name, folded_needle) != NULL;
}

static void
reload (OtRegistryPage *self)
{
  GtkFilterListModel *organisations;
  GtkFilterListModel *people;

  g_clear_object (&self->organisations);
  g_clear_object (&self->people);
  self->organisations = ot_store_list_organisations (self->store, -1, NULL);
  if (self->organisations == NULL)
    self->organisations = G_LIST_MODEL (g_list_store_new (OT_TYPE_ORGANISATION));
  self->people = ot_store_list_people (self->store, 0, NULL);
  if (self->people == NULL)
    self->people = G_LIST_MODEL (g_list_store_new (OT_TYPE_PERSON));
  organisations = gtk_filter_list_model_new (g_object_ref (self->organisations), g_object_ref (self->filter));
  people = gtk_filter_list_model_new (g_object_ref (self->people), g_object_ref (self->filter));
  gtk_list_box_bind_model (self->organisations_list, G_LIST_MODEL (organisations), ot_registry_page_create_organisation_row, self, NULL);
  gtk_list_box_bind_model (self->people_list, G_LIST_MODEL (people), ot_registry_page_create_person_row, self, NULL);
  g_object_unref (organisations);
  g_object_unref (people);
}

/* The register is built when first shown, and rebuilt only while visible. */
static void
load_if_stale (OtRegistryPage *self)
{
  if (self->stale && self->store != NULL)
    {
      self->stale = FALSE;
      reload (self);
    }
}

static void
ot_registry_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (ot_registry_page_parent_class)->map (widget);
  load_if_stale (OT_REGISTRY_PAGE (widget));
}

static void
store_changed_cb (OtRegistryPage *self,
                  const char     *table,
                  OtStore        *store)
{
  if (self->quiet > 0 || !(g_str_equal (table, "organisation") || g_str_equal (table, "person")))
    return;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
  else
    self->stale = TRUE;
}

static void
search_changed_cb (OtRegistryPage *self)
{
  gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
organisation_entry_activate_cb (OtRegistryPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "registry.add-organisation", "s",
                              gtk_editable_get_text (GTK_EDITABLE (self->organisation_entry)));
  gtk_editable_set_text (GTK_EDITABLE (self->organisation_entry), "");
  gtk_popover_popdown (self->organisation_popover);
}

static void
person_entry_activate_cb (OtRegistryPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "registry.add-person", "s",
                              gtk_editable_get_text (GTK_EDITABLE (self->person_entry)));
  gtk_editable_set_text (GTK_EDITABLE (self->person_entry), "");
  gtk_popover_popdown (self->person_popover);
}

static void
add_organisation_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  OtRegistryPage *self = OT_REGISTRY_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strstrip (g_strdup (g_variant_get_string (parameter, NULL)));

  if (*name != '\0' && ot_store_add_organisation (self->store, name, NULL, OT_ORGANISATION_KIND_OTHER, &error) == 0)
    show_error (self, error);
}

static void
add_person_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  OtRegistryPage *self = OT_REGISTRY_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (ot_store_quick_add_person (self->store, g_variant_get_string (parameter, NULL), &error) == 0)
    show_error (self, error);
}

/* Field edits come from rows that show them already: store without rebuilding the lists. */
static void
set_text_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  OtRegistryPage *self = OT_REGISTRY_PAGE (widget);
  g_autoptr(GError) error = NULL;
  const char *text;
  gint64 id;
  int field;
  gboolean ok;

  g_variant_get (parameter, "(ix&s)", &field, &id, &text);
  if (field < OT_FIELD_ORGANISATION_NAME || field > OT_FIELD_PERSON_EMAIL)
    return;
  self->quiet++;
  ok = ot_store_set_text (self->store, field, id, text, &error);
  self->quiet--;
  if (!ok)
    show_error (self, error);
}

static void
set_organisation_kind_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  OtRegistryPage *self = OT_REGISTRY_PAGE (widget);
  g_autoptr(GError) error = NULL;
  gint64 id;
  int kind;
  gboolean ok;

  g_variant_get (parameter, "(xi)", &id, &kind);
  if (kind < OT_ORGANISATION_KIND_GEMEENTE || kind > OT_ORGANISATION_KIND_OTHER)
    return;
  self->quiet++;
  ok = ot_store_set_organisation_kind (self->store, id, kind, &error);
  self->quiet--;
  if (!ok)
    show_error (self, error);
}

static void
set_person_organisation_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  OtRegistryPage *self = OT_REGISTRY_PAGE (widget);
  g_autoptr(GError) error = NULL;
  gint64 id, organisation_id;
  gboolean ok;

  g_variant_get (parameter, "(xx)", &id, &organisation_id);
  self->quiet++;
  ok = ot_store_set_person_organisation (self->store, id, organisation_id, &error);
  self->quiet--;
  if (!ok)
    show_error (self, error);
}

static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  OtRegistryPage *self = OT_REGISTRY_PAGE (widget);
  g_autoptr(GError) error = NULL;
  gint64 keep, duplicate;
  gboolean ok;

  g_variant_get (parameter, "(xx)", &keep, &duplicate);
  if (keep == duplicate)
    return;
  if (g_str_equal (action_name, "registry.merge-people"))
    ok = ot_store_merge_people (self->store, keep, duplicate, &error);
  else
    ok = ot_store_merge_organisations (self->store, keep, duplicate, &error);
  if (!ok)
    show_error (self, error);
}

static void
ot_registry_page_dispose (GObject *object)
{
  OtRegistryPage *self = OT_REGISTRY_PAGE (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->organisations);
  g_clear_object (&self->people);
  g_clear_object (&self->filter);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (ot_registry_page_parent_class)->dispose (object);
}

static void
ot_registry_page_class_init (OtRegistryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ot_registry_page_dispose;
  widget_class->map = ot_registry_page_map;

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/overlegtafel/Overlegtafel/ot-registry-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OtRegistryPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, OtRegistryPage, organisation_popover);
  gtk_widget_class_bind_template_child (widget_class, OtRegistryPage, organisation_entry);
  gtk_widget_class_bind_template_child (widget_class, OtRegistryPage, person_popover);
  gtk_widget_class_bind_template_child (widget_class, OtRegistryPage, person_entry);
  gtk_widget_class_bind_template_child (widget_class, OtRegistryPage, organisations_list);
  gtk_widget_class_bind_template_child (widget_class, OtRegistryPage, people_list);

  gtk_widget_class_install_action (widget_class, "registry.add-organisation", "s", add_organisation_action);
  gtk_widget_class_install_action (widget_class, "registry.add-person", "s", add_person_action);
  gtk_widget_class_install_action (widget_class, "registry.set-text", "(ixs)", set_text_action);
  gtk_widget_class_install_action (widget_class, "registry.set-organisation-kind", "(xi)", set_organisation_kind_action);
  gtk_widget_class_install_action (widget_class, "registry.set-person-organisation", "(xx)",
                                   set_person_organisation_action);
  gtk_widget_class_install_action (widget_class, "registry.merge-organisations", "(xx)", merge_action);
  gtk_widget_class_install_action (widget_class, "registry.merge-people", "(xx)", merge_action);
}

static void
ot_registry_page_init (OtRegistryPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->filter = GTK_FILTER (gtk_custom_filter_new (matches_search, self, NULL));
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (self->organisation_entry, "activate", G_CALLBACK (organisation_entry_activate_cb), self);
  g_signal_connect_swapped (self->person_entry, "activate", G_CALLBACK (person_entry_activate_cb), self);
}

void
ot_registry_page_set_store (OtRegistryPage *self,
                            OtStore        *store)
{
  g_return_if_fail (OT_IS_REGISTRY_PAGE (self));
  g_return_if_fail (OT_IS_STORE (store));

  g_set_object (&self->store, store);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    load_if_stale (self);
}
