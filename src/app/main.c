/* SPDX-License-Identifier: GPL-3.0-or-later */
/* main.c: starts Overlegtafel; everything else happens in OtApplication. */
#define G_LOG_DOMAIN "ot-app"
#include "config.h"

#include "ot-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(OtApplication) app = NULL;

  ot_application_init_i18n (argv[0]);
  app = ot_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
