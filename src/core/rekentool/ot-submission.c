/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-submission.c: one provider's imported rekentool (a read-only snapshot; confidential to the adviser). */
#define G_LOG_DOMAIN "ot-rekentool"
#include "config.h"

#include "ot-submission.h"

struct _OtSubmission
{
  GObject  parent_instance;

  gint64   id;
  gint64   consultation_id;
  gint64   organisation_id;
  char    *organisation_name;
  char    *file_name;
  char    *sha256;
  char    *imported_at;
  guint    template_version;
  char    *status;
  char    *report;
};

G_DEFINE_FINAL_TYPE (OtSubmission, ot_submission, G_TYPE_OBJECT)

static void
ot_submission_finalize (GObject *object)
{
  OtSubmission *self = OT_SUBMISSION (object);

  g_free (self->organisation_name);
  g_free (self->file_name);
  g_free (self->sha256);
  g_free (self->imported_at);
  g_free (self->status);
  g_free (self->report);
  G_OBJECT_CLASS (ot_submission_parent_class)->finalize (object);
}

static void
ot_submission_class_init (OtSubmissionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ot_submission_finalize;
}

static void
ot_submission_init (OtSubmission *self)
{
}

OtSubmission *
ot_submission_new (gint64      id,
                   gint64      consultation_id,
                   gint64      organisation_id,
                   const char *organisation_name,
                   const char *file_name,
                   const char *sha256,
                   const char *imported_at,
                   guint       template_version,
                   const char *status,
                   const char *report)
{
  OtSubmission *self = g_object_new (OT_TYPE_SUBMISSION, NULL);

  self->id = id;
  self->consultation_id = consultation_id;
  self->organisation_id = organisation_id;
  self->organisation_name = g_strdup (organisation_name);
  self->file_name = g_strdup (file_name);
  self->sha256 = g_strdup (sha256);
  self->imported_at = g_strdup (imported_at);
  self->template_version = template_version;
  self->status = g_strdup (status);
  self->report = g_strdup (report);
  return self;
}

#define GETTER(type, name, fallback) \
  type \
  ot_submission_get_##name (OtSubmission *self) \
  { \
    g_return_val_if_fail (OT_IS_SUBMISSION (self), fallback); \
    return self->name; \
  }

GETTER (gint64, id, 0)
GETTER (gint64, consultation_id, 0)
GETTER (gint64, organisation_id, 0)
GETTER (const char *, organisation_name, NULL)
GETTER (const char *, file_name, NULL)
GETTER (const char *, sha256, NULL)
GETTER (const char *, imported_at, NULL)
GETTER (guint, template_version, 0)
GETTER (const char *, status, NULL)
GETTER (const char *, report, NULL)

#undef GETTER
