/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-agenda-template.h: starting a new meeting from its kind's standard agenda or from the previous meeting. */
#pragma once

#include "ot-store.h"

G_BEGIN_DECLS

typedef enum
{
  OT_AGENDA_START_STANDARD,       /* the series kind's standard agenda */
  OT_AGENDA_START_COPY_PREVIOUS,  /* the titles and sub-items of the previous meeting's agenda */
  OT_AGENDA_START_EMPTY,
} OtAgendaStart;

typedef struct
{
  gint64        series_id;
  const char   *title;          /* NULL: the series' name */
  const char   *date;           /* YYYY-MM-DD */
  const char   *start_time;
  const char   *end_time;
  const char   *location;
  gint64        chair_id;
  gint64        minute_taker_id;
  OtAgendaStart agenda;
  gboolean      invite_previous; /* the previous meeting's attendees become this one's invitation list */
} OtNewMeeting;

/* The standard agenda titles of a series kind, in order; a NULL entry marks where the
 * meeting's own topics go. Translated. Free with g_strfreev(); the marker becomes "". */
char  **ot_agenda_template_titles     (OtSeriesKind kind);
/* Creates the meeting with its agenda and invitation list in one change. Returns its id. */
gint64  ot_agenda_template_new_meeting (OtStore            *store,
                                        const OtNewMeeting *spec,
                                        GError            **error);

G_END_DECLS
