/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-invite-dialog.c: invites providers to a consultation: ticked in the register, or typed as a new name. */
#define G_LOG_DOMAIN "ot-app"
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ot-invite-dialog.h"
#include "ot-store-consultations.h"

struct _OtInviteDialog
{
  AdwWindow parent_instance;

  /* template widgets */
  GtkLabel       *error_label;
  GtkSearchEntry *search_entry;
  GtkListView    *list_view;
  AdwEntryRow    *name_entry;

  /* owned references */
  OtStore        *store;
  GtkCustomFilter *filter;
  GHashTable     *invited;    /* organisation ids already invited, hidden from the list */
  GHashTable     *selected;   /* organisation ids ticked */
  gint64          consultation_id;
};

G_DEFINE_FINAL_TYPE (OtInviteDialog, ot_invite_dialog, ADW_TYPE_WINDOW)

#define ID_KEY(id) ((gpointer) (gintptr) (id))

static void
show_error (OtInviteDialog *self,
            const char     *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* Municipalities and the region are the ones asking; everyone else may be a provider,
 * including organisations whose kind was never set. */
static gboolean
organisation_visible (gpointer item,
                      gpointer user_data)
{
  OtInviteDialog *self = user_data;
  OtOrganisation *org = item;
  OtOrganisationKind kind = ot_organisation_get_kind (org);
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *name = NULL;
  g_autofree char *needle = NULL;

  if (kind == OT_ORGANISATION_KIND_GEMEENTE || kind == OT_ORGANISATION_KIND_REGIO)
    return FALSE;
  if (g_hash_table_contains (self->invited, ID_KEY (ot_organisation_get_id (org))))
    return FALSE;
  if (*search == '\0')
    return TRUE;
  name = g_utf8_casefold (ot_organisation_get_name (org), -1);
  needle = g_utf8_casefold (search, -1);
  return strstr (name, needle) != NULL;
}

static void
check_toggled_cb (GtkCheckButton *check,
                  OtInviteDialog *self)
{
  gint64 id = (gint64) (gintptr) g_object_get_data (G_OBJECT (check), "organisation-id");

  if (gtk_check_button_get_active (check))
    g_hash_table_add (self->selected, ID_KEY (id));
  else
    g_hash_table_remove (self->selected, ID_KEY (id));
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              OtInviteDialog           *self)
{
  GtkWidget *check = gtk_check_button_new ();

  gtk_widget_set_margin_top (check, 6);
  gtk_widget_set_margin_bottom (check, 6);
  gtk_widget_set_margin_start (check, 6);
  g_signal_connect (check, "toggled", G_CALLBACK (check_toggled_cb), self);
  gtk_list_item_set_activatable (item, FALSE);
  gtk_list_item_set_child (item, check);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             OtInviteDialog           *self)
{
  GtkCheckButton *check = GTK_CHECK_BUTTON (gtk_list_item_get_child (item));
  OtOrganisation *org = gtk_list_item_get_item (item);
  gint64 id = ot_organisation_get_id (org);

  /* Rows are recycled: the tick comes from the set, not from the widget's past. */
  g_signal_handlers_block_by_func (check, check_toggled_cb, self);
  gtk_check_button_set_label (check, ot_organisation_get_name (org));
  g_object_set_data (G_OBJECT (check), "organisation-id", (gpointer) (gintptr) id);
  gtk_check_button_set_active (check, g_hash_table_contains (self->selected, ID_KEY (id)));
  g_signal_handlers_unblock_by_func (check, check_toggled_cb, self);
}

static void
search_changed_cb (OtInviteDialog *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static gboolean
invite_one (OtInviteDialog  *self,
            gint64           organisation_id,
            GError         **error)
{
  return ot_store_invite (self->store, self->consultation_id, organisation_id, error) != 0;
}

/* All in one change, so a refusal leaves nothing half-invited. */
static gboolean
invite_all (OtInviteDialog  *self,
            const char      *name,
            GError         **error)
{
  GHashTableIter iter;
  gpointer key;

  if (!ot_store_begin (self->store, error))
    return FALSE;
  g_hash_table_iter_init (&iter, self->selected);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!invite_one (self, (gint64) (gintptr) key, error))
      goto fail;
  if (*name != '\0' && ot_store_invite_by_name (self->store, self->consultation_id, name, error) == 0)
    goto fail;
  return ot_store_commit (self->store, error);

fail:
  ot_store_rollback (self->store);
  return FALSE;
}

static void
invite_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OtInviteDialog *self = OT_INVITE_DIALOG (widget);
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_entry))));
  g_autoptr(GError) error = NULL;

  if (g_hash_table_size (self->selected) == 0 && *name == '\0')
    {
      show_error (self, _("Tick a provider in the list or type the name of a new one."));
      return;
    }
  if (!invite_all (self, name, &error))
    {
      show_error (self, error->message);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
name_activated_cb (OtInviteDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "dialog.invite", NULL);
}

static void
load (OtInviteDialog *self)
{
  g_autoptr(GListModel) organisations = NULL;
  g_autoptr(GListModel) invitations = NULL;
  g_autoptr(GError) error = NULL;
  GtkFilterListModel *filtered;

  invitations = ot_store_list_invitations (self->store, self->consultation_id, &error);
  if (invitations != NULL)
    organisations = ot_store_list_organisations (self->store, -1, &error);
  if (organisations == NULL)
    {
      show_error (self, error->message);
      organisations = G_LIST_MODEL (g_list_store_new (OT_TYPE_ORGANISATION));
    }
  for (guint i = 0; invitations != NULL && i < g_list_model_get_n_items (invitations); i++)
    {
      g_autoptr(OtInvitation) inv = g_list_model_get_item (invitations, i);
      g_hash_table_add (self->invited, ID_KEY (ot_invitation_get_organisation_id (inv)));
    }
  filtered = gtk_filter_list_model_new (g_object_ref (organisations), GTK_FILTER (g_object_ref (self->filter)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (filtered))));
}

static void
ot_invite_dialog_dispose (GObject *object)
{
  OtInviteDialog *self = OT_INVITE_DIALOG (object);

  g_clear_object (&self->filter);
  g_clear_pointer (&self->invited, g_hash_table_unref);
  g_clear_pointer (&self->selected, g_hash_table_unref);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (ot_invite_dialog_parent_class)->dispose (object);
}

static void
ot_invite_dialog_class_init (OtInviteDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ot_invite_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/overlegtafel/Overlegtafel/ot-invite-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OtInviteDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, OtInviteDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, OtInviteDialog, list_view);
  gtk_widget_class_bind_template_child (widget_class, OtInviteDialog, name_entry);
  gtk_widget_class_install_action (widget_class, "dialog.invite", NULL, invite_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ot_invite_dialog_init (OtInviteDialog *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->invited = g_hash_table_new (NULL, NULL);
  self->selected = g_hash_table_new (NULL, NULL);
  self->filter = gtk_custom_filter_new (organisation_visible, self, NULL);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (self->name_entry, "entry-activated", G_CALLBACK (name_activated_cb), self);
}

OtInviteDialog *
ot_invite_dialog_new (GtkWindow *parent,
                      OtStore   *store,
                      gint64     consultation_id)
{
  OtInviteDialog *self;

  g_return_val_if_fail (OT_IS_STORE (store), NULL);
  g_return_val_if_fail (consultation_id > 0, NULL);

  self = g_object_new (OT_TYPE_INVITE_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->consultation_id = consultation_id;
  load (self);
  return self;
}

void
ot_invite_dialog_select (OtInviteDialog *self,
                         gint64          organisation_id,
                         gboolean        selected)
{
  g_return_if_fail (OT_IS_INVITE_DIALOG (self));

  if (selected)
    g_hash_table_add (self->selected, ID_KEY (organisation_id));
  else
    g_hash_table_remove (self->selected, ID_KEY (organisation_id));
  /* Rebinds the rows on screen, so their ticks follow. */
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

void
ot_invite_dialog_set_name (OtInviteDialog *self,
                           const char     *name)
{
  g_return_if_fail (OT_IS_INVITE_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), name != NULL ? name : "");
}

const char *
ot_invite_dialog_get_error (OtInviteDialog *self)
{
  g_return_val_if_fail (OT_IS_INVITE_DIALOG (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->error_label)))
    return NULL;
  return gtk_label_get_text (self->error_label);
}
