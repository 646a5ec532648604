/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-first-frame.c: start-up time as a user sees it: from the command to the first painted frame. */
#define G_LOG_DOMAIN "ot-app"
#include "config.h"

#include "ot-first-frame.h"

static void
after_paint_cb (GdkFrameClock *clock,
                GtkWindow     *window)
{
  /* Wall-clock time, so the benchmark can subtract the moment it started the process,
   * which includes loading the program and its libraries. */
  g_printerr ("first-frame %" G_GINT64_FORMAT "\n", g_get_real_time ());
  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, window);
  if (g_strcmp0 (g_getenv ("OVERLEGTAFEL_FIRST_FRAME"), "quit") == 0)
    g_application_quit (g_application_get_default ());
}

static void
realize_cb (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), widget);
}

void
ot_first_frame_watch (GtkWindow *window)
{
  if (g_getenv ("OVERLEGTAFEL_FIRST_FRAME") == NULL)
    return;
  g_signal_connect (window, "realize", G_CALLBACK (realize_cb), NULL);
}
