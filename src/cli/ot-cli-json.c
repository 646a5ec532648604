/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-cli-json.c: JSON objects for the entities of the store, with the field names documented in the README. */
#define G_LOG_DOMAIN "ot-cli"
#include "config.h"

#include "ot-cli-json.h"
#include "ot-search-snippet.h"

static void
set_text (JsonObject *obj,
          const char *name,
          const char *value)
{
  if (value != NULL)
    json_object_set_string_member (obj, name, value);
  else
    json_object_set_null_member (obj, name);
}

/* Ids start at 1, so 0 means "none". */
static void
set_id (JsonObject *obj,
        const char *name,
        gint64      id)
{
  if (id > 0)
    json_object_set_int_member (obj, name, id);
  else
    json_object_set_null_member (obj, name);
}

static JsonNode *
object_node (JsonObject *obj)
{
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  json_node_take_object (node, obj);
  return node;
}

JsonNode *
ot_cli_json_series (OtSeries *series)
{
  JsonObject *obj = json_object_new ();

  json_object_set_int_member (obj, "id", ot_series_get_id (series));
  json_object_set_string_member (obj, "name", ot_series_get_name (series));
  json_object_set_string_member (obj, "kind", ot_series_kind_to_string (ot_series_get_kind (series)));
  set_text (obj, "description", ot_series_get_description (series));
  json_object_set_int_member (obj, "meeting_count", ot_series_get_n_meetings (series));
  return object_node (obj);
}

JsonNode *
ot_cli_json_meeting (OtMeeting *meeting)
{
  JsonObject *obj = json_object_new ();

  json_object_set_int_member (obj, "id", ot_meeting_get_id (meeting));
  json_object_set_int_member (obj, "series_id", ot_meeting_get_series_id (meeting));
  set_text (obj, "series_name", ot_meeting_get_series_name (meeting));
  json_object_set_string_member (obj, "series_kind",
                                 ot_series_kind_to_string (ot_meeting_get_series_kind (meeting)));
  json_object_set_string_member (obj, "title", ot_meeting_get_title (meeting));
  set_text (obj, "date", ot_meeting_get_date (meeting));
  set_text (obj, "start_time", ot_meeting_get_start_time (meeting));
  set_text (obj, "end_time", ot_meeting_get_end_time (meeting));
  set_text (obj, "location", ot_meeting_get_location (meeting));
  set_id (obj, "chair_id", ot_meeting_get_chair_id (meeting));
  set_text (obj, "chair_name", ot_meeting_get_chair_name (meeting));
  set_id (obj, "minute_taker_id", ot_meeting_get_minute_taker_id (meeting));
  set_text (obj, "minute_taker_name", ot_meeting_get_minute_taker_name (meeting));
  json_object_set_string_member (obj, "status", ot_meeting_status_to_string (ot_meeting_get_status (meeting)));
  set_id (obj, "approved_in_id", ot_meeting_get_approved_in_id (meeting));
  set_text (obj, "approved_in_date", ot_meeting_get_approved_in_date (meeting));
  set_text (obj, "approval_notes", ot_meeting_get_approval_notes (meeting));
  return object_node (obj);
}

JsonNode *
ot_cli_json_attendance (OtAttendance *attendance)
{
  JsonObject *obj = json_object_new ();
  gint64 organisation_id = ot_attendance_get_organisation_id (attendance);

  json_object_set_int_member (obj, "id", ot_attendance_get_id (attendance));
  set_id (obj, "person_id", ot_attendance_get_person_id (attendance));
  set_text (obj, "person_name", ot_attendance_get_person_name (attendance));
  set_text (obj, "person_function", ot_attendance_get_person_function (attendance));
  set_id (obj, "organisation_id", organisation_id);
  set_text (obj, "organisation_name", ot_attendance_get_organisation_name (attendance));
  set_text (obj, "organisation_kind", organisation_id > 0
            ? ot_organisation_kind_to_string (ot_attendance_get_organisation_kind (attendance)) : NULL);
  json_object_set_string_member (obj, "state", ot_attendance_state_to_string (ot_attendance_get_state (attendance)));
  json_object_set_string_member (obj, "role", ot_attendance_role_to_string (ot_attendance_get_role (attendance)));
  return object_node (obj);
}

JsonNode *
ot_cli_json_agenda_item (OtAgendaItem *item)
{
  JsonObject *obj = json_object_new ();
  int minutes = ot_agenda_item_get_planned_minutes (item);

  json_object_set_int_member (obj, "id", ot_agenda_item_get_id (item));
  set_id (obj, "parent_id", ot_agenda_item_get_parent_id (item));
  json_object_set_string_member (obj, "number", ot_agenda_item_get_number (item));
  json_object_set_string_member (obj, "title", ot_agenda_item_get_title (item));
  set_id (obj, "submitted_by_id", ot_agenda_item_get_submitted_by_id (item));
  set_text (obj, "submitted_by_name", ot_agenda_item_get_submitted_by_name (item));
  set_id (obj, "presenter_id", ot_agenda_item_get_presenter_id (item));
  set_text (obj, "presenter_name", ot_agenda_item_get_presenter_name (item));
  if (minutes >= 0)
    json_object_set_int_member (obj, "planned_minutes", minutes);
  else
    json_object_set_null_member (obj, "planned_minutes");
  json_object_set_boolean_member (obj, "is_addition", ot_agenda_item_get_is_addition (item));
  set_text (obj, "notes", ot_agenda_item_get_notes (item));
  json_object_set_array_member (obj, "statements", json_array_new ());
  json_object_set_array_member (obj, "decisions", json_array_new ());
  return object_node (obj);
}

JsonNode *
ot_cli_json_statement (OtStatement *statement)
{
  JsonObject *obj = json_object_new ();

  json_object_set_int_member (obj, "id", ot_statement_get_id (statement));
  json_object_set_string_member (obj, "kind", ot_statement_kind_to_string (ot_statement_get_kind (statement)));
  set_text (obj, "speaker", ot_statement_get_speaker (statement));
  set_id (obj, "speaker_person_id", ot_statement_get_speaker_person_id (statement));
  set_id (obj, "speaker_organisation_id", ot_statement_get_speaker_organisation_id (statement));
  set_text (obj, "speaker_label", ot_statement_get_speaker_label (statement));
  json_object_set_string_member (obj, "text", ot_statement_get_text (statement));
  return object_node (obj);
}

JsonNode *
ot_cli_json_decision (OtDecision *decision)
{
  JsonObject *obj = json_object_new ();

  json_object_set_int_member (obj, "id", ot_decision_get_id (decision));
  json_object_set_string_member (obj, "kind", ot_decision_kind_to_string (ot_decision_get_kind (decision)));
  json_object_set_string_member (obj, "text", ot_decision_get_text (decision));
  return object_node (obj);
}

JsonNode *
ot_cli_json_action (OtAction   *action,
                    const char *today)
{
  JsonObject *obj = json_object_new ();
  const char *due = ot_action_get_due_date (action);
  OtActionStatus status = ot_action_get_status (action);

  json_object_set_int_member (obj, "id", ot_action_get_id (action));
  json_object_set_string_member (obj, "text", ot_action_get_text (action));
  set_text (obj, "owner", ot_action_get_owner (action));
  set_id (obj, "owner_person_id", ot_action_get_owner_person_id (action));
  set_id (obj, "owner_organisation_id", ot_action_get_owner_organisation_id (action));
  set_text (obj, "owner_text", ot_action_get_owner_text (action));
  set_text (obj, "owner_organisation_name", ot_action_get_owner_organisation_name (action));
  set_text (obj, "due_date", due);
  json_object_set_string_member (obj, "status", ot_action_status_to_string (status));
  json_object_set_boolean_member (obj, "overdue", status == OT_ACTION_STATUS_OPEN && due != NULL &&
                                  today != NULL && g_strcmp0 (due, today) < 0);
  json_object_set_int_member (obj, "meeting_id", ot_action_get_meeting_id (action));
  set_text (obj, "meeting_title", ot_action_get_meeting_title (action));
  set_text (obj, "meeting_date", ot_action_get_meeting_date (action));
  json_object_set_int_member (obj, "series_id", ot_action_get_series_id (action));
  set_text (obj, "series_name", ot_action_get_series_name (action));
  set_id (obj, "agenda_item_id", ot_action_get_agenda_item_id (action));
  set_id (obj, "closed_in_id", ot_action_get_closed_in_id (action));
  set_id (obj, "last_reviewed_in_id", ot_action_get_last_reviewed_in_id (action));
  return object_node (obj);
}

JsonNode *
ot_cli_json_document (OtDocument *document)
{
  JsonObject *obj = json_object_new ();

  json_object_set_int_member (obj, "id", ot_document_get_id (document));
  set_id (obj, "agenda_item_id", ot_document_get_agenda_item_id (document));
  set_text (obj, "title", ot_document_get_title (document));
  set_text (obj, "file_name", ot_document_get_file_name (document));
  set_text (obj, "mime_type", ot_document_get_mime_type (document));
  set_text (obj, "sha256", ot_document_get_sha256 (document));
  json_object_set_int_member (obj, "size", ot_document_get_size (document));
  return object_node (obj);
}

JsonNode *
ot_cli_json_search_hit (OtSearchHit *hit)
{
  JsonObject *obj = json_object_new ();
  g_autofree char *snippet = ot_search_snippet_to_plain (ot_search_hit_get_snippet (hit));

  json_object_set_int_member (obj, "meeting_id", ot_search_hit_get_meeting_id (hit));
  set_text (obj, "meeting_title", ot_search_hit_get_meeting_title (hit));
  set_text (obj, "meeting_date", ot_search_hit_get_meeting_date (hit));
  set_text (obj, "series_name", ot_search_hit_get_series_name (hit));
  set_id (obj, "agenda_item_id", ot_search_hit_get_agenda_item_id (hit));
  json_object_set_string_member (obj, "source", ot_search_hit_get_source (hit));
  json_object_set_int_member (obj, "source_id", ot_search_hit_get_source_id (hit));
  set_text (obj, "snippet", snippet);
  return object_node (obj);
}

JsonNode *
ot_cli_json_list (GListModel    *model,
                  OtCliJsonFunc  func)
{
  JsonArray *array = json_array_new ();
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      json_array_add_element (array, func (item));
    }
  json_node_take_array (node, array);
  return node;
}

JsonNode *
ot_cli_json_action_list (GListModel *actions,
                         const char *today)
{
  JsonArray *array = json_array_new ();
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(OtAction) action = g_list_model_get_item (actions, i);

      json_array_add_element (array, ot_cli_json_action (action, today));
    }
  json_node_take_array (node, array);
  return node;
}

static gboolean
add_item_contents (OtStore      *store,
                   OtAgendaItem *item,
                   JsonObject   *obj,
                   GError      **error)
{
  g_autoptr(GListModel) statements = ot_store_list_statements (store, ot_agenda_item_get_id (item), error);
  g_autoptr(GListModel) decisions = NULL;

  if (statements == NULL)
    return FALSE;
  decisions = ot_store_list_decisions (store, ot_agenda_item_get_id (item), error);
  if (decisions == NULL)
    return FALSE;
  json_object_set_member (obj, "statements", ot_cli_json_list (statements, (OtCliJsonFunc) ot_cli_json_statement));
  json_object_set_member (obj, "decisions", ot_cli_json_list (decisions, (OtCliJsonFunc) ot_cli_json_decision));
  return TRUE;
}

static JsonNode *
agenda_node (OtStore  *store,
             gint64    meeting_id,
             GError  **error)
{
  g_autoptr(GListModel) agenda = ot_store_list_agenda (store, meeting_id, error);
  g_autoptr(JsonArray) array = NULL;
  JsonNode *node;

  if (agenda == NULL)
    return NULL;
  array = json_array_new ();
  for (guint i = 0; i < g_list_model_get_n_items (agenda); i++)
    {
      g_autoptr(OtAgendaItem) item = g_list_model_get_item (agenda, i);
      JsonNode *item_node = ot_cli_json_agenda_item (item);

      json_array_add_element (array, item_node);
      if (!add_item_contents (store, item, json_node_get_object (item_node), error))
        return NULL;
    }
  node = json_node_new (JSON_NODE_ARRAY);
  json_node_set_array (node, array);
  return node;
}

static JsonNode *
counts_node (OtStore *store,
             gint64   meeting_id)
{
  JsonObject *obj = json_object_new ();
  guint counts[3];

  ot_store_count_attendance (store, meeting_id, counts);
  json_object_set_int_member (obj, "present", counts[OT_ATTENDANCE_STATE_PRESENT]);
  json_object_set_int_member (obj, "excused", counts[OT_ATTENDANCE_STATE_EXCUSED]);
  json_object_set_int_member (obj, "absent", counts[OT_ATTENDANCE_STATE_ABSENT]);
  return object_node (obj);
}

JsonNode *
ot_cli_json_meeting_full (OtStore     *store,
                          gint64       meeting_id,
                          const char  *today,
                          GError     **error)
{
  g_autoptr(OtMeeting) meeting = ot_store_get_meeting (store, meeting_id, error);
  g_autoptr(GListModel) attendance = NULL;
  g_autoptr(GListModel) actions = NULL;
  g_autoptr(GListModel) previous = NULL;
  g_autoptr(GListModel) documents = NULL;
  g_autoptr(JsonNode) node = NULL;
  JsonNode *agenda;
  JsonObject *obj;

  if (meeting == NULL ||
      (attendance = ot_store_list_attendance (store, meeting_id, error)) == NULL ||
      (actions = ot_store_list_meeting_actions (store, meeting_id, error)) == NULL ||
      (previous = ot_store_list_previous_actions (store, meeting_id, error)) == NULL ||
      (documents = ot_store_list_documents (store, meeting_id, error)) == NULL ||
      (agenda = agenda_node (store, meeting_id, error)) == NULL)
    return NULL;

  node = ot_cli_json_meeting (meeting);
  obj = json_node_get_object (node);
  json_object_set_member (obj, "attendance", ot_cli_json_list (attendance, (OtCliJsonFunc) ot_cli_json_attendance));
  json_object_set_member (obj, "attendance_counts", counts_node (store, meeting_id));
  json_object_set_member (obj, "agenda", agenda);
  json_object_set_member (obj, "actions", ot_cli_json_action_list (actions, today));
  json_object_set_member (obj, "previous_actions", ot_cli_json_action_list (previous, today));
  json_object_set_member (obj, "documents", ot_cli_json_list (documents, (OtCliJsonFunc) ot_cli_json_document));
  return g_steal_pointer (&node);
}

char *
ot_cli_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}
