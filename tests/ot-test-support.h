/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-test-support.h: helpers shared by the test suites: temporary folders and fixture paths. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A fresh temporary folder, removed with its contents by ot_test_rmdir(). */
char       *ot_test_mkdtemp      (void);
void        ot_test_rmdir        (const char *path);
/* Paths of the source tree and of ../shared, from the environment meson sets. */
const char *ot_test_source_dir   (void);
const char *ot_test_shared_dir   (void);
const char *ot_test_build_dir    (void);

G_END_DECLS
