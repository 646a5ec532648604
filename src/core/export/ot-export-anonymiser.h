/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-export-anonymiser.h: replaces the names of people and organisations by role words for public exports. */
#pragma once

#include "ot-store.h"

G_BEGIN_DECLS

/*
 * The role words, assigned in order of first appearance within one document and then kept:
 *
 *   provider (aanbieder)        "aanbieder A", "aanbieder B", …, "aanbieder AA", …
 *   municipality (gemeente)     "gemeente 1", "gemeente 2", …
 *   the region (regio)          "de regio"
 *   another organisation        "organisatie 1", "organisatie 2", …
 *   a person                    the label of their organisation, or "een deelnemer"
 *   the chair / minute-taker    "de voorzitter" / "de notulist" (set per document)
 *   a name the user added       "[naam]"
 *
 * Every organisation and person in the store is known, with short forms: the first name, the
 * surname with and without its particles ("van der Hoek", "Hoek"), the organisation name
 * without "Gemeente"/"Stichting"/"Regio", and the stored short name. Matching ignores case and
 * diacritics; a capitalised word one letter away from a known first name or surname of five or
 * more letters ("Lillian" for "Lilian") counts as that name. A short form used by two people
 * of different organisations becomes "een deelnemer".
 */
typedef struct _OtExportAnonymiser OtExportAnonymiser;

OtExportAnonymiser *ot_export_anonymiser_new            (OtStore             *store,
                                                         GError             **error);
void                ot_export_anonymiser_free           (OtExportAnonymiser  *self);

/* Gives a person a fixed label in this document, e.g. "de voorzitter". */
void                ot_export_anonymiser_set_person_label (OtExportAnonymiser *self,
                                                           gint64              person_id,
                                                           const char         *label);
/* A name the user confirmed; replaced by "[naam]" wherever it occurs. */
void                ot_export_anonymiser_add_name       (OtExportAnonymiser  *self,
                                                         const char          *name);

const char         *ot_export_anonymiser_person_label   (OtExportAnonymiser  *self,
                                                         gint64               person_id);
const char         *ot_export_anonymiser_organisation_label (OtExportAnonymiser *self,
                                                             gint64              organisation_id);

/* Free text with every known name replaced. Capitalised words that look like names but are
 * not known are remembered for ot_export_anonymiser_get_unsure(). */
char               *ot_export_anonymiser_replace        (OtExportAnonymiser  *self,
                                                         const char          *text);
/* The words that looked like names and were left as they are, sorted; never NULL. */
char              **ot_export_anonymiser_get_unsure     (OtExportAnonymiser  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OtExportAnonymiser, ot_export_anonymiser_free)

G_END_DECLS
