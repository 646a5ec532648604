/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-export-file-private.h: building an OtExportFile around an open descriptor, for tests of write failures. */
#pragma once

#include "ot-export-file.h"

G_BEGIN_DECLS

/* Takes ownership of @fd; @temp_path is what commit renames and abort removes. */
OtExportFile *ot_export_file_new_for_fd (const char *path,
                                         const char *temp_path,
                                         int         fd,
                                         gboolean    force);

G_END_DECLS
