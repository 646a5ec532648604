/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-analysis-report-fixture.h: a temporary store holding a consultation with generated rekentools. */
#pragma once

#include "ot-store.h"

G_BEGIN_DECLS

typedef struct
{
  char      *dir;
  char      *db_path;
  OtStore   *store;
  gint64     consultation_id;
  /* Every provider, person and file name stored: none may appear in an export. */
  GPtrArray *secrets;
  /* Every single provider's exact number stored (doubles with six decimals). */
  GArray    *inputs;
  /* Fractions among them, which a report shows as percentages. */
  GArray    *fractions;
  /* Provider k's exact bruto_uurloon for ho, in generation order (k = 0, 1, …). */
  double     wage_ho[12];
} ReportFixture;

/* @n_submissions rekentools for two products (ho, bg) with plausible values with six decimals;
 * @reverse imports them in the opposite order under other names. */
void report_fixture_init   (ReportFixture *fx,
                            guint          n_submissions,
                            guint          min_submissions,
                            const char    *title,
                            gboolean       reverse);
void report_fixture_clear  (ReportFixture *fx);
/* The file @name inside the fixture's folder. */
char *report_fixture_path  (ReportFixture *fx,
                            const char    *name);
/* Concatenated text of every page and of the metadata of a PDF. */
char *report_fixture_pdf_text (GBytes *pdf);
/* Asserts that @haystack holds no secret and no exact input, printing what was found. */
void report_fixture_assert_clean (ReportFixture *fx,
                                  const char    *haystack,
                                  const char    *where);

G_END_DECLS
