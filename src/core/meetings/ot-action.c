/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-action.c: an action item: who does what by when, created in one meeting and closed in a later one. */
#define G_LOG_DOMAIN "ot-meetings"
#include "config.h"

#include "ot-action.h"

/* Made by the store with g_object_new() and never changed afterwards: a change goes
 * through the store, which hands out fresh snapshots. The values live in OtRecord. */
struct _OtAction
{
  OtRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (OtAction, ot_action, OT_TYPE_RECORD)

enum {
  PROP_0,
  PROP_ID,
  PROP_MEETING_ID,
  PROP_MEETING_TITLE,
  PROP_MEETING_DATE,
  PROP_SERIES_ID,
  PROP_SERIES_NAME,
  PROP_AGENDA_ITEM_ID,
  PROP_POSITION,
  PROP_TEXT,
  PROP_OWNER_PERSON_ID,
  PROP_OWNER_ORGANISATION_ID,
  PROP_OWNER_TEXT,
  PROP_OWNER,
  PROP_OWNER_ORGANISATION_NAME,
  PROP_DUE_DATE,
  PROP_STATUS,
  PROP_CLOSED_IN_ID,
  PROP_LAST_REVIEWED_IN_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ot_action_class_init (OtActionClass *klass)
{
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_MEETING_ID] = g_param_spec_int64 ("meeting-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_MEETING_TITLE] = g_param_spec_string ("meeting-title", NULL, NULL, NULL, flags);
  properties[PROP_MEETING_DATE] = g_param_spec_string ("meeting-date", NULL, NULL, NULL, flags);
  properties[PROP_SERIES_ID] = g_param_spec_int64 ("series-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_SERIES_NAME] = g_param_spec_string ("series-name", NULL, NULL, NULL, flags);
  properties[PROP_AGENDA_ITEM_ID] = g_param_spec_int64 ("agenda-item-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, -1, G_MAXINT, 0, flags);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, flags);
  properties[PROP_OWNER_PERSON_ID] = g_param_spec_int64 ("owner-person-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_OWNER_ORGANISATION_ID] = g_param_spec_int64 ("owner-organisation-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_OWNER_TEXT] = g_param_spec_string ("owner-text", NULL, NULL, NULL, flags);
  properties[PROP_OWNER] = g_param_spec_string ("owner", NULL, NULL, NULL, flags);
  properties[PROP_OWNER_ORGANISATION_NAME] = g_param_spec_string ("owner-organisation-name", NULL, NULL, NULL, flags);
  properties[PROP_DUE_DATE] = g_param_spec_string ("due-date", NULL, NULL, NULL, flags);
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, OT_TYPE_ACTION_STATUS,
                        OT_ACTION_STATUS_OPEN, flags);
  properties[PROP_CLOSED_IN_ID] = g_param_spec_int64 ("closed-in-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_LAST_REVIEWED_IN_ID] = g_param_spec_int64 ("last-reviewed-in-id", NULL, NULL, 0, G_MAXINT64, 0, flags);

  ot_record_class_install_fields (OT_RECORD_CLASS (klass), properties, N_PROPS);
}

static void
ot_action_init (OtAction *self)
{
}

gint64
ot_action_get_id (OtAction *self)
{
  return ot_record_get_int64 (OT_RECORD (self), PROP_ID);
}

gint64
ot_action_get_meeting_id (OtAction *self)
{
  return ot_record_get_int64 (OT_RECORD (self), PROP_MEETING_ID);
}

const char *
ot_action_get_meeting_title (OtAction *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_MEETING_TITLE);
}

const char *
ot_action_get_meeting_date (OtAction *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_MEETING_DATE);
}

gint64
ot_action_get_series_id (OtAction *self)
{
  return ot_record_get_int64 (OT_RECORD (self), PROP_SERIES_ID);
}

const char *
ot_action_get_series_name (OtAction *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_SERIES_NAME);
}

gint64
ot_action_get_agenda_item_id (OtAction *self)
{
  return ot_record_get_int64 (OT_RECORD (self), PROP_AGENDA_ITEM_ID);
}

int
ot_action_get_position (OtAction *self)
{
  return ot_record_get_int (OT_RECORD (self), PROP_POSITION);
}

const char *
ot_action_get_text (OtAction *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_TEXT);
}

gint64
ot_action_get_owner_person_id (OtAction *self)
{
  return ot_record_get_int64 (OT_RECORD (self), PROP_OWNER_PERSON_ID);
}

gint64
ot_action_get_owner_organisation_id (OtAction *self)
{
  return ot_record_get_int64 (OT_RECORD (self), PROP_OWNER_ORGANISATION_ID);
}

const char *
ot_action_get_owner_text (OtAction *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_OWNER_TEXT);
}

const char *
ot_action_get_owner (OtAction *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_OWNER);
}

const char *
ot_action_get_owner_organisation_name (OtAction *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_OWNER_ORGANISATION_NAME);
}

const char *
ot_action_get_due_date (OtAction *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_DUE_DATE);
}

OtActionStatus
ot_action_get_status (OtAction *self)
{
  return ot_record_get_enum (OT_RECORD (self), PROP_STATUS);
}

gint64
ot_action_get_closed_in_id (OtAction *self)
{
  return ot_record_get_int64 (OT_RECORD (self), PROP_CLOSED_IN_ID);
}

gint64
ot_action_get_last_reviewed_in_id (OtAction *self)
{
  return ot_record_get_int64 (OT_RECORD (self), PROP_LAST_REVIEWED_IN_ID);
}
