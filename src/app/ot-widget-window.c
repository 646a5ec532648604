/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-widget-window.c: the window a widget sits in, as the parent of the dialogs it opens. */
#include "config.h"

#include "ot-widget-window.h"

GtkWindow *
ot_widget_get_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}
