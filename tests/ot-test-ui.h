/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-test-ui.h: helpers shared by the UI suites under Xvfb: the main loop, previews and pictures. */
#pragma once

#include <adwaita.h>

#include "ot-export-dialog.h"

G_BEGIN_DECLS

/* Runs what the main loop has pending: idle fills, store signals, dialogs closing. */
void ot_test_flush                (void);
/* Runs the main loop until the dialog's preview, rendered in a worker thread, has pages;
 * a preview that never comes fails the test. */
void ot_test_wait_for_export_pages (OtExportDialog *dialog);
/* A picture of @widget in the build folder, tests/@subdir/@name, for a person to look at. */
void ot_test_save_screenshot      (GtkWidget      *widget,
                                   const char     *subdir,
                                   const char     *name);

G_END_DECLS
