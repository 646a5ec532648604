/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-first-frame.h: reports when a window has painted its first frame, for the start-up benchmark. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* When $OVERLEGTAFEL_FIRST_FRAME is set, prints "first-frame <µs since the epoch>" on standard
 * error once @window has painted, and quits the application if its value is "quit". */
void ot_first_frame_watch (GtkWindow *window);

G_END_DECLS
