/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-window-actions.c: the window's actions (win.*): views, live mode, new series and meetings, delete with undo. */
#define G_LOG_DOMAIN "ot-app"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-window-private.h"
#include "ot-live-page.h"
#include "ot-new-meeting-dialog.h"
#include "ot-new-series-dialog.h"
#include "ot-minutes-import-dialog.h"

static void
show_error_toast (OtWindow     *self,
                  const GError *error)
{
  AdwToast *toast = adw_toast_new (error->message);

  adw_toast_set_timeout (toast, 6);
  ot_window_add_toast (self, toast);
}

static void
show_view_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  const char *name = g_variant_get_string (parameter, NULL);

  if (ot_window_is_view_name (name))
    ot_window_show_view (OT_WINDOW (user_data), name);
}

static void
show_meeting_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  OtWindow *self = user_data;
  gint64 meeting_id, item_id;

  g_variant_get (parameter, "(xx)", &meeting_id, &item_id);
  ot_window_show_meeting (self, meeting_id, item_id);
  ot_window_show_view (self, "meeting");
}

static void
show_sidebar_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  OtWindow *self = user_data;

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar_pane);
}

static void
live_change_state (GSimpleAction *action,
                   GVariant      *state,
                   gpointer       user_data)
{
  OtWindow *self = user_data;
  gboolean live = g_variant_get_boolean (state);

  g_simple_action_set_state (action, state);
  gtk_stack_set_visible_child_name (self->mode_stack, live ? "live" : "main");
  ot_live_page_set_active (OT_LIVE_PAGE (self->live_page), live);
}

static void
new_series_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  OtWindow *self = user_data;

  gtk_window_present (GTK_WINDOW (ot_new_series_dialog_new (GTK_WINDOW (self), self->store)));
}

static void
new_meeting_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  OtWindow *self = user_data;

  gtk_window_present (GTK_WINDOW (ot_new_meeting_dialog_new (GTK_WINDOW (self), self->store,
                                                             self->meeting_id)));
}

static void
import_minutes_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  OtWindow *self = user_data;

  gtk_window_present (GTK_WINDOW (ot_minutes_import_dialog_new (GTK_WINDOW (self), self->store)));
}

static const char *
deleted_message (OtRowKind kind)
{
  switch (kind)
    {
    case OT_ROW_ORGANISATION: return _("Organisation deleted");
    case OT_ROW_PERSON: return _("Person deleted");
    case OT_ROW_SERIES: return _("Series deleted");
    case OT_ROW_MEETING: return _("Meeting deleted");
    case OT_ROW_ATTENDANCE: return _("Removed from the attendance list");
    case OT_ROW_AGENDA_ITEM: return _("Agenda item deleted");
    case OT_ROW_STATEMENT: return _("Statement deleted");
    case OT_ROW_DECISION: return _("Decision deleted");
    case OT_ROW_ACTION: return _("Action deleted");
    case OT_ROW_DOCUMENT: return _("Document deleted");
    default: return _("Deleted");
    }
}

static void
undo_toast_dismissed_cb (AdwToast *toast,
                         OtWindow *self)
{
  if (self->undo_toasts != NULL)
    g_ptr_array_remove (self->undo_toasts, toast);
}

/* Every delete is undoable while its toast is shown; the toast holds the deleted record. */
static void
delete_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  OtWindow *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) record = NULL;
  AdwToast *toast;
  int kind;
  gint64 id;

  g_variant_get (parameter, "(ix)", &kind, &id);
  if (kind < OT_ROW_ORGANISATION || kind > OT_ROW_DOCUMENT)
    return;
  record = ot_store_delete (self->store, kind, id, &error);
  if (record == NULL)
    {
      show_error_toast (self, error);
      return;
    }
  toast = adw_toast_new (deleted_message (kind));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "ot-record", g_steal_pointer (&record),
                          (GDestroyNotify) g_bytes_unref);
  g_ptr_array_add (self->undo_toasts, g_object_ref (toast));
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (undo_toast_dismissed_cb), self, 0);
  ot_window_add_toast (self, toast);
}

static void
undo_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  OtWindow *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(AdwToast) toast = NULL;
  GBytes *record;

  if (self->undo_toasts->len == 0)
    return;
  toast = g_ptr_array_steal_index (self->undo_toasts, self->undo_toasts->len - 1);
  record = g_object_get_data (G_OBJECT (toast), "ot-record");
  if (!ot_store_undo_delete (self->store, record, &error))
    show_error_toast (self, error);
  adw_toast_dismiss (toast);
}

static const GActionEntry win_actions[] = {
  { "show-view", show_view_action, "s" },
  { "show-meeting", show_meeting_action, "(xx)" },
  { "show-sidebar", show_sidebar_action },
  { "live", NULL, NULL, "false", live_change_state },
  { "new-series", new_series_action },
  { "new-meeting", new_meeting_action },
  { "import-minutes", import_minutes_action },
  { "delete", delete_action, "(ix)" },
  { "undo", undo_action },
};

void
ot_window_install_actions (OtWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions, G_N_ELEMENTS (win_actions), self);
}

static void
set_enabled (OtWindow   *self,
             const char *name,
             gboolean    enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

/* Which window actions are possible now, in one place. */
void
ot_window_update_actions (OtWindow *self)
{
  gboolean has_series = self->store != NULL && !ot_store_is_empty (self->store);

  set_enabled (self, "new-meeting", has_series);
  set_enabled (self, "live", self->meeting_id != 0);
}

void
ot_window_update_empty_state (OtWindow *self)
{
  gboolean empty = self->store == NULL || ot_store_is_empty (self->store);

  gtk_stack_set_visible_child_name (self->meeting_stack, self->meeting_id != 0 ? "meeting" : "empty");
  if (empty)
    {
      adw_status_page_set_title (self->empty_page, _("No Meetings Yet"));
      adw_status_page_set_description (self->empty_page,
                                       _("Start a series for your consultation table or market consultation, then plan its first meeting."));
      gtk_button_set_label (GTK_BUTTON (self->empty_button), _("New _Series…"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->empty_button), "win.new-series");
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _("No Meeting Chosen"));
      adw_status_page_set_description (self->empty_page,
                                       _("Choose a meeting in the sidebar, or plan a new one in a series."));
      gtk_button_set_label (GTK_BUTTON (self->empty_button), _("New _Meeting…"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->empty_button), "win.new-meeting");
    }
}
