/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-agenda-template.c: standard agendas per series kind, and copying the previous meeting's agenda and attendees. */
#define G_LOG_DOMAIN "ot-meetings"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-agenda-template.h"
#include "ot-error.h"

/* The empty string marks where the meeting's own topics go; it is not created as an item. */
static const char *const overlegtafel_agenda[] = {
  N_("Opening and announcements"),
  N_("Minutes of the previous meeting and action list"),
  "",
  N_("Any other business"),
  N_("Closing"),
  NULL,
};

static const char *const marktconsultatie_agenda[] = {
  N_("Opening"),
  N_("Explanation of the process and planning"),
  "",
  N_("Follow-up process"),
  N_("Closing"),
  NULL,
};

static const char *const ontwikkeltafel_agenda[] = {
  N_("Opening"),
  N_("Minutes of the previous meeting and action list"),
  "",
  N_("Agreements and next steps"),
  N_("Closing"),
  NULL,
};

char **
ot_agenda_template_titles (OtSeriesKind kind)
{
  const char *const *titles = kind == OT_SERIES_KIND_MARKTCONSULTATIE ? marktconsultatie_agenda :
                              kind == OT_SERIES_KIND_ONTWIKKELTAFEL ? ontwikkeltafel_agenda :
                              overlegtafel_agenda;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; titles[i] != NULL; i++)
    g_strv_builder_add (builder, *titles[i] != '\0' ? _(titles[i]) : "");
  return g_strv_builder_end (builder);
}

static gboolean
add_standard_agenda (OtStore      *store,
                     gint64        meeting_id,
                     OtSeriesKind  kind,
                     GError      **error)
{
  g_auto(GStrv) titles = ot_agenda_template_titles (kind);

  for (guint i = 0; titles[i] != NULL; i++)
    if (*titles[i] != '\0' && ot_store_add_agenda_item (store, meeting_id, 0, titles[i], error) == 0)
      return FALSE;
  return TRUE;
}

static gboolean
copy_agenda (OtStore  *store,
             gint64    from_meeting_id,
             gint64    meeting_id,
             GError  **error)
{
  g_autoptr(GListModel) agenda = ot_store_list_agenda (store, from_meeting_id, error);
  g_autoptr(GHashTable) new_ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  if (agenda == NULL)
    return FALSE;
  /* Reading order puts parents before their sub-items, so a parent's new id is known in time. */
  for (guint i = 0; i < g_list_model_get_n_items (agenda); i++)
    {
      g_autoptr(OtAgendaItem) item = g_list_model_get_item (agenda, i);
      gint64 old_parent = ot_agenda_item_get_parent_id (item);
      gint64 *new_parent = old_parent != 0 ? g_hash_table_lookup (new_ids, &old_parent) : NULL;
      gint64 id;

      /* Items added during that meeting were one-offs; the standing agenda is what repeats. */
      if (ot_agenda_item_get_is_addition (item))
        continue;
      if (old_parent != 0 && new_parent == NULL)
        continue;
      id = ot_store_add_agenda_item (store, meeting_id, new_parent != NULL ? *new_parent : 0,
                                     ot_agenda_item_get_title (item), error);
      if (id == 0)
        return FALSE;
      if (!ot_store_set_agenda_item_details (store, id, ot_agenda_item_get_submitted_by_id (item),
                                             ot_agenda_item_get_presenter_id (item),
                                             ot_agenda_item_get_planned_minutes (item), FALSE, error))
        return FALSE;
      g_hash_table_insert (new_ids, g_memdup2 (&(gint64) { ot_agenda_item_get_id (item) }, sizeof (gint64)),
                           g_memdup2 (&id, sizeof id));
    }
  return TRUE;
}

/* Everyone who was on the previous list is invited again; whether they come is filled in
 * at the meeting, so all start as present. */
static gboolean
copy_attendees (OtStore  *store,
                gint64    from_meeting_id,
                gint64    meeting_id,
                GError  **error)
{
  g_autoptr(GListModel) attendance = ot_store_list_attendance (store, from_meeting_id, error);

  if (attendance == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (attendance); i++)
    {
      g_autoptr(OtAttendance) row = g_list_model_get_item (attendance, i);
      gint64 person = ot_attendance_get_person_id (row);
      OtAttendanceRole role = ot_attendance_get_role (row);

      if (ot_store_add_attendance (store, meeting_id, person,
                                   person != 0 ? 0 : ot_attendance_get_organisation_id (row),
                                   OT_ATTENDANCE_STATE_PRESENT,
                                   role == OT_ATTENDANCE_ROLE_GUEST ? OT_ATTENDANCE_ROLE_NONE : role,
                                   error) == 0)
        return FALSE;
    }
  return TRUE;
}

static gint64
latest_meeting (OtStore *store,
                gint64   series_id)
{
  g_autoptr(GListModel) meetings = ot_store_list_meetings (store, series_id, NULL);
  g_autoptr(OtMeeting) newest = NULL;

  if (meetings == NULL || g_list_model_get_n_items (meetings) == 0)
    return 0;
  newest = g_list_model_get_item (meetings, 0);
  return ot_meeting_get_id (newest);
}

gint64
ot_agenda_template_new_meeting (OtStore             *store,
                                const OtNewMeeting  *spec,
                                GError             **error)
{
  g_autoptr(OtSeries) series = NULL;
  gint64 previous, meeting_id;

  g_return_val_if_fail (OT_IS_STORE (store), 0);
  g_return_val_if_fail (spec != NULL, 0);

  series = ot_store_get_series (store, spec->series_id, error);
  if (series == NULL)
    return 0;
  /* The previous meeting is the newest one before this one is added. */
  previous = latest_meeting (store, spec->series_id);

  if (!ot_store_begin (store, error))
    return 0;
  meeting_id = ot_store_add_meeting (store, spec->series_id,
                                     spec->title != NULL ? spec->title : ot_series_get_name (series),
                                     spec->date, spec->start_time, spec->end_time, spec->location,
                                     spec->chair_id, spec->minute_taker_id, error);
  if (meeting_id == 0)
    goto fail;

  switch (spec->agenda)
    {
    case OT_AGENDA_START_COPY_PREVIOUS:
      if (previous != 0)
        {
          if (!copy_agenda (store, previous, meeting_id, error))
            goto fail;
          break;
        }
      G_GNUC_FALLTHROUGH;  /* a first meeting has nothing to copy */
    case OT_AGENDA_START_STANDARD:
      if (!add_standard_agenda (store, meeting_id, ot_series_get_kind (series), error))
        goto fail;
      break;
    case OT_AGENDA_START_EMPTY:
    default:
      break;
    }
  if (spec->invite_previous && previous != 0 && !copy_attendees (store, previous, meeting_id, error))
    goto fail;
  if (!ot_store_commit (store, error))
    return 0;
  return meeting_id;

fail:
  ot_store_rollback (store);
  return 0;
}
