/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-search-page.c: the search view: one FTS query per typed pause, hits in a GtkListView with marked snippets. */
#define G_LOG_DOMAIN "ot-app"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-format.h"
#include "ot-search-page.h"
#include "ot-search-snippet.h"

#define MAX_HITS 200

struct _OtSearchPage
{
  AdwBin parent_instance;

  /* template widgets */
  GtkSearchEntry *entry;
  GtkStack       *stack;
  GtkListView    *list_view;

  /* owned references */
  OtStore        *store;
  GListModel     *hits;
};

G_DEFINE_FINAL_TYPE (OtSearchPage, ot_search_page, ADW_TYPE_BIN)

static void
run_search (OtSearchPage *self,
            const char   *text)
{
  g_autoptr(GError) error = NULL;
  GtkNoSelection *selection;

  g_clear_object (&self->hits);
  if (self->store != NULL && text != NULL && *text != '\0')
    self->hits = ot_store_search (self->store, text, MAX_HITS, &error);
  if (error != NULL)
    g_debug ("Search for “%s” failed: %s", text, error->message);
  if (self->hits == NULL)
    self->hits = G_LIST_MODEL (g_list_store_new (OT_TYPE_SEARCH_HIT));
  selection = gtk_no_selection_new (g_object_ref (self->hits));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
  if (text == NULL || *text == '\0')
    gtk_stack_set_visible_child_name (self->stack, "start");
  else
    gtk_stack_set_visible_child_name (self->stack, g_list_model_get_n_items (self->hits) > 0 ? "results" : "none");
}

static void
search_changed_cb (OtSearchPage   *self,
                   GtkSearchEntry *entry)
{
  run_search (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *where = gtk_label_new (NULL);
  GtkWidget *snippet = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (where), 0);
  gtk_label_set_ellipsize (GTK_LABEL (where), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (where, "heading");
  gtk_label_set_xalign (GTK_LABEL (snippet), 0);
  gtk_label_set_wrap (GTK_LABEL (snippet), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (snippet), PANGO_WRAP_WORD_CHAR);
  gtk_box_append (GTK_BOX (box), where);
  gtk_box_append (GTK_BOX (box), snippet);
  gtk_list_item_set_child (list_item, box);
}

static const char *
source_name (const char *source)
{
  if (g_strcmp0 (source, "statement") == 0)
    return _("Statement");
  if (g_strcmp0 (source, "decision") == 0)
    return _("Decision");
  if (g_strcmp0 (source, "action") == 0)
    return _("Action");
  return _("Notes");
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             gpointer                  user_data)
{
  OtSearchHit *hit = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  g_autofree char *date = ot_format_date (ot_search_hit_get_meeting_date (hit));
  g_autofree char *markup = ot_search_snippet_to_markup (ot_search_hit_get_snippet (hit));
  g_autofree char *where = NULL;

  /* TRANSLATORS: where a search hit is: series, meeting date and kind of text, e.g. "Overlegtafel · 12 maart 2024 · Statement". */
  where = g_strdup_printf (_("%s · %s · %s"), ot_search_hit_get_series_name (hit), date,
                           source_name (ot_search_hit_get_source (hit)));
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (box)), where);
  gtk_label_set_markup (GTK_LABEL (gtk_widget_get_last_child (box)), markup);
}

static void
activate_cb (OtSearchPage *self,
             guint         position,
             GtkListView  *list_view)
{
  g_autoptr(OtSearchHit) hit = g_list_model_get_item (self->hits, position);

  if (hit != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-meeting", "(xx)",
                                ot_search_hit_get_meeting_id (hit), ot_search_hit_get_agenda_item_id (hit));
}

static void
run_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  OtSearchPage *self = OT_SEARCH_PAGE (widget);
  const char *text = g_variant_get_string (parameter, NULL);

  g_signal_handlers_block_by_func (self->entry, search_changed_cb, self);
  gtk_editable_set_text (GTK_EDITABLE (self->entry), text);
  g_signal_handlers_unblock_by_func (self->entry, search_changed_cb, self);
  run_search (self, text);
}

static void
open_hit_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  OtSearchPage *self = OT_SEARCH_PAGE (widget);
  guint position = g_variant_get_uint32 (parameter);

  if (self->hits != NULL && position < g_list_model_get_n_items (self->hits))
    activate_cb (self, position, self->list_view);
}

static void
ot_search_page_dispose (GObject *object)
{
  OtSearchPage *self = OT_SEARCH_PAGE (object);

  g_clear_object (&self->hits);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (ot_search_page_parent_class)->dispose (object);
}

static void
ot_search_page_class_init (OtSearchPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ot_search_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/overlegtafel/Overlegtafel/ot-search-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OtSearchPage, entry);
  gtk_widget_class_bind_template_child (widget_class, OtSearchPage, stack);
  gtk_widget_class_bind_template_child (widget_class, OtSearchPage, list_view);
  gtk_widget_class_install_action (widget_class, "search.run", "s", run_action);
  gtk_widget_class_install_action (widget_class, "search.open-hit", "u", open_hit_action);
}

static void
ot_search_page_init (OtSearchPage *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  g_signal_connect_swapped (self->list_view, "activate", G_CALLBACK (activate_cb), self);
  g_signal_connect_swapped (self->entry, "search-changed", G_CALLBACK (search_changed_cb), self);
}

void
ot_search_page_set_store (OtSearchPage *self,
                          OtStore      *store)
{
  g_return_if_fail (OT_IS_SEARCH_PAGE (self));
  g_return_if_fail (OT_IS_STORE (store));

  g_set_object (&self->store, store);
  run_search (self, NULL);
}

void
ot_search_page_focus_entry (OtSearchPage *self)
{
  g_return_if_fail (OT_IS_SEARCH_PAGE (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

GListModel *
ot_search_page_get_model (OtSearchPage *self)
{
  g_return_val_if_fail (OT_IS_SEARCH_PAGE (self), NULL);
  return self->hits;
}
