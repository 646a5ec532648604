/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-export-file.h: writing an export safely: a temporary file in the target folder, renamed into place. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A temporary file beside the target, to be committed or discarded. */
typedef struct _OtExportFile OtExportFile;

/* Checks the target (exists without @force, folder missing) and creates the temporary file.
 * Errors are OT_ERROR_EXISTS or OT_ERROR_IO, naming @path. */
OtExportFile *ot_export_file_begin       (const char    *path,
                                          gboolean       force,
                                          GError       **error);
/* The temporary file's path, for writers that want a file name (libxlsxwriter). */
const char   *ot_export_file_get_temp_path (OtExportFile *self);
/* Appends bytes to the temporary file; a full disk is reported naming the target. */
gboolean      ot_export_file_write       (OtExportFile  *self,
                                          const void    *data,
                                          gsize          len,
                                          GError       **error);
/* Flushes and moves the temporary file into place. Never overwrites without force, even when
 * another program created the target in the meantime. The object is freed either way. */
gboolean      ot_export_file_commit      (OtExportFile  *self,
                                          GError       **error);
/* Removes the temporary file and frees the object. NULL is allowed. */
void          ot_export_file_abort       (OtExportFile  *self);

/* All of the above for bytes already in memory. */
gboolean      ot_export_write_bytes      (const char    *path,
                                          GBytes        *bytes,
                                          gboolean       force,
                                          GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OtExportFile, ot_export_file_abort)

G_END_DECLS
