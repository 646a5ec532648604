/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-document.c: a file attached to a meeting or to one of its agenda items. */
#define G_LOG_DOMAIN "ot-meetings"
#include "config.h"

#include "ot-document.h"

/* Made by the store with g_object_new() and never changed afterwards: a change goes
 * through the store, which hands out fresh snapshots. The values live in OtRecord. */
struct _OtDocument
{
  OtRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (OtDocument, ot_document, OT_TYPE_RECORD)

enum {
  PROP_0,
  PROP_ID,
  PROP_MEETING_ID,
  PROP_AGENDA_ITEM_ID,
  PROP_TITLE,
  PROP_FILE_NAME,
  PROP_MIME_TYPE,
  PROP_SHA256,
  PROP_SIZE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ot_document_class_init (OtDocumentClass *klass)
{
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_MEETING_ID] = g_param_spec_int64 ("meeting-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_AGENDA_ITEM_ID] = g_param_spec_int64 ("agenda-item-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_FILE_NAME] = g_param_spec_string ("file-name", NULL, NULL, NULL, flags);
  properties[PROP_MIME_TYPE] = g_param_spec_string ("mime-type", NULL, NULL, NULL, flags);
  properties[PROP_SHA256] = g_param_spec_string ("sha256", NULL, NULL, NULL, flags);
  properties[PROP_SIZE] = g_param_spec_int ("size", NULL, NULL, -1, G_MAXINT, 0, flags);

  ot_record_class_install_fields (OT_RECORD_CLASS (klass), properties, N_PROPS);
}

static void
ot_document_init (OtDocument *self)
{
}

gint64
ot_document_get_id (OtDocument *self)
{
  return ot_record_get_int64 (OT_RECORD (self), PROP_ID);
}

gint64
ot_document_get_meeting_id (OtDocument *self)
{
  return ot_record_get_int64 (OT_RECORD (self), PROP_MEETING_ID);
}

gint64
ot_document_get_agenda_item_id (OtDocument *self)
{
  return ot_record_get_int64 (OT_RECORD (self), PROP_AGENDA_ITEM_ID);
}

const char *
ot_document_get_title (OtDocument *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_TITLE);
}

const char *
ot_document_get_file_name (OtDocument *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_FILE_NAME);
}

const char *
ot_document_get_mime_type (OtDocument *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_MIME_TYPE);
}

const char *
ot_document_get_sha256 (OtDocument *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_SHA256);
}

int
ot_document_get_size (OtDocument *self)
{
  return ot_record_get_int (OT_RECORD (self), PROP_SIZE);
}
