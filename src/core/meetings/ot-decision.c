/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-decision.c: a decision (besluit) or agreement (afspraak) under an agenda item. */
#define G_LOG_DOMAIN "ot-meetings"
#include "config.h"

#include "ot-decision.h"

/* Made by the store with g_object_new() and never changed afterwards: a change goes
 * through the store, which hands out fresh snapshots. The values live in OtRecord. */
struct _OtDecision
{
  OtRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (OtDecision, ot_decision, OT_TYPE_RECORD)

enum {
  PROP_0,
  PROP_ID,
  PROP_AGENDA_ITEM_ID,
  PROP_POSITION,
  PROP_KIND,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ot_decision_class_init (OtDecisionClass *klass)
{
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_AGENDA_ITEM_ID] = g_param_spec_int64 ("agenda-item-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, -1, G_MAXINT, 0, flags);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, OT_TYPE_DECISION_KIND,
                        OT_DECISION_KIND_BESLUIT, flags);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, flags);

  ot_record_class_install_fields (OT_RECORD_CLASS (klass), properties, N_PROPS);
}

static void
ot_decision_init (OtDecision *self)
{
}

gint64
ot_decision_get_id (OtDecision *self)
{
  return ot_record_get_int64 (OT_RECORD (self), PROP_ID);
}

gint64
ot_decision_get_agenda_item_id (OtDecision *self)
{
  return ot_record_get_int64 (OT_RECORD (self), PROP_AGENDA_ITEM_ID);
}

int
ot_decision_get_position (OtDecision *self)
{
  return ot_record_get_int (OT_RECORD (self), PROP_POSITION);
}

OtDecisionKind
ot_decision_get_kind (OtDecision *self)
{
  return ot_record_get_enum (OT_RECORD (self), PROP_KIND);
}

const char *
ot_decision_get_text (OtDecision *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_TEXT);
}
