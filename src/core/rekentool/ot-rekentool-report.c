/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-rekentool-report.c: what the import of one rekentool file found, accepted or refused, and where each figure came from. */
#define G_LOG_DOMAIN "ot-rekentool"
#include "config.h"

#include "ot-rekentool-report-private.h"

struct _OtRekentoolReport
{
  GObject            parent_instance;

  char              *path;
  char              *file_name;
  OtRekentoolStatus  status;
  char              *reason;
  int                error_code;
  char              *provider;
  char              *sha256;
  guint              template_version;
  gint64             submission_id;
  gboolean           replaced;
  GPtrArray         *values;      /* of OtRekentoolValue */
};

G_DEFINE_FINAL_TYPE (OtRekentoolReport, ot_rekentool_report, G_TYPE_OBJECT)

const char *
ot_rekentool_status_to_string (OtRekentoolStatus status)
{
  switch (status)
    {
    case OT_REKENTOOL_ACCEPTED:
      return "accepted";
    case OT_REKENTOOL_ACCEPTED_WITH_WARNINGS:
      return "accepted_with_warnings";
    case OT_REKENTOOL_REJECTED:
    default:
      return "rejected";
    }
}

const char *
ot_rekentool_source_kind_to_string (OtRekentoolSourceKind kind)
{
  switch (kind)
    {
    case OT_REKENTOOL_SOURCE_NAME:
      return "name";
    case OT_REKENTOOL_SOURCE_LABEL:
      return "label";
    case OT_REKENTOOL_SOURCE_MAPPING:
      return "mapping";
    case OT_REKENTOOL_SOURCE_OPTION:
      return "option";
    case OT_REKENTOOL_SOURCE_COMPUTED:
    default:
      return "computed";
    }
}

OtRekentoolValue *
ot_rekentool_value_new (const char *product_code,
                        const char *key)
{
  OtRekentoolValue *value = g_new0 (OtRekentoolValue, 1);

  value->product_code = g_strdup (product_code);
  value->key = g_strdup (key);
  return value;
}

void
ot_rekentool_value_free (OtRekentoolValue *value)
{
  if (value == NULL)
    return;
  g_free (value->product_code);
  g_free (value->key);
  g_free (value->text);
  g_free (value->detail);
  g_free (value->sheet);
  g_free (value->cell);
  g_free (value->label_cell);
  g_free (value->warning);
  g_free (value);
}

char *
ot_rekentool_value_describe_source (const OtRekentoolValue *value)
{
  g_return_val_if_fail (value != NULL, NULL);

  switch (value->source)
    {
    case OT_REKENTOOL_SOURCE_NAME:
      return g_strdup_printf ("name %s ('%s'!%s)", value->detail, value->sheet, value->cell);
    case OT_REKENTOOL_SOURCE_LABEL:
      return g_strdup_printf ("label “%s” ('%s'!%s) → '%s'!%s", value->detail, value->sheet, value->label_cell,
                              value->sheet, value->cell);
    case OT_REKENTOOL_SOURCE_MAPPING:
      return g_strdup_printf ("mapping %s ('%s'!%s)", value->detail, value->sheet, value->cell);
    case OT_REKENTOOL_SOURCE_OPTION:
      return g_strdup ("option");
    case OT_REKENTOOL_SOURCE_COMPUTED:
    default:
      return g_strdup ("computed");
    }
}

static void
ot_rekentool_report_finalize (GObject *object)
{
  OtRekentoolReport *self = OT_REKENTOOL_REPORT (object);

  g_free (self->path);
  g_free (self->file_name);
  g_free (self->reason);
  g_free (self->provider);
  g_free (self->sha256);
  g_ptr_array_unref (self->values);
  G_OBJECT_CLASS (ot_rekentool_report_parent_class)->finalize (object);
}

static void
ot_rekentool_report_class_init (OtRekentoolReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ot_rekentool_report_finalize;
}

static void
ot_rekentool_report_init (OtRekentoolReport *self)
{
  self->values = g_ptr_array_new_with_free_func ((GDestroyNotify) ot_rekentool_value_free);
  self->error_code = -1;
}

OtRekentoolReport *
ot_rekentool_report_new (const char *path)
{
  OtRekentoolReport *self = g_object_new (OT_TYPE_REKENTOOL_REPORT, NULL);

  self->path = g_strdup (path);
  self->file_name = g_path_get_basename (path);
  return self;
}

void
ot_rekentool_report_reject (OtRekentoolReport *self,
                            const GError      *error)
{
  g_return_if_fail (OT_IS_REKENTOOL_REPORT (self));
  g_return_if_fail (error != NULL);

  self->status = OT_REKENTOOL_REJECTED;
  g_free (self->reason);
  self->reason = g_strdup (error->message);
  self->error_code = error->code;
  self->submission_id = 0;
}

void
ot_rekentool_report_take_value (OtRekentoolReport *self,
                                OtRekentoolValue  *value)
{
  g_return_if_fail (OT_IS_REKENTOOL_REPORT (self));
  g_ptr_array_add (self->values, value);
}

OtRekentoolValue *
ot_rekentool_report_find_value_mut (OtRekentoolReport *self,
                                    const char        *product_code,
                                    const char        *key)
{
  for (guint i = 0; i < self->values->len; i++)
    {
      OtRekentoolValue *v = g_ptr_array_index (self->values, i);

      if (g_strcmp0 (v->product_code, product_code) == 0 && g_str_equal (v->key, key))
        return v;
    }
  return NULL;
}

void
ot_rekentool_report_set_provider (OtRekentoolReport *self,
                                  const char        *provider)
{
  g_free (self->provider);
  self->provider = g_strdup (provider);
}

void
ot_rekentool_report_set_sha256 (OtRekentoolReport *self,
                                const char        *sha256)
{
  g_free (self->sha256);
  self->sha256 = g_strdup (sha256);
}

void
ot_rekentool_report_set_template_version (OtRekentoolReport *self,
                                          guint              version)
{
  self->template_version = version;
}

void
ot_rekentool_report_set_submission (OtRekentoolReport *self,
                                    gint64             submission_id,
                                    gboolean           replaced)
{
  self->submission_id = submission_id;
  self->replaced = replaced;
}

void
ot_rekentool_report_settle_status (OtRekentoolReport *self)
{
  if (self->status == OT_REKENTOOL_REJECTED)
    return;
  self->status = ot_rekentool_report_get_n_warnings (self) > 0 ? OT_REKENTOOL_ACCEPTED_WITH_WARNINGS
                                                                : OT_REKENTOOL_ACCEPTED;
}

const char *
ot_rekentool_report_get_path (OtRekentoolReport *self)
{
  g_return_val_if_fail (OT_IS_REKENTOOL_REPORT (self), NULL);
  return self->path;
}

const char *
ot_rekentool_report_get_file_name (OtRekentoolReport *self)
{
  g_return_val_if_fail (OT_IS_REKENTOOL_REPORT (self), NULL);
  return self->file_name;
}

OtRekentoolStatus
ot_rekentool_report_get_status (OtRekentoolReport *self)
{
  g_return_val_if_fail (OT_IS_REKENTOOL_REPORT (self), OT_REKENTOOL_REJECTED);
  return self->status;
}

const char *
ot_rekentool_report_get_reason (OtRekentoolReport *self)
{
  g_return_val_if_fail (OT_IS_REKENTOOL_REPORT (self), NULL);
  return self->reason;
}

int
ot_rekentool_report_get_error_code (OtRekentoolReport *self)
{
  g_return_val_if_fail (OT_IS_REKENTOOL_REPORT (self), -1);
  return self->error_code;
}

const char *
ot_rekentool_report_get_provider (OtRekentoolReport *self)
{
  g_return_val_if_fail (OT_IS_REKENTOOL_REPORT (self), NULL);
  return self->provider;
}

const char *
ot_rekentool_report_get_sha256 (OtRekentoolReport *self)
{
  g_return_val_if_fail (OT_IS_REKENTOOL_REPORT (self), NULL);
  return self->sha256;
}

guint
ot_rekentool_report_get_template_version (OtRekentoolReport *self)
{
  g_return_val_if_fail (OT_IS_REKENTOOL_REPORT (self), 0);
  return self->template_version;
}

gint64
ot_rekentool_report_get_submission_id (OtRekentoolReport *self)
{
  g_return_val_if_fail (OT_IS_REKENTOOL_REPORT (self), 0);
  return self->submission_id;
}

gboolean
ot_rekentool_report_get_replaced (OtRekentoolReport *self)
{
  g_return_val_if_fail (OT_IS_REKENTOOL_REPORT (self), FALSE);
  return self->replaced;
}

guint
ot_rekentool_report_get_n_values (OtRekentoolReport *self)
{
  g_return_val_if_fail (OT_IS_REKENTOOL_REPORT (self), 0);
  return self->values->len;
}

const OtRekentoolValue *
ot_rekentool_report_get_value (OtRekentoolReport *self,
                               guint              index)
{
  g_return_val_if_fail (OT_IS_REKENTOOL_REPORT (self), NULL);
  g_return_val_if_fail (index < self->values->len, NULL);
  return g_ptr_array_index (self->values, index);
}

const OtRekentoolValue *
ot_rekentool_report_find_value (OtRekentoolReport *self,
                                const char        *product_code,
                                const char        *key)
{
  g_return_val_if_fail (OT_IS_REKENTOOL_REPORT (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);
  return ot_rekentool_report_find_value_mut (self, product_code, key);
}

guint
ot_rekentool_report_get_n_warnings (OtRekentoolReport *self)
{
  guint n = 0;

  g_return_val_if_fail (OT_IS_REKENTOOL_REPORT (self), 0);
  for (guint i = 0; i < self->values->len; i++)
    n += ((OtRekentoolValue *) g_ptr_array_index (self->values, i))->warning != NULL;
  return n;
}

static void
add_string_or_null (JsonBuilder *b,
                    const char  *member,
                    const char  *value)
{
  json_builder_set_member_name (b, member);
  if (value != NULL)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

static void
add_value_json (JsonBuilder            *b,
                const OtRekentoolValue *v)
{
  json_builder_begin_object (b);
  add_string_or_null (b, "product", v->product_code);
  add_string_or_null (b, "field", v->key);
  json_builder_set_member_name (b, "value");
  if (v->has_number)
    json_builder_add_double_value (b, v->number);
  else if (v->text != NULL)
    json_builder_add_string_value (b, v->text);
  else
    json_builder_add_null_value (b);
  add_string_or_null (b, "source", ot_rekentool_source_kind_to_string (v->source));
  add_string_or_null (b, v->source == OT_REKENTOOL_SOURCE_LABEL ? "label" : "name", v->detail);
  add_string_or_null (b, "sheet", v->sheet);
  add_string_or_null (b, "cell", v->cell);
  if (v->source == OT_REKENTOOL_SOURCE_LABEL)
    add_string_or_null (b, "label_cell", v->label_cell);
  add_string_or_null (b, "warning", v->warning);
  json_builder_end_object (b);
}

/* {"file", "path", "status", "reason", "provider", "sha256", "template_version",
 *  "submission_id", "replaced", "warnings", "fields": [{"product", "field", "value",
 *  "source", "name" | "label", "sheet", "cell", ["label_cell"], "warning"}]} */
JsonNode *
ot_rekentool_report_to_json (OtRekentoolReport *self)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  g_return_val_if_fail (OT_IS_REKENTOOL_REPORT (self), NULL);

  json_builder_begin_object (b);
  add_string_or_null (b, "file", self->file_name);
  add_string_or_null (b, "path", self->path);
  add_string_or_null (b, "status", ot_rekentool_status_to_string (self->status));
  add_string_or_null (b, "reason", self->reason);
  add_string_or_null (b, "provider", self->provider);
  add_string_or_null (b, "sha256", self->sha256);
  json_builder_set_member_name (b, "template_version");
  if (self->template_version != 0)
    json_builder_add_int_value (b, self->template_version);
  else
    json_builder_add_null_value (b);
  json_builder_set_member_name (b, "submission_id");
  if (self->submission_id != 0)
    json_builder_add_int_value (b, self->submission_id);
  else
    json_builder_add_null_value (b);
  json_builder_set_member_name (b, "replaced");
  json_builder_add_boolean_value (b, self->replaced);
  json_builder_set_member_name (b, "warnings");
  json_builder_add_int_value (b, ot_rekentool_report_get_n_warnings (self));
  json_builder_set_member_name (b, "fields");
  json_builder_begin_array (b);
  for (guint i = 0; i < self->values->len; i++)
    add_value_json (b, g_ptr_array_index (self->values, i));
  json_builder_end_array (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}
