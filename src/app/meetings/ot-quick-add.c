/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-quick-add.c: the quick-add button beside the chair, minute-taker, presenter and submitted-by choosers. */
#define G_LOG_DOMAIN "ot-app"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-quick-add.h"

static gboolean
is_person_role (OtQuickAddRole role)
{
  return role != OT_QUICK_ADD_SUBMITTED_BY;
}

static void
entry_activate_cb (GtkEntry  *entry,
                   GtkWidget *button)
{
  OtQuickAddRole role = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "ot-role"));
  gint64 *item_id = g_object_get_data (G_OBJECT (button), "ot-item-id");
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  if (*text == '\0')
    return;
  /* The popover closes first: the store's change may rebuild the chooser around it. */
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gtk_widget_activate_action (button, "meeting.quick-add", "(ixs)", (int) role, *item_id, text);
}

static GtkWidget *
popover_new (OtQuickAddRole role,
             GtkWidget     *button)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (is_person_role (role) ? _("Add a person to the register")
                                                          : _("Add an organisation to the register"));
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *popover = gtk_popover_new ();

  gtk_widget_add_css_class (label, "heading");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), is_person_role (role) ? _("Name, organisation")
                                                                           : _("Name of the organisation"));
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 28);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), FALSE);
  g_signal_connect (entry, "activate", G_CALLBACK (entry_activate_cb), button);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  return popover;
}

GtkWidget *
ot_quick_add_button_new (OtQuickAddRole role,
                         gint64         item_id)
{
  GtkWidget *button = gtk_menu_button_new ();
  gint64 *id = g_new (gint64, 1);

  *id = item_id;
  g_object_set_data (G_OBJECT (button), "ot-role", GINT_TO_POINTER (role));
  g_object_set_data_full (G_OBJECT (button), "ot-item-id", id, g_free);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), is_person_role (role) ? "contact-new-symbolic"
                                                                                 : "list-add-symbolic");
  gtk_widget_set_tooltip_text (button, is_person_role (role) ? _("Add a New Person")
                                                             : _("Add a New Organisation"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover_new (role, button));
  return button;
}
