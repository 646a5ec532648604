/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-error.c: the error domain of the core. */
#include "config.h"

#include "ot-error.h"

G_DEFINE_QUARK (ot-error-quark, ot_error)
