/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-agenda-item-row-minutes.c: the minutes under an agenda item: statements, decisions, actions and documents as lines. */
#define G_LOG_DOMAIN "ot-app"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-agenda-item-row-private.h"
#include "ot-format.h"

static GtkWidget *
delete_button (gboolean   editable,
               OtRowKind  kind,
               gint64     id,
               const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("edit-delete-symbolic");

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_visible (button, editable);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.delete");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(ix)", (int) kind, id);
  return button;
}

static GtkWidget *
text_label (const char *markup)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  return label;
}

static GtkWidget *
tag_label (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.5);
  gtk_widget_add_css_class (label, "ot-tag");
  gtk_widget_add_css_class (label, css_class);
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  return label;
}

static GtkWidget *
minutes_line (GtkWidget *tag,
              GtkWidget *body,
              GtkWidget *button)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);

  if (tag != NULL)
    gtk_box_append (GTK_BOX (box), tag);
  gtk_box_append (GTK_BOX (box), body);
  gtk_box_append (GTK_BOX (box), button);
  return box;
}

static const char * const kind_classes[] = { "ot-question", "ot-answer", "ot-remark" };

/* One click on the kind turns a question into an answer into a remark. */
static GtkWidget *
kind_button (OtAgendaItemRow *self,
             OtStatement     *statement)
{
  OtStatementKind kind = ot_statement_get_kind (statement);
  GtkWidget *button = gtk_button_new_with_label (ot_format_statement_kind (kind));

  gtk_widget_add_css_class (button, "ot-tag");
  gtk_widget_add_css_class (button, kind_classes[kind]);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_set_sensitive (button, self->editable);
  gtk_widget_set_tooltip_text (button, _("Change: question, answer, remark"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "meeting.set-statement-kind");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(xi)", ot_statement_get_id (statement),
                                    (int) ((kind + 1) % 3));
  return button;
}

static GtkWidget *
create_statement_row (gpointer item,
                      gpointer user_data)
{
  OtAgendaItemRow *self = user_data;
  OtStatement *statement = item;
  const char *speaker = ot_statement_get_speaker (statement);
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>: %s", speaker != NULL ? speaker : _("Unknown"),
                                                     ot_statement_get_text (statement));

  return minutes_line (kind_button (self, statement), text_label (markup),
                       delete_button (self->editable, OT_ROW_STATEMENT, ot_statement_get_id (statement),
                                      _("Delete the statement")));
}

/* One click on the tag turns a decision (besluit) into an agreement (afspraak) and back. */
static GtkWidget *
decision_kind_button (OtAgendaItemRow *self,
                      OtDecision      *decision)
{
  OtDecisionKind kind = ot_decision_get_kind (decision);
  GtkWidget *button = gtk_button_new_with_label (ot_format_decision_kind (kind));

  gtk_widget_add_css_class (button, "ot-tag");
  gtk_widget_add_css_class (button, kind == OT_DECISION_KIND_BESLUIT ? "ot-besluit" : "ot-afspraak");
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_set_sensitive (button, self->editable);
  gtk_widget_set_tooltip_text (button, _("Change: decision, agreement"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "meeting.set-decision-kind");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(xi)", ot_decision_get_id (decision),
                                    (int) (kind == OT_DECISION_KIND_BESLUIT ? OT_DECISION_KIND_AFSPRAAK
                                                                           : OT_DECISION_KIND_BESLUIT));
  return button;
}

static GtkWidget *
create_decision_row (gpointer item,
                     gpointer user_data)
{
  OtAgendaItemRow *self = user_data;
  OtDecision *decision = item;
  g_autofree char *markup = g_markup_escape_text (ot_decision_get_text (decision), -1);

  return minutes_line (decision_kind_button (self, decision), text_label (markup),
                       delete_button (self->editable, OT_ROW_DECISION, ot_decision_get_id (decision),
                                      _("Delete the decision")));
}

static char *
action_markup (OtAction *action)
{
  const char *owner = ot_action_get_owner (action);
  g_autofree char *due = ot_format_date (ot_action_get_due_date (action));

  if (ot_action_get_due_date (action) != NULL)
    return g_markup_printf_escaped (_("<b>%s</b>: %s <span alpha=\"60%%\">(due %s)</span>"),
                                    owner != NULL ? owner : _("Nobody"), ot_action_get_text (action), due);
  return g_markup_printf_escaped ("<b>%s</b>: %s", owner != NULL ? owner : _("Nobody"),
                                  ot_action_get_text (action));
}

static void
action_field_activate_cb (GtkEntry *entry,
                          gpointer  user_data)
{
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (entry), GTK_TYPE_POPOVER);
  GtkWidget *owner = g_object_get_data (G_OBJECT (popover), "ot-owner");
  GtkWidget *due = g_object_get_data (G_OBJECT (popover), "ot-due");
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (popover), "ot-id");

  gtk_widget_activate_action (GTK_WIDGET (popover), "meeting.edit-action", "(xss)", id,
                              gtk_editable_get_text (GTK_EDITABLE (owner)),
                              gtk_editable_get_text (GTK_EDITABLE (due)));
  gtk_popover_popdown (GTK_POPOVER (popover));
}

static GtkWidget *
action_field (GtkWidget  *grid,
              int         row,
              const char *label_text,
              const char *text,
              const char *placeholder)
{
  GtkWidget *label = gtk_label_new (label_text);
  GtkWidget *entry = gtk_entry_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 28);
  g_signal_connect (entry, "activate", G_CALLBACK (action_field_activate_cb), NULL);
  gtk_grid_attach (GTK_GRID (grid), label, 0, row, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), entry, 1, row, 1, 1);
  return entry;
}

/* Owner and due date are typed as in the minutes: a name, and a phrase such as "binnen twee weken". */
static GtkWidget *
action_edit_button (OtAction *action)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *grid = gtk_grid_new ();
  gint64 id = ot_action_get_id (action);

  gtk_grid_set_row_spacing (GTK_GRID (grid), 8);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  g_object_set_data (G_OBJECT (popover), "ot-owner",
                     action_field (grid, 0, _("Owner"), ot_action_get_owner (action), _("Name or organisation")));
  g_object_set_data (G_OBJECT (popover), "ot-due",
                     action_field (grid, 1, _("Due"), ot_action_get_due_date (action), _("binnen twee weken")));
  g_object_set_data_full (G_OBJECT (popover), "ot-id", g_memdup2 (&id, sizeof id), g_free);
  gtk_popover_set_child (GTK_POPOVER (popover), grid);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "document-edit-symbolic");
  gtk_widget_set_tooltip_text (button, _("Change the owner or due date"));
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "ot-edit");
  return button;
}

static GtkWidget *
create_action_row (gpointer item,
                   gpointer user_data)
{
  OtAgendaItemRow *self = user_data;
  OtAction *action = item;
  OtActionStatus status = ot_action_get_status (action);
  g_autofree char *markup = action_markup (action);
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *box;

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), status == OT_ACTION_STATUS_DONE);
  gtk_widget_set_valign (check, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (check, _("Done"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (check), "meeting.set-action-status");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (check), "(xi)", ot_action_get_id (action),
                                    status == OT_ACTION_STATUS_DONE ? OT_ACTION_STATUS_OPEN : OT_ACTION_STATUS_DONE);
  box = minutes_line (tag_label (_("Action"), "ot-action"), text_label (markup),
                      delete_button (self->editable, OT_ROW_ACTION, ot_action_get_id (action),
                                     _("Delete the action")));
  gtk_box_insert_child_after (GTK_BOX (box), check, gtk_widget_get_first_child (box));
  if (self->editable)
    gtk_box_insert_child_after (GTK_BOX (box), action_edit_button (action), gtk_widget_get_last_child (box));
  if (status != OT_ACTION_STATUS_OPEN)
    gtk_widget_add_css_class (box, "ot-closed");
  return box;
}

static void
bind_list (GtkListBox                 *list,
           GListModel                 *model,
           GtkListBoxCreateWidgetFunc  create,
           OtAgendaItemRow            *self)
{
  gtk_list_box_bind_model (list, model, create, self, NULL);
  gtk_widget_set_visible (GTK_WIDGET (list), model != NULL && g_list_model_get_n_items (model) > 0);
}

static GtkWidget *
create_document_row (gpointer item,
                     gpointer user_data)
{
  OtAgendaItemRow *self = user_data;
  OtDocument *document = item;
  GtkWidget *open = gtk_button_new_with_label (ot_document_get_title (document));

  gtk_widget_add_css_class (open, "flat");
  gtk_widget_set_hexpand (open, TRUE);
  gtk_widget_set_halign (open, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (open, _("Open the document"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (open), "meeting.open-document");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (open), "x", ot_document_get_id (document));
  return minutes_line (tag_label (_("Document"), "ot-document"), open,
                       delete_button (self->editable, OT_ROW_DOCUMENT, ot_document_get_id (document),
                                      _("Delete the document")));
}

static void
reload_documents (OtAgendaItemRow *self)
{
  g_autoptr(GListModel) all = ot_store_list_documents (self->store, ot_agenda_item_get_meeting_id (self->item), NULL);
  guint n = all != NULL ? g_list_model_get_n_items (all) : 0;

  g_list_store_remove_all (self->documents);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OtDocument) document = g_list_model_get_item (all, i);
      if (ot_document_get_agenda_item_id (document) == ot_agenda_item_get_id (self->item))
        g_list_store_append (self->documents, document);
    }
  bind_list (self->documents_list, G_LIST_MODEL (self->documents), create_document_row, self);
}

static void
reload_actions (OtAgendaItemRow *self)
{
  g_autoptr(GListModel) all = ot_store_list_meeting_actions (self->store, ot_agenda_item_get_meeting_id (self->item), NULL);
  guint n = all != NULL ? g_list_model_get_n_items (all) : 0;

  g_list_store_remove_all (self->actions);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OtAction) action = g_list_model_get_item (all, i);
      if (ot_action_get_agenda_item_id (action) == ot_agenda_item_get_id (self->item))
        g_list_store_append (self->actions, action);
    }
  bind_list (self->actions_list, G_LIST_MODEL (self->actions), create_action_row, self);
}

void
ot_agenda_item_row_reload_minutes (OtAgendaItemRow *self)
{
  gint64 id;
  g_autoptr(GListModel) statements = NULL;
  g_autoptr(GListModel) decisions = NULL;

  g_return_if_fail (OT_IS_AGENDA_ITEM_ROW (self));

  id = ot_agenda_item_get_id (self->item);
  statements = ot_store_list_statements (self->store, id, NULL);
  decisions = ot_store_list_decisions (self->store, id, NULL);
  bind_list (self->statements_list, statements, create_statement_row, self);
  bind_list (self->decisions_list, decisions, create_decision_row, self);
  reload_actions (self);
  reload_documents (self);
}
