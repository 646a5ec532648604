/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-cli-import-minutes.c: "import-minutes", existing minutes (PDF, DOCX, text) into a stored meeting. */
#define G_LOG_DOMAIN "ot-cli"
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "ot-cli.h"
#include "ot-cli-command-list.h"
#include "ot-error.h"
#include "minutes-import/ot-minutes-import.h"
#include "minutes-import/ot-minutes-store.h"

static void
print_item (const OtMinutesItem *item,
            guint                depth)
{
  g_print ("%*s%s %s\n", (int) depth * 2 + 2, "", item->number != NULL ? item->number : "-", item->title);
  g_print ("%*s", (int) depth * 2 + 4, "");
  g_print (_("%u statements, %u decisions, %u actions, %u notes"),
           item->statements->len, item->decisions->len, item->actions->len, item->notes->len);
  g_print ("\n");
  for (guint i = 0; i < item->children->len; i++)
    print_item (g_ptr_array_index (item->children, i), depth + 1);
}

static const char *
state_label (OtMinutesAttendance state)
{
  switch (state)
    {
    case OT_MINUTES_EXCUSED: return _("excused");
    case OT_MINUTES_ABSENT: return _("absent");
    case OT_MINUTES_PRESENT:
    default:
      return _("present");
    }
}

/* @text padded to @width characters (not bytes: names have accents). */
static char *
padded (const char *text,
        guint       width)
{
  const char *shown = text != NULL ? text : "-";
  glong n = g_utf8_strlen (shown, -1);
  GString *out = g_string_new (shown);

  for (glong i = n; i < (glong) width; i++)
    g_string_append_c (out, ' ');
  return g_string_free (out, FALSE);
}

static void
print_result (const OtMinutesResult *result)
{
  g_print ("%s %s\n", _("Title:"), result->title != NULL ? result->title : "-");
  g_print ("%s %s\n", _("Date:"), result->date != NULL ? result->date : "-");
  g_print ("%s %s\n", _("Location:"), result->location != NULL ? result->location : "-");
  g_print ("%s %s\n", _("Chair:"), result->chair != NULL ? result->chair : "-");
  g_print ("%s\n", _("Attendees:"));
  for (guint i = 0; i < result->attendees->len; i++)
    {
      const OtMinutesAttendee *a = g_ptr_array_index (result->attendees, i);

      g_autofree char *name = padded (a->name, 28);
      g_autofree char *organisation = padded (a->organisation, 30);

      g_print ("  %s %s %s\n", name, organisation, state_label (a->state));
    }
  g_print ("%s\n", _("Agenda:"));
  for (guint i = 0; i < result->agenda->len; i++)
    print_item (g_ptr_array_index (result->agenda, i), 0);
  if (result->actions->len > 0)
    {
      g_print ("%s\n", _("Action list:"));
      for (guint i = 0; i < result->actions->len; i++)
        {
          const OtMinutesAction *a = g_ptr_array_index (result->actions, i);

          g_print ("  %s%s%s\n", a->owner != NULL ? a->owner : "", a->owner != NULL ? ": " : "", a->text);
        }
    }
}

/* Without --series the meeting goes into the series named after the minutes' title, which is
 * created (as an overlegtafel) on first use, so importing a run of minutes of one table with
 * the same title collects them in one series and carries their actions over. */
static gint64
series_for_title (OtStore    *store,
                  const char *title,
                  GError    **error)
{
  g_autoptr(GListModel) list = ot_store_list_series (store, error);
  const char *name = title != NULL && *title != '\0' ? title : _("Imported minutes");

  if (list == NULL)
    return 0;
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(OtSeries) series = g_list_model_get_item (list, i);
      g_autofree char *a = g_utf8_casefold (ot_series_get_name (series), -1);
      g_autofree char *b = g_utf8_casefold (name, -1);

      if (g_str_equal (a, b))
        return ot_series_get_id (series);
    }
  return ot_store_add_series (store, name, OT_SERIES_KIND_OVERLEGTAFEL, NULL, error);
}

static gboolean
valid_date (const char *text)
{
  guint y, m, d;
  char end;

  return strlen (text) == 10 && sscanf (text, "%4u-%2u-%2u%c", &y, &m, &d, &end) == 3 &&
         g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y);
}

/* Stores @result, creating its series in the same transaction, so that a refused import
 * leaves the database as it was. */
static gint64
store_result (OtStore               *store,
              const OtMinutesResult *result,
              gint64                *series_id,
              GError               **error)
{
  gint64 meeting_id;
  gint64 chosen = *series_id;

  if (result->date == NULL)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID,
                   _("No meeting date was found in the minutes; give one with --date. Nothing was stored."));
      return 0;
    }
  if (!ot_store_begin (store, error))
    return 0;
  if ((chosen == 0 && (chosen = series_for_title (store, result->title, error)) == 0) ||
      (meeting_id = ot_minutes_import_store (store, result, chosen, error)) == 0)
    {
      ot_store_rollback (store);
      return 0;
    }
  /* A failed commit has rolled back by itself. */
  if (!ot_store_commit (store, error))
    return 0;
  *series_id = chosen;
  return meeting_id;
}

int
ot_cli_import_minutes (OtCli  *cli,
                       int     argc,
                       char  **argv)
{
  gint64 series_id = 0, meeting_id = 0;
  gboolean dry_run = FALSE, json = FALSE;
  g_autofree char *date = NULL;
  const GOptionEntry entries[] = {
    { "series", 0, 0, G_OPTION_ARG_INT64, &series_id, N_("Store the meeting in this series (default: the series named after the minutes’ title, created when there is none)"), N_("ID") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("The meeting date (YYYY-MM-DD) when the minutes do not give one"), N_("DATE") },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run, N_("Only show the structure found; store nothing"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the structure as JSON"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE"));
  g_autoptr(OtMinutesResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) people = NULL, organisations = NULL;
  OtMinutesImportOptions options = { 0 };
  OtStore *store;

  g_option_context_set_summary (context, _("Reads minutes from a PDF, DOCX or text file, shows the structure found and stores it as a meeting."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  argv[0] = (char *) "overlegtafel-cli import-minutes";
  if (!ot_cli_parse (context, &argc, &argv))
    return 2;
  if (argc != 2 || series_id < 0)
    return ot_cli_fail (_("Use “overlegtafel-cli import-minutes FILE [--series ID] [--dry-run] [--json]”.")) + 1;

  if (date != NULL && !valid_date (date))
    return ot_cli_fail (_("The date is written as YYYY-MM-DD, e.g. 2016-08-29.")) + 1;

  if ((store = ot_cli_get_store (cli)) == NULL)
    return 1;
  if (series_id > 0)
    {
      g_autoptr(OtSeries) series = ot_store_get_series (store, series_id, &error);

      if (series == NULL)
        return ot_cli_fail_error (error);
    }
  if (!ot_minutes_known_names_from_store (store, &people, &organisations, &error))
    return ot_cli_fail_error (error);
  options.known_people = (const char * const *) people;
  options.known_organisations = (const char * const *) organisations;
  result = ot_minutes_import_file (argv[1], &options, &error);
  if (result == NULL)
    return ot_cli_fail_error (error);

  if (date != NULL && result->date == NULL)
    result->date = g_strdup (date);
  if (!dry_run && (meeting_id = store_result (store, result, &series_id, &error)) == 0)
    return ot_cli_fail_error (error);

  if (json)
    {
      g_autoptr(JsonNode) node = ot_minutes_result_to_json (result);
      JsonObject *object = json_node_get_object (node);

      if (dry_run)
        {
          json_object_set_null_member (object, "meeting_id");
          json_object_set_null_member (object, "series_id");
        }
      else
        {
          json_object_set_int_member (object, "meeting_id", meeting_id);
          json_object_set_int_member (object, "series_id", series_id);
        }
      ot_cli_print_json (node);
      return 0;
    }
  print_result (result);
  if (!dry_run)
    {
      g_autofree char *meeting = g_strdup_printf ("%" G_GINT64_FORMAT, meeting_id);
      g_autofree char *series = g_strdup_printf ("%" G_GINT64_FORMAT, series_id);

      /* TRANSLATORS: the first %s is a meeting id, the second a series id. */
      g_print (_("Stored as meeting %s in series %s."), meeting, series);
      g_print ("\n");
    }
  return 0;
}
