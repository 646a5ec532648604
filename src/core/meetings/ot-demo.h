/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-demo.h: loading the demo data (three real public minutes, as structured data) into a store. */
#pragma once

#include "ot-store.h"

G_BEGIN_DECLS

/* Loads the demo data compiled into the program. Refuses (OT_ERROR_EXISTS) when the
 * database already holds a series, so the demo never mixes with or duplicates real data.
 * Everything is loaded in one transaction: on error nothing is changed. */
gboolean   ot_demo_load              (OtStore     *store,
                                      GError     **error);
/* The same from a demo file in the format of data/demo/demo.json (see docs/demo-format.md). */
gboolean   ot_demo_load_from_file    (OtStore     *store,
                                      const char  *path,
                                      GError     **error);
/* The same from the bytes of such a file; @name names it in messages. */
gboolean   ot_demo_load_from_bytes   (OtStore     *store,
                                      GBytes      *bytes,
                                      const char  *name,
                                      GError     **error);

G_END_DECLS
