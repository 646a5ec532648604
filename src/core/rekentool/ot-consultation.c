/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-consultation.c: a market consultation collecting rekentools (a read-only snapshot of a stored row). */
#define G_LOG_DOMAIN "ot-rekentool"
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "ot-consultation-private.h"

struct _OtConsultation
{
  GObject  parent_instance;

  gint64   id;
  char    *title;
  gint64   series_id;
  gint64   meeting_id;
  char    *deadline;
  guint    min_submissions;
  guint    template_version;
  char    *created_at;
  GArray  *products;       /* of OtConsultationProduct */
};

G_DEFINE_FINAL_TYPE (OtConsultation, ot_consultation, G_TYPE_OBJECT)

static void
clear_product (gpointer data)
{
  OtConsultationProduct *product = data;

  g_clear_pointer (&product->code, g_free);
  g_clear_pointer (&product->name, g_free);
}

static void
ot_consultation_finalize (GObject *object)
{
  OtConsultation *self = OT_CONSULTATION (object);

  g_free (self->title);
  g_free (self->deadline);
  g_free (self->created_at);
  g_array_unref (self->products);
  G_OBJECT_CLASS (ot_consultation_parent_class)->finalize (object);
}

static void
ot_consultation_class_init (OtConsultationClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ot_consultation_finalize;
}

static void
ot_consultation_init (OtConsultation *self)
{
  self->products = g_array_new (FALSE, TRUE, sizeof (OtConsultationProduct));
  g_array_set_clear_func (self->products, clear_product);
}

OtConsultation *
ot_consultation_new (gint64      id,
                     const char *title,
                     gint64      series_id,
                     gint64      meeting_id,
                     const char *deadline,
                     guint       min_submissions,
                     guint       template_version,
                     const char *created_at)
{
  OtConsultation *self = g_object_new (OT_TYPE_CONSULTATION, NULL);

  self->id = id;
  self->title = g_strdup (title);
  self->series_id = series_id;
  self->meeting_id = meeting_id;
  self->deadline = g_strdup (deadline);
  self->min_submissions = min_submissions;
  self->template_version = template_version;
  self->created_at = g_strdup (created_at);
  return self;
}

void
ot_consultation_add_product (OtConsultation *self,
                             const char     *code,
                             const char     *name)
{
  OtConsultationProduct product = { g_strdup (code), g_strdup (name) };

  g_return_if_fail (OT_IS_CONSULTATION (self));
  g_array_append_val (self->products, product);
}

gint64
ot_consultation_get_id (OtConsultation *self)
{
  g_return_val_if_fail (OT_IS_CONSULTATION (self), 0);
  return self->id;
}

const char *
ot_consultation_get_title (OtConsultation *self)
{
  g_return_val_if_fail (OT_IS_CONSULTATION (self), NULL);
  return self->title;
}

gint64
ot_consultation_get_series_id (OtConsultation *self)
{
  g_return_val_if_fail (OT_IS_CONSULTATION (self), 0);
  return self->series_id;
}

gint64
ot_consultation_get_meeting_id (OtConsultation *self)
{
  g_return_val_if_fail (OT_IS_CONSULTATION (self), 0);
  return self->meeting_id;
}

const char *
ot_consultation_get_deadline (OtConsultation *self)
{
  g_return_val_if_fail (OT_IS_CONSULTATION (self), NULL);
  return self->deadline;
}

guint
ot_consultation_get_min_submissions (OtConsultation *self)
{
  g_return_val_if_fail (OT_IS_CONSULTATION (self), 0);
  return self->min_submissions;
}

guint
ot_consultation_get_template_version (OtConsultation *self)
{
  g_return_val_if_fail (OT_IS_CONSULTATION (self), 0);
  return self->template_version;
}

const char *
ot_consultation_get_created_at (OtConsultation *self)
{
  g_return_val_if_fail (OT_IS_CONSULTATION (self), NULL);
  return self->created_at;
}

guint
ot_consultation_get_n_products (OtConsultation *self)
{
  g_return_val_if_fail (OT_IS_CONSULTATION (self), 0);
  return self->products->len;
}

const OtConsultationProduct *
ot_consultation_get_product (OtConsultation *self,
                             guint           index)
{
  g_return_val_if_fail (OT_IS_CONSULTATION (self), NULL);
  g_return_val_if_fail (index < self->products->len, NULL);
  return &g_array_index (self->products, OtConsultationProduct, index);
}

const OtConsultationProduct *
ot_consultation_find_product (OtConsultation *self,
                              const char     *code)
{
  g_return_val_if_fail (OT_IS_CONSULTATION (self), NULL);

  for (guint i = 0; code != NULL && i < self->products->len; i++)
    if (g_str_equal (g_array_index (self->products, OtConsultationProduct, i).code, code))
      return &g_array_index (self->products, OtConsultationProduct, i);
  return NULL;
}

static gboolean
parse_date (const char *text,
            GDate      *date)
{
  int y, m, d;

  g_date_clear (date, 1);
  if (text == NULL || strlen (text) != 10 || sscanf (text, "%4d-%2d-%2d", &y, &m, &d) != 3)
    return FALSE;
  if (!g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

gboolean
ot_date_days_between (const char *from,
                      const char *to,
                      int        *days)
{
  GDate a, b;

  if (!parse_date (from, &a) || !parse_date (to, &b))
    return FALSE;
  *days = g_date_days_between (&a, &b);
  return TRUE;
}

gboolean
ot_consultation_days_to_deadline (OtConsultation *self,
                                  const char     *today,
                                  int            *days)
{
  g_return_val_if_fail (OT_IS_CONSULTATION (self), FALSE);
  g_return_val_if_fail (days != NULL, FALSE);

  return ot_date_days_between (today, self->deadline, days);
}
