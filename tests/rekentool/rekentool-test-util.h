/* SPDX-License-Identifier: GPL-3.0-or-later */
/* rekentool-test-util.h: fixtures shared by the rekentool tests: stores, consultations, workbooks, checksums. */
#pragma once

#include <xlsxwriter.h>

#include "ot-rekentool-import.h"
#include "ot-rekentool-template.h"
#include "ot-store-consultations.h"

G_BEGIN_DECLS

typedef struct
{
  char           *dir;
  char           *db_path;
  OtStore        *store;
  OtConsultation *consultation;
} RkFixture;

/* A fresh store in a temporary folder with one consultation of the given products ("ho", "hoplus"). */
void        rk_fixture_set_up          (RkFixture *fx, const char * const *codes, const char * const *names);
void        rk_fixture_tear_down       (RkFixture *fx);
char       *rk_fixture_path            (RkFixture *fx, const char *name);

/* SHA-256 over every row of every table, in a fixed order, read through a separate connection. */
char       *rk_db_checksum             (const char *db_path);

/* A zip of (name, content) pairs, content NUL-terminated; @entries ends with a NULL name. */
typedef struct
{
  const char *name;
  const char *content;
  gsize       len;        /* 0: strlen (content) */
} RkZipEntry;
void        rk_write_zip               (const char *path, const RkZipEntry *entries);

/* A provider's own cost-price sheet, labels in its words with values beside or below them and
 * units in between, rows 0 to 12; its model cost price is known to the tests. */
void        rk_write_free_form_rows    (lxw_worksheet *ws, const char *provider, double cost_price);

/* A python3 that has openpyxl, or NULL. */
const char *rk_python                  (void);
/* Runs a command; fails the test with its output when it does not succeed. */
void        rk_run                     (const char * const *argv);

G_END_DECLS
