/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-actions-page.c: the actions overview; every filter change is one store query, shown in a GtkListView. */
#define G_LOG_DOMAIN "ot-app"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-actions-page.h"
#include "ot-format.h"

struct _OtActionsPage
{
  AdwBin parent_instance;

  /* template widgets */
  GtkToggleButton *open_toggle;
  GtkToggleButton *overdue_toggle;
  GtkSearchEntry  *owner_entry;
  GtkDropDown     *organisation_dropdown;
  GtkDropDown     *series_dropdown;
  GtkLabel        *count_label;
  GtkStack        *stack;
  GtkListView     *list_view;

  /* owned references */
  OtStore         *store;
  GListModel      *actions;
  GListModel      *organisations;
  GListModel      *series;

  gboolean         filling;
  gboolean         stale;      /* changed while hidden: reloaded when shown */
};

G_DEFINE_FINAL_TYPE (OtActionsPage, ot_actions_page, ADW_TYPE_BIN)

static gint64
selected_id (GtkDropDown *dropdown,
             GListModel  *model,
             gint64     (*get_id) (gpointer))
{
  guint position = gtk_drop_down_get_selected (dropdown);
  g_autoptr(GObject) item = NULL;

  /* Position 0 is "all". */
  if (model == NULL || position == 0 || position == GTK_INVALID_LIST_POSITION)
    return 0;
  item = g_list_model_get_item (model, position - 1);
  return item != NULL ? get_id (item) : 0;
}

static void
refilter (OtActionsPage *self)
{
  g_autofree char *today = ot_format_today_iso ();
  g_autofree char *count = NULL;
  const char *owner = gtk_editable_get_text (GTK_EDITABLE (self->owner_entry));
  OtActionFilter filter = { 0 };
  GtkNoSelection *selection;
  guint n;

  if (self->store == NULL || self->filling)
    return;
  filter.open_only = gtk_toggle_button_get_active (self->open_toggle);
  filter.overdue_on = gtk_toggle_button_get_active (self->overdue_toggle) ? today : NULL;
  filter.owner = *owner != '\0' ? owner : NULL;
  filter.organisation_id = selected_id (self->organisation_dropdown, self->organisations,
                                        (gint64 (*) (gpointer)) ot_organisation_get_id);
  filter.series_id = selected_id (self->series_dropdown, self->series, (gint64 (*) (gpointer)) ot_series_get_id);
  g_clear_object (&self->actions);
  self->actions = ot_store_list_actions (self->store, &filter, NULL);
  if (self->actions == NULL)
    self->actions = G_LIST_MODEL (g_list_store_new (OT_TYPE_ACTION));
  selection = gtk_no_selection_new (g_object_ref (self->actions));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
  n = g_list_model_get_n_items (self->actions);
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u action", "%u actions", n), n);
  gtk_label_set_text (self->count_label, count);
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
}

static GtkStringList *
names_with_all (GListModel  *model,
                const char  *all,
                const char *(*get_name) (gpointer))
{
  GtkStringList *names = gtk_string_list_new (NULL);
  guint n = model != NULL ? g_list_model_get_n_items (model) : 0;

  gtk_string_list_append (names, all);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      gtk_string_list_append (names, get_name (item));
    }
  return names;
}

static void
reload_choices (OtActionsPage *self)
{
  g_autoptr(GtkStringList) organisations = NULL;
  g_autoptr(GtkStringList) series = NULL;

  self->filling = TRUE;
  g_clear_object (&self->organisations);
  g_clear_object (&self->series);
  self->organisations = ot_store_list_organisations (self->store, -1, NULL);
  self->series = ot_store_list_series (self->store, NULL);
  organisations = names_with_all (self->organisations, _("All organisations"),
                                  (const char *(*) (gpointer)) ot_organisation_get_name);
  series = names_with_all (self->series, _("All series"), (const char *(*) (gpointer)) ot_series_get_name);
  gtk_drop_down_set_model (self->organisation_dropdown, G_LIST_MODEL (organisations));
  gtk_drop_down_set_model (self->series_dropdown, G_LIST_MODEL (series));
  self->filling = FALSE;
}

static void
ensure_loaded (OtActionsPage *self)
{
  if (!self->stale || self->store == NULL)
    return;
  self->stale = FALSE;
  reload_choices (self);
  refilter (self);
}

/* Hidden, the overview only notes that it is stale: start-up and edits stay fast. */
static void
ot_actions_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (ot_actions_page_parent_class)->map (widget);
  ensure_loaded (OT_ACTIONS_PAGE (widget));
}

static void
store_changed_cb (OtActionsPage *self,
                  const char    *table,
                  OtStore       *store)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  if (g_str_equal (table, "organisation") || g_str_equal (table, "series"))
    reload_choices (self);
  if (g_str_equal (table, "action") || g_str_equal (table, "organisation") || g_str_equal (table, "series") ||
      g_str_equal (table, "person") || g_str_equal (table, "meeting"))
    refilter (self);
}

static void
filter_changed_cb (OtActionsPage *self)
{
  refilter (self);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *text_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *meta = gtk_label_new (NULL);
  GtkWidget *due = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (meta), 0);
  gtk_label_set_ellipsize (GTK_LABEL (meta), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (meta, "caption");
  gtk_widget_add_css_class (meta, "dim-label");
  gtk_widget_set_hexpand (text_box, TRUE);
  gtk_widget_set_valign (due, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (due, "numeric");
  gtk_box_append (GTK_BOX (text_box), title);
  gtk_box_append (GTK_BOX (text_box), meta);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), text_box);
  gtk_box_append (GTK_BOX (box), due);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             OtActionsPage            *self)
{
  OtAction *action = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *icon = gtk_widget_get_first_child (box);
  GtkWidget *text_box = gtk_widget_get_next_sibling (icon);
  GtkWidget *due_label = gtk_widget_get_last_child (box);
  g_autofree char *today = ot_format_today_iso ();
  g_autofree char *meeting_date = ot_format_date (ot_action_get_meeting_date (action));
  g_autofree char *due = ot_format_date (ot_action_get_due_date (action));
  g_autofree char *meta = NULL;
  const char *owner = ot_action_get_owner (action);
  const char *due_iso = ot_action_get_due_date (action);
  OtActionStatus status = ot_action_get_status (action);
  gboolean overdue = status == OT_ACTION_STATUS_OPEN && due_iso != NULL && g_strcmp0 (due_iso, today) < 0;

  gtk_image_set_from_icon_name (GTK_IMAGE (icon), status == OT_ACTION_STATUS_OPEN ? "radio-symbolic"
                                : status == OT_ACTION_STATUS_DONE ? "object-select-symbolic"
                                : "window-close-symbolic");
  gtk_widget_set_tooltip_text (icon, ot_format_action_status (status));
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (text_box)), ot_action_get_text (action));
  /* TRANSLATORS: under an action: its owner, the series and the date of the meeting that made it. */
  meta = g_strdup_printf (_("%s · %s, %s"), owner != NULL ? owner : _("Nobody"),
                          ot_action_get_series_name (action), meeting_date);
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (text_box)), meta);
  gtk_label_set_text (GTK_LABEL (due_label), due_iso != NULL ? due : _("No due date"));
  if (overdue)
    gtk_widget_add_css_class (due_label, "ot-overdue");
  else
    gtk_widget_remove_css_class (due_label, "ot-overdue");
}

static void
activate_cb (OtActionsPage *self,
             guint          position,
             GtkListView   *list_view)
{
  g_autoptr(OtAction) action = g_list_model_get_item (self->actions, position);

  if (action != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-meeting", "(xx)",
                                ot_action_get_meeting_id (action), ot_action_get_agenda_item_id (action));
}

static void
ot_actions_page_dispose (GObject *object)
{
  OtActionsPage *self = OT_ACTIONS_PAGE (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->actions);
  g_clear_object (&self->organisations);
  g_clear_object (&self->series);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (ot_actions_page_parent_class)->dispose (object);
}

static void
ot_actions_page_class_init (OtActionsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ot_actions_page_dispose;
  widget_class->map = ot_actions_page_map;

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/overlegtafel/Overlegtafel/ot-actions-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OtActionsPage, open_toggle);
  gtk_widget_class_bind_template_child (widget_class, OtActionsPage, overdue_toggle);
  gtk_widget_class_bind_template_child (widget_class, OtActionsPage, owner_entry);
  gtk_widget_class_bind_template_child (widget_class, OtActionsPage, organisation_dropdown);
  gtk_widget_class_bind_template_child (widget_class, OtActionsPage, series_dropdown);
  gtk_widget_class_bind_template_child (widget_class, OtActionsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, OtActionsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, OtActionsPage, list_view);
}

static void
ot_actions_page_init (OtActionsPage *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  g_signal_connect_swapped (self->list_view, "activate", G_CALLBACK (activate_cb), self);
  g_signal_connect_swapped (self->open_toggle, "toggled", G_CALLBACK (filter_changed_cb), self);
  g_signal_connect_swapped (self->overdue_toggle, "toggled", G_CALLBACK (filter_changed_cb), self);
  g_signal_connect_swapped (self->owner_entry, "search-changed", G_CALLBACK (filter_changed_cb), self);
  g_signal_connect_swapped (self->organisation_dropdown, "notify::selected", G_CALLBACK (filter_changed_cb), self);
  g_signal_connect_swapped (self->series_dropdown, "notify::selected", G_CALLBACK (filter_changed_cb), self);
}

void
ot_actions_page_set_store (OtActionsPage *self,
                           OtStore       *store)
{
  g_return_if_fail (OT_IS_ACTIONS_PAGE (self));
  g_return_if_fail (OT_IS_STORE (store));

  g_set_object (&self->store, store);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    ensure_loaded (self);
}

GListModel *
ot_actions_page_get_model (OtActionsPage *self)
{
  g_return_val_if_fail (OT_IS_ACTIONS_PAGE (self), NULL);
  ensure_loaded (self);
  return self->actions;
}

void
ot_actions_page_set_filters (OtActionsPage *self,
                             gboolean       open_only,
                             gboolean       overdue_only,
                             const char    *owner)
{
  g_return_if_fail (OT_IS_ACTIONS_PAGE (self));

  ensure_loaded (self);
  self->filling = TRUE;
  gtk_toggle_button_set_active (self->open_toggle, open_only);
  gtk_toggle_button_set_active (self->overdue_toggle, overdue_only);
  gtk_editable_set_text (GTK_EDITABLE (self->owner_entry), owner != NULL ? owner : "");
  self->filling = FALSE;
  refilter (self);
}
