/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-minutes-document-public.c: the public version of minutes: role words for every name, in every field and free text. */
#define G_LOG_DOMAIN "ot-export"
#include "config.h"

#include "ot-export-anonymiser.h"
#include "ot-minutes-document.h"

static void
replace_field (OtExportAnonymiser  *anon,
               char               **field)
{
  char *replaced;

  if (*field == NULL)
    return;
  replaced = ot_export_anonymiser_replace (anon, *field);
  g_free (*field);
  *field = replaced;
}

static void
set_label (char      **field,
           const char *label)
{
  g_free (*field);
  *field = g_strdup (label);
}

/* A speaker or owner: by id when known, else the free text scanned like any other. */
static void
replace_party (OtExportAnonymiser  *anon,
               char               **field,
               gint64               person_id,
               gint64               organisation_id)
{
  if (person_id > 0)
    set_label (field, ot_export_anonymiser_person_label (anon, person_id));
  else if (organisation_id > 0)
    set_label (field, ot_export_anonymiser_organisation_label (anon, organisation_id));
  else
    replace_field (anon, field);
}

static void
publicise_item (OtMinutesDocItem      *item,
                OtExportAnonymiser *anon)
{
  replace_field (anon, &item->title);
  replace_party (anon, &item->presenter, item->presenter_id, 0);
  replace_party (anon, &item->submitted_by, 0, item->submitted_by_id);
  replace_field (anon, &item->notes);
  for (guint i = 0; i < item->statements->len; i++)
    {
      OtMinutesDocStatement *s = g_ptr_array_index (item->statements, i);

      replace_party (anon, &s->speaker, s->speaker_person_id, s->speaker_organisation_id);
      replace_field (anon, &s->text);
    }
  for (guint i = 0; i < item->decisions->len; i++)
    replace_field (anon, &((OtMinutesDocDecision *) g_ptr_array_index (item->decisions, i))->text);
}

static void
publicise_actions (GPtrArray          *actions,
                   OtExportAnonymiser *anon)
{
  for (guint i = 0; i < actions->len; i++)
    {
      OtMinutesDocAction *a = g_ptr_array_index (actions, i);

      replace_field (anon, &a->text);
      replace_party (anon, &a->owner, a->owner_person_id, a->owner_organisation_id);
    }
}

/* Attendees keep their kind and an opaque key per organisation for counting; nothing else.
 * No role letters either: handed out in the alphabetical order of the attendance list, they
 * would let anyone who was there map them back to names. */
static void
publicise_attendees (OtMinutesDocument *self)
{
  for (guint i = 0; i < self->attendees->len; i++)
    {
      OtMinutesDocAttendee *a = g_ptr_array_index (self->attendees, i);

      g_clear_pointer (&a->name, g_free);
      g_clear_pointer (&a->function, g_free);
      g_free (a->organisation);
      a->organisation = a->organisation_id > 0 ? g_strdup_printf ("#%" G_GINT64_FORMAT, a->organisation_id) : NULL;
    }
}

char **
ot_minutes_document_make_public (OtMinutesDocument       *self,
                                 OtStore                 *store,
                                 OtMinutesAttendanceMode  mode,
                                 const char * const      *extra_names,
                                 GError                 **error)
{
  g_autoptr(OtExportAnonymiser) anon = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  anon = ot_export_anonymiser_new (store, error);
  if (anon == NULL)
    return NULL;
  for (guint i = 0; extra_names != NULL && extra_names[i] != NULL; i++)
    ot_export_anonymiser_add_name (anon, extra_names[i]);
  if (self->chair_id > 0)
    ot_export_anonymiser_set_person_label (anon, self->chair_id, "de voorzitter");
  if (self->minute_taker_id > 0)
    ot_export_anonymiser_set_person_label (anon, self->minute_taker_id, "de notulist");

  self->is_public = TRUE;
  replace_field (anon, &self->series_name);
  replace_field (anon, &self->title);
  replace_field (anon, &self->location);
  replace_field (anon, &self->approval_notes);
  /* The header names roles, not people. */
  g_clear_pointer (&self->chair, g_free);
  g_clear_pointer (&self->minute_taker, g_free);
  g_clear_pointer (&self->author, g_free);
  for (guint i = 0; i < self->items->len; i++)
    publicise_item (g_ptr_array_index (self->items, i), anon);
  publicise_actions (self->previous_actions, anon);
  publicise_actions (self->actions, anon);
  publicise_attendees (self);
  ot_minutes_document_set_attendance_mode (self, mode);
  return ot_export_anonymiser_get_unsure (anon);
}
