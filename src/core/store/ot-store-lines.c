/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-store-lines.c: turning lines typed during a meeting into statements, decisions, actions, notes and attendees. */
#define G_LOG_DOMAIN "ot-store"
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ot-error.h"
#include "ot-due-phrase.h"
#include "ot-store-lines.h"

/* Minutes name people by first name ("Limor"); that is only safe when one person has it. */
static gint64
find_person_by_first_name (OtStore    *self,
                           const char *name)
{
  g_autoptr(GListModel) people = ot_store_list_people (self, 0, NULL);
  gsize len = strlen (name);
  gint64 found = 0;
  guint n = people != NULL ? g_list_model_get_n_items (people) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OtPerson) person = g_list_model_get_item (people, i);
      const char *full = ot_person_get_name (person);

      if (g_ascii_strncasecmp (full, name, len) != 0 || full[len] != ' ')
        continue;
      if (found != 0)
        return 0;
      found = ot_person_get_id (person);
    }
  return found;
}

void
ot_store_resolve_party (OtStore    *self,
                        const char *name,
                        gint64     *person_id,
                        gint64     *organisation_id)
{
  g_return_if_fail (OT_IS_STORE (self));

  *person_id = 0;
  *organisation_id = 0;
  if (name == NULL || *name == '\0')
    return;
  *person_id = ot_store_find_person (self, name);
  if (*person_id == 0 && strchr (name, ' ') == NULL)
    *person_id = find_person_by_first_name (self, name);
  if (*person_id == 0)
    *organisation_id = ot_store_find_organisation (self, name);
}

static char *
meeting_date_of_item (OtStore *self,
                      gint64   agenda_item_id,
                      GError **error)
{
  g_autoptr(OtAgendaItem) item = ot_store_get_agenda_item (self, agenda_item_id, error);
  g_autoptr(OtMeeting) meeting = NULL;

  if (item == NULL)
    return NULL;
  meeting = ot_store_get_meeting (self, ot_agenda_item_get_meeting_id (item), error);
  if (meeting == NULL)
    return NULL;
  return g_strdup (ot_meeting_get_date (meeting));
}

static gboolean
add_statement (OtStore       *self,
               gint64         agenda_item_id,
               OtSpeakerLine *parsed,
               GError       **error)
{
  gint64 person_id = 0, organisation_id = 0;
  const char *label = NULL;

  if (!parsed->speaker_is_group)
    ot_store_resolve_party (self, parsed->speaker, &person_id, &organisation_id);
  if (parsed->organisation != NULL && organisation_id == 0)
    organisation_id = ot_store_find_organisation (self, parsed->organisation);
  if (person_id == 0 && organisation_id == 0)
    label = parsed->speaker;
  return ot_store_add_statement (self, agenda_item_id, person_id, organisation_id, label,
                                 parsed->statement_kind, parsed->text, error) != 0;
}

static gboolean
add_action (OtStore       *self,
            gint64         agenda_item_id,
            OtSpeakerLine *parsed,
            GError       **error)
{
  g_autoptr(OtAgendaItem) item = ot_store_get_agenda_item (self, agenda_item_id, error);
  gint64 person_id = 0, organisation_id = 0;
  const char *owner_text = NULL;

  if (item == NULL)
    return FALSE;
  ot_store_resolve_party (self, parsed->speaker, &person_id, &organisation_id);
  if (person_id == 0 && organisation_id == 0)
    owner_text = parsed->speaker;
  return ot_store_add_action (self, ot_agenda_item_get_meeting_id (item), agenda_item_id,
                              parsed->text, person_id, organisation_id, owner_text,
                              parsed->due, error) != 0;
}

/* A plain line continues the item's notes, one paragraph per line. */
static gboolean
append_note (OtStore     *self,
             gint64       agenda_item_id,
             const char  *text,
             GError     **error)
{
  g_autoptr(OtAgendaItem) item = ot_store_get_agenda_item (self, agenda_item_id, error);
  const char *notes;
  g_autofree char *joined = NULL;

  if (item == NULL)
    return FALSE;
  notes = ot_agenda_item_get_notes (item);
  if (notes != NULL && *notes != '\0')
    joined = g_strconcat (notes, "\n", text, NULL);
  else
    joined = g_strdup (text);
  return ot_store_set_text (self, OT_FIELD_AGENDA_ITEM_NOTES, agenda_item_id, joined, error);
}

gboolean
ot_store_add_minutes_line (OtStore     *self,
                           gint64       agenda_item_id,
                           const char  *line,
                           OtLineKind  *recorded,
                           GError     **error)
{
  g_autoptr(OtSpeakerLine) parsed = NULL;
  g_autofree char *date = NULL;
  g_autofree char *trimmed = NULL;
  gboolean ok = FALSE;

  g_return_val_if_fail (OT_IS_STORE (self), FALSE);
  g_return_val_if_fail (line != NULL, FALSE);

  trimmed = g_strstrip (g_strdup (line));
  if (*trimmed == '\0')
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID, _("The line is empty; type “Speaker: text”."));
      return FALSE;
    }
  date = meeting_date_of_item (self, agenda_item_id, error);
  if (date == NULL)
    return FALSE;
  parsed = ot_speaker_line_parse (line, date);
  switch (parsed->kind)
    {
    case OT_LINE_STATEMENT:
      ok = add_statement (self, agenda_item_id, parsed, error);
      break;
    case OT_LINE_DECISION:
      ok = ot_store_add_decision (self, agenda_item_id, parsed->decision_kind, parsed->text, error) != 0;
      break;
    case OT_LINE_ACTION:
      ok = add_action (self, agenda_item_id, parsed, error);
      break;
    case OT_LINE_NOTE:
    default:
      ok = append_note (self, agenda_item_id, parsed->text, error);
      break;
    }
  if (ok && recorded != NULL)
    *recorded = parsed->kind;
  return ok;
}

static gint64
find_or_add_organisation (OtStore     *self,
                          const char  *name,
                          GError     **error)
{
  gint64 id = ot_store_find_organisation (self, name);

  if (id != 0)
    return id;
  return ot_store_add_organisation (self, name, NULL, OT_ORGANISATION_KIND_OTHER, error);
}

static gint64
find_or_add_person (OtStore     *self,
                    const char  *name,
                    const char  *organisation,
                    GError     **error)
{
  gint64 id = ot_store_find_person (self, name);
  gint64 organisation_id = 0;

  if (id != 0)
    return id;
  if (organisation != NULL)
    {
      organisation_id = find_or_add_organisation (self, organisation, error);
      if (organisation_id == 0)
        return 0;
    }
  return ot_store_add_person (self, name, organisation_id, NULL, NULL, error);
}

static gint64
add_attendee (OtStore     *self,
              gint64       meeting_id,
              const char  *name,
              const char  *organisation,
              GError     **error)
{
  gint64 person_id = 0, organisation_id = 0;

  if (organisation == NULL)
    ot_store_resolve_party (self, name, &person_id, &organisation_id);
  if (person_id == 0 && organisation_id == 0)
    person_id = find_or_add_person (self, name, organisation, error);
  if (person_id == 0 && organisation_id == 0)
    return 0;
  if (person_id != 0)
    {
      g_autoptr(OtPerson) person = ot_store_get_person (self, person_id, NULL);
      if (person != NULL)
        organisation_id = ot_person_get_organisation_id (person);
    }
  return ot_store_add_attendance (self, meeting_id, person_id, organisation_id,
                                  OT_ATTENDANCE_STATE_PRESENT, OT_ATTENDANCE_ROLE_NONE, error);
}

gint64
ot_store_add_attendee_by_name (OtStore     *self,
                               gint64       meeting_id,
                               const char  *text,
                               GError     **error)
{
  g_auto(GStrv) parts = NULL;
  const char *organisation;
  gint64 id;

  g_return_val_if_fail (OT_IS_STORE (self), 0);
  g_return_val_if_fail (text != NULL, 0);

  parts = g_strsplit (text, ",", 2);
  for (guint i = 0; parts[i] != NULL; i++)
    g_strstrip (parts[i]);
  if (parts[0] == NULL || *parts[0] == '\0')
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID, _("Type the name of a person or an organisation."));
      return 0;
    }
  organisation = (parts[1] != NULL && *parts[1] != '\0') ? parts[1] : NULL;
  if (!ot_store_begin (self, error))
    return 0;
  id = add_attendee (self, meeting_id, parts[0], organisation, error);
  if (id == 0)
    {
      ot_store_rollback (self);
      return 0;
    }
  return ot_store_commit (self, error) ? id : 0;
}

gint64
ot_store_quick_add_person (OtStore     *self,
                           const char  *text,
                           GError     **error)
{
  g_auto(GStrv) parts = NULL;
  gint64 id;

  g_return_val_if_fail (OT_IS_STORE (self), 0);
  g_return_val_if_fail (text != NULL, 0);

  parts = g_strsplit (text, ",", 2);
  for (guint i = 0; parts[i] != NULL; i++)
    g_strstrip (parts[i]);
  if (parts[0] == NULL || *parts[0] == '\0')
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID, _("Type the name of a person."));
      return 0;
    }
  if (!ot_store_begin (self, error))
    return 0;
  id = find_or_add_person (self, parts[0], (parts[1] != NULL && *parts[1] != '\0') ? parts[1] : NULL, error);
  if (id == 0)
    {
      ot_store_rollback (self);
      return 0;
    }
  return ot_store_commit (self, error) ? id : 0;
}

gboolean
ot_store_set_action_owner_text (OtStore     *self,
                                gint64       action_id,
                                const char  *text,
                                GError     **error)
{
  g_autofree char *owner = g_strstrip (g_strdup (text != NULL ? text : ""));
  gint64 person_id = 0, organisation_id = 0;

  g_return_val_if_fail (OT_IS_STORE (self), FALSE);

  ot_store_resolve_party (self, owner, &person_id, &organisation_id);
  return ot_store_set_action_owner (self, action_id, person_id, organisation_id,
                                    (person_id == 0 && organisation_id == 0 && *owner != '\0') ? owner : NULL,
                                    error);
}

gboolean
ot_store_set_action_due_phrase (OtStore     *self,
                                gint64       action_id,
                                const char  *phrase,
                                GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (phrase != NULL ? phrase : ""));
  g_autoptr(OtAction) action = NULL;
  g_autofree char *due = NULL;

  g_return_val_if_fail (OT_IS_STORE (self), FALSE);

  if (*trimmed == '\0')
    return ot_store_set_action_due (self, action_id, NULL, error);
  action = ot_store_get_action (self, action_id, error);
  if (action == NULL)
    return FALSE;
  due = ot_due_phrase_to_iso (trimmed, ot_action_get_meeting_date (action));
  if (due == NULL)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID,
                   _("“%s” does not name a date; type for example “binnen twee weken”, “eind november” or 2024-05-01."),
                   trimmed);
      return FALSE;
    }
  return ot_store_set_action_due (self, action_id, due, error);
}
