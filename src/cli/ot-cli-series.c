/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-cli-series.c: "series list", the series of meetings with their kind and number of meetings. */
#define G_LOG_DOMAIN "ot-cli"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-cli.h"
#include "ot-cli-command-list.h"
#include "ot-cli-format.h"
#include "ot-cli-json.h"

static void
print_series (GListModel *list)
{
  guint n = g_list_model_get_n_items (list);

  if (n == 0)
    {
      g_print ("%s\n", _("There are no series yet. Run “overlegtafel-cli demo” to load the demo data."));
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OtSeries) series = g_list_model_get_item (list, i);
      int meetings = ot_series_get_n_meetings (series);

      g_print ("%4" G_GINT64_FORMAT "  %s\n", ot_series_get_id (series), ot_series_get_name (series));
      g_print ("      ");
      g_print (g_dngettext (GETTEXT_PACKAGE, "%s, %d meeting", "%s, %d meetings", meetings),
               ot_cli_label_series_kind (ot_series_get_kind (series)), meetings);
      g_print ("\n");
    }
}

int
ot_cli_series (OtCli  *cli,
               int     argc,
               char  **argv)
{
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON instead of text"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("list");
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  OtStore *store;

  g_option_context_set_summary (context, _("Lists the series of meetings, the most recent first."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  argv[0] = (char *) "overlegtafel-cli series";
  if (!ot_cli_parse (context, &argc, &argv))
    return 2;
  if (argc != 2 || !g_str_equal (argv[1], "list"))
    return ot_cli_fail (_("Use “overlegtafel-cli series list”.")) + 1;

  if ((store = ot_cli_get_store (cli)) == NULL)
    return 1;
  list = ot_store_list_series (store, &error);
  if (list == NULL)
    return ot_cli_fail_error (error);
  if (json)
    {
      g_autoptr(JsonNode) node = ot_cli_json_list (list, (OtCliJsonFunc) ot_cli_json_series);
      ot_cli_print_json (node);
    }
  else
    print_series (list);
  return 0;
}
