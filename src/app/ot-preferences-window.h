/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-preferences-window.h: the preferences: database file and backup, export folder, anonymisation defaults. */
#pragma once

#include <adwaita.h>

#include "ot-store.h"

G_BEGIN_DECLS

#define OT_TYPE_PREFERENCES_WINDOW (ot_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (OtPreferencesWindow, ot_preferences_window, OT, PREFERENCES_WINDOW, AdwPreferencesWindow)

/* @store is the open database, shown and backed up; @settings may be NULL for the
 * application's own (ot_settings_get()); without an installed schema the rows that would be
 * kept in it are insensitive. A database chosen here is remembered as "last-database" and
 * opened at the next start (see ot_settings_resolve_database()).
 *
 * Signal "open-database" (const char *path) → gboolean: the user chose another database,
 * which opened fine. A handler that switches to it returns TRUE; when none does, the window
 * starts a new instance of the program on that database.
 *
 * Widget actions: "preferences.open-database", "preferences.backup",
 * "preferences.choose-export-folder" (file choosers), "preferences.reset-export-folder", and
 * "preferences.open-database-at" / "preferences.backup-to" taking the path as a string. */
OtPreferencesWindow *ot_preferences_window_new (GtkWindow *parent,
                                                OtStore   *store,
                                                GSettings *settings);

G_END_DECLS
