/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-settings.h: the application's GSettings, read in one place and turned into the core's plain values. */
#pragma once

#include <gtk/gtk.h>

#include "analysis/ot-disclosure.h"
#include "ot-minutes-document.h"

G_BEGIN_DECLS

/* The application's settings, shared; NULL when the schema is not installed (a build tree
 * without GSETTINGS_SCHEMA_DIR), in which case every reader below gives the built-in default. */
GSettings              *ot_settings_get                       (void);

/* The database to open at start: --db (@explicit_path) wins, then $OVERLEGTAFEL_DB, then the
 * database last chosen in the preferences when that file still exists, then the default. */
char                   *ot_settings_resolve_database          (const char *explicit_path);

/* The minimum number of submissions proposed for a new consultation (at least the floor). */
guint                   ot_settings_get_min_submissions       (void);
/* Fills the dominance and p % rules of @rules from the settings, never looser than the core
 * allows; the threshold (min_submissions) is the consultation's own and is left alone. */
void                    ot_settings_load_disclosure_rules     (OtDisclosureRules *rules);
/* Whether a change of @key changes the rules ot_settings_load_disclosure_rules() gives. */
gboolean                ot_settings_is_disclosure_key         (const char *key);
/* The cost-price deviation tolerance of rekentool import, as a fraction (0.05 for 5 %). */
double                  ot_settings_get_cost_price_tolerance  (void);
/* How the attendance list appears in public minutes, by default (never FULL). */
OtMinutesAttendanceMode ot_settings_get_public_attendance     (void);
/* The folder export and save dialogs start in: the chosen export folder when it exists, else
 * the Documents folder when there is one; NULL: leave the file chooser's own choice. */
GFile                  *ot_settings_get_export_folder         (void);
/* Points @chooser at ot_settings_get_export_folder(). */
void                    ot_settings_apply_export_folder       (GtkFileChooser *chooser);

G_END_DECLS
