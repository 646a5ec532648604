/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-widget-window.h: the window a widget sits in, as the parent of the dialogs it opens. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* NULL while @widget is not in a window (a test may build a page on its own). */
GtkWindow *ot_widget_get_window (GtkWidget *widget);

G_END_DECLS
