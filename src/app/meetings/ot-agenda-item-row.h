/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-agenda-item-row.h: one agenda item with its minutes: notes, statements, decisions and actions. */
#pragma once

#include <gtk/gtk.h>

#include "ot-store.h"

G_BEGIN_DECLS

#define OT_TYPE_AGENDA_ITEM_ROW (ot_agenda_item_row_get_type ())
G_DECLARE_FINAL_TYPE (OtAgendaItemRow, ot_agenda_item_row, OT, AGENDA_ITEM_ROW, GtkListBoxRow)

/* Edits go through the meeting page's actions (meeting.*), so the row must sit inside one. */
GtkWidget *ot_agenda_item_row_new             (OtStore         *store,
                                               OtAgendaItem    *item,
                                               gboolean         editable);
gint64     ot_agenda_item_row_get_id          (OtAgendaItemRow *self);
/* Reloads statements, decisions and actions from the store. */
void       ot_agenda_item_row_reload_minutes  (OtAgendaItemRow *self);
void       ot_agenda_item_row_set_notes       (OtAgendaItemRow *self,
                                               const char      *notes);
/* Reads the item again from the store and shows it. */
void       ot_agenda_item_row_reload_item     (OtAgendaItemRow *self);
void       ot_agenda_item_row_focus_title     (OtAgendaItemRow *self);
/* Fills the open details popover again from the store. */
void       ot_agenda_item_row_refresh_details (OtAgendaItemRow *self);
void       ot_agenda_item_row_focus_line      (OtAgendaItemRow *self);

G_END_DECLS
