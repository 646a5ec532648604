/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-window.c: the main window: wires the store into the sidebar and the views and keeps its size. */
#define G_LOG_DOMAIN "ot-app"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-window-private.h"
#include "ot-actions-page.h"
#include "ot-format.h"
#include "ot-live-page.h"
#include "ot-meeting-page.h"
#include "ot-search-page.h"
#include "ot-settings.h"
#include "ot-registry-page.h"
#include "ot-consultation-page.h"

G_DEFINE_FINAL_TYPE (OtWindow, ot_window, ADW_TYPE_APPLICATION_WINDOW)

/* "analysis" is no page of its own: it opens the analysis window over the consultation page. */
static const char * const view_names[] = { "meeting", "actions", "search", "registry", "live", "consultation", "analysis", NULL };

static void
update_overdue_badge (OtWindow *self)
{
  g_autofree char *today = ot_format_today_iso ();

  adw_view_stack_page_set_badge_number (self->actions_stack_page,
                                        ot_store_count_overdue_actions (self->store, today));
}

/* The newest meeting of the first series that has one, as the sidebar lists them; read
 * from the store, since the sidebar may not have seen the latest change yet. */
static gint64
first_meeting_id (OtWindow *self)
{
  g_autoptr(GListModel) series = ot_store_list_series (self->store, NULL);
  guint n = series != NULL ? g_list_model_get_n_items (series) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OtSeries) item = g_list_model_get_item (series, i);
      g_autoptr(GListModel) meetings = ot_store_list_meetings (self->store, ot_series_get_id (item), NULL);
      g_autoptr(OtMeeting) newest = meetings != NULL ? g_list_model_get_item (meetings, 0) : NULL;

      if (newest != NULL)
        return ot_meeting_get_id (newest);
    }
  return 0;
}

static void
store_changed_cb (OtWindow   *self,
                  const char *table,
                  OtStore    *store)
{
  if (g_str_equal (table, "action"))
    update_overdue_badge (self);
  if (g_str_equal (table, "series") || g_str_equal (table, "meeting"))
    {
      g_autoptr(OtMeeting) meeting = NULL;

      if (self->meeting_id != 0)
        meeting = ot_store_get_meeting (self->store, self->meeting_id, NULL);
      if (self->meeting_id != 0 && meeting == NULL)
        ot_window_show_meeting (self, first_meeting_id (self), 0);
      ot_window_update_empty_state (self);
      ot_window_update_actions (self);
    }
}

static void
sidebar_meeting_selected_cb (OtWindow  *self,
                             gint64     meeting_id,
                             OtSidebar *sidebar)
{
  ot_window_show_meeting (self, meeting_id, 0);
  adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
}

/* The window's size comes back at the next start, when the schema is installed. */
static void
bind_settings (OtWindow *self)
{
  GSettings *settings = ot_settings_get ();

  if (settings == NULL)
    return;
  self->settings = g_object_ref (settings);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
}

static void
ot_window_dispose (GObject *object)
{
  OtWindow *self = OT_WINDOW (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_pointer (&self->undo_toasts, g_ptr_array_unref);
  G_OBJECT_CLASS (ot_window_parent_class)->dispose (object);
}

static void
ot_window_finalize (GObject *object)
{
  OtWindow *self = OT_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (ot_window_parent_class)->finalize (object);
}

static void
ot_window_class_init (OtWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ot_window_dispose;
  object_class->finalize = ot_window_finalize;

  g_type_ensure (OT_TYPE_SIDEBAR);
  g_type_ensure (OT_TYPE_MEETING_PAGE);
  g_type_ensure (OT_TYPE_ACTIONS_PAGE);
  g_type_ensure (OT_TYPE_SEARCH_PAGE);
  g_type_ensure (OT_TYPE_REGISTRY_PAGE);
  g_type_ensure (OT_TYPE_LIVE_PAGE);
  g_type_ensure (OT_TYPE_CONSULTATION_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/overlegtafel/Overlegtafel/ot-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OtWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, mode_stack);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, sidebar_pane);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, content_pane);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, actions_stack_page);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, meeting_stack);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, empty_button);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, meeting_page);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, actions_page);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, search_page);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, registry_page);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, live_page);
  gtk_widget_class_bind_template_child_full (widget_class, "consultation_page", FALSE, 0);
}

static void
ot_window_init (OtWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->undo_toasts = g_ptr_array_new_with_free_func (g_object_unref);
  ot_window_install_actions (self);
  g_signal_connect_swapped (self->sidebar, "meeting-selected", G_CALLBACK (sidebar_meeting_selected_cb), self);
  bind_settings (self);
}

static void
set_store (OtWindow *self,
           OtStore  *store)
{
  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  ot_sidebar_set_store (self->sidebar, store);
  ot_meeting_page_set_store (OT_MEETING_PAGE (self->meeting_page), store);
  ot_actions_page_set_store (OT_ACTIONS_PAGE (self->actions_page), store);
  ot_search_page_set_store (OT_SEARCH_PAGE (self->search_page), store);
  ot_registry_page_set_store (OT_REGISTRY_PAGE (self->registry_page), store);
  ot_live_page_set_store (OT_LIVE_PAGE (self->live_page), store);
  ot_consultation_page_set_store (OT_CONSULTATION_PAGE (gtk_widget_get_template_child (GTK_WIDGET (self), OT_TYPE_WINDOW, "consultation_page")), store);
  update_overdue_badge (self);
  ot_window_update_empty_state (self);
  ot_window_show_meeting (self, first_meeting_id (self), 0);
}

OtWindow *
ot_window_new (OtApplication *app,
               OtStore       *store)
{
  OtWindow *self;

  g_return_val_if_fail (OT_IS_STORE (store), NULL);

  self = g_object_new (OT_TYPE_WINDOW, "application", app, NULL);
  set_store (self, store);
  return self;
}

OtStore *
ot_window_get_store (OtWindow *self)
{
  g_return_val_if_fail (OT_IS_WINDOW (self), NULL);
  return self->store;
}

gboolean
ot_window_is_view_name (const char *name)
{
  return name != NULL && g_strv_contains (view_names, name);
}

void
ot_window_show_view (OtWindow   *self,
                     const char *name)
{
  g_return_if_fail (OT_IS_WINDOW (self));
  g_return_if_fail (ot_window_is_view_name (name));

  if (g_str_equal (name, "live"))
    {
      g_action_group_change_action_state (G_ACTION_GROUP (self), "live", g_variant_new_boolean (TRUE));
      return;
    }
  g_action_group_change_action_state (G_ACTION_GROUP (self), "live", g_variant_new_boolean (FALSE));
  if (g_str_equal (name, "analysis"))
    {
      GtkWidget *page = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (self), OT_TYPE_WINDOW, "consultation_page"));

      adw_view_stack_set_visible_child_name (self->view_stack, "consultation");
      adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
      /* The newest consultation, as the page shows when it opens. */
      ot_consultation_page_set_consultation (OT_CONSULTATION_PAGE (page), 0);
      gtk_widget_activate_action (page, "consultation.analyse", NULL);
      return;
    }
  adw_view_stack_set_visible_child_name (self->view_stack, name);
  adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
  if (g_str_equal (name, "search"))
    ot_search_page_focus_entry (OT_SEARCH_PAGE (self->search_page));
}

const char *
ot_window_get_view (OtWindow *self)
{
  g_return_val_if_fail (OT_IS_WINDOW (self), NULL);

  if (g_str_equal (gtk_stack_get_visible_child_name (self->mode_stack), "live"))
    return "live";
  return adw_view_stack_get_visible_child_name (self->view_stack);
}

void
ot_window_show_meeting (OtWindow *self,
                        gint64    meeting_id,
                        gint64    agenda_item_id)
{
  g_return_if_fail (OT_IS_WINDOW (self));

  self->meeting_id = meeting_id;
  ot_meeting_page_set_meeting (OT_MEETING_PAGE (self->meeting_page), meeting_id);
  ot_live_page_set_meeting (OT_LIVE_PAGE (self->live_page), meeting_id);
  ot_sidebar_select_meeting (self->sidebar, meeting_id);
  ot_window_update_empty_state (self);
  ot_window_update_actions (self);
  if (agenda_item_id != 0)
    ot_meeting_page_scroll_to_item (OT_MEETING_PAGE (self->meeting_page), agenda_item_id);
}

gint64
ot_window_get_meeting_id (OtWindow *self)
{
  g_return_val_if_fail (OT_IS_WINDOW (self), 0);
  return self->meeting_id;
}

GtkWidget *
ot_window_get_sidebar (OtWindow *self)
{
  return GTK_WIDGET (self->sidebar);
}

GtkWidget *
ot_window_get_meeting_page (OtWindow *self)
{
  return self->meeting_page;
}

GtkWidget *
ot_window_get_actions_page (OtWindow *self)
{
  return self->actions_page;
}

GtkWidget *
ot_window_get_search_page (OtWindow *self)
{
  return self->search_page;
}

GtkWidget *
ot_window_get_registry_page (OtWindow *self)
{
  return self->registry_page;
}

GtkWidget *
ot_window_get_live_page (OtWindow *self)
{
  return self->live_page;
}

void
ot_window_add_toast (OtWindow *self,
                     AdwToast *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
