/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-live-timer.h: the running clock of live mode, measured against an item's planned minutes. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  OT_LIVE_TIMER_UNPLANNED,  /* the item has no planned minutes */
  OT_LIVE_TIMER_ON_TIME,
  OT_LIVE_TIMER_ALMOST,     /* the last fifth of the planned time, at most two minutes */
  OT_LIVE_TIMER_OVERRUN,
} OtLiveTimerState;

/* A plain value: the widget feeds it the monotonic clock, tests feed it any numbers. */
typedef struct
{
  gint64 started_at;      /* µs, monotonic; 0 when not running */
  gint64 accumulated;     /* µs counted before the last pause */
  int    planned_minutes; /* -1 for none */
} OtLiveTimer;

void             ot_live_timer_start      (OtLiveTimer *timer, int planned_minutes, gint64 now);
void             ot_live_timer_pause      (OtLiveTimer *timer, gint64 now);
void             ot_live_timer_resume     (OtLiveTimer *timer, gint64 now);
gboolean         ot_live_timer_is_running (const OtLiveTimer *timer);
gint64           ot_live_timer_elapsed    (const OtLiveTimer *timer, gint64 now);
OtLiveTimerState ot_live_timer_state      (const OtLiveTimer *timer, gint64 now);
/* "12:05 / 15:00", or "3:10 over" past the plan; "12:05" without a plan. Translated. */
char            *ot_live_timer_format     (const OtLiveTimer *timer, gint64 now);

G_END_DECLS
