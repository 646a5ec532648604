/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-invite-dialog.h: the dialog that invites providers to a consultation, from the register or by a new name. */
#pragma once

#include <adwaita.h>

#include "ot-store.h"

G_BEGIN_DECLS

#define OT_TYPE_INVITE_DIALOG (ot_invite_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OtInviteDialog, ot_invite_dialog, OT, INVITE_DIALOG, AdwWindow)

OtInviteDialog *ot_invite_dialog_new       (GtkWindow      *parent,
                                            OtStore        *store,
                                            gint64          consultation_id);
/* Ticks or unticks an organisation of the register, as a user would. */
void            ot_invite_dialog_select    (OtInviteDialog *self,
                                            gint64          organisation_id,
                                            gboolean        selected);
/* Types the name of a provider that may not be in the register yet. */
void            ot_invite_dialog_set_name  (OtInviteDialog *self,
                                            const char     *name);
/* Why the last dialog.invite was refused, as shown; NULL when it was not. */
const char     *ot_invite_dialog_get_error (OtInviteDialog *self);

G_END_DECLS
