/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-minutes-store.h: saving reviewed, imported minutes as a meeting of a series. */
#pragma once

#include "ot-store.h"
#include "minutes-import/ot-minutes-result.h"

G_BEGIN_DECLS

/* Stores @result as a new meeting of @series_id in one transaction: registry entries for new
 * people and organisations, attendance, agenda with sub-items and notes, statements,
 * decisions and actions. Minutes that approve the previous meeting approve it. The result
 * must have a date. Returns the meeting id, or 0 and an error (nothing is stored then). */
gint64 ot_minutes_import_store (OtStore               *store,
                                const OtMinutesResult *result,
                                gint64                 series_id,
                                GError               **error);

/* The names the registry knows, for OtMinutesImportOptions: people and organisations (with
 * their short names). Free both with g_strfreev(). */
gboolean ot_minutes_known_names_from_store (OtStore   *store,
                                            char    ***people,
                                            char    ***organisations,
                                            GError   **error);

G_END_DECLS
