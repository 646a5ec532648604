/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-registry-page.h: the register of organisations and people: create, edit, merge. */
#pragma once

#include <adwaita.h>

#include "ot-store.h"

G_BEGIN_DECLS

#define OT_TYPE_REGISTRY_PAGE (ot_registry_page_get_type ())
G_DECLARE_FINAL_TYPE (OtRegistryPage, ot_registry_page, OT, REGISTRY_PAGE, AdwBin)

/* Actions: registry.add-organisation (s), registry.add-person (s: "Name[, Organisation]"),
 * registry.set-text ((ixs): OtField, id, text), registry.set-organisation-kind ((xi)),
 * registry.set-person-organisation ((xx)), registry.merge-organisations ((xx): keep, duplicate),
 * registry.merge-people ((xx)). */
void ot_registry_page_set_store (OtRegistryPage *self,
                                 OtStore        *store);

G_END_DECLS
