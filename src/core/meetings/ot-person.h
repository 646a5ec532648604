/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-person.h: a person, usually working for one organisation (a read-only snapshot of a stored row). */
#pragma once

#include "ot-enums.h"
#include "ot-record.h"

G_BEGIN_DECLS

#define OT_TYPE_PERSON (ot_person_get_type ())
G_DECLARE_FINAL_TYPE (OtPerson, ot_person, OT, PERSON, OtRecord)

gint64       ot_person_get_id (OtPerson *self);
const char * ot_person_get_name (OtPerson *self);
gint64       ot_person_get_organisation_id (OtPerson *self);
const char * ot_person_get_organisation_name (OtPerson *self);
const char * ot_person_get_function (OtPerson *self);
const char * ot_person_get_email (OtPerson *self);

G_END_DECLS
