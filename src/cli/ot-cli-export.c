/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-cli-export.c: "export" and "export-qa", writing minutes and the nota van inlichtingen as PDF or XLSX. */
#define G_LOG_DOMAIN "ot-cli"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-cli.h"
#include "ot-cli-command-list.h"
#include "ot-minutes-export.h"

/* The user reviews these before publishing: words that look like names but are not known. */
static void
print_unsure (char **unsure)
{
  if (unsure == NULL || unsure[0] == NULL)
    return;
  g_printerr ("%s\n", _("These words look like names but are not in the registry; check them before publishing:"));
  for (guint i = 0; unsure[i] != NULL; i++)
    g_printerr ("  %s\n", unsure[i]);
}

static gboolean
parse_format (const char     *text,
              OtExportFormat *format)
{
  if (text == NULL || !ot_export_format_from_string (text, format))
    {
      ot_cli_fail (_("The format must be “pdf” or “xlsx”."));
      return FALSE;
    }
  return TRUE;
}

int
ot_cli_export (OtCli  *cli,
               int     argc,
               char  **argv)
{
  gint64 meeting_id = 0;
  gboolean is_public = FALSE;
  gboolean force = FALSE;
  g_autofree char *format_text = NULL;
  g_autofree char *attendance_text = NULL;
  g_autofree char *output = NULL;
  g_auto(GStrv) names = NULL;
  g_autofree char *author = NULL;
  const GOptionEntry entries[] = {
    { "meeting", 0, 0, G_OPTION_ARG_INT64, &meeting_id, N_("The meeting"), N_("ID") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text, N_("pdf or xlsx"), N_("FORMAT") },
    { "public", 0, 0, G_OPTION_ARG_NONE, &is_public, N_("The public version: role words instead of names"), NULL },
    { "attendance", 0, 0, G_OPTION_ARG_STRING, &attendance_text,
      N_("How attendance is listed: full, organisations, counts or none"), N_("HOW") },
    { "name", 0, 0, G_OPTION_ARG_STRING_ARRAY, &names, N_("A further name to replace in the public version"), N_("NAME") },
    { "author", 0, 0, G_OPTION_ARG_STRING, &author, N_("The author named in the PDF (not in a public version)"), N_("NAME") },
    { "force", 0, 0, G_OPTION_ARG_NONE, &force, N_("Overwrite an existing file"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) unsure = NULL;
  OtMinutesExportOptions options = { 0 };
  OtStore *store;

  g_option_context_set_summary (context, _("Writes the minutes of a meeting as PDF or XLSX."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  argv[0] = (char *) "overlegtafel-cli export";
  if (!ot_cli_parse (context, &argc, &argv))
    return 2;
  if (meeting_id <= 0 || output == NULL || argc != 1)
    return ot_cli_fail (_("Use “overlegtafel-cli export --meeting ID --format pdf|xlsx [--public] -o FILE”.")) + 1;
  if (!parse_format (format_text != NULL ? format_text : "pdf", &options.format))
    return 2;
  options.attendance = is_public ? OT_MINUTES_ATTENDANCE_ORGANISATIONS : OT_MINUTES_ATTENDANCE_FULL;
  if (attendance_text != NULL && !ot_minutes_attendance_mode_from_string (attendance_text, &options.attendance))
    return ot_cli_fail (_("The attendance must be “full”, “organisations”, “counts” or “none”.")) + 1;
  options.is_public = is_public;
  options.force = force;
  options.extra_names = (const char * const *) names;
  options.author = author;

  if ((store = ot_cli_get_store (cli)) == NULL)
    return 1;
  if (!ot_minutes_export (store, meeting_id, &options, output, &unsure, &error))
    return ot_cli_fail_error (error);
  print_unsure (unsure);
  return 0;
}

int
ot_cli_export_qa (OtCli  *cli,
                  int     argc,
                  char  **argv)
{
  gint64 meeting_id = 0;
  gint64 series_id = 0;
  gboolean force = FALSE;
  gboolean remarks = FALSE;
  g_autofree char *format_text = NULL;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "series", 0, 0, G_OPTION_ARG_INT64, &series_id, N_("All meetings of a series"), N_("ID") },
    { "meeting", 0, 0, G_OPTION_ARG_INT64, &meeting_id, N_("One meeting"), N_("ID") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text, N_("pdf or xlsx"), N_("FORMAT") },
    { "remarks", 0, 0, G_OPTION_ARG_NONE, &remarks, N_("Number the remarks too, not only the questions"), NULL },
    { "force", 0, 0, G_OPTION_ARG_NONE, &force, N_("Overwrite an existing file"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) unsure = NULL;
  OtExportFormat format;
  OtStore *store;

  g_option_context_set_summary (context, _("Writes the numbered, anonymised questions and answers (nota van inlichtingen)."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  argv[0] = (char *) "overlegtafel-cli export-qa";
  if (!ot_cli_parse (context, &argc, &argv))
    return 2;
  if ((series_id <= 0) == (meeting_id <= 0) || output == NULL || argc != 1)
    return ot_cli_fail (_("Use “overlegtafel-cli export-qa --series ID|--meeting ID --format pdf|xlsx -o FILE”.")) + 1;
  if (!parse_format (format_text != NULL ? format_text : "pdf", &format))
    return 2;

  if ((store = ot_cli_get_store (cli)) == NULL)
    return 1;
  if (!ot_minutes_export_qa (store, series_id, meeting_id, remarks, format, force, &unsure, output, &error))
    return ot_cli_fail_error (error);
  print_unsure (unsure);
  return 0;
}
