/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-organisation.h: an organisation taking part: a municipality, a provider, the region or another (a read-only snapshot of a stored row). */
#pragma once

#include "ot-enums.h"
#include "ot-record.h"

G_BEGIN_DECLS

#define OT_TYPE_ORGANISATION (ot_organisation_get_type ())
G_DECLARE_FINAL_TYPE (OtOrganisation, ot_organisation, OT, ORGANISATION, OtRecord)

gint64       ot_organisation_get_id (OtOrganisation *self);
const char * ot_organisation_get_name (OtOrganisation *self);
const char * ot_organisation_get_short_name (OtOrganisation *self);
OtOrganisationKind ot_organisation_get_kind (OtOrganisation *self);

G_END_DECLS
