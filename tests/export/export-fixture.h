/* SPDX-License-Identifier: GPL-3.0-or-later */
/* export-fixture.h: meetings with known content for the export tests, and helpers to read exports back. */
#pragma once

#include <poppler.h>

#include "ot-store.h"

G_BEGIN_DECLS

/* Aliases, because this poppler-glib has no autoptr cleanups of its own. */
typedef PopplerDocument ExportPdf;
typedef PopplerPage     ExportPdfPage;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportPdf, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportPdfPage, g_object_unref)

typedef struct
{
  char    *dir;               /* temporary folder, removed in teardown */
  OtStore *store;
  gint64   series_id;         /* "Overlegtafel Wmo Lekstroom" */
  gint64   first_meeting_id;  /* 13 juni 2016, approved */
  gint64   meeting_id;        /* 29 augustus 2016, draft, the one exported */
  gint64   consultation_series_id;
  gint64   consultation_meeting_id;
} ExportFixture;

void     export_fixture_setup        (ExportFixture *f, gconstpointer data);
void     export_fixture_teardown     (ExportFixture *f, gconstpointer data);
/* A meeting of the first series with @n_actions actions, for tables over several pages. */
gint64   export_fixture_add_long_meeting (ExportFixture *f, guint n_actions);
/* Every name in the store and each word of three or more letters of it that is not a particle:
 * none of these may appear in a public export. */
char   **export_fixture_names        (OtStore *store);
char    *export_fixture_path         (ExportFixture *f, const char *name);

/* The text of a PDF, all pages, white space collapsed to single spaces. */
char    *export_pdf_text             (GBytes *pdf);
/* Asserts that @strings occur in @text in this order (NULL-terminated). */
void     export_assert_in_order      (const char *text, const char * const *strings);
/* Asserts that @strings are printed on the pages of @pdf in this order: by page, then from
 * top to bottom, then left to right on one line. Independent of poppler's reading-order guesses. */
void     export_assert_pdf_order     (GBytes *pdf, const char * const *strings);
/* Saves page @page of @pdf as a PNG in the build folder, for a person to look at. */
void     export_save_png             (GBytes *pdf, guint page, const char *name);
/* Whether @needle occurs in @len bytes of @data, NUL bytes and all. */
gboolean export_bytes_contain        (const char *data, gsize len, const char *needle);
/* The named part of a zip file, or NULL. */
char    *export_zip_part             (const char *path, const char *part);

G_END_DECLS
