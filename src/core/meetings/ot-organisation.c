/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-organisation.c: an organisation taking part: a municipality, a provider, the region or another. */
#define G_LOG_DOMAIN "ot-meetings"
#include "config.h"

#include "ot-organisation.h"

/* Made by the store with g_object_new() and never changed afterwards: a change goes
 * through the store, which hands out fresh snapshots. The values live in OtRecord. */
struct _OtOrganisation
{
  OtRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (OtOrganisation, ot_organisation, OT_TYPE_RECORD)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SHORT_NAME,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ot_organisation_class_init (OtOrganisationClass *klass)
{
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_SHORT_NAME] = g_param_spec_string ("short-name", NULL, NULL, NULL, flags);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, OT_TYPE_ORGANISATION_KIND,
                        OT_ORGANISATION_KIND_GEMEENTE, flags);

  ot_record_class_install_fields (OT_RECORD_CLASS (klass), properties, N_PROPS);
}

static void
ot_organisation_init (OtOrganisation *self)
{
}

gint64
ot_organisation_get_id (OtOrganisation *self)
{
  return ot_record_get_int64 (OT_RECORD (self), PROP_ID);
}

const char *
ot_organisation_get_name (OtOrganisation *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_NAME);
}

const char *
ot_organisation_get_short_name (OtOrganisation *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_SHORT_NAME);
}

OtOrganisationKind
ot_organisation_get_kind (OtOrganisation *self)
{
  return ot_record_get_enum (OT_RECORD (self), PROP_KIND);
}
