/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-sidebar.c: the sidebar: a tree of series and their meetings over the store's list models. */
#define G_LOG_DOMAIN "ot-app"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-format.h"
#include "ot-sidebar.h"

struct _OtSidebar
{
  AdwBin parent_instance;

  /* template widgets */
  GtkListView        *list_view;

  /* owned references */
  OtStore            *store;
  GtkSingleSelection *selection;

  gint64              selected_id;
  gboolean            selecting;   /* a programmatic selection is not the user's pick */
};

G_DEFINE_FINAL_TYPE (OtSidebar, ot_sidebar, ADW_TYPE_BIN)

enum { MEETING_SELECTED, N_SIGNALS };
static guint signals[N_SIGNALS];

static GListModel *
create_children_cb (gpointer item,
                    gpointer user_data)
{
  OtSidebar *self = user_data;

  if (!OT_IS_SERIES (item))
    return NULL;
  return ot_store_list_meetings (self->store, ot_series_get_id (item), NULL);
}

static gpointer
row_item (GListModel *model,
          guint       position)
{
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (model, position);

  return row != NULL ? gtk_tree_list_row_get_item (row) : NULL;
}

/* A meeting can only be selected while its series is expanded; a meeting chosen elsewhere (the
 * command line, a search hit, an action) opens its series. */
static void
expand_series_of (OtSidebar *self,
                  gint64     meeting_id)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  g_autoptr(OtMeeting) meeting = ot_store_get_meeting (self->store, meeting_id, NULL);
  guint n = g_list_model_get_n_items (model);

  if (meeting == NULL)
    return;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (model, i);
      GObject *item = gtk_tree_list_row_get_item (row);
      gboolean match = OT_IS_SERIES (item)
                       && ot_series_get_id (OT_SERIES (item)) == ot_meeting_get_series_id (meeting);

      g_clear_object (&item);
      if (match)
        {
          gtk_tree_list_row_set_expanded (row, TRUE);
          return;
        }
    }
}

static guint
find_expanded_meeting (OtSidebar *self,
                       gint64     meeting_id)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = row_item (model, i);

      if (OT_IS_MEETING (item) && ot_meeting_get_id (OT_MEETING (item)) == meeting_id)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static guint
find_meeting (OtSidebar *self,
              gint64     meeting_id)
{
  guint position;

  /* Each row looked at is created, so "nothing" is not searched for. */
  if (meeting_id == 0 || self->store == NULL)
    return GTK_INVALID_LIST_POSITION;
  position = find_expanded_meeting (self, meeting_id);
  if (position == GTK_INVALID_LIST_POSITION)
    {
      expand_series_of (self, meeting_id);
      position = find_expanded_meeting (self, meeting_id);
    }
  return position;
}

static void
reload (OtSidebar *self)
{
  GListModel *series = ot_store_list_series (self->store, NULL);
  GtkTreeListModel *tree;

  if (series == NULL)
    series = G_LIST_MODEL (g_list_store_new (OT_TYPE_SERIES));
  tree = gtk_tree_list_model_new (series, FALSE, FALSE, create_children_cb, self, NULL);
  self->selecting = TRUE;
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (tree));
  gtk_single_selection_set_selected (self->selection, find_meeting (self, self->selected_id));
  self->selecting = FALSE;
  g_object_unref (tree);
}

static void
store_changed_cb (OtSidebar  *self,
                  const char *table,
                  OtStore    *store)
{
  if (g_str_equal (table, "series") || g_str_equal (table, "meeting"))
    reload (self);
}

static void
selection_changed_cb (OtSidebar          *self,
                      GParamSpec         *pspec,
                      GtkSingleSelection *selection)
{
  g_autoptr(GObject) item = NULL;
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (selection);

  if (self->selecting || row == NULL)
    return;
  item = gtk_tree_list_row_get_item (row);
  if (!OT_IS_MEETING (item))
    return;
  self->selected_id = ot_meeting_get_id (OT_MEETING (item));
  g_signal_emit (self, signals[MEETING_SELECTED], 0, self->selected_id);
}

static void
rename_activate_cb (GtkEntry *entry,
                    gpointer  user_data)
{
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (entry), GTK_TYPE_POPOVER);
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (popover), "ot-id");

  gtk_widget_activate_action (GTK_WIDGET (entry), "sidebar.rename-series", "(xs)", id,
                              gtk_editable_get_text (GTK_EDITABLE (entry)));
  gtk_popover_popdown (GTK_POPOVER (popover));
}

/* Renaming and deleting a series, from a popover made when first opened. */
static void
create_series_popup_cb (GtkMenuButton *button,
                        gpointer       user_data)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (button), "ot-id");
  const char *name = g_object_get_data (G_OBJECT (button), "ot-name");
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (_("Name of the series"));
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *delete = gtk_button_new_with_mnemonic (_("_Delete Series"));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_editable_set_text (GTK_EDITABLE (entry), name != NULL ? name : "");
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 28);
  g_signal_connect (entry, "activate", G_CALLBACK (rename_activate_cb), NULL);
  gtk_widget_add_css_class (delete, "destructive-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (delete), "win.delete");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (delete), "(ix)", (int) OT_ROW_SERIES, id);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), delete);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  g_object_set_data_full (G_OBJECT (popover), "ot-id", g_memdup2 (&id, sizeof id), g_free);
  gtk_menu_button_set_popover (button, popover);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);
  GtkWidget *menu = gtk_menu_button_new ();

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_widget_set_hexpand (box, TRUE);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu), "view-more-symbolic");
  gtk_widget_set_tooltip_text (menu, _("Series menu"));
  gtk_widget_set_valign (menu, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (menu, "flat");
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (menu), create_series_popup_cb, NULL, NULL);
  gtk_box_append (GTK_BOX (row), box);
  gtk_box_append (GTK_BOX (row), menu);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), row);
  gtk_list_item_set_child (list_item, expander);
}

static void
bind_series (GtkListItem *list_item,
             OtSeries    *series,
             GtkLabel    *title,
             GtkLabel    *subtitle)
{
  gtk_label_set_text (title, ot_series_get_name (series));
  gtk_widget_add_css_class (GTK_WIDGET (title), "heading");
  gtk_label_set_text (subtitle, ot_format_series_kind (ot_series_get_kind (series)));
  gtk_list_item_set_selectable (list_item, FALSE);
}

static void
bind_meeting (GtkListItem *list_item,
              OtMeeting   *meeting,
              GtkLabel    *title,
              GtkLabel    *subtitle)
{
  g_autofree char *date = ot_format_date (ot_meeting_get_date (meeting));
  g_autofree char *line = NULL;

  gtk_label_set_text (title, date);
  gtk_widget_remove_css_class (GTK_WIDGET (title), "heading");
  /* TRANSLATORS: in the sidebar: a meeting's title and its status, e.g. "Overlegtafel · Draft minutes". */
  line = g_strdup_printf (_("%s · %s"), ot_meeting_get_title (meeting),
                          ot_format_meeting_status (ot_meeting_get_status (meeting)));
  gtk_label_set_text (subtitle, line);
  gtk_list_item_set_selectable (list_item, TRUE);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             gpointer                  user_data)
{
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  GtkWidget *expander = gtk_list_item_get_child (list_item);
  GtkWidget *row_box = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));
  GtkWidget *box = gtk_widget_get_first_child (row_box);
  GtkWidget *menu = gtk_widget_get_last_child (row_box);
  GtkLabel *title = GTK_LABEL (gtk_widget_get_first_child (box));
  GtkLabel *subtitle = GTK_LABEL (gtk_widget_get_last_child (box));
  g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), row);
  gtk_widget_set_visible (menu, OT_IS_SERIES (item));
  /* A recycled row must not keep another series' popover. */
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (menu), NULL);
  if (OT_IS_SERIES (item))
    {
      gint64 id = ot_series_get_id (OT_SERIES (item));
      g_object_set_data_full (G_OBJECT (menu), "ot-id", g_memdup2 (&id, sizeof id), g_free);
      g_object_set_data_full (G_OBJECT (menu), "ot-name", g_strdup (ot_series_get_name (OT_SERIES (item))), g_free);
    }
  if (OT_IS_SERIES (item))
    bind_series (list_item, OT_SERIES (item), title, subtitle);
  else if (OT_IS_MEETING (item))
    bind_meeting (list_item, OT_MEETING (item), title, subtitle);
}

static void
rename_series_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  OtSidebar *self = OT_SIDEBAR (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  const char *text;
  gint64 id;

  g_variant_get (parameter, "(x&s)", &id, &text);
  name = g_strstrip (g_strdup (text));
  if (*name == '\0')
    return;
  if (!ot_store_set_text (self->store, OT_FIELD_SERIES_NAME, id, name, &error))
    {
      GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
      if (overlay != NULL)
        adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (error->message));
    }
}

static void
ot_sidebar_dispose (GObject *object)
{
  OtSidebar *self = OT_SIDEBAR (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (ot_sidebar_parent_class)->dispose (object);
}

static void
ot_sidebar_class_init (OtSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ot_sidebar_dispose;

  signals[MEETING_SELECTED] = g_signal_new ("meeting-selected", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                            G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/overlegtafel/Overlegtafel/ot-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, OtSidebar, list_view);
  gtk_widget_class_install_action (widget_class, "sidebar.rename-series", "(xs)", rename_series_action);
}

static void
ot_sidebar_init (OtSidebar *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected-item", G_CALLBACK (selection_changed_cb), self);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
}

void
ot_sidebar_set_store (OtSidebar *self,
                      OtStore   *store)
{
  g_return_if_fail (OT_IS_SIDEBAR (self));
  g_return_if_fail (OT_IS_STORE (store));

  g_set_object (&self->store, store);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  reload (self);
}

void
ot_sidebar_select_meeting (OtSidebar *self,
                           gint64     meeting_id)
{
  g_return_if_fail (OT_IS_SIDEBAR (self));

  self->selected_id = meeting_id;
  self->selecting = TRUE;
  gtk_single_selection_set_selected (self->selection, find_meeting (self, meeting_id));
  self->selecting = FALSE;
}

gint64
ot_sidebar_get_first_meeting_id (OtSidebar *self)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = row_item (model, i);

      if (OT_IS_MEETING (item))
        return ot_meeting_get_id (OT_MEETING (item));
    }
  return 0;
}

GListModel *
ot_sidebar_get_model (OtSidebar *self)
{
  g_return_val_if_fail (OT_IS_SIDEBAR (self), NULL);
  return G_LIST_MODEL (self->selection);
}
