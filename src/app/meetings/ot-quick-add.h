/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-quick-add.h: a small "+" next to a chooser that adds a person or organisation to the register and chooses it. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Which chooser a quick-add fills; the parameter of meeting.quick-add is (role, item id, text). */
typedef enum
{
  OT_QUICK_ADD_CHAIR,
  OT_QUICK_ADD_MINUTE_TAKER,
  OT_QUICK_ADD_PRESENTER,
  OT_QUICK_ADD_SUBMITTED_BY,
} OtQuickAddRole;

/* A button whose popover takes a name ("Name" or "Name, Organisation" for a person) and
 * activates meeting.quick-add for @role and @item_id (0 for the meeting's own roles). */
GtkWidget *ot_quick_add_button_new (OtQuickAddRole role,
                                    gint64         item_id);

G_END_DECLS
