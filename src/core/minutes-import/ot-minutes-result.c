/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-minutes-result.c: the recognised structure of imported minutes and its JSON form. */
#define G_LOG_DOMAIN "ot-minutes-import"
#include "config.h"

#include "ot-minutes-result.h"

static void
attendee_free (gpointer data)
{
  OtMinutesAttendee *a = data;

  g_free (a->name);
  g_free (a->organisation);
  g_free (a->function);
  g_free (a);
}

static void
statement_free (gpointer data)
{
  OtMinutesStatement *s = data;

  g_free (s->speaker);
  g_free (s->text);
  g_free (s);
}

static void
decision_free (gpointer data)
{
  OtMinutesDecision *d = data;

  g_free (d->text);
  g_free (d);
}

static void
action_free (gpointer data)
{
  OtMinutesAction *a = data;

  g_free (a->text);
  g_free (a->owner);
  g_free (a->due);
  g_free (a);
}

static void
note_free (gpointer data)
{
  OtMinutesNote *n = data;

  g_free (n->text);
  g_free (n);
}

OtMinutesItem *
ot_minutes_item_new (const char *number,
                     const char *title)
{
  OtMinutesItem *item = g_new0 (OtMinutesItem, 1);

  item->number = g_strdup (number);
  item->title = g_strdup (title);
  item->notes = g_ptr_array_new_with_free_func (note_free);
  item->statements = g_ptr_array_new_with_free_func (statement_free);
  item->decisions = g_ptr_array_new_with_free_func (decision_free);
  item->actions = g_ptr_array_new_with_free_func (action_free);
  item->children = g_ptr_array_new_with_free_func ((GDestroyNotify) ot_minutes_item_free);
  return item;
}

void
ot_minutes_item_free (OtMinutesItem *item)
{
  if (item == NULL)
    return;
  g_free (item->number);
  g_free (item->title);
  g_ptr_array_unref (item->notes);
  g_ptr_array_unref (item->statements);
  g_ptr_array_unref (item->decisions);
  g_ptr_array_unref (item->actions);
  g_ptr_array_unref (item->children);
  g_free (item);
}

OtMinutesResult *
ot_minutes_result_new (void)
{
  OtMinutesResult *result = g_new0 (OtMinutesResult, 1);

  result->status = OT_MINUTES_STATUS_APPROVED;
  result->attendees = g_ptr_array_new_with_free_func (attendee_free);
  result->agenda = g_ptr_array_new_with_free_func ((GDestroyNotify) ot_minutes_item_free);
  result->actions = g_ptr_array_new_with_free_func (action_free);
  result->notes = g_ptr_array_new_with_free_func (note_free);
  result->structure = g_array_new (FALSE, FALSE, sizeof (OtMinutesSpan));
  return result;
}

void
ot_minutes_result_free (OtMinutesResult *result)
{
  if (result == NULL)
    return;
  g_free (result->title);
  g_free (result->date);
  g_free (result->location);
  g_free (result->chair);
  g_ptr_array_unref (result->attendees);
  g_ptr_array_unref (result->agenda);
  g_ptr_array_unref (result->actions);
  g_ptr_array_unref (result->notes);
  g_array_unref (result->structure);
  g_strfreev (result->source_lines);
  g_free (result);
}

static guint
count_in_items (GPtrArray *items,
                gboolean   actions)
{
  guint n = 0;

  for (guint i = 0; i < items->len; i++)
    {
      OtMinutesItem *item = g_ptr_array_index (items, i);

      n += actions ? item->actions->len : item->statements->len;
      n += count_in_items (item->children, actions);
    }
  return n;
}

guint
ot_minutes_result_count_statements (const OtMinutesResult *result)
{
  return count_in_items (result->agenda, FALSE);
}

guint
ot_minutes_result_count_actions (const OtMinutesResult *result)
{
  return count_in_items (result->agenda, TRUE) + result->actions->len;
}

const char *
ot_minutes_status_to_string (OtMinutesStatus status)
{
  switch (status)
    {
    case OT_MINUTES_STATUS_DRAFT: return "draft";
    case OT_MINUTES_STATUS_PLANNED: return "planned";
    case OT_MINUTES_STATUS_APPROVED:
    default: return "approved";
    }
}

const char *
ot_minutes_attendance_to_string (OtMinutesAttendance state)
{
  switch (state)
    {
    case OT_MINUTES_EXCUSED: return "excused";
    case OT_MINUTES_ABSENT: return "absent";
    case OT_MINUTES_PRESENT:
    default: return "present";
    }
}

const char *
ot_minutes_statement_kind_to_string (OtMinutesStatementKind kind)
{
  switch (kind)
    {
    case OT_MINUTES_QUESTION: return "question";
    case OT_MINUTES_ANSWER: return "answer";
    case OT_MINUTES_REMARK:
    default: return "remark";
    }
}

const char *
ot_minutes_decision_kind_to_string (OtMinutesDecisionKind kind)
{
  return kind == OT_MINUTES_BESLUIT ? "besluit" : "afspraak";
}

/* JSON */

static void
add_string (JsonBuilder *b,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (b, name);
  if (value != NULL)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

static void
add_span (JsonBuilder        *b,
          const OtMinutesSpan *span)
{
  json_builder_set_member_name (b, "lines");
  json_builder_begin_array (b);
  json_builder_add_int_value (b, span->first);
  json_builder_add_int_value (b, span->last);
  json_builder_end_array (b);
}

static void
add_actions (JsonBuilder *b,
             GPtrArray   *actions)
{
  json_builder_set_member_name (b, "actions");
  json_builder_begin_array (b);
  for (guint i = 0; i < actions->len; i++)
    {
      const OtMinutesAction *a = g_ptr_array_index (actions, i);

      json_builder_begin_object (b);
      add_string (b, "text", a->text);
      add_string (b, "owner", a->owner);
      add_string (b, "due", a->due);
      add_string (b, "status", a->done ? "done" : "open");
      json_builder_set_member_name (b, "previous");
      json_builder_add_boolean_value (b, a->previous);
      add_span (b, &a->span);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_notes_text (JsonBuilder *b,
                GPtrArray   *notes)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < notes->len; i++)
    {
      const OtMinutesNote *n = g_ptr_array_index (notes, i);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, n->text);
    }
  add_string (b, "notes", text->len > 0 ? text->str : NULL);

  /* Where each note came from, for highlighting in review. */
  json_builder_set_member_name (b, "note_lines");
  json_builder_begin_array (b);
  for (guint i = 0; i < notes->len; i++)
    {
      const OtMinutesNote *n = g_ptr_array_index (notes, i);

      json_builder_begin_array (b);
      json_builder_add_int_value (b, n->span.first);
      json_builder_add_int_value (b, n->span.last);
      json_builder_end_array (b);
    }
  json_builder_end_array (b);
}

static void add_items (JsonBuilder *b, GPtrArray *items);

static void
add_item (JsonBuilder         *b,
          const OtMinutesItem *item)
{
  json_builder_begin_object (b);
  add_string (b, "number", item->number);
  add_string (b, "title", item->title);
  add_span (b, &item->span);
  add_notes_text (b, item->notes);

  json_builder_set_member_name (b, "statements");
  json_builder_begin_array (b);
  for (guint i = 0; i < item->statements->len; i++)
    {
      const OtMinutesStatement *s = g_ptr_array_index (item->statements, i);

      json_builder_begin_object (b);
      add_string (b, "speaker", s->speaker);
      add_string (b, "kind", ot_minutes_statement_kind_to_string (s->kind));
      add_string (b, "text", s->text);
      add_span (b, &s->span);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "decisions");
  json_builder_begin_array (b);
  for (guint i = 0; i < item->decisions->len; i++)
    {
      const OtMinutesDecision *d = g_ptr_array_index (item->decisions, i);

      json_builder_begin_object (b);
      add_string (b, "text", d->text);
      add_string (b, "kind", ot_minutes_decision_kind_to_string (d->kind));
      add_span (b, &d->span);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  add_actions (b, item->actions);
  json_builder_set_member_name (b, "children");
  add_items (b, item->children);
  json_builder_end_object (b);
}

static void
add_items (JsonBuilder *b,
           GPtrArray   *items)
{
  json_builder_begin_array (b);
  for (guint i = 0; i < items->len; i++)
    add_item (b, g_ptr_array_index (items, i));
  json_builder_end_array (b);
}

static void
add_attendees (JsonBuilder *b,
               GPtrArray   *attendees)
{
  json_builder_set_member_name (b, "attendees");
  json_builder_begin_array (b);
  for (guint i = 0; i < attendees->len; i++)
    {
      const OtMinutesAttendee *a = g_ptr_array_index (attendees, i);

      json_builder_begin_object (b);
      add_string (b, "name", a->name);
      add_string (b, "organisation", a->organisation);
      add_string (b, "function", a->function);
      add_string (b, "state", ot_minutes_attendance_to_string (a->state));
      add_span (b, &a->span);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_header_span (JsonBuilder         *b,
                 const char          *name,
                 const OtMinutesSpan *span)
{
  json_builder_set_member_name (b, name);
  if (span->first == 0)
    {
      json_builder_add_null_value (b);
      return;
    }
  json_builder_begin_array (b);
  json_builder_add_int_value (b, span->first);
  json_builder_add_int_value (b, span->last);
  json_builder_end_array (b);
}

static void
add_header_lines (JsonBuilder           *b,
                  const OtMinutesResult *result)
{
  json_builder_set_member_name (b, "header_lines");
  json_builder_begin_object (b);
  add_header_span (b, "title", &result->title_span);
  add_header_span (b, "date", &result->date_span);
  add_header_span (b, "location", &result->location_span);
  add_header_span (b, "chair", &result->chair_span);
  json_builder_end_object (b);
}

JsonNode *
ot_minutes_result_to_json (const OtMinutesResult *result)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  g_return_val_if_fail (result != NULL, NULL);

  json_builder_begin_object (b);
  add_string (b, "title", result->title);
  add_string (b, "date", result->date);
  add_string (b, "location", result->location);
  add_string (b, "chair", result->chair);
  add_string (b, "status", ot_minutes_status_to_string (result->status));
  add_header_lines (b, result);
  json_builder_set_member_name (b, "approves_previous");
  json_builder_add_boolean_value (b, result->approves_previous);
  add_attendees (b, result->attendees);
  json_builder_set_member_name (b, "agenda");
  add_items (b, result->agenda);
  add_actions (b, result->actions);
  add_notes_text (b, result->notes);
  json_builder_set_member_name (b, "structure_lines");
  json_builder_begin_array (b);
  for (guint i = 0; i < result->structure->len; i++)
    {
      const OtMinutesSpan *span = &g_array_index (result->structure, OtMinutesSpan, i);
      json_builder_begin_array (b);
      json_builder_add_int_value (b, span->first);
      json_builder_add_int_value (b, span->last);
      json_builder_end_array (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "unrecognised_lines");
  json_builder_add_int_value (b, result->unrecognised_lines);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}
