/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-document.h: a file attached to a meeting or to one of its agenda items (a read-only snapshot of a stored row). */
#pragma once

#include "ot-enums.h"
#include "ot-record.h"

G_BEGIN_DECLS

#define OT_TYPE_DOCUMENT (ot_document_get_type ())
G_DECLARE_FINAL_TYPE (OtDocument, ot_document, OT, DOCUMENT, OtRecord)

gint64       ot_document_get_id (OtDocument *self);
gint64       ot_document_get_meeting_id (OtDocument *self);
gint64       ot_document_get_agenda_item_id (OtDocument *self);
const char * ot_document_get_title (OtDocument *self);
const char * ot_document_get_file_name (OtDocument *self);
const char * ot_document_get_mime_type (OtDocument *self);
const char * ot_document_get_sha256 (OtDocument *self);
int          ot_document_get_size (OtDocument *self);

G_END_DECLS
