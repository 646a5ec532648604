/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-agenda-item.c: an agenda item of a meeting, possibly a sub-item, with its minutes notes. */
#define G_LOG_DOMAIN "ot-meetings"
#include "config.h"

#include "ot-agenda-item.h"

/* Made by the store with g_object_new() and never changed afterwards: a change goes
 * through the store, which hands out fresh snapshots. The values live in OtRecord. */
struct _OtAgendaItem
{
  OtRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (OtAgendaItem, ot_agenda_item, OT_TYPE_RECORD)

enum {
  PROP_0,
  PROP_ID,
  PROP_MEETING_ID,
  PROP_PARENT_ID,
  PROP_POSITION,
  PROP_NUMBER,
  PROP_TITLE,
  PROP_SUBMITTED_BY_ID,
  PROP_SUBMITTED_BY_NAME,
  PROP_PRESENTER_ID,
  PROP_PRESENTER_NAME,
  PROP_PLANNED_MINUTES,
  PROP_NOTES,
  PROP_IS_ADDITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ot_agenda_item_class_init (OtAgendaItemClass *klass)
{
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_MEETING_ID] = g_param_spec_int64 ("meeting-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PARENT_ID] = g_param_spec_int64 ("parent-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, -1, G_MAXINT, 0, flags);
  properties[PROP_NUMBER] = g_param_spec_string ("number", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_SUBMITTED_BY_ID] = g_param_spec_int64 ("submitted-by-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_SUBMITTED_BY_NAME] = g_param_spec_string ("submitted-by-name", NULL, NULL, NULL, flags);
  properties[PROP_PRESENTER_ID] = g_param_spec_int64 ("presenter-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PRESENTER_NAME] = g_param_spec_string ("presenter-name", NULL, NULL, NULL, flags);
  properties[PROP_PLANNED_MINUTES] = g_param_spec_int ("planned-minutes", NULL, NULL, -1, G_MAXINT, -1, flags);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, NULL, flags);
  properties[PROP_IS_ADDITION] = g_param_spec_boolean ("is-addition", NULL, NULL, FALSE, flags);

  ot_record_class_install_fields (OT_RECORD_CLASS (klass), properties, N_PROPS);
}

static void
ot_agenda_item_init (OtAgendaItem *self)
{
}

gint64
ot_agenda_item_get_id (OtAgendaItem *self)
{
  return ot_record_get_int64 (OT_RECORD (self), PROP_ID);
}

gint64
ot_agenda_item_get_meeting_id (OtAgendaItem *self)
{
  return ot_record_get_int64 (OT_RECORD (self), PROP_MEETING_ID);
}

gint64
ot_agenda_item_get_parent_id (OtAgendaItem *self)
{
  return ot_record_get_int64 (OT_RECORD (self), PROP_PARENT_ID);
}

int
ot_agenda_item_get_position (OtAgendaItem *self)
{
  return ot_record_get_int (OT_RECORD (self), PROP_POSITION);
}

const char *
ot_agenda_item_get_number (OtAgendaItem *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_NUMBER);
}

const char *
ot_agenda_item_get_title (OtAgendaItem *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_TITLE);
}

gint64
ot_agenda_item_get_submitted_by_id (OtAgendaItem *self)
{
  return ot_record_get_int64 (OT_RECORD (self), PROP_SUBMITTED_BY_ID);
}

const char *
ot_agenda_item_get_submitted_by_name (OtAgendaItem *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_SUBMITTED_BY_NAME);
}

gint64
ot_agenda_item_get_presenter_id (OtAgendaItem *self)
{
  return ot_record_get_int64 (OT_RECORD (self), PROP_PRESENTER_ID);
}

const char *
ot_agenda_item_get_presenter_name (OtAgendaItem *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_PRESENTER_NAME);
}

int
ot_agenda_item_get_planned_minutes (OtAgendaItem *self)
{
  return ot_record_get_int (OT_RECORD (self), PROP_PLANNED_MINUTES);
}

const char *
ot_agenda_item_get_notes (OtAgendaItem *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_NOTES);
}

gboolean
ot_agenda_item_get_is_addition (OtAgendaItem *self)
{
  return ot_record_get_boolean (OT_RECORD (self), PROP_IS_ADDITION);
}
