/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-person.c: a person, usually working for one organisation. */
#define G_LOG_DOMAIN "ot-meetings"
#include "config.h"

#include "ot-person.h"

/* Made by the store with g_object_new() and never changed afterwards: a change goes
 * through the store, which hands out fresh snapshots. The values live in OtRecord. */
struct _OtPerson
{
  OtRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (OtPerson, ot_person, OT_TYPE_RECORD)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_ORGANISATION_ID,
  PROP_ORGANISATION_NAME,
  PROP_FUNCTION,
  PROP_EMAIL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ot_person_class_init (OtPersonClass *klass)
{
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_ORGANISATION_ID] = g_param_spec_int64 ("organisation-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_ORGANISATION_NAME] = g_param_spec_string ("organisation-name", NULL, NULL, NULL, flags);
  properties[PROP_FUNCTION] = g_param_spec_string ("function", NULL, NULL, NULL, flags);
  properties[PROP_EMAIL] = g_param_spec_string ("email", NULL, NULL, NULL, flags);

  ot_record_class_install_fields (OT_RECORD_CLASS (klass), properties, N_PROPS);
}

static void
ot_person_init (OtPerson *self)
{
}

gint64
ot_person_get_id (OtPerson *self)
{
  return ot_record_get_int64 (OT_RECORD (self), PROP_ID);
}

const char *
ot_person_get_name (OtPerson *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_NAME);
}

gint64
ot_person_get_organisation_id (OtPerson *self)
{
  return ot_record_get_int64 (OT_RECORD (self), PROP_ORGANISATION_ID);
}

const char *
ot_person_get_organisation_name (OtPerson *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_ORGANISATION_NAME);
}

const char *
ot_person_get_function (OtPerson *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_FUNCTION);
}

const char *
ot_person_get_email (OtPerson *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_EMAIL);
}
