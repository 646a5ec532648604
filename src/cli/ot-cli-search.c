/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-cli-search.c: "search TEXT", full-text search over notes, statements, decisions and actions. */
#define G_LOG_DOMAIN "ot-cli"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-cli.h"
#include "ot-cli-command-list.h"
#include "ot-cli-json.h"
#include "ot-search-snippet.h"

/* Matches are shown between guillemets: a terminal may not render bold, and a pipe may not want escapes. */
static char *
snippet_for_terminal (const char *snippet)
{
  g_autoptr(GString) text = g_string_new (snippet);

  g_string_replace (text, OT_SNIPPET_START, "«", 0);
  g_string_replace (text, OT_SNIPPET_END, "»", 0);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
print_hits (GListModel *hits)
{
  guint n = g_list_model_get_n_items (hits);

  if (n == 0)
    {
      g_print ("%s\n", _("Nothing found."));
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OtSearchHit) hit = g_list_model_get_item (hits, i);
      g_autofree char *snippet = snippet_for_terminal (ot_search_hit_get_snippet (hit));
      g_autofree char *number = NULL;

      g_print ("%s  %s (%s) — ", ot_search_hit_get_meeting_date (hit), ot_search_hit_get_meeting_title (hit),
               ot_search_hit_get_series_name (hit));
      /* The number as text: xgettext cannot read G_GINT64_FORMAT inside a message. */
      number = g_strdup_printf ("%" G_GINT64_FORMAT, ot_search_hit_get_meeting_id (hit));
      g_print (_("meeting %s"), number);
      g_print ("\n    %s\n", snippet);
    }
}

int
ot_cli_search (OtCli  *cli,
               int     argc,
               char  **argv)
{
  gboolean json = FALSE;
  int limit = 50;
  const GOptionEntry entries[] = {
    { "limit", 0, 0, G_OPTION_ARG_INT, &limit, N_("At most this many hits (default 50)"), N_("N") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON instead of text"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("TEXT");
  g_autoptr(GListModel) hits = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  OtStore *store;

  g_option_context_set_summary (context, _("Searches the notes, questions and answers, decisions and action items of all meetings. Words match as prefixes, diacritics ignored, best hits first."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  argv[0] = (char *) "overlegtafel-cli search";
  if (!ot_cli_parse (context, &argc, &argv))
    return 2;
  if (argc < 2)
    return ot_cli_fail (_("Say what to search for: “overlegtafel-cli search TEXT”.")) + 1;
  if (limit < 1 || limit > 10000)
    return ot_cli_fail (_("The limit must be between 1 and 10000.")) + 1;
  /* Several words without quotes are one search, as a user would expect. */
  text = g_strjoinv (" ", argv + 1);
  if (!g_utf8_validate (text, -1, NULL))
    return ot_cli_fail (_("The search text is not valid UTF-8.")) + 1;

  if ((store = ot_cli_get_store (cli)) == NULL)
    return 1;
  hits = ot_store_search (store, text, (guint) limit, &error);
  if (hits == NULL)
    return ot_cli_fail_error (error);
  if (json)
    {
      g_autoptr(JsonNode) node = ot_cli_json_list (hits, (OtCliJsonFunc) ot_cli_json_search_hit);
      ot_cli_print_json (node);
    }
  else
    print_hits (hits);
  return 0;
}
