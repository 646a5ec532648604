/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-shortcuts.h: the one table of keyboard shortcuts, feeding accelerators, key bindings and the shortcuts window. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct
{
  const char *action;     /* detailed action name, e.g. "app.quit" or "meeting.add-item" */
  const char *accel;      /* in gtk_accelerator_parse() form */
  const char *section;    /* untranslated section title, translated when shown */
  const char *title;      /* untranslated, translated when shown */
} OtShortcut;

const OtShortcut *ot_shortcuts_get           (guint          *n_shortcuts);
/* Sets the accelerators of the app. and win. actions on @app. */
void              ot_shortcuts_set_accels    (GtkApplication *app);
/* Adds key bindings for the table's actions whose name starts with "@prefix." to a widget class. */
void              ot_shortcuts_add_bindings  (GtkWidgetClass *widget_class,
                                              const char     *prefix);
/* A GtkShortcutsWindow listing the whole table. */
GtkWindow        *ot_shortcuts_window_new    (GtkWindow      *parent);

G_END_DECLS
