/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-cli-template.c: "template", writing the rekentool template of a consultation. */
#define G_LOG_DOMAIN "ot-cli"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-cli.h"
#include "ot-cli-command-list.h"
#include "ot-rekentool-template.h"
#include "ot-store-consultations.h"

int
ot_cli_template (OtCli  *cli,
                 int     argc,
                 char  **argv)
{
  gint64 consultation_id = 0;
  g_autofree char *output = NULL;
  gboolean force = FALSE;
  const GOptionEntry entries[] = {
    { "consultation", 0, 0, G_OPTION_ARG_INT64, &consultation_id, N_("The consultation"), N_("ID") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The .xlsx file to write"), N_("FILE") },
    { "force", 0, 0, G_OPTION_ARG_NONE, &force, N_("Overwrite an existing file"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(OtConsultation) consultation = NULL;
  g_autoptr(GError) error = NULL;
  OtStore *store;

  g_option_context_set_summary (context, _("Writes the rekentool template that invited providers fill in."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  argv[0] = (char *) "overlegtafel-cli template";
  if (!ot_cli_parse (context, &argc, &argv))
    return 2;
  if (consultation_id <= 0 || output == NULL || argc != 1)
    return ot_cli_fail (_("Use “overlegtafel-cli template --consultation ID [--force] -o FILE”.")) + 1;
  if ((store = ot_cli_get_store (cli)) == NULL)
    return 1;
  consultation = ot_store_get_consultation (store, consultation_id, &error);
  if (consultation == NULL || !ot_rekentool_template_write (consultation, output, force, &error))
    return ot_cli_fail_error (error);
  return 0;
}
