/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-agenda-item-row-details.c: an agenda item's details popover, dragging it by its number, and attaching documents. */
#define G_LOG_DOMAIN "ot-app"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-agenda-item-row-private.h"
#include "ot-quick-add.h"

static gint64
id_at (GListModel *model,
       guint       position,
       gint64    (*get_id) (gpointer))
{
  g_autoptr(GObject) item = NULL;

  /* Position 0 is "nobody". */
  if (model == NULL || position == 0 || position == GTK_INVALID_LIST_POSITION)
    return 0;
  item = g_list_model_get_item (model, position - 1);
  return item != NULL ? get_id (item) : 0;
}

static void
details_changed_cb (OtAgendaItemRow *self)
{
  int minutes = gtk_spin_button_get_value_as_int (self->minutes_spin);

  if (self->filling)
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), "meeting.set-item-details", "(xxxib)",
                              ot_agenda_item_get_id (self->item),
                              id_at (self->organisations, gtk_drop_down_get_selected (self->submitted_dropdown),
                                     (gint64 (*) (gpointer)) ot_organisation_get_id),
                              id_at (self->people, gtk_drop_down_get_selected (self->presenter_dropdown),
                                     (gint64 (*) (gpointer)) ot_person_get_id),
                              minutes > 0 ? minutes : -1,
                              gtk_check_button_get_active (self->addition_check));
}

static guint
fill_choices (GtkDropDown  *dropdown,
              GListModel   *model,
              const char *(*get_name) (gpointer),
              gint64      (*get_id) (gpointer),
              gint64        selected_id)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GtkExpression) expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  guint selected = 0;

  gtk_string_list_append (names, _("Nobody"));
  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      gtk_string_list_append (names, get_name (item));
      if (get_id (item) == selected_id)
        selected = i + 1;
    }
  gtk_drop_down_set_expression (dropdown, expression);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (dropdown, selected);
  return selected;
}

/* Beside each chooser of the details, a quick-add for someone not in the register yet;
 * made when the popover first opens, so a long agenda does not pay for them. */
static void
add_quick_add_buttons (OtAgendaItemRow *self)
{
  GtkGrid *grid = GTK_GRID (gtk_widget_get_parent (GTK_WIDGET (self->submitted_dropdown)));
  gint64 id = ot_agenda_item_get_id (self->item);

  if (gtk_grid_get_child_at (grid, 2, 0) != NULL)
    return;
  gtk_grid_attach (grid, ot_quick_add_button_new (OT_QUICK_ADD_SUBMITTED_BY, id), 2, 0, 1, 1);
  gtk_grid_attach (grid, ot_quick_add_button_new (OT_QUICK_ADD_PRESENTER, id), 2, 1, 1, 1);
}

/* The register is read when the popover opens, not for every row of the agenda. */
static void
details_show_cb (OtAgendaItemRow *self)
{
  int minutes = ot_agenda_item_get_planned_minutes (self->item);

  add_quick_add_buttons (self);
  self->filling = TRUE;
  g_clear_object (&self->organisations);
  g_clear_object (&self->people);
  self->organisations = ot_store_list_organisations (self->store, -1, NULL);
  self->people = ot_store_list_people (self->store, 0, NULL);
  fill_choices (self->submitted_dropdown, self->organisations, (const char *(*) (gpointer)) ot_organisation_get_name,
                (gint64 (*) (gpointer)) ot_organisation_get_id, ot_agenda_item_get_submitted_by_id (self->item));
  fill_choices (self->presenter_dropdown, self->people, (const char *(*) (gpointer)) ot_person_get_name,
                (gint64 (*) (gpointer)) ot_person_get_id, ot_agenda_item_get_presenter_id (self->item));
  gtk_spin_button_set_value (self->minutes_spin, minutes > 0 ? minutes : 0);
  gtk_check_button_set_active (self->addition_check, ot_agenda_item_get_is_addition (self->item));
  self->filling = FALSE;
}

/* Dragging an item by its number drops it in the place of the item it lands on. */
static GdkContentProvider *
drag_prepare_cb (OtAgendaItemRow *self,
                 double           x,
                 double           y)
{
  if (!self->editable)
    return NULL;
  return gdk_content_provider_new_typed (G_TYPE_INT64, ot_agenda_item_get_id (self->item));
}

static gboolean
drop_cb (OtAgendaItemRow *self,
         const GValue    *value,
         double           x,
         double           y)
{
  gint64 dragged = g_value_get_int64 (value);

  if (!self->editable || dragged == ot_agenda_item_get_id (self->item))
    return FALSE;
  gtk_widget_activate_action (GTK_WIDGET (self), "meeting.move-item-to", "(xxi)", dragged,
                              ot_agenda_item_get_parent_id (self->item), ot_agenda_item_get_position (self->item));
  return TRUE;
}

static void
setup_drag_and_drop (OtAgendaItemRow *self)
{
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INT64, GDK_ACTION_MOVE);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect_swapped (source, "prepare", G_CALLBACK (drag_prepare_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->number_label), GTK_EVENT_CONTROLLER (source));
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->number_label), "grab");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->number_label), _("Drag to move the item"));
  g_signal_connect_swapped (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

static void
chooser_response_cb (OtAgendaItemRow      *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

  if (response == GTK_RESPONSE_ACCEPT && path != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "meeting.attach-document", "(xs)",
                                ot_agenda_item_get_id (self->item), path);
  g_clear_object (&self->chooser);
}

/* GtkFileDialog is newer than GTK 4.8; the native chooser keeps portals working. */
void
ot_agenda_item_row_choose_document (OtAgendaItemRow *self)
{
  GtkWindow *window = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Attach a Document"), window, GTK_FILE_CHOOSER_ACTION_OPEN,
                                               C_("file chooser", "_Attach"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect_swapped (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

void
ot_agenda_item_row_details_init (OtAgendaItemRow *self)
{
  g_signal_connect_swapped (self->details_popover, "show", G_CALLBACK (details_show_cb), self);
  g_signal_connect_swapped (self->submitted_dropdown, "notify::selected", G_CALLBACK (details_changed_cb), self);
  g_signal_connect_swapped (self->presenter_dropdown, "notify::selected", G_CALLBACK (details_changed_cb), self);
  g_signal_connect_swapped (self->minutes_spin, "value-changed", G_CALLBACK (details_changed_cb), self);
  g_signal_connect_swapped (self->addition_check, "toggled", G_CALLBACK (details_changed_cb), self);
  setup_drag_and_drop (self);
}

/* After a quick-add the open popover offers the new name, chosen. */
void
ot_agenda_item_row_refresh_details (OtAgendaItemRow *self)
{
  if (gtk_widget_get_visible (GTK_WIDGET (self->details_popover)))
    details_show_cb (self);
}
