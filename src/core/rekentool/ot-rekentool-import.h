/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-rekentool-import.h: reading providers' rekentools into a consultation, checked, one file at a time. */
#pragma once

#include <gio/gio.h>

#include "ot-consultation.h"
#include "ot-rekentool-mapping.h"
#include "ot-rekentool-report.h"
#include "ot-store-consultations.h"

G_BEGIN_DECLS

typedef struct
{
  const char         *organisation;  /* the provider, overriding the file's ovt_aanbieder_naam; NULL: from the file */
  gboolean            replace;       /* the adviser confirmed replacing a provider's earlier submission */
  double              tolerance;     /* stated vs model cost price, as a fraction; 0: 5 % */
  OtRekentoolMapping *mapping;       /* for a known third-party layout; NULL: none */
} OtRekentoolOptions;

/* Reads and checks one file without touching the store: fields by the template's defined
 * names, then the mapping, then Dutch labels; percentages normalised, ranges checked, the
 * model cost price recomputed. Never fails: a refused file gives a REJECTED report whose
 * reason names the file. Safe to call from a worker thread. */
OtRekentoolReport *ot_rekentool_read_file   (OtConsultation           *consultation,
                                             const char               *path,
                                             const OtRekentoolOptions *options);
/* Stores a report that was not refused, as one change: the provider (created when unknown),
 * its invitation, the submission and all its values. A file already imported, or a provider
 * that already submitted when !options->replace, turns the report REJECTED and stores
 * nothing. Returns whether the submission was stored. */
gboolean           ot_rekentool_commit      (OtStore                  *store,
                                             OtConsultation           *consultation,
                                             OtRekentoolReport        *report,
                                             const OtRekentoolOptions *options);
/* Read, then commit. */
OtRekentoolReport *ot_rekentool_import_file (OtStore                  *store,
                                             OtConsultation           *consultation,
                                             const char               *path,
                                             const OtRekentoolOptions *options);

/* Called after each file with the number done and the total. */
typedef void (*OtRekentoolProgressFunc) (guint    done,
                                         guint    total,
                                         gpointer user_data);

/* Imports files one by one; a refused file does not stop the others. Returns a report per
 * file, in order (fewer when cancelled). */
GPtrArray         *ot_rekentool_import_files (OtStore                  *store,
                                              OtConsultation           *consultation,
                                              const char * const       *paths,
                                              const OtRekentoolOptions *options,
                                              OtRekentoolProgressFunc   progress,
                                              gpointer                  progress_data,
                                              GCancellable             *cancellable);

/* The same for the window: the files are read and checked in a worker thread, progress is
 * reported in the calling thread's main context, and the store is written there, at the end.
 * Cancelling stores nothing and finishes with G_IO_ERROR_CANCELLED. */
void               ot_rekentool_import_files_async  (OtStore                  *store,
                                                     OtConsultation           *consultation,
                                                     const char * const       *paths,
                                                     const OtRekentoolOptions *options,
                                                     GCancellable             *cancellable,
                                                     OtRekentoolProgressFunc   progress,
                                                     gpointer                  progress_data,
                                                     GDestroyNotify            progress_data_free,
                                                     GAsyncReadyCallback       callback,
                                                     gpointer                  user_data);
/* The reports (OtRekentoolReport), or NULL with @error set when cancelled. */
GPtrArray         *ot_rekentool_import_files_finish (GAsyncResult             *result,
                                                     GError                  **error);

G_END_DECLS
