/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-minutes-export.h: one call from a meeting in the store to a saved PDF or XLSX, as the CLI and the app use it. */
#pragma once

#include "ot-minutes-document.h"

G_BEGIN_DECLS

typedef enum
{
  OT_EXPORT_FORMAT_PDF,
  OT_EXPORT_FORMAT_XLSX,
} OtExportFormat;

/* Parses "pdf" or "xlsx". */
gboolean ot_export_format_from_string (const char *text, OtExportFormat *format);

typedef struct
{
  OtExportFormat           format;
  gboolean                 is_public;
  OtMinutesAttendanceMode  attendance;   /* FULL is taken as ORGANISATIONS when public */
  const char * const      *extra_names;  /* confirmed by the user; replaced too when public */
  gboolean                 force;        /* overwrite an existing file */
  const char              *author;       /* the PDF author; NULL (the default) names nobody, and a
                                          * public version never does */
} OtMinutesExportOptions;

/* Exports the minutes of @meeting_id to @path. For a public version, @unsure (may be NULL)
 * receives the words that looked like names and were left as they are; never NULL then. */
gboolean ot_minutes_export (OtStore                       *store,
                            gint64                         meeting_id,
                            const OtMinutesExportOptions  *options,
                            const char                    *path,
                            char                        ***unsure,
                            GError                       **error);

/* The nota van inlichtingen of a meeting (@meeting_id > 0) or a whole series; remarks are
 * left out unless @include_remarks. */
gboolean ot_minutes_export_qa (OtStore                       *store,
                               gint64                         series_id,
                               gint64                         meeting_id,
                               gboolean                       include_remarks,
                               OtExportFormat                 format,
                               gboolean                       force,
                               char                        ***unsure,
                               const char                    *path,
                               GError                       **error);

G_END_DECLS
