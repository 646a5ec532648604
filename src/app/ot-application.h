/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-application.h: the application: command line, the store and the app-wide actions. */
#pragma once

#include <adwaita.h>

#include "ot-store.h"

G_BEGIN_DECLS

#define OT_TYPE_APPLICATION (ot_application_get_type ())
G_DECLARE_FINAL_TYPE (OtApplication, ot_application, OT, APPLICATION, AdwApplication)

/* Sets the locale and binds the text domain; from the build tree it uses the built catalogue. */
void           ot_application_init_i18n   (const char    *argv0);
OtApplication *ot_application_new         (void);
/* The open store; NULL before the application has started. */
OtStore       *ot_application_get_store   (OtApplication *self);

G_END_DECLS
