/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-cli.h: what every subcommand of overlegtafel-cli shares: the store, output and errors. */
#pragma once

#include <json-glib/json-glib.h>

#include "ot-store.h"

G_BEGIN_DECLS

typedef struct
{
  char    *db_path;      /* from --db, $OVERLEGTAFEL_DB or the default */
  OtStore *store;        /* opened on first use */
} OtCli;

/* A subcommand: parses its own arguments (argv[0] is the subcommand's name) and returns an exit code. */
typedef int (*OtCliCommandFunc) (OtCli *cli, int argc, char **argv);

typedef struct
{
  const char      *name;        /* e.g. "meetings" */
  const char      *summary;     /* translatable, shown by --help */
  OtCliCommandFunc run;
} OtCliCommand;

/* The store, opened on first use; NULL with a message printed when it cannot be opened. */
OtStore    *ot_cli_get_store      (OtCli *cli);
/* Prints @node as pretty JSON on standard output, with a final newline. */
void        ot_cli_print_json     (JsonNode *node);
/* Prints "overlegtafel-cli: <message>" on standard error; returns the exit code 1. */
int         ot_cli_fail           (const char *message);
int         ot_cli_fail_error     (const GError *error);
/* Parses a subcommand's options. Returns FALSE (message printed) on a usage error. */
gboolean    ot_cli_parse          (GOptionContext *context, int *argc, char ***argv);
/* Parses a positive id argument such as "12"; FALSE with a message when it is not one. */
gboolean    ot_cli_parse_id       (const char *text, gint64 *id);

/* The table of subcommands, terminated by an entry whose name is NULL (ot-cli-commands.c). */
extern const OtCliCommand ot_cli_commands[];

G_END_DECLS
