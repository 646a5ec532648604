/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-cli-commands.c: the table of overlegtafel-cli's subcommands. Each lives in ot-cli-<name>.c. */
#include "config.h"

#include <glib/gi18n.h>

#include "ot-cli.h"
#include "ot-cli-command-list.h"

const OtCliCommand ot_cli_commands[] = {
  /* Keep one line per command; the functions are declared in ot-cli-command-list.h. */
  { "demo", N_("Load the demo data into an empty database"), ot_cli_demo },
  { "series", N_("series list: the series of meetings"), ot_cli_series },
  { "meetings", N_("meetings list [--series ID]: the meetings, newest first"), ot_cli_meetings },
  { "meeting", N_("meeting show ID: everything stored for one meeting"), ot_cli_meeting },
  { "actions", N_("actions [--open] [--series ID] [--owner TEXT] [--overdue]: action items"), ot_cli_actions },
  { "search", N_("search TEXT: full-text search in all minutes"), ot_cli_search },
  { "consultation", N_("consultation create|invite|decline|show: a market consultation for rekentools"), ot_cli_consultation },
  { "template", N_("template --consultation ID -o FILE: the rekentool template for providers"), ot_cli_template },
  { "analyse", N_("analyse --consultation ID --json | -o report.pdf|report.xlsx: the anonymised tariff analysis"), ot_cli_analyse },
  { "export", N_("export --meeting ID --format pdf|xlsx [--public] -o FILE: the minutes of a meeting"), ot_cli_export },
  { "export-qa", N_("export-qa --series ID|--meeting ID --format pdf|xlsx -o FILE: the nota van inlichtingen"), ot_cli_export_qa },
  { "import-rekentool", N_("import-rekentool --consultation ID [--org NAME] [--replace] FILE…: import rekentools"), ot_cli_import_rekentool },
  { "submissions", N_("submissions --consultation ID [--json]: stored rekentool values with their sources"), ot_cli_submissions },
  { "import-minutes", N_("import-minutes FILE [--series ID] [--dry-run] [--json]: existing minutes (PDF, DOCX, text) as a meeting"), ot_cli_import_minutes },
  { NULL, NULL, NULL },
};
