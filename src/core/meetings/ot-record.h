/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-record.h: the base of the read-only snapshot types the store hands out: fields held as construct-only properties. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OT_TYPE_RECORD (ot_record_get_type ())
G_DECLARE_DERIVABLE_TYPE (OtRecord, ot_record, OT, RECORD, GObject)

struct _OtRecordClass
{
  GObjectClass parent_class;

  /*< private >*/
  GParamSpec **fields;      /* indexed by property id; [0] unused */
  guint        n_fields;    /* including the unused [0] */
};

/* Installs @pspecs (property ids 1 … n_pspecs - 1, [0] ignored) as the record's fields.
 * Each must be readable and construct-only: a record never changes after the store made it. */
void          ot_record_class_install_fields (OtRecordClass *klass,
                                              GParamSpec   **pspecs,
                                              guint          n_pspecs);

/* The value of field @id, by type. */
gint64        ot_record_get_int64   (OtRecord *self, guint id);
int           ot_record_get_int     (OtRecord *self, guint id);
gboolean      ot_record_get_boolean (OtRecord *self, guint id);
int           ot_record_get_enum    (OtRecord *self, guint id);
const char   *ot_record_get_string  (OtRecord *self, guint id);

G_END_DECLS
