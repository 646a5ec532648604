/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-demo.c: loads the demo data, a JSON file of organisations, people, series and meetings, into a store. */
#define G_LOG_DOMAIN "ot-demo"
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <json-glib/json-glib.h>

#include "ot-demo.h"
#include "data/demo/ot-demo-resources.h"
#include "ot-error.h"

#define DEMO_RESOURCE_PATH "/nl/overlegtafel/Overlegtafel/demo/demo.json"
/* The real demo file is some 40 kB; anything far larger is not a demo file. */
#define DEMO_MAX_BYTES (4 * 1024 * 1024)
/* The format nests about a dozen levels; the parser recurses, so hostile nesting is refused up front. */
#define DEMO_MAX_DEPTH 32

typedef struct
{
  OtStore    *store;
  const char *name;            /* the file, for messages */
  GHashTable *organisations;   /* key → gint64 id */
  GHashTable *people;
  GHashTable *meetings;
  GPtrArray  *pending_meetings; /* JsonObject of each meeting, in file order (borrowed) */
  GArray     *meeting_ids;      /* their ids, same order */
  GPtrArray  *pending_actions;  /* JsonObject of each action (borrowed) */
  GArray     *action_ids;
} Loader;

static void
loader_clear (Loader *l)
{
  g_clear_pointer (&l->organisations, g_hash_table_unref);
  g_clear_pointer (&l->people, g_hash_table_unref);
  g_clear_pointer (&l->meetings, g_hash_table_unref);
  g_clear_pointer (&l->pending_meetings, g_ptr_array_unref);
  g_clear_pointer (&l->meeting_ids, g_array_unref);
  g_clear_pointer (&l->pending_actions, g_ptr_array_unref);
  g_clear_pointer (&l->action_ids, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Loader, loader_clear)

static GHashTable *
id_table_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/* ---- Reading members with their types checked ---- */

static gboolean
fail_type (Loader      *l,
           const char  *member,
           const char  *type_message,
           GError     **error)
{
  g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE, type_message, l->name, member);
  return FALSE;
}

/* A text member; absent or null gives NULL, which is an error only when @required. */
static gboolean
get_text (Loader      *l,
          JsonObject  *obj,
          const char  *member,
          gboolean     required,
          const char **out,
          GError     **error)
{
  JsonNode *node = json_object_get_member (obj, member);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        return fail_type (l, member, _("In the demo file “%s”, “%s” is missing; it must be a text."), error);
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return fail_type (l, member, _("In the demo file “%s”, “%s” must be a text."), error);
  *out = json_node_get_string (node);
  return TRUE;
}

static gboolean
get_int (Loader      *l,
         JsonObject  *obj,
         const char  *member,
         int          fallback,
         int         *out,
         GError     **error)
{
  JsonNode *node = json_object_get_member (obj, member);
  gint64 value;

  *out = fallback;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return fail_type (l, member, _("In the demo file “%s”, “%s” must be a whole number."), error);
  value = json_node_get_int (node);
  if (value < 0 || value > 24 * 60)
    return fail_type (l, member, _("In the demo file “%s”, “%s” must be a whole number."), error);
  *out = (int) value;
  return TRUE;
}

static gboolean
get_bool (Loader      *l,
          JsonObject  *obj,
          const char  *member,
          gboolean    *out,
          GError     **error)
{
  JsonNode *node = json_object_get_member (obj, member);

  *out = FALSE;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return fail_type (l, member, _("In the demo file “%s”, “%s” must be true or false."), error);
  *out = json_node_get_boolean (node);
  return TRUE;
}

/* A list member; absent or null is an empty list (*out NULL). */
static gboolean
get_array (Loader      *l,
           JsonObject  *obj,
           const char  *member,
           JsonArray  **out,
           GError     **error)
{
  JsonNode *node = json_object_get_member (obj, member);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail_type (l, member, _("In the demo file “%s”, “%s” must be a list."), error);
  *out = json_node_get_array (node);
  return TRUE;
}

static guint
array_length (JsonArray *array)
{
  return array != NULL ? json_array_get_length (array) : 0;
}

static JsonObject *
array_object (Loader      *l,
              JsonArray   *array,
              guint        index,
              const char  *member,
              GError     **error)
{
  JsonNode *node = json_array_get_element (array, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail_type (l, member, _("In the demo file “%s”, every entry of “%s” must be an object."), error);
      return NULL;
    }
  return json_node_get_object (node);
}

/* The enumerations' nicks are the names stored in the database, and the file uses them too. */
static gboolean
get_enum (Loader      *l,
          JsonObject  *obj,
          const char  *member,
          GType        enum_type,
          int          fallback,
          int         *out,
          GError     **error)
{
  GEnumClass *klass;
  GEnumValue *value = NULL;
  const char *text;

  *out = fallback;
  if (!get_text (l, obj, member, FALSE, &text, error))
    return FALSE;
  if (text == NULL)
    return TRUE;
  klass = g_type_class_ref (enum_type);
  value = g_enum_get_value_by_nick (klass, text);
  if (value != NULL)
    *out = value->value;
  g_type_class_unref (klass);
  if (value == NULL)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE,
                   _("In the demo file “%s”, “%s” is not a known value for “%s”."), l->name, text, member);
      return FALSE;
    }
  return TRUE;
}

/* ---- Keys that refer to entries defined earlier in the file ---- */

static gboolean
remember (Loader      *l,
          GHashTable  *table,
          const char  *key,
          gint64       id,
          GError     **error)
{
  if (g_hash_table_contains (table, key))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE,
                   _("In the demo file “%s”, the key “%s” is used twice."), l->name, key);
      return FALSE;
    }
  g_hash_table_insert (table, g_strdup (key), g_memdup2 (&id, sizeof id));
  return TRUE;
}

/* The id behind the key in @member, 0 when the member is absent. */
static gboolean
resolve (Loader      *l,
         GHashTable  *table,
         JsonObject  *obj,
         const char  *member,
         gint64      *out,
         GError     **error)
{
  const char *key;
  gint64 *id;

  *out = 0;
  if (!get_text (l, obj, member, FALSE, &key, error))
    return FALSE;
  if (key == NULL)
    return TRUE;
  id = g_hash_table_lookup (table, key);
  if (id == NULL)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE,
                   _("In the demo file “%s”, “%s” refers to “%s”, which is not defined before it."),
                   l->name, member, key);
      return FALSE;
    }
  *out = *id;
  return TRUE;
}

/* ---- Registry ---- */

static gboolean
load_organisation (Loader *l, JsonObject *obj, GError **error)
{
  const char *key, *name, *short_name;
  int kind;
  gint64 id;

  if (!get_text (l, obj, "key", TRUE, &key, error) || !get_text (l, obj, "name", TRUE, &name, error) ||
      !get_text (l, obj, "short_name", FALSE, &short_name, error) ||
      !get_enum (l, obj, "kind", OT_TYPE_ORGANISATION_KIND,
                 OT_ORGANISATION_KIND_OTHER, &kind, error))
    return FALSE;
  id = ot_store_add_organisation (l->store, name, short_name, kind, error);
  return id > 0 && remember (l, l->organisations, key, id, error);
}

static gboolean
load_person (Loader *l, JsonObject *obj, GError **error)
{
  const char *key, *name, *function, *email;
  gint64 organisation_id, id;

  if (!get_text (l, obj, "key", TRUE, &key, error) || !get_text (l, obj, "name", TRUE, &name, error) ||
      !get_text (l, obj, "function", FALSE, &function, error) ||
      !get_text (l, obj, "email", FALSE, &email, error) ||
      !resolve (l, l->organisations, obj, "organisation", &organisation_id, error))
    return FALSE;
  id = ot_store_add_person (l->store, name, organisation_id, function, email, error);
  return id > 0 && remember (l, l->people, key, id, error);
}

typedef gboolean (*EntryLoader) (Loader *l, JsonObject *obj, GError **error);

static gboolean
load_each (Loader      *l,
           JsonObject  *parent,
           const char  *member,
           EntryLoader  load,
           GError     **error)
{
  JsonArray *array;

  if (!get_array (l, parent, member, &array, error))
    return FALSE;
  for (guint i = 0; i < array_length (array); i++)
    {
      JsonObject *obj = array_object (l, array, i, member, error);

      if (obj == NULL || !load (l, obj, error))
        return FALSE;
    }
  return TRUE;
}

/* ---- Meetings and what they hold ---- */

static gboolean
load_attendance (Loader *l, gint64 meeting_id, JsonObject *obj, GError **error)
{
  gint64 person_id, organisation_id;
  int state, role;

  if (!resolve (l, l->people, obj, "person", &person_id, error) ||
      !resolve (l, l->organisations, obj, "organisation", &organisation_id, error) ||
      !get_enum (l, obj, "state", OT_TYPE_ATTENDANCE_STATE,
                 OT_ATTENDANCE_STATE_PRESENT, &state, error) ||
      !get_enum (l, obj, "role", OT_TYPE_ATTENDANCE_ROLE,
                 OT_ATTENDANCE_ROLE_NONE, &role, error))
    return FALSE;
  return ot_store_add_attendance (l->store, meeting_id, person_id, organisation_id, state, role, error) > 0;
}

static gboolean
load_statement (Loader *l, gint64 item_id, JsonObject *obj, GError **error)
{
  const char *label, *text;
  gint64 person_id, organisation_id;
  int kind;

  if (!resolve (l, l->people, obj, "person", &person_id, error) ||
      !resolve (l, l->organisations, obj, "organisation", &organisation_id, error) ||
      !get_text (l, obj, "label", FALSE, &label, error) ||
      !get_text (l, obj, "text", TRUE, &text, error) ||
      !get_enum (l, obj, "kind", OT_TYPE_STATEMENT_KIND,
                 OT_STATEMENT_KIND_REMARK, &kind, error))
    return FALSE;
  return ot_store_add_statement (l->store, item_id, person_id, organisation_id, label, kind, text, error) > 0;
}

static gboolean
load_decision (Loader *l, gint64 item_id, JsonObject *obj, GError **error)
{
  const char *text;
  int kind;

  if (!get_text (l, obj, "text", TRUE, &text, error) ||
      !get_enum (l, obj, "kind", OT_TYPE_DECISION_KIND,
                 OT_DECISION_KIND_AFSPRAAK, &kind, error))
    return FALSE;
  return ot_store_add_decision (l->store, item_id, kind, text, error) > 0;
}

static gboolean
load_action (Loader *l, gint64 meeting_id, gint64 item_id, JsonObject *obj, GError **error)
{
  const char *text, *owner_text, *due;
  gint64 person_id, organisation_id, id;

  if (!get_text (l, obj, "text", TRUE, &text, error) ||
      !resolve (l, l->people, obj, "owner_person", &person_id, error) ||
      !resolve (l, l->organisations, obj, "owner_organisation", &organisation_id, error) ||
      !get_text (l, obj, "owner_text", FALSE, &owner_text, error) ||
      !get_text (l, obj, "due", FALSE, &due, error))
    return FALSE;
  id = ot_store_add_action (l->store, meeting_id, item_id, text, person_id, organisation_id,
                            owner_text, due, error);
  if (id <= 0)
    return FALSE;
  /* The status needs the meeting that closed it, which may come later in the file. */
  g_ptr_array_add (l->pending_actions, obj);
  g_array_append_val (l->action_ids, id);
  return TRUE;
}

typedef gboolean (*ChildLoader) (Loader *l, gint64 parent_id, JsonObject *obj, GError **error);

static gboolean
load_children (Loader      *l,
               gint64       parent_id,
               JsonObject  *parent,
               const char  *member,
               ChildLoader  load,
               GError     **error)
{
  JsonArray *array;

  if (!get_array (l, parent, member, &array, error))
    return FALSE;
  for (guint i = 0; i < array_length (array); i++)
    {
      JsonObject *obj = array_object (l, array, i, member, error);

      if (obj == NULL || !load (l, parent_id, obj, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_item_details (Loader *l, gint64 item_id, JsonObject *obj, GError **error)
{
  const char *notes;
  gint64 submitted_by, presenter;
  int minutes;
  gboolean addition;

  if (!resolve (l, l->organisations, obj, "submitted_by", &submitted_by, error) ||
      !resolve (l, l->people, obj, "presenter", &presenter, error) ||
      !get_int (l, obj, "planned_minutes", -1, &minutes, error) ||
      !get_bool (l, obj, "is_addition", &addition, error) ||
      !get_text (l, obj, "notes", FALSE, &notes, error))
    return FALSE;
  if ((submitted_by > 0 || presenter > 0 || minutes >= 0 || addition) &&
      !ot_store_set_agenda_item_details (l->store, item_id, submitted_by, presenter, minutes, addition, error))
    return FALSE;
  return notes == NULL || ot_store_set_text (l->store, OT_FIELD_AGENDA_ITEM_NOTES, item_id, notes, error);
}

static gboolean load_agenda_item (Loader *l, gint64 meeting_id, gint64 parent_id, JsonObject *obj, GError **error);

static gboolean
load_item_actions (Loader *l, gint64 meeting_id, gint64 item_id, JsonObject *obj, GError **error)
{
  JsonArray *array;

  if (!get_array (l, obj, "actions", &array, error))
    return FALSE;
  for (guint i = 0; i < array_length (array); i++)
    {
      JsonObject *action = array_object (l, array, i, "actions", error);

      if (action == NULL || !load_action (l, meeting_id, item_id, action, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_sub_items (Loader *l, gint64 meeting_id, gint64 item_id, JsonObject *obj, GError **error)
{
  JsonArray *array;

  if (!get_array (l, obj, "items", &array, error))
    return FALSE;
  for (guint i = 0; i < array_length (array); i++)
    {
      JsonObject *child = array_object (l, array, i, "items", error);

      if (child == NULL || !load_agenda_item (l, meeting_id, item_id, child, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_agenda_item (Loader *l, gint64 meeting_id, gint64 parent_id, JsonObject *obj, GError **error)
{
  const char *title;
  gint64 id;

  if (!get_text (l, obj, "title", TRUE, &title, error))
    return FALSE;
  id = ot_store_add_agenda_item (l->store, meeting_id, parent_id, title, error);
  return id > 0 &&
         load_item_details (l, id, obj, error) &&
         load_children (l, id, obj, "statements", load_statement, error) &&
         load_children (l, id, obj, "decisions", load_decision, error) &&
         load_item_actions (l, meeting_id, id, obj, error) &&
         load_sub_items (l, meeting_id, id, obj, error);
}

static gboolean
load_agenda (Loader *l, gint64 meeting_id, JsonObject *obj, GError **error)
{
  JsonArray *array;

  if (!get_array (l, obj, "agenda", &array, error))
    return FALSE;
  for (guint i = 0; i < array_length (array); i++)
    {
      JsonObject *item = array_object (l, array, i, "agenda", error);

      if (item == NULL || !load_agenda_item (l, meeting_id, 0, item, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_meeting (Loader *l, gint64 series_id, JsonObject *obj, GError **error)
{
  const char *key, *title, *date, *start, *end, *location;
  gint64 chair, taker, id;

  if (!get_text (l, obj, "key", TRUE, &key, error) || !get_text (l, obj, "title", TRUE, &title, error) ||
      !get_text (l, obj, "date", TRUE, &date, error) || !get_text (l, obj, "start_time", FALSE, &start, error) ||
      !get_text (l, obj, "end_time", FALSE, &end, error) ||
      !get_text (l, obj, "location", FALSE, &location, error) ||
      !resolve (l, l->people, obj, "chair", &chair, error) ||
      !resolve (l, l->people, obj, "minute_taker", &taker, error))
    return FALSE;
  id = ot_store_add_meeting (l->store, series_id, title, date, start, end, location, chair, taker, error);
  if (id <= 0 || !remember (l, l->meetings, key, id, error))
    return FALSE;
  g_ptr_array_add (l->pending_meetings, obj);
  g_array_append_val (l->meeting_ids, id);
  return load_children (l, id, obj, "attendance", load_attendance, error) &&
         load_agenda (l, id, obj, error) &&
         load_item_actions (l, id, 0, obj, error);
}

static gboolean
load_series (Loader *l, JsonObject *obj, GError **error)
{
  const char *name, *description;
  int kind;
  gint64 id;

  if (!get_text (l, obj, "name", TRUE, &name, error) ||
      !get_text (l, obj, "description", FALSE, &description, error) ||
      !get_enum (l, obj, "kind", OT_TYPE_SERIES_KIND,
                 OT_SERIES_KIND_OVERLEGTAFEL, &kind, error))
    return FALSE;
  id = ot_store_add_series (l->store, name, kind, description, error);
  return id > 0 && load_children (l, id, obj, "meetings", load_meeting, error);
}

/* ---- Second pass: statuses that refer to later meetings ---- */

static gboolean
finish_action (Loader *l, gint64 action_id, JsonObject *obj, GError **error)
{
  gint64 closed_in;
  int status;

  if (!get_enum (l, obj, "status", OT_TYPE_ACTION_STATUS,
                 OT_ACTION_STATUS_OPEN, &status, error) ||
      !resolve (l, l->meetings, obj, "closed_in", &closed_in, error))
    return FALSE;
  if (status == OT_ACTION_STATUS_OPEN && closed_in == 0)
    return TRUE;
  return ot_store_set_action_status (l->store, action_id, status, closed_in, error);
}

static gboolean
meeting_status (Loader *l, JsonObject *obj, int *status, GError **error)
{
  return get_enum (l, obj, "status", OT_TYPE_MEETING_STATUS,
                   OT_MEETING_STATUS_DRAFT, status, error);
}

static gboolean
finish_meetings (Loader *l, GError **error)
{
  /* Minutes are drafts before actions are closed in them, and approved only at the end,
   * since approved minutes take no more changes. */
  for (guint i = 0; i < l->pending_meetings->len; i++)
    {
      int status;

      if (!meeting_status (l, l->pending_meetings->pdata[i], &status, error))
        return FALSE;
      if (status != OT_MEETING_STATUS_PLANNED &&
          !ot_store_set_meeting_status (l->store, g_array_index (l->meeting_ids, gint64, i),
                                        OT_MEETING_STATUS_DRAFT, error))
        return FALSE;
    }
  for (guint i = 0; i < l->pending_actions->len; i++)
    if (!finish_action (l, g_array_index (l->action_ids, gint64, i), l->pending_actions->pdata[i], error))
      return FALSE;
  for (guint i = 0; i < l->pending_meetings->len; i++)
    {
      JsonObject *obj = l->pending_meetings->pdata[i];
      const char *notes;
      gint64 approved_in;
      int status;

      if (!meeting_status (l, obj, &status, error) ||
          !resolve (l, l->meetings, obj, "approved_in", &approved_in, error) ||
          !get_text (l, obj, "approval_notes", FALSE, &notes, error))
        return FALSE;
      if (status != OT_MEETING_STATUS_APPROVED)
        continue;
      if (!ot_store_approve_meeting (l->store, g_array_index (l->meeting_ids, gint64, i), approved_in,
                                     notes, error))
        return FALSE;
    }
  return TRUE;
}

/* ---- The whole file ---- */

static gboolean
check_format (Loader *l, JsonObject *root, GError **error)
{
  const char *format;
  int version;

  if (!get_text (l, root, "format", FALSE, &format, error) ||
      !get_int (l, root, "version", 1, &version, error))
    return FALSE;
  if (format != NULL && !g_str_equal (format, "overlegtafel-demo"))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE, _("“%s” is not an Overlegtafel demo file."), l->name);
      return FALSE;
    }
  if (version != 1)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_UNSUPPORTED,
                   _("The demo file “%s” has format version %d; this version of Overlegtafel reads version 1."),
                   l->name, version);
      return FALSE;
    }
  return TRUE;
}

static gboolean
load_root (Loader *l, JsonObject *root, GError **error)
{
  return check_format (l, root, error) &&
         load_each (l, root, "organisations", load_organisation, error) &&
         load_each (l, root, "people", load_person, error) &&
         load_each (l, root, "series", load_series, error) &&
         finish_meetings (l, error);
}

/* Deepest nesting of arrays and objects, counted outside strings; stops counting past @limit. */
static guint
nesting_depth (const char *data,
               gsize       length,
               guint       limit)
{
  gboolean in_string = FALSE;
  guint depth = 0, deepest = 0;

  for (gsize i = 0; i < length && deepest <= limit; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        {
          depth++;
          deepest = MAX (deepest, depth);
        }
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }
  return deepest;
}

static JsonParser *
parse_bytes (GBytes      *bytes,
             const char  *name,
             GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  if (length > DEMO_MAX_BYTES)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_LIMIT,
                   _("The demo file “%s” is larger than %u MB; it cannot be demo data."), name,
                   DEMO_MAX_BYTES / (1024 * 1024));
      return NULL;
    }
  /* An empty GBytes has no data pointer at all, which the parser would not accept. */
  if (length == 0)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE, _("The demo file “%s” is empty."), name);
      return NULL;
    }
  if (nesting_depth (data, length, DEMO_MAX_DEPTH) > DEMO_MAX_DEPTH)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_LIMIT,
                   _("The demo file “%s” is nested too deeply to be demo data."), name);
      return NULL;
    }
  if (!json_parser_load_from_data (parser, data, (gssize) length, &local_error))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE, _("The demo file “%s” is not valid JSON: %s"),
                   name, local_error->message);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE,
                   _("The demo file “%s” does not hold an object at the top."), name);
      return NULL;
    }
  return g_steal_pointer (&parser);
}

gboolean
ot_demo_load_from_bytes (OtStore     *store,
                         GBytes      *bytes,
                         const char  *name,
                         GError     **error)
{
  g_auto(Loader) l = { 0 };
  g_autoptr(JsonParser) parser = NULL;

  g_return_val_if_fail (OT_IS_STORE (store), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  if (!ot_store_is_empty (store))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_EXISTS,
                   _("The database “%s” already holds meetings; the demo data is only loaded into an empty database."),
                   ot_store_get_path (store));
      return FALSE;
    }
  parser = parse_bytes (bytes, name, error);
  if (parser == NULL)
    return FALSE;

  l.store = store;
  l.name = name;
  l.organisations = id_table_new ();
  l.people = id_table_new ();
  l.meetings = id_table_new ();
  l.pending_meetings = g_ptr_array_new ();
  l.meeting_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  l.pending_actions = g_ptr_array_new ();
  l.action_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (!ot_store_begin (store, error))
    return FALSE;
  if (!load_root (&l, json_node_get_object (json_parser_get_root (parser)), error))
    {
      ot_store_rollback (store);
      /* The store's own messages do not know which file the values came from. */
      if (error != NULL && *error != NULL && !g_error_matches (*error, OT_ERROR, OT_ERROR_BAD_FILE) &&
          !g_error_matches (*error, OT_ERROR, OT_ERROR_UNSUPPORTED))
        g_prefix_error (error, _("The demo file “%s” cannot be loaded: "), name);
      return FALSE;
    }
  return ot_store_commit (store, error);
}

gboolean
ot_demo_load_from_file (OtStore     *store,
                        const char  *path,
                        GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *contents = NULL;
  gsize length;
  GStatBuf st;

  g_return_val_if_fail (path != NULL, FALSE);

  if (g_stat (path, &st) != 0)
    {
      int saved = errno;
      g_set_error (error, OT_ERROR, OT_ERROR_IO, _("Cannot read the demo file “%s”: %s."), path,
                   g_strerror (saved));
      return FALSE;
    }
  /* Checked before reading: a huge file is never read into memory, and a pipe or device
   * could block for ever. */
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE, _("The demo file “%s” is not a regular file."), path);
      return FALSE;
    }
  if (st.st_size > DEMO_MAX_BYTES)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_LIMIT,
                   _("The demo file “%s” is larger than %u MB; it cannot be demo data."), path,
                   DEMO_MAX_BYTES / (1024 * 1024));
      return FALSE;
    }
  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_IO, _("Cannot read the demo file “%s”: %s."), path,
                   local_error->message);
      return FALSE;
    }
  bytes = g_bytes_new_take (contents, length);
  return ot_demo_load_from_bytes (store, bytes, path, error);
}

gboolean
ot_demo_load (OtStore  *store,
              GError  **error)
{
  g_autoptr(GBytes) bytes = NULL;

  bytes = g_resource_lookup_data (ot_demo_data_get_resource (), DEMO_RESOURCE_PATH,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  /* Compiled in by the build, so missing data is a broken build, not a user error. */
  g_return_val_if_fail (bytes != NULL, FALSE);
  return ot_demo_load_from_bytes (store, bytes, "demo.json", error);
}
