/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-minutes-store.c: saving imported minutes through the store API, all or nothing. */
#define G_LOG_DOMAIN "ot-minutes-import"
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "ot-error.h"
#include "ot-store-lines.h"
#include "ot-minutes-parser-private.h"
#include "ot-minutes-store.h"

typedef struct
{
  OtStore *store;
  gint64   meeting_id;
} Saver;

static OtOrganisationKind
guess_kind (const char *name)
{
  g_autofree char *f = ot_mi_fold (name);

  if (g_str_has_prefix (f, "gemeente"))
    return OT_ORGANISATION_KIND_GEMEENTE;
  if (g_str_has_prefix (f, "regio") || strstr (f, "backoffice") != NULL)
    return OT_ORGANISATION_KIND_REGIO;
  return OT_ORGANISATION_KIND_OTHER;
}

static gint64
organisation_id (Saver       *s,
                 const char  *name,
                 GError     **error)
{
  gint64 id;

  if (name == NULL)
    return 0;
  id = ot_store_find_organisation (s->store, name);
  if (id == 0)
    id = ot_store_add_organisation (s->store, name, NULL, guess_kind (name), error);
  return id;
}

static gint64
person_id (Saver       *s,
           const char  *name,
           gint64       org_id,
           const char  *function,
           GError     **error)
{
  gint64 id = ot_store_find_person (s->store, name);

  if (id == 0)
    id = ot_store_add_person (s->store, name, org_id, function, NULL, error);
  return id;
}

static gboolean
save_attendees (Saver                 *s,
                const OtMinutesResult *r,
                GError               **error)
{
  static const OtAttendanceState states[] = {
    [OT_MINUTES_PRESENT] = OT_ATTENDANCE_STATE_PRESENT,
    [OT_MINUTES_EXCUSED] = OT_ATTENDANCE_STATE_EXCUSED,
    [OT_MINUTES_ABSENT] = OT_ATTENDANCE_STATE_ABSENT,
  };

  for (guint i = 0; i < r->attendees->len; i++)
    {
      const OtMinutesAttendee *a = g_ptr_array_index (r->attendees, i);
      gint64 org = 0, person = 0;
      OtAttendanceRole role = OT_ATTENDANCE_ROLE_NONE;

      if (a->organisation != NULL && (org = organisation_id (s, a->organisation, error)) == 0)
        return FALSE;
      if (a->name != NULL && (person = person_id (s, a->name, org, a->function, error)) == 0)
        return FALSE;
      if (person == 0 && org == 0)
        continue;
      if (a->name != NULL && r->chair != NULL && g_str_equal (a->name, r->chair))
        role = OT_ATTENDANCE_ROLE_CHAIR;
      if (ot_store_add_attendance (s->store, s->meeting_id, person, org, states[a->state], role, error) == 0)
        return FALSE;
    }
  return TRUE;
}

/* The action of an earlier meeting that a line of the previous action list reviews: the same
 * text, give or take a status note at the end ("… - afgerond"). */
static gint64
find_earlier_action (Saver      *s,
                     const char *text)
{
  g_autoptr(GListModel) open = ot_store_list_previous_actions (s->store, s->meeting_id, NULL);
  g_autofree char *key = ot_mi_folded_key (text);

  for (guint i = 0; open != NULL && i < g_list_model_get_n_items (open); i++)
    {
      g_autoptr(OtAction) action = g_list_model_get_item (open, i);
      g_autofree char *other = ot_mi_folded_key (ot_action_get_text (action));

      if (ot_action_get_meeting_id (action) == s->meeting_id || strlen (other) < 10)
        continue;
      if (g_str_equal (key, other) || g_str_has_prefix (key, other) || g_str_has_prefix (other, key))
        return ot_action_get_id (action);
    }
  return 0;
}

static gboolean
save_action (Saver                 *s,
             gint64                 item_id,
             const OtMinutesAction *a,
             GError               **error)
{
  gint64 pid = 0, oid = 0, id;

  if (a->previous && (id = find_earlier_action (s, a->text)) != 0)
    {
      /* Reviewed, not new: closed here when done, else carried over once more. */
      if (a->done)
        return ot_store_set_action_status (s->store, id, OT_ACTION_STATUS_DONE, s->meeting_id, error);
      return ot_store_keep_action_open (s->store, id, s->meeting_id, error);
    }

  ot_store_resolve_party (s->store, a->owner, &pid, &oid);
  id = ot_store_add_action (s->store, s->meeting_id, item_id, a->text, pid, oid,
                            pid == 0 && oid == 0 ? a->owner : NULL, a->due, error);
  if (id == 0)
    return FALSE;
  if (a->done)
    return ot_store_set_action_status (s->store, id, OT_ACTION_STATUS_DONE, s->meeting_id, error);
  return TRUE;
}

static char *
notes_text (GPtrArray *notes)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < notes->len; i++)
    {
      const OtMinutesNote *n = g_ptr_array_index (notes, i);
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, n->text);
    }
  return g_string_free (text, FALSE);
}

static gboolean
save_item (Saver               *s,
           gint64               parent_id,
           const OtMinutesItem *item,
           GError             **error)
{
  g_autofree char *notes = notes_text (item->notes);
  const char *title = item->title != NULL ? item->title : _("General");
  gint64 id = ot_store_add_agenda_item (s->store, s->meeting_id, parent_id, title, error);

  if (id == 0)
    return FALSE;
  if (*notes != '\0' && !ot_store_set_text (s->store, OT_FIELD_AGENDA_ITEM_NOTES, id, notes, error))
    return FALSE;
  for (guint i = 0; i < item->statements->len; i++)
    {
      const OtMinutesStatement *st = g_ptr_array_index (item->statements, i);
      gint64 pid = 0, oid = 0;

      ot_store_resolve_party (s->store, st->speaker, &pid, &oid);
      OtStatementKind kind = st->kind == OT_MINUTES_QUESTION ? OT_STATEMENT_KIND_QUESTION :
                             st->kind == OT_MINUTES_ANSWER ? OT_STATEMENT_KIND_ANSWER :
                             OT_STATEMENT_KIND_REMARK;

      if (ot_store_add_statement (s->store, id, pid, oid, st->speaker, kind, st->text, error) == 0)
        return FALSE;
    }
  for (guint i = 0; i < item->decisions->len; i++)
    {
      const OtMinutesDecision *d = g_ptr_array_index (item->decisions, i);
      OtDecisionKind kind = d->kind == OT_MINUTES_BESLUIT ? OT_DECISION_KIND_BESLUIT
                                                          : OT_DECISION_KIND_AFSPRAAK;

      if (ot_store_add_decision (s->store, id, kind, d->text, error) == 0)
        return FALSE;
    }
  for (guint i = 0; i < item->actions->len; i++)
    if (!save_action (s, id, g_ptr_array_index (item->actions, i), error))
      return FALSE;
  /* The store nests one level; deeper sub-items go under the top-level item. */
  for (guint i = 0; i < item->children->len; i++)
    if (!save_item (s, parent_id != 0 ? parent_id : id, g_ptr_array_index (item->children, i), error))
      return FALSE;
  return TRUE;
}

static gboolean
save_meeting (Saver                 *s,
              const OtMinutesResult *r,
              gint64                 series_id,
              GError               **error)
{
  gint64 chair = 0;

  if (!save_attendees (s, r, error))
    return FALSE;
  if (r->chair != NULL)
    chair = ot_store_find_person (s->store, r->chair);
  if (r->chair != NULL && chair == 0 &&
      (chair = ot_store_add_person (s->store, r->chair, 0, NULL, NULL, error)) == 0)
    return FALSE;
  return ot_store_set_meeting_people (s->store, s->meeting_id, chair, 0, error);
}

static gboolean
save_content (Saver                 *s,
              const OtMinutesResult *r,
              GError               **error)
{
  gint64 previous;

  for (guint i = 0; i < r->agenda->len; i++)
    if (!save_item (s, 0, g_ptr_array_index (r->agenda, i), error))
      return FALSE;
  for (guint i = 0; i < r->actions->len; i++)
    if (!save_action (s, 0, g_ptr_array_index (r->actions, i), error))
      return FALSE;
  if (r->approves_previous && (previous = ot_store_get_previous_meeting (s->store, s->meeting_id)) != 0)
    {
      g_autoptr(OtMeeting) prev = ot_store_get_meeting (s->store, previous, NULL);
      if (prev != NULL && ot_meeting_get_status (prev) != OT_MEETING_STATUS_APPROVED &&
          !ot_store_approve_meeting (s->store, previous, s->meeting_id, NULL, error))
        return FALSE;
    }
  /* Approval of these minutes happens in the next meeting; until then they are a draft. */
  if (r->status != OT_MINUTES_STATUS_PLANNED)
    return ot_store_set_meeting_status (s->store, s->meeting_id, OT_MEETING_STATUS_DRAFT, error);
  return TRUE;
}

gint64
ot_minutes_import_store (OtStore               *store,
                         const OtMinutesResult *result,
                         gint64                 series_id,
                         GError               **error)
{
  Saver s = { store, 0 };
  const char *title;

  g_return_val_if_fail (OT_IS_STORE (store), 0);
  g_return_val_if_fail (result != NULL, 0);

  if (result->date == NULL)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID,
                   _("The imported minutes have no date; set the date before saving them."));
      return 0;
    }
  title = result->title != NULL ? result->title : _("Imported minutes");
  if (!ot_store_begin (store, error))
    return 0;
  s.meeting_id = ot_store_add_meeting (store, series_id, title, result->date, NULL, NULL,
                                       result->location, 0, 0, error);
  if (s.meeting_id == 0 || !save_meeting (&s, result, series_id, error) ||
      !save_content (&s, result, error) || !ot_store_commit (store, error))
    {
      ot_store_rollback (store);
      return 0;
    }
  return s.meeting_id;
}

gboolean
ot_minutes_known_names_from_store (OtStore   *store,
                                   char    ***people,
                                   char    ***organisations,
                                   GError   **error)
{
  g_autoptr(GListModel) persons = NULL, orgs = NULL;
  g_autoptr(GStrvBuilder) pb = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) ob = g_strv_builder_new ();

  g_return_val_if_fail (OT_IS_STORE (store), FALSE);

  persons = ot_store_list_people (store, 0, error);
  if (persons == NULL)
    return FALSE;
  orgs = ot_store_list_organisations (store, -1, error);
  if (orgs == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (persons); i++)
    {
      g_autoptr(OtPerson) person = g_list_model_get_item (persons, i);
      g_strv_builder_add (pb, ot_person_get_name (person));
    }
  for (guint i = 0; i < g_list_model_get_n_items (orgs); i++)
    {
      g_autoptr(OtOrganisation) org = g_list_model_get_item (orgs, i);
      const char *short_name = ot_organisation_get_short_name (org);

      g_strv_builder_add (ob, ot_organisation_get_name (org));
      if (short_name != NULL && *short_name != '\0')
        g_strv_builder_add (ob, short_name);
    }
  *people = g_strv_builder_end (pb);
  *organisations = g_strv_builder_end (ob);
  return TRUE;
}
