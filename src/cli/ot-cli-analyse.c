/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-cli-analyse.c: "analyse", the anonymised tariff analysis of a consultation as JSON, PDF or XLSX. */
#define G_LOG_DOMAIN "ot-cli"
#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "ot-cli.h"
#include "ot-cli-command-list.h"
#include "analysis/ot-analysis-json.h"
#include "analysis/ot-analysis-report.h"
#include "analysis/ot-analysis-source.h"
#include "ot-analysis-pdf.h"
#include "ot-analysis-xlsx.h"

typedef struct
{
  gint64    consultation_id;
  gboolean  json;
  char     *output;
  double    index_pct;
  double    percentile;
  double    p_pct;
  gboolean  force;
} Options;

static void
options_clear (Options *options)
{
  g_clear_pointer (&options->output, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

static gboolean
apply_options (const Options      *options,
               OtAnalysisSettings *settings)
{
  if (!isnan (options->index_pct) && !isnan (options->percentile))
    return FALSE;
  if (!isnan (options->index_pct))
    {
      settings->proposal = OT_PROPOSAL_INDEX;
      settings->index_pct = options->index_pct;
    }
  else if (!isnan (options->percentile))
    {
      settings->proposal = OT_PROPOSAL_PERCENTILE;
      settings->percentile = options->percentile;
    }
  if (!isnan (options->p_pct))
    {
      settings->rules.p_rule = TRUE;
      settings->rules.p_pct = options->p_pct;
    }
  return TRUE;
}

static int
write_report (OtAnalysis       *analysis,
              OtAnalysisSource *source,
              const Options    *options)
{
  g_autoptr(OtAnalysisReport) report = ot_analysis_source_new_report (source, analysis);
  g_autoptr(GError) error = NULL;
  g_autofree char *lower = g_ascii_strdown (options->output, -1);
  gboolean ok;

  if (g_str_has_suffix (lower, ".pdf"))
    ok = ot_analysis_export_pdf (report, options->output, options->force, &error);
  else
    ok = ot_analysis_export_xlsx (report, options->output, options->force, &error);
  if (!ok)
    return ot_cli_fail_error (error);
  return 0;
}

static gboolean
is_report_name (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_str_has_suffix (lower, ".pdf") || g_str_has_suffix (lower, ".xlsx");
}

int
ot_cli_analyse (OtCli  *cli,
                int     argc,
                char  **argv)
{
  g_auto(Options) options = { 0, FALSE, NULL, NAN, NAN, NAN, FALSE };
  const GOptionEntry entries[] = {
    { "consultation", 0, 0, G_OPTION_ARG_INT64, &options.consultation_id, N_("The consultation"), N_("ID") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &options.json, N_("Print the anonymised figures as JSON"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &options.output, N_("The report to write, .pdf or .xlsx"), N_("FILE") },
    { "index", 0, 0, G_OPTION_ARG_DOUBLE, &options.index_pct,
      N_("Propose the current tariff raised by this price index"), N_("PCT") },
    { "percentile", 0, 0, G_OPTION_ARG_DOUBLE, &options.percentile,
      N_("Propose this percentile of the stated cost prices"), N_("P") },
    { "p-rule", 0, 0, G_OPTION_ARG_DOUBLE, &options.p_pct, N_("Also apply the p% rule with this p"), N_("P") },
    { "force", 0, 0, G_OPTION_ARG_NONE, &options.force, N_("Overwrite an existing report"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(OtAnalysisSource) source = NULL;
  g_autoptr(OtAnalysis) analysis = NULL;
  g_autoptr(GError) error = NULL;
  OtAnalysisSettings settings;
  OtStore *store;

  g_option_context_set_summary (context, _("Analyses the accepted rekentools of a consultation. Only anonymised "
                                           "figures leave: never a minimum, a maximum or a provider's name."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  argv[0] = (char *) "overlegtafel-cli analyse";
  if (!ot_cli_parse (context, &argc, &argv))
    return 2;
  if (options.consultation_id <= 0 || argc != 1 || options.json == (options.output != NULL)
      || (options.output != NULL && !is_report_name (options.output)))
    return ot_cli_fail (_("Use “overlegtafel-cli analyse --consultation ID --json” or “overlegtafel-cli analyse --consultation ID -o report.pdf|report.xlsx [--index PCT]”.")) + 1;
  if ((store = ot_cli_get_store (cli)) == NULL)
    return 1;
  source = ot_analysis_source_load (store, options.consultation_id, 0, &error);
  if (source == NULL)
    return ot_cli_fail_error (error);
  ot_analysis_source_init_settings (source, &settings);
  if (!apply_options (&options, &settings))
    return ot_cli_fail (_("Give either --index or --percentile, not both.")) + 1;
  /* Below the consultation's minimum this refuses, and nothing is written. */
  analysis = ot_analysis_source_run (source, &settings, &error);
  if (analysis == NULL)
    return ot_cli_fail_error (error);
  if (options.json)
    {
      g_autofree char *json = ot_analysis_to_json (analysis, TRUE);

      g_print ("%s", json);
      return 0;
    }
  return write_report (analysis, source, &options);
}
