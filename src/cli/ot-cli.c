/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-cli.c: overlegtafel-cli, a command-line tool over the core for scripting and tests. */
#define G_LOG_DOMAIN "ot-cli"
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "ot-cli.h"
#include "ot-json-text.h"

OtStore *
ot_cli_get_store (OtCli *cli)
{
  g_autoptr(GError) error = NULL;

  if (cli->store != NULL)
    return cli->store;
  cli->store = ot_store_open (cli->db_path, &error);
  if (cli->store == NULL)
    ot_cli_fail_error (error);
  return cli->store;
}

/* The writer analyse --json uses too, so every command prints 20.2 and 300 the same way,
 * never json-glib's 20.199999999999999 or 300.0. */
void
ot_cli_print_json (JsonNode *node)
{
  g_autofree char *text = ot_json_to_text (node, TRUE);

  g_print ("%s\n", text);
}

int
ot_cli_fail (const char *message)
{
  g_printerr ("overlegtafel-cli: %s\n", message);
  return 1;
}

int
ot_cli_fail_error (const GError *error)
{
  return ot_cli_fail (error->message);
}

gboolean
ot_cli_parse (GOptionContext   *context,
              int              *argc,
              char           ***argv)
{
  g_autoptr(GError) error = NULL;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      ot_cli_fail_error (error);
      return FALSE;
    }
  return TRUE;
}

gboolean
ot_cli_parse_id (const char *text,
                 gint64     *id)
{
  guint64 value;

  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &value, NULL))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not a valid number."), text != NULL ? text : "");
      ot_cli_fail (message);
      return FALSE;
    }
  *id = (gint64) value;
  return TRUE;
}

/* Run from the build tree, the translations are the freshly built ones there, not an
 * older installed copy (or none). */
static const char *
locale_dir (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);

  if (exe != NULL && g_str_has_prefix (exe, OT_BUILD_ROOT G_DIR_SEPARATOR_S))
    return OT_BUILD_ROOT G_DIR_SEPARATOR_S "po";
  return LOCALEDIR;
}

static void
print_usage (void)
{
  g_print ("%s\n\n", _("Usage: overlegtafel-cli [--db PATH] COMMAND [OPTIONS…]"));
  g_print ("%s\n", _("Commands:"));
  for (const OtCliCommand *c = ot_cli_commands; c->name != NULL; c++)
    g_print ("  %-18s %s\n", c->name, _(c->summary));
  g_print ("\n%s\n", _("Run “overlegtafel-cli COMMAND --help” for the options of a command."));
  g_print ("%s\n", _("The database is --db PATH, else $OVERLEGTAFEL_DB, else the default in your data folder."));
}

int
main (int    argc,
      char **argv)
{
  OtCli cli = { 0 };
  const char *db = NULL;
  int first = 1;
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Global options come before the command; each command parses the rest itself. */
  while (first < argc && argv[first][0] == '-')
    {
      if (g_str_equal (argv[first], "--db") && first + 1 < argc)
        {
          db = argv[first + 1];
          first += 2;
        }
      else if (g_str_has_prefix (argv[first], "--db="))
        db = argv[first++] + strlen ("--db=");
      else if (g_str_equal (argv[first], "--version"))
        {
          g_print ("overlegtafel-cli %s\n", PACKAGE_VERSION);
          return 0;
        }
      else if (g_str_equal (argv[first], "--help") || g_str_equal (argv[first], "-h"))
        {
          print_usage ();
          return 0;
        }
      else
        {
          g_autofree char *message = g_strdup_printf (_("Unknown option “%s”."), argv[first]);
          print_usage ();
          return ot_cli_fail (message) + 1;
        }
    }
  if (first >= argc)
    {
      print_usage ();
      return 2;
    }

  for (const OtCliCommand *c = ot_cli_commands; c->name != NULL; c++)
    {
      /* Multi-word commands such as "series list" are matched on their first word; the
       * command itself reads the rest. */
      if (g_str_equal (c->name, argv[first]))
        {
          cli.db_path = ot_store_resolve_path (db);
          status = c->run (&cli, argc - first, argv + first);
          g_clear_object (&cli.store);
          g_free (cli.db_path);
          return status;
        }
    }
  {
    g_autofree char *message = g_strdup_printf (_("Unknown command “%s”."), argv[first]);
    print_usage ();
    return ot_cli_fail (message) + 1;
  }
}
