/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-agenda-item-row.c: an agenda item card; typed lines, titles and notes are handed to the page's actions and stored at once. */
#define G_LOG_DOMAIN "ot-app"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-agenda-item-row-private.h"
#include "ot-format.h"
#include "ot-shortcuts.h"

/* Notes are stored this long after the last keystroke, so a crash loses little. */
#define NOTES_SAVE_DELAY_MS 600

G_DEFINE_FINAL_TYPE (OtAgendaItemRow, ot_agenda_item_row, GTK_TYPE_LIST_BOX_ROW)

static char *
meta_text (OtAgendaItem *item)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *submitted = ot_agenda_item_get_submitted_by_name (item);
  const char *presenter = ot_agenda_item_get_presenter_name (item);
  int minutes = ot_agenda_item_get_planned_minutes (item);

  if (submitted != NULL)
    g_ptr_array_add (parts, g_strdup_printf (_("Submitted by %s"), submitted));
  if (presenter != NULL)
    g_ptr_array_add (parts, g_strdup_printf (_("Presented by %s"), presenter));
  if (minutes > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute", "%d minutes", minutes),
                                             minutes));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static void
fill (OtAgendaItemRow *self)
{
  g_autofree char *meta = meta_text (self->item);
  const char *notes = ot_agenda_item_get_notes (self->item);
  gboolean sub = ot_agenda_item_get_parent_id (self->item) != 0;

  self->filling = TRUE;
  gtk_label_set_text (self->number_label, ot_agenda_item_get_number (self->item));
  gtk_label_set_text (self->title_label, ot_agenda_item_get_title (self->item));
  gtk_label_set_text (self->meta_label, meta);
  gtk_widget_set_visible (GTK_WIDGET (self->meta_label), *meta != '\0');
  gtk_widget_set_visible (self->addition_label, ot_agenda_item_get_is_addition (self->item));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), notes != NULL ? notes : "", -1);
  gtk_text_view_set_editable (self->notes_view, self->editable);
  gtk_widget_set_visible (GTK_WIDGET (self->notes_view), self->editable || (notes != NULL && *notes != '\0'));
  gtk_widget_set_visible (GTK_WIDGET (self->line_entry), self->editable);
  gtk_widget_set_visible (self->menu_button, self->editable);
  gtk_widget_set_visible (self->details_button, self->editable);
  if (sub)
    gtk_widget_add_css_class (GTK_WIDGET (self), "ot-sub-item");
  self->filling = FALSE;
}

static gboolean
store_notes (gpointer user_data)
{
  OtAgendaItemRow *self = user_data;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  self->notes_timeout = 0;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  gtk_widget_activate_action (GTK_WIDGET (self), "meeting.set-item-notes", "(xs)",
                              ot_agenda_item_get_id (self->item), text);
  return G_SOURCE_REMOVE;
}

static void
notes_changed_cb (OtAgendaItemRow *self,
                  GtkTextBuffer   *buffer)
{
  if (self->filling)
    return;
  g_clear_handle_id (&self->notes_timeout, g_source_remove);
  self->notes_timeout = g_timeout_add (NOTES_SAVE_DELAY_MS, store_notes, self);
}

static void
flush_notes (OtAgendaItemRow *self)
{
  if (self->notes_timeout != 0)
    {
      g_clear_handle_id (&self->notes_timeout, g_source_remove);
      store_notes (self);
    }
}

/* The title is a wrapping label, so long titles fit narrow windows; a click edits it. */
static void
start_title_edit (OtAgendaItemRow *self)
{
  if (!self->editable)
    return;
  gtk_editable_set_text (GTK_EDITABLE (self->title_entry), ot_agenda_item_get_title (self->item));
  gtk_stack_set_visible_child_name (self->title_stack, "entry");
  gtk_widget_grab_focus (GTK_WIDGET (self->title_entry));
}

static void
finish_title_edit (OtAgendaItemRow *self,
                   gboolean         store)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->title_entry));

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->title_stack), "entry") != 0)
    return;
  gtk_stack_set_visible_child_name (self->title_stack, "label");
  if (!store || *text == '\0' || g_strcmp0 (text, ot_agenda_item_get_title (self->item)) == 0)
    return;
  gtk_label_set_text (self->title_label, text);
  gtk_widget_activate_action (GTK_WIDGET (self), "meeting.set-item-title", "(xs)",
                              ot_agenda_item_get_id (self->item), text);
}

static void
title_clicked_cb (OtAgendaItemRow *self)
{
  start_title_edit (self);
}

/* Enter after a title goes on to the item's minutes, for keyboard-only work. */
static void
title_entry_activate_cb (OtAgendaItemRow *self)
{
  finish_title_edit (self, TRUE);
  if (self->editable)
    gtk_widget_grab_focus (GTK_WIDGET (self->line_entry));
}

static void
title_entry_leave_cb (OtAgendaItemRow *self)
{
  finish_title_edit (self, TRUE);
}

static gboolean
title_entry_key_cb (OtAgendaItemRow *self,
                    guint            keyval,
                    guint            keycode,
                    GdkModifierType  state)
{
  if (keyval != GDK_KEY_Escape)
    return FALSE;
  finish_title_edit (self, FALSE);
  return TRUE;
}

static void
line_activate_cb (OtAgendaItemRow *self,
                  GtkEntry        *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  if (*text == '\0')
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), "meeting.add-line", "(xs)",
                              ot_agenda_item_get_id (self->item), text);
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

/* Minute-takers move from item to item without the mouse. */
static void
focus_sibling_line (OtAgendaItemRow *self,
                    gboolean         next)
{
  GtkWidget *sibling = GTK_WIDGET (self);

  do
    sibling = next ? gtk_widget_get_next_sibling (sibling) : gtk_widget_get_prev_sibling (sibling);
  while (sibling != NULL && !OT_IS_AGENDA_ITEM_ROW (sibling));
  if (sibling != NULL)
    ot_agenda_item_row_focus_line (OT_AGENDA_ITEM_ROW (sibling));
}

static void
item_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OtAgendaItemRow *self = OT_AGENDA_ITEM_ROW (widget);
  gint64 id = ot_agenda_item_get_id (self->item);

  if (g_str_equal (action_name, "item.move-up"))
    gtk_widget_activate_action (widget, "meeting.move-item", "(xi)", id, -1);
  else if (g_str_equal (action_name, "item.move-down"))
    gtk_widget_activate_action (widget, "meeting.move-item", "(xi)", id, 1);
  else if (g_str_equal (action_name, "item.indent"))
    gtk_widget_activate_action (widget, "meeting.indent-item", "x", id);
  else if (g_str_equal (action_name, "item.outdent"))
    gtk_widget_activate_action (widget, "meeting.outdent-item", "x", id);
  else if (g_str_equal (action_name, "item.next"))
    focus_sibling_line (self, TRUE);
  else if (g_str_equal (action_name, "item.previous"))
    focus_sibling_line (self, FALSE);
  else if (g_str_equal (action_name, "item.attach"))
    ot_agenda_item_row_choose_document (self);
  else if (g_str_equal (action_name, "item.rename"))
    start_title_edit (self);
  else if (g_str_equal (action_name, "item.delete"))
    gtk_widget_activate_action (widget, "meeting.delete-item", "x", id);
}

static void
ot_agenda_item_row_dispose (GObject *object)
{
  OtAgendaItemRow *self = OT_AGENDA_ITEM_ROW (object);

  if (self->notes_timeout != 0 && self->item != NULL && gtk_widget_get_parent (GTK_WIDGET (self)) != NULL)
    flush_notes (self);
  g_clear_handle_id (&self->notes_timeout, g_source_remove);
  g_clear_object (&self->store);
  g_clear_object (&self->item);
  g_clear_object (&self->actions);
  g_clear_object (&self->documents);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->organisations);
  g_clear_object (&self->people);
  G_OBJECT_CLASS (ot_agenda_item_row_parent_class)->dispose (object);
}

static void
ot_agenda_item_row_class_init (OtAgendaItemRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ot_agenda_item_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/overlegtafel/Overlegtafel/ot-agenda-item-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OtAgendaItemRow, number_label);
  gtk_widget_class_bind_template_child (widget_class, OtAgendaItemRow, title_stack);
  gtk_widget_class_bind_template_child (widget_class, OtAgendaItemRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, OtAgendaItemRow, title_entry);
  gtk_widget_class_bind_template_child (widget_class, OtAgendaItemRow, meta_label);
  gtk_widget_class_bind_template_child (widget_class, OtAgendaItemRow, addition_label);
  gtk_widget_class_bind_template_child (widget_class, OtAgendaItemRow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, OtAgendaItemRow, details_button);
  gtk_widget_class_bind_template_child (widget_class, OtAgendaItemRow, details_popover);
  gtk_widget_class_bind_template_child (widget_class, OtAgendaItemRow, submitted_dropdown);
  gtk_widget_class_bind_template_child (widget_class, OtAgendaItemRow, presenter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, OtAgendaItemRow, minutes_spin);
  gtk_widget_class_bind_template_child (widget_class, OtAgendaItemRow, addition_check);
  gtk_widget_class_bind_template_child (widget_class, OtAgendaItemRow, notes_view);
  gtk_widget_class_bind_template_child (widget_class, OtAgendaItemRow, statements_list);
  gtk_widget_class_bind_template_child (widget_class, OtAgendaItemRow, decisions_list);
  gtk_widget_class_bind_template_child (widget_class, OtAgendaItemRow, actions_list);
  gtk_widget_class_bind_template_child (widget_class, OtAgendaItemRow, documents_list);
  gtk_widget_class_bind_template_child (widget_class, OtAgendaItemRow, line_entry);

  for (const char * const *name = (const char * const[]) { "item.next", "item.previous", "item.rename", "item.attach", "item.move-up", "item.move-down", "item.indent",
                                                          "item.outdent", "item.delete", NULL };
       *name != NULL; name++)
    gtk_widget_class_install_action (widget_class, *name, NULL, item_action);
  ot_shortcuts_add_bindings (widget_class, "item");
}

static void
ot_agenda_item_row_init (OtAgendaItemRow *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkEventController *title_focus = gtk_event_controller_focus_new ();
  GtkEventController *title_keys = gtk_event_controller_key_new ();
  GtkGesture *title_click = gtk_gesture_click_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->actions = g_list_store_new (OT_TYPE_ACTION);
  self->documents = g_list_store_new (OT_TYPE_DOCUMENT);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->notes_view), "changed",
                            G_CALLBACK (notes_changed_cb), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (flush_notes), self);
  gtk_widget_add_controller (GTK_WIDGET (self->notes_view), focus);
  g_signal_connect_swapped (title_click, "released", G_CALLBACK (title_clicked_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->title_label), GTK_EVENT_CONTROLLER (title_click));
  g_signal_connect_swapped (self->title_entry, "activate", G_CALLBACK (title_entry_activate_cb), self);
  g_signal_connect_swapped (title_focus, "leave", G_CALLBACK (title_entry_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->title_entry), title_focus);
  g_signal_connect_swapped (title_keys, "key-pressed", G_CALLBACK (title_entry_key_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->title_entry), title_keys);
  g_signal_connect_swapped (self->line_entry, "activate", G_CALLBACK (line_activate_cb), self);
  ot_agenda_item_row_details_init (self);
}

GtkWidget *
ot_agenda_item_row_new (OtStore      *store,
                        OtAgendaItem *item,
                        gboolean      editable)
{
  OtAgendaItemRow *self;

  g_return_val_if_fail (OT_IS_STORE (store), NULL);
  g_return_val_if_fail (OT_IS_AGENDA_ITEM (item), NULL);

  self = g_object_new (OT_TYPE_AGENDA_ITEM_ROW, NULL);
  self->store = g_object_ref (store);
  self->item = g_object_ref (item);
  self->editable = editable;
  fill (self);
  ot_agenda_item_row_reload_minutes (self);
  return GTK_WIDGET (self);
}

gint64
ot_agenda_item_row_get_id (OtAgendaItemRow *self)
{
  g_return_val_if_fail (OT_IS_AGENDA_ITEM_ROW (self), 0);
  return ot_agenda_item_get_id (self->item);
}

void
ot_agenda_item_row_set_notes (OtAgendaItemRow *self,
                              const char      *notes)
{
  g_return_if_fail (OT_IS_AGENDA_ITEM_ROW (self));

  self->filling = TRUE;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), notes != NULL ? notes : "", -1);
  self->filling = FALSE;
}

void
ot_agenda_item_row_focus_title (OtAgendaItemRow *self)
{
  start_title_edit (self);
}

void
ot_agenda_item_row_focus_line (OtAgendaItemRow *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->line_entry));
}

/* After an edit the page stored itself: show the item as the store has it now. */
void
ot_agenda_item_row_reload_item (OtAgendaItemRow *self)
{
  g_autoptr(OtAgendaItem) item = NULL;

  g_return_if_fail (OT_IS_AGENDA_ITEM_ROW (self));

  item = ot_store_get_agenda_item (self->store, ot_agenda_item_get_id (self->item), NULL);
  if (item == NULL)
    return;
  g_set_object (&self->item, item);
  fill (self);
}
