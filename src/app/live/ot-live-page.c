/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-live-page.c: live mode: walks the agenda with a timer per item (OtLiveTimer) and stores each typed line at once. */
#define G_LOG_DOMAIN "ot-app"
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ot-format.h"
#include "ot-live-page.h"
#include "ot-live-timer.h"
#include "ot-shortcuts.h"
#include "ot-store-lines.h"

struct _OtLivePage
{
  AdwBin parent_instance;

  /* template widgets */
  AdwWindowTitle *window_title;
  GtkWidget      *timer_button;
  GtkStack       *stack;
  GtkLabel       *position_label;
  GtkLabel       *number_label;
  GtkLabel       *title_label;
  GtkLabel       *meta_label;
  GtkLabel       *timer_label;
  GtkProgressBar *progress;
  AdwEntryRow    *statement_entry;
  AdwEntryRow    *decision_entry;
  AdwEntryRow    *action_entry;
  AdwEntryRow    *item_entry;
  AdwPreferencesGroup *recorded_group;
  GtkListBox     *recorded_list;
  GtkLabel       *next_label;

  /* owned references */
  OtStore        *store;
  GListModel     *agenda;

  gint64          meeting_id;
  gint64          item_id;
  guint           index;
  OtLiveTimer     timer;
  guint           tick_id;
  gboolean        active;
};

G_DEFINE_FINAL_TYPE (OtLivePage, ot_live_page, ADW_TYPE_BIN)

static OtAgendaItem *
current_item (OtLivePage *self)
{
  if (self->agenda == NULL || self->index >= g_list_model_get_n_items (self->agenda))
    return NULL;
  return g_list_model_get_item (self->agenda, self->index);
}

static void
update_timer (OtLivePage *self)
{
  gint64 now = g_get_monotonic_time ();
  g_autofree char *text = ot_live_timer_format (&self->timer, now);
  OtLiveTimerState state = ot_live_timer_state (&self->timer, now);
  double fraction = 0;

  gtk_label_set_text (self->timer_label, text);
  gtk_widget_remove_css_class (GTK_WIDGET (self->timer_label), "ot-almost");
  gtk_widget_remove_css_class (GTK_WIDGET (self->timer_label), "ot-overrun");
  if (state == OT_LIVE_TIMER_ALMOST)
    gtk_widget_add_css_class (GTK_WIDGET (self->timer_label), "ot-almost");
  else if (state == OT_LIVE_TIMER_OVERRUN)
    gtk_widget_add_css_class (GTK_WIDGET (self->timer_label), "ot-overrun");
  if (self->timer.planned_minutes > 0)
    fraction = (double) ot_live_timer_elapsed (&self->timer, now) / (self->timer.planned_minutes * 60.0 * G_USEC_PER_SEC);
  gtk_progress_bar_set_fraction (self->progress, CLAMP (fraction, 0.0, 1.0));
  gtk_widget_set_visible (GTK_WIDGET (self->progress), self->timer.planned_minutes > 0);
  gtk_button_set_icon_name (GTK_BUTTON (self->timer_button), ot_live_timer_is_running (&self->timer)
                            ? "media-playback-pause-symbolic" : "media-playback-start-symbolic");
}

static gboolean
tick_cb (gpointer user_data)
{
  update_timer (user_data);
  return G_SOURCE_CONTINUE;
}

static void
add_recorded_row (OtLivePage *self,
                  const char *kind,
                  const char *who,
                  const char *text)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = g_markup_escape_text (text, -1);
  g_autofree char *subtitle = who != NULL ? g_markup_printf_escaped ("%s · %s", kind, who)
                                          : g_markup_escape_text (kind, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 4);
  gtk_list_box_append (self->recorded_list, row);
}

/* Few rows per item, rebuilt after each line: newest last, as in the minutes. */
static void
reload_recorded (OtLivePage *self)
{
  g_autoptr(GListModel) statements = NULL;
  g_autoptr(GListModel) decisions = NULL;
  g_autoptr(GListModel) actions = NULL;
  GtkWidget *child;
  guint shown = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recorded_list))) != NULL)
    gtk_list_box_remove (self->recorded_list, child);
  if (self->item_id == 0)
    return;
  {
    g_autoptr(OtAgendaItem) item = current_item (self);
    const char *notes = item != NULL ? ot_agenda_item_get_notes (item) : NULL;

    if (notes != NULL && *notes != '\0')
      {
        add_recorded_row (self, _("Notes"), NULL, notes);
        shown++;
      }
  }
  statements = ot_store_list_statements (self->store, self->item_id, NULL);
  decisions = ot_store_list_decisions (self->store, self->item_id, NULL);
  actions = ot_store_list_meeting_actions (self->store, self->meeting_id, NULL);
  for (guint i = 0; statements != NULL && i < g_list_model_get_n_items (statements); i++, shown++)
    {
      g_autoptr(OtStatement) statement = g_list_model_get_item (statements, i);
      add_recorded_row (self, ot_format_statement_kind (ot_statement_get_kind (statement)),
                        ot_statement_get_speaker (statement), ot_statement_get_text (statement));
    }
  for (guint i = 0; decisions != NULL && i < g_list_model_get_n_items (decisions); i++, shown++)
    {
      g_autoptr(OtDecision) decision = g_list_model_get_item (decisions, i);
      add_recorded_row (self, ot_format_decision_kind (ot_decision_get_kind (decision)), NULL,
                        ot_decision_get_text (decision));
    }
  for (guint i = 0; actions != NULL && i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(OtAction) action = g_list_model_get_item (actions, i);
      if (ot_action_get_agenda_item_id (action) != self->item_id)
        continue;
      add_recorded_row (self, _("Action"), ot_action_get_owner (action), ot_action_get_text (action));
      shown++;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->recorded_group), shown > 0);
}

static void
show_next_label (OtLivePage *self)
{
  g_autoptr(OtAgendaItem) next = NULL;
  g_autofree char *text = NULL;

  if (self->index + 1 < g_list_model_get_n_items (self->agenda))
    next = g_list_model_get_item (self->agenda, self->index + 1);
  if (next != NULL)
    text = g_strdup_printf (_("Next: %s %s"), ot_agenda_item_get_number (next), ot_agenda_item_get_title (next));
  else
    text = g_strdup (_("This is the last item."));
  gtk_label_set_text (self->next_label, text);
}

static void
show_item (OtLivePage *self,
           gboolean    restart_timer)
{
  g_autoptr(OtAgendaItem) item = current_item (self);
  g_autofree char *position = NULL;
  g_autofree char *meta = NULL;
  int planned;

  gtk_stack_set_visible_child_name (self->stack, item != NULL ? "live" : "empty");
  self->item_id = item != NULL ? ot_agenda_item_get_id (item) : 0;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "live.previous", item != NULL && self->index > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "live.next",
                                 item != NULL && self->index + 1 < g_list_model_get_n_items (self->agenda));
  if (item == NULL)
    return;
  planned = ot_agenda_item_get_planned_minutes (item);
  position = g_strdup_printf (_("Item %u of %u"), self->index + 1, g_list_model_get_n_items (self->agenda));
  gtk_label_set_text (self->position_label, position);
  gtk_label_set_text (self->number_label, ot_agenda_item_get_number (item));
  gtk_label_set_text (self->title_label, ot_agenda_item_get_title (item));
  if (planned > 0)
    meta = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute planned", "%d minutes planned", planned), planned);
  else
    meta = g_strdup (_("No time planned"));
  gtk_label_set_text (self->meta_label, meta);
  if (restart_timer)
    ot_live_timer_start (&self->timer, planned, g_get_monotonic_time ());
  update_timer (self);
  show_next_label (self);
  reload_recorded (self);
}

static void
reload (OtLivePage *self)
{
  g_autoptr(OtMeeting) meeting = NULL;
  gint64 keep = self->item_id;
  guint n;

  g_clear_object (&self->agenda);
  if (self->store != NULL && self->meeting_id != 0)
    {
      self->agenda = ot_store_list_agenda (self->store, self->meeting_id, NULL);
      meeting = ot_store_get_meeting (self->store, self->meeting_id, NULL);
    }
  if (self->agenda == NULL)
    self->agenda = G_LIST_MODEL (g_list_store_new (OT_TYPE_AGENDA_ITEM));
  adw_window_title_set_subtitle (self->window_title, meeting != NULL ? ot_meeting_get_title (meeting) : NULL);
  n = g_list_model_get_n_items (self->agenda);
  self->index = 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OtAgendaItem) item = g_list_model_get_item (self->agenda, i);
      if (ot_agenda_item_get_id (item) == keep)
        self->index = i;
    }
  show_item (self, keep == 0);
}

static void
store_changed_cb (OtLivePage *self,
                  const char *table,
                  OtStore    *store)
{
  if (g_str_equal (table, "agenda_item") || g_str_equal (table, "meeting"))
    reload (self);
  else if (g_str_equal (table, "statement") || g_str_equal (table, "decision") || g_str_equal (table, "action"))
    reload_recorded (self);
}

static void
step (OtLivePage *self,
      int         delta)
{
  guint n = g_list_model_get_n_items (self->agenda);

  if ((delta < 0 && self->index == 0) || (delta > 0 && self->index + 1 >= n))
    return;
  self->index += delta;
  show_item (self, TRUE);
}

static void
show_error (OtLivePage   *self,
            const GError *error)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (error->message));
}

static void
add_line (OtLivePage *self,
          const char *line)
{
  g_autoptr(GError) error = NULL;

  if (self->item_id == 0 || line == NULL || *line == '\0')
    return;
  if (!ot_store_add_minutes_line (self->store, self->item_id, line, NULL, &error))
    show_error (self, error);
}

/* The decision and action fields add the keyword the line reader expects. */
static char *
with_keyword (const char *text,
              const char *keyword,
              const char *alternative)
{
  if (g_ascii_strncasecmp (text, keyword, strlen (keyword)) == 0 ||
      (alternative != NULL && g_ascii_strncasecmp (text, alternative, strlen (alternative)) == 0))
    return g_strdup (text);
  return g_strconcat (keyword, text, NULL);
}

static void
entry_activated_cb (OtLivePage  *self,
                    AdwEntryRow *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *line = NULL;

  if (*text == '\0')
    return;
  if (entry == self->item_entry)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "live.add-item", "s", text);
      gtk_editable_set_text (GTK_EDITABLE (entry), "");
      return;
    }
  if (entry == self->decision_entry)
    line = with_keyword (text, "Besluit: ", "Afspraak");
  else if (entry == self->action_entry)
    line = with_keyword (text, "Actie ", NULL);
  else
    line = g_strdup (text);
  add_line (self, line);
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
live_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OtLivePage *self = OT_LIVE_PAGE (widget);
  gint64 now = g_get_monotonic_time ();

  if (g_str_equal (action_name, "live.next"))
    step (self, 1);
  else if (g_str_equal (action_name, "live.previous"))
    step (self, -1);
  else if (g_str_equal (action_name, "live.toggle-timer"))
    {
      if (ot_live_timer_is_running (&self->timer))
        ot_live_timer_pause (&self->timer, now);
      else
        ot_live_timer_resume (&self->timer, now);
      update_timer (self);
    }
  else if (g_str_equal (action_name, "live.focus-statement"))
    gtk_widget_grab_focus (GTK_WIDGET (self->statement_entry));
  else if (g_str_equal (action_name, "live.focus-decision"))
    gtk_widget_grab_focus (GTK_WIDGET (self->decision_entry));
  else if (g_str_equal (action_name, "live.focus-action"))
    gtk_widget_grab_focus (GTK_WIDGET (self->action_entry));
}

static void
add_line_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  add_line (OT_LIVE_PAGE (widget), g_variant_get_string (parameter, NULL));
}

/* An item raised during the meeting goes at the end, marked "aanvulling op agenda". */
static void
add_item_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  OtLivePage *self = OT_LIVE_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = g_strstrip (g_strdup (g_variant_get_string (parameter, NULL)));
  gint64 id;

  if (*title == '\0' || self->meeting_id == 0)
    return;
  if (!ot_store_begin (self->store, &error))
    goto out;
  id = ot_store_add_agenda_item (self->store, self->meeting_id, 0, title, &error);
  if (id == 0 || !ot_store_set_agenda_item_details (self->store, id, 0, 0, -1, TRUE, &error))
    {
      ot_store_rollback (self->store);
      goto out;
    }
  ot_store_commit (self->store, &error);
out:
  if (error != NULL)
    show_error (self, error);
}

static void
ot_live_page_dispose (GObject *object)
{
  OtLivePage *self = OT_LIVE_PAGE (object);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->agenda);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (ot_live_page_parent_class)->dispose (object);
}

static void
ot_live_page_class_init (OtLivePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ot_live_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/overlegtafel/Overlegtafel/ot-live-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OtLivePage, window_title);
  gtk_widget_class_bind_template_child (widget_class, OtLivePage, timer_button);
  gtk_widget_class_bind_template_child (widget_class, OtLivePage, stack);
  gtk_widget_class_bind_template_child (widget_class, OtLivePage, position_label);
  gtk_widget_class_bind_template_child (widget_class, OtLivePage, number_label);
  gtk_widget_class_bind_template_child (widget_class, OtLivePage, title_label);
  gtk_widget_class_bind_template_child (widget_class, OtLivePage, meta_label);
  gtk_widget_class_bind_template_child (widget_class, OtLivePage, timer_label);
  gtk_widget_class_bind_template_child (widget_class, OtLivePage, progress);
  gtk_widget_class_bind_template_child (widget_class, OtLivePage, statement_entry);
  gtk_widget_class_bind_template_child (widget_class, OtLivePage, decision_entry);
  gtk_widget_class_bind_template_child (widget_class, OtLivePage, action_entry);
  gtk_widget_class_bind_template_child (widget_class, OtLivePage, item_entry);
  gtk_widget_class_bind_template_child (widget_class, OtLivePage, recorded_group);
  gtk_widget_class_bind_template_child (widget_class, OtLivePage, recorded_list);
  gtk_widget_class_bind_template_child (widget_class, OtLivePage, next_label);

  for (const char * const *name = (const char * const[]) { "live.next", "live.previous", "live.toggle-timer",
                                                          "live.focus-statement", "live.focus-decision",
                                                          "live.focus-action", NULL };
       *name != NULL; name++)
    gtk_widget_class_install_action (widget_class, *name, NULL, live_action);
  gtk_widget_class_install_action (widget_class, "live.add-line", "s", add_line_action);
  gtk_widget_class_install_action (widget_class, "live.add-item", "s", add_item_action);
  ot_shortcuts_add_bindings (widget_class, "live");
}

static void
ot_live_page_init (OtLivePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->statement_entry, "entry-activated", G_CALLBACK (entry_activated_cb), self);
  g_signal_connect_swapped (self->decision_entry, "entry-activated", G_CALLBACK (entry_activated_cb), self);
  g_signal_connect_swapped (self->action_entry, "entry-activated", G_CALLBACK (entry_activated_cb), self);
  g_signal_connect_swapped (self->item_entry, "entry-activated", G_CALLBACK (entry_activated_cb), self);
}

void
ot_live_page_set_store (OtLivePage *self,
                        OtStore    *store)
{
  g_return_if_fail (OT_IS_LIVE_PAGE (self));
  g_return_if_fail (OT_IS_STORE (store));

  g_set_object (&self->store, store);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  reload (self);
}

void
ot_live_page_set_meeting (OtLivePage *self,
                          gint64      meeting_id)
{
  g_return_if_fail (OT_IS_LIVE_PAGE (self));

  if (self->meeting_id == meeting_id)
    return;
  self->meeting_id = meeting_id;
  self->item_id = 0;
  reload (self);
}

void
ot_live_page_set_active (OtLivePage *self,
                         gboolean    active)
{
  g_return_if_fail (OT_IS_LIVE_PAGE (self));

  self->active = active;
  g_clear_handle_id (&self->tick_id, g_source_remove);
  if (!active)
    return;
  self->tick_id = g_timeout_add_seconds (1, tick_cb, self);
  update_timer (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->statement_entry));
}

gint64
ot_live_page_get_current_item (OtLivePage *self)
{
  g_return_val_if_fail (OT_IS_LIVE_PAGE (self), 0);
  return self->item_id;
}
