/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-cli-actions.c: "actions", the action items of all meetings, filtered by status, series, owner or due date. */
#define G_LOG_DOMAIN "ot-cli"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-cli.h"
#include "ot-cli-command-list.h"
#include "ot-cli-format.h"
#include "ot-cli-json.h"

static void
print_actions (GListModel *list,
               const char *today)
{
  guint n = g_list_model_get_n_items (list);

  if (n == 0)
    {
      g_print ("%s\n", _("No action items match."));
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OtAction) action = g_list_model_get_item (list, i);
      ot_cli_print_action (action, today, TRUE, 0);
    }
}

int
ot_cli_actions (OtCli  *cli,
                int     argc,
                char  **argv)
{
  gboolean json = FALSE, open_only = FALSE, overdue = FALSE;
  g_autofree char *series_text = NULL;
  g_autofree char *owner = NULL;
  const GOptionEntry entries[] = {
    { "open", 0, 0, G_OPTION_ARG_NONE, &open_only, N_("Only open action items"), NULL },
    { "series", 0, 0, G_OPTION_ARG_STRING, &series_text, N_("Only the action items of this series"), N_("ID") },
    { "owner", 0, 0, G_OPTION_ARG_STRING, &owner, N_("Only action items whose owner’s name contains this text"), N_("TEXT") },
    { "overdue", 0, 0, G_OPTION_ARG_NONE, &overdue, N_("Only open action items due before today"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON instead of text"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = ot_cli_today ();
  OtActionFilter filter = { 0 };
  OtStore *store;

  g_option_context_set_summary (context, _("Lists the action items of all meetings, those due first."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  argv[0] = (char *) "overlegtafel-cli actions";
  if (!ot_cli_parse (context, &argc, &argv))
    return 2;
  if (argc != 1)
    return ot_cli_fail (_("“actions” takes options only; see “overlegtafel-cli actions --help”.")) + 1;
  if (series_text != NULL && !ot_cli_parse_id (series_text, &filter.series_id))
    return 2;
  filter.open_only = open_only || overdue;
  filter.overdue_on = overdue ? today : NULL;
  filter.owner = owner;

  if ((store = ot_cli_get_store (cli)) == NULL)
    return 1;
  list = ot_store_list_actions (store, &filter, &error);
  if (list == NULL)
    return ot_cli_fail_error (error);
  if (json)
    {
      g_autoptr(JsonNode) node = ot_cli_json_action_list (list, today);
      ot_cli_print_json (node);
    }
  else
    print_actions (list, today);
  return 0;
}
