/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-cli-demo.c: "demo", loading the demo data (three real public minutes) into an empty database. */
#define G_LOG_DOMAIN "ot-cli"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-cli.h"
#include "ot-cli-command-list.h"
#include "ot-demo.h"

static JsonNode *
summary_node (OtStore *store, guint n_series, guint n_meetings)
{
  JsonObject *obj = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  json_object_set_string_member (obj, "database", ot_store_get_path (store));
  json_object_set_int_member (obj, "series_count", n_series);
  json_object_set_int_member (obj, "meeting_count", n_meetings);
  json_node_take_object (node, obj);
  return node;
}

int
ot_cli_demo (OtCli  *cli,
             int     argc,
             char  **argv)
{
  gboolean json = FALSE;
  g_autofree char *file = NULL;
  const GOptionEntry entries[] = {
    { "file", 0, 0, G_OPTION_ARG_FILENAME, &file, N_("Load this demo file instead of the built-in demo data"), N_("FILE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON instead of text"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) series = NULL;
  g_autoptr(GListModel) meetings = NULL;
  OtStore *store;
  gboolean ok;

  g_option_context_set_summary (context, _("Loads the demo data, three real public minutes of the Lekstroom region, into the database. The database must be empty."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  argv[0] = (char *) "overlegtafel-cli demo";
  if (!ot_cli_parse (context, &argc, &argv))
    return 2;
  if (argc != 1)
    return ot_cli_fail (_("“demo” takes options only; see “overlegtafel-cli demo --help”.")) + 1;

  if ((store = ot_cli_get_store (cli)) == NULL)
    return 1;
  ok = file != NULL ? ot_demo_load_from_file (store, file, &error) : ot_demo_load (store, &error);
  if (!ok)
    return ot_cli_fail_error (error);
  series = ot_store_list_series (store, NULL);
  meetings = ot_store_list_meetings (store, 0, NULL);
  if (json)
    {
      g_autoptr(JsonNode) node = summary_node (store, series ? g_list_model_get_n_items (series) : 0,
                                               meetings ? g_list_model_get_n_items (meetings) : 0);
      ot_cli_print_json (node);
    }
  else
    {
      g_print (_("Loaded the demo data into “%s”: %u series, %u meetings."), ot_store_get_path (store),
               series ? g_list_model_get_n_items (series) : 0, meetings ? g_list_model_get_n_items (meetings) : 0);
      g_print ("\n");
    }
  return 0;
}
