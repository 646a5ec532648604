/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-error.h: the error domain of the core, for messages a user can read. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define OT_ERROR (ot_error_quark ())

typedef enum
{
  OT_ERROR_FAILED,
  OT_ERROR_NOT_FOUND,
  OT_ERROR_INVALID,        /* a value or argument is out of range or malformed */
  OT_ERROR_CONSTRAINT,     /* the store refused a change (duplicate, dangling reference) */
  OT_ERROR_STORE,          /* the database itself failed */
  OT_ERROR_BAD_FILE,       /* an input file is corrupt, hostile or of the wrong kind */
  OT_ERROR_LIMIT,          /* an input file exceeds a safety limit */
  OT_ERROR_UNSUPPORTED,    /* a file kind or feature we knowingly do not read */
  OT_ERROR_EXISTS,         /* an output file exists and may not be overwritten */
  OT_ERROR_IO,             /* reading or writing a file failed */
  OT_ERROR_DISCLOSURE,     /* an export would break the anonymisation rules */
} OtError;

GQuark ot_error_quark (void);

G_END_DECLS
