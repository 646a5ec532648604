/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-statement.c: a question, answer or remark made under an agenda item, by a person, an organisation or a group. */
#define G_LOG_DOMAIN "ot-meetings"
#include "config.h"

#include "ot-statement.h"

/* Made by the store with g_object_new() and never changed afterwards: a change goes
 * through the store, which hands out fresh snapshots. The values live in OtRecord. */
struct _OtStatement
{
  OtRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (OtStatement, ot_statement, OT_TYPE_RECORD)

enum {
  PROP_0,
  PROP_ID,
  PROP_AGENDA_ITEM_ID,
  PROP_POSITION,
  PROP_SPEAKER_PERSON_ID,
  PROP_SPEAKER_ORGANISATION_ID,
  PROP_SPEAKER_LABEL,
  PROP_SPEAKER,
  PROP_KIND,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ot_statement_class_init (OtStatementClass *klass)
{
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_AGENDA_ITEM_ID] = g_param_spec_int64 ("agenda-item-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, -1, G_MAXINT, 0, flags);
  properties[PROP_SPEAKER_PERSON_ID] = g_param_spec_int64 ("speaker-person-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_SPEAKER_ORGANISATION_ID] = g_param_spec_int64 ("speaker-organisation-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_SPEAKER_LABEL] = g_param_spec_string ("speaker-label", NULL, NULL, NULL, flags);
  properties[PROP_SPEAKER] = g_param_spec_string ("speaker", NULL, NULL, NULL, flags);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, OT_TYPE_STATEMENT_KIND,
                        OT_STATEMENT_KIND_QUESTION, flags);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, flags);

  ot_record_class_install_fields (OT_RECORD_CLASS (klass), properties, N_PROPS);
}

static void
ot_statement_init (OtStatement *self)
{
}

gint64
ot_statement_get_id (OtStatement *self)
{
  return ot_record_get_int64 (OT_RECORD (self), PROP_ID);
}

gint64
ot_statement_get_agenda_item_id (OtStatement *self)
{
  return ot_record_get_int64 (OT_RECORD (self), PROP_AGENDA_ITEM_ID);
}

int
ot_statement_get_position (OtStatement *self)
{
  return ot_record_get_int (OT_RECORD (self), PROP_POSITION);
}

gint64
ot_statement_get_speaker_person_id (OtStatement *self)
{
  return ot_record_get_int64 (OT_RECORD (self), PROP_SPEAKER_PERSON_ID);
}

gint64
ot_statement_get_speaker_organisation_id (OtStatement *self)
{
  return ot_record_get_int64 (OT_RECORD (self), PROP_SPEAKER_ORGANISATION_ID);
}

const char *
ot_statement_get_speaker_label (OtStatement *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_SPEAKER_LABEL);
}

const char *
ot_statement_get_speaker (OtStatement *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_SPEAKER);
}

OtStatementKind
ot_statement_get_kind (OtStatement *self)
{
  return ot_record_get_enum (OT_RECORD (self), PROP_KIND);
}

const char *
ot_statement_get_text (OtStatement *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_TEXT);
}
