/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-analysis-json.c: serialises an OtAnalysis with json-glib. */
#define G_LOG_DOMAIN "ot-analysis"

#include "config.h"

#include "analysis/ot-analysis-json.h"
#include "ot-json-text.h"

static void
add_hidden (JsonBuilder  *builder,
            OtSuppression suppression)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "suppressed");
  json_builder_add_boolean_value (builder, TRUE);
  json_builder_set_member_name (builder, "reason");
  json_builder_add_string_value (builder, ot_suppression_to_string (suppression));
  json_builder_end_object (builder);
}

static void
add_figure (JsonBuilder    *builder,
            const char     *name,
            const OtFigure *figure)
{
  if (!figure->present)
    return;
  json_builder_set_member_name (builder, name);
  if (figure->suppression != OT_SUPPRESSION_NONE)
    add_hidden (builder, figure->suppression);
  else
    json_builder_add_double_value (builder, figure->value);
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_field (JsonBuilder          *builder,
           const OtFieldFigures *figures)
{
  json_builder_begin_object (builder);
  add_string (builder, "key", figures->field->key);
  add_string (builder, "label", figures->field->label);
  add_string (builder, "unit", ot_cost_unit_to_string (figures->field->unit));
  json_builder_set_member_name (builder, "suppressed");
  json_builder_add_boolean_value (builder, figures->suppression != OT_SUPPRESSION_NONE);
  if (figures->suppression != OT_SUPPRESSION_NONE)
    {
      /* The reason class only: "too few" says nothing of how few. */
      add_string (builder, "reason", ot_suppression_to_string (figures->suppression));
    }
  else
    {
      json_builder_set_member_name (builder, "n");
      json_builder_add_int_value (builder, figures->n);
      for (guint s = 0; s < OT_N_STATS; s++)
        add_figure (builder, ot_stat_to_string (s), &figures->stat[s]);
    }
  json_builder_end_object (builder);
}

static void
add_fields (JsonBuilder *builder,
            const char  *name,
            GPtrArray   *fields)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < fields->len; i++)
    add_field (builder, g_ptr_array_index (fields, i));
  json_builder_end_array (builder);
}

static void
add_proposal (JsonBuilder              *builder,
              const OtAnalysisSettings *settings)
{
  json_builder_set_member_name (builder, "proposal");
  json_builder_begin_object (builder);
  switch (settings->proposal)
    {
    case OT_PROPOSAL_INDEX:
      add_string (builder, "method", "index");
      json_builder_set_member_name (builder, "index_pct");
      json_builder_add_double_value (builder, settings->index_pct);
      break;
    case OT_PROPOSAL_PERCENTILE:
      add_string (builder, "method", "percentile");
      json_builder_set_member_name (builder, "percentile");
      json_builder_add_double_value (builder, settings->percentile);
      break;
    case OT_PROPOSAL_NONE:
    default:
      add_string (builder, "method", "none");
      break;
    }
  json_builder_end_object (builder);
}

static void
add_model (JsonBuilder              *builder,
           const OtModelFigures     *model,
           const OtAnalysisSettings *settings)
{
  json_builder_set_member_name (builder, "model_cost_price");
  json_builder_begin_object (builder);
  if (model->present)
    {
      add_figure (builder, "total", &model->total);
      json_builder_set_member_name (builder, "parts");
      json_builder_begin_object (builder);
      for (guint p = 0; p < OT_COST_N_PARTS; p++)
        add_figure (builder, ot_cost_part_to_string (p), &model->part[p]);
      json_builder_end_object (builder);
    }
  add_figure (builder, "stated_cost_price_median", &model->stated_median);
  add_figure (builder, "tariff_current", &model->tariff_current);
  add_figure (builder, "tariff_proposed", &model->tariff_proposed);
  if (model->tariff_proposed.present)
    add_proposal (builder, settings);
  json_builder_end_object (builder);
}

static void
add_product (JsonBuilder             *builder,
             const OtProductAnalysis *product,
             const OtAnalysisSettings *settings)
{
  json_builder_begin_object (builder);
  add_string (builder, "code", product->code);
  add_string (builder, "name", product->name);
  add_fields (builder, "fields", product->fields);
  add_model (builder, &product->model, settings);
  add_figure (builder, "volume_hours", &product->volume);
  json_builder_end_object (builder);
}

static void
add_periodiek (JsonBuilder              *builder,
               const OtPeriodiekFigures *periodiek)
{
  json_builder_set_member_name (builder, "periodiek_verdeling");
  if (periodiek->suppression != OT_SUPPRESSION_NONE)
    {
      add_hidden (builder, periodiek->suppression);
      return;
    }
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "n");
  json_builder_add_int_value (builder, periodiek->n);
  json_builder_set_member_name (builder, "fte_share_per_step");
  json_builder_begin_array (builder);
  for (guint s = 0; s < periodiek->n_steps; s++)
    json_builder_add_double_value (builder, periodiek->share[s]);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
add_rules (JsonBuilder             *builder,
           const OtAnalysis        *analysis)
{
  const OtDisclosureRules *rules = &ot_analysis_get_settings (analysis)->rules;

  json_builder_set_member_name (builder, "rules");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "threshold");
  json_builder_add_int_value (builder, ot_analysis_get_minimum (analysis));
  json_builder_set_member_name (builder, "dominance_largest");
  json_builder_add_double_value (builder, rules->dominance_one);
  json_builder_set_member_name (builder, "dominance_two_largest");
  json_builder_add_double_value (builder, rules->dominance_two);
  json_builder_set_member_name (builder, "p_rule");
  json_builder_add_boolean_value (builder, rules->p_rule);
  if (rules->p_rule)
    {
      json_builder_set_member_name (builder, "p_pct");
      json_builder_add_double_value (builder, rules->p_pct);
    }
  json_builder_end_object (builder);
}

JsonNode *
ot_analysis_to_json_node (const OtAnalysis *analysis)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  const OtAnalysisSettings *settings;

  g_return_val_if_fail (analysis != NULL, NULL);

  settings = ot_analysis_get_settings (analysis);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "submissions");
  json_builder_add_int_value (builder, ot_analysis_get_n_submissions (analysis));
  add_rules (builder, analysis);
  json_builder_set_member_name (builder, "products");
  json_builder_begin_array (builder);
  for (guint p = 0; p < ot_analysis_get_n_products (analysis); p++)
    add_product (builder, ot_analysis_get_product (analysis, p), settings);
  json_builder_end_array (builder);
  add_figure (builder, "volume_hours_total", ot_analysis_get_volume_total (analysis));
  add_periodiek (builder, ot_analysis_get_periodiek (analysis));
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

char *
ot_analysis_to_json (const OtAnalysis *analysis,
                     gboolean          pretty)
{
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (analysis != NULL, NULL);

  root = ot_analysis_to_json_node (analysis);
  /* json-glib prints doubles with 17 significant digits, which turns a rounded 37.1 into
   * 37.100000000000001; the shared writer gives the decimal back that the double was made from. */
  text = ot_json_to_text (root, pretty);
  return pretty ? g_strconcat (text, "\n", NULL) : g_steal_pointer (&text);
}
