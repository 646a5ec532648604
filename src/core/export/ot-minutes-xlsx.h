/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-minutes-xlsx.h: minutes as a workbook: sheets Agenda, Aanwezigheid, Besluiten and Actielijst. */
#pragma once

#include "ot-minutes-document.h"

G_BEGIN_DECLS

/* Writes @doc to @path safely; an existing file only with @force. */
gboolean ot_minutes_export_xlsx (const OtMinutesDocument *doc,
                                 const char              *path,
                                 gboolean                 force,
                                 GError                 **error);

G_END_DECLS
