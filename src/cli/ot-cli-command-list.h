/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-cli-command-list.h: the entry points of the subcommands, one line each. */
#pragma once

#include "ot-cli.h"
int ot_cli_demo     (OtCli *cli, int argc, char **argv);
int ot_cli_series   (OtCli *cli, int argc, char **argv);
int ot_cli_meetings (OtCli *cli, int argc, char **argv);
int ot_cli_meeting  (OtCli *cli, int argc, char **argv);
int ot_cli_actions  (OtCli *cli, int argc, char **argv);
int ot_cli_search   (OtCli *cli, int argc, char **argv);
int ot_cli_consultation (OtCli *cli, int argc, char **argv);
int ot_cli_template (OtCli *cli, int argc, char **argv);
int ot_cli_analyse  (OtCli *cli, int argc, char **argv);
int ot_cli_export   (OtCli *cli, int argc, char **argv);
int ot_cli_export_qa (OtCli *cli, int argc, char **argv);
int ot_cli_import_rekentool (OtCli *cli, int argc, char **argv);
int ot_cli_submissions (OtCli *cli, int argc, char **argv);
int ot_cli_import_minutes (OtCli *cli, int argc, char **argv);
