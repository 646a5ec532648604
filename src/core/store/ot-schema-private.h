/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-schema-private.h: the ordered list of schema migrations, for the store only. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

guint       ot_schema_get_n_migrations (void);
/* Migration number @version (1-based) brings a file from version - 1 to @version. */
const char *ot_schema_get_migration    (guint version);

G_END_DECLS
