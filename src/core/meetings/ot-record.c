/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-record.c: one generic store of field values for every snapshot type, instead of hand-written accessors per type. */
#define G_LOG_DOMAIN "ot-meetings"
#include "config.h"

#include "ot-record.h"

typedef struct
{
  GValue *values;   /* indexed by property id */
} OtRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (OtRecord, ot_record, G_TYPE_OBJECT)

static OtRecordClass *
record_class (gpointer self)
{
  return OT_RECORD_GET_CLASS (self);
}

static GValue *
field_value (OtRecord *self,
             guint     id)
{
  OtRecordPrivate *priv = ot_record_get_instance_private (self);
  OtRecordClass *klass = record_class (self);

  g_return_val_if_fail (id > 0 && id < klass->n_fields, NULL);
  if (priv->values == NULL)
    {
      priv->values = g_new0 (GValue, klass->n_fields);
      for (guint i = 1; i < klass->n_fields; i++)
        {
          g_value_init (&priv->values[i], klass->fields[i]->value_type);
          g_param_value_set_default (klass->fields[i], &priv->values[i]);
        }
    }
  return &priv->values[id];
}

static void
ot_record_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  g_value_copy (field_value (OT_RECORD (object), prop_id), value);
}

static void
ot_record_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  GValue *field = field_value (OT_RECORD (object), prop_id);

  g_value_unset (field);
  g_value_init (field, pspec->value_type);
  g_value_copy (value, field);
}

static void
ot_record_finalize (GObject *object)
{
  OtRecordPrivate *priv = ot_record_get_instance_private (OT_RECORD (object));
  OtRecordClass *klass = record_class (object);

  if (priv->values != NULL)
    for (guint i = 1; i < klass->n_fields; i++)
      g_value_unset (&priv->values[i]);
  g_clear_pointer (&priv->values, g_free);

  G_OBJECT_CLASS (ot_record_parent_class)->finalize (object);
}

static void
ot_record_class_init (OtRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ot_record_finalize;
}

static void
ot_record_init (OtRecord *self)
{
}

void
ot_record_class_install_fields (OtRecordClass  *klass,
                                GParamSpec    **pspecs,
                                guint           n_pspecs)
{
  g_return_if_fail (OT_IS_RECORD_CLASS (klass));

  for (guint i = 1; i < n_pspecs; i++)
    g_return_if_fail ((pspecs[i]->flags & (G_PARAM_READABLE | G_PARAM_CONSTRUCT_ONLY)) ==
                      (G_PARAM_READABLE | G_PARAM_CONSTRUCT_ONLY));
  klass->fields = pspecs;
  klass->n_fields = n_pspecs;
  /* GObject does not pass these two on to subclasses, so each record class gets them here. */
  G_OBJECT_CLASS (klass)->get_property = ot_record_get_property;
  G_OBJECT_CLASS (klass)->set_property = ot_record_set_property;
  g_object_class_install_properties (G_OBJECT_CLASS (klass), n_pspecs, pspecs);
}

gint64
ot_record_get_int64 (OtRecord *self,
                     guint     id)
{
  g_return_val_if_fail (OT_IS_RECORD (self), 0);
  return g_value_get_int64 (field_value (self, id));
}

int
ot_record_get_int (OtRecord *self,
                   guint     id)
{
  g_return_val_if_fail (OT_IS_RECORD (self), 0);
  return g_value_get_int (field_value (self, id));
}

gboolean
ot_record_get_boolean (OtRecord *self,
                       guint     id)
{
  g_return_val_if_fail (OT_IS_RECORD (self), FALSE);
  return g_value_get_boolean (field_value (self, id));
}

int
ot_record_get_enum (OtRecord *self,
                    guint     id)
{
  g_return_val_if_fail (OT_IS_RECORD (self), 0);
  return g_value_get_enum (field_value (self, id));
}

const char *
ot_record_get_string (OtRecord *self,
                      guint     id)
{
  g_return_val_if_fail (OT_IS_RECORD (self), NULL);
  return g_value_get_string (field_value (self, id));
}
