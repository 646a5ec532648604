/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-agenda-item-row-private.h: the agenda item card's parts, shared by its files. */
#pragma once

#include "ot-agenda-item-row.h"

G_BEGIN_DECLS

struct _OtAgendaItemRow
{
  GtkListBoxRow parent_instance;

  /* template widgets */
  GtkLabel         *number_label;
  GtkStack         *title_stack;
  GtkLabel         *title_label;
  GtkEntry         *title_entry;
  GtkLabel         *meta_label;
  GtkWidget        *addition_label;
  GtkWidget        *menu_button;
  GtkWidget        *details_button;
  GtkPopover       *details_popover;
  GtkDropDown      *submitted_dropdown;
  GtkDropDown      *presenter_dropdown;
  GtkSpinButton    *minutes_spin;
  GtkCheckButton   *addition_check;
  GtkTextView      *notes_view;
  GtkListBox       *statements_list;
  GtkListBox       *decisions_list;
  GtkListBox       *actions_list;
  GtkListBox       *documents_list;
  GtkEntry         *line_entry;

  /* owned references */
  OtStore          *store;
  OtAgendaItem     *item;
  GListStore       *actions;
  GListStore       *documents;
  GtkFileChooserNative *chooser;
  GListModel       *organisations;  /* choices of the details popover, loaded when it opens */
  GListModel       *people;

  guint             notes_timeout;
  gboolean          editable;
  gboolean          filling;
};

/* ot-agenda-item-row-details.c: the details popover, drag and drop, attaching documents */
void ot_agenda_item_row_details_init      (OtAgendaItemRow *self);
void ot_agenda_item_row_choose_document   (OtAgendaItemRow *self);

G_END_DECLS
