/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-submission-value.c: one stored figure of a submission with where it came from (a read-only snapshot). */
#define G_LOG_DOMAIN "ot-rekentool"
#include "config.h"

#include "ot-submission-value.h"

struct _OtSubmissionValue
{
  GObject   parent_instance;

  gint64    submission_id;
  char     *product_code;
  char     *field;
  gboolean  has_number;
  double    number;
  char     *text;
  char     *source;
  char     *warning;
};

G_DEFINE_FINAL_TYPE (OtSubmissionValue, ot_submission_value, G_TYPE_OBJECT)

static void
ot_submission_value_finalize (GObject *object)
{
  OtSubmissionValue *self = OT_SUBMISSION_VALUE (object);

  g_free (self->product_code);
  g_free (self->field);
  g_free (self->text);
  g_free (self->source);
  g_free (self->warning);
  G_OBJECT_CLASS (ot_submission_value_parent_class)->finalize (object);
}

static void
ot_submission_value_class_init (OtSubmissionValueClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ot_submission_value_finalize;
}

static void
ot_submission_value_init (OtSubmissionValue *self)
{
}

OtSubmissionValue *
ot_submission_value_new (gint64      submission_id,
                         const char *product_code,
                         const char *field,
                         gboolean    has_number,
                         double      number,
                         const char *text,
                         const char *source,
                         const char *warning)
{
  OtSubmissionValue *self = g_object_new (OT_TYPE_SUBMISSION_VALUE, NULL);

  self->submission_id = submission_id;
  self->product_code = (product_code != NULL && *product_code != '\0') ? g_strdup (product_code) : NULL;
  self->field = g_strdup (field);
  self->has_number = has_number;
  self->number = number;
  self->text = g_strdup (text);
  self->source = g_strdup (source);
  self->warning = g_strdup (warning);
  return self;
}

#define GETTER(type, name, member, fallback) \
  type \
  ot_submission_value_##name (OtSubmissionValue *self) \
  { \
    g_return_val_if_fail (OT_IS_SUBMISSION_VALUE (self), fallback); \
    return self->member; \
  }

GETTER (gint64, get_submission_id, submission_id, 0)
GETTER (const char *, get_product_code, product_code, NULL)
GETTER (const char *, get_field, field, NULL)
GETTER (gboolean, has_number, has_number, FALSE)
GETTER (double, get_number, number, 0.0)
GETTER (const char *, get_text, text, NULL)
GETTER (const char *, get_source, source, NULL)
GETTER (const char *, get_warning, warning, NULL)

#undef GETTER
