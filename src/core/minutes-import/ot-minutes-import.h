/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-minutes-import.h: read existing minutes (text, PDF, DOCX) and recognise their structure. */
#pragma once

#include <gio/gio.h>

#include "minutes-import/ot-minutes-result.h"

G_BEGIN_DECLS

/* Names from the registry that help recognition; both lists may be NULL. */
typedef struct
{
  const char * const *known_people;
  const char * const *known_organisations;
} OtMinutesImportOptions;

/* Reads PDF, DOCX or plain text (UTF-8 or Windows-1252) into UTF-8 text with one source
 * line per line; running headers, footers and page numbers of a PDF are left out. */
char            *ot_minutes_read_file   (const char  *path,
                                         GError     **error);
/* The same for a file's bytes; @name is only used in messages. */
char            *ot_minutes_read_bytes  (GBytes      *bytes,
                                         const char  *name,
                                         GError     **error);

/* Recognises the structure of UTF-8 text. Never fails: what is not recognised is kept as notes. */
OtMinutesResult *ot_minutes_parse_text  (const char                   *text,
                                         const OtMinutesImportOptions *options);

OtMinutesResult *ot_minutes_import_file (const char                   *path,
                                         const OtMinutesImportOptions *options,
                                         GError                      **error);

/* The same off the main thread; @options is copied. */
void             ot_minutes_import_file_async  (const char                   *path,
                                                const OtMinutesImportOptions *options,
                                                GCancellable                 *cancellable,
                                                GAsyncReadyCallback           callback,
                                                gpointer                      user_data);
OtMinutesResult *ot_minutes_import_file_finish (GAsyncResult                 *result,
                                                GError                      **error);

G_END_DECLS
