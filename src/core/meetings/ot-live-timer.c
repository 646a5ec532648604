/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-live-timer.c: elapsed time of the current agenda item against its plan. */
#define G_LOG_DOMAIN "ot-meetings"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-live-timer.h"

void
ot_live_timer_start (OtLiveTimer *timer,
                     int          planned_minutes,
                     gint64       now)
{
  timer->started_at = now;
  timer->accumulated = 0;
  timer->planned_minutes = planned_minutes;
}

void
ot_live_timer_pause (OtLiveTimer *timer,
                     gint64       now)
{
  if (timer->started_at == 0)
    return;
  timer->accumulated += now - timer->started_at;
  timer->started_at = 0;
}

void
ot_live_timer_resume (OtLiveTimer *timer,
                      gint64       now)
{
  if (timer->started_at == 0)
    timer->started_at = now;
}

gboolean
ot_live_timer_is_running (const OtLiveTimer *timer)
{
  return timer->started_at != 0;
}

gint64
ot_live_timer_elapsed (const OtLiveTimer *timer,
                       gint64             now)
{
  return timer->accumulated + (timer->started_at != 0 ? MAX (0, now - timer->started_at) : 0);
}

OtLiveTimerState
ot_live_timer_state (const OtLiveTimer *timer,
                     gint64             now)
{
  gint64 planned, elapsed, warning;

  if (timer->planned_minutes < 0)
    return OT_LIVE_TIMER_UNPLANNED;
  planned = (gint64) timer->planned_minutes * 60 * G_USEC_PER_SEC;
  elapsed = ot_live_timer_elapsed (timer, now);
  warning = MIN (planned / 5, 2 * 60 * G_USEC_PER_SEC);
  if (elapsed > planned)
    return OT_LIVE_TIMER_OVERRUN;
  if (elapsed >= planned - warning)
    return OT_LIVE_TIMER_ALMOST;
  return OT_LIVE_TIMER_ON_TIME;
}

static char *
format_minutes (gint64 usec)
{
  gint64 seconds = usec / G_USEC_PER_SEC;

  return g_strdup_printf ("%" G_GINT64_FORMAT ":%02d", seconds / 60, (int) (seconds % 60));
}

char *
ot_live_timer_format (const OtLiveTimer *timer,
                      gint64             now)
{
  gint64 elapsed = ot_live_timer_elapsed (timer, now);
  g_autofree char *shown = format_minutes (elapsed);
  gint64 planned;

  if (timer->planned_minutes < 0)
    return g_steal_pointer (&shown);
  planned = (gint64) timer->planned_minutes * 60 * G_USEC_PER_SEC;
  if (elapsed > planned)
    {
      g_autofree char *over = format_minutes (elapsed - planned);
      /* TRANSLATORS: time spent beyond an agenda item's planned minutes, e.g. "3:10 over time" */
      return g_strdup_printf (_("%s over time"), over);
    }
  {
    g_autofree char *plan = format_minutes (planned);
    /* TRANSLATORS: elapsed / planned time of the current agenda item, e.g. "12:05 / 15:00" */
    return g_strdup_printf (_("%s / %s"), shown, plan);
  }
}
